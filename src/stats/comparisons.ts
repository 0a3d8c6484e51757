/**
 * @module stats/comparisons — every pair of models on a suite, on the items both answered.
 *
 * One sample per item: sample 0 of each model, on items where both have a scored sample 0;
 * exact McNemar test (stats/mcnemar) and Newcombe's method-10 paired interval (stats/paired);
 * `test: 'mcnemar_exact'`. Several samples per item: the per-item pass rate of each model on
 * items where both have a scored sample; the difference's interval is an item-clustered
 * bootstrap of the mean paired difference, the p-value an exact sign test on the items whose
 * rates differ (`test: 'sign_test_exact'`; with one sample it is McNemar's test).
 * p-values are Holm-adjusted across the suite's pairs; verdict from the adjusted p at α = 0.05.
 */
import type { Comparison } from '../store/types.js';
import { reduceItems, type ItemStat, type SampleState } from './aggregate.js';
import { bootstrapMeanCI } from './bootstrap.js';
import { holm } from './holm.js';
import { mcnemarExact, signTestExact } from './mcnemar.js';
import { newcombePaired } from './paired.js';
import { SUMMARY_REPS_PAIRS } from './constants.js';

export const ALPHA = 0.05;

/** A comparison plus what the power estimate needs. */
export interface PairStats {
  comparison: Comparison;
  /** Fraction of shared items where exactly one model is right (or mean |rate difference|). */
  discordant: number;
  /** Variance of the per-item difference a − b. */
  variance: number;
}

type BySuite = Map<string, Map<string, (SampleState | undefined)[]>>;

function empty(suite: string, a: string, b: string, test: string): PairStats {
  return {
    comparison: { suite, model_a: a, model_b: b, n: 0, accuracy_a: null, accuracy_b: null, diff: null, ci95: null, p_value: null, p_adjusted: null, test, verdict: 'no_significant_difference' },
    discordant: 0,
    variance: 0,
  };
}

function binaryPair(suite: string, a: string, b: string, ia: Map<string, ItemStat>, ib: Map<string, ItemStat>): PairStats {
  const t = { n11: 0, n10: 0, n01: 0, n00: 0 };
  for (const [id, x] of ia) {
    const y = ib.get(id);
    if (x.s0 === null || !y || y.s0 === null) continue;
    if (x.s0) { if (y.s0) t.n11++; else t.n10++; } else if (y.s0) t.n01++; else t.n00++;
  }
  const n = t.n11 + t.n10 + t.n01 + t.n00;
  if (n === 0) return empty(suite, a, b, 'mcnemar_exact');
  const ci = newcombePaired(t)!;
  const disc = (t.n10 + t.n01) / n;
  return {
    comparison: {
      suite, model_a: a, model_b: b, n, accuracy_a: (t.n11 + t.n10) / n, accuracy_b: (t.n11 + t.n01) / n,
      diff: ci.estimate, ci95: [ci.low, ci.high], p_value: mcnemarExact(t.n10, t.n01), p_adjusted: null,
      test: 'mcnemar_exact', verdict: 'no_significant_difference',
    },
    discordant: disc,
    variance: disc - ci.estimate * ci.estimate,
  };
}

function ratePair(suite: string, a: string, b: string, ia: Map<string, ItemStat>, ib: Map<string, ItemStat>, seed: number): PairStats {
  const ra: number[] = [];
  const rb: number[] = [];
  for (const [id, x] of ia) {
    const y = ib.get(id);
    if (x.n === 0 || !y || y.n === 0) continue;
    ra.push(x.c / x.n);
    rb.push(y.c / y.n);
  }
  const n = ra.length;
  if (n === 0) return empty(suite, a, b, 'sign_test_exact');
  const d = ra.map((v, i) => v - rb[i]!);
  const ci = bootstrapMeanCI(d, { seed, reps: SUMMARY_REPS_PAIRS })!;
  const mean = ci.estimate;
  const variance = d.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
  return {
    comparison: {
      suite, model_a: a, model_b: b, n, accuracy_a: ra.reduce((s, v) => s + v, 0) / n, accuracy_b: rb.reduce((s, v) => s + v, 0) / n,
      diff: mean, ci95: [ci.low, ci.high], p_value: signTestExact(ra, rb), p_adjusted: null,
      test: 'sign_test_exact', verdict: 'no_significant_difference',
    },
    discordant: d.reduce((s, v) => s + Math.abs(v), 0) / n,
    variance,
  };
}

/** All pairs (i < j, in the given model order) for one suite, Holm-adjusted. */
export function comparePairs(suite: string, models: string[], bySuite: BySuite, seed: number): PairStats[] {
  const items = new Map<string, Map<string, ItemStat>>();
  let multi = false;
  for (const m of models) {
    const stats = reduceItems(bySuite.get(m) ?? new Map());
    if (stats.some((s) => s.n > 1)) multi = true;
    items.set(m, new Map(stats.map((s) => [s.id, s])));
  }
  const out: PairStats[] = [];
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++) {
      const a = models[i]!;
      const b = models[j]!;
      const ia = items.get(a)!;
      const ib = items.get(b)!;
      out.push(multi ? ratePair(suite, a, b, ia, ib, seed + i * 7919 + j) : binaryPair(suite, a, b, ia, ib));
    }
  }
  const adjusted = holm(out.map((p) => p.comparison.p_value));
  out.forEach((p, k) => {
    const c = p.comparison;
    c.p_adjusted = adjusted[k] ?? null;
    if (c.p_adjusted !== null && c.p_adjusted < ALPHA && c.diff !== null && c.diff !== 0) {
      c.verdict = c.diff > 0 ? 'a_better' : 'b_better';
    }
  });
  return out;
}
