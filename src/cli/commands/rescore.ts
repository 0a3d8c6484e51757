/**
 * @module cli/commands/rescore — `bench rescore <run-dir> [--out <dir>]`: the run's saved outputs
 * scored again with today's scorers, into a new run folder; not a single request is sent.
 */
import path from 'node:path';
import { rescoreRun } from '../../runner/rescore.js';
import { outputWidth } from '../width.js';

export async function rescoreCommand(dir: string, opts: { out?: string; margin: number; workers?: number; wide?: boolean }): Promise<void> {
  const res = await rescoreRun(dir, {
    ...(opts.out !== undefined && { out: opts.out }),
    margin: opts.margin,
    ...(opts.workers !== undefined && { workers: opts.workers }),
    command: process.argv.slice(2),
    ...(outputWidth(opts.wide) !== undefined && { width: outputWidth(opts.wide) }),
  });
  process.stdout.write(res.terminal + '\n');
  const lines = res.changes.filter((c) => c.changed > 0).map((c) => `  ${c.suite} / ${c.model}: ${c.changed} of ${c.rescored}`);
  process.stdout.write(
    `\nre-scored ${res.rescored} of ${res.records} record(s) (endpoint errors kept as they were); ${res.changed} changed${lines.length ? `:\n${lines.join('\n')}` : ''}\n` +
      `run folder: ${res.runDir}\nsee what changed: bench compare ${path.resolve(dir)} ${res.runDir}\n`,
  );
}
