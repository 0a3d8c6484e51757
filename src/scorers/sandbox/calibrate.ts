/**
 * @module scorers/sandbox/calibrate — the pool's start-up checks: that a sandbox runs a trivial
 * program (the probe), and how fast this machine runs a fixed reference program in one, so time
 * limits scale with the machine instead of failing slow CI boxes. Both run in a sandbox of their
 * own (never forked), so the baseline below keeps its meaning.
 */
import type { RunRequest, RunResult } from './types.js';

/** What the checks need of the pool: a program in a sandbox of its own. */
export interface ProbeTarget {
  probeRun(req: RunRequest): Promise<RunResult>;
}

/** The calibration program: interpreter start-up plus a fixed CPU-bound loop. */
const REFERENCE = 's = 0\nfor i in range(1000000):\n    s += i * i % 7\nprint(s)\n';
/** What REFERENCE takes in the sandbox on the reference machine (2-core x86-64 VM, 2026), ms. */
export const REFERENCE_BASELINE_MS = 85;

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

/** This machine's speed relative to the reference: best of 3 runs of REFERENCE, clamped to [0.5, 20]. */
export async function calibrate(sandbox: ProbeTarget): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const r = await sandbox.probeRun({ source: REFERENCE });
    if (r.exitCode === 0) best = Math.min(best, r.execMs);
  }
  if (!Number.isFinite(best)) return 1;
  return Math.min(20, Math.max(0.5, best / REFERENCE_BASELINE_MS));
}
