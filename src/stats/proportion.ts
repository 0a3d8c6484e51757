/**
 * @module stats/proportion — 95% intervals for a binomial proportion (Wilson score,
 * Clopper-Pearson exact).
 *
 * References: E. B. Wilson (1927), "Probable inference, the law of succession, and
 * statistical inference", JASA 22:209–212; C. J. Clopper & E. S. Pearson (1934), "The use of
 * confidence or fiducial limits illustrated in the case of the binomial", Biometrika 26:404–413.
 * Agresti & Coull (1998) recommend Wilson over the Wald interval for small n.
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
