/**
 * @module suites/item-spans — where each loaded item's line lies in its items file (byte offset
 * and length), recorded while the loader reads the file: a run reads its items back from the
 * byte copy in its run folder without scanning and parsing that copy again (runner/item-index).
 * Per item: 12 bytes in the suite's arrays. The k-th span is that of the loader's k-th kept item
 * (`items`, the array the suite holds): no item → position table is kept (a WeakMap of every item
 * cost ≈ 1 µs a set while loading and its ephemerons a pass in every full collection); a run's
 * selection is matched to its positions once (`positionsOf`).
 */
import type { Item } from './types.js';

export interface ItemSpans {
  offsets: Float64Array;
  lengths: Uint32Array;
  /** Size of the items file as read, bytes: a copy of another size is not the file the spans are of. */
  bytes: number;
  /** The loaded items, in order: the k-th span is `items[k]`'s. */
  items: readonly Item[];
}

/** Collects the spans of the items a loader keeps, in the order it keeps them. */
export class SpanRecorder {
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private n = 0;

  /** The span of the next kept item (the items are kept in the same order, in the array `finish` is given). */
  add(offset: number, length: number): void {
    if (this.n === this.offsets.length) {
      const offsets = new Float64Array(this.n * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
      const lengths = new Uint32Array(this.n * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    this.offsets[this.n] = offset;
    this.lengths[this.n] = length;
    this.n++;
  }

  /** The spans recorded, of `items` (the items kept, in the order their spans were added; the caller adds the file's size). */
  finish(items: readonly Item[]): Omit<ItemSpans, 'bytes'> {
    if (items.length !== this.n) throw new Error(`item spans: ${this.n} spans for ${items.length} items`);
    return { offsets: this.offsets.slice(0, this.n), lengths: this.lengths.slice(0, this.n), items };
  }
}

/**
 * The position in `spans` of each of `wanted` (loaded items, by identity), or null when one was not
 * loaded with them. A run's items are usually the loaded ones in order (all, or the first n): those
 * are matched in one walk; any other selection through a table built for this call only.
 */
export function positionsOf(spans: ItemSpans, wanted: readonly Item[]): Uint32Array | null {
  const out = new Uint32Array(wanted.length);
  let k = 0;
  while (k < wanted.length && k < spans.items.length && wanted[k] === spans.items[k]) out[k] = k++;
  if (k === wanted.length) return out;
  const position = new Map<Item, number>();
  spans.items.forEach((item, i) => position.set(item, i));
  for (; k < wanted.length; k++) {
    const at = position.get(wanted[k]!);
    if (at === undefined) return null;
    out[k] = at;
  }
  return out;
}
