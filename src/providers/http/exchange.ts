/**
 * @module providers/http/exchange — one request on the transport's lean path: an undici dispatch
 * handler that stamps each body chunk with its arrival time (so latency ends when the bytes
 * leave the socket, not when bench gets round to parsing them), queues it with back-pressure,
 * and wakes its reader in a turn of the loop's (./turns.ts), after the I/O already due.
 */
import type { Dispatcher } from 'undici';
import { StreamError } from '../errors.js';
import { loopTurns } from './turns.js';

/** Body bytes an Exchange holds unread before it pauses the socket. */
const QUEUE_LIMIT = 1 << 20;

/**
 * One request on the lean path: an undici dispatch handler that queues body chunks with their
 * arrival time and wakes its reader in a turn of the loop's (./turns.ts: after the I/O already due, in short slices).
 */
export class Exchange implements Dispatcher.DispatchHandler {
  status = 0;
  /**
   * performance.now() when undici handed the request to a connection and is about to write it
   * (its `onRequestStart`, called synchronously just before the request's bytes go to the
   * socket): after any wait for a free connection in the pool, and after connecting.
   */
  sentAt: number | undefined;
  headers: Record<string, string | string[] | undefined> = {};
  /** Settles when the response headers arrived (or the request failed before them). */
  readonly started: Promise<void>;
  private onStart!: () => void;
  private onStartError!: (err: unknown) => void;
  private controller: Dispatcher.DispatchController | undefined;
  private readonly queue: Array<{ chunk: Buffer | null; at: number }> = [];
  private queued = 0;
  private error: unknown;
  private wake: (() => void) | null = null;
  private waking = false;
  private readonly onAbort = (): void => this.abort(this.signal.reason as Error);

  constructor(private readonly signal: AbortSignal) {
    this.started = new Promise<void>((resolve, reject) => {
      this.onStart = resolve;
      this.onStartError = reject;
    });
    this.started.catch(() => undefined);
    signal.addEventListener('abort', this.onAbort, { once: true });
  }

  abort(reason: Error): void {
    if (this.controller && !this.controller.aborted) this.controller.abort(reason);
    else if (!this.controller) {
      this.error ??= reason;
      this.onStartError(reason);
      this.notify();
    }
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.sentAt = performance.now();
    this.controller = controller;
    if (this.signal.aborted) controller.abort(this.signal.reason as Error);
    else if (this.error !== undefined) controller.abort(this.error as Error);
  }

  onResponseStart(_c: Dispatcher.DispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>): void {
    this.status = statusCode;
    this.headers = headers;
    this.onStart();
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.queue.push({ chunk, at: performance.now() });
    this.queued += chunk.byteLength;
    // Back-pressure: a server sending faster than bench reads waits on the socket, not in memory.
    if (this.queued > QUEUE_LIMIT && !controller.paused) controller.pause();
    this.notify();
  }

  onResponseEnd(): void {
    this.queue.push({ chunk: null, at: performance.now() });
    this.signal.removeEventListener('abort', this.onAbort);
    this.notify();
  }

  onResponseError(_c: Dispatcher.DispatchController, err: Error): void {
    this.error ??= err;
    this.signal.removeEventListener('abort', this.onAbort);
    this.onStartError(err);
    this.notify();
  }

  /** The next chunk (null at the end) with its arrival time; rejects with the request's error. */
  async next(): Promise<{ chunk: Buffer | null; at: number }> {
    for (;;) {
      const item = this.queue.shift();
      if (item !== undefined) {
        if (item.chunk !== null) this.queued -= item.chunk.byteLength;
        if (this.queued <= QUEUE_LIMIT / 2 && this.controller?.paused) this.controller.resume();
        return item;
      }
      if (this.error !== undefined) throw this.error;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** The whole body as text, at most `cap` bytes (error responses). */
  async text(cap: number): Promise<string> {
    const parts: Buffer[] = [];
    let size = 0;
    for (;;) {
      const { chunk } = await this.next();
      if (chunk === null) break;
      parts.push(chunk);
      size += chunk.byteLength;
      if (size >= cap) {
        this.abort(new StreamError('error body capped'));
        break;
      }
    }
    return Buffer.concat(parts).toString('utf8');
  }

  private notify(): void {
    if (this.waking || this.wake === null) return;
    this.waking = true;
    void loopTurns.turn().then(() => {
      this.waking = false;
      const wake = this.wake;
      this.wake = null;
      wake?.();
    });
  }
}
