/**
 * @module scripts/perf/lib — helpers for the performance benchmark: timed child processes
 * with their peak RSS, medians and percentiles, suite and models.yaml generation.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Runs a command to completion. Returns wall ms (spawn → exit, in this process; `start`/`end` are
 * those two instants on this process's performance.now() clock), with `rss` peak RSS in MB
 * (from /usr/bin/time's max resident set, else by polling /proc/<pid>/status VmHWM) and CPU ms
 * (user + system, from /usr/bin/time; else null), exit code and output. Throws when the exit
 * code is not 0 (unless `allowFail`).
 */
export function timed(command, args, { cwd, env, allowFail = false, rss = false } = {}) {
  return new Promise((resolve, reject) => {
    const rssFile = rss && TIME ? path.join(os.tmpdir(), `perf-rss-${process.pid}-${Math.random().toString(36).slice(2)}`) : null;
    const argv = rssFile ? ['-f', '%U %S %M', '-o', rssFile, command, ...args] : args;
    const t0 = performance.now();
    const child = spawn(rssFile ? TIME : command, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let hwm = 0;
    const poll = rss && !rssFile ? setInterval(() => (hwm = Math.max(hwm, vmHwm(child.pid))), 20) : null;
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (poll) clearInterval(poll);
      let peakMb = rss ? hwm / 1024 : null;
      let cpuMs = null;
      if (rssFile) {
        const [user, system, maxRss] = fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        peakMb = maxRss / 1024;
        cpuMs = (user + system) * 1000;
        fs.rmSync(rssFile, { force: true });
      }
      if (code !== 0 && !allowFail) {
        reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr.slice(-2000)}`));
        return;
      }
      resolve({ ms, start: t0, end: t0 + ms, peakMb, cpuMs, code, stdout, stderr });
    });
  });
}

function vmHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile, p in 0..100. */
export function percentile(xs, p) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** A multiple-choice suite of `n` generated items under <dir>/tasks/<name>/. */
export function writeSuite(dir, name, n) {
  const folder = path.join(dir, 'tasks', name);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(
    path.join(folder, 'suite.yaml'),
    [`name: ${name}`, 'domain: perf', 'description: generated for the performance benchmark', 'version: "1"',
      'scorer: { type: choice }', 'system: Answer with the letter only.', 'template: "{{question}}\\n\\n{{choices}}"', ''].join('\n'),
  );
  const fd = fs.openSync(path.join(folder, 'items.jsonl'), 'w');
  let batch = '';
  for (let i = 0; i < n; i++) {
    const answer = 'ABCD'[i % 4];
    batch += JSON.stringify({ id: `${name}-${i}`, question: `Question ${i}: which letter is ${answer}?`, choices: { A: 'alpha', B: 'bravo', C: 'charlie', D: 'delta' }, answer }) + '\n';
    if (batch.length > 1 << 20) {
      fs.writeSync(fd, batch);
      batch = '';
    }
  }
  fs.writeSync(fd, batch);
  fs.closeSync(fd);
}

/** models.yaml with one OpenAI-compatible model at `url` and the given concurrency. */
export function writeModels(dir, url, concurrency, provider = 'openai') {
  const file = path.join(dir, `models-${provider}-c${concurrency}.yaml`);
  // The Anthropic provider takes the origin (it appends /v1/messages) and needs max_tokens.
  const base = provider === 'anthropic' ? url.replace(/\/v1$/, '') : url;
  fs.writeFileSync(file, ['models:', '  - id: perf', `    provider: ${provider}`, '    model: fake', `    base_url: ${base}`,
    ...(provider === 'anthropic' ? ['    params: { max_tokens: 64 }'] : []),
    '    params_b: 1', '    tuned: generic', '    price: { per_hour: 1 }', `    concurrency: ${concurrency}`, '    timeout_s: 120', ''].join('\n'));
  return file;
}

/** The one run folder under `out` (newest first when several). */
export function runFolder(out) {
  const dirs = fs.readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort();
  if (!dirs.length) throw new Error(`no run folder in ${out}`);
  return path.join(out, dirs[dirs.length - 1]);
}

/** item number (the N of item id `<suite>-N`) → latency_ms, for every non-cached record of a run folder. */
export function recordedLatencies(runDir) {
  const out = new Map();
  for (const line of fs.readFileSync(path.join(runDir, 'records.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    if (typeof r.latency_ms === 'number' && !r.cached) out.set(Number(r.item_id.slice(r.item_id.lastIndexOf('-') + 1)), r.latency_ms);
  }
  return out;
}

export function fmt(v, digits = 1) {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  if (typeof v === 'string') return v;
  return v.toFixed(digits);
}
