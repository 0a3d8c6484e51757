/**
 * @module stats/chi-square — Pearson's chi-square goodness-of-fit test and the regularized upper
 * incomplete gamma function it needs for its p-value.
 *
 * References: K. Pearson (1900), "On the criterion that a given system of deviations …", Phil.
 * Mag. 50:157–175; the incomplete gamma function by its series (x < a + 1) and Lentz's continued
 * fraction otherwise (Press et al., Numerical Recipes 3rd ed., §6.2, `gser`/`gcf`).
 * p = Q(df/2, X²/2). Cells whose expected count is 0 are left out of the sum and of df when their
 * observed count is 0 too; an observation where none is expected makes X² infinite (p = 0).
 */
import { logGamma } from './special.js';

/** Q(a, x) = Γ(a, x)/Γ(a), the regularized upper incomplete gamma function, a > 0, x ≥ 0. */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new RangeError(`Expected a > 0 and x ≥ 0, got a=${a}, x=${x}`);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  const lnFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    // Series for P(a, x); Q = 1 − P.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return Math.max(0, 1 - sum * Math.exp(lnFront));
  }
  const TINY = 1e-300;
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.min(1, Math.exp(lnFront) * h);
}

export interface ChiSquareResult {
  statistic: number;
  df: number;
  /** null when fewer than two cells are in play (nothing to test). */
  p: number | null;
}

/** Goodness of fit of `observed` counts to `expected` counts (same total). */
export function chiSquareGof(observed: readonly number[], expected: readonly number[]): ChiSquareResult {
  if (observed.length !== expected.length) throw new RangeError(`Expected arrays of equal length, got ${observed.length} and ${expected.length}`);
  let stat = 0;
  let cells = 0;
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i]!;
    const e = expected[i]!;
    if (!(o >= 0) || !(e >= 0)) throw new RangeError(`Expected non-negative counts, got observed ${o}, expected ${e} at ${i}`);
    if (e === 0) {
      if (o > 0) stat = Infinity;
      continue;
    }
    cells++;
    stat += (o - e) ** 2 / e;
  }
  const df = cells - 1;
  if (df < 1) return { statistic: stat === Infinity ? Infinity : 0, df: Math.max(df, 0), p: null };
  return { statistic: stat, df, p: stat === Infinity ? 0 : gammaQ(df / 2, stat / 2) };
}
