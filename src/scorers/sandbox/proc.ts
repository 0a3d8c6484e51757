/**
 * @module scorers/sandbox/proc — the process plumbing every sandboxed process shares (spawned in
 * its own process group with bench's scrubbed environment, killed as a whole group, its streams
 * released when idle, its frames split), and one sandboxed process with its output captured
 * within bounds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Capped } from './capture.js';
import { SANDBOX_ENV } from './plan.js';
import type { LaunchPlan } from './types.js';

export interface Exit {
  code: number | null;
  signal: string | null;
  at: number;
}

const SIGNAL_NAMES = new Map(Object.entries(constants.signals).map(([name, n]) => [n, name]));

/** A signal's name (`SIGKILL`) from its number, as Node names it. */
export function signalName(n: number): string {
  return SIGNAL_NAMES.get(n) ?? `SIG${n}`;
}

/** Spawns `plan` in a process group of its own with `fds` pipes; a gone peer is never an error. */
export function spawnGroup(plan: LaunchPlan, cwd: string, fds: number): ChildProcess {
  const child = spawn(plan.command, plan.args, {
    cwd, env: { ...SANDBOX_ENV }, detached: true,
    stdio: Array.from({ length: fds }, () => 'pipe' as const),
    ...(plan.uid === undefined ? {} : { uid: plan.uid, gid: plan.gid }),
  });
  for (const s of child.stdio) (s as Readable | Writable | null)?.on('error', () => { /* the peer may be gone */ });
  return child;
}

/** The child's end of file descriptor `n`, as a stream. */
export function stream(child: ChildProcess, n: number): Readable & Writable {
  return child.stdio[n] as Readable & Writable;
}

/** SIGKILL to the child's whole process group (a sandbox's PID namespace takes the rest). */
export function killGroup(child: ChildProcess): void {
  try { if (child.pid) process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
}

/** An idle long-lived process (and its pipes) does not keep bench's event loop alive. */
export function setIdle(child: ChildProcess, on: boolean): void {
  const handles = [child, ...child.stdio] as Array<{ ref?: () => void; unref?: () => void } | null>;
  for (const h of handles) (on ? h?.unref : h?.ref)?.call(h);
}

/** Closes bench's ends of the child's pipes. */
export function destroyStreams(child: ChildProcess): void {
  for (const s of child.stdio) (s as Readable | Writable | null)?.destroy();
}

/** A 4-byte big-endian length, then `body`. */
export function lengthPrefixed(body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
}

export interface FrameHandler {
  /** A whole header; returns the length of the payload that follows. */
  head(head: Buffer): number;
  /** Payload bytes as they come. */
  part(part: Buffer): void;
  /** The frame's payload is complete (also for an empty one). */
  end?(): void;
}

/** Splits a stream into frames of a fixed-size header and a payload, payloads passed on as they come. */
export class FrameSplitter {
  private head = Buffer.alloc(0);
  private left = 0;

  constructor(private readonly headBytes: number, private readonly on: FrameHandler) {}

  push(chunk: Buffer): void {
    let c = chunk;
    while (c.length > 0) {
      if (this.left > 0) {
        const part = c.subarray(0, this.left);
        this.left -= part.length;
        c = c.subarray(part.length);
        this.on.part(part);
        if (this.left === 0) this.on.end?.();
        continue;
      }
      const need = this.headBytes - this.head.length;
      this.head = Buffer.concat([this.head, c.subarray(0, need)]);
      c = c.subarray(need);
      if (this.head.length < this.headBytes) return;
      const head = this.head;
      this.head = Buffer.alloc(0);
      this.left = this.on.head(head);
      if (this.left === 0) this.on.end?.();
    }
  }
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
    this.child = spawnGroup(plan, cwd, fds);
    this.out = new Capped(capBytes, false);
    this.err = new Capped(capBytes, true);
    this.child.stdout!.on('data', (c: Buffer) => { onBytes(c.length, c, false); this.out.push(c); });
    this.child.stderr!.on('data', (c: Buffer) => { onBytes(c.length, c, true); this.err.push(c); });
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exit = { code, signal, at: performance.now() };
        killGroup(this.child);
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
    return stream(this.child, n);
  }

  /** SIGKILL to the whole process group (bubblewrap's PID namespace takes the rest). */
  kill(): void {
    if (this.exit === null) this.killed = true;
    killGroup(this.child);
  }

  /** Closes bench's ends of the pipes. */
  destroy(): void {
    destroyStreams(this.child);
  }
}
