/**
 * @module stats/partial-summary — partial credit in summary.json: per (suite, model) the mean
 * share of test cases passed with its interval, and per pair of models the paired comparison of
 * the per-item shares (stats/partial), on the items both models have a share for.
 */
import type { Comparison, ManifestSuite, SummaryRow } from '../store/types.js';
import type { ModelSamples } from './aggregate.js';
import { matchItem, sideOf, type ItemSide, type ItemStats } from './item-stats.js';
import { meanShareInterval, pairedShares } from './partial.js';
import { SUMMARY_REPS_PAIRS } from './constants.js';

/** The scorers whose records carry `partial`: code (share of test cases passed), reference (best token F1). */
export const PARTIAL_SCORERS: ReadonlySet<string> = new Set(['code', 'reference']);

/** Row fields for a code or reference suite: partial credit with its 95% interval, and (code) where the tests ran. */
export function partialRowFields(suite: ManifestSuite, items: ItemStats): Pick<SummaryRow, 'partial_credit' | 'partial_credit_ci95' | 'isolation'> {
  const shares: number[] = [];
  for (let k = 0; k < items.size; k++) if (items.n[k]! > 0 && !Number.isNaN(items.partial[k]!)) shares.push(items.partial[k]!);
  const ci = meanShareInterval(shares);
  return {
    partial_credit: ci?.estimate ?? null,
    partial_credit_ci95: ci ? [ci.low, ci.high] : null,
    ...(suite.scorer === 'code' && { isolation: suite.isolation ?? 'checker' }),
  };
}

/** Adds the paired partial-credit comparison to each of a code suite's comparisons (in place). */
export function addPartialComparisons(comparisons: Comparison[], bySuite: Map<string, ModelSamples>, seed: number): void {
  // model → its items' stats (ascending id) and their positions by item number.
  const stats = new Map<string, ItemSide>();
  const of = (model: string): ItemSide => {
    let x = stats.get(model);
    if (!x) stats.set(model, (x = sideOf(bySuite.get(model))));
    return x;
  };
  const share = (st: ItemStats, k: number): number => (st.n[k]! > 0 ? st.partial[k]! : NaN);
  comparisons.forEach((c, k) => {
    const a = of(c.model_a);
    const b = of(c.model_b);
    const xa: number[] = [];
    const xb: number[] = [];
    for (let i = 0; i < a.st.size; i++) {
      const v = share(a.st, i);
      if (Number.isNaN(v)) continue;
      const j = matchItem(a, i, b);
      const w = j < 0 ? NaN : share(b.st, j);
      if (!Number.isNaN(w)) { xa.push(v); xb.push(w); }
    }
    const r = pairedShares(xa, xb, { seed: seed + k * 7919, reps: SUMMARY_REPS_PAIRS });
    c.partial_a = r?.mean_a ?? null;
    c.partial_b = r?.mean_b ?? null;
    c.partial_diff = r?.diff ?? null;
    c.partial_ci95 = r?.ci95 ?? null;
    c.partial_p_value = r?.p_value ?? null;
    c.partial_test = 'paired_sign_flip';
  });
}
