/**
 * @module scorers/sandbox/deadline — when a program has had its time.
 *
 * A program is judged by its CPU time, not by how long the machine took to give it that time:
 * a correct program that needs 8 s of CPU passes on a machine so busy that it takes a minute.
 * Three limits, checked every tick from the host's /proc (tree-cpu.ts), none of which the
 * program can reach:
 *
 * - **CPU** (`cpu`): the CPU time of all its processes together reaches the limit. Each process
 *   also has RLIMIT_CPU at the limit (the kernel's SIGXCPU, verdict `timeout` too), so a single
 *   process is stopped on the dot even between ticks; children that share the work to stay under
 *   the per-process limit are stopped here.
 * - **Idle** (`wall`): the time it spent neither running nor waiting for a core (sleeping,
 *   blocked on a pipe or a lock, waiting for a child) reaches the same limit. A program that
 *   sleeps or waits forever is stopped after that long, on any machine; one that is only starved
 *   of CPU accrues none of it.
 * - **Ceiling** (`wall`): the wall-clock time reaches CEILING × the limit × how slowed the program
 *   is: the larger of the machine's 1-minute load per core and the program's own (CPU + waiting
 *   for a CPU) ÷ CPU, at least 1. The second has no lag: a machine that became busy a moment ago
 *   shows in it at once. It bounds what the accounting might miss.
 *
 * Where the kernel has no schedstat (waiting time unknown), a tick at which any process of the
 * program is running or runnable counts as wanted. Where /proc cannot be read at all, idle time
 * is all the wall-clock time: the plain wall limit.
 */
import os from 'node:os';
import { TreeSampler, type TreeRoot, type TreeUsage } from './tree-cpu.js';

export type TimeLimitKind = 'cpu' | 'wall';

/**
 * RLIMIT_CPU's hard limit is this many seconds above the soft one (SIGXCPU at the limit): a
 * program that ignores SIGXCPU is killed by the kernel there, but a tick of the deadline sees its
 * CPU time past the limit first, so the verdict still says `timeout` and not an unexplained SIGKILL.
 */
const CPU_HARD_EXTRA_S = 2;

/** The Python line (resource imported as `r`) that sets RLIMIT_CPU for a limit of `cpuS` s: whole seconds, at least 1. */
export function cpuRlimitPy(cpuS: number): string {
  const cpu = Math.max(1, Math.ceil(cpuS));
  return `r.setrlimit(r.RLIMIT_CPU, (${cpu}, ${cpu + CPU_HARD_EXTRA_S}))`;
}

/** Demand ahead of the wall clock kept against later lag, ms (more is work of several processes at once, not lag). */
const CREDIT_MS = 250;

/** The ceiling is this many times the limit, times how slowed the program is (see the module comment). */
const CEILING = 5;

export interface DeadlineInput {
  /** The CPU-time limit, and the idle-time limit, ms. */
  limitMs: number;
  /** The trees to watch (the program's; a checked run's checker too), or null while unknown. */
  roots: () => Array<TreeRoot | null>;
  /** Called once, when a limit is reached (the caller kills the program). */
  onLimit: (kind: TimeLimitKind) => void;
  /** The /proc the trees are read from. @default '/proc' (a test's own tree of files otherwise) */
  proc?: string;
}

/**
 * Which limit a `timeout` verdict came from: the deadline's when bench killed the program, else
 * the kernel's RLIMIT_CPU (SIGXCPU, `cpu`); null for any other verdict.
 */
export function timeLimitOf(verdict: string, killedBy: 'timeout' | 'output' | null, hit: TimeLimitKind | null): TimeLimitKind | null {
  if (verdict !== 'timeout') return null;
  return killedBy === 'timeout' ? hit : 'cpu';
}

/** What a `timeout` verdict says: which of the limits above ended the program. */
export function timeoutText(timeoutMs: number, kind: TimeLimitKind | null): string {
  const s = (timeoutMs / 1000).toFixed(1);
  return kind === 'wall'
    ? `killed by the wall-clock backstop (${s} s without running or waiting for a CPU, or far past the limit on this machine's load)`
    : `killed at the CPU-time limit (${s} s of CPU for all its processes)`;
}

/** How often the trees are sampled: a twentieth of the limit, within [50, 250] ms. */
function tickMs(limitMs: number): number {
  return Math.min(250, Math.max(50, Math.round(limitMs / 20)));
}

export class Deadline {
  /** Which limit ended the program, once one did. */
  hit: TimeLimitKind | null = null;
  private readonly samplers = new Map<number, TreeSampler>();
  private timer: NodeJS.Timeout | undefined;
  private readonly started = performance.now();
  private lastAt = this.started;
  private lastDemand = 0;
  private idleMs = 0;
  /** Demand counted ahead of the wall clock, kept (up to CREDIT_MS) against the next tick's lag. */
  private creditMs = 0;
  private readonly cores = Math.max(1, os.availableParallelism());

  constructor(private readonly input: DeadlineInput) {
    this.timer = setInterval(() => this.tick(), tickMs(input.limitMs));
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One check: exposed for tests. */
  tick(): void {
    if (this.hit !== null) return;
    const usage = this.sample();
    // After the sample: reading /proc takes time of its own on a busy machine.
    const now = performance.now();
    const dWall = now - this.lastAt;
    this.lastAt = now;
    if (usage === null) this.idleMs += dWall;
    else {
      const demand = usage.cpuMs + usage.waitMs;
      // The counts move in steps (10 ms CPU ticks; a waiting thread's wait is added when it runs):
      // a tick that reads them late is made up by the next, which reads them ahead.
      // Without schedstat a starved program's wait is unknown: a tick at which any of its
      // processes is running or runnable counts as wanted (a sleeper is never in that state).
      const slack = !usage.waitKnown && usage.runnable ? Math.max(0, demand - this.lastDemand - dWall) : demand - this.lastDemand - dWall;
      if (slack >= 0) this.creditMs = Math.min(CREDIT_MS, this.creditMs + slack);
      else {
        const used = Math.min(this.creditMs, -slack);
        this.creditMs -= used;
        this.idleMs += -slack - used;
      }
      this.lastDemand = demand;
    }
    const { limitMs } = this.input;
    const load = os.loadavg()[0]! / this.cores;
    const starved = usage === null ? 1 : (usage.cpuMs + usage.waitMs) / Math.max(usage.cpuMs, 10);
    if (usage !== null && usage.cpuMs >= limitMs) this.fire('cpu');
    else if (this.idleMs >= limitMs || now - this.started >= CEILING * limitMs * Math.max(1, load, starved)) this.fire('wall');
  }

  private fire(kind: TimeLimitKind): void {
    this.hit = kind;
    this.stop();
    this.input.onLimit(kind);
  }

  /** The trees' usage summed; null when no tree is known yet or none can be read. */
  private sample(): TreeUsage | null {
    let cpuMs = 0;
    let waitMs = 0;
    let waitKnown = true;
    let runnable = false;
    let any = false;
    for (const root of this.input.roots()) {
      if (root === null) continue;
      let s = this.samplers.get(root.pid);
      if (!s) this.samplers.set(root.pid, (s = new TreeSampler(root, false, this.input.proc)));
      const u = s.sample();
      if (u === null) continue;
      any = true;
      cpuMs += u.cpuMs;
      waitMs += u.waitMs;
      waitKnown &&= u.waitKnown;
      runnable ||= u.runnable;
    }
    return any ? { cpuMs, waitMs, waitKnown, runnable } : null;
  }
}
