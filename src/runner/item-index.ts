/**
 * @module runner/item-index — a run's items read from its suite snapshot when their jobs are
 * made, instead of held: per item only the byte offset and length of its line in the snapshot's
 * items file and a hash of its id (16 bytes an item, where the parsed item and its strings take
 * ≈ 290 at 100,000 items). The offsets are those the loader recorded (suites/item-spans) when the
 * snapshot has the size of the file it read, else found by scanning the snapshot. Each read item
 * is parsed from the same bytes the loader parsed, and its id checked against the hash.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Item, Suite } from '../suites/types.js';
import type { Plan } from './plan.js';
import { byteLines } from '../suites/byte-lines.js';
import { positionsOf, type ItemSpans } from '../suites/item-spans.js';

/** Items in run order, read from a file on each iteration. */
export interface ItemsOnDisk extends Iterable<Item> {
  readonly length: number;
}

const BLOCK = 1 << 20;
const decoder = new TextDecoder('utf-8', { fatal: true });

const parse = (bytes: Buffer): unknown => {
  const text = decoder.decode(bytes);
  return text.trim() === '' ? null : JSON.parse(text);
};

/**
 * Indexes `items` (the suite's run items, in file order) in `file`; null when the file does not
 * hold them all, in that order (then the caller keeps them in memory).
 */
export async function indexItems(file: string, items: readonly Item[]): Promise<ItemsOnDisk | null> {
  if (items.length === 0 || !fs.existsSync(file)) return null;
  const offsets = new Float64Array(items.length);
  const lengths = new Uint32Array(items.length);
  let k = 0;
  try {
    for await (const { offset, bytes } of byteLines(file, file)) {
      if (k === items.length) break;
      // The id sits in the line: only lines that may be the next item are parsed.
      if (bytes.indexOf(items[k]!.id) === -1) continue;
      let value: unknown;
      try {
        value = parse(bytes);
      } catch {
        continue;
      }
      if ((value as Item | null)?.id !== items[k]!.id) continue;
      offsets[k] = offset;
      lengths[k] = bytes.length;
      k++;
    }
  } catch {
    return null;
  }
  if (k < items.length) return null;
  return onDisk(file, items, offsets, lengths);
}

/** `items` read back from `file` at the spans the loader recorded; null when the file is not the one they are of (its size) or an item has no span. */
export function spannedItems(file: string, items: readonly Item[], spans: ItemSpans): ItemsOnDisk | null {
  if (items.length === 0 || !fs.existsSync(file) || fs.statSync(file).size !== spans.bytes) return null;
  const offsets = new Float64Array(items.length);
  const lengths = new Uint32Array(items.length);
  const at = positionsOf(spans, items);
  if (at === null) return null;
  for (let k = 0; k < items.length; k++) {
    offsets[k] = spans.offsets[at[k]!]!;
    lengths[k] = spans.lengths[at[k]!]!;
  }
  return onDisk(file, items, offsets, lengths);
}

/** 32-bit FNV-1a of an id: what a line read back is checked against. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The items at these byte spans of `file`, read and parsed on each iteration; each checked to be the item (by id) it was. */
function onDisk(file: string, items: readonly Item[], offsets: Float64Array, lengths: Uint32Array): ItemsOnDisk {
  const ids = Uint32Array.from(items, (item) => idHash(item.id));
  return {
    length: offsets.length,
    *[Symbol.iterator]() {
      const fd = fs.openSync(file, 'r');
      try {
        // One buffer for every block (an item is parsed before the next read): a new megabyte a
        // block was ≈ 12 MB of garbage outside V8's heap at 100,000 items, freed only by a full collection.
        let buf = Buffer.allocUnsafe(BLOCK);
        let block = Buffer.alloc(0);
        let blockAt = 0;
        for (let i = 0; i < offsets.length; i++) {
          const at = offsets[i]!;
          const len = lengths[i]!;
          if (at < blockAt || at + len > blockAt + block.length) {
            if (len > buf.length) buf = Buffer.allocUnsafe(len);
            block = buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, at));
            blockAt = at;
          }
          let item: Item | null;
          try {
            item = parse(block.subarray(at - blockAt, at - blockAt + len)) as Item | null;
          } catch {
            item = null;
          }
          if (item === null || typeof item.id !== 'string' || idHash(item.id) !== ids[i]) throw new Error(`${file}: the line at byte ${at} is no longer the item it was when the run started`);
          yield item;
        }
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}

/** The suite's items file in the run folder's snapshot (runner/run-dir snapshotSuite copies the suite folder's files), or null. */
export function snapshotItemsFile(runDir: string, suite: Suite): string | null {
  if (!suite.itemsFile || path.dirname(suite.itemsFile) !== suite.dir) return null;
  return path.join(runDir, 'suites', suite.name, path.basename(suite.itemsFile));
}

/** Suites with at least this many run items read them from the snapshot; smaller ones keep the array (nothing to gain, a second parse to pay). */
export const ITEMS_ON_DISK_MIN = 10_000;

/**
 * Puts each large suite's items, read from the run folder's snapshot, in place of the array the
 * plan was made from, and lets the suite's array and spans go (the run's scorers and providers need no
 * item but the job's). Only for runs that read no item after planning but through their jobs:
 * the caller leaves out batch runs and judged runs. The run items are the plan's own (`plan.items`,
 * limit and shard applied), not selected again.
 */
export async function itemsFromSnapshot(runDir: string, suites: Suite[], plan: Plan): Promise<void> {
  for (const suite of suites) {
    const items = plan.items.get(suite.name);
    const file = snapshotItemsFile(runDir, suite);
    if (!Array.isArray(items) || items.length < ITEMS_ON_DISK_MIN || file === null) continue;
    const disk = (suite.itemSpans && spannedItems(file, items, suite.itemSpans)) ?? (await indexItems(file, items));
    if (disk === null) continue;
    plan.items.set(suite.name, disk);
    suite.items = [];
    // The index has its own copy of the spans: the suite's (and their item → position table, ≈ 4 MB at 100,000 items) go.
    delete suite.itemSpans;
  }
}
