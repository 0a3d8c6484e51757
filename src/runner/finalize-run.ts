/**
 * @module runner/finalize-run — a run's last phase, `finalizeRun`: the manifest closed, the
 * summary and reports written (through the report phase `executeRun` started and handed over in
 * `ExecutedRun.report`, else here; runner/report-phase), the baseline checked, the lock released; says why a run is incomplete.
 */
import { writeManifest } from '../store/run-dir.js';
import { writeReportsHere } from './report-phase.js';
import type { ExecutedRun, PreparedRun, RunEvents, RunResult } from './run-types.js';
import type { Manifest } from '../store/types.js';

/** Closes the manifest, writes the summary and reports, checks the baseline, releases the lock. */
export async function finalizeRun(prepared: PreparedRun, executed: ExecutedRun, events: RunEvents = {}): Promise<RunResult> {
  const { runDir, config } = prepared;
  const complete = !executed.aborted && executed.stopped.size === 0 && !executed.costLimit && (prepared.retry === undefined || prepared.retry.previousStatus === 'complete');
  const manifest: Manifest = { ...prepared.manifest, finished_at: new Date().toISOString(), status: complete ? 'complete' : 'incomplete' };
  await writeManifest(runDir, manifest);
  // Through the report phase executeRun started (its modules loaded while the requests ran), else here.
  const phase = executed.report;
  const opts = {
    margin: config.margin, seed: config.seed, historyOut: prepared.out,
    ...(config.by !== undefined && { by: config.by }),
    ...(config.wide !== undefined && { wide: config.wide }),
    ...(config.width !== undefined && { width: config.width }),
    ...(config.format && { format: config.format }),
  };
  const hooks = { ...(events.onWarning && { onWarning: events.onWarning }), ...(events.onSummary && { onSummary: events.onSummary }) };
  const written = phase ? await phase.write(runDir, opts, hooks) : await writeReportsHere(runDir, opts, hooks);
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
