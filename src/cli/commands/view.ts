/**
 * @module cli/commands/view — `bench view [results-dir]`: every run of a results folder on one
 * local page (a server on 127.0.0.1 that opens nothing by itself; Ctrl-C stops it, exit 0), or
 * with `--static <file>` the same page written as one self-contained HTML file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../errors.js';

export interface ViewOptions {
  port: number;
  static?: string;
}

export async function viewCommand(dir: string, opts: ViewOptions): Promise<void> {
  const out = path.resolve(dir);
  if (!fs.existsSync(out) || !fs.statSync(out).isDirectory()) {
    throw new InputError(`${dir}: no such results folder; pass the folder your runs were written to (bench run --out, default results)`);
  }
  if (opts.port > 65535) throw new InputError(`--port: expected a port from 0 to 65535, got ${opts.port}`);
  if (opts.static !== undefined) {
    const { writeStaticView } = await import('../../view/static.js');
    const { runs, comparisons } = await writeStaticView(out, opts.static, dir);
    process.stdout.write(`wrote ${path.resolve(opts.static)}: ${runs} run(s), ${comparisons} comparison(s) of consecutive runs\n`);
    return;
  }
  const { startViewServer } = await import('../../view/server.js');
  let server;
  try {
    server = await startViewServer(out, { port: opts.port, label: dir, onError: (e) => process.stderr.write(`bench view: ${(e as Error)?.stack ?? String(e)}\n`) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') throw new InputError(`--port ${opts.port}: ${code === 'EADDRINUSE' ? 'already in use' : 'not allowed'}; pass another port, or --port 0 for any free one`);
    throw e;
  }
  process.stdout.write(`bench view: ${out} at ${server.url} (Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stderr.write('bench view: stopped\n');
}
