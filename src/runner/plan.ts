/**
 * @module runner/plan — items × models × samples → jobs, minus those already
 * recorded (resume) — the cache is consulted later, per job.
 */
import { jobKey } from '../store/records.js';
import { inShard, type Shard } from '../store/shard.js';
import type { ModelSpec } from '../config/types.js';
import type { Item, Suite } from '../suites/types.js';

export interface Job {
  suite: Suite;
  item: Item;
  model: ModelSpec;
  sample: number;
}

export interface Plan {
  /** Pending jobs per model id, in suite/item/sample order. */
  byModel: Map<string, Job[]>;
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

export function planJobs(suites: Suite[], models: ModelSpec[], samples: number, limit: number | null, done: ReadonlySet<string>, shard?: Shard): Plan {
  const byModel = new Map<string, Job[]>();
  let total = 0;
  let alreadyDone = 0;
  const items = new Map(suites.map((s) => [s.name, runItems(s, limit, shard)]));
  for (const model of models) {
    const jobs: Job[] = [];
    for (const suite of suites) {
      for (const item of items.get(suite.name)!) {
        for (let sample = 0; sample < samples; sample++) {
          total++;
          if (done.has(jobKey({ suite: suite.name, item_id: item.id, model: model.id, sample }))) {
            alreadyDone++;
            continue;
          }
          jobs.push({ suite, item, model, sample });
        }
      }
    }
    byModel.set(model.id, jobs);
  }
  return { byModel, total, alreadyDone };
}
