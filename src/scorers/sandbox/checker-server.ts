/**
 * @module scorers/sandbox/checker-server — one long-lived checker sandbox per worker, which forks
 * a fresh checker process per item, so an item does not pay for a sandbox and an interpreter
 * start-up twice (the candidate still gets a new sandbox of its own every time).
 *
 * The server runs only bench's text: it reads checker programs (suite text) on stdin, forks a
 * child per program and reports how the child ended. It never reads what a candidate sends: the
 * child does, through bench's chunks on fd 4, and the child's state dies with it. After each
 * item the server drops whatever of that item's chunks the child left unread (up to the
 * end-of-item chunk bench writes once the candidate is gone), then marks the end of the item on
 * fd 3, so nothing of one item can reach the next. Any item that does not end cleanly
 * (a limit, an abort, a checker that crashed or was killed) ends the server too; the next item
 * starts a new one.
 *
 * Streams: fd 0 jobs (4-byte length + the checker program), fd 3 the child's calls (raw frames,
 * then the 4-byte end mark 0xFFFFFFFF), fd 4 bench's chunks (4-byte length + candidate bytes;
 * length 0 ends the item's stream), fd 5 the child's result lines, then the server's
 * `{"exit": true, "code", "signal"}` line as soon as the child has ended (the same pipe, so after
 * all of them).
 */
import type { ChildProcess } from 'node:child_process';
import { Capped } from './capture.js';
import { destroyStreams, FrameSplitter, killGroup, lengthPrefixed, setIdle, signalName, spawnGroup, stream, type Exit } from './proc.js';
import { END_MARK } from './server-source.js';
import type { TreeRoot } from './tree-cpu.js';
import type { LaunchPlan } from './types.js';

/** What the pair needs of one item's checker (the same surface as a Proc of its own). */
export interface ItemHooks {
  /** The child's calls, frame bytes to relay to the candidate. */
  onCalls: (chunk: Buffer) => void;
  /** The child's result lines (fd 5). */
  onReport: (chunk: Buffer) => void;
  /** Output bytes counted against the output limit. */
  onBytes: (n: number) => void;
}

/** A long-lived checker sandbox serving one item at a time (see the module comment). */
export class CheckerServer {
  private readonly child: ChildProcess;
  private hooks: ItemHooks | null = null;
  /** fd 3: frames go to the candidate as they come (header too, one chunk per read); the end mark ends the item. */
  private readonly calls = new FrameSplitter(4, {
    head: (h) => {
      const n = h.readUInt32BE(0);
      if (n === END_MARK) {
        this.flushCalls();
        this.clean = this.exit !== null && this.exit.code === 0 && !this.killed;
        this.onItemEnd?.();
        return 0;
      }
      this.calling.push(h);
      return n;
    },
    part: (p) => this.calling.push(p),
  });
  /** What of the child's calls one read brought, relayed as one chunk. */
  private calling: Buffer[] = [];
  private repliesEnded = true;
  private lineTail = '';
  private readonly drains: Array<() => void> = [];
  private onItemExit: ((e: Exit) => void) | null = null;
  private onItemEnd: (() => void) | null = null;
  /** This item's checker exit, once reported. */
  exit: Exit | null = null;
  /** True once the server is gone or was killed: it serves no more items. */
  dead = false;
  killed = false;
  spawnError: Error | null = null;
  out: Capped;
  err: Capped;
  exited!: Promise<void>;
  closed!: Promise<void>;
  /** True when the current item ended cleanly (exit 0, end mark seen): the server may serve again. */
  clean = false;

  /** The levels of the server's process tree that are its own (down to its interpreter); below them, the item's checker. */
  private readonly infraDepth: number;

  constructor(plan: LaunchPlan, cwd: string, private readonly capBytes: number) {
    this.infraDepth = plan.interpreterDepth;
    this.out = new Capped(capBytes, false);
    this.err = new Capped(capBytes, true);
    this.child = spawnGroup(plan, cwd, 6);
    this.child.stdout!.on('data', (c: Buffer) => { this.hooks?.onBytes(c.length); this.out.push(c); });
    this.child.stderr!.on('data', (c: Buffer) => { this.hooks?.onBytes(c.length); this.err.push(c); });
    stream(this.child, 3).on('data', (c: Buffer) => { this.calls.push(c); this.flushCalls(); });
    stream(this.child, 5).on('data', (c: Buffer) => this.report(c));
    let ended = false;
    const gone = (e?: Error): void => {
      if (e) this.spawnError ??= e;
      if (ended) return;
      ended = true;
      this.dead = true;
      killGroup(this.child);
      this.drained();
      this.finishExit({ code: null, signal: 'SIGKILL', at: performance.now() });
      this.onItemEnd?.();
    };
    this.child.on('exit', () => gone());
    this.child.on('error', (e) => gone(e));
    setIdle(this.child, true);
  }

  /** The server's process tree, for the CPU-time accounting (deadline.ts). */
  get root(): TreeRoot | null {
    return this.child.pid ? { pid: this.child.pid, infraDepth: this.infraDepth } : null;
  }

  /** Starts one item: sends the checker program and resets what is kept per item. */
  begin(program: string, hooks: ItemHooks): void {
    setIdle(this.child, false);
    this.hooks = hooks;
    this.exit = null;
    this.clean = false;
    this.repliesEnded = false;
    this.killed = false;
    this.out = new Capped(this.capBytes, false);
    this.err = new Capped(this.capBytes, true);
    this.exited = new Promise((resolve) => { this.onItemExit = () => resolve(); });
    this.closed = new Promise((resolve) => { this.onItemEnd = () => resolve(); });
    if (this.dead) { this.onItemExit?.(this.exit ?? { code: null, signal: 'SIGKILL', at: performance.now() }); this.onItemEnd?.(); return; }
    stream(this.child, 0).write(lengthPrefixed(Buffer.from(program, 'utf8')));
  }

  /** Relays candidate bytes to the child, as one chunk. False when the pipe is full (pause the source). */
  reply(chunk: Buffer): boolean {
    if (this.repliesEnded || this.dead || chunk.length === 0) return true;
    return stream(this.child, 4).write(lengthPrefixed(chunk));
  }

  /** The candidate's stream ended (it exited or was killed): the end-of-item chunk, once. */
  endReplies(): void {
    if (this.repliesEnded) return;
    this.repliesEnded = true;
    if (!this.dead) stream(this.child, 4).write(Buffer.alloc(4));
  }

  /** Calls `fn` when fd 4 can take more (after `reply` returned false), or the server is gone. */
  onDrain(fn: () => void): void {
    if (this.dead) { fn(); return; }
    this.drains.push(fn);
    stream(this.child, 4).once('drain', () => this.drained());
  }

  private drained(): void {
    for (const fn of this.drains.splice(0)) fn();
  }

  /** Kills the whole server (its PID namespace takes the child with it). It serves no more items. */
  kill(): void {
    if (this.exit === null) this.killed = true;
    this.dead = true;
    killGroup(this.child);
    this.drained();
  }

  /** After an item: detaches it; an idle server does not keep bench's event loop alive. */
  release(): void {
    this.hooks = null;
    this.onItemExit = null;
    this.onItemEnd = null;
    if (!this.dead) setIdle(this.child, true);
  }

  destroy(): void {
    destroyStreams(this.child);
  }

  private finishExit(e: Exit): void {
    if (this.exit !== null) return;
    this.exit = e;
    this.onItemExit?.(e);
  }

  private flushCalls(): void {
    if (this.calling.length === 0) return;
    const chunk = this.calling.length === 1 ? this.calling[0]! : Buffer.concat(this.calling);
    this.calling = [];
    this.hooks?.onCalls(chunk);
  }

  /** fd 5: result lines go to the item; the server's exit line ends the child. */
  private report(chunk: Buffer): void {
    this.hooks?.onReport(chunk);
    const text = this.lineTail + chunk.toString('utf8');
    const lines = text.split('\n');
    this.lineTail = (lines.pop() ?? '').slice(-4096);
    for (const line of lines) {
      if (!line.startsWith('{"exit":true')) continue;
      try {
        const o = JSON.parse(line) as { code: number | null; signal: number | null };
        this.finishExit({ code: o.code, signal: o.signal === null ? null : signalName(o.signal), at: performance.now() });
      } catch { /* not the server's line */ }
    }
  }
}
