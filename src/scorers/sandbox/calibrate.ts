/**
 * @module scorers/sandbox/calibrate — the pool's start-up checks: that a sandbox runs a trivial
 * program (the probe), and how fast this machine runs a fixed reference program in one, so time
 * limits scale with the machine instead of failing slow CI boxes. Both run in a sandbox of their
 * own (never forked). The reference is timed by the CPU time it reports, the measure the limits
 * apply to (deadline.ts): a machine that is busy at the start of a run is not taken for a slow one.
 */
import type { RunRequest, RunResult } from './types.js';

/** What the checks need of the pool: a program in a sandbox of its own. */
export interface ProbeTarget {
  probeRun(req: RunRequest): Promise<RunResult>;
}

/** The calibration program: a fixed CPU-bound loop; prints the CPU time of its process (interpreter start-up included), ms. */
const REFERENCE = [
  'import resource',
  's = 0',
  'for i in range(1000000):',
  '    s += i * i % 7',
  'u = resource.getrusage(resource.RUSAGE_SELF)',
  'print("cpu-ms", s, round((u.ru_utime + u.ru_stime) * 1000, 1))',
  '',
].join('\n');
/** The CPU time REFERENCE takes in the sandbox on the reference machine (2-core x86-64 VM, 2026), ms. */
export const REFERENCE_BASELINE_MS = 80;

/** Null when a trivial program runs and prints as expected; else why not. */
export async function probe(sandbox: ProbeTarget): Promise<string | null> {
  try {
    const r = await sandbox.probeRun({ source: 'print("bench-probe-ok")\n' });
    if (r.exitCode === 0 && r.stdout.includes('bench-probe-ok')) return null;
    return (r.stderr.trim().split('\n').slice(-2).join(' ') || `exit ${r.exitCode ?? r.signal}`).slice(0, 300);
  } catch (e) {
    return (e as Error).message;
  }
}

/** This machine's speed relative to the reference: best of 3 runs of REFERENCE (CPU time), clamped to [0.5, 20]. */
export async function calibrate(sandbox: ProbeTarget): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const r = await sandbox.probeRun({ source: REFERENCE });
    const m = /^cpu-ms 1999998 ([\d.]+)$/m.exec(r.stdout);
    if (r.exitCode === 0 && m) best = Math.min(best, Number(m[1]));
  }
  if (!Number.isFinite(best)) return 1;
  return Math.min(20, Math.max(0.5, best / REFERENCE_BASELINE_MS));
}
