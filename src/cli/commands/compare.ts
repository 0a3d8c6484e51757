/** @module cli/commands/compare — `bench compare <run-a> <run-b>`: the same comparisons across two runs (and per slice). */
import { compareRuns, loadRun } from '../../index.js';
import { printJson } from '../json.js';
import { outputWidth } from '../width.js';

export async function compareCommand(a: string, b: string, opts: { by?: string; json?: boolean; wide?: boolean } = {}): Promise<void> {
  // Slice values come from run B's suite snapshots (the newer items, when a suite was edited).
  const [runA, runB] = [await loadRun(a), await loadRun(b)];
  const width = opts.json ? undefined : outputWidth(opts.wide);
  const result = await compareRuns(runA, runB, { ...(opts.by !== undefined && { by: opts.by }), ...(width !== undefined && { width }) });
  if (!opts.json) {
    process.stdout.write(result.text + '\n');
    return;
  }
  const side = (r: typeof runA) => ({ run_id: r.manifest.run_id, dir: r.dir, started_at: r.manifest.started_at });
  printJson({ run_a: side(runA), run_b: side(runB), rows: result.rows, slice_rows: result.slice_rows });
}
