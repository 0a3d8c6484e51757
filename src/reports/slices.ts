/**
 * @module reports/slices — the slice tables every human-readable report shows (one
 * definition, so the terminal, Markdown and HTML agree): a wide table (one row per slice
 * value: items, each model's accuracy with its interval, the differences that survive
 * Holm's correction), a long table (value × model) and the slice pairwise table.
 */
import type { SliceComparison, SliceRow, SuiteSlices } from '../store/types.js';
import { fmtCI, fmtP, fmtPct, fmtPoints, fmtUsd } from '../stats/format.js';

type Cell = { text: string; value: number | string | null };

/** "Holm's correction over 6 slice × pair tests; slices under 10 shared items get no verdict." */
export function sliceNote(s: SuiteSlices): string {
  return `Accuracy by ${s.field} (continuity-corrected Wilson 95% intervals). Pairwise: exact McNemar test on each ${s.field}'s shared items, ` +
    `Holm-adjusted across all ${s.tests} slice × pair test${s.tests === 1 ? '' : 's'} of the suite; ` +
    `a ${s.field} with fewer than ${s.min_items} shared items is shown without a verdict.`;
}

const p = (x: number | null): string => fmtP(x).replace(/^p[=<]?/, (m) => (m === 'p<' ? '<' : ''));

/** What differs on one slice value: the significant pairs, or why nothing is claimed. */
export function differencesText(cs: readonly SliceComparison[]): string {
  if (!cs.length) return '—';
  if (cs.every((c) => c.verdict === 'too_few_items')) return 'too few items';
  const sig = cs.filter((c) => c.verdict === 'a_better' || c.verdict === 'b_better');
  if (!sig.length) return 'no significant difference';
  return sig.map((c) => {
    const [w, l, d] = c.verdict === 'a_better' ? [c.model_a, c.model_b, c.diff!] : [c.model_b, c.model_a, -c.diff!];
    return `${w} > ${l} (${fmtPoints(d, true)} pts, Holm ${fmtP(c.p_adjusted)})`;
  }).join('; ');
}

/** The wide table: headers and one row of strings per slice value. */
export function wideTable(s: SuiteSlices): { headers: string[]; rows: string[][] } {
  const models = [...new Set(s.rows.map((r) => r.model))];
  const headers = [s.field, 'Items', ...models, 'Differences (Holm)'];
  const rows = s.values.map((v) => {
    const rs = s.rows.filter((r) => r.value === v);
    const n = Math.max(0, ...rs.map((r) => r.n));
    return [v, String(n), ...models.map((m) => {
      const r = rs.find((x) => x.model === m);
      return r && r.accuracy !== null ? `${fmtPct(r.accuracy)} (${fmtCI(r.ci95)})` : '—';
    }), differencesText(s.comparisons.filter((c) => c.value === v))];
  });
  return { headers, rows };
}

export const SLICE_ROW_HEADERS = ['Value', 'Model', 'Items', 'Accuracy', '95% CI', 'Cost', 'Cost / correct'] as const;

export function sliceRowCells(r: SliceRow): Cell[] {
  return [
    { text: r.value, value: r.value },
    { text: r.model, value: r.model },
    { text: String(r.n), value: r.n },
    { text: fmtPct(r.accuracy), value: r.accuracy },
    { text: fmtCI(r.ci95), value: r.ci95 ? r.ci95[0] : null },
    { text: fmtUsd(r.cost_usd), value: r.cost_usd },
    { text: fmtUsd(r.cost_per_correct_usd), value: r.cost_per_correct_usd },
  ];
}

export const SLICE_PAIR_HEADERS = ['Value', 'Model A', 'Model B', 'Items', 'Acc. A', 'Acc. B', 'A − B (points)', 'p', 'p (Holm)', 'Verdict'] as const;

export function slicePairVerdict(c: SliceComparison): string {
  if (c.verdict === 'too_few_items') return 'too few items';
  if (c.verdict === 'a_better') return `${c.model_a} better`;
  if (c.verdict === 'b_better') return `${c.model_b} better`;
  return 'no significant difference';
}

export function slicePairCells(c: SliceComparison): Cell[] {
  return [
    { text: c.value, value: c.value },
    { text: c.model_a, value: c.model_a },
    { text: c.model_b, value: c.model_b },
    { text: String(c.n), value: c.n },
    { text: fmtPct(c.accuracy_a), value: c.accuracy_a },
    { text: fmtPct(c.accuracy_b), value: c.accuracy_b },
    { text: c.diff === null ? '—' : fmtPoints(c.diff, true), value: c.diff },
    { text: p(c.p_value), value: c.p_value },
    { text: c.verdict === 'too_few_items' ? '—' : p(c.p_adjusted), value: c.p_adjusted },
    { text: slicePairVerdict(c), value: c.verdict },
  ];
}

/** The slice summaries of one suite, in summary order. */
export const slicesOf = (slices: readonly SuiteSlices[] | undefined, suite: string): SuiteSlices[] => (slices ?? []).filter((s) => s.suite === suite);
