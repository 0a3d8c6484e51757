/**
 * @module scorers/sandbox/proc — one sandboxed process: spawned in its own process group with
 * bench's scrubbed environment, output captured within bounds, killed as a whole group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { Capped } from './capture.js';
import { SANDBOX_ENV } from './plan.js';
import type { LaunchPlan } from './types.js';

export interface Exit {
  code: number | null;
  signal: string | null;
  at: number;
}

export class Proc {
  readonly child: ChildProcess;
  readonly out: Capped;
  readonly err: Capped;
  exit: Exit | null = null;
  /** True once bench sent the kill (so a SIGKILL ending is bench's, not the OOM killer's). */
  killed = false;
  /** Resolves when the process has exited (or failed to spawn). */
  readonly exited: Promise<void>;
  /** Resolves when every holder of its output pipes is gone (or it failed to spawn). */
  readonly closed: Promise<void>;
  spawnError: Error | null = null;

  /** `onBytes` sees every output chunk (stdout or stderr) as it comes, before the cap. */
  constructor(plan: LaunchPlan, cwd: string, fds: number, capBytes: number, onBytes: (n: number, chunk: Buffer, isErr: boolean) => void) {
    this.child = spawn(plan.command, plan.args, {
      cwd, env: { ...SANDBOX_ENV }, detached: true,
      stdio: Array.from({ length: fds }, () => 'pipe' as const),
      ...(plan.uid === undefined ? {} : { uid: plan.uid, gid: plan.gid }),
    });
    this.out = new Capped(capBytes, false);
    this.err = new Capped(capBytes, true);
    this.child.stdout!.on('data', (c: Buffer) => { onBytes(c.length, c, false); this.out.push(c); });
    this.child.stderr!.on('data', (c: Buffer) => { onBytes(c.length, c, true); this.err.push(c); });
    for (const s of this.child.stdio) (s as Readable | Writable | null)?.on('error', () => { /* the peer may be gone */ });
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exit = { code, signal, at: performance.now() };
        this.killGroup();
        resolve();
      });
      this.child.on('error', (e) => { this.spawnError = e; resolve(); });
    });
    this.closed = new Promise((resolve) => {
      this.child.on('close', () => resolve());
      this.child.on('error', () => resolve());
    });
  }

  /** The child's end of file descriptor `fd` (3 and up), as a stream. */
  fd(n: number): Readable & Writable {
    return this.child.stdio[n] as Readable & Writable;
  }

  /** SIGKILL to the whole process group (bubblewrap's PID namespace takes the rest). */
  kill(): void {
    if (this.exit === null) this.killed = true;
    this.killGroup();
  }

  private killGroup(): void {
    try { if (this.child.pid) process.kill(-this.child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }

  /** Closes bench's ends of the pipes. */
  destroy(): void {
    for (const s of this.child.stdio) (s as Readable | Writable | null)?.destroy();
  }
}
