/**
 * @module runner/run — one run, start to end, in three phases with typed inputs and outputs:
 * `prepareRun` (check everything, then open the run folder), `executeRun` (send the jobs,
 * append the records) and `finalizeRun` (close the manifest, write the reports, check the
 * baseline). `run` chains them; `bench run` and a user's script both call it.
 *
 * Nothing here writes to stdout, sets an exit code or exits: what happens is told through
 * `RunEvents`, the outcome is the returned `RunResult`, bad input is an InputError thrown
 * before the run folder exists. Aborting the signal stops the run as Ctrl-C does: in-flight
 * requests get a grace period, finished records stay, the run is `incomplete` and resumable.
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import { BENCH_VERSION } from '../version.js';
import { createProvider } from '../providers/index.js';
import { createScorer } from '../scorers/index.js';
import { ResponseCache } from '../store/cache.js';
import { RunLock } from '../store/lock.js';
import { RecordWriter, compactRecords, readRecords, setAsideTornTail } from '../store/records.js';
import { buildManifest, createRunDir, newRunId, publicSpec, readManifest, snapshotSuite, writeManifest, MANIFEST, RECORDS } from '../store/run-dir.js';
import { DiskFullError, isDiskFull, rewriteInPlace } from '../store/disk-full.js';
import { redactDeep } from '../secrets.js';
import { diffParts, fingerprintParts } from '../store/fingerprint.js';
import { resolveRunConfig, type ResolvedRunConfig, type RunConfig } from './config.js';
import { loadRunInputs, type RunInputs } from './inputs.js';
import { planJobs, runItems, type Plan } from './plan.js';
import { itemsFromSnapshot } from './item-index.js';
import { shardLabel, type Shard } from '../store/shard.js';
import { executeJobs } from './execute.js';
import { retryConfigOf } from './retry-errors.js';
import { errorJobKeys, mergeRetryRecords, RETRY_RECORDS } from '../store/retry-records.js';
import { executeBatches, type BatchProgress } from './batch.js';
import { batchProblems } from './batch-preflight.js';
import { BatchStateFile, pendingBatches, readBatchState } from '../store/batches.js';
import { judgingParts, manifestJudging, selfJudgeWarnings } from './judge-manifest.js';
import type { JudgingPlan } from './judge-plan.js';
import { likelihoodProblems } from './likelihood-preflight.js';
import { defaultRetryPolicy } from './retry.js';
import { startReportPhase, writeReportsHere, type ReportPhase } from './report-phase.js';
import type { BaselineCheck } from './baseline.js';
import type { ModelSpec } from '../config/types.js';
import type { Provider } from '../providers/types.js';
import type { Scorer } from '../scorers/types.js';
import type { Manifest, RunRecord, Summary } from '../store/types.js';
import type { Suite } from '../suites/types.js';

/** What a run tells while it goes. Every hook is optional. */
export interface RunEvents {
  /** The run folder is ready and the jobs are planned. */
  onRunStart?(start: RunStart): void;
  /** A record was appended to records.jsonl. */
  onRecord?(record: RunRecord): void;
  /** A model was stopped for the rest of the run (auth, quota, endpoint down). */
  onModelStopped?(model: string, reason: string): void;
  /** [adaptive] A model's in-flight limit changed (AIMD on 429/503). */
  onLimit?(model: string, limit: number): void;
  /** Every job ran (or the run was stopped); the summary and reports come next. */
  onJobsDone?(executed: ExecutedRun): void;
  /** [batch] A batch was submitted, or its status or counts changed. */
  onBatch?(progress: BatchProgress): void;
  /** Something worth knowing that does not stop the run. @default a `warning:` line on stderr */
  onWarning?(message: string): void;
}

export interface RunStart {
  runId: string;
  runDir: string;
  resumed: boolean;
  /** Jobs of the whole run (items × models × samples). */
  total: number;
  /** Jobs already recorded (a resume). */
  alreadyDone: number;
  /** [retry-errors] Error records whose jobs are requested again (`total` of them). */
  retrying?: number;
  suites: number;
  models: number;
  /** [shards] `i/n` when this process runs one shard. */
  shard?: string;
  /** [adaptive] The models whose concurrency adapts: where the limit starts and its ceiling. */
  adaptive?: Array<{ model: string; limit: number; max: number }>;
}

/** How a run is driven: its cancellation and its events. */
export interface RunControl extends RunEvents {
  /** Aborting stops the run as Ctrl-C does (finished records kept; resumable). */
  signal?: AbortSignal;
  /** How long in-flight requests may finish after an abort, ms. @default 5000 */
  graceMs?: number;
}

/** A run whose inputs are checked and whose folder is open: what `executeRun` needs. */
export interface PreparedRun {
  config: ResolvedRunConfig;
  runDir: string;
  /** The results folder holding the run folder (and the cache, the history store). */
  out: string;
  manifest: Manifest;
  /** The run's suites; a suite of ITEMS_ON_DISK_MIN items or more has `items` emptied: its jobs read them from the snapshot (`plan.items`). */
  suites: Suite[];
  models: ModelSpec[];
  /** [shards] The shard this process runs. */
  shard?: Shard;
  plan: Plan;
  resumed: boolean;
  /** USD already spent by the run folder's records (a resume, a retry); 0 for a new run. Counted only with `maxCost`. */
  spent: number;
  /** [retry-errors] Set when the run retries the error records of an existing run folder. */
  retry?: { errors: number; startedAt: string; previousStatus: Manifest['status'] };
  providers: Map<string, Provider>;
  /** Scorer per suite name. */
  scorers: Map<string, Scorer>;
  cache: ResponseCache | null;
  /** [batch] The run goes through the providers' batch APIs: its saved batches (batches.json). */
  batches: BatchStateFile | null;
  /** [judged suites] Which suites the judging phase grades, by which judges. */
  judging: JudgingPlan;
  /** Releases providers, scorers, cache, and (when `lock` is true) the run folder's lock. Safe to call twice. */
  close(opts?: { lock?: boolean }): Promise<void>;
}

export interface ExecutedRun {
  /** The signal was aborted before every job ran. */
  aborted: boolean;
  /** Model id → why it was stopped. */
  stopped: Map<string, string>;
  /** Models for which every request sent failed. */
  failedModels: string[];
  /** [adaptive] Model id → its in-flight limit when the jobs ended. */
  limits: Map<string, number>;
  /** `maxCost` was reached with jobs or judgments left unsent: the limit and what the run's records and judgments cost. */
  costLimit?: { limit_usd: number; spent_usd: number };
}

export interface RunResult {
  runId: string;
  runDir: string;
  summary: Summary;
  /** Every job ran and no model was stopped or failed every request. */
  complete: boolean;
  /** Why the run did not finish (resume it with `resume: runDir`), or null. */
  incomplete: string | null;
  /** The terminal table (or report.md for `format: 'github'` outside a GitHub job). */
  terminal: string;
  /** The regression check, when a baseline was asked for and the run finished. */
  baseline?: BaselineCheck;
  /** `maxCost` stopped the run: the limit and the spend (resume with a higher limit). */
  costLimit?: { limit_usd: number; spent_usd: number };
}

const warnToStderr = (m: string): void => void process.stderr.write(`warning: ${m}\n`);

/** Checks the config and inputs (nothing written yet), then opens the run folder (new or resumed). */
export async function prepareRun(input: RunConfig, events: RunEvents = {}): Promise<PreparedRun> {
  let config = resolveRunConfig(input);
  if (config.retryErrors !== undefined) config = retryConfigOf(config).config;
  const warn = events.onWarning ?? warnToStderr;
  const inputs = await loadRunInputs(config);
  try {
    // A bad baseline or bench.config.yaml is bad input: say so before any request.
    if (config.baseline !== undefined) await (await import('./baseline.js')).preflightBaseline({ baseline: config.baseline, ...config.thresholds });
    return await openRun(config, inputs, warn);
  } finally {
    inputs.dispose();
  }
}

async function openRun(config: ResolvedRunConfig, inputs: RunInputs, warn: (m: string) => void): Promise<PreparedRun> {
  const { models, suites, shard, probes, selection } = inputs;
  for (const w of selfJudgeWarnings(inputs.judging, models.map((m) => m.id))) warn(w);
  const { limit } = config;
  const parts = fingerprintParts({
    benchVersion: BENCH_VERSION,
    suites: suites.map((s) => ({ name: s.name, hash: s.hash })),
    models: models.map(publicSpec),
    samples: config.samples,
    limit,
    seed: config.seed,
    probes: probes.map((p) => p.spec),
  });
  Object.assign(parts, inputs.selectionParts);
  Object.assign(parts, judgingParts(inputs.judging));
  // Resume: check before touching anything.
  const retrying = config.retryErrors !== undefined;
  const continued = config.resume ?? config.retryErrors;
  const resumeDir = continued === undefined ? undefined : path.resolve(continued);
  let previous: Manifest | undefined;
  if (resumeDir !== undefined) {
    previous = readManifest(resumeDir);
    // A retry plans only the error jobs: the run's own selection stands.
    if (retrying) for (const k of ['selection', 'selection_items']) if (previous.fingerprint_parts[k] !== undefined) parts[k] = previous.fingerprint_parts[k]!;
    // The manifest holds its parts redacted (a credential in a base_url's query): compare like with like.
    const changed = diffParts(previous.fingerprint_parts, redactDeep(parts));
    const was = previous.shard ? shardLabel(previous.shard) : 'none';
    const now = shard ? shardLabel(shard) : 'none';
    if (was !== now) changed.push(`shard: ${was} → ${now}`);
    if (changed.length) {
      const what = retrying ? 'retry the errors of' : 'resume';
      throw new InputError(`cannot ${what} ${resumeDir}: the run changed since it started:\n  - ${changed.join('\n  - ')}\nRun the same command without --${retrying ? 'retry-errors' : 'resume'} to start a new run.`);
    }
  }

  const unpriced = config.maxCost === undefined ? [] : [...new Set([...models, ...inputs.judging.specs.values()].filter((m) => !m.price).map((m) => m.id))];
  if (unpriced.length) warn(`--max-cost: no price for model(s) ${unpriced.join(', ')} in the models file: their requests count as $0 and the limit never stops them`);
  if (selection?.dropped_suites && !retrying) warn(`the item selection leaves no item in suite(s) ${selection.dropped_suites.join(', ')}: not run`);
  // Scorers and providers before the run folder: a missing sandbox or model file is bad input.
  const scorers = new Map<string, Scorer>();
  const providers = new Map<string, Provider>();
  let lock: RunLock | undefined;
  let cache: ResponseCache | null = null;
  let closed = false;
  const close = async (opts: { lock?: boolean } = {}): Promise<void> => {
    if (!closed) {
      closed = true;
      cache?.close();
      await Promise.allSettled([...providers.values()].map((p) => p.close?.()));
      await Promise.allSettled([...scorers.values()].map((s) => s.close?.()));
      // Closed, they are of no further use; a scorer holds its suite (every item): let it go.
      providers.clear();
      scorers.clear();
    }
    if (opts.lock && lock !== undefined) {
      lock.release();
      lock = undefined;
    }
  };
  try {
    for (const suite of suites) {
      scorers.set(suite.name, await createScorer({ ...suite.scorer, workers: config.workers, unsafe_no_sandbox: config.unsafeNoSandbox === true }, suite));
    }
    for (const m of models) providers.set(m.id, await createProvider(m));
    const state = resumeDir !== undefined ? readBatchState(resumeDir) : null;
    const waiting = state ? pendingBatches(state).filter((b) => providers.has(b.model)) : [];
    if (retrying && waiting.length > 0) {
      // A retry plans only error jobs: the waiting batches' jobs would be left out, then paid for again.
      throw new InputError(`cannot retry the errors of ${resumeDir}: ${waiting.length} batch(es) it submitted are not collected yet; finish them first with --resume ${resumeDir}`);
    }
    if (config.batch || waiting.length > 0) {
      // A batch API is what --batch means: a model without one is bad input, said before any request.
      const problems = batchProblems([...providers.values()], probes.some((p) => p.likelihood), config.maxCost);
      if (problems.length) throw new InputError(`--batch cannot run:\n  - ${problems.join('\n  - ')}`, { code: 'BATCH_UNSUPPORTED' });
      if (!config.batch) warn(`${resumeDir}: ${waiting.length} batch(es) submitted by this run are not collected yet: polling them (--batch implied, so they are not paid for twice)`);
    }
    // A model that cannot give prompt log-probabilities is bad input, said before any request.
    if (probes.some((p) => p.likelihood)) {
      const problems = likelihoodProblems([...providers.values()]);
      if (problems.length) throw new InputError(`likelihood scoring cannot run:\n  - ${problems.join('\n  - ')}`, { code: 'LIKELIHOOD_UNSUPPORTED' });
    }

    const out = resumeDir !== undefined ? path.dirname(resumeDir) : path.resolve(config.out);
    let runDir: string;
    let manifest: Manifest;
    let done = new Set<string>();
    let only: Set<string> | undefined;
    if (resumeDir !== undefined) {
      runDir = resumeDir;
      const acquired = RunLock.acquire(runDir);
      lock = acquired;
      if (acquired.staleTakenOver) warn(`${runDir}: took over a lock left by a process that no longer runs`);
      const recordsFile = path.join(runDir, RECORDS);
      const torn = setAsideTornTail(recordsFile);
      if (torn) warn(`${recordsFile}: a torn last line (${torn} bytes, from a crash) was set aside in ${RECORDS}.torn`);
      // A retry killed before it merged its records: merge them first (their jobs are done).
      mergeRetryRecords(runDir);
      if (retrying) only = errorJobKeys(recordsFile);
      else done = compactRecords(recordsFile);
      // A retry keeps the status its records.jsonl has until the retried records replace the errors.
      manifest = retrying ? previous! : { ...previous!, status: 'running', finished_at: null };
    } else {
      const runId = newRunId();
      runDir = createRunDir(out, runId);
      lock = RunLock.acquire(runDir);
      manifest = buildManifest({
        runId, suites, models, command: config.command, seed: config.seed, samples: config.samples, limit, fingerprintParts: parts,
        probes: probes.map((p) => p.spec),
        ...(selection && { selection }),
        ...(shard && { shard: { ...shard, items: suites.reduce((n, s) => n + runItems(s, limit, shard).length, 0) } }),
      });
      const judging = manifestJudging(inputs.judging);
      if (judging) manifest.judging = judging;
      for (const s of suites) snapshotSuite(runDir, s);
    }
    if (config.maxCost !== undefined) manifest = { ...manifest, max_cost_usd: config.maxCost };
    await writeManifest(runDir, manifest);
    const spent = config.maxCost === undefined || resumeDir === undefined ? 0 : spentBy(path.join(runDir, RECORDS));

    cache = config.cache ? await ResponseCache.open(path.join(out, '.cache')) : null;
    for (const w of cache?.warnings ?? []) warn(w);
    const plan = planJobs(suites, models, config.samples, limit, done, shard, probes, only);
    // Large suites' items are read from the run folder's snapshot as their jobs are made, not held
    // (runner/item-index); a batch or judged run reads items outside its jobs and keeps them.
    if (!config.batch && waiting.length === 0 && !inputs.judging.suites.length && !inputs.judging.extract.length) await itemsFromSnapshot(runDir, suites, plan, limit, shard);
    const retry = only && { errors: only.size, startedAt: new Date().toISOString(), previousStatus: previous!.status };
    const batches = config.batch || waiting.length > 0 ? new BatchStateFile(runDir, state ?? { schema_version: 1, batches: [] }) : null;
    return { config, runDir, out, manifest, suites, models, ...(shard && { shard }), plan, resumed: resumeDir !== undefined, spent, ...(retry && { retry }), providers, scorers, cache, batches, judging: inputs.judging, close };
  } catch (e) {
    await close({ lock: true });
    throw e;
  }
}

/** Runs the planned jobs, appending one record each; releases providers, scorers and cache at the end. */
export async function executeRun(prepared: PreparedRun, control: RunControl = {}): Promise<ExecutedRun> {
  const { runDir, manifest, plan, cache } = prepared;
  control.onRunStart?.({
    runId: manifest.run_id, runDir, resumed: prepared.resumed, total: plan.total, alreadyDone: plan.alreadyDone,
    ...(prepared.retry && { retrying: prepared.retry.errors }),
    suites: prepared.suites.length, models: prepared.models.length,
    ...(prepared.shard && { shard: shardLabel(prepared.shard) }),
    ...(prepared.models.some((m) => m.adaptive) && {
      adaptive: prepared.models.flatMap((m) => (m.adaptive ? [{ model: m.id, limit: m.concurrency, max: m.adaptive.max }] : [])),
    }),
  });
  // The report phase's thread loads its modules while the requests are in flight (runner/report-phase).
  reportPhases.get(runDir)?.close();
  // A retry's folder holds more records than its plan (the error jobs): sized as a large run.
  reportPhases.set(runDir, startReportPhase(prepared.shard === undefined, prepared.retry ? Infinity : plan.total));
  const seenWarnings = cache?.warnings.length ?? 0;
  // A full disk under --out stops the run like Ctrl-C, then surfaces as one DiskFullError.
  const full = new AbortController();
  let diskFull: DiskFullError | undefined;
  // A retry appends to a side file that replaces the error records once the jobs ran (store/retry-records).
  const recordsFile = path.join(runDir, prepared.retry ? RETRY_RECORDS : RECORDS);
  const writer = new RecordWriter(recordsFile, (err) => {
    if (!isDiskFull(err)) throw err;
    diskFull ??= new DiskFullError(recordsFile, runDir, err);
    full.abort(diskFull);
  });
  const budget = { limit: prepared.config.maxCost ?? Infinity, spent: prepared.spent };
  let result;
  try {
    if (prepared.batches !== null) {
      result = await executeBatches({
        jobsByModel: plan.byModel, providers: prepared.providers, scorers: prepared.scorers, cache,
        write: (r) => writer.append(r),
        signal: control.signal ? AbortSignal.any([control.signal, full.signal]) : full.signal,
        state: prepared.batches, pollMs: prepared.config.batchPollMs ?? 30_000, retry: defaultRetryPolicy(), graceMs: control.graceMs ?? 5_000,
        hooks: {
          ...(control.onRecord && { onRecord: control.onRecord }),
          ...(control.onModelStopped && { onModelStopped: control.onModelStopped }),
          ...(control.onBatch && { onBatch: control.onBatch }),
          onWarning: control.onWarning ?? warnToStderr,
        },
      });
    } else result = await executeJobs({
      jobsByModel: plan.byModel,
      providers: prepared.providers,
      scorers: prepared.scorers,
      cache,
      write: (r) => writer.append(r),
      signal: control.signal ? AbortSignal.any([control.signal, full.signal]) : full.signal,
      retry: defaultRetryPolicy(),
      graceMs: control.graceMs ?? 5_000,
      ...(prepared.config.maxCost !== undefined && { budget }),
      hooks: {
        ...(control.onRecord && { onRecord: control.onRecord }),
        ...(control.onModelStopped && { onModelStopped: control.onModelStopped }),
        ...(control.onLimit && { onLimit: control.onLimit }),
      },
    });
  } catch (e) {
    dropReportPhase(runDir);
    throw e;
  } finally {
    writer.close();
    await prepared.close();
  }
  for (const w of cache?.warnings.slice(seenWarnings) ?? []) (control.onWarning ?? warnToStderr)(w);
  if (diskFull) {
    dropReportPhase(runDir);
    markIncomplete(runDir, manifest);
    throw diskFull;
  }
  if (prepared.retry) {
    const merged = mergeRetryRecords(runDir);
    const entry = { started_at: prepared.retry.startedAt, finished_at: new Date().toISOString(), errors: prepared.retry.errors, retried: merged.replaced, still_errors: merged.stillErrors };
    prepared.manifest = { ...manifest, error_retries: [...(manifest.error_retries ?? []), entry] };
  }
  const stopped = new Map(result.stopped);
  if (!result.aborted && (prepared.judging.suites.length || prepared.judging.extract.length)) {
    // The judging phase: every judge grades the answers now on disk (its own providers and queues).
    const { runJudging } = await import('./judging.js');
    const judged = await runJudging(prepared.judging, {
      runDir, suites: prepared.suites, cacheDir: prepared.config.cache ? path.join(prepared.out, '.cache') : null,
      retry: defaultRetryPolicy(), signal: control.signal ?? new AbortController().signal, onWarning: control.onWarning ?? warnToStderr,
      ...(prepared.config.maxCost !== undefined && { budget }),
    });
    for (const [judge, why] of judged.stopped) stopped.set(`judge:${judge}`, why);
    if (judged.budgetSpent) result.budgetSpent = true;
  }
  const failedModels = [...result.perModel].filter(([, s]) => s.sent > 0 && s.ok === 0 && s.cached === 0).map(([m]) => m);
  const executed: ExecutedRun = {
    aborted: result.aborted || (control.signal?.aborted ?? false), stopped, failedModels, limits: result.limits,
    ...(result.budgetSpent && { costLimit: { limit_usd: budget.limit, spent_usd: budget.spent } }),
  };
  control.onJobsDone?.(executed);
  return executed;
}

/** USD the records of a run folder cost (their cost_usd), read before a resume or retry continues it under `maxCost`. */
function spentBy(recordsFile: string): number {
  let usd = 0;
  for (const r of readRecords(recordsFile, { dropOutput: true })) usd += r.cost_usd ?? 0;
  return usd;
}

/** The report phase started by `executeRun` for each run folder, taken by its `finalizeRun`. */
const reportPhases = new Map<string, ReportPhase>();

/** Ends the report thread of a run folder that will not be finalized here (an error, a library caller that stops). */
function dropReportPhase(runDir: string): void {
  reportPhases.get(runDir)?.close();
  reportPhases.delete(runDir);
}

/** Marks the manifest incomplete when the disk is full: atomically if a new file still fits, else in place. */
function markIncomplete(runDir: string, manifest: Manifest): void {
  const text = JSON.stringify(redactDeep({ ...manifest, finished_at: new Date().toISOString(), status: 'incomplete' }), null, 2) + '\n';
  try {
    rewriteInPlace(path.join(runDir, MANIFEST), text);
  } catch {
    /* left as it was: the resume does not need it */
  }
}

/** Closes the manifest, writes the summary and reports, checks the baseline, releases the lock. */
export async function finalizeRun(prepared: PreparedRun, executed: ExecutedRun, events: RunEvents = {}): Promise<RunResult> {
  const { runDir, config } = prepared;
  const complete = !executed.aborted && executed.stopped.size === 0 && !executed.costLimit && (prepared.retry === undefined || prepared.retry.previousStatus === 'complete');
  const manifest: Manifest = { ...prepared.manifest, finished_at: new Date().toISOString(), status: complete ? 'complete' : 'incomplete' };
  await writeManifest(runDir, manifest);
  // On the thread executeRun started (its modules loaded while the requests ran), else on this one.
  const phase = reportPhases.get(runDir);
  reportPhases.delete(runDir);
  const opts = {
    margin: config.margin, seed: config.seed, historyOut: prepared.out,
    ...(config.by !== undefined && { by: config.by }),
    ...(config.wide !== undefined && { wide: config.wide }),
    ...(config.width !== undefined && { width: config.width }),
    ...(config.format && { format: config.format }),
  };
  const written = phase ? await phase.write(runDir, opts, events.onWarning) : await writeReportsHere(runDir, opts, events.onWarning);
  await prepared.close({ lock: true });
  const incomplete = executed.aborted
    ? 'interrupted'
    : executed.costLimit
      ? `--max-cost reached: the run's spend (records and judgments) is $${executed.costLimit.spent_usd.toFixed(4)} of $${executed.costLimit.limit_usd}; jobs left unsent`
    : prepared.retry && prepared.retry.previousStatus !== 'complete'
      ? 'records are missing (the run never finished); finish it with --resume'
    : executed.stopped.size
      ? `stopped model(s): ${[...executed.stopped.keys()].join(', ')}`
      : executed.failedModels.length
        ? `every request failed for: ${executed.failedModels.join(', ')}`
        : null;
  const result: RunResult = {
    runId: manifest.run_id, runDir, summary: written.summary, complete: incomplete === null, incomplete, terminal: written.terminal,
    ...(executed.costLimit && { costLimit: executed.costLimit }),
  };
  if (incomplete === null && config.baseline !== undefined) {
    const { checkBaseline } = await import('./baseline.js');
    result.baseline = await checkBaseline(runDir, { baseline: config.baseline, ...config.thresholds, ...(config.format && { format: config.format }) });
  }
  return result;
}

/**
 * Runs suites against models and writes a run folder: `prepareRun` → `executeRun` →
 * `finalizeRun`. Throws InputError on bad input (nothing written); an interrupted or
 * stopped run resolves with `complete: false` and can be resumed.
 */
export async function run(config: RunConfig, control: RunControl = {}): Promise<RunResult> {
  let prepared: PreparedRun | undefined;
  try {
    prepared = await prepareRun(config, control);
    const executed = await executeRun(prepared, control);
    // The report phase re-reads everything from the run folder: the suites' items and the jobs
    // (one object each, tens of MB at 100,000 items) are released before it builds the summary.
    prepared = { ...prepared, suites: [], plan: { ...prepared.plan, byModel: new Map(), items: new Map() } };
    return await finalizeRun(prepared, executed, control);
  } catch (err) {
    // A disk that filled up outside the record writer (the manifest, a suite snapshot, a report).
    if (isDiskFull(err)) {
      if (prepared) markIncomplete(prepared.runDir, prepared.manifest);
      throw new DiskFullError(err.path ?? config.out ?? 'the results folder', prepared?.runDir, err);
    }
    throw err;
  } finally {
    if (prepared) dropReportPhase(prepared.runDir);
    await prepared?.close({ lock: true });
  }
}
