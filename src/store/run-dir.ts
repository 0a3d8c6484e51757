/**
 * @module store/run-dir — a run folder: `<out>/<run_id>/` with manifest.json,
 * records.jsonl, a snapshot of each suite (so reports can be rebuilt from the
 * folder alone), and the report files. Created owner-only (0700).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../errors.js';
import { redactDeep } from '../secrets.js';
import { writeFileAtomic } from './atomic.js';
import { redact } from '../secrets.js';
import { BENCH_VERSION } from '../version.js';
import { fingerprintOf } from './fingerprint.js';
import { SCHEMA_VERSION, type Manifest, type ManifestSelection, type ManifestShard } from './types.js';
import { publicModelSpec, type ModelSpec, type PublicModelSpec } from '../config/types.js';
import type { Suite } from '../suites/types.js';
import { SCORER_VERSIONS } from '../scorers/types.js';

export const MANIFEST = 'manifest.json';
export const RECORDS = 'records.jsonl';
export const SUMMARY = 'summary.json';

/** `YYYYMMDD-HHMMSS-mmm-xxxx` (UTC, milliseconds, random): run ids sort by start time. */
export function newRunId(now = new Date()): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const stamp = `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}-${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}-${p(now.getUTCMilliseconds(), 3)}`;
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}

export function createRunDir(out: string, runId: string): string {
  fs.mkdirSync(out, { recursive: true, mode: 0o700 });
  const dir = path.join(out, runId);
  fs.mkdirSync(dir, { mode: 0o700 });
  return dir;
}

/** A model spec as it may be written: without its key value, header values masked. */
export function publicSpec(m: ModelSpec): PublicModelSpec {
  return publicModelSpec(m);
}

export interface ManifestInput {
  runId: string;
  suites: Suite[];
  models: ModelSpec[];
  /** The command line (redacted here); empty for a run started from code. */
  command: string[];
  seed: number;
  samples: number;
  limit: number | null;
  /** `fingerprintParts(…)` of this run. */
  fingerprintParts: Record<string, string>;
  /** Probe specs (`rotate=3`…), when the run asks any. */
  probes?: string[];
  /** [shards] The shard this folder holds. */
  shard?: ManifestShard;
  /** The item selection (`--item`, `--filter`, `--sample`, `--failed-from`). */
  selection?: ManifestSelection;
  startedAt?: Date;
}

/** The manifest of a new run, status `running` (keys never in it: names of their variables only). */
export function buildManifest(x: ManifestInput): Manifest {
  const { limit } = x;
  return {
    schema_version: SCHEMA_VERSION,
    run_id: x.runId,
    started_at: (x.startedAt ?? new Date()).toISOString(),
    finished_at: null,
    status: 'running',
    bench_version: BENCH_VERSION,
    node_version: process.version,
    platform: `${process.platform}-${process.arch}`,
    command: x.command.map(redact),
    seed: x.seed,
    samples: x.samples,
    limit,
    suites: x.suites.map((s) => ({
      name: s.name, version: s.version, domain: s.domain, metric: s.metric, hash: s.hash,
      ...(s.secondary_metrics ? { secondary_metrics: s.secondary_metrics } : {}),
      items: limit === null ? s.items.length : Math.min(limit, s.items.length),
      path: s.dir, scorer: s.scorer.type, k: s.scorer.k, labels: s.scorer.labels,
      ...(s.scorer.type === 'code' ? { isolation: s.scorer.isolation ?? (s.scorer.options as { isolation?: 'in_process' } | undefined)?.isolation ?? 'checker' } : {}),
      ...(s.source ? { source: s.source } : {}),
    })),
    models: x.models.map(publicSpec),
    ...(x.probes?.length ? { probes: x.probes } : {}),
    fingerprint: fingerprintOf(x.fingerprintParts),
    fingerprint_parts: x.fingerprintParts,
    env_vars: [...new Set(x.models.map((m) => m.api_key_env).filter((v): v is string => Boolean(v)))],
    ...(x.shard ? { shard: x.shard } : {}),
    ...(x.selection ? { selection: x.selection } : {}),
    scorer_versions: Object.fromEntries([...new Set(x.suites.map((s) => s.scorer.type))].map((t) => [t, SCORER_VERSIONS[t] ?? 'unknown'])),
  };
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(path.join(dir, MANIFEST), JSON.stringify(redactDeep(manifest), null, 2) + '\n');
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) {
    if (fs.existsSync(path.join(dir, '.lock')) && !fs.existsSync(path.join(dir, RECORDS))) {
      // Killed between creating the folder and writing its manifest: nothing was recorded yet.
      throw new InputError(`${dir} was stopped before its run began (no ${MANIFEST}, no records): there is nothing to resume; run the same command without --resume.`);
    }
    throw new InputError(`${dir} is not a bench run folder (no ${MANIFEST}). Pass a folder under results/, e.g. results/<run_id>.`);
  }
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    throw new InputError(`${file}: not valid JSON; the run folder is damaged.`);
  }
}

/** Copies suite.yaml and the items file into `<run>/suites/<name>/`. */
export function snapshotSuite(dir: string, suite: Suite): string {
  const target = path.join(dir, 'suites', suite.name);
  fs.mkdirSync(target, { recursive: true, mode: 0o700 });
  for (const f of fs.readdirSync(suite.dir)) {
    const src = path.join(suite.dir, f);
    if (!fs.statSync(src).isFile() || !(f === 'suite.yaml' || f.endsWith('.jsonl'))) continue;
    // copyFile keeps the source's mode (often 0644): the run folder stays owner-only.
    fs.copyFileSync(src, path.join(target, f));
    fs.chmodSync(path.join(target, f), 0o600);
  }
  return target;
}

/** Newest run folders first (run ids sort by time). */
export function listRunDirs(out: string): string[] {
  if (!fs.existsSync(out)) return [];
  return fs
    .readdirSync(out, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(out, d.name, MANIFEST)))
    .map((d) => path.join(out, d.name))
    .sort()
    .reverse();
}
