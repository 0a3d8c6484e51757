#!/usr/bin/env node
/**
 * @module scripts/perf/ab — interleaved A/B rounds of `bench run` builds against the raw fetch loop,
 * for telling two builds apart on a shared machine: each round runs the raw loop, then every build
 * (order alternating between rounds), on the same server and suite as `bench:perf`'s throughput
 * figure; per run it prints wall time, CPU time (user + system) and peak RSS of the child, the
 * ratio to the raw loop of the same round, the recorded p50/p95 latency over the server's, and the
 * machine's load; then the medians per build.
 *
 * usage: node scripts/perf/ab.mjs [--reps 5] [--delay 50] [--concurrency 64] [--items 2000] [--one]
 *          name=<dist folder> [name=<dist folder> …]
 *   --one: 1-item runs (the fixed cost of a run), no raw loop.
 * e.g.   node scripts/perf/ab.mjs --reps 6 main=../main-build/dist this=dist
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { timed, writeSuite, writeModels, runFolder, recordedLatencies, percentile, median } from './lib.mjs';

const RAW = path.join(path.dirname(fileURLToPath(import.meta.url)), 'raw-client.mjs');
const TIME = '/usr/bin/time';
const args = process.argv.slice(2);
const flag = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const reps = Number(flag('--reps', 5));
const delay = Number(flag('--delay', 50));
const c = Number(flag('--concurrency', 64));
const items = Number(flag('--items', 2000));
const one = args.includes('--one');
const builds = args.filter((a) => /^[\w.-]+=/.test(a)).map((a) => [a.slice(0, a.indexOf('=')), path.resolve(a.slice(a.indexOf('=') + 1))]);
if (!builds.length || !fs.existsSync(TIME)) {
  console.error('usage: node scripts/perf/ab.mjs [--reps N] [--delay ms] [--concurrency N] [--items N] [--one] name=<dist> …  (needs /usr/bin/time)');
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ab-'));
writeSuite(work, 'tp', items);
const server = await startServer({ delayMs: delay });
const models = writeModels(work, server.url, c);

/** A child to its exit (lib's `timed` under /usr/bin/time): wall ms, CPU ms (user + system), peak RSS MB, stdout. */
async function run(args) {
  const t = await timed(process.execPath, args, { cwd: work, env: { NO_COLOR: '1' }, rss: true });
  const span = server.span();
  // The timeline on one clock (the server runs here): spawn → first request, last response → exit.
  const head = span.first === null ? NaN : span.first - t.start;
  const tail = span.last === null ? NaN : t.end - span.last;
  return { ms: t.ms, cpu: t.cpuMs, rss: t.peakMb, stdout: t.stdout, head, tail };
}

const results = new Map(builds.map(([name]) => [name, []]));
const raws = [];
const f = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : '—');
try {
  for (let r = 0; r < reps; r++) {
    const line = [`round ${r + 1}, load ${os.loadavg()[0].toFixed(1)}`];
    let raw = null;
    if (!one) {
      server.reset();
      raw = await run([RAW, server.url, String(items), String(c)]);
      raw.gap = JSON.parse(raw.stdout).p50 - percentile([...server.handled], 50);
      raws.push(raw);
      line.push(`raw ${f(raw.ms)} ms (p50 gap ${f(raw.gap, 2)})`);
    }
    for (const [name, dist] of r % 2 ? [...builds].reverse() : builds) {
      const out = path.join(work, `out-${name}-${r}`);
      server.reset();
      const b = await run([path.join(dist, 'cli/main.js'), 'run', '--suite', 'tp', '--tasks', path.join(work, 'tasks'), '--models', models, '--out', out, '--no-progress', '--no-cache', ...(one ? ['--limit', '1'] : [])]);
      const recorded = recordedLatencies(runFolder(out));
      const handled = [...server.handled];
      b.p50 = percentile([...recorded.values()], 50) - percentile(handled, 50);
      b.p95 = percentile([...recorded.values()], 95) - percentile(handled, 95);
      b.ratio = raw ? raw.ms / b.ms : NaN;
      results.get(name).push(b);
      line.push(`${name} ${f(b.ms)} ms, cpu ${f(b.cpu)}, ${f(b.rss)} MB${raw ? `, × raw ${f(b.ratio, 2)}, p50 +${f(b.p50, 2)}, p95 +${f(b.p95, 1)}, head ${f(b.head)}, tail ${f(b.tail)}` : ''}`);
      fs.rmSync(out, { recursive: true, force: true });
    }
    console.log(line.join(' | '));
  }
} finally {
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
}
for (const [name, xs] of results) {
  const m = (k) => median(xs.map((x) => x[k]));
  const range = (k) => `${f(Math.min(...xs.map((x) => x[k])), 2)}–${f(Math.max(...xs.map((x) => x[k])), 2)}`;
  console.log(`${name}: wall ${f(m('ms'))} ms, cpu ${f(m('cpu'))} ms, peak ${f(m('rss'))} MB${one ? '' : `, × raw ${f(m('ratio'), 2)} (${range('ratio')}), p50 +${f(m('p50'), 2)} ms, p95 +${f(m('p95'), 1)} ms, head ${f(m('head'))} ms, tail ${f(m('tail'))} ms (${f(Math.min(...xs.map((x) => x.tail)))}–${f(Math.max(...xs.map((x) => x.tail)))})`}`);
}
if (raws.length) console.log(`raw: wall ${f(median(raws.map((x) => x.ms)))} ms, p50 gap ${f(median(raws.map((x) => x.gap)), 2)} ms, head ${f(median(raws.map((x) => x.head)))} ms, tail ${f(median(raws.map((x) => x.tail)))} ms`);
