/**
 * @module runner/run — one run, start to end, in three phases with typed inputs and outputs:
 * `prepareRun` (check everything, then open the run folder: runner/prepare), `executeRun` (send
 * the jobs, append the records: runner/execute-run) and `finalizeRun` (close the manifest, write
 * the reports, check the baseline: runner/finalize-run), their types in runner/run-types. `run`
 * chains them; `bench run` and a user's script both call it.
 *
 * Nothing here writes to stdout, sets an exit code or exits: what happens is told through
 * `RunEvents`, the outcome is the returned `RunResult`, bad input is an InputError thrown
 * before the run folder exists. Aborting the signal stops the run as Ctrl-C does: in-flight
 * requests get a grace period, finished records stay, the run is `incomplete` and resumable.
 */
import { DiskFullError, isDiskFull } from '../store/disk-full.js';
import { prepareRun } from './prepare.js';
import { executeRun, markIncomplete } from './execute-run.js';
import { finalizeRun } from './finalize-run.js';
import type { RunConfig } from './config.js';
import type { ExecutedRun, PreparedRun, RunControl, RunResult } from './run-types.js';

export type { RunEvents, RunStart, RunControl, PreparedRun, ExecutedRun, RunResult } from './run-types.js';
export { prepareRun, executeRun, finalizeRun };

/**
 * Runs suites against models and writes a run folder: `prepareRun` → `executeRun` →
 * `finalizeRun`. Throws InputError on bad input (nothing written); an interrupted or
 * stopped run resolves with `complete: false` and can be resumed.
 */
export async function run(config: RunConfig, control: RunControl = {}): Promise<RunResult> {
  let prepared: PreparedRun | undefined;
  let executed: ExecutedRun | undefined;
  try {
    prepared = await prepareRun(config, control);
    executed = await executeRun(prepared, control);
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
    executed?.report?.close();
    await prepared?.close({ lock: true });
  }
}
