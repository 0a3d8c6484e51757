/**
 * @module scorers/sandbox — a pool that runs untrusted Python programs, each in namespaces of
 * its own: forked by the worker's candidate server (candidate-server.ts), or in a bubblewrap
 * sandbox per program where the server cannot build them.
 *
 * `Sandbox.create` checks that bubblewrap really isolates on this machine (a probe run),
 * refuses with what to install when it does not (unless the caller opted into running
 * unisolated), and measures once how fast this machine runs a fixed reference program,
 * so time limits scale with the machine instead of failing slow CI boxes. Time limits are of CPU
 * time, with a wall-clock backstop (deadline.ts), so a machine that slows down mid-run does not
 * turn correct programs into timeouts.
 */
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BenchError } from '../../errors.js';
import { barePlan, bwrapPlan, dropUid, forkServerPlan } from './plan.js';
import { SpawnedCandidate, type StartCandidate } from './candidate.js';
import type { CandidateServer } from './candidate-server.js';
import { ForkPool } from './fork-pool.js';
import { ROLE_FDS, type LauncherRole } from './launcher.js';
import { CheckerServer } from './checker-server.js';
import { runCheck } from './pair.js';
import { runProgram } from './run.js';
import { calibrate, probe } from './calibrate.js';
import type { CheckRequest, CheckResult, LaunchPlan, RunRequest, RunResult, SandboxLimits, SandboxOptions } from './types.js';

export type { CheckRequest, CheckResult, LaunchPlan, RunRequest, RunResult, SandboxLimits, SandboxOptions, Verdict } from './types.js';
export { classify, classifyCheck, lastException } from './classify.js';
export { REFERENCE_BASELINE_MS } from './calibrate.js';

export const DEFAULT_LIMITS: Readonly<SandboxLimits> = Object.freeze({
  timeoutS: 10,
  memoryMb: 1024,
  maxProcs: 32,
  tmpfsMb: 64,
  outputCapBytes: 64 * 1024,
  outputLimitBytes: 8 * 1024 * 1024,
});

/** Bound on waiting for a bubblewrap sandbox's last processes to die after its main one exited. */
const ISOLATED_CLOSE_MS = 10_000;
/** Unsandboxed: detached children may keep the pipes open; wait only briefly. */
const BARE_CLOSE_MS = 300;


/** Thrown when no isolation is available and the caller did not opt into running without it. */
export class SandboxUnavailableError extends BenchError {
  constructor(reason: string) {
    super(
      'SANDBOX_UNAVAILABLE',
      `bench runs generated code only inside a sandbox, and none is usable here: ${reason}. ` +
        'Install bubblewrap (Debian/Ubuntu: apt-get install bubblewrap; Fedora: dnf install bubblewrap) ' +
        'and allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1; on Ubuntu 24.04+ ' +
        'kernel.apparmor_restrict_unprivileged_userns=0), or pass --unsafe-no-sandbox to run generated code ' +
        'on this machine without isolation, at your own risk.',
    );
    this.name = 'SandboxUnavailableError';
  }
}

function resolveBwrap(given: string | undefined): string | null {
  if (given) return existsSync(given) ? given : null;
  if (existsSync('/usr/bin/bwrap')) return '/usr/bin/bwrap';
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'bwrap');
    if (dir && existsSync(p)) return p;
  }
  return null;
}

export class Sandbox {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly controllers = new Set<AbortController>();
  private closed = false;
  /** Idle checker servers (see checker-server.ts), and their work folders in bare mode. */
  private readonly servers: CheckerServer[] = [];
  private readonly serverDirs = new Map<CheckerServer, string>();
  /** Idle candidate servers: each forks a candidate per program into new namespaces (candidate-server.ts). */
  private readonly forkers = new ForkPool((cpuS) => (this.isolated && this.bwrapPath ? forkServerPlan(this.bwrapPath, this.pythonPath, this.limits, cpuS) : null));

  private constructor(
    readonly limits: SandboxLimits,
    readonly workers: number,
    /** True when programs run inside bubblewrap; false only after an explicit unsafe opt-in. */
    readonly isolated: boolean,
    private readonly bwrapPath: string | null,
    private readonly pythonPath: string,
    /** Multiplier applied to `limits.timeoutS` (this machine's speed vs the reference). */
    public timeScale = 1,
  ) {}

  /** Probes isolation, calibrates, and returns a ready pool. Throws SandboxUnavailableError. */
  static async create(options: SandboxOptions = {}): Promise<Sandbox> {
    const limits: SandboxLimits = { ...DEFAULT_LIMITS };
    for (const key of Object.keys(DEFAULT_LIMITS) as Array<keyof SandboxLimits>) {
      const v = options[key];
      if (v !== undefined) limits[key] = v;
    }
    const workers = Math.max(1, Math.floor(options.workers ?? os.availableParallelism()));
    const python = options.pythonPath ?? '/usr/bin/python3';
    const bwrap = resolveBwrap(options.bwrapPath);
    let reason = bwrap ? await probe(new Sandbox(limits, 1, true, bwrap, python)) : `bubblewrap not found${options.bwrapPath ? ` at ${options.bwrapPath}` : ''}`;
    let sandbox: Sandbox;
    if (reason === null) sandbox = new Sandbox(limits, workers, true, bwrap, python);
    else if (options.unsafeNoSandbox === true) {
      (options.warn ?? ((m: string) => process.stderr.write(`${m}\n`)))(
        `WARNING: running generated code WITHOUT a sandbox (${reason}). It can read your files and ` +
          'environment and reach the network. Only time, memory and output limits apply.',
      );
      sandbox = new Sandbox(limits, workers, false, null, python);
      reason = await probe(sandbox);
      if (reason !== null) throw new BenchError('SANDBOX_BROKEN', `cannot run ${python}: ${reason}`);
    } else throw new SandboxUnavailableError(reason);
    sandbox.timeScale = options.timeScale ?? (await calibrate(sandbox));
    return sandbox;
  }

  /**
   * Runs one program when a worker is free: a fresh fork of the worker's candidate server into
   * new namespaces (a new sandbox per program where that cannot be built). Rejects only on abort
   * or a broken launcher.
   */
  run(req: RunRequest): Promise<RunResult> {
    return this.runOn(req, true);
  }

  /**
   * A program in a sandbox of its own, whatever the machine allows: the probe (that bubblewrap
   * isolates here) and the calibration (whose baseline is measured in a sandbox of its own).
   */
  probeRun(req: RunRequest): Promise<RunResult> {
    return this.runOn(req, false);
  }

  /** `fork` false: a sandbox of its own whatever the machine allows (the probe and the calibration). */
  private runOn(req: RunRequest, fork: boolean): Promise<RunResult> {
    return this.inSlot(req.signal, 1, async ({ signal, timeoutMs, dirs }) => {
      const forker = fork ? await this.forkers.take(timeoutMs / 1000) : null;
      return this.withCandidate(forker, 'program', timeoutMs, dirs[0] ?? null, (start) => runProgram({
        start, source: req.source, sentinel: req.sentinel,
        limits: this.limits, timeoutMs, signal, closeGraceMs: this.closeGraceMs(),
      }));
    });
  }

  /**
   * Runs a candidate program in namespaces of its own (a fresh fork of the worker's candidate
   * server into new user, PID, network, IPC, UTS and mount namespaces; a new sandbox per program
   * where that cannot be built) and its trusted checker in another sandbox (a fresh child of the
   * worker's long-lived checker sandbox), joined only by the call channel (one worker slot for
   * the pair). Rejects only on abort or a broken launcher.
   */
  check(req: CheckRequest): Promise<CheckResult> {
    return this.inSlot(req.signal, 1, async ({ signal, timeoutMs, dirs }) => {
      const [server, forker] = await this.takeBoth(timeoutMs);
      try {
        return await this.withCandidate(forker, 'candidate', timeoutMs, dirs[0] ?? null, (candidate) => runCheck({
          candidate, server, source: req.source, entry: req.entry, checker: req.checker, limits: this.limits, timeoutMs,
          signal, closeGraceMs: this.closeGraceMs(),
        }));
      } finally {
        await this.returnServer(server);
      }
    });
  }

  /**
   * The worker's checker server and candidate server, started together when new (a first check
   * pays for one start-up, not two in a row). Whichever failed, the other goes back to its pool.
   */
  private async takeBoth(timeoutMs: number): Promise<[CheckerServer, CandidateServer | null]> {
    const [server, forker] = await Promise.allSettled([this.takeServer(timeoutMs), this.forkers.take(timeoutMs / 1000)]);
    if (server.status === 'fulfilled' && forker.status === 'fulfilled') return [server.value, forker.value];
    if (forker.status === 'fulfilled' && forker.value) this.forkers.give(forker.value);
    if (server.status === 'fulfilled') await this.returnServer(server.value);
    throw server.status === 'rejected' ? server.reason : (forker as PromiseRejectedResult).reason;
  }

  /**
   * Runs `fn` with how its program starts: a fork of `forker` (given back after, whatever `fn`
   * does), or, without one, a sandbox of its own for `role`.
   */
  private async withCandidate<T>(forker: CandidateServer | null, role: 'program' | 'candidate', timeoutMs: number, dir: string | null, fn: (start: StartCandidate) => Promise<T>): Promise<T> {
    try {
      return await fn((cap, onBytes) => forker
        ? forker.begin(cap, onBytes)
        : new SpawnedCandidate(this.plan(timeoutMs / 1000, role), dir ?? '/', ROLE_FDS[role] as 3 | 5, cap, onBytes));
    } finally {
      if (forker) this.forkers.give(forker);
    }
  }

  /** An idle checker server of this pool, or a new one (one per busy worker at most). */
  private async takeServer(timeoutMs: number): Promise<CheckerServer> {
    while (this.servers.length > 0) {
      const s = this.servers.pop()!;
      if (!s.dead) return s;
      await this.dropServer(s);
    }
    const dir = await this.workDir();
    const server = new CheckerServer(this.plan(timeoutMs / 1000, 'checker-server'), dir ?? '/', this.limits.outputCapBytes);
    if (dir) this.serverDirs.set(server, dir);
    return server;
  }

  /** Keeps a server that ended its item cleanly for the next item; ends any other. */
  private async returnServer(server: CheckerServer): Promise<void> {
    if (!server.dead && !this.closed) this.servers.push(server);
    else await this.dropServer(server);
  }

  private async dropServer(server: CheckerServer): Promise<void> {
    server.kill();
    server.destroy();
    const dir = this.serverDirs.get(server);
    this.serverDirs.delete(server);
    if (dir) await rm(dir, { recursive: true, force: true });
  }

  /**
   * One worker slot for `fn`: waits for it, links the caller's abort to a controller that close()
   * can also fire, makes `dirCount` work folders, and releases everything whatever `fn` does.
   */
  private async inSlot<T>(
    callerSignal: AbortSignal | undefined,
    dirCount: number,
    fn: (slot: { signal: AbortSignal; timeoutMs: number; dirs: (string | null)[] }) => Promise<T>,
  ): Promise<T> {
    await this.acquire();
    const ctl = new AbortController();
    const onAbort = (): void => ctl.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onAbort, { once: true });
    if (callerSignal?.aborted) ctl.abort(callerSignal.reason);
    this.controllers.add(ctl);
    const dirs: (string | null)[] = [];
    try {
      for (let i = 0; i < dirCount; i++) dirs.push(await this.workDir());
      return await fn({ signal: ctl.signal, timeoutMs: Math.round(this.limits.timeoutS * 1000 * this.timeScale), dirs });
    } finally {
      callerSignal?.removeEventListener('abort', onAbort);
      this.controllers.delete(ctl);
      for (const dir of dirs) if (dir) await rm(dir, { recursive: true, force: true });
      this.release();
    }
  }

  /** Kills running programs and the idle checker servers, and refuses new ones. */
  async close(): Promise<void> {
    this.closed = true;
    for (const ctl of this.controllers) ctl.abort(new Error('sandbox closed'));
    for (const wake of this.waiting.splice(0)) wake();
    for (const s of this.servers.splice(0)) await this.dropServer(s);
    this.forkers.close();
  }

  /**
   * How checked runs start their candidate: `fork` (a fresh child of the worker's candidate
   * server, in new namespaces), `spawn` (a sandbox per program: bare mode, or where the server
   * cannot fork into namespaces; `forkUnavailable` says why), or `unknown` before the first check.
   */
  get candidateMode(): 'fork' | 'spawn' | 'unknown' {
    if (!this.isolated || this.forkers.usable === false) return 'spawn';
    return this.forkers.usable ? 'fork' : 'unknown';
  }

  /** The candidate server's own explanation when it cannot fork programs here. */
  get forkUnavailable(): string {
    return this.forkers.reason;
  }

  /** See RunInput.closeGraceMs: all of a sandbox's processes are gone before its verdict. */
  private closeGraceMs(): number {
    return this.isolated ? ISOLATED_CLOSE_MS : BARE_CLOSE_MS;
  }

  private plan(timeoutS: number, role: LauncherRole = 'program'): LaunchPlan {
    return this.isolated && this.bwrapPath
      ? bwrapPlan(this.bwrapPath, this.pythonPath, this.limits, timeoutS, role)
      : barePlan(this.pythonPath, this.limits, timeoutS, role);
  }

  /** Bare mode only: a private working directory, owned by the uid the program runs as. */
  private async workDir(): Promise<string | null> {
    if (this.isolated) return null;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-sbx-'));
    const { uid, gid } = dropUid();
    if (uid !== undefined && gid !== undefined) await chown(dir, uid, gid);
    return dir;
  }

  private async acquire(): Promise<void> {
    while (this.running >= this.workers && !this.closed) await new Promise<void>((r) => this.waiting.push(r));
    if (this.closed) throw new BenchError('SANDBOX_CLOSED', 'the sandbox pool is closed');
    this.running++;
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }
}
