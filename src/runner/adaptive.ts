/**
 * @module runner/adaptive — adaptive concurrency (opt-in: `concurrency: auto` or
 * `max_concurrency`): an AIMD limit on the requests in flight to one model, as TCP's congestion
 * window. A 429 or 503 (the server saying it is full) halves the limit; each window of `limit`
 * successes grows it by one (successes while the limit is not filled do not count); it never
 * goes above `max` nor below 1. One burst of rejections
 * halves it once: only a request sent after the last decrease can decrease it again.
 *
 * The gate is taken for one attempt at a time, just before the provider is called, and released
 * when the attempt ends: a request waiting here is queued, and latency (measured by the provider
 * from its call) never includes that wait; retry backoff happens outside the gate.
 */

export interface AimdOptions {
  /** The configured maximum in flight. */
  max: number;
  /** Where the limit starts. @default min(4, max) */
  initial?: number;
}

/** The AIMD arithmetic alone (no waiting): a pure state machine. */
export class Aimd {
  readonly max: number;
  limit: number;
  /** Increments at every decrease; a request remembers the epoch it was sent in. */
  epoch = 0;
  private successes = 0;

  constructor(opts: AimdOptions) {
    if (!Number.isInteger(opts.max) || opts.max < 1) throw new RangeError(`expected max to be a whole number ≥ 1, got ${opts.max}`);
    this.max = opts.max;
    this.limit = Math.min(this.max, Math.max(1, opts.initial ?? Math.min(4, opts.max)));
  }

  /**
   * A request answered: one more success in the window; a full window grows the limit by one.
   * Only a success while the limit was in use (`saturated`) counts: a run whose work no longer
   * fills the limit learns nothing about the server's capacity (RFC 7661's rule for TCP).
   */
  success(saturated = true): boolean {
    if (!saturated) return false;
    if (++this.successes < this.limit) return false;
    this.successes = 0;
    if (this.limit >= this.max) return false;
    this.limit++;
    return true;
  }

  /** A request sent in `sentEpoch` was refused as over capacity: halve, once per epoch. */
  overload(sentEpoch: number): boolean {
    if (sentEpoch !== this.epoch) return false;
    this.epoch++;
    this.successes = 0;
    const next = Math.max(1, Math.floor(this.limit / 2));
    const changed = next !== this.limit;
    this.limit = next;
    return changed;
  }
}

export interface Ticket {
  /** The epoch the request was sent in (for `overload`). */
  readonly epoch: number;
  /** Ends the attempt: frees its place. Idempotent. */
  release(): void;
}

/** The AIMD limit as a gate: `acquire()` waits while `limit` attempts are in flight. */
export class AdaptiveGate {
  readonly aimd: Aimd;
  private inFlight = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(opts: AimdOptions, private readonly onChange?: (limit: number) => void) {
    this.aimd = new Aimd(opts);
  }

  get limit(): number {
    return this.aimd.limit;
  }

  get active(): number {
    return this.inFlight;
  }

  /** Resolves when a place is free; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<Ticket> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.inFlight < this.aimd.limit && this.waiters.length === 0) return Promise.resolve(this.take());
    return new Promise<Ticket>((resolve, reject) => {
      const onAbort = () => {
        const i = this.waiters.indexOf(wake);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(signal!.reason);
      };
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(this.take());
      };
      this.waiters.push(wake);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Call before releasing the attempt's ticket (its place still counts as in use). */
  success(): void {
    if (this.aimd.success(this.inFlight >= this.aimd.limit)) {
      this.onChange?.(this.aimd.limit);
      this.pump();
    }
  }

  overload(ticket: Ticket): void {
    if (this.aimd.overload(ticket.epoch)) this.onChange?.(this.aimd.limit);
  }

  private take(): Ticket {
    this.inFlight++;
    const epoch = this.aimd.epoch;
    let done = false;
    return {
      epoch,
      release: () => {
        if (done) return;
        done = true;
        this.inFlight--;
        this.pump();
      },
    };
  }

  private pump(): void {
    while (this.waiters.length && this.inFlight < this.aimd.limit) this.waiters.shift()!();
  }
}
