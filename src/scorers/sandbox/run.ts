/**
 * @module scorers/sandbox/run — runs one program under a launch plan and collects how it ended.
 *
 * Output is read as it comes and only the first (stdout) / last (stderr) `outputCapBytes`
 * are kept, so bench's memory stays flat whatever the program prints; past
 * `outputLimitBytes` the program is killed. The process group is SIGKILLed at the wall
 * deadline; bubblewrap's PID namespace takes every descendant with it.
 */
import { spawn } from 'node:child_process';
import { Capped, Watch } from './capture.js';
import { classify, signalOf, tailLines } from './classify.js';
import { SANDBOX_ENV } from './plan.js';
import type { LaunchPlan, RunResult, SandboxLimits } from './types.js';

export interface RunInput {
  plan: LaunchPlan;
  source: string;
  sentinel?: string;
  limits: SandboxLimits;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Working directory for the spawned process (a private temp dir in bare mode). */
  cwd: string;
  /**
   * How long to wait, once the main process has exited, for every holder of its output pipes to
   * be gone. In bubblewrap the PID namespace guarantees they die, so wait for all of them (a fork
   * bomb's 32 processes take a while to die on a loaded machine); bare, detached children may hold
   * the pipes forever, so wait briefly.
   */
  closeGraceMs: number;
}


/** Runs one program; resolves with its verdict (never rejects for what the program did). */
export function runProgram(input: RunInput): Promise<RunResult> {
  const { plan, limits } = input;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(plan.command, plan.args, {
      cwd: input.cwd, env: { ...SANDBOX_ENV }, detached: true, stdio: ['pipe', 'pipe', 'pipe'],
      ...(plan.uid === undefined ? {} : { uid: plan.uid, gid: plan.gid }),
    });
    const out = new Capped(limits.outputCapBytes, false);
    const err = new Capped(limits.outputCapBytes, true);
    const watch = new Watch(input.sentinel);
    let total = 0;
    let killedBy: 'timeout' | 'output' | null = null;
    let aborted = false;
    let exit: { code: number | null; signal: string | null; at: number } | null = null;
    let done = false;

    const killAll = (): void => {
      try { if (child.pid) process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    };
    const onData = (sink: Capped, isOut: boolean) => (chunk: Buffer) => {
      total += chunk.length;
      sink.push(chunk);
      if (isOut) watch.push(chunk);
      if (total > limits.outputLimitBytes && killedBy === null && exit === null) { killedBy = 'output'; killAll(); }
    };
    child.stdout.on('data', onData(out, true));
    child.stderr.on('data', onData(err, false));
    child.stdin.on('error', () => { /* the program may exit before reading all of it */ });
    child.stdin.end(input.source);

    const timer = setTimeout(() => { if (exit === null) { killedBy ??= 'timeout'; killAll(); } }, input.timeoutMs);
    const onAbort = (): void => { aborted = true; killAll(); };
    input.signal?.addEventListener('abort', onAbort, { once: true });
    let grace: NodeJS.Timeout | undefined;

    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(grace);
      input.signal?.removeEventListener('abort', onAbort);
      if (exit === null) killAll();
      child.stdout.destroy();
      child.stderr.destroy();
      if (aborted) reject(input.signal?.reason ?? new Error('aborted'));
      else resolve(result({ killedBy, sentinelSeen: watch.seen, out, err, exit, started, input }));
    };
    child.on('error', (e) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      input.signal?.removeEventListener('abort', onAbort);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      exit = { code, signal, at: performance.now() };
      killAll();
      grace = setTimeout(finish, input.closeGraceMs);
    });
    child.on('close', finish);
  });
}

interface Collected {
  killedBy: 'timeout' | 'output' | null;
  sentinelSeen: boolean;
  out: Capped;
  err: Capped;
  exit: { code: number | null; signal: string | null; at: number } | null;
  started: number;
  input: RunInput;
}

function result(c: Collected): RunResult {
  const ex = c.exit ?? { code: null, signal: null, at: performance.now() };
  const stderr = c.err.text();
  const verdict = classify({ killedBy: c.killedBy, sentinelSeen: c.sentinelSeen, exitCode: ex.code, signal: ex.signal, stderr });
  return {
    verdict, exitCode: ex.code, signal: signalOf(ex.code, ex.signal), stdout: c.out.text(), stderr,
    truncated: c.out.truncated || c.err.truncated, execMs: Math.round(ex.at - c.started),
    explanation: explain(verdict, stderr, c.input.timeoutMs, c.input.limits), timeoutMs: c.input.timeoutMs,
  };
}

function explain(verdict: string, stderr: string, timeoutMs: number, limits: SandboxLimits): string {
  if (verdict === 'timeout') return `killed after the time limit (${(timeoutMs / 1000).toFixed(1)} s wall / CPU)`;
  if (verdict === 'output_limit') return `killed after writing more than ${limits.outputLimitBytes} bytes`;
  if (verdict === 'harness_not_reached') return 'exited before the tests finished (no sentinel)';
  const tail = tailLines(stderr);
  if (verdict === 'memory' && !tail) return `killed (out of memory; limit ${limits.memoryMb} MB)`;
  return tail;
}
