/**
 * @module stats/aggregate — one streaming pass over records into per-(suite, model) columns.
 *
 * Keeps, per (suite, model, item, sample), only what the summary needs (correctness, timings,
 * tokens, cost, and for label suites the gold and extracted label): never `output`. The state is
 * columnar: each suite interns its item ids once as numbers (`SuiteItems`, shared by the
 * suite's models), and each (suite, model) keeps one slot per (item, sample) in typed arrays
 * (`ModelSamples`): ≈ 80 bytes a record where an object per record, its samples array and its
 * id key took ≈ 700, so 100,000 records hold ≈ 8 MB. A later record for the same (suite, model,
 * item, sample) overwrites the earlier one's slot (a resumed run retries errored items), so
 * nothing counts twice. An item's slots are linked in ascending sample number, and items keep
 * the order of their first record, so every sum is taken in the same order as before.
 *
 * The columns grow by doubling, unless the caller knows how many records a (suite, model) will
 * have (`Planned`: the run's items × samples): then they are allocated once at that size. At
 * 100,000 records doubling left ≈ 5 MB of outgrown columns (garbage until a full collection)
 * and ≈ 2.5 MB of unused slots, at the report phase's peak of resident memory. The plan is a
 * size only: fewer or more records give the same figures.
 */
import { WITHHELD_REASONS } from '../scorers/withheld.js';
import type { RunRecord } from '../store/types.js';

/** Reasons that mean the scorer could not read an answer from the reply. */
export const UNREAD = new Set(['no_answer', 'ambiguous', 'truncated']);
/** `ModelSamples.unread` codes: 0 read (or not scored), then these reasons. */
export const UNREAD_CODES = ['', 'no_answer', 'ambiguous', 'truncated'] as const;

/** The item ids of one suite, each interned once as an item number (0, 1, … in first-seen order). */
export class SuiteItems {
  readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  private rank: Int32Array | null = null;
  private byRank: Int32Array | null = null;

  get size(): number {
    return this.ids.length;
  }

  intern(id: string): number {
    let k = this.numbers.get(id);
    if (k === undefined) {
      k = this.ids.length;
      this.numbers.set(id, k);
      this.ids.push(id);
    }
    return k;
  }

  numberOf(id: string): number | undefined {
    return this.numbers.get(id);
  }

  /** item number → its place in ascending id order (UTF-16 code-unit order, as `<` on strings). */
  ranks(): { rank: Int32Array; byRank: Int32Array } {
    if (this.rank === null || this.rank.length !== this.ids.length) {
      const ids = this.ids;
      const byRank = Int32Array.from(ids.keys()).sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0));
      const rank = new Int32Array(ids.length);
      byRank.forEach((item, r) => (rank[item] = r));
      this.rank = rank;
      this.byRank = byRank;
    }
    return { rank: this.rank, byRank: this.byRank! };
  }
}

const NONE = -1;

/** What a suite's records are expected to be, per model: its items and their samples (a size hint). */
export interface Planned {
  items: number;
  samples: number;
}

/** Columns start this small when nothing is planned, and grow by doubling. */
const START = 64;

function grown<T extends Int32Array | Int8Array | Uint8Array | Float64Array>(a: T, size: number, fill?: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  if (fill !== undefined) b.fill(fill);
  b.set(a);
  return b;
}

/** NaN stands for null in the Float64 columns (a record's numbers are finite or absent). */
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);
/** A Float64 column's value, null for absent. */
export const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

export const CACHED = 1;
export const WITHHELD = 2;

/**
 * The samples of one (suite, model), one slot per (item, sample). Per slot: `correct` (1, 0, or
 * −1 not scored: endpoint error or no score), `kind` (the string index of the error kind when
 * not scored: `unknown` when the record gave none, `unscored` when it had no error), `flags`
 * (CACHED, WITHHELD: not correct because the model withheld its answer), `unread` (UNREAD_CODES:
 * scored but unread, with nothing extracted), Float64 figures with NaN for null (`decode`: ms
 * from first to last generated token; `reasoningTok`: of outTok; `partial`: code and reference
 * suites' share, scored samples only), and for label suites `gold`/`extracted` as string indices.
 */
export class ModelSamples {
  /** Slots in use. */
  slots = 0;
  /** Items with a record, in the order of their first record. */
  private order: Int32Array;
  private count = 0;
  /** Per item number: the item's first slot (lowest sample), NONE when the model has no record of it. */
  private head: Int32Array;
  next: Int32Array;
  sample: Int32Array;
  correct: Int8Array;
  flags: Uint8Array;
  unread: Uint8Array;
  kind: Int32Array;
  latency: Float64Array;
  ttft: Float64Array;
  decode: Float64Array;
  inTok: Float64Array;
  outTok: Float64Array;
  reasoningTok: Float64Array;
  cost: Float64Array;
  partial: Float64Array;
  gold: Int32Array | null;
  extracted: Int32Array | null;
  /** Error kinds and labels; index 0 is null. */
  private readonly strings: string[] = [''];
  private readonly stringIndex = new Map<string, number>();

  /** `planned`: the records expected (a size hint: the columns start at that size instead of growing to it). */
  constructor(readonly suite: SuiteItems, labels: boolean, planned?: Planned) {
    const items = Math.max(START, planned?.items ?? 0);
    const n = Math.max(START, planned ? planned.items * planned.samples : 0);
    this.order = new Int32Array(items);
    this.head = new Int32Array(items).fill(NONE);
    this.next = new Int32Array(n);
    this.sample = new Int32Array(n);
    this.correct = new Int8Array(n);
    this.flags = new Uint8Array(n);
    this.unread = new Uint8Array(n);
    this.kind = new Int32Array(n);
    this.latency = new Float64Array(n);
    this.ttft = new Float64Array(n);
    this.decode = new Float64Array(n);
    this.inTok = new Float64Array(n);
    this.outTok = new Float64Array(n);
    this.reasoningTok = new Float64Array(n);
    this.cost = new Float64Array(n);
    this.partial = new Float64Array(n);
    this.gold = labels ? new Int32Array(n) : null;
    this.extracted = labels ? new Int32Array(n) : null;
  }

  /** Item numbers with a record, in first-record order (a view: valid until the next add). */
  items(): Int32Array {
    return this.order.subarray(0, this.count);
  }

  has(item: number): boolean {
    return item < this.head.length && this.head[item]! !== NONE;
  }

  /** The item's first slot (lowest sample number), NONE (−1) when none; then `next[slot]`. */
  first(item: number): number {
    return item < this.head.length ? this.head[item]! : NONE;
  }

  /** The item's lowest-numbered scored slot, NONE when no sample is scored. */
  firstScored(item: number): number {
    let s = this.first(item);
    while (s !== NONE && this.correct[s]! < 0) s = this.next[s]!;
    return s;
  }

  str(index: number): string | null {
    return index === 0 ? null : this.strings[index]!;
  }

  errorKind(slot: number): string | null {
    return this.str(this.kind[slot]!);
  }

  private intern(s: string | null): number {
    if (s === null) return 0;
    let k = this.stringIndex.get(s);
    if (k === undefined) {
      k = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, k);
    }
    return k;
  }

  /** The slot of (item, sample): the existing one (overwritten by the caller) or a new one linked in sample order. */
  private slotFor(item: number, sample: number): number {
    if (item >= this.head.length) this.head = grown(this.head, Math.max(item + 1, this.head.length * 2), NONE);
    let prev = NONE;
    let s = this.head[item]!;
    while (s !== NONE && this.sample[s]! < sample) {
      prev = s;
      s = this.next[s]!;
    }
    if (s !== NONE && this.sample[s] === sample) return s;
    if (this.slots === this.next.length) this.growSlots();
    const slot = this.slots++;
    this.sample[slot] = sample;
    this.next[slot] = s;
    if (prev === NONE) {
      if (this.head[item] === NONE) {
        if (this.count === this.order.length) this.order = grown(this.order, this.count * 2);
        this.order[this.count++] = item;
      }
      this.head[item] = slot;
    } else this.next[prev] = slot;
    return slot;
  }

  private growSlots(): void {
    const n = this.next.length * 2;
    this.next = grown(this.next, n);
    this.sample = grown(this.sample, n);
    this.correct = grown(this.correct, n);
    this.flags = grown(this.flags, n);
    this.unread = grown(this.unread, n);
    this.kind = grown(this.kind, n);
    for (const k of ['latency', 'ttft', 'decode', 'inTok', 'outTok', 'reasoningTok', 'cost', 'partial'] as const) this[k] = grown(this[k], n);
    if (this.gold) this.gold = grown(this.gold, n);
    if (this.extracted) this.extracted = grown(this.extracted, n);
  }

  /** Records `r` as sample `sample` of item number `item` (replacing an earlier record of it). */
  add(item: number, sample: number, r: RunRecord): void {
    const s = this.slotFor(item, sample);
    const scored = (r.error === null || r.error === undefined) && typeof r.correct === 'boolean';
    const wrong = scored && r.correct === false;
    this.correct[s] = scored ? (r.correct ? 1 : 0) : -1;
    this.kind[s] = scored ? 0 : this.intern(r.error ? (r.error_kind ?? 'unknown') : 'unscored');
    this.flags[s] = (r.cached === true ? CACHED : 0) | (wrong && r.reason !== null && WITHHELD_REASONS.has(r.reason) ? WITHHELD : 0);
    this.unread[s] = wrong && (r.extracted ?? null) === null && UNREAD.has(r.reason ?? '') ? UNREAD_CODES.indexOf(r.reason as 'no_answer') : 0;
    this.latency[s] = num(r.latency_ms);
    this.ttft[s] = num(r.ttft_ms);
    this.decode[s] = num(r.decode_ms);
    this.inTok[s] = num(r.input_tokens);
    this.outTok[s] = num(r.output_tokens);
    this.reasoningTok[s] = num(r.reasoning_tokens);
    this.cost[s] = num(r.cost_usd);
    this.partial[s] = scored ? num(r.partial) : NaN;
    if (this.gold) this.gold[s] = this.intern(r.gold ?? null);
    if (this.extracted) this.extracted[s] = this.intern(r.extracted ?? null);
  }
}

/** suite → model → its samples (models in the order of their first record). */
export type Accumulated = Map<string, Map<string, ModelSamples>>;

/**
 * Consumes the records once. `keepLabels(suite)` says whether gold/extracted are needed
 * (balanced accuracy, macro-F1); otherwise they are dropped. `planned(suite)`: the records
 * expected per model (a size hint for the columns), when known.
 */
export function accumulate(records: Iterable<RunRecord>, keepLabels: (suite: string) => boolean, planned: (suite: string) => Planned | undefined = () => undefined): Accumulated {
  const acc: Accumulated = new Map();
  const suites = new Map<string, { items: SuiteItems; labels: boolean }>();
  for (const r of records) {
    let suite = suites.get(r.suite);
    if (suite === undefined) suites.set(r.suite, (suite = { items: new SuiteItems(), labels: keepLabels(r.suite) }));
    let bySuite = acc.get(r.suite);
    if (bySuite === undefined) acc.set(r.suite, (bySuite = new Map()));
    let samples = bySuite.get(r.model);
    if (samples === undefined) bySuite.set(r.model, (samples = new ModelSamples(suite.items, suite.labels, planned(r.suite))));
    const sample = Number.isInteger(r.sample) && r.sample >= 0 ? r.sample : 0;
    samples.add(suite.items.intern(r.item_id), sample, r);
  }
  return acc;
}
