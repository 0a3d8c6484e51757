#!/usr/bin/env node
/**
 * @module scripts/perf/index — `npm run bench:perf`: how close bench runs to the machine's limit.
 *
 * Starts a loopback OpenAI-compatible server (./server.mjs) in this process and measures the
 * built CLI (dist/cli/main.js) as a whole child process against references on the same server
 * and machine: a raw `fetch` loop (./raw-client.mjs), `node -e 0`, bare /usr/bin/python3.
 * Each figure is a median of several repetitions; each ratio is taken within one repetition
 * (reference and bench back to back), then the median ratio is reported.
 *
 * `anthropic`: the same runs through the Anthropic provider (Messages SSE from the same server)
 * beside the OpenAI provider, back to back; the ratio is Anthropic ÷ OpenAI items/s.
 *
 * `--peer promptfoo`: the same workload through promptfoo (pinned, installed on demand into a cache
 * folder outside the repo, ./peer-promptfoo.mjs), bench and promptfoo back to back in each repetition.
 *
 * usage: npm run bench:perf [-- --quick] [--only throughput,latency,anthropic,memory,startup,sandbox] [--reps N]
 *        [--items N] [--concurrency 1,8,64] [--delays 0,50] [--large N] [--large-reps N] [--keep] [--peer promptfoo]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { timed, median, percentile, writeSuite, writeModels, runFolder, recordedLatencies, fmt } from './lib.mjs';
import { sandboxFigures } from './sandbox.mjs';
import { ensurePromptfoo, promptfooCommand, writePromptfooConfig, PROMPTFOO_VERSION } from './peer-promptfoo.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'dist/cli/main.js');
const RAW = path.join(ROOT, 'scripts/perf/raw-client.mjs');
const NODE = process.execPath;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const peer = flag('--peer');
if (peer !== undefined && peer !== 'promptfoo') {
  console.error(`bench:perf: --peer: expected promptfoo, got "${peer}"`);
  process.exit(2);
}
// `--peer promptfoo` alone measures the peer only; with --only, both.
const only = new Set((flag('--only') ?? (peer ? '' : 'throughput,anthropic,memory,startup,sandbox')).split(',').filter(Boolean));
if (only.has('latency')) only.add('throughput');
const cfg = {
  items: Number(flag('--items') ?? (quick ? 400 : 2000)),
  reps: Number(flag('--reps') ?? (quick ? 1 : 3)),
  large: Number(flag('--large') ?? (quick ? 20_000 : 100_000)),
  medium: quick ? 5_000 : 10_000,
  largeReps: Number(flag('--large-reps') ?? (quick ? 1 : 3)),
  startupReps: 7,
  concurrencies: (flag('--concurrency') ?? '1,8,64').split(',').map(Number),
  delays: (flag('--delays') ?? '0,50').split(',').map(Number),
};

if (!fs.existsSync(BIN)) {
  console.error(`bench:perf: ${BIN} is missing; build first (npm run build)`);
  process.exit(2);
}

const rows = [];
/** One table row: figure, bench value, reference value, ratio, target text, met (bool|null). */
const row = (figure, value, reference, ratio, target = '', met = null) => {
  rows.push({ figure, value, reference, ratio, target, met });
  console.error(`  ${figure}: ${value}${reference ? ` (ref ${reference})` : ''}${ratio ? ` ratio ${ratio}` : ''}${target ? ` target ${target}: ${met ? 'met' : 'NOT met'}` : ''}`);
};

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-perf-'));
const server = await startServer({ delayMs: 0 });
const env = { NO_COLOR: '1' };
const benchRun = (suite, models, out, extra = [], opts = {}) =>
  timed(NODE, [BIN, 'run', '--suite', suite, '--tasks', path.join(work, 'tasks'), '--models', models, '--out', out, '--no-progress', ...extra], { cwd: work, env, ...opts });

try {
  console.error(`bench:perf ${quick ? '(quick) ' : ''}in ${work}; server ${server.url}`);
  if (only.has('throughput')) await throughput();
  if (only.has('anthropic')) await anthropic();
  if (only.has('memory')) await memory();
  if (only.has('startup')) await startup();
  if (only.has('sandbox')) await sandbox();
  if (peer === 'promptfoo') await promptfoo();
} finally {
  await server.close();
  if (!args.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
}
printTable();

async function throughput() {
  writeSuite(work, 'tp', cfg.items);
  // What every run pays whatever its size: start-up, loading inputs, the summary and reports.
  server.setDelay(0);
  const fixed = [];
  for (let r = 0; r < Math.max(3, cfg.reps); r++) {
    const out = path.join(work, `out-fixed-${r}`);
    fixed.push((await benchRun('tp', writeModels(work, server.url, 1), out, ['--no-cache', '--limit', '1'])).ms);
    fs.rmSync(out, { recursive: true, force: true });
  }
  row('fixed cost of a run: 1 item, start to exit (ms)', fmt(median(fixed), 0), '', '');
  for (const delay of cfg.delays) {
    server.setDelay(delay);
    for (const c of cfg.concurrencies) {
      const models = writeModels(work, server.url, c);
      // c=1 at 50 ms is 100 s a run: one repetition is enough there.
      const reps = delay > 0 && c === 1 ? 1 : cfg.reps;
      const benchRates = [];
      const rawRates = [];
      const ratios = [];
      const lat = [];
      for (let r = 0; r < reps; r++) {
        server.reset();
        const raw = await timed(NODE, [RAW, server.url, String(cfg.items), String(c)], { cwd: work });
        const rawHandled = [...server.handled];
        const rawSpan = server.span();
        if (JSON.parse(raw.stdout).failed) throw new Error('raw client: some requests failed');
        const out = path.join(work, `out-tp-${delay}-${c}-${r}`);
        server.reset();
        const b = await benchRun('tp', models, out, ['--no-cache']);
        const handled = [...server.handled];
        const benchSpan = server.span();
        const byQuestion = new Map(server.byQuestion);
        const rawRate = cfg.items / (raw.ms / 1000);
        const benchRate = cfg.items / (b.ms / 1000);
        rawRates.push(rawRate);
        benchRates.push(benchRate);
        ratios.push(benchRate / rawRate);
        if (c === 64) {
          const recorded = recordedLatencies(runFolder(out));
          const gaps = [...recorded].filter(([i]) => byQuestion.has(i)).map(([i, ms]) => ms - byQuestion.get(i));
          const rawInfo = JSON.parse(raw.stdout);
          lat.push({
            bp50: percentile([...recorded.values()], 50), bp95: percentile([...recorded.values()], 95),
            sp50: percentile(handled, 50), sp95: percentile(handled, 95),
            gap50: percentile(gaps, 50), gap95: percentile(gaps, 95),
            rawGap50: rawInfo.p50 - percentile(rawHandled, 50),
            // Where the whole-process time goes: spawn → first request, first request → last
            // response closed, last response → exit (one clock: the server runs in this process).
            bHead: benchSpan.first - b.start, bBody: benchSpan.last - benchSpan.first, bTail: b.end - benchSpan.last,
            rHead: rawSpan.first - raw.start, rBody: rawSpan.last - rawSpan.first, rTail: raw.end - rawSpan.last,
          });
        }
        fs.rmSync(out, { recursive: true, force: true });
      }
      const ratio = median(ratios);
      const target = c === 64 ? (delay > 0 ? 0.85 : 0.5) : null;
      row(`throughput c=${c} delay=${delay} ms (items/s)`, fmt(median(benchRates)), fmt(median(rawRates)), fmt(ratio, 2),
        target ? `≥ ${target} × raw` : '', target ? ratio >= target : null);
      if (lat.length) latencyRows(delay, lat);
    }
  }
}

/** The Anthropic transport against the OpenAI one: same server, text, items and concurrency. */
async function anthropic() {
  writeSuite(work, 'tpa', cfg.items);
  for (const delay of cfg.delays) {
    server.setDelay(delay);
    const c = 64;
    const rates = { openai: [], anthropic: [] };
    const ratios = [];
    for (let r = 0; r < cfg.reps; r++) {
      const per = {};
      for (const provider of ['openai', 'anthropic']) {
        const out = path.join(work, `out-a-${provider}-${delay}-${r}`);
        server.reset();
        const b = await benchRun('tpa', writeModels(work, server.url, c, provider), out, ['--no-cache']);
        if (b.code !== 0) throw new Error(`bench run (${provider}) exited ${b.code}: ${b.stderr}`);
        per[provider] = cfg.items / (b.ms / 1000);
        rates[provider].push(per[provider]);
        fs.rmSync(out, { recursive: true, force: true });
      }
      ratios.push(per.anthropic / per.openai);
    }
    const ratio = median(ratios);
    row(`throughput anthropic c=${c} delay=${delay} ms (items/s; ref: bench's openai provider)`, fmt(median(rates.anthropic)), fmt(median(rates.openai)), fmt(ratio, 2),
      '≥ 0.9 × openai', ratio >= 0.9);
  }
}

/** bench and promptfoo on the same items, server, delay and concurrency (c=64), back to back. */
async function promptfoo() {
  const bin = ensurePromptfoo();
  const c = 64;
  writeSuite(work, 'peer', cfg.items);
  const models = writeModels(work, server.url, c);
  const config = writePromptfooConfig(work, 'peer', cfg.items, server.url, c);
  for (const delay of cfg.delays) {
    server.setDelay(delay);
    const per = { bench: [], promptfoo: [], benchRss: [], promptfooRss: [], ratio: [], rssRatio: [] };
    for (let r = 0; r < cfg.reps; r++) {
      const out = path.join(work, `out-peer-${delay}-${r}`);
      server.reset();
      const b = await benchRun('peer', models, out, ['--no-cache'], { rss: true });
      if (server.count() !== cfg.items) throw new Error(`bench sent ${server.count()} requests for ${cfg.items} items`);
      fs.rmSync(out, { recursive: true, force: true });
      server.reset();
      const cmd = promptfooCommand(bin, config, work, c);
      // promptfoo exits 100 when assertions fail; the run itself counts here.
      const p = await timed(NODE, cmd.args, { cwd: cmd.cwd, env: cmd.env, rss: true, allowFail: true });
      if (server.count() !== cfg.items) throw new Error(`promptfoo sent ${server.count()} requests for ${cfg.items} items (exit ${p.code}): ${p.stderr.slice(-1500)}`);
      const br = cfg.items / (b.ms / 1000);
      const pr = cfg.items / (p.ms / 1000);
      per.bench.push(br);
      per.promptfoo.push(pr);
      per.benchRss.push(b.peakMb);
      per.promptfooRss.push(p.peakMb);
      per.ratio.push(br / pr);
      per.rssRatio.push(b.peakMb / p.peakMb);
    }
    const range = (xs) => `${fmt(Math.min(...xs), 2)}–${fmt(Math.max(...xs), 2)}`;
    row(`peer: throughput c=${c} delay=${delay} ms, ${cfg.items} items (items/s; ref: promptfoo ${PROMPTFOO_VERSION}; ratio range ${range(per.ratio)})`,
      fmt(median(per.bench)), fmt(median(per.promptfoo)), `${fmt(median(per.ratio), 2)}×`);
    row(`peer: peak RSS c=${c} delay=${delay} ms (MB; ref: promptfoo ${PROMPTFOO_VERSION})`,
      fmt(median(per.benchRss), 0), fmt(median(per.promptfooRss), 0), `${fmt(median(per.rssRatio), 2)}×`);
  }
}

function latencyRows(delay, lat) {
  const m = (k) => median(lat.map((l) => l[k]));
  const sp50 = m('sp50');
  const allowed = 1 + 0.02 * sp50;
  const gap = m('bp50') - sp50;
  // Target: bench's p50 within 1 ms + 2% of the server's p50 (queue wait is never latency).
  row(`latency p50 c=64 delay=${delay} ms (ms: bench vs server)`, fmt(m('bp50'), 2), fmt(sp50, 2), `+${fmt(gap, 2)} ms`,
    delay > 0 ? `≤ +${fmt(allowed, 2)} ms` : '', delay > 0 ? Math.abs(gap) <= allowed : null);
  row(`latency p95 c=64 delay=${delay} ms (ms: bench vs server)`, fmt(m('bp95'), 2), fmt(m('sp95'), 2), `+${fmt(m('bp95') - m('sp95'), 2)} ms`);
  row(`latency gap per request c=64 delay=${delay} ms (p50 / p95 of bench − server, same request; raw fetch p50 gap)`,
    `${fmt(m('gap50'), 2)} / ${fmt(m('gap95'), 2)}`, fmt(m('rawGap50'), 2), '');
  row(`timeline c=64 delay=${delay} ms (ms: spawn → first request / first request → last response / last response → exit)`,
    `${fmt(m('bHead'), 0)} / ${fmt(m('bBody'), 0)} / ${fmt(m('bTail'), 0)}`, `${fmt(m('rHead'), 0)} / ${fmt(m('rBody'), 0)} / ${fmt(m('rTail'), 0)}`, '');
}

async function memory() {
  server.setDelay(0);
  const models = writeModels(work, server.url, 64);
  for (const n of [cfg.medium, cfg.large]) {
    const name = `m${n}`;
    writeSuite(work, name, n);
    const reps = n === cfg.large ? cfg.largeReps : cfg.reps;
    const peaks = [];
    const rates = [];
    const warm = [];
    const warmSent = [];
    const reports = [];
    for (let r = 0; r < reps; r++) {
      const out = path.join(work, `out-${name}-${r}`);
      server.reset();
      const cold = await benchRun(name, models, out, [], { rss: true });
      peaks.push(cold.peakMb);
      rates.push(n / (cold.ms / 1000));
      const runDir = runFolder(out);
      if (n === cfg.large) {
        server.reset();
        const w = await benchRun(name, models, out, [], { rss: true });
        warm.push(w.ms);
        warmSent.push(server.count());
        const rep = await timed(NODE, [BIN, 'report', runDir], { cwd: work, env, rss: true });
        reports.push(rep.ms);
      }
      fs.rmSync(out, { recursive: true, force: true });
    }
    const peak = median(peaks);
    const limit = n >= 100_000 ? 150 : null;
    row(`peak RSS, ${n.toLocaleString('en')} items (MB; ${fmt(median(rates), 0)} items/s)`, fmt(peak, 0), '', '', limit ? `≤ ${limit} MB` : '', limit ? peak <= limit : null);
    if (warm.length) {
      const t = median(warm) / 1000;
      const sent = Math.max(...warmSent);
      row(`warm-cache rerun, ${n.toLocaleString('en')} items (s; requests sent: ${sent})`, fmt(t, 2), '', '', n >= 100_000 ? '≤ 5 s, 0 sent' : '0 sent', (n < 100_000 || t <= 5) && sent === 0);
      const rt = median(reports) / 1000;
      row(`bench report, ${n.toLocaleString('en')} records (s)`, fmt(rt, 2), '', '', n >= 100_000 ? '≤ 2 s' : '', n >= 100_000 ? rt <= 2 : null);
    }
  }
}

/** `bench --help` / `--version` against `node -e 0`, interleaved; target: within 30 ms (medians). */
async function startup() {
  const runs = { bare: [], help: [], version: [] };
  for (let r = 0; r < cfg.startupReps; r++) {
    runs.bare.push((await timed(NODE, ['-e', '0'])).ms);
    runs.help.push((await timed(NODE, [BIN, '--help'])).ms);
    runs.version.push((await timed(NODE, [BIN, '--version'])).ms);
  }
  const b = median(runs.bare);
  const spread = (xs) => `${fmt(Math.min(...xs), 0)}–${fmt(Math.max(...xs), 0)}`;
  for (const what of ['help', 'version']) {
    const t = median(runs[what]);
    row(`startup: bench --${what} (ms, median of ${cfg.startupReps} interleaved; range ${spread(runs[what])}, node -e 0 ${spread(runs.bare)})`,
      fmt(t, 0), fmt(b, 0), `+${fmt(t - b, 0)} ms`, '≤ node -e 0 + 30 ms', t - b <= 30);
  }
}

async function sandbox() {
  const dataset = path.resolve(process.env.BENCH_DATASETS ?? path.resolve(ROOT, '../shared/datasets'), 'humaneval/HumanEval.jsonl.gz');
  if (!fs.existsSync(dataset)) {
    row('sandbox: HumanEval canonical solutions', 'skipped', '', '', `(no ${dataset})`);
    return;
  }
  const f = await sandboxFigures({ root: ROOT, dataset, reps: cfg.reps, limit: quick ? 40 : undefined });
  const range = ([lo, hi]) => `${fmt(lo, 2)}–${fmt(hi, 2)}`;
  row(`sandbox: runs/s, ${f.programs} programs, ${f.workers} workers (bench vs bare python3; ratio range ${range(f.overheadSpread)})`, fmt(f.sandboxRate, 1), fmt(f.bareRate, 1), fmt(f.overhead, 2) + '× time',
    '≤ 1.3 × bare', f.overhead <= 1.3);
  row(`sandbox, checked (code + trusted checker): programs/s, ${f.workers} workers (vs bare python3; range ${range(f.checkOverheadSpread)})`, fmt(f.checkRate, 1), fmt(f.bareRate, 1), fmt(f.checkOverhead, 2) + '× time',
    '≤ 1.3 × bare', f.checkOverhead <= 1.3);
  if (f.failed) row('sandbox: canonical solutions that did not pass', String(f.failed), '', '');
  if (f.checkFailed) row('sandbox, checked: canonical solutions that did not pass', String(f.checkFailed), '', '');
}

function printTable() {
  const head = ['figure', 'bench', 'reference', 'ratio', 'target', 'met'];
  const body = rows.map((r) => [r.figure, r.value, r.reference, r.ratio, r.target, r.met === null ? '' : r.met ? 'met' : 'NOT met']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  const out = [
    `bench:perf — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load ${os.loadavg()[0].toFixed(1)}${quick ? ', --quick' : ''}`,
    `items ${cfg.items}, ${cfg.reps} repetition(s) (large: ${cfg.largeReps}), medians; ratios within each repetition`,
    '',
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ];
  process.stdout.write(out.join('\n') + '\n');
}
