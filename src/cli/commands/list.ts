/** @module cli/commands/list — `bench list`: the suites and models bench can see. */
import fs from 'node:fs';
import { listSuites } from '../../suites/load.js';
import { loadModels } from '../../config/load.js';
import { resolveTasksDir } from '../../runner/inputs.js';
import { BenchError } from '../../errors.js';
import { printJson } from '../json.js';

export async function listCommand(opts: { models: string; tasks: string; json?: boolean }): Promise<void> {
  const tasksDir = resolveTasksDir(opts.tasks);
  const suites = await listSuites(tasksDir);
  if (opts.json) {
    printJson({ tasks_dir: tasksDir, suites, models_file: opts.models, ...(await modelsForJson(opts.models)) });
    return;
  }
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

/** The models as `--json` lists them (no secrets: the loaded specs hold variable names, not keys); a models file that does not load is `models_error`. */
async function modelsForJson(file: string): Promise<{ models: object[]; models_error: string | null }> {
  if (!fs.existsSync(file)) return { models: [], models_error: `no ${file}; pass --models <file>` };
  try {
    const models = await loadModels(file, { ...process.env });
    return { models: models.map((m) => ({ id: m.id, provider: m.provider, model: m.model, params_b: m.params_b ?? null, tuned: m.tuned ?? null })), models_error: null };
  } catch (e) {
    if (!(e instanceof BenchError)) throw e;
    return { models: [], models_error: e.message };
  }
}
