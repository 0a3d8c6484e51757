/**
 * Time limits judged by CPU time (deadline.ts): a correct CPU-bound program passes on a machine
 * too busy to finish it within its limit in wall-clock time; busy loops stop at the CPU limit,
 * with or without children sharing the work and whatever they do to their own rlimits; sleepers
 * and blocked programs stop at the wall-clock backstop. No assertion here depends on how fast
 * the machine is: the load beside the programs is made by the test itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkerProgram } from '../../../src/scorers/code/checker.js';
import { Sandbox } from '../../../src/scorers/sandbox/index.js';
import { Deadline } from '../../../src/scorers/sandbox/deadline.js';
import { TreeSampler } from '../../../src/scorers/sandbox/tree-cpu.js';
import { alive, marked, token } from './helpers.js';

/** Busy loops beside the programs: more than the cores, so every process gets a fraction of one. */
function hogs(): () => void {
  const n = 2 * os.availableParallelism() + 1;
  const procs: ChildProcess[] = Array.from({ length: n }, () => spawn('/usr/bin/python3', ['-c', 'while True: pass'], { stdio: 'ignore' }));
  return () => { for (const p of procs) p.kill('SIGKILL'); };
}

/** About `n` × the calibration program's work (calibrate.ts), and a proof it ran to the end. */
const work = (n: number): string => `s = 0\nfor i in range(${n} * 1000000):\n    s += i * i % 7\nprint("SENTINEL-OK", s > 0)\n`;

// `roomy` is calibrated by CPU time: its limit is 1 s × this machine's speed, whatever its load,
// so the correct program's work is a known share of it. Every program `sb` runs must time out,
// whatever the machine's speed: its limit is a plain 0.5 s of CPU, and it runs them all at once
// (a slot each), so the file takes the longest of them, not their sum.
let sb: Sandbox;
let roomy: Sandbox;
beforeAll(async () => {
  [sb, roomy] = await Promise.all([Sandbox.create({ workers: 10, timeoutS: 0.5, timeScale: 1 }), Sandbox.create({ workers: 2, timeoutS: 1 })]);
});
afterAll(async () => { await Promise.all([sb.close(), roomy.close()]); });

describe('sandbox time limits: CPU time', () => {
  it('passes a CPU-bound correct program while busy loops beside it slow it past its limit in wall-clock time', async () => {
    // ≈ 0.4 of the CPU limit of work; with more busy processes than cores beside it, it gets a
    // third of a core or less, so it takes longer than the limit in wall-clock time.
    const stop = hogs();
    try {
      const [whole, checked] = await Promise.all([
        roomy.run({ source: work(5), sentinel: 'SENTINEL-OK' }),
        roomy.check({
          source: `def f(n):\n    s = 0\n    for i in range(n):\n        s += i * i % 7\n    return s\n`,
          entry: 'f',
          checker: checkerProgram({ prompt: 'def f(n):\n    pass\n', test: 'def check(candidate):\n    assert candidate(5000000) > 0\n', entry: 'f' }),
        }),
      ]);
      expect(whole.explanation).toBe('');
      expect(whole.verdict).toBe('passed');
      expect(checked.explanation).toBe('');
      expect(checked.verdict).toBe('passed');
    } finally {
      stop();
    }
  });
});

// The suites below run at once, and so do the tests inside each (at most 5 per suite: vitest's
// maxConcurrency): each program is judged by its own CPU and idle time, which the others beside it
// do not change; a slower wall clock only makes them take longer.
describe.concurrent('sandbox time limits: the CPU limit', () => {
  it('stops a busy loop at the CPU limit', async () => {
    const r = await sb.run({ source: 'while True: pass' });
    expect(r.verdict).toBe('timeout');
    expect(r.timeLimit).toBe('cpu');
    expect(r.explanation).toContain('CPU');
  });

  it('counts the CPU of all its processes: children that share a busy loop (and are replaced when killed) stop at the CPU limit', async () => {
    const tok = token();
    const body = [
      'import os',
      'def spin():',
      '    if os.fork() == 0:',
      '        while True: pass',
      'for _ in range(4): spin()',
      'while True:',
      '    os.wait()',
      '    spin()',
    ].join('\n');
    const r = await sb.run({ source: marked(tok, body) });
    expect(r.verdict).toBe('timeout');
    expect(r.timeLimit).toBe('cpu');
    expect(alive(tok)).toEqual([]);
  });

  it('stops a program whose short-lived busy children are reaped by the kernel (their CPU leaves no trace in their parent)', async () => {
    const tok = token();
    const body = [
      'import os, signal, time',
      'signal.signal(signal.SIGCHLD, signal.SIG_IGN)',
      'while True:',
      '    try:',
      '        if os.fork() == 0:',
      '            end = time.process_time() + 0.03',
      '            while time.process_time() < end: pass',
      '            os._exit(0)',
      '    except OSError:',
      '        pass',
      '    time.sleep(0.005)',
    ].join('\n');
    const r = await sb.run({ source: marked(tok, body) });
    expect(r.verdict).toBe('timeout');
    expect(alive(tok)).toEqual([]);
  });

  it('stops a program that raises its soft CPU limit to the hard one and ignores SIGXCPU at the CPU limit, as a timeout', async () => {
    const body = [
      'import resource as r, signal',
      'signal.signal(signal.SIGXCPU, signal.SIG_IGN)',
      'soft, hard = r.getrlimit(r.RLIMIT_CPU)',
      'r.setrlimit(r.RLIMIT_CPU, (hard, hard))',
      'for lim in ((r.RLIM_INFINITY, r.RLIM_INFINITY), (hard + 100, hard + 100)):',
      '    try:',
      '        r.setrlimit(r.RLIMIT_CPU, lim)',
      '        print("RAISED", lim, flush=True)',
      '    except (ValueError, OSError):',
      '        pass',
      'while True: pass',
    ].join('\n');
    const r = await sb.run({ source: body });
    expect(r.stdout).not.toContain('RAISED');
    expect(r.verdict).toBe('timeout');
    expect(r.timeLimit).toBe('cpu');
  });

  it('stops a checked candidate that loops at the CPU limit, and one that sleeps at the backstop', async () => {
    const checker = checkerProgram({ prompt: 'def f(x):\n    pass\n', test: 'def check(candidate):\n    assert candidate(0) == 1\n', entry: 'f' });
    const [loop, sleeper] = await Promise.all([
      sb.check({ source: 'def f(x):\n    while True: pass\n', entry: 'f', checker }),
      sb.check({ source: 'import time\ndef f(x):\n    time.sleep(10**6)\n', entry: 'f', checker }),
    ]);
    expect([loop.verdict, loop.timeLimit]).toEqual(['timeout', 'cpu']);
    expect([sleeper.verdict, sleeper.timeLimit]).toEqual(['timeout', 'wall']);
  });
});

describe.concurrent('sandbox time limits: the wall-clock backstop', () => {
  it.each([
    ['sleeps forever', 'import time\ntime.sleep(10**6)'],
    ['blocks on a pipe nobody writes', 'import os\nr, w = os.pipe()\nos.read(r, 1)'],
    ['waits for a child that sleeps', 'import os, time\nif os.fork() == 0:\n    time.sleep(10**6)\nos.wait()'],
  ])('stops a program that %s at the wall-clock backstop', async (_name, body) => {
    const tok = token();
    const r = await sb.run({ source: marked(tok, body) });
    expect(r.verdict).toBe('timeout');
    expect(r.timeLimit).toBe('wall');
    expect(r.explanation).toContain('wall-clock');
    expect(alive(tok)).toEqual([]);
  });
});

describe.concurrent('the deadline where no process can be read', () => {
  it('falls back to the plain wall-clock limit', async () => {
    const started = performance.now();
    const kind = await new Promise<string>((resolve) => { new Deadline({ limitMs: 200, roots: () => [null], onLimit: resolve }); });
    expect(kind).toBe('wall');
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
  });
});

describe.concurrent('the process-tree sampler', () => {
  it.each([['children files', false], ['a scan of /proc', true]])('counts a live child and one that exited and was reaped (found by %s)', async (_how, scan) => {
    // Each child spins until its own CPU time has grown by 150 ms, so the two hold ≥ 300 ms on any
    // machine, however fast or loaded (a fixed loop of 6M additions took 95 ms a child on this one,
    // under the 200 asked); the parent only starts up.
    const src = [
      'import os, sys, time',
      'def work():',
      '    end = time.process_time() + 0.15',
      '    while time.process_time() < end: pass',
      'a = os.fork()',
      'if a == 0:',
      '    work(); os._exit(0)',
      'b = os.fork()',
      'if b == 0:',
      '    work(); print("spun", flush=True); time.sleep(600); os._exit(0)',
      'os.waitpid(a, 0)',
      'print("reaped", flush=True)',
      'os.waitpid(b, 0)',
    ].join('\n');
    const p = spawn('/usr/bin/python3', ['-c', src], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    try {
      const sampler = new TreeSampler({ pid: p.pid!, infraDepth: -1 }, scan);
      expect(sampler.sample()).not.toBeNull();
      let out = '';
      await new Promise<void>((resolve) => p.stdout!.on('data', (c: Buffer) => { out += c.toString(); if (out.includes('spun') && out.includes('reaped')) resolve(); }));
      const { cpuMs } = sampler.sample()!;
      // 300 ms less a clock tick (10 ms) of rounding per process
      expect(cpuMs).toBeGreaterThanOrEqual(270);
      expect(sampler.sample()!.cpuMs).toBeGreaterThanOrEqual(cpuMs);
    } finally {
      process.kill(-p.pid!, 'SIGKILL');
    }
  });
});
