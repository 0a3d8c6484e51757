/**
 * @module reports/markdown — report.md: verdicts, per-suite tables and the pairwise table,
 * in GitHub-flavoured Markdown fit to append to a CI step summary.
 */
import type { Reporter, ReportContext } from './types.js';
import { escapeMd } from './escape.js';
import { sliceNote, slicePairCells, slicesOf, SLICE_PAIR_HEADERS, wideTable } from './slices.js';
import { coverageNote } from './notes.js';
import { robustnessMarkdown } from './robustness-md.js';
import { hasPartial, isolationNote, PARTIAL_NOTE, PARTIAL_PAIR_HEADERS, partialMeasure, partialPairCells } from './partial.js';
import { judgingCostMarkdown, judgingMarkdown } from './judging-md.js';
import { ROBUSTNESS_NOTE } from './robustness-rows.js';
import { answerFormatText, METHODS_NOTE, PAIR_HEADERS, pairCells, rowCells, rowHeaders, showPassAtK, showReasoning, suitesOf } from './rows.js';

function table(headers: readonly string[], rows: string[][], numericFrom: number, textAfter = Infinity): string {
  const align = headers.map((_, i) => (i >= numericFrom && i < textAfter ? '---:' : ':---'));
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMd).join(' | ')} |`;
  return [line(headers), `| ${align.join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function renderMarkdown(ctx: ReportContext): string {
  const { summary, manifest } = ctx;
  const out: string[] = [`# bench report — \`${escapeMd(summary.run_id)}\``, ''];
  const note = coverageNote(summary);
  if (note) out.push(`> **${escapeMd(note.title)}** ${escapeMd(note.text)}`, '');
  out.push(`Started ${escapeMd(manifest.started_at)} · bench ${escapeMd(manifest.bench_version)} · seed ${manifest.seed} · ${manifest.samples} sample(s) per item`, '');
  out.push('## Verdicts', '');
  for (const v of summary.verdicts) {
    out.push(`- ${escapeMd(v.sentence)}`);
    for (const s of v.slice_sentences ?? []) out.push(`  - ${escapeMd(s)}`);
  }
  out.push('');
  for (const suite of suitesOf(summary)) {
    const meta = manifest.suites.find((s) => s.name === suite);
    out.push(`## ${escapeMd(suite)}`, '');
    if (meta) out.push(`${escapeMd(meta.domain)} · metric ${meta.metric} · version ${escapeMd(meta.version)} · ${meta.items} items · hash \`${meta.hash.slice(0, 12)}\``, '');
    const suiteRows = summary.rows.filter((r) => r.suite === suite);
    const withK = showPassAtK(suiteRows);
    out.push(table(rowHeaders(withK, suiteRows), suiteRows.map((r) => rowCells(r, withK, showReasoning(suiteRows)).map((c) => c.text)), 3), '');
    const format = answerFormatText(summary, suite);
    if (format) out.push(`> **Note:** ${escapeMd(format)}`, '');
    const iso = isolationNote(suiteRows);
    if (iso) out.push(`> **${escapeMd(iso)}**`, '');
    const pairs = summary.comparisons.filter((c) => c.suite === suite);
    if (pairs.length > 0) {
      out.push(`### Pairwise comparisons (${escapeMd(suite)})`, '');
      out.push(table(PAIR_HEADERS, pairs.map((c) => pairCells(c).map((x) => x.text)), 2, 9), '');
      if (hasPartial(suiteRows)) {
        out.push(`### Partial credit (${escapeMd(suite)}): ${partialMeasure(suiteRows)}, paired`, '');
        out.push(table(PARTIAL_PAIR_HEADERS, pairs.map((c) => partialPairCells(c).map((x) => x.text)), 2, 7), '');
      }
    }
    for (const s of slicesOf(summary.slices, suite)) {
      const wide = wideTable(s);
      out.push(`### ${escapeMd(suite)} by ${escapeMd(s.field)}`, '', escapeMd(s.sentence), '', escapeMd(sliceNote(s)), '');
      out.push(table(wide.headers, wide.rows, 1, wide.headers.length - 1), '');
      out.push(table(SLICE_PAIR_HEADERS, s.comparisons.map((c) => slicePairCells(c).map((x) => x.text)), 3, 9), '');
    }
    out.push(...robustnessMarkdown(summary, suite));
    out.push(...judgingMarkdown(summary, suite));
  }
  out.push(...judgingCostMarkdown(summary));
  out.push('## Method', '', METHODS_NOTE, '', ROBUSTNESS_NOTE, '');
  if (summary.rows.some((r) => r.partial_credit !== undefined)) out.push(PARTIAL_NOTE, '');
  return out.join('\n');
}

export const markdownReporter = { file: 'report.md', stepSummary: true, render: renderMarkdown } satisfies Reporter;
