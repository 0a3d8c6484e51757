/** @module cli/commands/compare — `bench compare <run-a> <run-b>`: the same comparisons across two runs (and per slice). */
import { compareRuns } from '../../index.js';

export async function compareCommand(a: string, b: string, opts: { by?: string } = {}): Promise<void> {
  // Slice values come from run B's suite snapshots (the newer items, when a suite was edited).
  const result = await compareRuns(a, b, opts);
  process.stdout.write(result.text + '\n');
}
