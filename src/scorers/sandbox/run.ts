/**
 * @module scorers/sandbox/run — runs one whole program and collects how it ended.
 *
 * Output is read as it comes and only the first (stdout) / last (stderr) `outputCapBytes`
 * are kept, so bench's memory stays flat whatever the program prints; past
 * `outputLimitBytes` the program is killed. At the wall deadline the program is killed with
 * everything it started (its PID namespace goes with it).
 */
import type { Capped } from './capture.js';
import { Watch } from './capture.js';
import type { OnBytes, StartCandidate } from './candidate.js';
import { classify, signalOf, tailLines } from './classify.js';
import { Deadline, timeLimitOf, timeoutText, type TimeLimitKind } from './deadline.js';
import type { RunResult, SandboxLimits } from './types.js';

export interface RunInput {
  /** Starts the program's process (forked by the worker's candidate server, or spawned). */
  start: StartCandidate;
  /** The program's source. */
  source: string;
  sentinel?: string;
  limits: SandboxLimits;
  /** The CPU-time limit of the program's processes, and of its idle time (deadline.ts), ms. */
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * How long to wait, once the main process has exited, for every holder of its output pipes to
   * be gone. In a PID namespace they all die, so wait for all of them (a fork bomb's 32
   * processes take a while to die on a loaded machine); bare, detached children may hold the
   * pipes forever, so wait briefly.
   */
  closeGraceMs: number;
}

/** Runs one program; resolves with its verdict (never rejects for what the program did). */
export function runProgram(input: RunInput): Promise<RunResult> {
  const { limits } = input;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const watch = new Watch(input.sentinel);
    let total = 0;
    let killedBy: 'timeout' | 'output' | null = null;
    let aborted = false;
    let done = false;
    const onBytes: OnBytes = (n, chunk, isErr) => {
      total += n;
      if (!isErr) watch.push(chunk);
      if (total > limits.outputLimitBytes && killedBy === null && proc.exit === null) { killedBy = 'output'; proc.abort(); }
    };
    const proc = input.start(limits.outputCapBytes, onBytes);
    proc.start({ program: input.source });

    const deadline = new Deadline({
      limitMs: input.timeoutMs,
      roots: () => [proc.root],
      onLimit: () => { if (proc.exit === null) { killedBy ??= 'timeout'; proc.abort(); } },
    });
    const onAbort = (): void => { aborted = true; proc.abort(); };
    input.signal?.addEventListener('abort', onAbort, { once: true });
    // Aborted while it waited for its slot or its forker: the listener above never fires for that.
    if (input.signal?.aborted) onAbort();
    let grace: NodeJS.Timeout | undefined;

    const finish = (): void => {
      if (done) return;
      done = true;
      deadline.stop();
      clearTimeout(grace);
      input.signal?.removeEventListener('abort', onAbort);
      if (proc.exit === null) proc.abort();
      else proc.stop();
      proc.destroy();
      if (aborted) reject(input.signal?.reason ?? new Error('aborted'));
      else if (proc.spawnError) reject(proc.spawnError);
      else resolve(result({ killedBy, hit: deadline.hit, sentinelSeen: watch.seen, out: proc.out, err: proc.err, exit: proc.exit, started, input }));
    };
    void proc.exited.then(() => {
      if (proc.spawnError) { finish(); return; }
      proc.stop();
      grace = setTimeout(finish, input.closeGraceMs);
    });
    void proc.closed.then(finish);
  });
}

interface Collected {
  killedBy: 'timeout' | 'output' | null;
  /** Which time limit the deadline saw reached. */
  hit: TimeLimitKind | null;
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
  const timeLimit = timeLimitOf(verdict, c.killedBy, c.hit);
  return {
    verdict, exitCode: ex.code, signal: signalOf(ex.code, ex.signal), stdout: c.out.text(), stderr,
    truncated: c.out.truncated || c.err.truncated, execMs: Math.round(ex.at - c.started),
    explanation: explain(verdict, stderr, c.input.timeoutMs, c.input.limits, timeLimit), timeoutMs: c.input.timeoutMs, timeLimit,
  };
}

function explain(verdict: string, stderr: string, timeoutMs: number, limits: SandboxLimits, kind: TimeLimitKind | null): string {
  if (verdict === 'timeout') return timeoutText(timeoutMs, kind);
  if (verdict === 'output_limit') return `killed after writing more than ${limits.outputLimitBytes} bytes`;
  if (verdict === 'harness_not_reached') return 'exited before the tests finished (no sentinel)';
  const tail = tailLines(stderr);
  if (verdict === 'memory' && !tail) return `killed (out of memory; limit ${limits.memoryMb} MB)`;
  return tail;
}
