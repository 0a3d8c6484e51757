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
import type { ModelSamples } from './aggregate.js';
import { matchItem as match, sideOf, type ItemSide as Side } from './item-stats.js';
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

type BySuite = Map<string, ModelSamples>;

function empty(suite: string, a: string, b: string, test: string): PairStats {
  return {
    comparison: { suite, model_a: a, model_b: b, n: 0, accuracy_a: null, accuracy_b: null, diff: null, ci95: null, p_value: null, p_adjusted: null, test, verdict: 'no_significant_difference' },
    discordant: 0,
    variance: 0,
  };
}

function binaryPair(suite: string, a: string, b: string, ia: Side, ib: Side): PairStats {
  const t = { n11: 0, n10: 0, n01: 0, n00: 0 };
  for (let k = 0; k < ia.st.size; k++) {
    const j = match(ia, k, ib);
    const x = ia.st.s0[k]!;
    if (x < 0 || j < 0 || ib.st.s0[j]! < 0) continue;
    const y = ib.st.s0[j] === 1;
    if (x === 1) { if (y) t.n11++; else t.n10++; } else if (y) t.n01++; else t.n00++;
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

function ratePair(suite: string, a: string, b: string, ia: Side, ib: Side, seed: number): PairStats {
  const ra: number[] = [];
  const rb: number[] = [];
  for (let k = 0; k < ia.st.size; k++) {
    const j = match(ia, k, ib);
    if (ia.st.n[k] === 0 || j < 0 || ib.st.n[j] === 0) continue;
    ra.push(ia.st.c[k]! / ia.st.n[k]!);
    rb.push(ib.st.c[j]! / ib.st.n[j]!);
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

/**
 * All pairs (i < j, in the given model order) for one suite, Holm-adjusted; on the items of
 * `subset` (item numbers) when given, else on all.
 */
export function comparePairs(suite: string, models: string[], bySuite: BySuite, seed: number, subset?: ArrayLike<number>): PairStats[] {
  const items = new Map<string, Side>();
  let multi = false;
  // No pair with one model: its items need no reduction.
  if (models.length < 2) return [];
  for (const m of models) {
    const side = sideOf(bySuite.get(m), subset);
    for (let k = 0; k < side.st.size && !multi; k++) if (side.st.n[k]! > 1) multi = true;
    items.set(m, side);
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
