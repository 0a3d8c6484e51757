/**
 * @module reports/rows — the per-suite table every human-readable report shows, as plain
 * strings (one definition, so Markdown, HTML and the terminal agree).
 */
import { modelLabel } from './judging-rows.js';
import type { Comparison, Summary, SummaryRow } from '../store/types.js';
import { fmtCI, fmtMs, fmtP, fmtParams, fmtPct, fmtPoints, fmtUsd } from '../stats/format.js';
import { partialText } from './partial.js';

const HEADERS = ['Model', 'Size', 'Type', 'Items', 'Accuracy', '95% CI', 'pass@k', 'Errors', 'Refused', 'Unread', 'Latency p50 / p95', 'TTFT p50', 'Tokens/s p50', 'Cost', 'Cost / correct'] as const;
const PASS_AT_K_COL = 6;

/** Whether any row of these has pass@k, a secondary metric or partial credit (reference suites' token F1) beyond what accuracy already shows. */
export const showPassAtK = (rows: SummaryRow[]): boolean =>
  rows.some((r) => r.pass_at_k !== null || r.secondary !== undefined || (r.partial_credit !== undefined && r.partial_credit !== null));

const METRIC_NAMES: Record<string, string> = { macro_f1: 'macro-F1', balanced_accuracy: 'balanced acc.', accuracy: 'accuracy' };

/** Whether any row of these reported reasoning tokens (reasoning models): then a column shows them. */
export const showReasoning = (rows: SummaryRow[]): boolean => rows.some((r) => typeof r.reasoning_tokens === 'number' && r.reasoning_tokens > 0);

/** Column headers for a suite's table (the pass@k column only for code suites; reasoning tokens only where reported). */
export function rowHeaders(withPassAtK: boolean, rows: SummaryRow[] = []): string[] {
  const label = rows.length && rows.every((r) => r.pass_at_k === null) ? 'Other metrics' : 'pass@k';
  const headers = HEADERS.filter((_, i) => withPassAtK || i !== PASS_AT_K_COL).map((h) => (h === 'pass@k' ? label : h));
  return showReasoning(rows) ? [...headers, 'Reasoning tokens'] : headers;
}

export function passAtKText(r: SummaryRow): string {
  const parts = Object.entries(r.pass_at_k ?? {}).map(([k, v]) => `@${k} ${fmtPct(v)}`);
  for (const [m, v] of Object.entries(r.secondary ?? {})) {
    parts.push(`${METRIC_NAMES[m] ?? m} ${fmtPct(v.value)}${v.ci95 ? ` (${fmtCI(v.ci95)})` : ''}`);
  }
  const partial = partialText(r);
  if (partial) parts.push(partial);
  if (r.isolation === 'in_process') parts.push('tests in-process');
  return parts.join(', ') || '—';
}

export function errorsText(r: SummaryRow): string {
  if (r.errors === 0) return '0';
  const kinds = Object.entries(r.errors_by_kind).map(([k, v]) => `${k} ${v}`).join(', ');
  return `${r.errors} (${kinds})`;
}

/** Cells for one row, in rowHeaders() order, with the sortable value of each. */
export function rowCells(r: SummaryRow, withPassAtK = true, withReasoning = false): { text: string; value: number | string | null }[] {
  const cells = [
    { text: modelLabel(r), value: r.model },
    { text: fmtParams(r.params_b) ?? '—', value: r.params_b },
    { text: r.tuned ?? '—', value: r.tuned },
    { text: String(r.n), value: r.n },
    { text: fmtPct(r.accuracy), value: r.accuracy },
    { text: fmtCI(r.ci95), value: r.ci95 ? r.ci95[0] : null },
    { text: passAtKText(r), value: r.pass_at_k ? Object.values(r.pass_at_k).at(-1) ?? null : null },
    { text: errorsText(r), value: r.errors },
    { text: String(r.refused ?? 0), value: r.refused ?? 0 },
    { text: unreadText(r), value: r.unparsed_share ?? null },
    { text: latencyText(r), value: r.latency_ms_p50 },
    { text: fmtMs(r.ttft_ms_p50), value: r.ttft_ms_p50 },
    { text: r.output_tokens_per_s_p50 === null ? '—' : r.output_tokens_per_s_p50.toFixed(0), value: r.output_tokens_per_s_p50 },
    { text: fmtUsd(r.cost_usd), value: r.cost_usd },
    { text: fmtUsd(r.cost_per_correct_usd), value: r.cost_per_correct_usd },
  ];
  const shown = cells.filter((_, i) => withPassAtK || i !== PASS_AT_K_COL);
  if (withReasoning) shown.push({ text: typeof r.reasoning_tokens === 'number' ? String(r.reasoning_tokens) : '—', value: r.reasoning_tokens ?? null });
  return shown;
}

/** The share of replies the scorer could not read, with the ambiguous ones apart: "4.0% (3 none, 1 ambiguous)". */
export function unreadText(r: SummaryRow): string {
  if (r.unparsed_share === undefined || r.unparsed_share === null) return '—';
  const none = r.no_answer ?? 0;
  const amb = r.ambiguous ?? 0;
  if (none + amb === 0) return '0';
  return `${fmtPct(r.unparsed_share)} (${[none ? `${none} none` : '', amb ? `${amb} ambiguous` : ''].filter(Boolean).join(', ')})`;
}

/** The suite's answer-format note, when models' unread shares differ significantly. */
export function answerFormatText(summary: Summary, suite: string): string | null {
  return summary.answer_format?.find((n) => n.suite === suite)?.note ?? null;
}

function latencyText(r: SummaryRow): string {
  if (r.latency_ms_p50 === null) return '—';
  return `${fmtMs(r.latency_ms_p50)} / ${fmtMs(r.latency_ms_p95)}`;
}

export const PAIR_HEADERS = ['Model A', 'Model B', 'Items', 'Acc. A', 'Acc. B', 'A − B (points)', '95% CI', 'p', 'p (Holm)', 'Verdict', 'Test'] as const;

export function verdictText(c: Comparison): string {
  if (c.verdict === 'a_better') return `${c.model_a} better`;
  if (c.verdict === 'b_better') return `${c.model_b} better`;
  return c.n === 0 ? 'no shared items' : 'no significant difference';
}

export function pairCells(c: Comparison): { text: string; value: number | string | null }[] {
  return [
    { text: c.model_a, value: c.model_a },
    { text: c.model_b, value: c.model_b },
    { text: String(c.n), value: c.n },
    { text: fmtPct(c.accuracy_a), value: c.accuracy_a },
    { text: fmtPct(c.accuracy_b), value: c.accuracy_b },
    { text: c.diff === null ? '—' : fmtPoints(c.diff, true), value: c.diff },
    { text: fmtCI(c.ci95, true), value: c.ci95 ? c.ci95[0] : null },
    { text: fmtP(c.p_value).replace(/^p[=<]?/, (m) => (m === 'p<' ? '<' : '')), value: c.p_value },
    { text: fmtP(c.p_adjusted).replace(/^p[=<]?/, (m) => (m === 'p<' ? '<' : '')), value: c.p_adjusted },
    { text: verdictText(c), value: c.verdict },
    { text: c.test, value: c.test },
  ];
}

/** Suites in summary order. */
export function suitesOf(summary: Summary): string[] {
  return [...new Set(summary.rows.map((r) => r.suite))];
}

export const METHODS_NOTE =
  'Accuracy intervals: continuity-corrected Wilson score (one sample per item); item-clustered percentile bootstrap (several samples per item, ' +
  'balanced accuracy, macro-F1) widened to a corrected-Wilson floor on the effective number of items, so no interval collapses at 100%. Pairwise: items both models answered without error; exact McNemar test on sample 0 ' +
  '(exact sign test on per-item pass rates when samples > 1), Newcombe (1998) method-10 interval for the difference ' +
  '(bootstrap when samples > 1), not adjusted for multiplicity; p-values Holm-adjusted within each suite, and the verdict sentences quote the adjusted p. ' +
  'Percentiles: linear interpolation (R type 7). Latency figures exclude answers served from the cache. ' +
  'Errors (endpoint failures) are never counted as wrong answers. ' +
  'Refused: answers the model withheld (a content filter or refusal, or tool calls with no text): not correct, counted apart. ' +
  'Tokens/s: the decode rate (output tokens − 1) / (last − first token time), over answers with two tokens at distinct times. ' +
  'Unread: replies the scorer could not read (no answer, cut by the token limit, or pointing to several answers), counted as not correct; ' +
  'when two models\' unread shares differ (exact McNemar on the shared items, Holm-adjusted p < 0.05) the suite notes that accuracy differences may come from answer format. ' +
  'Cost: hosted models at their price per million input/output tokens; local models at price.per_hour × the wall time ' +
  'of the model\'s work (divided by the requests sharing the machine), an assumption that the machine is kept busy.';
