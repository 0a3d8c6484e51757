/**
 * @module scorers/sandbox/candidate — what a run needs of a program's process (a whole program,
 * or a checked run's candidate), whether it is forked by the worker's candidate server
 * (candidate-server.ts) or spawned in a sandbox of its own (bare mode, or where the server
 * cannot build its namespaces).
 */
import type { Capped } from './capture.js';
import { Proc, type Exit } from './proc.js';
import type { TreeRoot } from './tree-cpu.js';
import type { LaunchPlan } from './types.js';

/** What a program runs: a whole program, or a candidate's source that then serves calls of `entry`. */
export type Job = { program: string } | { source: string; entry: string };

/** Sees every output chunk (stdout or stderr) as it comes, before the cap. */
export type OnBytes = (n: number, chunk: Buffer, isErr: boolean) => void;

/** Starts a program's process, its output capped at `capBytes`. */
export type StartCandidate = (capBytes: number, onBytes: OnBytes) => Candidate;

export interface Candidate {
  readonly out: Capped;
  readonly err: Capped;
  /** How the program ended, once known. */
  readonly exit: Exit | null;
  /** True once bench ended the program before it exited by itself. */
  readonly killed: boolean;
  readonly spawnError: Error | null;
  /** Where its processes are, for the CPU-time accounting (deadline.ts); null when unknown. */
  readonly root: TreeRoot | null;
  /** Resolves when the program has exited (or never started). */
  readonly exited: Promise<void>;
  /** Resolves when nothing of the program is left and its streams are read to the end. */
  readonly closed: Promise<void>;
  /** Sends the job, encoded as the process takes it (see Job). */
  start(job: Job): void;
  /** Relays call frame bytes to the program's fd 3 (dropped once it has exited). */
  call(bytes: Buffer): void;
  /** Where the program's replies (fd 4) go, and its end. */
  onReplies(data: (chunk: Buffer) => void, end: () => void): void;
  pauseReplies(): void;
  resumeReplies(): void;
  /** Ends the program and every process it started. */
  stop(): void;
  /** Ends it at once, whatever else it takes with it (timeout, output limit, abort). */
  abort(): void;
  destroy(): void;
}

/** A program in a sandbox (or bare process) of its own: fds 0-2, and 3-4 for a candidate. */
export class SpawnedCandidate implements Candidate {
  private readonly proc: Proc;

  constructor(plan: LaunchPlan, cwd: string, fds: 3 | 5, capBytes: number, onBytes: OnBytes) {
    this.proc = new Proc(plan, cwd, fds, capBytes, onBytes);
  }

  get out(): Capped { return this.proc.out; }
  get err(): Capped { return this.proc.err; }
  get exit(): Exit | null { return this.proc.exit; }
  get killed(): boolean { return this.proc.killed; }
  get spawnError(): Error | null { return this.proc.spawnError; }
  /** The sandbox's bubblewrap (or the bare interpreter) and everything below it: all this program's. */
  get root(): TreeRoot | null { return this.proc.child.pid ? { pid: this.proc.child.pid, infraDepth: -1 } : null; }
  get exited(): Promise<void> { return this.proc.exited; }
  get closed(): Promise<void> { return this.proc.closed; }

  /** A whole program's source as is (the launcher reads it from stdin); a candidate's job as JSON. */
  start(job: Job): void { this.proc.child.stdin!.end('program' in job ? job.program : JSON.stringify(job)); }

  call(bytes: Buffer): void { if (this.proc.exit === null) this.proc.fd(3).write(bytes); }

  onReplies(data: (chunk: Buffer) => void, end: () => void): void {
    const replies = this.proc.fd(4);
    replies.on('data', data);
    replies.on('end', end);
    replies.on('close', end);
  }

  pauseReplies(): void { this.proc.fd(4).pause(); }
  resumeReplies(): void { this.proc.fd(4).resume(); }
  stop(): void { this.proc.kill(); }
  abort(): void { this.proc.kill(); }
  destroy(): void { this.proc.destroy(); }
}
