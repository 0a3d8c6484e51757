/** @module cli/commands/list — `bench list`: the suites and models bench can see. */
import fs from 'node:fs';
import { listSuites } from '../../suites/load.js';
import { loadModels } from '../../config/load.js';
import { resolveTasksDir } from '../../runner/inputs.js';
import { BenchError } from '../../errors.js';

export async function listCommand(opts: { models: string; tasks: string }): Promise<void> {
  const tasksDir = resolveTasksDir(opts.tasks);
  const suites = await listSuites(tasksDir);
  const lines: string[] = [`Suites in ${tasksDir}:`];
  if (!suites.length) lines.push('  (none)');
  for (const s of suites) lines.push(`  ${s.name.padEnd(18)} ${String(s.items).padStart(6)} items  ${s.domain.padEnd(10)} ${brief(s.description)}`);
  lines.push('', `Models in ${opts.models}:`);
  if (!fs.existsSync(opts.models)) {
    lines.push(`  (no ${opts.models}; pass --models <file>)`);
  } else {
    try {
      const models = await loadModels(opts.models, { ...process.env });
      for (const m of models) {
        const size = m.params_b !== undefined ? `${m.params_b}B` : '?B';
        lines.push(`  ${m.id.padEnd(22)} ${m.provider.padEnd(7)} ${size.padStart(6)} ${(m.tuned ?? '').padEnd(8)} ${m.model}`);
      }
    } catch (e) {
      if (!(e instanceof BenchError)) throw e;
      lines.push(`  ${e.message.split('\n').join('\n  ')}`);
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}

/** The first sentence, at most 90 characters. */
function brief(text: string): string {
  const first = text.split(/(?<=[.;])\s/)[0] ?? text;
  return first.length > 90 ? `${first.slice(0, 89)}…` : first;
}
