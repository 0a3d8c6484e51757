/**
 * @module stats/item-stats — per-item reduction of one (suite, model)'s samples (stats/aggregate),
 * as columns in ascending item-id order: scored samples n, passing samples c, sample 0's
 * correctness, the first scored sample, the cost of all samples and the mean partial credit.
 *
 * Item order fixes the bootstrap's draws: items are sorted by id, so record order never changes
 * a figure.
 */
import type { ModelSamples } from './aggregate.js';

export interface ItemStats {
  readonly size: number;
  /** Item numbers (stats/aggregate SuiteItems), ascending id. */
  readonly item: Int32Array;
  /** Scored samples. */
  readonly n: Int32Array;
  /** Passing samples. */
  readonly c: Int32Array;
  /** Sample 0's correctness: 1, 0, or −1 when sample 0 was not scored. */
  readonly s0: Int8Array;
  /** Slot of the lowest-numbered scored sample; −1 when none. */
  readonly first: Int32Array;
  /** Sum of every sample's cost (absent costs count 0). */
  readonly cost: Float64Array;
  /** Whether some sample of these items carries a cost (else a total of their costs is null, not 0). */
  readonly costKnown: boolean;
  /** Mean `partial` over the scored samples that carry one; NaN when none does. */
  readonly partial: Float64Array;
}

const EMPTY: ItemStats = {
  size: 0, item: new Int32Array(0), n: new Int32Array(0), c: new Int32Array(0), s0: new Int8Array(0),
  first: new Int32Array(0), cost: new Float64Array(0), costKnown: false, partial: new Float64Array(0),
};

/**
 * Reduces the samples of `items` (item numbers; default: every item of `m`), leaving out items
 * `m` has no record of.
 */
export function reduceItems(m: ModelSamples | undefined, items?: ArrayLike<number>): ItemStats {
  if (m === undefined) return EMPTY;
  const list = items ?? m.items();
  const { rank, byRank } = m.suite.ranks();
  const ranks = new Int32Array(list.length);
  let size = 0;
  for (let k = 0; k < list.length; k++) if (m.has(list[k]!)) ranks[size++] = rank[list[k]!]!;
  const sorted = ranks.subarray(0, size).sort();
  const out: { -readonly [K in keyof ItemStats]: ItemStats[K] } = {
    size, item: new Int32Array(size), n: new Int32Array(size), c: new Int32Array(size), s0: new Int8Array(size),
    first: new Int32Array(size), cost: new Float64Array(size), costKnown: false, partial: new Float64Array(size),
  };
  let costKnown = false;
  for (let k = 0; k < size; k++) {
    const item = byRank[sorted[k]!]!;
    let n = 0;
    let c = 0;
    let cost = 0;
    let first = -1;
    let pSum = 0;
    let pN = 0;
    let s0 = -1;
    for (let s = m.first(item); s !== -1; s = m.next[s]!) {
      const x = m.cost[s]!;
      if (!Number.isNaN(x)) {
        cost += x;
        costKnown = true;
      }
      const correct = m.correct[s]!;
      if (m.sample[s] === 0) s0 = correct;
      if (correct < 0) continue;
      n++;
      if (correct === 1) c++;
      if (first < 0) first = s;
      const p = m.partial[s]!;
      if (!Number.isNaN(p)) { pSum += p; pN++; }
    }
    out.item[k] = item;
    out.n[k] = n;
    out.c[k] = c;
    out.s0[k] = s0;
    out.first[k] = first;
    out.cost[k] = cost;
    out.partial[k] = pN > 0 ? pSum / pN : NaN;
  }
  out.costKnown = costKnown;
  return out;
}

/** Positions in `st` by item number (−1: not in `st`), for pairing two models' stats. */
export function positions(st: ItemStats, suiteSize: number): Int32Array {
  const pos = new Int32Array(suiteSize).fill(-1);
  for (let k = 0; k < st.size; k++) pos[st.item[k]!] = k;
  return pos;
}

/** One model's item stats and their positions by item number: what pairs its items with another model's. */
export interface ItemSide {
  st: ItemStats;
  pos: Int32Array;
}

/** A model's reduced items (`items`: only these item numbers) as a side to pair. */
export function sideOf(m: ModelSamples | undefined, items?: ArrayLike<number>): ItemSide {
  const st = reduceItems(m, items);
  return { st, pos: positions(st, m?.suite.size ?? 0) };
}

/** Position in `y` of the item at position `k` of `x`, −1 when `y` has none. */
export function matchItem(x: ItemSide, k: number, y: ItemSide): number {
  const item = x.st.item[k]!;
  return item < y.pos.length ? y.pos[item]! : -1;
}

/** Scored items (n > 0), those right on their first scored sample, and whether every one has a single sample. */
export function scoredCounts(m: ModelSamples | undefined, st: ItemStats): { scored: number; correct: number; single: boolean } {
  let scored = 0;
  let correct = 0;
  let single = true;
  for (let k = 0; k < st.size; k++) {
    if (st.n[k] === 0) continue;
    scored++;
    if (m!.correct[st.first[k]!] === 1) correct++;
    if (st.n[k] !== 1) single = false;
  }
  return { scored, correct, single };
}

/** Per scored item, its pass rate c / n (ascending id). */
export function passRates(st: ItemStats): Float64Array {
  const out: number[] = [];
  for (let k = 0; k < st.size; k++) if (st.n[k]! > 0) out.push(st.c[k]! / st.n[k]!);
  return Float64Array.from(out);
}
