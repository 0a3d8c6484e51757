/**
 * @module stats/aggregate — one streaming pass over records into small per-item states.
 *
 * Keeps, per (suite, model, item, sample), only what the summary needs (correctness, timings,
 * tokens, cost, and for label suites the gold and extracted label): never `output`, so 100 000
 * records stay in a few tens of MB. A later record for the same (suite, model, item, sample)
 * replaces an earlier one (a resumed run retries errored items), so nothing counts twice.
 */
import { WITHHELD_REASONS } from '../scorers/withheld.js';
import type { RunRecord } from '../store/types.js';

export interface SampleState {
  /** null: not scored (endpoint error, or no score). */
  correct: boolean | null;
  errorKind: string | null;
  latency: number | null;
  ttft: number | null;
  /** ms from first to last generated token (see RunRecord.decode_ms). */
  decode: number | null;
  inTok: number | null;
  outTok: number | null;
  /** Of outTok, reasoning tokens (null: not reported). */
  reasoningTok?: number | null;
  cost: number | null;
  cached: boolean;
  /** Not correct because the model withheld its answer (reason refused / no_text). */
  withheld: boolean;
  gold: string | null;
  extracted: string | null;
  /** Scored but unread: `no_answer`, `ambiguous` or `truncated`; null otherwise. */
  unread: string | null;
  /** Code suites: share of the item's test cases passed (record `partial`); null when absent. */
  partial: number | null;
}

/** suite → model → item_id → samples (index = sample number). */
export type Accumulated = Map<string, Map<string, Map<string, (SampleState | undefined)[]>>>;

function getOrSet<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) {
    v = make();
    m.set(k, v);
  }
  return v;
}

/** Reasons that mean the scorer could not read an answer from the reply. */
export const UNREAD = new Set(['no_answer', 'ambiguous', 'truncated']);

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Consumes the records once. `keepLabels(suite)` says whether gold/extracted are needed
 * (balanced accuracy, macro-F1); otherwise they are dropped.
 */
export function accumulate(records: Iterable<RunRecord>, keepLabels: (suite: string) => boolean): Accumulated {
  const acc: Accumulated = new Map();
  const labelSuites = new Map<string, boolean>();
  for (const r of records) {
    const bySuite = getOrSet(acc, r.suite, () => new Map());
    const byModel = getOrSet(bySuite, r.model, () => new Map());
    const labels = getOrSet(labelSuites, r.suite, () => keepLabels(r.suite));
    const scored = (r.error === null || r.error === undefined) && typeof r.correct === 'boolean';
    const sample = Number.isInteger(r.sample) && r.sample >= 0 ? r.sample : 0;
    const state: SampleState = {
      correct: scored ? r.correct === true : null,
      errorKind: scored ? null : r.error ? (r.error_kind ?? 'unknown') : 'unscored',
      latency: num(r.latency_ms),
      ttft: num(r.ttft_ms),
      decode: num(r.decode_ms),
      inTok: num(r.input_tokens),
      outTok: num(r.output_tokens),
      reasoningTok: num(r.reasoning_tokens),
      cost: num(r.cost_usd),
      cached: r.cached === true,
      withheld: scored && r.correct === false && r.reason !== null && WITHHELD_REASONS.has(r.reason),
      gold: labels ? (r.gold ?? null) : null,
      extracted: labels ? (r.extracted ?? null) : null,
      unread: scored && r.correct === false && (r.extracted ?? null) === null && UNREAD.has(r.reason ?? '') ? r.reason! : null,
      partial: scored ? num(r.partial) : null,
    };
    // One array per item: `[state]` holds one slot, where `[]` then `[0] =` makes room for 17 (≈ 130 bytes
    // an item, most of the pass's arrays at 100,000 records).
    const samples = byModel.get(r.item_id);
    if (samples !== undefined) samples[sample] = state;
    else if (sample === 0) byModel.set(r.item_id, [state]);
    else {
      const fresh: (SampleState | undefined)[] = new Array(sample + 1);
      fresh[sample] = state;
      byModel.set(r.item_id, fresh);
    }
  }
  return acc;
}

/** Per-item reduction: scored samples n, passing samples c, sample 0 and first scored sample. */
export interface ItemStat {
  id: string;
  n: number;
  c: number;
  /** Sample 0's correctness; null when sample 0 was not scored. */
  s0: boolean | null;
  /** The lowest-numbered scored sample. */
  first: SampleState | null;
  cost: number;
  /** Mean `partial` over the scored samples that carry one; null when none does. */
  partial: number | null;
}

export function reduceItems(items: Map<string, (SampleState | undefined)[]>): ItemStat[] {
  const out: ItemStat[] = [];
  for (const [id, samples] of items) {
    let n = 0;
    let c = 0;
    let cost = 0;
    let first: SampleState | null = null;
    let pSum = 0;
    let pN = 0;
    for (const s of samples) {
      if (!s) continue;
      cost += s.cost ?? 0;
      if (s.correct === null) continue;
      n++;
      if (s.correct) c++;
      first ??= s;
      if (s.partial !== null) { pSum += s.partial; pN++; }
    }
    const s0 = samples[0];
    out.push({ id, n, c, s0: s0 && s0.correct !== null ? s0.correct : null, first, cost, partial: pN > 0 ? pSum / pN : null });
  }
  // Item order fixes the bootstrap's draws: sort so record order never changes a figure.
  return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
