/**
 * @module stats/proportion — 95% intervals for a binomial proportion (Wilson score, Wilson
 * score with continuity correction, Clopper-Pearson exact).
 *
 * References: E. B. Wilson (1927), "Probable inference, the law of succession, and
 * statistical inference", JASA 22:209–212; C. J. Clopper & E. S. Pearson (1934), "The use of
 * confidence or fiducial limits illustrated in the case of the binomial", Biometrika 26:404–413.
 * Agresti & Coull (1998) recommend Wilson over the Wald interval for small n. The continuity-
 * corrected score interval is method 4 of R. G. Newcombe (1998), "Two-sided confidence intervals
 * for the single proportion: comparison of seven methods", Stat. Med. 17:857–872 (R's
 * `prop.test(correct = TRUE)`): plain Wilson's coverage dips to 84% near the boundary (n = 5..200,
 * p = 0.5..1: e.g. 83.8% at n = 7, p = 0.975), the corrected one stays ≥ 95% there.
 * Empty input (n = 0) gives null: no estimate, never 0.
 */
import { binomCdf, binomUpperTail } from './special.js';

/** z for a two-sided 95% interval: Φ⁻¹(0.975). */
export const Z95 = 1.959963984540054;

export interface ProportionCI {
  estimate: number;
  low: number;
  high: number;
}

function checkCounts(x: number, n: number): void {
  if (!Number.isInteger(x) || !Number.isInteger(n) || n < 0 || x < 0 || x > n) {
    throw new RangeError(`Expected integer counts with 0 ≤ x ≤ n, got x=${x}, n=${n}`);
  }
}

/** Wilson score interval for x successes in n trials; null when n = 0. */
export function wilson(x: number, n: number, z: number = Z95): ProportionCI | null {
  checkCounts(x, n);
  if (n === 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    estimate: p,
    low: x === 0 ? 0 : Math.max(0, center - half),
    high: x === n ? 1 : Math.min(1, center + half),
  };
}

/** Solves f(p) = target for f monotone in p on [0, 1] by bisection (to ~1e-15). */
function bisect(f: (p: number) => number, target: number, increasing: boolean): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    const v = f(mid);
    if (v < target === increasing) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Clopper-Pearson exact interval, found by inverting the binomial tails by bisection:
 * the lower limit solves P(X ≥ x | p) = α/2, the upper P(X ≤ x | p) = α/2.
 */
export function clopperPearson(x: number, n: number, alpha = 0.05): ProportionCI | null {
  checkCounts(x, n);
  if (n === 0) return null;
  const low = x === 0 ? 0 : bisect((p) => binomUpperTail(x, n, p), alpha / 2, true);
  const high = x === n ? 1 : bisect((p) => binomCdf(x, n, p), alpha / 2, false);
  return { estimate: x / n, low, high };
}

/**
 * Wilson score interval with continuity correction (Newcombe 1998, method 4) for an observed
 * rate `p` on `n` trials; `n` need not be an integer (an effective sample size). The bench
 * accuracy interval: its coverage holds at the boundary, where plain Wilson's does not.
 */
export function wilsonCCRate(p: number, n: number, z: number = Z95): { low: number; high: number } {
  if (!(n > 0) || !(p >= 0 && p <= 1)) throw new RangeError(`Expected 0 ≤ p ≤ 1 and n > 0, got p=${p}, n=${n}`);
  const q = 1 - p;
  const z2 = z * z;
  const den = 2 * (n + z2);
  const low = p <= 0 ? 0 : Math.max(0, (2 * n * p + z2 - 1 - z * Math.sqrt(Math.max(0, z2 - 2 - 1 / n + 4 * p * (n * q + 1)))) / den);
  const high = p >= 1 ? 1 : Math.min(1, (2 * n * p + z2 + 1 + z * Math.sqrt(Math.max(0, z2 + 2 - 1 / n + 4 * p * (n * q - 1)))) / den);
  return { low: Math.min(low, p), high: Math.max(high, p) };
}

/** Continuity-corrected Wilson interval for x successes in n trials; null when n = 0. */
export function wilsonCC(x: number, n: number, z: number = Z95): ProportionCI | null {
  checkCounts(x, n);
  if (n === 0) return null;
  return { estimate: x / n, ...wilsonCCRate(x / n, n, z) };
}
