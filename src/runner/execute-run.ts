/**
 * @module runner/execute-run — a run's second phase, `executeRun`: the planned jobs sent (one
 * queue per endpoint, or the providers' batch APIs), one record appended each, then the judging
 * phase; a full disk stops it like Ctrl-C. It starts the report phase (runner/report-phase), which
 * it hands to `finalizeRun` in its result (`ExecutedRun.report`).
 */
import path from 'node:path';
import { RecordWriter } from '../store/records.js';
import { MANIFEST, RECORDS } from '../store/run-dir.js';
import { DiskFullError, isDiskFull, rewriteInPlace } from '../store/disk-full.js';
import { redactDeep } from '../secrets.js';
import { shardLabel } from '../store/shard.js';
import { executeJobs } from './execute.js';
import { mergeRetryRecords, RETRY_RECORDS } from '../store/retry-records.js';
import { executeBatches } from './batch.js';
import { defaultRetryPolicy } from './retry.js';
import { startReportPhase, type ReportPhase } from './report-phase.js';
import { warnToStderr, type ExecutedRun, type PreparedRun, type RunControl } from './run-types.js';
import type { Manifest } from '../store/types.js';

/** Runs the planned jobs, appending one record each; releases providers, scorers and cache at the end. */
export async function executeRun(prepared: PreparedRun, control: RunControl = {}): Promise<ExecutedRun> {
  const { runDir, manifest, plan } = prepared;
  control.onRunStart?.({
    runId: manifest.run_id, runDir, resumed: prepared.resumed, total: plan.total, alreadyDone: plan.alreadyDone,
    ...(prepared.retry && { retrying: prepared.retry.errors }),
    suites: prepared.suites.length, models: prepared.models.length,
    ...(prepared.shard && { shard: shardLabel(prepared.shard) }),
    ...(prepared.models.some((m) => m.adaptive) && {
      adaptive: prepared.models.flatMap((m) => (m.adaptive ? [{ model: m.id, limit: m.concurrency, max: m.adaptive.max }] : [])),
    }),
  });
  // The report phase loads its modules on its thread while the requests are in flight, or here
  // before they start (runner/report-phase). A
  // retry's folder holds more records than its plan (the error jobs): sized as a large run.
  const report = startReportPhase({
    jobs: prepared.retry ? Infinity : plan.total,
    ...(prepared.shard === undefined && { history: { out: prepared.out, manifest: prepared.manifest } }),
    ...(!prepared.retry && { records: path.join(runDir, RECORDS) }),
  });
  try {
    return await executeWith(prepared, control, report);
  } catch (e) {
    report.close();
    throw e;
  }
}

/** `executeRun` once its report phase is started. */
async function executeWith(prepared: PreparedRun, control: RunControl, report: ReportPhase): Promise<ExecutedRun> {
  const { runDir, manifest, plan, cache } = prepared;
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
  const signal = control.signal ? AbortSignal.any([control.signal, full.signal]) : full.signal;
  const warn = control.onWarning ?? warnToStderr;
  let result;
  try {
    // Nothing loads on this thread once a request is in flight (its end would be stamped late).
    await report.ready;
    if (prepared.batches !== null) {
      result = await executeBatches({
        jobsByModel: plan.byModel, providers: prepared.providers, scorers: prepared.scorers, cache,
        write: (r) => writer.append(r),
        signal,
        state: prepared.batches, pollMs: prepared.config.batchPollMs ?? 30_000, retry: defaultRetryPolicy(), graceMs: control.graceMs ?? 5_000,
        hooks: {
          ...(control.onRecord && { onRecord: control.onRecord }),
          ...(control.onModelStopped && { onModelStopped: control.onModelStopped }),
          ...(control.onBatch && { onBatch: control.onBatch }),
          onWarning: warn,
        },
      });
    } else result = await executeJobs({
      jobsByModel: plan.byModel,
      providers: prepared.providers,
      scorers: prepared.scorers,
      cache,
      write: (r) => writer.append(r),
      signal,
      retry: defaultRetryPolicy(),
      graceMs: control.graceMs ?? 5_000,
      ...(prepared.config.maxCost !== undefined && { budget }),
      hooks: {
        ...(control.onRecord && { onRecord: control.onRecord }),
        ...(control.onModelStopped && { onModelStopped: control.onModelStopped }),
        ...(control.onLimit && { onLimit: control.onLimit }),
      },
    });
  } finally {
    writer.close();
    await prepared.close();
  }
  for (const w of cache?.warnings.slice(seenWarnings) ?? []) warn(w);
  if (diskFull) {
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
      retry: defaultRetryPolicy(), signal: control.signal ?? new AbortController().signal, onWarning: warn,
      ...(prepared.config.maxCost !== undefined && { budget }),
    });
    for (const [judge, why] of judged.stopped) stopped.set(`judge:${judge}`, why);
    if (judged.budgetSpent) result.budgetSpent = true;
  }
  const failedModels = [...result.perModel].filter(([, s]) => s.sent > 0 && s.ok === 0 && s.cached === 0).map(([m]) => m);
  const executed: ExecutedRun = {
    aborted: result.aborted || (control.signal?.aborted ?? false), stopped, failedModels, limits: result.limits, report,
    ...(result.budgetSpent && { costLimit: { limit_usd: budget.limit, spent_usd: budget.spent } }),
  };
  control.onJobsDone?.(executed);
  return executed;
}

/** Marks the manifest incomplete when the disk is full: atomically if a new file still fits, else in place. */
export function markIncomplete(runDir: string, manifest: Manifest): void {
  const text = JSON.stringify(redactDeep({ ...manifest, finished_at: new Date().toISOString(), status: 'incomplete' }), null, 2) + '\n';
  try {
    rewriteInPlace(path.join(runDir, MANIFEST), text);
  } catch {
    /* left as it was: the resume does not need it */
  }
}
