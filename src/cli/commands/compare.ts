/** @module cli/commands/compare — `bench compare <run-a> <run-b>`: the same comparisons across two runs. */
import path from 'node:path';
import { compareRuns } from '../../reports/compare.js';
import { loadRunData } from '../run-data.js';

export async function compareCommand(a: string, b: string): Promise<void> {
  const runA = await loadRunData(path.resolve(a));
  const runB = await loadRunData(path.resolve(b));
  const result = compareRuns(runA, runB);
  process.stdout.write(result.text + '\n');
}
