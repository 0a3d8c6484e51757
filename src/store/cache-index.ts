/**
 * @module store/cache-index — the response cache's in-memory index, packed: key → (byte
 * offset, length) of its line in responses.jsonl, in typed arrays instead of a Map of
 * 64-character strings to objects (≈ 20 bytes a slot instead of ≈ 140 an entry).
 *
 * A key is a sha256 in hex; the index keeps its first 64 bits only (open addressing, linear
 * probing, the low 32 bits as the hash). Two keys may share a prefix, so the index holds
 * candidates, never answers: the caller checks the full key in the line it reads, and a new
 * entry replaces an old one only when the old line's own key (read back with `keyAt`) is the
 * same. Keys that are not hex still work: their prefix is just a poorer hash.
 */

/** Slot states in `len`: 0 empty (ends a probe), TOMB deleted (probes go on past it). */
const EMPTY = 0;
const TOMB = 0xffffffff;
const MAX_LOAD = 0.75;

/** The key's first 64 bits as two unsigned 32-bit halves. */
function prefix(key: string): [number, number] {
  return [parseInt(key.slice(0, 8), 16) >>> 0, parseInt(key.slice(8, 16), 16) >>> 0];
}

export class KeyIndex {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private off: Float64Array;
  private len: Uint32Array;
  /** Live entries. */
  private live = 0;
  /** Live entries and tombstones (what fills the probe chains). */
  private used = 0;

  /** `keyAt(offset)`: the key written in the line at `offset` (null when unreadable). */
  constructor(private readonly keyAt: (offset: number) => string | null, capacity = 1024) {
    const cap = 1 << Math.ceil(Math.log2(Math.max(16, capacity)));
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.off = new Float64Array(cap);
    this.len = new Uint32Array(cap);
  }

  get size(): number {
    return this.live;
  }

  /** Slots whose entry may be `key` (same 64-bit prefix), oldest first; the caller checks the full key. */
  candidates(key: string): number[] {
    const [h, l] = prefix(key);
    const out: number[] = [];
    const mask = this.len.length - 1;
    for (let i = l & mask; this.len[i] !== EMPTY; i = (i + 1) & mask) {
      if (this.len[i] !== TOMB && this.lo[i] === l && this.hi[i] === h) out.push(i);
    }
    return out;
  }

  offset(slot: number): number {
    return this.off[slot]!;
  }

  length(slot: number): number {
    return this.len[slot]!;
  }

  /** Points `key` at (offset, length): replaces the entry whose line holds the same key, else adds one. */
  set(key: string, offset: number, length: number): void {
    if (length === EMPTY || length >= TOMB) throw new RangeError(`cache index: a line of ${length} bytes`);
    for (const slot of this.candidates(key)) {
      if (this.keyAt(this.off[slot]!) === key) {
        this.off[slot] = offset;
        this.len[slot] = length;
        return;
      }
    }
    if (this.used + 1 > this.len.length * MAX_LOAD) this.rehash(this.live + 1 > this.len.length * MAX_LOAD / 2 ? this.len.length * 2 : this.len.length);
    const [h, l] = prefix(key);
    this.put(h, l, offset, length);
    this.live++;
    this.used++;
  }

  delete(slot: number): void {
    if (this.len[slot] === EMPTY || this.len[slot] === TOMB) return;
    this.len[slot] = TOMB;
    this.live--;
  }

  clear(): void {
    this.hi = new Uint32Array(16);
    this.lo = new Uint32Array(16);
    this.off = new Float64Array(16);
    this.len = new Uint32Array(16);
    this.live = 0;
    this.used = 0;
  }

  private put(h: number, l: number, offset: number, length: number): void {
    const mask = this.len.length - 1;
    let i = l & mask;
    while (this.len[i] !== EMPTY) i = (i + 1) & mask;
    this.hi[i] = h;
    this.lo[i] = l;
    this.off[i] = offset;
    this.len[i] = length;
  }

  /** Re-inserts the live entries into `cap` slots (in slot order, so equal prefixes keep their order), dropping tombstones. */
  private rehash(cap: number): void {
    const { hi, lo, off, len } = this;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.off = new Float64Array(cap);
    this.len = new Uint32Array(cap);
    // Start from a slot that begins a probe chain (empty before it), so wrapped chains keep their order.
    const n = len.length;
    let start = 0;
    while (start < n && len[(start + n - 1) % n] !== EMPTY) start++;
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      if (len[i] !== EMPTY && len[i] !== TOMB) this.put(hi[i]!, lo[i]!, off[i]!, len[i]!);
    }
    this.used = this.live;
  }
}
