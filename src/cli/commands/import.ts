/** @module cli/commands/import — `bench import <format> <file>`: a public benchmark file → a suite folder. */
import path from 'node:path';
import { runImport } from '../../suites/importers/index.js';
import type { ImportOptions } from '../../suites/importers/types.js';

export async function importCommand(
  format: string,
  input: string,
  opts: { out: string; name?: string; limit?: number; sample?: number; seed: number; ids?: string; force?: boolean },
): Promise<void> {
  const options: ImportOptions & { out: string; force?: boolean } = {
    out: path.resolve(opts.out),
    ...(opts.name ? { name: opts.name } : {}),
    ...(opts.limit ? { limit: opts.limit } : {}),
    ...(opts.sample ? { sample: opts.sample, seed: opts.seed } : {}),
    ...(opts.ids ? { ids: opts.ids } : {}),
    ...(opts.force ? { force: true } : {}),
  };
  const { dir, items } = await runImport(format, input, options);
  const name = path.basename(dir);
  process.stdout.write(`wrote ${items} items to ${dir}\nrun it with: bench run --suite ${path.relative(process.cwd(), dir) || name}\n`);
}
