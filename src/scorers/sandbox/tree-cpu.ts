/**
 * @module scorers/sandbox/tree-cpu — how much CPU a sandboxed program's processes have used, and
 * how long they waited for a core, read from the host's /proc (nothing inside the sandbox can
 * touch it).
 *
 * The tree is every process below a root pid (the sandbox's bubblewrap, or the worker's
 * candidate/checker server), found by parent pid; a process that appears later is tracked once
 * its parent is. CPU is summed as each process's own time plus that of the children it reaped
 * (`/proc/<pid>/stat` utime + stime + cutime + cstime), so a child that exits and is reaped by a
 * process of the tree stays counted; a child reaped by the kernel itself (its parent ignores
 * SIGCHLD) keeps what it had used when last seen (the sum of own times). Only one that lived
 * between two samples is missed entirely, which the wall-clock backstops cover (deadline.ts).
 * Time spent runnable but waiting for a core comes from `schedstat` (every thread's).
 *
 * A server's own processes (bubblewrap, its init and the server interpreter: the first
 * `infraDepth + 1` levels) carry the time of earlier items: their counts are taken from the first
 * sample on. Everything else starts at zero.
 *
 * What the kernel offers (schedstat, `children` files) is probed once per /proc from its `self`
 * entry; a test hands the sampler a /proc of its own making (`proc`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on every architecture Linux ships). */
const TICK_MS = 10;

export interface TreeUsage {
  /** CPU time of the tree's processes since the first sample (infrastructure) or their start, ms. */
  cpuMs: number;
  /** Time the tree's threads were runnable but waiting for a core, ms (0 where schedstat is missing). */
  waitMs: number;
  /** False where this kernel has no schedstat: then `runnable` tells whether the tree wanted a CPU. */
  waitKnown: boolean;
  /** Whether a process of the tree was running or runnable when sampled. */
  runnable: boolean;
}

export interface TreeRoot {
  pid: number;
  /** Levels below the root (the root is 0) that belong to a long-lived server, not to this item; -1 for none. */
  infraDepth: number;
}

interface Tracked {
  start: string;
  depth: number;
  base: number;
  cum: number;
  /** Its own CPU (utime + stime) at the first sample for a server's own processes, else 0; and now. */
  ownBase: number;
  own: number;
  /** Waiting time at the first sample, for a server's own processes. */
  waitBase: number | null;
  wait: number;
  threads: number;
}

interface Stat {
  state: string;
  ppid: number;
  cum: number;
  own: number;
  threads: number;
  start: string;
}

function readStat(proc: string, pid: number): Stat | null {
  let text: string;
  try {
    text = readFileSync(`${proc}/${pid}/stat`, 'latin1');
  } catch {
    return null;
  }
  // "pid (comm) S ppid …": comm may hold spaces and parentheses, so split after the last ')'.
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  if (f.length < 20) return null;
  return {
    state: f[0]!,
    ppid: Number(f[1]),
    cum: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]),
    own: Number(f[11]) + Number(f[12]),
    threads: Number(f[17]),
    start: f[19]!,
  };
}

interface Kernel {
  /** Whether it reports per-task waiting time (CONFIG_SCHED_INFO). */
  schedstat: boolean;
  /** Whether it lists each thread's children (CONFIG_PROC_CHILDREN); else /proc is scanned. */
  children: boolean;
}

const kernels = new Map<string, Kernel>();

function kernelOf(proc: string): Kernel {
  let k = kernels.get(proc);
  if (!k) {
    k = { schedstat: existsSync(`${proc}/self/schedstat`), children: existsSync(`${proc}/self/task/${process.pid}/children`) };
    kernels.set(proc, k);
  }
  return k;
}

function waitNs(proc: string, pid: number, threads: number): number {
  const one = (p: string): number => {
    try {
      return Number(readFileSync(p, 'latin1').split(' ')[1]) || 0;
    } catch {
      return 0;
    }
  };
  if (threads <= 1) return one(`${proc}/${pid}/schedstat`);
  let sum = 0;
  try {
    for (const tid of readdirSync(`${proc}/${pid}/task`)) sum += one(`${proc}/${pid}/task/${tid}/schedstat`);
  } catch {
    return one(`${proc}/${pid}/schedstat`);
  }
  return sum;
}

function listPids(proc: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync(proc)) {
    const c = name.charCodeAt(0);
    if (c >= 48 && c <= 57) pids.push(Number(name));
  }
  return pids;
}

/** The children of every thread of `pid` (none once it is gone). */
function childrenOf(proc: string, pid: number, threads: number): number[] {
  const out: number[] = [];
  try {
    const tids = threads > 1 ? readdirSync(`${proc}/${pid}/task`) : [String(pid)];
    for (const tid of tids) {
      for (const c of readFileSync(`${proc}/${pid}/task/${tid}/children`, 'latin1').split(' ')) if (c) out.push(Number(c));
    }
  } catch {
    // gone, or a thread ended while being read: the next sample sees what is left
  }
  return out;
}

/** Samples one process tree; `sample()` returns null where /proc cannot be read. */
export class TreeSampler {
  private readonly tracked = new Map<number, Tracked>();
  private started = false;
  /** Where /proc has no `children` files: pids seen by the last full scan (only new ones are read). */
  private listed: Set<number> | null = null;
  /** Waiting time of tracked processes that are gone. */
  private goneWaitNs = 0;
  /** Own CPU of tracked processes that are gone, as last seen, ticks. */
  private goneOwn = 0;
  private last: TreeUsage = { cpuMs: 0, waitMs: 0, waitKnown: true, runnable: false };
  private broken = false;

  private readonly kernel: Kernel;

  /**
   * `scan`: find processes by a scan of /proc even where `children` files exist (what other
   * kernels get). `proc`: the /proc to read (a test's own tree of files).
   */
  constructor(private readonly root: TreeRoot, private readonly scan = false, private readonly proc = '/proc') {
    this.kernel = kernelOf(proc);
  }

  sample(): TreeUsage | null {
    if (this.broken) return null;
    try {
      return this.read();
    } catch {
      this.broken = true;
      return null;
    }
  }

  private read(): TreeUsage {
    const { tracked, proc } = this;
    const { schedstat } = this.kernel;
    if (!this.started) {
      const st = readStat(proc, this.root.pid);
      if (st === null) return this.last;
      this.started = true;
      tracked.set(this.root.pid, this.entry(st, 0));
    }
    // Processes found just now were read by discover(): their stat is not read a second time.
    const fresh = this.discover();
    let cpuTicks = 0;
    let waitSum = this.goneWaitNs;
    let ownTicks = this.goneOwn;
    let runnable = false;
    for (const [pid, t] of tracked) {
      const st = fresh.get(pid) ?? readStat(proc, pid);
      if (st === null || st.start !== t.start) {
        this.goneWaitNs += t.wait - (t.waitBase ?? 0);
        waitSum += t.wait - (t.waitBase ?? 0);
        this.goneOwn += t.own - t.ownBase;
        ownTicks += t.own - t.ownBase;
        tracked.delete(pid);
        continue;
      }
      if (st.state === 'R') runnable = true;
      t.cum = st.cum;
      t.own = st.own;
      ownTicks += t.own - t.ownBase;
      t.threads = st.threads;
      if (st.state !== 'Z' && schedstat) t.wait = waitNs(proc, pid, st.threads);
      if (t.waitBase === null) t.waitBase = t.depth <= this.root.infraDepth ? t.wait : 0;
      cpuTicks += t.cum - t.base;
      waitSum += t.wait - t.waitBase;
    }
    // A child reaped by the kernel (its parent ignores SIGCHLD) takes its time with it: the sum of
    // every process's own time as last seen still holds what it had used by then. Both sums only
    // miss time, never count it twice: the larger is the better, and never less than before.
    const ticks = Math.max(cpuTicks, ownTicks);
    this.last = { cpuMs: Math.max(this.last.cpuMs, ticks * TICK_MS), waitMs: Math.max(this.last.waitMs, waitSum / 1e6), waitKnown: schedstat, runnable };
    return this.last;
  }

  private entry(st: Stat, depth: number): Tracked {
    const infra = depth <= this.root.infraDepth;
    return { start: st.start, depth, base: infra ? st.cum : 0, cum: st.cum, ownBase: infra ? st.own : 0, own: st.own, waitBase: null, wait: 0, threads: st.threads };
  }

  /**
   * Tracks the children of tracked processes (a process found late loses nothing: its own time
   * and its reaped children's are cumulative): from their `children` files, else from a scan of /proc.
   * Returns the stat of each process it began to track.
   */
  private discover(): Map<number, Stat> {
    const fresh = new Map<number, Stat>();
    if (this.kernel.children && !this.scan) {
      const queue = [...this.tracked.keys()];
      while (queue.length > 0) {
        const pid = queue.shift()!;
        const parent = this.tracked.get(pid);
        const kids = parent ? childrenOf(this.proc, pid, parent.threads) : [];
        for (const kid of kids) {
          if (this.tracked.has(kid)) continue;
          const st = readStat(this.proc, kid);
          if (st === null || st.ppid !== pid) continue;
          this.tracked.set(kid, this.entry(st, parent!.depth + 1));
          fresh.set(kid, st);
          queue.push(kid);
        }
      }
      return fresh;
    }
    const pids = listPids(this.proc);
    const listed = this.listed;
    this.listed = new Set(pids);
    this.adopt(pids.filter((p) => !listed?.has(p)), fresh);
    return fresh;
  }

  /** Tracks every pid of `candidates` whose parent is tracked (parents first, whatever their order). */
  private adopt(candidates: number[], fresh: Map<number, Stat>): void {
    const pending = new Map<number, Stat>();
    for (const pid of candidates) {
      if (this.tracked.has(pid)) continue;
      const st = readStat(this.proc, pid);
      if (st !== null) pending.set(pid, st);
    }
    let grew = true;
    while (grew && pending.size > 0) {
      grew = false;
      for (const [pid, st] of pending) {
        const parent = this.tracked.get(st.ppid);
        if (!parent) continue;
        this.tracked.set(pid, this.entry(st, parent.depth + 1));
        fresh.set(pid, st);
        pending.delete(pid);
        grew = true;
      }
    }
  }
}
