/**
 * @module store/cache — the response cache: a rerun of the same command sends
 * no request.
 *
 * Keyed by sha256 of (provider, endpoint, model, parameters, rendered messages,
 * sample index), so a different model, base URL or parameter is a miss. Only
 * successful completions are stored; error responses never are. Storage is an
 * append-only `responses.jsonl`; at open only an index (key → byte offset) is
 * kept in memory, packed (store/cache-index: ≈ 20 bytes a slot), and a hit reads
 * its one line back from disk, so memory stays flat however large the cache
 * grows. A corrupt entry is a warning and a miss.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Completion } from '../providers/types.js';
import type { ModelSpec } from '../config/types.js';
import { isDiskFull } from './disk-full.js';
import { redactDeep } from '../secrets.js';
import { KeyIndex } from './cache-index.js';
import { sha256Hex } from './sha256.js';

export interface CachedCompletion extends Completion {
  /** Cost of the original request, so cached records keep the model's true cost. */
  costUsd: number | null;
}

/** `messagesJson` is JSON.stringify(messages), serialized once per job by the caller. */
export function cacheKey(spec: ModelSpec, messagesJson: string, sample: number, variant?: string): string {
  // The hashed text is JSON.stringify([provider, base_url, model, canonical(params), messages,
  // sample]), built from a per-spec prefix computed once (the same bytes, so old caches still hit).
  let prefix = prefixes.get(spec);
  if (prefix === undefined) {
    // Configured headers can route to another model behind one gateway URL: part of the key when set.
    const parts: unknown[] = [spec.provider, spec.base_url ?? '', spec.model, canonical(spec.params)];
    if (spec.headers !== undefined) parts.push(canonical(spec.headers));
    const head = JSON.stringify(parts);
    prefix = `${head.slice(0, -1)},`;
    prefixes.set(spec, prefix);
  }
  // A probe's variant is part of the key (the item as written keeps the key it always had).
  return sha256Hex(`${prefix}${messagesJson},${JSON.stringify(sample)}${variant ? `,${JSON.stringify(variant)}` : ''}]`);
}

/** Per spec object: the key text before the messages (specs are not changed once loaded). */
const prefixes = new WeakMap<ModelSpec, string>();

/** Cache hits are read in 32 KiB blocks, a few kept: a rerun reads the file about in order. */
const BLOCK = 32 * 1024;
const BLOCKS_KEPT = 16;

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  }
  return v;
}

export class ResponseCache {
  /** key → its line; a prefix match is checked against the line's own key. */
  private index = new KeyIndex((offset) => this.keyAt(offset));
  /** Aligned blocks of the file read for hits, by block number, least recently used first. */
  private blocks = new Map<number, Buffer>();
  private fd = -1;
  private size = 0;
  readonly warnings: string[] = [];
  /** The disk filled up: puts are skipped. */
  private full = false;

  private constructor(readonly file: string) {}

  static async open(dir: string): Promise<ResponseCache> {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const cache = new ResponseCache(path.join(dir, 'responses.jsonl'));
    // One descriptor for indexing the file, reading hits and appending (reads are positioned: append mode does not move them).
    cache.fd = fs.openSync(cache.file, 'a+', 0o600);
    try {
      cache.load();
    } catch (e) {
      cache.close();
      throw e;
    }
    return cache;
  }

  /** Indexes every entry of the file (key → offset and length). */
  private load(): void {
    const fd = this.fd;
    const buf = Buffer.allocUnsafe(1 << 20);
    let pos = 0;
    let carry = Buffer.alloc(0);
    let carryStart = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      const chunk = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      let start = 0;
      let nl: number;
      while ((nl = chunk.indexOf(0x0a, start)) !== -1) {
        // Each line starts with {"k":"<64 hex>", so the key is at a fixed place.
        const keyText = chunk.toString('latin1', start + 6, start + 70);
        if (chunk[start + 70] === 0x22 && /^[0-9a-f]{64}$/.test(keyText)) {
          this.index.set(keyText, carryStart + start, nl - start);
        } else if (nl > start) {
          this.warnings.push(`cache: a corrupt entry at byte ${carryStart + start} of ${this.file} was ignored`);
        }
        start = nl + 1;
      }
      carry = Buffer.from(chunk.subarray(start));
      carryStart += start;
      pos += n;
    }
    this.size = pos;
  }

  /** The key written in the line at `offset` (`{"k":"<key>"`), or null when unreadable. */
  private keyAt(offset: number): string | null {
    if (this.fd < 0) return null;
    const buf = Buffer.alloc(71);
    const n = fs.readSync(this.fd, buf, 0, 71, offset);
    return n === 71 && buf[70] === 0x22 ? buf.toString('latin1', 6, 70) : null;
  }

  get(key: string): CachedCompletion | undefined {
    // Usually one candidate; more only when another key shares the first 64 bits.
    for (const slot of this.index.candidates(key)) {
      const buf = this.bytes(this.index.offset(slot), this.index.length(slot));
      let entry: { k: string; v: CachedCompletion } | undefined;
      try {
        entry = JSON.parse(buf.toString('utf8')) as { k: string; v: CachedCompletion };
      } catch {
        entry = undefined;
      }
      if (entry !== undefined && typeof entry.k === 'string' && entry.k !== key) continue; // another key's line
      if (entry !== undefined && typeof entry.v?.text === 'string') return entry.v;
      this.warnings.push(`cache: the entry for ${key.slice(0, 12)}… is corrupt; requesting again`);
      this.index.delete(slot);
    }
    return undefined;
  }

  /**
   * The bytes of one entry: from a kept aligned block when the entry lies in one (a rerun
   * hits entries in about the order they were written, so one read serves dozens of hits),
   * else read directly. The file only grows, so kept blocks never go stale.
   */
  private bytes(offset: number, length: number): Buffer {
    const first = Math.floor(offset / BLOCK);
    if (first !== Math.floor((offset + length - 1) / BLOCK)) {
      const buf = Buffer.allocUnsafe(length);
      fs.readSync(this.fd, buf, 0, length, offset);
      return buf;
    }
    let block = this.blocks.get(first);
    if (block === undefined || block.length < offset + length - first * BLOCK) {
      const buf = Buffer.allocUnsafe(BLOCK);
      block = buf.subarray(0, fs.readSync(this.fd, buf, 0, BLOCK, first * BLOCK));
      if (this.blocks.size >= BLOCKS_KEPT) this.blocks.delete(this.blocks.keys().next().value!);
    } else this.blocks.delete(first); // re-inserted below: most recently used last
    this.blocks.set(first, block);
    const from = offset - first * BLOCK;
    return block.subarray(from, from + length);
  }

  /** Stores a successful completion (never an error). A full disk: one warning, then no more caching. */
  put(key: string, value: CachedCompletion): void {
    if (this.full) return;
    // Redacted before JSON escaping, so a key holding a character JSON escapes is still found.
    const line = JSON.stringify({ k: key, v: redactDeep(value) }).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
    const data = Buffer.from(line + '\n', 'utf8');
    // Other processes may append too: learn our offset from the file size at write time.
    const offset = fs.fstatSync(this.fd).size;
    try {
      for (let at = 0; at < data.length; ) at += fs.writeSync(this.fd, data, at, data.length - at); // finish a short write
    } catch (e) {
      if (!isDiskFull(e)) throw e;
      this.full = true;
      try {
        fs.ftruncateSync(this.fd, offset);
      } catch {
        /* a torn entry is ignored with a warning when the cache is read */
      }
      this.warnings.push(`cache: no space left on device writing ${this.file}; the run goes on without caching`);
      return;
    }
    this.index.set(key, offset, data.length - 1);
    this.size = offset + data.length;
  }

  get entries(): number {
    return this.index.size;
  }

  close(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
    // The index is of no use once closed: not held through the report phase.
    this.index.clear();
    this.blocks.clear();
  }
}
