/**
 * @module cli/commands/run — `bench run`: validate everything, then plan,
 * execute, record, summarise and report. Bad input is caught before the run
 * folder exists, so a failed start leaves nothing half-written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../errors.js';
import { registerSecret, registerUrlSecrets, redact } from '../../secrets.js';
import { BENCH_VERSION } from '../../version.js';
import { loadModels } from '../../config/load.js';
import { loadSuite } from '../../suites/load.js';
import { byFieldError } from '../../suites/slices.js';
import { createProvider } from '../../providers/index.js';
import { createScorer } from '../../scorers/index.js';
import { planJobs, runItems } from '../../runner/plan.js';
import { parseShard, shardLabel, type Shard } from '../../store/shard.js';
import { parseProbes } from '../../runner/probes.js';
import { executeRun } from '../../runner/execute.js';
import { defaultRetryPolicy } from '../../runner/retry.js';
import { ResponseCache } from '../../store/cache.js';
import { RunLock } from '../../store/lock.js';
import { RecordWriter, readRecords, setAsideTornTail, jobKey, serializeRecord } from '../../store/records.js';
import { createRunDir, newRunId, readManifest, snapshotSuite, writeManifest, RECORDS } from '../../store/run-dir.js';
import { diffParts, fingerprintOf, fingerprintParts } from '../../store/fingerprint.js';
import { SCHEMA_VERSION, type Manifest } from '../../store/types.js';
import { createProgress } from '../progress.js';
import { resolveTasksDir } from '../tasks-dir.js';
import { publicModelSpec, type ModelSpec, type PublicModelSpec } from '../../config/types.js';
import type { Provider } from '../../providers/types.js';
import type { Scorer } from '../../scorers/types.js';
import type { Suite } from '../../suites/types.js';

export interface RunOptions {
  suite: string[];
  models: string;
  model?: string[];
  out: string;
  samples: number;
  limit?: number;
  concurrency?: number;
  resume?: string;
  baseline?: string;
  maxDrop?: number;
  maxLatencyIncrease?: number;
  maxCostIncrease?: number;
  margin: number;
  seed: number;
  workers?: number;
  unsafeNoSandbox?: boolean;
  format?: string;
  /** Slice the reports by this item field instead of the suites' own `slices`. */
  by?: string;
  wide?: boolean;
  tasks: string;
  cache: boolean;
  progress: boolean;
  /** [shards] `i/n` or `env` (with `shards`). */
  shard?: string;
  shards?: number;
  /** `--probe` values, e.g. `rotate=3`. */
  probe?: string[];
}

export function publicSpec(m: ModelSpec): PublicModelSpec {
  return publicModelSpec(m);
}

async function loadInputs(opts: RunOptions): Promise<{ models: ModelSpec[]; suites: Suite[]; shard?: Shard }> {
  if (opts.format !== undefined && opts.format !== 'github') {
    throw new InputError(`--format: expected "github", got "${opts.format}"`);
  }
  const shard = opts.shard !== undefined || opts.shards !== undefined ? parseShard(opts.shard ?? '', opts.shards) : undefined;
  if (shard && opts.baseline !== undefined) {
    throw new InputError('--baseline: a shard holds part of the run; check the merged run instead: bench merge <shard dirs…> --baseline …');
  }
  let models = await loadModels(opts.models);
  for (const m of models) {
    registerSecret(m.api_key);
    registerUrlSecrets(m.base_url);
    for (const value of Object.values(m.headers ?? {})) registerSecret(value);
  }
  if (opts.model?.length) {
    const known = new Map(models.map((m) => [m.id, m]));
    const unknown = opts.model.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new InputError(`--model: no model with id ${unknown.map((u) => `"${u}"`).join(', ')} in ${opts.models}; known ids: ${[...known.keys()].join(', ')}`);
    }
    models = opts.model.map((id) => known.get(id)!);
  }
  if (opts.concurrency) models = models.map((m) => ({ ...m, concurrency: opts.concurrency! }));
  const tasksDir = resolveTasksDir(opts.tasks);
  const suites: Suite[] = [];
  for (const s of opts.suite) suites.push(await loadSuite(s, { tasksDir }));
  const names = suites.map((s) => s.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new InputError(`--suite: suite "${dup}" given twice`);
  const byError = opts.by === undefined ? null : byFieldError(suites, opts.by);
  if (byError) throw new InputError(byError);
  // A bad baseline or bench.config.yaml is bad input: say so before any request.
  if (opts.baseline !== undefined) await (await import('../baseline.js')).preflightBaseline(opts);
  return { models, suites, shard };
}

export async function runCommand(opts: RunOptions): Promise<void> {
  const { models, suites, shard } = await loadInputs(opts);
  const probes = parseProbes(opts.probe ?? []);
  const limit = opts.limit ?? null;
  const parts = fingerprintParts({
    benchVersion: BENCH_VERSION,
    suites: suites.map((s) => ({ name: s.name, hash: s.hash })),
    models: models.map(publicSpec),
    samples: opts.samples,
    limit,
    seed: opts.seed,
    probes: probes.map((p) => p.spec),
  });

  // Resume: check before touching anything.
  let runDir = opts.resume ? path.resolve(opts.resume) : '';
  let manifest: Manifest | undefined;
  if (opts.resume) {
    manifest = readManifest(runDir);
    const changed = diffParts(manifest.fingerprint_parts, parts);
    const was = manifest.shard ? shardLabel(manifest.shard) : 'none';
    const now = shard ? shardLabel(shard) : 'none';
    if (was !== now) changed.push(`shard: ${was} → ${now}`);
    if (changed.length) {
      throw new InputError(`cannot resume ${runDir}: the run changed since it started:\n  - ${changed.join('\n  - ')}\nRun the same command without --resume to start a new run.`);
    }
  }

  // Scorers and providers before the run folder: a missing sandbox or model file is bad input.
  const scorers = new Map<string, Scorer>();
  const providers = new Map<string, Provider>();
  const closeAll = async () => {
    await Promise.allSettled([...providers.values()].map((p) => p.close?.()));
    await Promise.allSettled([...scorers.values()].map((s) => s.close?.()));
  };
  try {
    for (const suite of suites) {
      scorers.set(suite.name, await createScorer({ ...suite.scorer, workers: opts.workers, unsafe_no_sandbox: opts.unsafeNoSandbox === true }, suite));
    }
    for (const m of models) providers.set(m.id, await createProvider(m));
  } catch (e) {
    await closeAll();
    throw e;
  }

  const out = opts.resume ? path.dirname(runDir) : path.resolve(opts.out);
  let lock: ReturnType<typeof RunLock.acquire>;
  const done = new Set<string>();
  if (opts.resume) {
    lock = RunLock.acquire(runDir);
    if (lock.staleTakenOver) process.stderr.write(`warning: ${runDir}: took over a lock left by a process that no longer runs\n`);
    const recordsFile = path.join(runDir, RECORDS);
    const torn = setAsideTornTail(recordsFile);
    if (torn) process.stderr.write(`warning: ${recordsFile}: a torn last line (${torn} bytes, from a crash) was set aside in ${RECORDS}.torn\n`);
    compactErrors(recordsFile, done);
    manifest = { ...manifest!, status: 'running', finished_at: null };
  } else {
    const runId = newRunId();
    runDir = createRunDir(out, runId);
    lock = RunLock.acquire(runDir);
    manifest = {
      schema_version: SCHEMA_VERSION,
      run_id: runId,
      started_at: new Date().toISOString(),
      finished_at: null,
      status: 'running',
      bench_version: BENCH_VERSION,
      node_version: process.version,
      platform: `${process.platform}-${process.arch}`,
      command: process.argv.slice(2).map(redact),
      seed: opts.seed,
      samples: opts.samples,
      limit,
      suites: suites.map((s) => ({
        name: s.name, version: s.version, domain: s.domain, metric: s.metric, hash: s.hash,
        ...(s.secondary_metrics ? { secondary_metrics: s.secondary_metrics } : {}),
        items: limit === null ? s.items.length : Math.min(limit, s.items.length),
        path: s.dir, scorer: s.scorer.type, k: s.scorer.k, labels: s.scorer.labels,
        ...(s.source ? { source: s.source } : {}),
      })),
      models: models.map(publicSpec),
      ...(probes.length ? { probes: probes.map((p) => p.spec) } : {}),
      fingerprint: fingerprintOf(parts),
      fingerprint_parts: parts,
      env_vars: [...new Set(models.map((m) => m.api_key_env).filter((v): v is string => Boolean(v)))],
      ...(shard ? { shard: { ...shard, items: suites.reduce((n, s) => n + runItems(s, limit, shard).length, 0) } } : {}),
    };
    for (const s of suites) snapshotSuite(runDir, s);
  }
  await writeManifest(runDir, manifest);

  const cache = opts.cache ? await ResponseCache.open(path.join(out, '.cache')) : null;
  for (const w of cache?.warnings ?? []) process.stderr.write(`warning: ${w}\n`);
  const plan = planJobs(suites, models, opts.samples, limit, done, shard, probes);
  const progress = createProgress({ total: plan.total, done: plan.alreadyDone, enabled: opts.progress });
  if (opts.resume) progress.log(`resuming ${runDir}: ${plan.alreadyDone} of ${plan.total} already recorded`);
  else progress.log(`run ${manifest.run_id}: ${plan.total} jobs (${suites.length} suite(s) × ${models.length} model(s)${shard ? `, shard ${shardLabel(shard)}` : ''}) → ${runDir}`);

  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    interrupts++;
    if (interrupts === 1) {
      progress.log(`${sig}: stopping — finishing in-flight requests (up to 5 s); press Ctrl-C again to quit now`);
      controller.abort(new Error(sig));
    } else {
      process.stderr.write('\nbench: quit at once; finished records are on disk; resume with --resume\n');
      process.exit(3);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const writer = new RecordWriter(path.join(runDir, RECORDS));
  let result;
  try {
    result = await executeRun({
      jobsByModel: plan.byModel,
      providers,
      scorers,
      cache,
      write: (r) => writer.append(r),
      signal: controller.signal,
      retry: defaultRetryPolicy(),
      graceMs: 5_000,
      hooks: {
        onRecord: (r) => progress.onRecord(r),
        onModelStopped: (m, why) => progress.log(`model ${m} stopped for the rest of the run: ${why}`),
      },
    });
  } finally {
    progress.stop();
    writer.close();
    cache?.close();
    await closeAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  for (const w of cache?.warnings ?? []) process.stderr.write(`warning: ${w}\n`);

  const failedModels = [...result.perModel].filter(([, s]) => s.sent > 0 && s.ok === 0 && s.cached === 0).map(([m]) => m);
  const complete = !result.aborted && result.stopped.size === 0;
  manifest = { ...manifest, finished_at: new Date().toISOString(), status: complete ? 'complete' : 'incomplete' };
  await writeManifest(runDir, manifest);
  // The report stack (Vega, charts) loads only now: it is not in memory while requests run.
  const { finalizeRun } = await import('../../runner/finalize.js');
  const { terminal } = await finalizeRun(runDir, { margin: opts.margin, seed: opts.seed, format: opts.format, historyOut: out, by: opts.by, wide: opts.wide });
  lock.release();
  process.stdout.write(terminal + '\n');
  process.stdout.write(`\nrun folder: ${runDir}\n`);

  if (!complete || failedModels.length) {
    const why = result.aborted
      ? 'interrupted'
      : result.stopped.size
        ? `stopped model(s): ${[...result.stopped.keys()].join(', ')}`
        : `every request failed for: ${failedModels.join(', ')}`;
    process.stderr.write(`bench: the run did not finish (${why}); resume with: bench run ${redact(process.argv.slice(3).join(' '))} --resume ${runDir}\n`);
    process.exitCode = 3;
    return;
  }
  if (opts.baseline) {
    const { checkBaseline } = await import('../baseline.js');
    process.exitCode = await checkBaseline(runDir, opts);
  }
}

/**
 * On resume, error records are dropped (their jobs are requested again) so
 * that each (item, model, sample) ends with exactly one record; the rest
 * fill `done`.
 */
function compactErrors(file: string, done: Set<string>): void {
  if (!fs.existsSync(file)) return;
  // Kept records stream to a temp file (never all in memory); it replaces the file only if
  // something was dropped.
  const tmp = `${file}.compact`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  let dropped = 0;
  try {
    for (const r of readRecords(file)) {
      const key = jobKey(r);
      if (r.error !== null || done.has(key)) {
        dropped++;
        continue;
      }
      done.add(key);
      fs.writeSync(fd, serializeRecord(r));
    }
  } finally {
    fs.closeSync(fd);
  }
  if (dropped === 0) fs.rmSync(tmp);
  else fs.renameSync(tmp, file);
}
