/**
 * @module scripts/perf/sandbox — sandboxed runs per second of the HumanEval canonical solutions
 * (bench's own Sandbox pool from dist/, bubblewrap when usable) against bare /usr/bin/python3
 * running the same programs from stdin, both with one worker per core. Two sandboxed paths: the
 * whole program (code + tests) as one program, as `isolation: in_process` runs it, and the checked
 * path the code scorer runs by default (the code serving calls, the tests in a trusted checker
 * apart); either way each program is forked into namespaces of its own by the worker's candidate
 * server (a bubblewrap sandbox per program where that cannot be built). The three run interleaved in small blocks, so that other work on
 * a shared machine weighs on each alike; each ratio is the sum of its blocks' times.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { median } from './lib.mjs';

function bare(source) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/python3', ['-I', '-B', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.resume();
    child.stdin.on('error', () => undefined);
    child.stdin.end(source);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** Programs per interleaved block (see sandboxFigures). */
const BLOCK = 8;

async function pool(tasks, workers) {
  let next = 0;
  const results = new Array(tasks.length);
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }));
  return results;
}

export async function sandboxFigures({ root, dataset, reps, limit }) {
  const { Sandbox } = await import(pathToFileURL(path.join(root, 'dist/scorers/sandbox/index.js')).href);
  const { assembleProgram, sentinelLine, solutionSource } = await import(pathToFileURL(path.join(root, 'dist/scorers/code/assemble.js')).href);
  const { checkerProgram } = await import(pathToFileURL(path.join(root, 'dist/scorers/code/checker.js')).href);
  let items = zlib.gunzipSync(fs.readFileSync(dataset)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (limit) items = items.slice(0, limit);
  const nonce = 'perf0nonce';
  const programs = items.map((it) => assembleProgram({ id: it.task_id, prompt: it.prompt, test: it.test, entry_point: it.entry_point }, it.canonical_solution, nonce));
  const sentinel = sentinelLine(nonce);
  // The checked path (what the code scorer runs): candidate and trusted checker in two sandboxes.
  const checks = items.map((it) => {
    const ci = { id: it.task_id, prompt: it.prompt, test: it.test, entry_point: it.entry_point };
    return { source: solutionSource(ci, it.canonical_solution), entry: it.entry_point, checker: checkerProgram({ prompt: it.prompt, test: it.test, entry: it.entry_point }) };
  });
  const workers = os.availableParallelism();
  const sandbox = await Sandbox.create({ workers });
  const sbxRates = [];
  const bareRates = [];
  const ratios = [];
  const checkRates = [];
  const checkRatios = [];
  let failed = 0;
  let checkFailed = 0;
  try {
    for (let r = 0; r < reps; r++) {
      // Interleaved in blocks of BLOCK programs (bare, one sandbox, checked, the order rotating per
      // block), so load from other work on a shared machine falls on all three alike.
      let bareMs = 0;
      let sbxMs = 0;
      let checkMs = 0;
      failed = 0;
      checkFailed = 0;
      for (let at = 0, k = 0; at < programs.length; at += BLOCK, k++) {
        const idx = programs.slice(at, at + BLOCK).map((_, i) => at + i);
        const runs = [
          async () => {
            const t0 = performance.now();
            const b = await pool(idx.map((i) => () => bare(programs[i])), workers);
            bareMs += performance.now() - t0;
            if (b.some((x) => x.code !== 0 || !x.out.includes(sentinel))) throw new Error('bare python3: a canonical solution failed');
          },
          async () => {
            const t0 = performance.now();
            const s = await pool(idx.map((i) => () => sandbox.run({ source: programs[i], sentinel })), workers);
            sbxMs += performance.now() - t0;
            failed += s.filter((x) => x.verdict !== 'passed').length;
          },
          async () => {
            const t0 = performance.now();
            const c = await pool(idx.map((i) => () => sandbox.check(checks[i])), workers);
            checkMs += performance.now() - t0;
            checkFailed += c.filter((x) => x.verdict !== 'passed').length;
          },
        ];
        for (let j = 0; j < runs.length; j++) await runs[(j + k) % runs.length]();
      }
      checkRates.push(programs.length / (checkMs / 1000));
      checkRatios.push(checkMs / bareMs);
      bareRates.push(programs.length / (bareMs / 1000));
      sbxRates.push(programs.length / (sbxMs / 1000));
      ratios.push(sbxMs / bareMs);
    }
  } finally {
    await sandbox.close();
  }
  const spread = (xs) => [Math.min(...xs), Math.max(...xs)];
  return {
    programs: programs.length, workers, isolated: sandbox.isolated, sandboxRate: median(sbxRates), bareRate: median(bareRates), overhead: median(ratios), failed,
    checkRate: median(checkRates), checkOverhead: median(checkRatios), checkFailed,
    overheadSpread: spread(ratios), checkOverheadSpread: spread(checkRatios),
  };
}
