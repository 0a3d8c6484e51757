/**
 * @module runner/past-usage — what earlier runs of the same suite and model measured: mean
 * output tokens and mean latency per request, for `--dry-run`'s estimates. Read from the run
 * folders under the results folder (the history store is built from the same folders, and keeps
 * no token counts): the newest run that ran the suite (by name) with the same model config (its
 * fingerprint part `model:<id>`: provider, model, endpoint, params, price). Read only.
 */
import path from 'node:path';
import { readRecords } from '../store/records.js';
import { listRunDirs, readManifest, RECORDS } from '../store/run-dir.js';

export interface PastUsage {
  /** The run the figures come from. */
  run_id: string;
  /** Scored requests measured (not errors). */
  requests: number;
  /** Mean output tokens per request; null when the endpoint reported none. */
  output_tokens_mean: number | null;
  /** Mean latency per request sent (cache hits left out); null when every one was cached. */
  latency_ms_mean: number | null;
}

export interface UsageWanted {
  suite: string;
  model: string;
  /** This run's `model:<id>` fingerprint part. */
  modelPart: string;
}

/** Run folders looked at, newest first: enough for a results folder's recent past, bounded for a huge one. */
const MAX_RUNS = 50;

const keyOf = (suite: string, model: string): string => `${suite}\0${model}`;

/** Per `suite \0 model`, the figures of the newest earlier run that has them. */
export function pastUsage(out: string, wanted: UsageWanted[]): Map<string, PastUsage> {
  const found = new Map<string, PastUsage>();
  const open = new Map(wanted.map((w) => [keyOf(w.suite, w.model), w]));
  for (const dir of listRunDirs(path.resolve(out)).slice(0, MAX_RUNS)) {
    if (open.size === 0) break;
    let manifest;
    try {
      manifest = readManifest(dir);
    } catch {
      continue;
    }
    const here = new Set<string>();
    for (const s of manifest.suites) {
      for (const m of manifest.models) {
        const w = open.get(keyOf(s.name, m.id));
        if (w && manifest.fingerprint_parts?.[`model:${m.id}`] === w.modelPart) here.add(keyOf(s.name, m.id));
      }
    }
    if (!here.size) continue;
    const acc = new Map<string, { n: number; tokN: number; tok: number; latN: number; lat: number }>();
    try {
      for (const r of readRecords(path.join(dir, RECORDS), { dropOutput: true, onTorn: () => undefined })) {
        const k = keyOf(r.suite, r.model);
        if (!here.has(k) || r.error !== null) continue;
        const a = acc.get(k) ?? { n: 0, tokN: 0, tok: 0, latN: 0, lat: 0 };
        a.n++;
        if (typeof r.output_tokens === 'number') {
          a.tokN++;
          a.tok += r.output_tokens;
        }
        if (!r.cached && typeof r.latency_ms === 'number') {
          a.latN++;
          a.lat += r.latency_ms;
        }
        acc.set(k, a);
      }
    } catch {
      continue; // a damaged run folder: look further back
    }
    for (const [k, a] of acc) {
      if (a.n === 0) continue;
      found.set(k, { run_id: manifest.run_id, requests: a.n, output_tokens_mean: a.tokN ? a.tok / a.tokN : null, latency_ms_mean: a.latN ? a.lat / a.latN : null });
      open.delete(k);
    }
  }
  return found;
}
