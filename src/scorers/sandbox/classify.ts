/**
 * @module scorers/sandbox/classify — turns how a program ended into a verdict.
 *
 * Order matters: bench's own kills (time, output) first; then the sentinel, the only
 * proof that the tests ran to the end; then signals; then the final Python exception.
 */
import type { CheckReport, Verdict } from './types.js';

export interface Ending {
  /** Why bench killed the program, if it did. */
  killedBy: 'timeout' | 'output' | null;
  sentinelSeen: boolean;
  exitCode: number | null;
  signal: string | null;
  stderr: string;
}

/** bubblewrap reports a child killed by signal N as exit status 128 + N. */
const SIGNALS: Record<number, string> = { 6: 'SIGABRT', 9: 'SIGKILL', 11: 'SIGSEGV', 15: 'SIGTERM', 24: 'SIGXCPU', 25: 'SIGXFSZ' };

/** Signal name from a signal or a 128+N exit status. */
export function signalOf(exitCode: number | null, signal: string | null): string | null {
  if (signal) return signal;
  if (exitCode !== null && exitCode > 128 && exitCode < 160) return SIGNALS[exitCode - 128] ?? `signal ${exitCode - 128}`;
  return null;
}

/** The type name of the last uncaught Python exception in a traceback, e.g. `AssertionError`. */
export function lastException(stderr: string): string | null {
  const lines = stderr.split('\n');
  const start = lines.lastIndexOf('Traceback (most recent call last):');
  const scan = start >= 0 ? lines.slice(start + 1) : lines;
  const rx = /^([A-Za-z_][\w.]*)(?::\s|:?$)/;
  let found: string | null = null;
  for (const line of scan) {
    if (line === '' || /^\s/.test(line)) continue;
    const m = rx.exec(line);
    const name = m?.[1];
    if (name && (start >= 0 || /(Error|Exception|Exit|Interrupt|Group)$/.test(name))) {
      found = name.split('.').pop() ?? name;
      if (start >= 0) break;
    }
  }
  return found;
}

const SYNTAX = new Set(['SyntaxError', 'IndentationError', 'TabError']);
const IMPORT = new Set(['ModuleNotFoundError', 'ImportError']);

/** The verdict for one ended program. */
export function classify(e: Ending): Verdict {
  if (e.killedBy === 'timeout') return 'timeout';
  if (e.killedBy === 'output') return 'output_limit';
  if (e.sentinelSeen) return 'passed';
  const sig = signalOf(e.exitCode, e.signal);
  if (sig === 'SIGXCPU') return 'timeout';
  const exc = lastException(e.stderr);
  if (exc === 'MemoryError' || /Cannot allocate memory|std::bad_alloc/.test(e.stderr)) return 'memory';
  if (exc && SYNTAX.has(exc)) return 'syntax_error';
  if (exc && IMPORT.has(exc)) return 'missing_module';
  if (sig === 'SIGKILL') return 'memory';
  if (sig) return 'crashed';
  if (exc === 'SystemExit' || e.exitCode === 0) return 'harness_not_reached';
  if (exc) return 'failed';
  return 'crashed';
}

/** The last few lines of stderr, trimmed to `max` characters. */
export function tailLines(text: string, lines = 6, max = 1200): string {
  const kept = text.trimEnd().split('\n').slice(-lines).join('\n');
  return kept.length > max ? kept.slice(-max) : kept;
}

export interface CheckEnding {
  killedBy: 'timeout' | 'output' | null;
  report: CheckReport;
  /** How the checker process ended (stderr tail, exit) when it sent no final line. */
  checker: { exitCode: number | null; signal: string | null; stderr: string };
  /** How the candidate ended; `killedByBench` when bench stopped it after the checker was done. */
  candidate: { exitCode: number | null; signal: string | null; stderr: string; killedByBench: boolean };
}

/**
 * The verdict of a checked run. Only the checker's own final line can say `passed`; what the
 * candidate printed or how it exited can only explain a failure.
 */
export function classifyCheck(e: CheckEnding): Verdict {
  if (e.killedBy === 'timeout') return 'timeout';
  if (e.killedBy === 'output') return 'output_limit';
  const done = e.report.done;
  if (done === null) {
    const sig = signalOf(e.checker.exitCode, e.checker.signal);
    if (sig === 'SIGXCPU') return 'timeout';
    if (sig === 'SIGKILL' || lastException(e.checker.stderr) === 'MemoryError') return 'memory';
    return 'crashed';
  }
  if (done.passed) return 'passed';
  if (done.test_error) return 'test_error';
  if (done.nonplain !== null) return 'non_plain_result';
  if (done.memory) return 'memory';
  if (done.gone) {
    if (e.candidate.killedByBench) return 'harness_not_reached';
    return classify({ killedBy: null, sentinelSeen: false, ...e.candidate });
  }
  return 'failed';
}
