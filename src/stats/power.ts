/**
 * @module stats/power — how many items a suite needs (80% power, α = 0.05 by default).
 *
 * References: normal quantile by P. J. Acklam's rational approximation ("An algorithm for
 * computing the inverse normal cumulative distribution function", 2003; relative error
 * < 1.15e-9); normal CDF by Numerical Recipes §6.2 `erfcc` (fractional error < 1.2e-7);
 * paired proportions (McNemar): R. J. Connor (1987), "Sample size for testing
 * differences in proportions for the paired-sample design", Biometrics 43:207–211:
 * n = (z_{1−α/2}·√ψ + z_{1−β}·√(ψ − δ²))² / δ², with ψ the discordant proportion and δ the
 * difference; non-inferiority within a margin M on paired items (per-item difference variance
 * σ² = ψ − δ², one-sided α/2 so it matches the upper end of a two-sided 95% interval):
 * n = (z_{1−α/2} + z_{1−β})²·σ² / (M − d)² (Chow, Shao & Wang, Sample Size Calculations in
 * Clinical Research, 2nd ed., §4.2 and §3.1.3).
 */

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

function poly(c: readonly number[], x: number): number {
  return c.reduce((acc, v) => acc * x + v, 0);
}

/** Standard normal CDF Φ(x) via erfc (Numerical Recipes `erfcc`, |rel. error| < 1.2e-7). */
export function normCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? 1 - r / 2 : r / 2;
}

/** Φ⁻¹(p), Acklam's algorithm. */
export function normQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`Expected a probability in (0, 1), got ${p}`);
  const pLow = 0.02425;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(C, q) / (poly(D, q) * q + 1);
  }
  if (p > 1 - pLow) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(C, q) / (poly(D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(A, r) * q) / (poly(B, r) * r + 1);
}

export interface PowerOptions {
  /** Two-sided significance level. @default 0.05 */
  alpha?: number;
  /** @default 0.8 */
  power?: number;
}

/**
 * Items needed for McNemar's test to detect a paired difference δ (as a proportion) when a
 * fraction ψ of items are discordant (Connor 1987). null when δ = 0 (no finite n detects it).
 */
export function mcnemarSampleSize(delta: number, discordant: number, opts: PowerOptions = {}): number | null {
  const d = Math.abs(delta);
  if (d === 0 || !Number.isFinite(d)) return null;
  const psi = Math.min(1, Math.max(discordant, d));
  const za = normQuantile(1 - (opts.alpha ?? 0.05) / 2);
  const zb = normQuantile(opts.power ?? 0.8);
  const n = (za * Math.sqrt(psi) + zb * Math.sqrt(Math.max(0, psi - d * d))) ** 2 / (d * d);
  return Math.ceil(n - 1e-9);
}

/**
 * Items needed to show non-inferiority within `margin` (proportion) when the true
 * difference best − model is `trueDiff` (≥ 0, < margin) and the per-item paired difference has
 * variance `variance` (ψ − δ² for binary scores). null when trueDiff ≥ margin.
 */
export function nonInferioritySampleSize(margin: number, trueDiff: number, variance: number, opts: PowerOptions = {}): number | null {
  const gap = margin - trueDiff;
  if (!(gap > 0) || !(variance >= 0)) return null;
  const za = normQuantile(1 - (opts.alpha ?? 0.05) / 2);
  const zb = normQuantile(opts.power ?? 0.8);
  return Math.max(1, Math.ceil(((za + zb) ** 2 * variance) / (gap * gap) - 1e-9));
}
