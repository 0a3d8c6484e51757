/** @module cli/commands/report — `bench report <run-dir>`: rebuild every report from the run folder alone. */
import path from 'node:path';
import { readManifest } from '../../store/run-dir.js';
import { outputWidth } from '../width.js';
import { collectBetweenPhases, sizeHeapForReport } from '../heap.js';

export async function reportCommand(dir: string, opts: { margin: number; by?: string; wide?: boolean }): Promise<void> {
  const runDir = path.resolve(dir);
  const manifest = readManifest(runDir);
  // A large run's reports are rebuilt in the small heap its run had (cli/heap), set before the report modules load.
  sizeHeapForReport(manifest.suites.reduce((n, s) => n + Math.min(s.items, manifest.limit ?? s.items), 0) * manifest.models.length * manifest.samples);
  const { writeReports } = await import('../../runner/finalize.js');
  // historyOut: a regenerated report.html keeps its trend chart (re-recording replaces, never duplicates).
  const { terminal } = await writeReports(runDir, { margin: opts.margin, seed: manifest.seed, historyOut: path.dirname(runDir), by: opts.by, wide: opts.wide, width: outputWidth(opts.wide), onSummary: () => collectBetweenPhases() });
  process.stdout.write(terminal + '\n');
  process.stdout.write(`\nreports written to ${runDir}: summary.json, results.csv, report.md, report.html\n`);
}
