#!/usr/bin/env node
/**
 * @module scripts/perf/head — the head of a run alone, for telling builds apart by what they do
 * before their first request: interleaved rounds of `bench run` (the throughput figure's suite,
 * server and flags: 2,000 items, c=64, `--no-cache`), each build in turn (order alternating), each
 * run stopped at its first request. Per run: spawn → the server's first request (wall, on the
 * server's clock) and the CPU the process had used by then (every thread's run time from
 * /proc/<pid>/task/<tid>/schedstat, in ns: finer than the 10 ms ticks of user + system time);
 * then the medians per build. The CPU figure moves far less with the machine's load than the wall.
 *
 * usage: node scripts/perf/head.mjs [--reps 12] name=<dist folder> [name=<dist folder> …]
 * e.g.   node scripts/perf/head.mjs --reps 16 before=../before/dist after=dist
 * Linux only (procfs).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';
import { writeSuite, writeModels, median } from './lib.mjs';

const args = process.argv.slice(2);
const reps = Number(args.includes('--reps') ? args[args.indexOf('--reps') + 1] : 12);
const builds = args.filter((a) => /^[\w.-]+=/.test(a)).map((a) => [a.slice(0, a.indexOf('=')), path.resolve(a.slice(a.indexOf('=') + 1))]);
if (!builds.length || !fs.existsSync('/proc/self/task')) {
  console.error('usage: node scripts/perf/head.mjs [--reps N] name=<dist> …  (Linux: reads /proc)');
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-head-'));
writeSuite(work, 'tp', 2000);
const server = await startServer({ delayMs: 50 });
const models = writeModels(work, server.url, 64);

/** ms of CPU every thread of `pid` has run so far. */
function cpuMs(pid) {
  let ns = 0;
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
  return ns / 1e6;
}

/** One run to its first request: { head, cpu } in ms; the process is killed there. */
function headOf(dist, out) {
  return new Promise((resolve, reject) => {
    server.reset();
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(dist, 'cli/main.js'), 'run', '--suite', 'tp', '--tasks', path.join(work, 'tasks'), '--models', models, '--out', out, '--no-progress', '--no-cache'],
      { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let result = null;
    const poll = setInterval(() => {
      const first = server.span().first;
      if (first === null || result) return;
      try {
        result = { head: first - t0, cpu: cpuMs(child.pid) };
      } catch (e) {
        result = { head: first - t0, cpu: NaN };
      }
      child.kill('SIGKILL');
    }, 1);
    child.on('exit', (code) => {
      clearInterval(poll);
      // Requests the killed process had in flight still reach the server: let them land before the next run.
      if (result) setTimeout(() => resolve(result), 150);
      else reject(new Error(`exited ${code} before its first request: ${stderr.slice(-1500)}`));
    });
  });
}

const results = new Map(builds.map(([name]) => [name, []]));
try {
  for (let r = 0; r < reps; r++) {
    const line = [`round ${r + 1}, load ${os.loadavg()[0].toFixed(1)}`];
    for (const [name, dist] of r % 2 ? [...builds].reverse() : builds) {
      const x = await headOf(dist, path.join(work, `out-${name}-${r}`));
      results.get(name).push(x);
      line.push(`${name} ${x.head.toFixed(0)} ms, cpu ${x.cpu.toFixed(0)} ms`);
    }
    console.log(line.join(' | '));
  }
} finally {
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
}
for (const [name, xs] of results) {
  const m = (k) => median(xs.map((x) => x[k])).toFixed(0);
  const lo = (k) => Math.min(...xs.map((x) => x[k])).toFixed(0);
  console.log(`${name}: spawn → first request ${m('head')} ms (min ${lo('head')}), CPU by then ${m('cpu')} ms (min ${lo('cpu')})`);
}
