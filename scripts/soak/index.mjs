#!/usr/bin/env node
/**
 * @module scripts/soak/index — the soak test (RELIABILITY.md C24–C26 under load; run on demand,
 * not in CI): `node scripts/soak/index.mjs [--runs 20] [--items 40] [--models 2] [--seed 1]`.
 *
 * Each run starts `bench run` (the built dist/cli/main.js) against a loopback server that
 * injects 20% faults (429 with retry-after, 500, reset, cut stream), interrupts it at a random
 * point with SIGKILL or SIGINT (mixed; sometimes the resume is interrupted too), then resumes
 * with `--resume` until it exits 0. Each run must end with exactly the ground truth: every
 * (item, model) recorded once, no error, the scripted right answer, manifest complete.
 * Prints the figures; exits 1 if any run missed the ground truth.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng, startSoakServer } from './server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'dist/cli/main.js');

function flag(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : dflt;
}
const RUNS = flag('runs', 20);
const ITEMS = flag('items', 40);
const MODELS = flag('models', 2);
const SEED = flag('seed', Date.now() % 100000);
const random = rng(SEED + 7);

function writeWorkspace(dir, url) {
  const suite = path.join(dir, 'tasks', 'soak');
  fs.mkdirSync(suite, { recursive: true });
  fs.writeFileSync(path.join(suite, 'suite.yaml'), ['name: soak', 'domain: test', 'description: soak', 'version: "1"', 'scorer: { type: choice }', 'template: "{{question}}\\n\\n{{choices}}"', ''].join('\n'));
  const truth = new Map();
  const lines = [];
  for (let i = 0; i < ITEMS; i++) {
    const id = `s-${String(i + 1).padStart(4, '0')}`;
    const answer = 'ABCD'[(i * 7) % 4];
    truth.set(id, answer);
    lines.push(JSON.stringify({ id, question: `Question ${id}: which letter is ${answer}?`, choices: { A: 'a', B: 'b', C: 'c', D: 'd' }, answer }));
  }
  fs.writeFileSync(path.join(suite, 'items.jsonl'), lines.join('\n') + '\n');
  const models = ['models:'];
  for (let m = 1; m <= MODELS; m++) models.push(`  - id: m${m}`, '    provider: openai', `    model: soak-${m}`, `    base_url: ${url}`, `    concurrency: ${2 + m}`, '    timeout_s: 20');
  fs.writeFileSync(path.join(dir, 'models.yaml'), models.join('\n') + '\n');
  return truth;
}

/** Lines in the run's records file (0 when there is none yet). */
function recordCount(out) {
  const dir = runDirOf(out);
  if (!dir) return 0;
  try {
    return fs.readFileSync(path.join(dir, 'records.jsonl'), 'utf8').split('\n').length - 1;
  } catch {
    return 0;
  }
}

/**
 * Runs bench; `interrupt` = { signal, afterMs } (a timed point, startup included) or
 * { signal, atRecords, out } (once that many records exist), or null.
 */
function bench(args, cwd, interrupt) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, BENCH_RETRY_BASE_MS: '20' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let timer = null;
    if (interrupt?.afterMs !== undefined) timer = setTimeout(() => child.kill(interrupt.signal), interrupt.afterMs);
    else if (interrupt) {
      timer = setInterval(() => {
        if (recordCount(interrupt.out) >= interrupt.atRecords) {
          clearInterval(timer);
          child.kill(interrupt.signal);
        }
      }, 5);
    }
    const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(timer);
      clearTimeout(guard);
      resolve({ code, signal, stderr });
    });
  });
}

function runDirOf(out) {
  if (!fs.existsSync(out)) return null;
  const dirs = fs.readdirSync(out).filter((d) => !d.startsWith('.'));
  return dirs.length ? path.join(out, dirs[0]) : null;
}

/** Checks the run folder against the ground truth; returns a list of problems and the duplicate count. */
function check(runDir, truth) {
  const problems = [];
  const seen = new Map();
  const lines = fs.readFileSync(path.join(runDir, 'records.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    const r = JSON.parse(line);
    const key = `${r.model}/${r.item_id}/${r.sample}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (r.error !== null) problems.push(`${key}: error ${r.error}`);
    else if (r.correct !== true || r.extracted !== truth.get(r.item_id) || r.output !== `Reasoning briefly, then the answer. Answer: ${truth.get(r.item_id)}`) problems.push(`${key}: not the scripted answer (${JSON.stringify(r.output)})`);
  }
  let duplicates = 0;
  for (let m = 1; m <= MODELS; m++) {
    for (const id of truth.keys()) {
      const n = seen.get(`m${m}/${id}/0`) ?? 0;
      if (n === 0) problems.push(`m${m}/${id}: missing`);
      if (n > 1) duplicates += n - 1;
    }
  }
  if (seen.size !== MODELS * truth.size) problems.push(`${seen.size} distinct jobs recorded, expected ${MODELS * truth.size}`);
  if (duplicates) problems.push(`${duplicates} duplicate records`);
  const manifest = JSON.parse(fs.readFileSync(path.join(runDir, 'manifest.json'), 'utf8'));
  if (manifest.status !== 'complete') problems.push(`manifest status ${manifest.status}`);
  if (fs.existsSync(path.join(runDir, '.lock'))) problems.push('lock left behind');
  return { problems, duplicates };
}

/** Simulates a crash in the middle of a write: appends the first part of a record line. */
function tearLastLine(runDir) {
  const file = path.join(runDir, 'records.jsonl');
  if (!fs.existsSync(file)) return false;
  const text = fs.readFileSync(file, 'utf8');
  const lastLine = text.split('\n').filter(Boolean).at(-1);
  if (!lastLine || !text.endsWith('\n')) return false; // already torn: one tear at a time
  fs.appendFileSync(file, lastLine.slice(0, 1 + Math.floor(random() * (lastLine.length - 2))));
  return true;
}

async function main() {
  if (!fs.existsSync(BIN)) {
    console.error(`soak: ${BIN} is missing; build first: npx tsc -p tsconfig.build.json`);
    process.exit(2);
  }
  const server = await startSoakServer({ faultRate: 0.2, seed: SEED });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-soak-'));
  const truth = writeWorkspace(work, server.url);
  const f = { tornInjected: 0, runs: 0, sigkill: 0, sigint: 0, finishedBeforeInterrupt: 0, resumes: 0, tornSetAside: 0, restartsNoManifest: 0, failedRuns: 0, duplicates: 0, exitCodes: {} };
  const t0 = Date.now();
  for (let run = 1; run <= RUNS; run++) {
    const out = path.join(work, `out-${run}`);
    const base = ['run', '--suite', 'soak', '--models', 'models.yaml', '--out', out, '--no-cache', '--no-progress'];
    let interrupts = 1 + (random() < 0.4 ? 1 : 0); // sometimes the resume is interrupted too
    let runDir = null;
    let last = null;
    for (let attempt = 0; attempt < 12; attempt++) {
      const signal = random() < 0.5 ? 'SIGKILL' : 'SIGINT';
      const total = ITEMS * MODELS;
      const interrupt =
        interrupts <= 0 ? null
        : random() < 0.25 ? { signal, afterMs: Math.floor(random() * 600) } // startup included
        : { signal, out, atRecords: recordCount(out) + 1 + Math.floor(random() * Math.max(1, total - recordCount(out) - 1)) };
      const args = runDir ? [...base, '--resume', runDir] : base;
      if (runDir) f.resumes++;
      last = await bench(args, work, interrupt);
      f.exitCodes[last.code ?? last.signal] = (f.exitCodes[last.code ?? last.signal] ?? 0) + 1;
      if (/torn last line/.test(last.stderr)) f.tornSetAside++;
      if (interrupt) {
        interrupts--;
        if (last.code === 0) f.finishedBeforeInterrupt++;
        else if (interrupt.signal === 'SIGKILL') f.sigkill++;
        else f.sigint++;
      }
      runDir = runDirOf(out);
      if (last.signal === 'SIGKILL' && runDir && random() < 0.3) tearLastLine(runDir) && f.tornInjected++;
      if (runDir && !fs.existsSync(path.join(runDir, 'manifest.json'))) {
        // Killed between creating the folder and writing its manifest: nothing to resume.
        f.restartsNoManifest++;
        fs.rmSync(out, { recursive: true, force: true });
        runDir = null;
        continue;
      }
      if (last.code === 0 && runDir) {
        const errors = fs.readFileSync(path.join(runDir, 'records.jsonl'), 'utf8').includes('"error":"');
        if (!errors) break; // else: resume redoes the errored jobs
      } else if (last.code !== null && last.code !== 3 && !(last.code === 0)) {
        console.error(`run ${run}: bench exited ${last.code}:\n${last.stderr}`);
      }
    }
    f.runs++;
    const { problems, duplicates } = runDir ? check(runDir, truth) : { problems: ['no run folder'], duplicates: 0 };
    f.duplicates += duplicates;
    if (problems.length) {
      f.failedRuns++;
      console.error(`run ${run}: MISSED the ground truth:\n  ${problems.slice(0, 10).join('\n  ')}\n  last stderr: ${last?.stderr.slice(-500)}`);
    } else process.stdout.write(`run ${run}: ok\n`);
  }
  await server.close();
  const minimum = RUNS * ITEMS * MODELS;
  const faults = Object.values(server.stats.faults).reduce((a, b) => a + b, 0);
  console.log('\nsoak figures');
  console.log(`  runs: ${f.runs} (${ITEMS} items × ${MODELS} models each; seed ${SEED})`);
  console.log(`  interrupts: ${f.sigkill} SIGKILL, ${f.sigint} SIGINT; ${f.finishedBeforeInterrupt} runs finished before their interrupt landed`);
  console.log(`  resumes: ${f.resumes}; torn last lines injected after a SIGKILL: ${f.tornInjected}, set aside with a warning: ${f.tornSetAside}; restarts (killed before the manifest existed): ${f.restartsNoManifest}`);
  console.log(`  faults injected: ${faults} of ${server.stats.requests} requests (${((100 * faults) / server.stats.requests).toFixed(1)}%): ${JSON.stringify(server.stats.faults)}`);
  console.log(`  requests sent: ${server.stats.requests} vs minimum ${minimum} (×${(server.stats.requests / minimum).toFixed(2)}); answered in full: ${server.stats.ok}`);
  console.log(`  exit codes seen: ${JSON.stringify(f.exitCodes)}`);
  console.log(`  duplicates found: ${f.duplicates}; runs off the ground truth: ${f.failedRuns}`);
  console.log(`  time: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  fs.rmSync(work, { recursive: true, force: true });
  if (f.tornSetAside !== f.tornInjected) console.error(`soak: ${f.tornInjected} torn lines injected but ${f.tornSetAside} warnings`);
  process.exit(f.failedRuns || f.tornSetAside !== f.tornInjected ? 1 : 0);
}

await main();
