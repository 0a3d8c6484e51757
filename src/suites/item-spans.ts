/**
 * @module suites/item-spans — where each loaded item's line lies in its items file (byte offset
 * and length), recorded while the loader reads the file: a run reads its items back from the
 * byte copy in its run folder without scanning and parsing that copy again (runner/item-index).
 * Per item: 12 bytes in the suite's arrays and one entry of the suite's own WeakMap (its table,
 * ≈ 40 bytes a slot, goes with the spans: a run drops them once its item index has its copy).
 */
import type { Item } from './types.js';

export interface ItemSpans {
  offsets: Float64Array;
  lengths: Uint32Array;
  /** Size of the items file as read, bytes: a copy of another size is not the file the spans are of. */
  bytes: number;
  /** Loaded item → its position in these spans. */
  position: WeakMap<Item, number>;
}

/** Collects the spans of the items a loader keeps, in the order it keeps them. */
export class SpanRecorder {
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private n = 0;
  private readonly position = new WeakMap<Item, number>();

  add(item: Item, offset: number, length: number): void {
    if (this.n === this.offsets.length) {
      const offsets = new Float64Array(this.n * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
      const lengths = new Uint32Array(this.n * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    this.position.set(item, this.n);
    this.offsets[this.n] = offset;
    this.lengths[this.n] = length;
    this.n++;
  }

  /** The spans recorded (the caller adds the file's size). */
  finish(): Omit<ItemSpans, 'bytes'> {
    return { offsets: this.offsets.slice(0, this.n), lengths: this.lengths.slice(0, this.n), position: this.position };
  }
}

/** Where `item` lies in the file `spans` are of (offset, length), or null for an item not loaded with them. */
export function spanOf(spans: ItemSpans, item: Item): [number, number] | null {
  const k = spans.position.get(item);
  return k === undefined || k >= spans.offsets.length ? null : [spans.offsets[k]!, spans.lengths[k]!];
}
