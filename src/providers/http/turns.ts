/**
 * @module providers/http/turns — the request path's work cut into short slices, so the socket
 * callbacks that stamp responses' arrival run in between.
 *
 * A response's latency ends when its last byte comes off the socket (./transport.ts), and that
 * callback can only run when the event loop polls for I/O. Work resumed in one check phase all
 * runs before the next poll: 64 answers landing together, parsed, scored and recorded back to
 * back, hold the loop for 64 × that time, and every response arriving meanwhile is stamped that
 * much late. `turn()` hands out turns in order, and once a slice has used its budget the rest
 * wait for the next round of the loop, after the I/O already due has been read (and stamped).
 * The event loop is one per process, so is `loopTurns`: reading a response's body
 * (./exchange.ts), sending a request and scoring an answer (runner/execute.ts) take turns in it.
 */
export class Turns {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;
  private sliceStart = 0;

  /** `budgetMs`: how long one slice may run before the loop polls for I/O again. */
  constructor(private readonly budgetMs = 1) {}

  /** Resolves in a check phase (after the I/O already due), in order, within a slice's budget. */
  turn(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.open);
  }

  private readonly open = (): void => {
    this.scheduled = false;
    this.sliceStart = performance.now();
    this.step();
  };

  /**
   * Wake the next waiter; its continuation runs as a microtask before this step's next call (queued
   * behind it), so the clock read here has seen the work of every waiter woken before.
   */
  private readonly step = (): void => {
    if (this.waiting.length === 0) return;
    if (performance.now() - this.sliceStart >= this.budgetMs) {
      this.schedule();
      return;
    }
    this.waiting.shift()!();
    queueMicrotask(this.step);
  };
}

/** The process's one queue of turns (one event loop), with slices of at most 1 ms. */
export const loopTurns = new Turns(1);
