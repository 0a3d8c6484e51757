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

export class RunLock {
  private constructor(private readonly file: string) {}

  /** Takes the lock or throws (exit 2) naming the process that holds it. */
  static acquire(runDir: string): RunLock & { staleTakenOver: boolean } {
    const file = path.join(runDir, '.lock');
    const info: LockInfo = { pid: process.pid, host: os.hostname(), started_at: new Date().toISOString() };
    let staleTakenOver = false;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx', mode: 0o600 });
        return Object.assign(new RunLock(file), { staleTakenOver });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
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
      fs.rmSync(file, { force: true });
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
