/**
 * @module stats/shared — what "the shared items" of two runs means, once, for the baseline
 * check (stats/regression) and `bench compare` (reports/compare).
 *
 * Records are folded per (suite, model, item) into an `ItemOutcome`; two runs' outcomes of the
 * same (suite, model) are paired by item id AND prompt hash. An item whose prompt changed
 * between the runs (an edited question, other choices, a new template) is `changed` and never
 * paired: its difference would be the edit, not the model. Probe variants (`variant` set) are
 * the probes' own business and are left out here. Pure; records are streamed once.
 */
import type { RunRecord } from '../store/types.js';
import { compareIds, orderedSum } from './id-order.js';

/** One (suite, model, item) of a run, over its samples. */
export interface ItemOutcome {
  /** The prompt hash of the item's records. */
  hash: string;
  /** Samples scored (no endpoint error). */
  scored: number;
  correct: number;
  /** Sample 0's correctness when it was scored, else null. */
  s0: boolean | null;
  /** Samples that ended in an endpoint error. */
  errors: number;
  /** Latencies of the non-cached scored samples, ms. */
  latency: number[];
  /** Σ of its samples' costs, taken in value order (stats/id-order): the same bits whatever order the samples finished in. */
  cost: number;
  costKnown: boolean;
}

/** `suite \0 model` → item id → outcome. */
export type ItemTable = Map<string, Map<string, ItemOutcome>>;

export const rowKey = (suite: string, model: string): string => `${suite}\u0000${model}`;

/** Folds a run's records (main records only) into per-item outcomes. */
export function itemTable(records: Iterable<RunRecord>): ItemTable {
  const rows: ItemTable = new Map();
  // Items with several costs: every one of them, summed once all are in (two terms commute; three may not).
  const costs = new Map<ItemOutcome, number[]>();
  for (const r of records) {
    if (r.variant) continue;
    const key = rowKey(r.suite, r.model);
    let items = rows.get(key);
    if (!items) rows.set(key, (items = new Map()));
    let a = items.get(r.item_id);
    if (!a) items.set(r.item_id, (a = { hash: r.prompt_hash, scored: 0, correct: 0, s0: null, errors: 0, latency: [], cost: 0, costKnown: false }));
    if (r.error !== null || r.correct === null) {
      a.errors++;
      continue;
    }
    a.scored++;
    if (r.correct) a.correct++;
    if (r.sample === 0) a.s0 = r.correct;
    if (!r.cached && typeof r.latency_ms === 'number') a.latency.push(r.latency_ms);
    if (typeof r.cost_usd !== 'number') continue;
    if (!a.costKnown) {
      a.cost = r.cost_usd;
      a.costKnown = true;
    } else {
      let xs = costs.get(a);
      if (!xs) costs.set(a, (xs = [a.cost]));
      xs.push(r.cost_usd);
    }
  }
  for (const [a, xs] of costs) a.cost = orderedSum(xs);
  return rows;
}

/** Two runs' items of one (suite, model), paired. */
export interface SharedItems {
  /** Same id, same prompt, scored in both (per `scoredIn`): [id, outcome in A, outcome in B], in ascending id order (stats/id-order), so sums over them do not depend on record order. */
  pairs: Array<[string, ItemOutcome, ItemOutcome]>;
  /** Same id and prompt, but not scored in one run or both (endpoint errors). */
  unscored: number;
  /** Same id, different prompt: edited between the runs, never paired. */
  changed: string[];
  /** Ids in one run only (added, removed, or cut by `limit`). */
  onlyA: number;
  onlyB: number;
}

/**
 * Pairs two runs' outcomes of one (suite, model). `scoredIn` says when an item counts as
 * scored in a run: by default any scored sample; `bench compare` asks for sample 0.
 */
export function sharedItems(
  a: ReadonlyMap<string, ItemOutcome> | undefined,
  b: ReadonlyMap<string, ItemOutcome> | undefined,
  scoredIn: (x: ItemOutcome) => boolean = (x) => x.scored > 0,
): SharedItems {
  const out: SharedItems = { pairs: [], unscored: 0, changed: [], onlyA: 0, onlyB: 0 };
  const A = a ?? new Map<string, ItemOutcome>();
  const B = b ?? new Map<string, ItemOutcome>();
  for (const [id, x] of A) {
    const y = B.get(id);
    if (!y) out.onlyA++;
    else if (y.hash !== x.hash) out.changed.push(id);
    else if (scoredIn(x) && scoredIn(y)) out.pairs.push([id, x, y]);
    else out.unscored++;
  }
  for (const id of B.keys()) if (!A.has(id)) out.onlyB++;
  out.pairs.sort((x, y) => compareIds(x[0], y[0]));
  return out;
}

/** Items not paired for a reason other than errors: edited, added or removed. */
export function itemsDiffer(s: SharedItems): number {
  return s.changed.length + s.onlyA + s.onlyB;
}
