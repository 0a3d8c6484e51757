/**
 * @module store/lock — one writer per run folder.
 *
 * `<run>/.lock` holds the writer's pid and host. A second `bench run` on the
 * same folder is refused at once, naming the other process; a lock whose
 * process is gone (killed with -9) is stale and taken over.
 *
 * Taking over is atomic: a live lock is never moved or removed, not even for an
 * instant. Of the processes that find the same stale lock, only the one that
 * creates its takeover marker (`.lock.takeover-<hash of the stale lock>.<n>`,
 * created whole by `link`, which fails if it exists) may replace it, and it does
 * so only after checking, while holding the marker, that `.lock` still holds
 * exactly the bytes it judged stale. A marker whose creator died is skipped by
 * moving to the next generation `n + 1`.
 */
import { createHash } from 'node:crypto';
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

/** The file's bytes, or null when it does not exist. */
function readRaw(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function parse(raw: string): LockInfo | null {
  try {
    const v = JSON.parse(raw) as Partial<LockInfo>;
    return typeof v.pid === 'number' && typeof v.host === 'string' ? (v as LockInfo) : null;
  } catch {
    return null;
  }
}

/** A lock (or marker) held by a process that is still running here. */
function heldByLiveProcess(info: LockInfo | null): info is LockInfo {
  return info !== null && info.host === os.hostname() && alive(info.pid);
}

/**
 * Creates `file` whole or not at all: written to a temp name, then hard-linked
 * (fails if the name exists), so no reader ever sees it empty or half-written.
 */
function createWhole(file: string, content: string): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, content, { mode: 0o600 });
    fs.linkSync(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return false;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

export type TakeOver = { outcome: 'won' } | { outcome: 'changed' } | { outcome: 'busy'; pid: number };

/**
 * Replaces the stale lock whose bytes were `staleRaw` with `ownRaw`, unless another
 * live process is already taking it over (`busy`) or `.lock` no longer holds those
 * bytes (`changed`: someone else won, or it was released). Exported for the tests.
 */
export function takeOverStale(runDir: string, staleRaw: string, ownRaw: string): TakeOver {
  const file = path.join(runDir, '.lock');
  const prefix = `.lock.takeover-${createHash('sha256').update(staleRaw).digest('hex').slice(0, 16)}.`;
  for (let gen = 0, vanished = 0; gen < 64 && vanished < 64; ) {
    const marker = path.join(runDir, `${prefix}${gen}`);
    if (createWhole(marker, ownRaw)) {
      let won = false;
      try {
        if (readRaw(file) !== staleRaw) return { outcome: 'changed' };
        const fresh = `${file}.${process.pid}.new`;
        try {
          fs.writeFileSync(fresh, ownRaw, { mode: 0o600 });
          fs.renameSync(fresh, file); // atomic replace: `.lock` is never absent
        } finally {
          fs.rmSync(fresh, { force: true });
        }
        won = true;
        for (const name of fs.readdirSync(runDir)) if (name.startsWith(prefix)) fs.rmSync(path.join(runDir, name), { force: true });
        return { outcome: 'won' };
      } finally {
        if (!won) fs.rmSync(marker, { force: true });
      }
    }
    const raw = readRaw(marker);
    if (raw === null) {
      vanished++; // its creator finished (won or found the lock changed): try this generation again
      continue;
    }
    const taker = parse(raw);
    if (heldByLiveProcess(taker)) return { outcome: 'busy', pid: taker.pid };
    gen++; // the marker's creator died mid-takeover
  }
  return { outcome: 'changed' };
}

function locked(runDir: string, message: string): BenchError {
  return new BenchError('RUN_LOCKED', `${runDir} ${message}`, { exitCode: 2 });
}

export class RunLock {
  private constructor(private readonly file: string) {}

  /** Takes the lock or throws (exit 2) naming the process that holds it. */
  static acquire(runDir: string): RunLock & { staleTakenOver: boolean } {
    const file = path.join(runDir, '.lock');
    const own = JSON.stringify({ pid: process.pid, host: os.hostname(), started_at: new Date().toISOString() } satisfies LockInfo);
    for (let attempt = 0; attempt < 16; attempt++) {
      if (createWhole(file, own)) return Object.assign(new RunLock(file), { staleTakenOver: false });
      const raw = readRaw(file);
      if (raw === null) continue; // released meanwhile: try again
      const other = parse(raw); // null: unreadable (written by a crashed process): stale
      if (other && other.host !== os.hostname()) {
        throw locked(runDir, `is locked by bench on host ${other.host} (pid ${other.pid}). If that process is gone, delete ${file}.`);
      }
      if (other && other.pid !== process.pid && heldByLiveProcess(other)) {
        throw locked(runDir, `is being written by another bench process (pid ${other.pid}, started ${other.started_at}). Wait for it to finish, or stop it first.`);
      }
      const taken = takeOverStale(runDir, raw, own);
      if (taken.outcome === 'won') return Object.assign(new RunLock(file), { staleTakenOver: true });
      if (taken.outcome === 'busy') {
        throw locked(runDir, `is being taken over by another bench process (pid ${taken.pid}) from a process that died. Wait for it to finish, or stop it first.`);
      }
    }
    throw locked(runDir, 'could not be locked: its lock file kept changing. Try again.');
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

/** Whether a live process on this host holds the run folder's lock (a run in progress), for readers such as `bench view`. */
export function lockedByLiveProcess(runDir: string): boolean {
  const raw = readRaw(path.join(runDir, '.lock'));
  return raw !== null && heldByLiveProcess(parse(raw));
}
