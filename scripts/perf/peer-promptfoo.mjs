/**
 * @module scripts/perf/peer-promptfoo — `bench:perf --peer promptfoo`: the same workload through
 * promptfoo, side by side with bench.
 *
 * promptfoo is installed on demand (only with `--peer promptfoo`), pinned, into a cache folder
 * outside the repository: `$XDG_CACHE_HOME/bench-perf/promptfoo-<version>` (default
 * `~/.cache/bench-perf/…`), with `npm install --engine-strict`, so nothing of it enters bench's
 * package.json or lockfile. Its workload is bench's: the same generated multiple-choice items (as
 * a CSV of tests with a `contains` assertion on the letter), the same system prompt and template,
 * the same loopback server and concurrency, no cache, no progress bar, telemetry and update checks
 * off, its results database in the benchmark's temporary folder.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The promptfoo release measured in scripts/perf/README.md (engines: node ^20.20.0 || >=22.22.0). */
export const PROMPTFOO_VERSION = '0.121.20';

export function promptfooDir(version = PROMPTFOO_VERSION) {
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cache, 'bench-perf', `promptfoo-${version}`);
}

/** The promptfoo CLI entry, installing the pinned version first if it is not in the cache folder. */
export function ensurePromptfoo(version = PROMPTFOO_VERSION, log = (m) => console.error(m)) {
  const dir = promptfooDir(version);
  const pkg = path.join(dir, 'node_modules', 'promptfoo', 'package.json');
  if (!fs.existsSync(pkg) || JSON.parse(fs.readFileSync(pkg, 'utf8')).version !== version) {
    fs.mkdirSync(dir, { recursive: true });
    if (!fs.existsSync(path.join(dir, 'package.json'))) fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "bench-perf-peer", "private": true }\n');
    log(`installing promptfoo@${version} into ${dir} (once; a few minutes)`);
    execFileSync('npm', ['install', `promptfoo@${version}`, '--save-exact', '--engine-strict', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const meta = JSON.parse(fs.readFileSync(pkg, 'utf8'));
  const bin = typeof meta.bin === 'string' ? meta.bin : meta.bin?.promptfoo ?? Object.values(meta.bin ?? {})[0];
  if (!bin) throw new Error(`promptfoo@${version}: no bin entry in ${pkg}`);
  return path.join(dir, 'node_modules', 'promptfoo', bin);
}

const csvCell = (s) => `"${String(s).replace(/"/g, '""')}"`;

/**
 * promptfoo's config for the items of lib.mjs `writeSuite(dir, name, n)`: the same prompt, one test
 * per item. Returns the config path.
 */
export function writePromptfooConfig(dir, name, n, url, concurrency) {
  const folder = path.join(dir, `promptfoo-${name}`);
  fs.mkdirSync(folder, { recursive: true });
  const rows = ['question,choices,__expected'];
  for (let i = 0; i < n; i++) {
    const answer = 'ABCD'[i % 4];
    rows.push([`Question ${i}: which letter is ${answer}?`, 'A. alpha\nB. bravo\nC. charlie\nD. delta', `contains:${answer}`].map(csvCell).join(','));
  }
  fs.writeFileSync(path.join(folder, 'tests.csv'), rows.join('\n') + '\n');
  fs.writeFileSync(path.join(folder, 'prompt.json'), JSON.stringify([
    { role: 'system', content: 'Answer with the letter only.' },
    { role: 'user', content: '{{question}}\n\n{{choices}}' },
  ]) + '\n');
  const config = path.join(folder, 'promptfooconfig.yaml');
  fs.writeFileSync(config, [
    'description: bench:perf peer workload',
    'prompts:',
    '  - file://prompt.json',
    'providers:',
    '  - id: openai:chat:fake',
    '    config:',
    `      apiBaseUrl: ${url}`,
    '      apiKey: none',
    'tests: file://tests.csv',
    'evaluateOptions:',
    `  maxConcurrency: ${concurrency}`,
    '',
  ].join('\n'));
  return config;
}

/** argv and env for one promptfoo eval of `config` (run from the config's folder). */
export function promptfooCommand(bin, config, work, concurrency) {
  return {
    args: [bin, 'eval', '-c', config, '--no-cache', '--no-progress-bar', '--max-concurrency', String(concurrency)],
    env: {
      PROMPTFOO_CONFIG_DIR: path.join(work, '.promptfoo'),
      PROMPTFOO_DISABLE_TELEMETRY: '1',
      PROMPTFOO_DISABLE_UPDATE: '1',
      PROMPTFOO_DISABLE_SHARING: '1',
      // Its file loggers throw 'write after end' on exit in this version (the eval itself is done).
      PROMPTFOO_DISABLE_DEBUG_LOG: '1',
      PROMPTFOO_DISABLE_ERROR_LOG: '1',
      OPENAI_API_KEY: 'none',
      NO_COLOR: '1',
    },
    cwd: path.dirname(config),
  };
}
