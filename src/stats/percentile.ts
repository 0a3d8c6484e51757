/**
 * @module stats/percentile — p50/p95/p99 by linear interpolation between order statistics.
 *
 * Definition: Hyndman & Fan (1996) type 7 (R's default `quantile(type = 7)`, numpy's default
 * `linear`): for sorted x₁ ≤ … ≤ xₙ and h = (n − 1)·p, Q(p) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋)
 * (0-based). Ties need no special handling: equal values interpolate to themselves.
 * Non-finite values (null, NaN, ∞) are ignored; no finite value → null (no estimate).
 */

function sortedFinite(values: Iterable<number | null | undefined>): Float64Array {
  const out: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  return Float64Array.from(out).sort();
}

/** Type-7 quantile of already-sorted values (ascending). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Expected a probability in [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  if (lo + 1 >= n) return a;
  return a + (h - lo) * (sorted[lo + 1]! - a);
}

/** Type-7 quantile of unsorted values. */
export function percentile(values: Iterable<number | null | undefined>, p: number): number | null {
  return quantileSorted(sortedFinite(values), p);
}

/** Several quantiles at once (one sort), e.g. `percentiles(xs, [0.5, 0.95, 0.99])`. */
export function percentiles(values: Iterable<number | null | undefined>, ps: readonly number[]): (number | null)[] {
  const s = sortedFinite(values);
  return ps.map((p) => quantileSorted(s, p));
}
