/**
 * @module stats/partial-summary — partial credit in summary.json: per (suite, model) the mean
 * share of test cases passed with its interval, and per pair of models the paired comparison of
 * the per-item shares (stats/partial), on the items both models have a share for.
 */
import type { Comparison, ManifestSuite, SummaryRow } from '../store/types.js';
import { reduceItems, type ItemStat, type SampleState } from './aggregate.js';
import { meanShareInterval, pairedShares } from './partial.js';
import { SUMMARY_REPS_PAIRS } from './constants.js';

type ByItem = Map<string, (SampleState | undefined)[]>;

/** The scorers whose records carry `partial`: code (share of test cases passed), reference (best token F1). */
export const PARTIAL_SCORERS: ReadonlySet<string> = new Set(['code', 'reference']);

/** Row fields for a code or reference suite: partial credit with its 95% interval, and (code) where the tests ran. */
export function partialRowFields(suite: ManifestSuite, items: readonly ItemStat[]): Pick<SummaryRow, 'partial_credit' | 'partial_credit_ci95' | 'isolation'> {
  const shares = items.filter((i) => i.n > 0 && i.partial !== null).map((i) => i.partial!);
  const ci = meanShareInterval(shares);
  return {
    partial_credit: ci?.estimate ?? null,
    partial_credit_ci95: ci ? [ci.low, ci.high] : null,
    ...(suite.scorer === 'code' && { isolation: suite.isolation ?? 'checker' }),
  };
}

/** Adds the paired partial-credit comparison to each of a code suite's comparisons (in place). */
export function addPartialComparisons(comparisons: Comparison[], bySuite: Map<string, ByItem>, seed: number): void {
  const shares = new Map<string, Map<string, number>>();
  const of = (model: string): Map<string, number> => {
    let m = shares.get(model);
    if (!m) {
      m = new Map();
      for (const i of reduceItems(bySuite.get(model) ?? new Map())) if (i.n > 0 && i.partial !== null) m.set(i.id, i.partial);
      shares.set(model, m);
    }
    return m;
  };
  comparisons.forEach((c, k) => {
    const a = of(c.model_a);
    const b = of(c.model_b);
    const xa: number[] = [];
    const xb: number[] = [];
    for (const [id, v] of a) {
      const w = b.get(id);
      if (w !== undefined) { xa.push(v); xb.push(w); }
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
