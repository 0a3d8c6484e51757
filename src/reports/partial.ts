/**
 * @module reports/partial — partial credit of code suites (the share of an item's test cases that
 * pass) and where their tests ran, as plain strings every human-readable report shows.
 */
import type { Comparison, SummaryRow } from '../store/types.js';
import { fmtCI, fmtP, fmtPct, fmtPoints } from '../stats/format.js';

/** Whether a suite's rows carry partial credit (code suites of runs that counted test cases). */
export const hasPartial = (rows: SummaryRow[]): boolean => rows.some((r) => r.partial_credit !== undefined && r.partial_credit !== null);

/** What a suite's partial credit measures, for headings: code rows (which name where their tests ran) count test cases, reference rows token F1. */
export const partialMeasure = (rows: SummaryRow[]): string => (rows.some((r) => r.isolation !== undefined) ? 'share of test cases passed' : 'token F1 against the reference');

/** "partial 81.2% (60.1–92.4%)" for the pass@k cell, or '' when the row has none. */
export function partialText(r: SummaryRow): string {
  if (r.partial_credit === undefined || r.partial_credit === null) return '';
  return `partial ${fmtPct(r.partial_credit)}${r.partial_credit_ci95 ? ` (${fmtCI(r.partial_credit_ci95)})` : ''}`;
}

/** The sentence a suite whose tests ran inside the generated program gets; null for checker suites. */
export function isolationNote(rows: SummaryRow[]): string | null {
  if (!rows.some((r) => r.isolation === 'in_process')) return null;
  return 'Isolation: in_process. This suite\'s tests ran inside the generated program (its tests need the program\'s own objects), ' +
    'so a hostile program could forge a pass; its pass rates are not protected the way checker-isolated suites are.';
}

export const PARTIAL_PAIR_HEADERS = ['Model A', 'Model B', 'Partial A', 'Partial B', 'A − B (points)', '95% CI', 'p', 'Test'] as const;

export function partialPairCells(c: Comparison): { text: string; value: number | string | null }[] {
  const p = c.partial_p_value ?? null;
  return [
    { text: c.model_a, value: c.model_a },
    { text: c.model_b, value: c.model_b },
    { text: fmtPct(c.partial_a ?? null), value: c.partial_a ?? null },
    { text: fmtPct(c.partial_b ?? null), value: c.partial_b ?? null },
    { text: c.partial_diff === undefined || c.partial_diff === null ? '—' : fmtPoints(c.partial_diff, true), value: c.partial_diff ?? null },
    { text: fmtCI(c.partial_ci95 ?? null, true), value: c.partial_ci95 ? c.partial_ci95[0] : null },
    { text: fmtP(p).replace(/^p[=<]?/, (m) => (m === 'p<' ? '<' : '')), value: p },
    { text: c.partial_test ?? '—', value: c.partial_test ?? null },
  ];
}

export const PARTIAL_NOTE =
  'Partial credit (code suites): per item, the share of its test cases that pass (each top-level assert of a HumanEval-style ' +
  'check, each MBPP+ input), checked in the trusted checker like pass/fail; (reference-scored free text) the best token F1 of the ' +
  'answer against the reference and its aliases. Averaged over items with a conservative Wilson-score ' +
  'interval, and compared per pair of models with a paired sign-flip randomization test and a bootstrap interval of the mean difference.';
