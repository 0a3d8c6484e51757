/**
 * @module index — bench as a library: `import { run, loadRun, compareRuns, report } from 'bench'`.
 *
 * `run` does what `bench run` does and returns the summary and the run folder; it takes the
 * config objects models.yaml and suite.yaml parse to (checked the same way), an AbortSignal and
 * progress callbacks, and never exits the process or writes to stdout. Bad input throws an
 * `InputError` (the CLI's exit 2) before anything is written.
 */
import path from 'node:path';
import { loadRunData, type RunData } from './store/run-data.js';
import { readManifest } from './store/run-dir.js';
import { compareRuns as compareRunSides, type RunComparisonRow } from './reports/compare.js';
import type { RunSliceRow } from './reports/compare-slices.js';
import { loadSliceFields } from './runner/slices.js';
import type { ReportsWritten } from './runner/finalize.js';

export { run, prepareRun, executeRun, finalizeRun } from './runner/run.js';
export { rescoreRun } from './runner/rescore.js';
export { dryRun } from './runner/dry-run.js';
export type { DryRunPlan, DryRunModel, DryRunJudge } from './runner/dry-run.js';
export type { RescoreOptions, RescoreResult } from './runner/rescore.js';
export type { RunControl, RunEvents, RunStart, RunResult, PreparedRun, ExecutedRun } from './runner/run.js';
export type { RunConfig, SuiteDefinition } from './runner/config.js';
export type { BatchProgress } from './runner/batch.js';
export type { ModelsFile } from './config/schema.js';
export type { BaselineCheck } from './runner/baseline.js';
export type { RunData } from './store/run-data.js';
export type { RunComparisonRow } from './reports/compare.js';
export type { RunSliceRow } from './reports/compare-slices.js';
export type { ReportsWritten } from './runner/finalize.js';
export type { Manifest, RunRecord, Summary, SummaryRow, Comparison, SuiteSlices, SliceRow, SliceComparison } from './store/types.js';
export { BenchError, InputError } from './errors.js';

/** A finished run folder read back: manifest, summary and records (outputs dropped). */
export function loadRun(dir: string): Promise<RunData> {
  return loadRunData(path.resolve(dir));
}

export interface RunComparison {
  rows: RunComparisonRow[];
  /** Per (suite, model, slice value), when the suites are sliced or `by` is given. */
  slice_rows: RunSliceRow[];
  /** The terminal rendering `bench compare` prints. */
  text: string;
  markdown: string;
}

/**
 * `bench compare`: the same (suite, model) in two runs, on the items both scored; per slice too
 * (the suites' own `slices`, or `by`: an item field, as `--by`). `width`: `text` fits that many
 * columns (columns dropped, run ids on a line above); without it every column.
 */
export async function compareRuns(a: string | RunData, b: string | RunData, options: { by?: string; width?: number } = {}): Promise<RunComparison> {
  const runA = typeof a === 'string' ? await loadRun(a) : a;
  const runB = typeof b === 'string' ? await loadRun(b) : b;
  const shared = runB.manifest.suites.map((s) => s.name).filter((n) => runA.manifest.suites.some((s) => s.name === n));
  const slices = await loadSliceFields(runB.dir, shared, options.by);
  return compareRunSides(runA, runB, { slices, ...(options.width !== undefined && { width: options.width }) });
}

/** `bench report`: rebuilds the summary and every report file of a run folder from the folder alone. */
export async function report(runDir: string, options: { margin?: number; by?: string } = {}): Promise<ReportsWritten> {
  const dir = path.resolve(runDir);
  const manifest = readManifest(dir);
  const { writeReports } = await import('./runner/finalize.js');
  return writeReports(dir, { margin: options.margin ?? 2, seed: manifest.seed, historyOut: path.dirname(dir), ...(options.by !== undefined && { by: options.by }) });
}
