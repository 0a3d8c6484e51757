/**
 * @module stats/replicas — per replica of a model (`base_url` as a list): requests answered,
 * failed attempts, and latency/TTFT percentiles (type 7) of the answers it gave that were not
 * served from the cache. One pass over the records; like the rest of the summary it depends on
 * the records alone, so a merged run of shards gives the same figures.
 */
import type { ReplicaRow, RunRecord } from '../store/types.js';
import { percentiles } from './percentile.js';

interface Acc {
  answered: number;
  errors: number;
  latency: number[];
  ttft: number[];
}

export function replicaRows(records: Iterable<RunRecord>): ReplicaRow[] {
  const by = new Map<string, Acc>();
  const get = (model: string, replica: string): Acc => {
    const k = `${model}\u0000${replica}`;
    let a = by.get(k);
    if (!a) by.set(k, (a = { answered: 0, errors: 0, latency: [], ttft: [] }));
    return a;
  };
  for (const r of records) {
    for (const [replica, n] of Object.entries(r.replica_errors ?? {})) get(r.model, replica).errors += n;
    if (r.replica === undefined || r.error !== null || r.cached) continue;
    const a = get(r.model, r.replica);
    a.answered++;
    if (typeof r.latency_ms === 'number') a.latency.push(r.latency_ms);
    if (typeof r.ttft_ms === 'number') a.ttft.push(r.ttft_ms);
  }
  const rows: ReplicaRow[] = [];
  for (const [k, a] of by) {
    const [model, replica] = k.split('\u0000') as [string, string];
    const [l50, l95] = percentiles(a.latency, [0.5, 0.95]);
    const [t50] = percentiles(a.ttft, [0.5]);
    rows.push({ model, replica, answered: a.answered, errors: a.errors, latency_ms_p50: l50 ?? null, latency_ms_p95: l95 ?? null, ttft_ms_p50: t50 ?? null });
  }
  return rows.sort((x, y) => (x.model === y.model ? (x.replica < y.replica ? -1 : 1) : x.model < y.model ? -1 : 1));
}
