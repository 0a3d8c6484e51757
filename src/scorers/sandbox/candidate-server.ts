/**
 * @module scorers/sandbox/candidate-server — one long-lived candidate sandbox per worker that
 * forks each candidate program into new namespaces of its own (fork-source.ts), so a program
 * does not pay for a bubblewrap sandbox and an interpreter start-up.
 *
 * Streams: fd 0 jobs (4-byte length + the job JSON; the server's keeper reads it, not the server),
 * fd 3 bench's chunks of call bytes (4-byte length + bytes; length 0 ends the item: the program
 * is killed if still running), fd 1 frames to bench (1 kind byte + 4-byte length + payload):
 * `R` ready or `U` unusable (once, first), then per item `o` stdout, `e` stderr, `r` reply bytes,
 * `x` the program's exit (`>ii` code, signal; -1 for none) once it and its namespace are gone
 * and its pipes are empty, and `z` the item's end (the server is idle again). fd 2 is the
 * server's own errors. A timeout, an abort or the output limit ends the program the same way
 * (the end chunk); an item that does not end with `z` ends the whole server, and the next item
 * starts a new one.
 */
import type { ChildProcess } from 'node:child_process';
import { Capped } from './capture.js';
import type { Candidate, Job, OnBytes } from './candidate.js';
import { destroyStreams, FrameSplitter, killGroup, lengthPrefixed, setIdle, signalName, spawnGroup, stream, type Exit } from './proc.js';
import type { TreeRoot } from './tree-cpu.js';
import type { LaunchPlan } from './types.js';

/** How long an aborted program's keeper has to report it gone before the whole server is killed. */
const ABORT_GRACE_MS = 5000;
/** The server's own error output kept (to say why it could not fork). */
const SERVER_ERR_CAP = 4096;

export class CandidateServer {
  private readonly child: ChildProcess;
  private item: ForkedCandidate | null = null;
  private kind = 0;
  private body: Buffer[] = [];
  private readonly frames = new FrameSplitter(5, {
    head: (h) => { this.kind = h[0]!; return h.readUInt32BE(1); },
    part: (p) => this.payload(p),
    end: () => this.frameEnd(),
  });
  private readyState: ((ok: boolean) => void) | null = null;
  /** True when the server forks programs here; false when it cannot (or died first). */
  readonly ready: Promise<boolean>;
  dead = false;
  private finished = false;
  private killedByBench = false;
  /** True once the current item ended with its `z` frame: the server may serve the next one. */
  clean = false;
  /** Resolves once the server is gone and its streams are read to the end. */
  readonly ended: Promise<void>;
  /** Why the server could not fork programs here (its own error output). */
  readonly errors = new Capped(SERVER_ERR_CAP, true);

  /** The levels of the server's process tree that are its own (down to its interpreter). */
  private readonly infraDepth: number;

  constructor(plan: LaunchPlan, cwd: string) {
    this.infraDepth = plan.interpreterDepth;
    this.ready = new Promise((resolve) => { this.readyState = resolve; });
    this.child = spawnGroup(plan, cwd, 4);
    this.child.stdout!.on('data', (c: Buffer) => this.frames.push(c));
    this.child.stderr!.on('data', (c: Buffer) => this.errors.push(c));
    this.ended = new Promise((resolve) => { this.child.on('close', () => resolve()); this.child.on('error', () => resolve()); });
    this.child.on('exit', () => this.gone());
    this.child.on('error', (e) => this.gone(e));
  }

  /**
   * The server's process tree: bubblewrap, its init and the server interpreter are the server's
   * own; below them the keepers, this item's and the next one's.
   */
  get root(): TreeRoot | null {
    return this.child.pid ? { pid: this.child.pid, infraDepth: this.infraDepth } : null;
  }

  /** Starts one program (its job follows through Candidate.start); the server must be ready and idle. */
  begin(capBytes: number, onBytes: OnBytes): Candidate {
    setIdle(this.child, false);
    this.clean = false;
    const item = new ForkedCandidate(this, capBytes, onBytes);
    this.item = item;
    if (this.dead) item.ended({ code: null, signal: 'SIGKILL', at: performance.now() }, null);
    return item;
  }

  /** After an item: an idle server does not keep bench's event loop alive. */
  release(): void {
    this.item = null;
    if (!this.dead) setIdle(this.child, true);
  }

  /** Kills the whole server; its PID namespace takes every program of it along. */
  kill(): void {
    this.dead = true;
    this.killedByBench = true;
    killGroup(this.child);
  }

  destroy(): void {
    destroyStreams(this.child);
  }

  /** @internal */ write(fd: 0 | 3, data: Buffer): void {
    if (!this.dead) stream(this.child, fd).write(data);
  }

  /** @internal */ pause(on: boolean): void {
    if (on) this.child.stdout!.pause();
    else this.child.stdout!.resume();
  }

  private gone(e?: Error): void {
    if (this.finished) return;
    this.finished = true;
    const byBench = this.killedByBench;
    this.kill();
    this.readyState?.(false);
    this.readyState = null;
    // A server that ends without bench killing it is a fault of the machine (a keeper that could
    // not build the namespaces, the OOM killer): the item fails as a broken launcher, never as
    // something its program did.
    const fault = e ?? (byBench ? null : new Error(`the candidate server ended unexpectedly${this.errors.text().trim() ? `: ${this.errors.text().trim().split('\n').pop()}` : ''}`));
    this.item?.ended({ code: null, signal: 'SIGKILL', at: performance.now() }, fault);
  }

  private payload(part: Buffer): void {
    const item = this.item;
    switch (String.fromCharCode(this.kind)) {
      case 'o': item?.output(part, false); break;
      case 'e': item?.output(part, true); break;
      case 'r': item?.reply(part); break;
      default: this.body.push(Buffer.from(part));
    }
  }

  private frameEnd(): void {
    const body = Buffer.concat(this.body);
    this.body = [];
    switch (String.fromCharCode(this.kind)) {
      case 'R': this.readyState?.(true); this.readyState = null; break;
      case 'U': this.readyState?.(false); this.readyState = null; this.kill(); break;
      case 'x': {
        if (body.length !== 8) { this.kill(); break; }
        const code = body.readInt32BE(0);
        const sig = body.readInt32BE(4);
        this.item?.ended({ code: code < 0 ? null : code, signal: sig < 0 ? null : signalName(sig), at: performance.now() }, null);
        break;
      }
      case 'z': this.clean = !this.dead; this.item?.closedNow(); break;
      default: break;
    }
  }
}

/** One program of a candidate server (see Candidate). */
class ForkedCandidate implements Candidate {
  readonly out: Capped;
  readonly err: Capped;
  exit: Exit | null = null;
  killed = false;
  spawnError: Error | null = null;
  readonly exited: Promise<void>;
  readonly closed: Promise<void>;
  get root(): TreeRoot | null { return this.server.root; }
  private onExit!: () => void;
  private onClose!: () => void;
  private stopped = false;
  private fallback: NodeJS.Timeout | undefined;
  private replyData: ((c: Buffer) => void) | null = null;
  private replyEnd: (() => void) | null = null;

  constructor(private readonly server: CandidateServer, capBytes: number, private readonly onBytes: OnBytes) {
    this.out = new Capped(capBytes, false);
    this.err = new Capped(capBytes, true);
    this.exited = new Promise((resolve) => { this.onExit = resolve; });
    this.closed = new Promise((resolve) => { this.onClose = resolve; });
  }

  start(job: Job): void {
    this.server.write(0, lengthPrefixed(Buffer.from(JSON.stringify(job), 'utf8')));
  }

  call(bytes: Buffer): void {
    if (this.stopped || this.exit !== null || bytes.length === 0) return;
    this.server.write(3, lengthPrefixed(bytes));
  }

  onReplies(data: (chunk: Buffer) => void, end: () => void): void {
    this.replyData = data;
    this.replyEnd = end;
  }

  pauseReplies(): void { this.server.pause(true); }
  resumeReplies(): void { this.server.pause(false); }

  /** The end-of-item chunk: the keeper kills the program (and its namespace) if still running. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.exit === null) this.killed = true;
    this.server.write(3, Buffer.alloc(4));
  }

  /**
   * The same end-of-item chunk: the keeper kills the sandbox's init, whose PID namespace takes
   * every process of the program with it before the keeper sees the init gone, so once `closed`
   * resolves nothing of the program is left. A keeper that does not answer within
   * ABORT_GRACE_MS gets the whole server killed.
   */
  abort(): void {
    if (this.exit === null) this.killed = true;
    this.stop();
    this.fallback ??= setTimeout(() => this.server.kill(), ABORT_GRACE_MS);
    this.fallback.unref();
  }

  destroy(): void { /* the server's streams outlive the item */ }

  /** @internal */ output(part: Buffer, isErr: boolean): void {
    this.onBytes(part.length, part, isErr);
    (isErr ? this.err : this.out).push(part);
  }

  /** @internal */ reply(part: Buffer): void { this.replyData?.(part); }

  /** @internal */ ended(e: Exit, error: Error | null): void {
    if (error && this.exit === null) this.spawnError ??= error;
    if (this.exit === null) {
      this.exit = e;
      this.replyEnd?.();
      this.onExit();
    }
    if (error || this.server.dead) this.closedNow();
  }

  /** @internal */ closedNow(): void {
    clearTimeout(this.fallback);
    this.onClose();
  }
}
