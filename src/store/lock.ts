/**
 * @module store/lock — one writer per run folder.
 *
 * `<run>/.lock` holds the writer's pid and host. A second `bench run` on the
 * same folder is refused at once, naming the other process; a lock whose
 * process is gone (killed with -9) is stale and taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchError } from '../errors.js';

interface LockInfo {
  pid: number;
  host: string;
  started_at: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates the lock file whole or not at all: written to a temp name, then hard-linked to
 * `.lock` (fails if it exists), so no reader ever sees it empty and judges it stale.
 */
function createWhole(file: string, info: LockInfo): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(info), { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return false;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * Removes a stale lock so that only one of several processes that judged it stale wins: the
 * file is renamed aside (atomic; a loser's rename finds nothing), and if what was moved is not
 * the lock judged stale (a live process re-locked in between), it is put back.
 */
function takeOver(file: string, judged: LockInfo | null): boolean {
  const aside = `${file}.stale-${process.pid}-${Date.now()}`;
  try {
    fs.renameSync(file, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  let moved: string | null = null;
  try {
    moved = fs.readFileSync(aside, 'utf8');
  } catch {
    moved = null;
  }
  const same = judged === null ? moved === null || !isLockInfo(moved) : moved !== null && isLockInfo(moved) && sameLock(JSON.parse(moved) as LockInfo, judged);
  if (!same) {
    try {
      fs.linkSync(aside, file); // give the live lock back (fails only if yet another took the name)
    } catch {
      /* the name is taken again: that holder wins */
    }
    fs.rmSync(aside, { force: true });
    return false;
  }
  fs.rmSync(aside, { force: true });
  return true;
}

function isLockInfo(text: string): boolean {
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    return typeof v.pid === 'number' && typeof v.host === 'string';
  } catch {
    return false;
  }
}

function sameLock(a: LockInfo, b: LockInfo): boolean {
  return a.pid === b.pid && a.host === b.host && a.started_at === b.started_at;
}

export class RunLock {
  private constructor(private readonly file: string) {}

  /** Takes the lock or throws (exit 2) naming the process that holds it. */
  static acquire(runDir: string): RunLock & { staleTakenOver: boolean } {
    const file = path.join(runDir, '.lock');
    const info: LockInfo = { pid: process.pid, host: os.hostname(), started_at: new Date().toISOString() };
    let staleTakenOver = false;
    for (let attempt = 0; attempt < 4; attempt++) {
      if (createWhole(file, info)) return Object.assign(new RunLock(file), { staleTakenOver });
      let other: LockInfo | null = null;
      try {
        other = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
      } catch {
        other = null; // unreadable: a writer died mid-write; treat as stale
      }
      if (other && other.host === os.hostname() && other.pid !== process.pid && alive(other.pid)) {
        throw new BenchError(
          'RUN_LOCKED',
          `${runDir} is being written by another bench process (pid ${other.pid}, started ${other.started_at}). Wait for it to finish, or stop it first.`,
          { exitCode: 2 },
        );
      }
      if (other && other.host !== os.hostname()) {
        throw new BenchError(
          'RUN_LOCKED',
          `${runDir} is locked by bench on host ${other.host} (pid ${other.pid}). If that process is gone, delete ${file}.`,
          { exitCode: 2 },
        );
      }
      if (!takeOver(file, other)) continue; // another process took it first: look again
      staleTakenOver = true;
    }
    throw new BenchError('RUN_LOCKED', `could not lock ${runDir}`, { exitCode: 2 });
  }

  release(): void {
    try {
      const info = JSON.parse(fs.readFileSync(this.file, 'utf8')) as LockInfo;
      if (info.pid === process.pid) fs.rmSync(this.file, { force: true });
    } catch {
      /* already gone */
    }
  }
}
