/**
 * @module runner/prepare — a run's first phase, `prepareRun`: the config and inputs checked
 * (nothing written yet: bad input is an InputError), a resume checked against the run's
 * fingerprint, scorers and providers made, then the run folder opened (new, resumed or retried)
 * under its lock and the jobs planned.
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import { BENCH_VERSION } from '../version.js';
import { createProvider } from '../providers/index.js';
import { createScorer } from '../scorers/index.js';
import { ResponseCache } from '../store/cache.js';
import { RunLock } from '../store/lock.js';
import { compactRecords, readRecords, setAsideTornTail } from '../store/records.js';
import { buildManifest, createRunDir, newRunId, publicSpec, readManifest, snapshotSuite, writeManifest, RECORDS } from '../store/run-dir.js';
import { redactDeep } from '../secrets.js';
import { diffParts, fingerprintParts } from '../store/fingerprint.js';
import { resolveRunConfig, type ResolvedRunConfig, type RunConfig } from './config.js';
import { loadRunInputs, type RunInputs } from './inputs.js';
import { planJobs, runItemsBySuite } from './plan.js';
import { itemsFromSnapshot } from './item-index.js';
import { shardLabel, type Shard } from '../store/shard.js';
import { retryConfigOf } from './retry-errors.js';
import { errorJobKeys, mergeRetryRecords } from '../store/retry-records.js';
import { batchProblems } from './batch-preflight.js';
import { BatchStateFile, pendingBatches, readBatchState } from '../store/batches.js';
import { judgingParts, manifestJudging, selfJudgeWarnings } from './judge-manifest.js';
import { likelihoodProblems } from './likelihood-preflight.js';
import { warnToStderr, type PreparedRun, type RunEvents } from './run-types.js';
import type { Provider } from '../providers/types.js';
import type { Scorer } from '../scorers/types.js';
import type { Manifest } from '../store/types.js';

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
  const parts = runParts(config, inputs);
  // Resume: check before touching anything.
  const retrying = config.retryErrors !== undefined;
  const { resumeDir, previous } = checkContinuation(config, parts, shard);

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
    // The items this process runs, selected once (a shard's selection hashes every item id): counted for a new shard's manifest, then planned.
    const selected = runItemsBySuite(suites, limit, shard);
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
        ...(shard && { shard: { ...shard, items: [...selected.values()].reduce((n, items) => n + items.length, 0) } }),
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
    const plan = planJobs(suites, models, config.samples, limit, done, shard, probes, only, selected);
    // Large suites' items are read from the run folder's snapshot as their jobs are made, not held
    // (runner/item-index); a batch or judged run reads items outside its jobs and keeps them.
    if (!config.batch && waiting.length === 0 && !inputs.judging.suites.length && !inputs.judging.extract.length) await itemsFromSnapshot(runDir, suites, plan);
    // The loader's item spans serve only that step: a run that keeps its items (a batch or judged
    // run, a small suite) lets them go too (12 bytes an item, held as long as the items are).
    for (const suite of suites) delete suite.itemSpans;
    const retry = only && { errors: only.size, startedAt: new Date().toISOString(), previousStatus: previous!.status };
    const batches = config.batch || waiting.length > 0 ? new BatchStateFile(runDir, state ?? { schema_version: 1, batches: [] }) : null;
    return { config, runDir, out, manifest, suites, models, ...(shard && { shard }), plan, resumed: resumeDir !== undefined, spent, ...(retry && { retry }), providers, scorers, cache, batches, judging: inputs.judging, close };
  } catch (e) {
    await close({ lock: true });
    throw e;
  }
}

/** The run's fingerprint parts: what a resume must find unchanged. */
function runParts(config: ResolvedRunConfig, inputs: RunInputs): Record<string, string> {
  const parts = fingerprintParts({
    benchVersion: BENCH_VERSION,
    suites: inputs.suites.map((s) => ({ name: s.name, hash: s.hash })),
    models: inputs.models.map(publicSpec),
    samples: config.samples,
    limit: config.limit,
    seed: config.seed,
    probes: inputs.probes.map((p) => p.spec),
  });
  Object.assign(parts, inputs.selectionParts);
  Object.assign(parts, judgingParts(inputs.judging));
  return parts;
}

/**
 * A resume or a retry of errors: the run folder it continues and its manifest, after checking
 * that nothing of the run changed (its fingerprint parts, its shard); bad input otherwise. A retry
 * keeps the run's own selection (`parts` takes it).
 */
function checkContinuation(config: ResolvedRunConfig, parts: Record<string, string>, shard: Shard | undefined): { resumeDir?: string; previous?: Manifest } {
  const retrying = config.retryErrors !== undefined;
  const continued = config.resume ?? config.retryErrors;
  if (continued === undefined) return {};
  const resumeDir = path.resolve(continued);
  const previous = readManifest(resumeDir);
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
  return { resumeDir, previous };
}

/** USD the records of a run folder cost (their cost_usd), read before a resume or retry continues it under `maxCost`. */
function spentBy(recordsFile: string): number {
  let usd = 0;
  for (const r of readRecords(recordsFile, { dropOutput: true })) usd += r.cost_usd ?? 0;
  return usd;
}
