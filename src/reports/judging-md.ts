/** @module reports/judging-md — the judging sections of report.md and of the terminal (tables from reports/judging-rows). */
import Table from 'cli-table3';
import type { Summary } from '../store/types.js';
import { escapeMd } from './escape.js';
import { accuracyTable, agreementLines, extractionLines, judgeCostTable, judgingOf, JUDGING_TITLE, pairwiseTable, totalCostLine } from './judging-rows.js';
import type { CellTable } from './robustness-rows.js';

function mdTable(t: CellTable): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMd).join(' | ')} |`;
  const align = t.headers.map((_, i) => (i === 0 ? ':---' : '---:'));
  return [line(t.headers), `| ${align.join(' | ')} |`, ...t.rows.map((r) => line(r.map((c) => c.text)))].join('\n');
}

function termTable(t: CellTable): string {
  const tt = new Table({ head: t.headers, style: { head: [], border: [] }, colAligns: t.headers.map((_, i) => (i === 0 ? 'left' : 'right')) });
  for (const r of t.rows) tt.push(r.map((c) => c.text));
  return tt.toString();
}

/** One suite's judging section of report.md (none when the suite was not judged). */
export function judgingMarkdown(summary: Summary, suite: string): string[] {
  const s = judgingOf(summary, suite);
  if (!s) return [];
  const out = [`### ${JUDGING_TITLE} (${escapeMd(suite)})`, '', escapeMd(s.verdict), ''];
  const acc = accuracyTable(summary, s);
  if (acc) out.push(mdTable(acc), '');
  const pw = pairwiseTable(s);
  if (pw) out.push(mdTable(pw), '');
  for (const l of agreementLines(s)) out.push(`- ${escapeMd(l)}`);
  if (agreementLines(s).length) out.push('');
  return out;
}

/** The judges' bill in report.md (after the suites). */
export function judgingCostMarkdown(summary: Summary): string[] {
  const t = judgeCostTable(summary);
  if (!t) return [];
  const read = extractionLines(summary).map((l) => `- ${escapeMd(l)}`);
  return ['## Judging cost and latency', '', mdTable(t), '', escapeMd(totalCostLine(summary) ?? ''), '', ...(read.length ? ['Answers read by a judge (`extract: judge`):', '', ...read, ''] : [])];
}

/** One suite's judging block for the terminal. */
export function judgingTerminal(summary: Summary, suite: string): string | null {
  const s = judgingOf(summary, suite);
  if (!s) return null;
  const tables = [accuracyTable(summary, s), pairwiseTable(s)].filter((t): t is CellTable => t !== null).map(termTable);
  return [`${suite}: ${JUDGING_TITLE.toLowerCase()}`, ...tables, s.verdict, ...agreementLines(s)].join('\n');
}

export function judgingCostTerminal(summary: Summary): string | null {
  const t = judgeCostTable(summary);
  if (!t) return null;
  return ['Judging (apart from the candidates)', termTable(t), totalCostLine(summary) ?? '', ...extractionLines(summary)].join('\n');
}
