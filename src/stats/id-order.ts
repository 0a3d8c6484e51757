/**
 * @module stats/id-order — the one order in which figures over a run's records are taken: items
 * in ascending id (UTF-16 code units, as stats/aggregate ranks them, never the locale's order).
 *
 * Records arrive in completion order, and a merge of shards concatenates them shard by shard.
 * Floating-point addition is not associative: the same costs added in another order differ in
 * their last bits, so a run, its warm rerun and a merge of its shards would not give the same
 * figures. Anything summed over records is therefore summed in a fixed order: by id, or, for
 * terms that carry no id, by value.
 */

/** Ascending UTF-16 code-unit order of two ids. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The values of `m`, in ascending key order. */
export function valuesById<T>(m: ReadonlyMap<string, T>): T[] {
  return [...m.keys()].sort(compareIds).map((k) => m.get(k)!);
}

/**
 * Σ `values` taken in ascending value order: the same bits whatever order the terms came in
 * (for terms that carry no id of their own, e.g. the costs of one item's samples). Sorts `values`.
 */
export function orderedSum(values: number[] | Float64Array): number {
  values.sort((a, b) => a - b);
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/**
 * Counts by kind (e.g. `errors_by_kind`) with their keys in a fixed order, most frequent first,
 * then by name: counted in record order, the keys' order would follow the records'.
 */
export function orderedCounts(counts: Readonly<Record<string, number>>): Record<string, number> {
  const keys = Object.keys(counts).sort((a, b) => counts[b]! - counts[a]! || compareIds(a, b));
  return Object.fromEntries(keys.map((k) => [k, counts[k]!]));
}
