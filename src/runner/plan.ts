/**
 * @module runner/plan — items × models × samples → jobs, minus those already
 * recorded (resume) — the cache is consulted later, per job.
 */
import { jobKey } from '../store/records.js';
import { inShard, type Shard } from '../store/shard.js';
import type { ModelSpec } from '../config/types.js';
import type { Item, Suite } from '../suites/types.js';
import type { Annotate, Probe, VariantSpec } from './probes.js';
import type { LikelihoodPrompt } from '../suites/likelihood.js';

export interface Job {
  suite: Suite;
  /** The item as asked (a probe's variant of it when `variant` is set; its id is the original's). */
  item: Item;
  model: ModelSpec;
  sample: number;
  /** A probe's variant (`rot1`, …); absent for the item as written. */
  variant?: string;
  /** Fields the record gains once the answer is read (probes). */
  annotate?: Annotate;
  /** Likelihood scoring: the options' log-likelihoods are asked instead of an answer. */
  likelihood?: LikelihoodPrompt;
}

/**
 * A model's pending jobs, made one at a time as they are iterated (each iteration makes them
 * anew): a run keeps only its in-flight window of job objects, not one per job for the whole run.
 */
export interface Jobs extends Iterable<Job> {
  /** Pending jobs. */
  readonly length: number;
}

export interface Plan {
  /** Pending jobs per model id, in suite/item/sample order. */
  byModel: Map<string, Jobs>;
  /**
   * Suite name → the items the jobs are made from, read on each iteration of `byModel`: the
   * run may put the same items read from disk in place of the array (runner/item-index).
   */
  items: Map<string, Iterable<Item>>;
  total: number;
  alreadyDone: number;
}

export function limitItems(suite: Suite, limit: number | null): Item[] {
  return limit === null ? suite.items : suite.items.slice(0, limit);
}

/** The items this process runs: the first `limit` (the whole run's), then those of `shard`. */
export function runItems(suite: Suite, limit: number | null, shard?: Shard): Item[] {
  const items = limitItems(suite, limit);
  return shard ? items.filter((item) => inShard(shard, suite.name, item.id)) : items;
}

/** Suite name → the items this process runs (`runItems`), selected once for the plan and the manifest. */
export function runItemsBySuite(suites: readonly Suite[], limit: number | null, shard?: Shard): Map<string, Item[]> {
  return new Map(suites.map((s) => [s.name, runItems(s, limit, shard)]));
}

/**
 * The walk's position: one object per walk, updated in place at each candidate job (no object
 * or closure per candidate); `jobOf` and `keyOf` read it. `variant` is set for a probe's variant.
 */
interface Cursor {
  suite: Suite;
  item: Item;
  sample: number;
  /** The item's annotation (probes), for its sample 0 as written. */
  annotate: Annotate | undefined;
  variant: VariantSpec | undefined;
}

/** Every job of the plan in suite/item/sample order (variants after their item as written), pending or not, as the moving cursor. */
function* candidates(suites: readonly Suite[], items: Map<string, Iterable<Item>>, samples: number, probes: readonly Probe[]): Generator<Cursor> {
  for (const suite of suites) {
    const at: Cursor = { suite, item: undefined as unknown as Item, sample: 0, annotate: undefined, variant: undefined };
    for (const item of items.get(suite.name)!) {
      at.item = item;
      at.variant = undefined;
      at.annotate = probes.length ? mainAnnotation(probes, suite, item) : undefined;
      for (let sample = 0; sample < samples; sample++) {
        at.sample = sample;
        yield at;
      }
      // Probe variants: sample 0 only, after the item as written.
      at.sample = 0;
      for (const probe of probes) {
        for (const v of probe.variants(suite, item)) {
          at.variant = v;
          yield at;
        }
      }
    }
  }
}

/** The job key of the cursor's job (`jobKey`). */
function keyOf(at: Cursor, model: ModelSpec): string {
  return jobKey({ suite: at.suite.name, item_id: at.item.id, model: model.id, sample: at.sample, ...(at.variant && { variant: at.variant.variant }) });
}

/** The cursor's job, made. */
function jobOf(at: Cursor, model: ModelSpec): Job {
  const { suite, item, sample, annotate, variant: v } = at;
  if (v === undefined) return annotate && sample === 0 ? { suite, item, model, sample, annotate } : { suite, item, model, sample };
  return { suite: v.suite ?? suite, item: v.item, model, sample: 0, variant: v.variant, ...(v.annotate ? { annotate: v.annotate } : {}), ...(v.likelihood ? { likelihood: v.likelihood } : {}) };
}

/**
 * `only`: plan just these job keys (`--retry-errors`); the others are not part of the run's work.
 * One pass over the candidates marks the pending ones in a bitmap (so neither `done` nor `only`
 * is held through the run); each iteration of a model's `Jobs` walks the candidates again and
 * makes the marked ones. `selected`: the items, already selected (`runItemsBySuite`) with the same
 * `limit` and `shard`, so a caller that also counts them selects them once.
 */
export function planJobs(suites: Suite[], models: ModelSpec[], samples: number, limit: number | null, done: ReadonlySet<string>, shard?: Shard, probes: readonly Probe[] = [], only?: ReadonlySet<string>, selected?: Map<string, Item[]>): Plan {
  const byModel = new Map<string, Jobs>();
  let total = 0;
  let alreadyDone = 0;
  const items: Map<string, Iterable<Item>> = selected ?? runItemsBySuite(suites, limit, shard);
  // A new run's plan (nothing done, no retry) needs no key: every candidate is pending.
  const keyed = only !== undefined || done.size > 0;
  for (const model of models) {
    let pending = new Uint8Array(1024);
    let n = 0;
    let length = 0;
    for (const at of candidates(suites, items, samples, probes)) {
      const k = n++;
      if (keyed) {
        const key = keyOf(at, model);
        if (only && !only.has(key)) continue;
        total++;
        if (done.has(key)) {
          alreadyDone++;
          continue;
        }
      } else total++;
      if (k >> 3 >= pending.length) {
        const grown = new Uint8Array(pending.length * 2);
        grown.set(pending);
        pending = grown;
      }
      pending[k >> 3]! |= 1 << (k & 7);
      length++;
    }
    const marked = pending;
    byModel.set(model.id, {
      length,
      *[Symbol.iterator]() {
        let k = 0;
        for (const at of candidates(suites, items, samples, probes)) {
          if (marked[k >> 3]! & (1 << (k & 7))) yield jobOf(at, model);
          k++;
        }
      },
    });
  }
  return { byModel, items, total, alreadyDone };
}

function mainAnnotation(probes: readonly Probe[], suite: Suite, item: Item): Annotate | undefined {
  const fns = probes.map((p) => p.annotateMain?.(suite, item)).filter((f): f is Annotate => f !== undefined);
  if (fns.length === 0) return undefined;
  return (extracted) => Object.assign({}, ...fns.map((f) => f(extracted)));
}
