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
import { runGroups } from './run-groups.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(dist, '.bundle');
/** Loaded at run time from node_modules: native bindings, optional packages. */
const EXTERNAL = ['@duckdb/node-api', 'node-llama-cpp'];

// The bundle only makes start-up faster: where the bundler cannot load (it needs Node ≥ 20.19, or
// a dev install), tsc's output stays the binary, as it was before bundling.
let rolldown;
try {
  ({ rolldown } = await import('rolldown'));
} catch (e) {
  console.warn(`build-bundle: rolldown unavailable (${e?.message ?? e}); dist/cli/main.js stays unbundled`);
  process.exit(0);
}
const cli = path.join(dist, 'cli');
if (/^import .* from "\.\/chunk-/m.test(fs.readFileSync(path.join(cli, 'main.js'), 'utf8'))) {
  // Bundling the bundle again would nest it: the input is tsc's output, so tsc runs first (npm run build).
  console.error('build-bundle: dist/cli/main.js is already bundled; run `npm run build` (tsc first)');
  process.exit(1);
}
fs.rmSync(out, { recursive: true, force: true });
const input = { main: path.join(dist, 'cli/main.js'), 'report-worker': path.join(dist, 'runner/report-worker.js') };
const options = {
  input,
  platform: 'node',
  external: (id) => id.startsWith('node:') || EXTERNAL.some((p) => id === p || id.startsWith(`${p}/`)),
  logLevel: 'warn',
};
const output = { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunk-[name]-[hash].js', charset: 'ascii', comments: { legal: true, annotation: true, jsdoc: false } };

// First pass, rolldown's own chunking (not written): a chunk per set of entries sharing modules,
// which for `bench run` was 35 ES modules linked before its first request, each resolved, its
// format looked up, compiled and linked on its own. The second pass groups what `bench run` loads
// beyond the entry into two chunks (run-groups.mjs).
let bundle = await rolldown(options);
const groups = runGroups((await bundle.generate(output)).output);
await bundle.close();
if (!groups) console.warn('build-bundle: the run command\'s chunk was not found; default chunking');
bundle = await rolldown(groups ? { ...options, preserveEntrySignatures: 'allow-extension' } : options);
await bundle.write({ ...output, dir: out, ...(groups && { codeSplitting: { groups } }) });
await bundle.close();
for (const f of fs.readdirSync(cli)) if (f.startsWith('chunk-')) fs.rmSync(path.join(cli, f));
for (const f of fs.readdirSync(out)) fs.renameSync(path.join(out, f), path.join(cli, f));
fs.rmSync(out, { recursive: true });
fs.chmodSync(path.join(cli, 'main.js'), 0o755);
// tsc's map of the entry it replaced no longer matches it.
fs.rmSync(path.join(cli, 'main.js.map'), { force: true });
