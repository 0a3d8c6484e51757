/**
 * @module reports/table — the terminal summary: a cli-table3 table per suite with the
 * verdict sentence under it. Not a file reporter (printed by `bench run` / `bench report`).
 */
import Table from 'cli-table3';
import type { Summary, SuiteSlices } from '../store/types.js';
import { answerFormatText, suitesOf } from './rows.js';
import { modelTable, widest, wrapText } from './table-fit.js';
import { sliceNote, slicesOf, wideTable } from './slices.js';
import { coverageNote, noteText } from './notes.js';
import { judgingCostTerminal, judgingTerminal } from './judging-md.js';

/**
 * One table per suite, each followed by its verdict sentences; with `slices`, the slice table of
 * each sliced suite too. With `width` (the terminal's columns) the model table drops or merges
 * its lower-priority columns until it fits (one block per model when no table does) and every
 * sentence wraps to it; without it, every column and sentences on one line each (`--wide`).
 */
export function renderTerminal(summary: Summary, opts: { slices?: boolean; width?: number } = {}): string {
  const { width } = opts;
  const parts: string[] = [];
  const note = coverageNote(summary);
  if (note) parts.push(wrapText(noteText(note), width));
  for (const suite of suitesOf(summary)) {
    const table = modelTable(summary.rows.filter((x) => x.suite === suite), width);
    const verdict = summary.verdicts.find((v) => v.suite === suite);
    const format = answerFormatText(summary, suite);
    // "Is the win real?": its headline when a probe or likelihood scoring ran (the details are in the report files).
    const robust = summary.robustness?.find((r) => r.suite === suite);
    const robustLine = robust && robust.methods.length > 1 && robust.sentences[0] ? [`Is the win real? ${robust.sentences[0].replace(`${suite}: `, '')}`] : [];
    const sentences = wrapText([...(verdict ? [verdict.sentence, ...(verdict.slice_sentences ?? [])] : []), ...robustLine, ...(format ? [`Note: ${format}`] : [])].join('\n'), width);
    parts.push(`${wrapText(suite, width)}\n${table}${sentences ? `\n${sentences}` : ''}`);
    if (opts.slices) for (const s of slicesOf(summary.slices, suite)) parts.push(sliceTable(s, width));
    const judged = judgingTerminal(summary, suite);
    if (judged) parts.push(judged);
  }
  const judgeCost = judgingCostTerminal(summary);
  if (judgeCost) parts.push(judgeCost);
  return `${parts.join('\n\n')}\n`;
}

/** A slice table; one that is wider than the terminal is named, not printed (report.md has it; `--wide` prints it). */
function sliceTable(s: SuiteSlices, width?: number): string {
  const { headers, rows } = wideTable(s);
  const t = new Table({ head: headers, style: { head: [], border: [] }, colAligns: headers.map((_, i) => (i === 1 ? 'right' : 'left')) });
  for (const r of rows) t.push(r);
  const text = t.toString();
  const body = width !== undefined && widest(text) > width
    ? `(the table of ${s.suite} by ${s.field} is wider than ${width} columns: see report.md, or pass --wide)`
    : text;
  return wrapText(`${s.suite} by ${s.field}\n${body}\n${sliceNote(s)}`, width);
}
