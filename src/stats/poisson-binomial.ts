/**
 * @module stats/poisson-binomial — the exact upper tail of a sum of independent Bernoulli
 * trials with different success probabilities (the Poisson-binomial distribution): how likely
 * x or more right answers are by chance when item i has 1/k_i chance (k_i options).
 *
 * Method: items are grouped by probability (multiple-choice suites have a few option counts), each
 * group's Binomial(n_g, p_g) pmf is computed in log space (stats/special logChoose), the group pmfs
 * are convolved, and the tail is summed. Terms below 1e-300 of a pmf's peak are dropped before
 * convolving, which keeps 100 000 items fast and changes no tail above 1e-290. With one group this
 * is the exact binomial test. Reference: Y. H. Wang (1993), "On the number of successes in
 * independent trials", Statistica Sinica 3:295–312 (the distribution); the direct convolution is
 * the textbook method (Hong 2013, CSDA 59:41–51, compares it with the DFT method).
 */
import { logChoose } from './special.js';

/** A pmf over [offset, offset + values.length). */
interface Pmf {
  offset: number;
  values: Float64Array;
}

const FLOOR = 1e-300;

function binomialPmf(n: number, p: number): Pmf {
  if (p <= 0) return { offset: 0, values: Float64Array.of(1) };
  if (p >= 1) return { offset: n, values: Float64Array.of(1) };
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const logs = new Float64Array(n + 1);
  let max = -Infinity;
  for (let i = 0; i <= n; i++) {
    logs[i] = logChoose(n, i) + i * lp + (n - i) * lq;
    if (logs[i]! > max) max = logs[i]!;
  }
  return prune(Float64Array.from(logs, (l) => Math.exp(l)), 0, max);
}

/** Keeps the span where the pmf is above FLOOR × its peak (log peak given or computed). */
function prune(values: Float64Array, offset: number, logPeak?: number): Pmf {
  const peak = logPeak !== undefined ? Math.exp(logPeak) : values.reduce((a, b) => Math.max(a, b), 0);
  const cut = peak * FLOOR;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi && values[lo]! < cut) lo++;
  while (hi > lo && values[hi]! < cut) hi--;
  return { offset: offset + lo, values: values.slice(lo, hi + 1) };
}

function convolve(a: Pmf, b: Pmf): Pmf {
  const out = new Float64Array(a.values.length + b.values.length - 1);
  for (let i = 0; i < a.values.length; i++) {
    const x = a.values[i]!;
    if (x === 0) continue;
    for (let j = 0; j < b.values.length; j++) out[i + j] = out[i + j]! + x * b.values[j]!;
  }
  return prune(out, a.offset + b.offset);
}

/**
 * P(X ≥ x) for X the number of successes of independent trials with probabilities `ps`.
 * x ≤ 0 gives 1; x > ps.length gives 0.
 */
export function poissonBinomialUpperTail(x: number, ps: readonly number[]): number {
  if (!Number.isInteger(x)) throw new RangeError(`Expected a whole number of successes, got ${x}`);
  for (const p of ps) if (!(p >= 0 && p <= 1)) throw new RangeError(`Expected probabilities in [0, 1], got ${p}`);
  if (x <= 0) return 1;
  if (x > ps.length) return 0;
  const groups = new Map<number, number>();
  for (const p of ps) groups.set(p, (groups.get(p) ?? 0) + 1);
  // Smallest groups first keeps the intermediate convolutions short.
  const pmfs = [...groups].sort((a, b) => a[1] - b[1]).map(([p, n]) => binomialPmf(n, p));
  let acc = pmfs[0]!;
  for (const next of pmfs.slice(1)) acc = convolve(acc, next);
  let tail = 0;
  for (let i = acc.values.length - 1; i >= 0 && acc.offset + i >= x; i--) tail += acc.values[i]!;
  return Math.min(1, tail);
}
