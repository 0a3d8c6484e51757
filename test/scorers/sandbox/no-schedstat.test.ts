/**
 * The sandbox CPU clock where the kernel has no schedstat (no CONFIG_SCHED_INFO: a process's wait
 * for a core is unknown), on a /proc made of files by the test: the sampler says the wait is
 * unknown and whether a process of the tree is running or runnable, and the deadline counts a
 * tick at which one is as wanted, not idle. So a program starved of CPU is stopped at its CPU
 * limit, never at the idle backstop, while a sleeper still is. Time is the fake timers', so the
 * figures are exact whatever the machine's load. On the same made-up /proc: a child reaped by the
 * kernel keeps the CPU it was seen using, and a program starved of CPU where schedstat exists is
 * not cut by the wall-clock ceiling before its CPU limit (the ceiling scales with its own slowdown).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Deadline, type TimeLimitKind } from '../../../src/scorers/sandbox/deadline.js';
import { TreeSampler } from '../../../src/scorers/sandbox/tree-cpu.js';

const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** An empty /proc of this kernel's kind: with or without schedstat, with no `children` files (found by a scan). */
function fakeProc(schedstat: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-proc-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'self'));
  if (schedstat) writeFileSync(path.join(dir, 'self', 'schedstat'), '0 0 0\n');
  return dir;
}

interface Proc { ppid: number; state: string; utime: number; stime?: number; cutime?: number; cstime?: number; waitNs?: number }

/** Writes `/proc/<pid>/stat` (times in clock ticks of 10 ms; a command name with a space and parentheses) and, with `waitNs`, its schedstat. */
function setProc(dir: string, pid: number, p: Proc): void {
  const f = [p.state, p.ppid, pid, pid, 0, -1, 4194304, 0, 0, 0, 0, p.utime, p.stime ?? 0, p.cutime ?? 0, p.cstime ?? 0, 20, 0, 1, 0, 5000 + pid, 0, 0];
  mkdirSync(path.join(dir, String(pid)), { recursive: true });
  writeFileSync(path.join(dir, String(pid), 'stat'), `${pid} (python3 (x)) ${f.join(' ')}\n`);
  if (p.waitNs !== undefined) writeFileSync(path.join(dir, String(pid), 'schedstat'), `${(p.utime + (p.stime ?? 0)) * 1e7} ${p.waitNs} 3\n`);
}

describe('the process-tree sampler on a kernel without schedstat', () => {
  it('sums the tree’s CPU, says the wait is unknown, and tells whether a process of the tree is runnable', () => {
    const proc = fakeProc(false);
    setProc(proc, 100, { ppid: 1, state: 'S', utime: 3, stime: 1, cutime: 5, cstime: 1 });
    setProc(proc, 101, { ppid: 100, state: 'R', utime: 20, stime: 2 });
    setProc(proc, 7, { ppid: 1, state: 'R', utime: 999 }); // not of the tree
    const sampler = new TreeSampler({ pid: 100, infraDepth: -1 }, false, proc);
    expect(sampler.sample()).toEqual({ cpuMs: (10 + 22) * 10, waitMs: 0, waitKnown: false, runnable: true });
    setProc(proc, 101, { ppid: 100, state: 'S', utime: 30, stime: 2 });
    expect(sampler.sample()).toEqual({ cpuMs: (10 + 32) * 10, waitMs: 0, waitKnown: false, runnable: false });
  });

  it('where schedstat exists, reads each process’s wait from it instead', () => {
    const proc = fakeProc(true);
    setProc(proc, 100, { ppid: 1, state: 'S', utime: 1, waitNs: 0 });
    setProc(proc, 101, { ppid: 100, state: 'R', utime: 20, waitNs: 0 });
    const sampler = new TreeSampler({ pid: 100, infraDepth: -1 }, false, proc);
    expect(sampler.sample()).toMatchObject({ cpuMs: 210, waitMs: 0, waitKnown: true });
    setProc(proc, 101, { ppid: 100, state: 'R', utime: 25, waitNs: 300e6 });
    expect(sampler.sample()).toMatchObject({ cpuMs: 260, waitMs: 300, waitKnown: true });
  });

  it('keeps the CPU a child was seen using once the kernel reaps it (its parent ignores SIGCHLD: the parent\'s cutime never gets it)', () => {
    const proc = fakeProc(false);
    setProc(proc, 100, { ppid: 1, state: 'S', utime: 1 });
    setProc(proc, 101, { ppid: 100, state: 'R', utime: 20 });
    const sampler = new TreeSampler({ pid: 100, infraDepth: -1 }, false, proc);
    expect(sampler.sample()!.cpuMs).toBe(210);
    rmSync(path.join(proc, '101'), { recursive: true });
    setProc(proc, 100, { ppid: 1, state: 'R', utime: 6 });
    // The child's 20 ticks as last seen, and the parent's 6 since: not the parent's 6 alone (nor the 21 seen before).
    expect(sampler.sample()!.cpuMs).toBe(260);
  });
});

describe('the deadline on a kernel without schedstat (and one with it)', () => {
  const LIMIT = 300; // ms of CPU, and of idle time; ticks every 50 ms

  /**
   * Runs a deadline on a one-process tree that `state` and `cpuShare` (its share of the wall clock
   * as CPU) describe, until a limit ends it; with `schedstat`, the rest of the wall clock is its
   * wait for a core.
   */
  function judge(state: 'R' | 'S', cpuShare: number, schedstat = false): { kind: TimeLimitKind | null; atMs: number } {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const proc = fakeProc(schedstat);
    let kind: TimeLimitKind | null = null;
    let wall = 0;
    setProc(proc, 200, { ppid: 1, state, utime: 0 });
    const deadline = new Deadline({ limitMs: LIMIT, roots: () => [{ pid: 200, infraDepth: -1 }], onLimit: (k) => (kind = k), proc });
    try {
      while (kind === null && wall < 20 * LIMIT) {
        wall += 50;
        const utime = Math.floor((wall * cpuShare) / 10);
        setProc(proc, 200, { ppid: 1, state, utime, ...(schedstat && { waitNs: (wall - utime * 10) * 1e6 }) });
        vi.advanceTimersByTime(50);
      }
    } finally {
      deadline.stop();
    }
    return { kind, atMs: wall };
  }

  it('stops a program starved to a third of a core at its CPU limit, not at the idle backstop', () => {
    // Its CPU reaches the limit after 3 × the limit of wall-clock time; the ceiling is at least 5 ×.
    const { kind, atMs } = judge('R', 1 / 3);
    expect(kind).toBe('cpu');
    expect(atMs).toBeGreaterThanOrEqual(3 * LIMIT);
    expect(atMs).toBeLessThan(3 * LIMIT + 100);
  });

  it('where schedstat exists, stops a program starved to a tenth of a core at its CPU limit, not at the ceiling, on a machine whose 1-minute load has not risen yet', () => {
    // Its CPU reaches the limit after 10 × the limit of wall-clock time: past 5 × the limit × the
    // load (none), but within 5 × the limit × its own slowdown ((CPU + wait) ÷ CPU = 10).
    vi.spyOn(os, 'loadavg').mockReturnValue([0, 0, 0]);
    try {
      const { kind, atMs } = judge('R', 1 / 10, true);
      expect(kind).toBe('cpu');
      expect(atMs).toBeGreaterThanOrEqual(10 * LIMIT);
      expect(atMs).toBeLessThan(10 * LIMIT + 100);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('stops a sleeper at the idle backstop after the limit', () => {
    const { kind, atMs } = judge('S', 0);
    expect(kind).toBe('wall');
    expect(atMs).toBeGreaterThanOrEqual(LIMIT);
    expect(atMs).toBeLessThan(LIMIT + 100);
  });
});
