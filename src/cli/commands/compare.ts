/** @module cli/commands/compare — `bench compare <run-a> <run-b>`: the same comparisons across two runs. */
import path from 'node:path';
import { compareRuns } from '../../reports/compare.js';
import { loadRunData } from '../../store/run-data.js';
import { loadSliceFields } from '../../runner/slices.js';

export async function compareCommand(a: string, b: string, opts: { by?: string } = {}): Promise<void> {
  const runA = await loadRunData(path.resolve(a));
  const runB = await loadRunData(path.resolve(b));
  // Slice values come from run B's suite snapshots (the newer items, when a suite was edited).
  const shared = runB.manifest.suites.map((s) => s.name).filter((n) => runA.manifest.suites.some((s) => s.name === n));
  const slices = await loadSliceFields(runB.dir, shared, opts.by);
  const result = compareRuns(runA, runB, { slices });
  process.stdout.write(result.text + '\n');
}
