/**
 * @module scorers/sandbox/pair — one checked run: the candidate and the trusted checker, each in
 * its own sandbox, joined only by the call channel that bench relays byte for byte.
 *
 * checker fd 3 (calls) → candidate fd 3; candidate fd 4 (replies) → checker fd 4. bench does not
 * parse the channel; the checker reads it as untrusted input. The verdict comes from the
 * checker's fd 5, which no candidate process holds. One deadline (deadline.ts) covers both: their
 * CPU time together, and the time neither of them runs nor waits for a CPU; at the end both
 * process groups are killed.
 */
import { classifyCheck, signalOf, tailLines } from './classify.js';
import type { Candidate, StartCandidate } from './candidate.js';
import { Deadline, timeLimitOf, timeoutText, type TimeLimitKind } from './deadline.js';
import type { CheckerServer } from './checker-server.js';
import type { CheckReport, CheckResult, SandboxLimits } from './types.js';

export interface PairInput {
  /** Starts the candidate's process (forked by the worker's candidate server, or spawned). */
  candidate: StartCandidate;
  /** The worker's checker server (idle, or new); this item's checker is a fresh child of it. */
  server: CheckerServer;
  source: string;
  entry: string;
  checker: string;
  limits: SandboxLimits;
  timeoutMs: number;
  signal?: AbortSignal;
  /** See RunInput.closeGraceMs. */
  closeGraceMs: number;
}

/** The checker's result lines are small; more than this is a broken checker. */
const REPORT_CAP = 1024 * 1024;
/** After the checker exits: time for its last lines, then for a candidate that is going anyway. */
const GRACE_MS = 300;

/** Parses the checker's JSON lines into a report (unknown lines are ignored). */
export class ReportReader {
  readonly report: CheckReport = { total: null, cases: [], done: null };
  private buf = '';
  private size = 0;

  push(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.size > REPORT_CAP) return;
    this.buf += chunk.toString('utf8');
    let nl: number;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, nl);
      this.buf = this.buf.slice(nl + 1);
      this.line(line);
    }
  }

  private line(text: string): void {
    let v: unknown;
    try { v = JSON.parse(text); } catch { return; }
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.total === 'number') this.report.total = o.total;
    else if (typeof o.case === 'number') this.report.cases.push({ ok: o.ok === true, msg: typeof o.msg === 'string' ? o.msg : null });
    else if (o.done === true) {
      this.report.done = {
        passed: o.passed === true, gone: o.gone === true, memory: o.memory === true, test_error: o.test_error === true,
        nonplain: typeof o.nonplain === 'string' ? o.nonplain : null, error: typeof o.error === 'string' ? o.error : null,
      };
    }
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs one candidate against its checker; resolves with the verdict (rejects only on abort or spawn failure). */
export async function runCheck(input: PairInput): Promise<CheckResult> {
  const { limits } = input;
  const started = performance.now();
  let bytes = 0;
  let killedBy: 'timeout' | 'output' | null = null;
  const onBytes = (n: number): void => {
    bytes += n;
    if (bytes > limits.outputLimitBytes && killedBy === null) { killedBy = 'output'; killBoth(); }
  };
  const checker = input.server;
  const cand = input.candidate(limits.outputCapBytes, onBytes);
  const killBoth = (): void => { checker.kill(); cand.abort(); };
  const reader = new ReportReader();
  checker.begin(input.checker, {
    onCalls: (c) => cand.call(c),
    onReport: (c) => reader.push(c),
    onBytes,
  });
  cand.onReplies((c) => {
    if (!checker.reply(c)) { cand.pauseReplies(); checker.onDrain(() => cand.resumeReplies()); }
  }, () => checker.endReplies());
  const reportEnded = checker.exited;
  cand.start({ source: input.source, entry: input.entry });

  const deadline = new Deadline({
    limitMs: input.timeoutMs,
    roots: () => [cand.root, checker.root],
    onLimit: () => { killedBy ??= 'timeout'; killBoth(); },
  });
  let aborted = false;
  const onAbort = (): void => { aborted = true; killBoth(); };
  input.signal?.addEventListener('abort', onAbort, { once: true });
  if (input.signal?.aborted) onAbort();
  try {
    await checker.exited;
    // Nothing more of the candidate can reach a checker that is gone: the server may drop the
    // item's unread chunks and mark its end while the candidate is being ended.
    checker.endReplies();
    await Promise.race([reportEnded, sleep(GRACE_MS)]);
    // A candidate the checker saw go gets a moment to exit by itself (whether bench killed it
    // decides its verdict); one still serving calls is ended at once.
    if (reader.report.done?.gone && cand.exit === null && !cand.spawnError) await Promise.race([cand.exited, sleep(GRACE_MS)]);
    cand.stop();
    await cand.exited;
    await Promise.race([Promise.all([checker.closed, cand.closed]), sleep(input.closeGraceMs)]);
  } finally {
    deadline.stop();
    input.signal?.removeEventListener('abort', onAbort);
    cand.stop();
    cand.destroy();
    checker.endReplies();
    // Only an item that ended cleanly leaves the server to serve the next one.
    if (!checker.clean || killedBy !== null || aborted) checker.kill();
    checker.release();
  }
  if (aborted) throw input.signal?.reason ?? new Error('aborted');
  const spawnError = checker.spawnError ?? cand.spawnError;
  if (spawnError) throw spawnError;
  return result(input, { checker, cand, report: reader.report, killedBy, hit: deadline.hit, started });
}

function result(input: PairInput, s: { checker: CheckerServer; cand: Candidate; report: CheckReport; killedBy: 'timeout' | 'output' | null; hit: TimeLimitKind | null; started: number }): CheckResult {
  const { checker, cand, report } = s;
  const cx = cand.exit ?? { code: null, signal: null, at: performance.now() };
  const kx = checker.exit ?? { code: null, signal: null, at: performance.now() };
  const candStderr = cand.err.text();
  const verdict = classifyCheck({
    killedBy: s.killedBy, report,
    checker: { exitCode: kx.code, signal: kx.signal, stderr: checker.err.text() },
    candidate: { exitCode: cx.code, signal: cx.signal, stderr: candStderr, killedByBench: cand.killed },
  });
  const timeLimit = timeLimitOf(verdict, s.killedBy, s.hit);
  const total = Math.max(report.total ?? 1, report.cases.length, 1);
  const passedCases = report.cases.filter((c) => c.ok).length;
  const testsPassed = verdict === 'passed' ? total : Math.min(passedCases, total);
  return {
    verdict, exitCode: cx.code, signal: signalOf(cx.code, cx.signal), stdout: cand.out.text(), stderr: candStderr,
    truncated: cand.out.truncated || cand.err.truncated, execMs: Math.round(kx.at - s.started),
    explanation: explain(verdict, report, candStderr, checker.err.text(), input, testsPassed, total, timeLimit),
    timeoutMs: input.timeoutMs, timeLimit, testsPassed, testsTotal: total,
  };
}

function explain(verdict: string, r: CheckReport, candStderr: string, checkerStderr: string, input: PairInput, passed: number, total: number, kind: TimeLimitKind | null): string {
  const tally = total > 1 ? ` (${passed} of ${total} test cases passed)` : '';
  switch (verdict) {
    case 'passed': return '';
    case 'timeout': return `${timeoutText(input.timeoutMs, kind)}${tally}`;
    case 'output_limit': return `killed after writing more than ${input.limits.outputLimitBytes} bytes`;
    case 'non_plain_result': return `returned a value that is not plain data (${r.done?.nonplain ?? '?'})${tally}`;
    case 'test_error': return `the suite's test could not run: ${r.done?.error ?? ''}`;
    case 'harness_not_reached': return `exited before answering the tests${tally}${candStderr.trim() ? `\n${tailLines(candStderr, 4)}` : ''}`;
    case 'crashed':
    case 'memory':
      if (r.done === null) return `the checker ended: ${tailLines(checkerStderr, 4) || 'killed'}`;
      if (r.done.gone) return tailLines(candStderr) || `killed (limit ${input.limits.memoryMb} MB)`;
      return `MemoryError in the candidate${tally}`;
    default: {
      if (r.done?.gone) return tailLines(candStderr) || `exited before answering the tests${tally}`;
      const first = r.cases.find((c) => !c.ok)?.msg ?? r.done?.error ?? 'failed';
      return `${first}${tally}`;
    }
  }
}
