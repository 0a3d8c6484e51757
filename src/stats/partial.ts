/**
 * @module stats/partial — partial credit: the mean of per-item shares in [0, 1] (e.g. the share
 * of a code item's test cases that pass), its 95% interval, and a paired comparison of two models.
 *
 * Interval of a mean share: the Wilson score interval (Wilson 1927) with the sum of shares as
 * "successes". For any variable X in [0, 1] with mean μ, Var(X) ≤ μ(1 − μ) (the Bhatia–Davis
 * inequality: R. Bhatia & C. Davis (2000), "A better bound on the variance", Amer. Math. Monthly
 * 107:353–357), so the score interval built on the Bernoulli variance is conservative for shares,
 * and, unlike a bootstrap, it does not collapse to a point when every item scores 1 (or 0).
 *
 * Paired comparison: per item d = share_a − share_b. The p-value is the two-sided sign-flip
 * randomization test of the mean difference (R. A. Fisher (1935), The Design of Experiments,
 * §21; P. Good (2005), Permutation, Parametric and Bootstrap Tests of Hypotheses, ch. 3): exact
 * over all 2^m sign patterns of the m non-zero differences when m ≤ 16, otherwise from seeded
 * random patterns with the (1 + hits) / (1 + draws) estimate. It needs no normality and stays
 * defined when every difference is equal. The interval is a percentile bootstrap over items of
 * the mean difference (Efron & Tibshirani 1993). Empty input gives null, never 0.
 */
import { bootstrapMeanCI, mulberry32, DEFAULT_SEED, type Interval } from './bootstrap.js';
import { Z95 } from './proportion.js';

/** Mean of `shares` (each in [0, 1]) with a conservative Wilson-score 95% interval; null when empty. */
export function meanShareInterval(shares: readonly number[], z: number = Z95): Interval | null {
  const n = shares.length;
  if (n === 0) return null;
  let sum = 0;
  for (const s of shares) {
    if (!(s >= 0 && s <= 1)) throw new RangeError(`Expected shares in [0, 1], got ${s}`);
    sum += s;
  }
  const p = sum / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { estimate: p, low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

export interface PairedShares {
  n: number;
  mean_a: number;
  mean_b: number;
  /** mean_a − mean_b. */
  diff: number;
  ci95: [number, number];
  p_value: number;
  test: 'paired_sign_flip';
}

export interface PairedSharesOptions {
  seed?: number;
  /** Random sign patterns when there are more than 16 non-zero differences. @default 9999 */
  draws?: number;
  /** Bootstrap resamples for the interval. @default 2000 */
  reps?: number;
}

/** Two-sided sign-flip p-value of the mean of `d` (zeros do not change the statistic). */
export function signFlipP(d: readonly number[], opts: PairedSharesOptions = {}): number {
  const nz = d.filter((x) => x !== 0).map(Math.abs);
  const m = nz.length;
  if (m === 0) return 1;
  const observed = Math.abs(d.reduce((a, b) => a + b, 0));
  const eps = 1e-12 * Math.max(1, observed);
  if (m <= 16) {
    let hits = 0;
    const total = 2 ** m;
    for (let mask = 0; mask < total; mask++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += mask & (1 << i) ? nz[i]! : -nz[i]!;
      if (Math.abs(s) >= observed - eps) hits++;
    }
    return hits / total;
  }
  const rand = mulberry32(opts.seed ?? DEFAULT_SEED);
  const draws = opts.draws ?? 9999;
  let hits = 0;
  for (let r = 0; r < draws; r++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += rand() < 0.5 ? nz[i]! : -nz[i]!;
    if (Math.abs(s) >= observed - eps) hits++;
  }
  return (1 + hits) / (1 + draws);
}

/** Paired comparison of per-item shares (same items, same order); null when there are none. */
export function pairedShares(a: readonly number[], b: readonly number[], opts: PairedSharesOptions = {}): PairedShares | null {
  if (a.length !== b.length) throw new RangeError(`Expected paired arrays of equal length, got ${a.length} and ${b.length}`);
  const n = a.length;
  if (n === 0) return null;
  const d = a.map((x, i) => x - b[i]!);
  const ci = bootstrapMeanCI(d, { seed: opts.seed ?? DEFAULT_SEED, reps: opts.reps ?? 2000 })!;
  const mean = (v: readonly number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
  return {
    n, mean_a: mean(a), mean_b: mean(b), diff: ci.estimate, ci95: [ci.low, ci.high],
    p_value: signFlipP(d, opts), test: 'paired_sign_flip',
  };
}
