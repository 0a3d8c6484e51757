/**
 * @module stats/pass-at-k — the unbiased pass@k estimator.
 *
 * Reference: M. Chen et al. (2021), "Evaluating Large Language Models Trained on Code",
 * arXiv:2107.03374, eq. 1 and its numerically stable form (Fig. 3):
 * pass@k = 1 − C(n−c, k)/C(n, k) = 1 − ∏_{i=n−c+1}^{n} (1 − k/i), and 1 when n − c < k.
 * The product never forms binomial coefficients, so n = 200 and beyond cannot overflow.
 */

/**
 * pass@k for one item: n samples drawn, c of them passed.
 * @throws RangeError unless n, c, k are integers with 0 ≤ c ≤ n and 1 ≤ k ≤ n
 */
export function passAtK(n: number, c: number, k: number): number {
  if (![n, c, k].every(Number.isInteger) || c < 0 || c > n || k < 1 || k > n) {
    throw new RangeError(`Expected integers with 0 ≤ c ≤ n and 1 ≤ k ≤ n, got n=${n}, c=${c}, k=${k}`);
  }
  if (n - c < k) return 1;
  let prod = 1;
  for (let i = n - c + 1; i <= n; i++) prod *= 1 - k / i;
  return 1 - prod;
}

/** The ks to report: the suite's own, else [1] plus 10 when samples ≥ 10; only k ≤ samples. */
export function defaultKs(samples: number, suiteKs?: readonly number[]): number[] {
  const ks = suiteKs && suiteKs.length > 0 ? [...suiteKs] : samples >= 10 ? [1, 10] : [1];
  return [...new Set(ks)].filter((k) => Number.isInteger(k) && k >= 1 && k <= Math.max(1, samples)).sort((a, b) => a - b);
}
