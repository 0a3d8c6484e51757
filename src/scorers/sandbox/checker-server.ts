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
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Capped } from './capture.js';
import { CODEC_PY } from './codec.js';
import { SANDBOX_ENV } from './plan.js';
import type { Exit } from './proc.js';
import type { LaunchPlan, SandboxLimits } from './types.js';

/** Splits a checker program into the part the server compiles once and the per-item rest. */
export const PER_ITEM_MARK = '\n# bench: per item\n';
/** Marks the end of an item on fd 3 (a frame never has this length). */
export const END_MARK = 0xffffffff;

const MB = 1024 * 1024;

/** Python source of the server (`python3 -I -B -c`); `cpuS` is each child's CPU-seconds limit. */
export function serverSource(limits: SandboxLimits, cpuS: number): string {
  const cpu = Math.max(1, Math.ceil(cpuS));
  return String.raw`
import os, resource as r, sys
os.closerange(6, 1 << 20)
def lim(k, v): r.setrlimit(k, (v, v))
lim(r.RLIMIT_NPROC, ${limits.maxProcs})
lim(r.RLIMIT_AS, ${limits.memoryMb * MB})
lim(r.RLIMIT_FSIZE, ${limits.tmpfsMb * MB})
lim(r.RLIMIT_CORE, 0)
import _ast
${CODEC_PY}
_MARK = ${JSON.stringify(PER_ITEM_MARK)}
_cache = {}

def _all(fd, n):
    parts = []
    while n > 0:
        b = os.read(fd, min(n, 1 << 20))
        if not b:
            return None
        parts.append(b)
        n -= len(b)
    return b''.join(parts)

def _put(fd, data):
    while data:
        data = data[os.write(fd, data):]

def _chunks(gone_w):
    """Reads n bytes of the candidate's stream from bench's chunks on fd 4 (None at its end),
    whole chunks at a time, so the pipe is at a chunk boundary whenever this process ends."""
    buf = bytearray()
    state = {'end': False}
    def read(n):
        while len(buf) < n and not state['end']:
            head = _all(4, 4)
            size = None if head is None else int.from_bytes(head, 'big')
            body = _all(4, size) if size else None
            if body is None:
                state['end'] = True
                if size == 0:
                    os.write(gone_w, b'E')
                break
            buf.extend(body)
        if len(buf) < n:
            return None
        out = bytes(buf[:n])
        del buf[:n]
        return out
    return read

def _child(src, gone_w):
    os.setpgid(0, 0)
    fd = os.open(os.devnull, os.O_RDONLY); os.dup2(fd, 0); os.close(fd)
    r.setrlimit(r.RLIMIT_CPU, (${cpu}, ${cpu + 1}))
    sys._bench_fd4 = _chunks(gone_w)
    code = 0
    try:
        head, sep, tail = src.partition(_MARK)
        parts = [_cache.get(head) or compile(head, 'checker.py', 'exec'), compile(tail, 'checker.py', 'exec')] if sep else [compile(src, 'checker.py', 'exec')]
        m = type(sys)('__main__'); m.__builtins__ = __builtins__
        sys.modules['__main__'] = m
        for c in parts:
            exec(c, m.__dict__)
    except SystemExit as e:
        code = e.code if type(e.code) is int else (0 if e.code is None else 1)
    except MemoryError:
        os.write(2, b'MemoryError: the checker ran out of memory\n'); code = 1
    except BaseException:
        import traceback
        traceback.print_exc(); code = 1
    try:
        sys.stdout.flush(); sys.stderr.flush()
    except BaseException:
        pass
    os._exit(code)

def _serve():
    while True:
        head = _all(0, 4)
        src = None if head is None else _all(0, int.from_bytes(head, 'big'))
        if src is None:
            os._exit(0)
        src = src.decode('utf-8', 'replace')
        top, sep, _ = src.partition(_MARK)
        if sep and top not in _cache:
            try:
                code = compile(top, 'checker.py', 'exec')
                _cache.clear(); _cache[top] = code
            except BaseException:
                pass
        gone_r, gone_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(gone_r)
            _child(src, gone_w)
        os.close(gone_w)
        _, st = os.waitpid(pid, 0)
        try:
            os.killpg(pid, 9)
        except OSError:
            pass
        os.set_blocking(gone_r, False)
        try:
            gone = os.read(gone_r, 1) == b'E'
        except BlockingIOError:
            gone = False
        os.close(gone_r)
        x = os.waitstatus_to_exitcode(st)
        _put(5, ('\n' + _dumps({'exit': True, 'code': x if x >= 0 else None, 'signal': -x if x < 0 else None}) + '\n').encode())
        while not gone:
            h = _all(4, 4)
            n = None if h is None else int.from_bytes(h, 'big')
            if n is None or (n and _all(4, n) is None):
                os._exit(0)
            gone = n == 0
        _put(3, (${END_MARK}).to_bytes(4, 'big'))

_serve()
`;
}

/** What the pair needs of one item's checker (the same surface as a Proc of its own). */
export interface ItemHooks {
  /** The child's calls, frame bytes to relay to the candidate. */
  onCalls: (chunk: Buffer) => void;
  /** The child's result lines (fd 5). */
  onReport: (chunk: Buffer) => void;
  /** Output bytes counted against the output limit. */
  onBytes: (n: number) => void;
}

const SIGNAL_NAMES = new Map(Object.entries(constants.signals).map(([name, n]) => [n, name]));

/** A long-lived checker sandbox serving one item at a time (see the module comment). */
export class CheckerServer {
  private readonly child: ChildProcess;
  private hooks: ItemHooks | null = null;
  private head = Buffer.alloc(0);
  private frameLeft = 0;
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

  constructor(plan: LaunchPlan, cwd: string, private readonly capBytes: number) {
    this.out = new Capped(capBytes, false);
    this.err = new Capped(capBytes, true);
    this.child = spawn(plan.command, plan.args, {
      cwd, env: { ...SANDBOX_ENV }, detached: true,
      stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'pipe', 'pipe'],
      ...(plan.uid === undefined ? {} : { uid: plan.uid, gid: plan.gid }),
    });
    for (const s of this.child.stdio) (s as Readable | Writable | null)?.on('error', () => { /* the server may be gone */ });
    this.child.stdout!.on('data', (c: Buffer) => { this.hooks?.onBytes(c.length); this.out.push(c); });
    this.child.stderr!.on('data', (c: Buffer) => { this.hooks?.onBytes(c.length); this.err.push(c); });
    this.stream(3).on('data', (c: Buffer) => this.calls(c));
    this.stream(5).on('data', (c: Buffer) => this.report(c));
    let ended = false;
    const gone = (e?: Error): void => {
      if (e) this.spawnError ??= e;
      if (ended) return;
      ended = true;
      this.dead = true;
      this.killGroup();
      this.drained();
      this.finishExit({ code: null, signal: 'SIGKILL', at: performance.now() });
      this.onItemEnd?.();
    };
    this.child.on('exit', () => gone());
    this.child.on('error', (e) => gone(e));
    this.idle(true);
  }

  /** Starts one item: sends the checker program and resets what is kept per item. */
  begin(program: string, hooks: ItemHooks): void {
    this.idle(false);
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
    const body = Buffer.from(program, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    this.stream(0).write(Buffer.concat([len, body]));
  }

  /** Relays candidate bytes to the child, as one chunk. False when the pipe is full (pause the source). */
  reply(chunk: Buffer): boolean {
    if (this.repliesEnded || this.dead || chunk.length === 0) return true;
    const len = Buffer.alloc(4);
    len.writeUInt32BE(chunk.length);
    return this.stream(4).write(Buffer.concat([len, chunk]));
  }

  /** The candidate's stream ended (it exited or was killed): the end-of-item chunk, once. */
  endReplies(): void {
    if (this.repliesEnded) return;
    this.repliesEnded = true;
    if (!this.dead) this.stream(4).write(Buffer.alloc(4));
  }

  /** Calls `fn` when fd 4 can take more (after `reply` returned false), or the server is gone. */
  onDrain(fn: () => void): void {
    if (this.dead) { fn(); return; }
    this.drains.push(fn);
    this.stream(4).once('drain', () => this.drained());
  }

  private drained(): void {
    for (const fn of this.drains.splice(0)) fn();
  }

  /** Kills the whole server (its PID namespace takes the child with it). It serves no more items. */
  kill(): void {
    if (this.exit === null) this.killed = true;
    this.dead = true;
    this.killGroup();
    this.drained();
  }

  /** After an item: detaches it; an idle server does not keep bench's event loop alive. */
  release(): void {
    this.hooks = null;
    this.onItemExit = null;
    this.onItemEnd = null;
    if (!this.dead) this.idle(true);
  }

  destroy(): void {
    for (const s of this.child.stdio) (s as Readable | Writable | null)?.destroy();
  }

  private stream(n: number): Readable & Writable {
    return this.child.stdio[n] as Readable & Writable;
  }

  private idle(on: boolean): void {
    const handles = [this.child, ...this.child.stdio] as Array<{ ref?: () => void; unref?: () => void } | null>;
    for (const h of handles) (on ? h?.unref : h?.ref)?.call(h);
  }

  private killGroup(): void {
    try { if (this.child.pid) process.kill(-this.child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }

  private finishExit(e: Exit): void {
    if (this.exit !== null) return;
    this.exit = e;
    this.onItemExit?.(e);
  }

  /** fd 3: frames go to the candidate as they come; the end mark ends the item. */
  private calls(chunk: Buffer): void {
    let c = chunk;
    while (c.length > 0) {
      if (this.frameLeft > 0) {
        const part = c.subarray(0, this.frameLeft);
        this.frameLeft -= part.length;
        c = c.subarray(part.length);
        this.hooks?.onCalls(part);
        continue;
      }
      const need = 4 - this.head.length;
      this.head = Buffer.concat([this.head, c.subarray(0, need)]);
      c = c.subarray(need);
      if (this.head.length < 4) return;
      const n = this.head.readUInt32BE(0);
      const head = this.head;
      this.head = Buffer.alloc(0);
      if (n === END_MARK) {
        this.clean = this.exit !== null && this.exit.code === 0 && !this.killed;
        this.onItemEnd?.();
        continue;
      }
      this.hooks?.onCalls(head);
      this.frameLeft = n;
    }
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
        this.finishExit({ code: o.code, signal: o.signal === null ? null : SIGNAL_NAMES.get(o.signal) ?? `SIG${o.signal}`, at: performance.now() });
      } catch { /* not the server's line */ }
    }
  }
}
