/**
 * @module reports/table — the terminal summary: a cli-table3 table per suite with the
 * verdict sentence under it. Not a file reporter (printed by `bench run` / `bench report`).
 */
import Table from 'cli-table3';
import type { Summary, SuiteSlices } from '../store/types.js';
import { fmtCI, fmtMs, fmtParams, fmtPct, fmtUsd } from '../stats/format.js';
import { answerFormatText, errorsText, passAtKText, suitesOf, unreadText } from './rows.js';
import { sliceNote, slicesOf, wideTable } from './slices.js';
import { coverageNote, noteText } from './notes.js';

const HEAD = ['Model', 'Params', 'Accuracy ± 95% CI', 'Errors', 'Refused', 'Unread', 'p50 / p95 latency', 'p50 TTFT', 'Tok/s', 'Cost', 'Cost/correct'];

/** One table per suite, each followed by its verdict sentences; with `slices`, the slice table of each sliced suite too. */
export function renderTerminal(summary: Summary, opts: { slices?: boolean } = {}): string {
  const parts: string[] = [];
  const note = coverageNote(summary);
  if (note) parts.push(noteText(note));
  for (const suite of suitesOf(summary)) {
    const t = new Table({ head: HEAD, style: { head: [], border: [] }, colAligns: ['left', 'right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'] });
    for (const r of summary.rows.filter((x) => x.suite === suite)) {
      const acc = r.accuracy === null ? '—' : `${fmtPct(r.accuracy)} (${fmtCI(r.ci95)})${(r.pass_at_k && Object.keys(r.pass_at_k).length > 1) || r.secondary ? ` ${passAtKText(r)}` : ''}`;
      t.push([r.model, fmtParams(r.params_b) ?? '—', acc, errorsText(r), String(r.refused ?? 0), unreadText(r), `${fmtMs(r.latency_ms_p50)} / ${fmtMs(r.latency_ms_p95)}`,
        fmtMs(r.ttft_ms_p50), r.output_tokens_per_s_p50 === null ? '—' : r.output_tokens_per_s_p50.toFixed(0), fmtUsd(r.cost_usd), fmtUsd(r.cost_per_correct_usd)]);
    }
    const verdict = summary.verdicts.find((v) => v.suite === suite);
    const format = answerFormatText(summary, suite);
    // "Is the win real?": its headline when a probe or likelihood scoring ran (the details are in the report files).
    const robust = summary.robustness?.find((r) => r.suite === suite);
    const robustLine = robust && robust.methods.length > 1 && robust.sentences[0] ? [`Is the win real? ${robust.sentences[0].replace(`${suite}: `, '')}`] : [];
    const sentences = [...(verdict ? [verdict.sentence, ...(verdict.slice_sentences ?? [])] : []), ...robustLine, ...(format ? [`Note: ${format}`] : [])].join('\n');
    parts.push(`${suite}\n${t.toString()}${sentences ? `\n${sentences}` : ''}`);
    if (opts.slices) for (const s of slicesOf(summary.slices, suite)) parts.push(sliceTable(s));
  }
  return `${parts.join('\n\n')}\n`;
}

function sliceTable(s: SuiteSlices): string {
  const { headers, rows } = wideTable(s);
  const t = new Table({ head: headers, style: { head: [], border: [] }, colAligns: headers.map((_, i) => (i === 1 ? 'right' : 'left')) });
  for (const r of rows) t.push(r);
  return `${s.suite} by ${s.field}\n${t.toString()}\n${sliceNote(s)}`;
}
