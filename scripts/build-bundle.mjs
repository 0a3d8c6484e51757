#!/usr/bin/env node
/**
 * @module scripts/build-bundle — part of `npm run build`, after tsc: bundles the `bench` binary
 * (dist/cli/main.js) and its report thread (dist/cli/report-worker.js) from tsc's output into a
 * few files, so `bench run` links a handful of modules instead of hundreds before its first
 * request. Commands and the report phase stay lazily loaded (their own chunks). Native and
 * optional packages stay external. The library (dist/index.js and the rest of dist/) is tsc's
 * output, untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(dist, '.bundle');
/** Loaded at run time from node_modules: native bindings, optional packages. */
const EXTERNAL = ['@duckdb/node-api', 'node-llama-cpp'];

fs.rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({
  input: { main: path.join(dist, 'cli/main.js'), 'report-worker': path.join(dist, 'runner/report-worker.js') },
  platform: 'node',
  external: (id) => id.startsWith('node:') || EXTERNAL.some((p) => id === p || id.startsWith(`${p}/`)),
  logLevel: 'warn',
});
await bundle.write({ dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunk-[name]-[hash].js' });
await bundle.close();
const cli = path.join(dist, 'cli');
for (const f of fs.readdirSync(cli)) if (f.startsWith('chunk-')) fs.rmSync(path.join(cli, f));
for (const f of fs.readdirSync(out)) fs.renameSync(path.join(out, f), path.join(cli, f));
fs.rmSync(out, { recursive: true });
fs.chmodSync(path.join(cli, 'main.js'), 0o755);
// tsc's map of the entry it replaced no longer matches it.
fs.rmSync(path.join(cli, 'main.js.map'), { force: true });
