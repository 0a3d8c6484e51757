/**
 * Turns (src/providers/http/turns.ts): the dispatch path's per-answer work runs in order, and once a
 * slice has used its budget the event loop goes round (polling I/O) before the next turn.
 * Work is simulated by busy-waiting on the wall clock, so the counts hold however loaded the machine.
 */
import { describe, expect, it } from 'vitest';
import { Turns } from '../../../src/providers/http/turns.js';

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* spin */
  }
}

/** Runs `n` jobs that each take `workMs` after their turn; returns their order and how many loop turns they spanned. */
async function runJobs(turns: Turns, n: number, workMs: number): Promise<{ order: number[]; loops: number }> {
  const order: number[] = [];
  let loops = 0;
  let done = false;
  const tick = (): void => {
    loops++;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  await Promise.all(Array.from({ length: n }, async (_, i) => {
    await turns.turn();
    order.push(i);
    busy(workMs);
  }));
  done = true;
  return { order, loops };
}

describe('Turns: per-answer work in short slices', () => {
  it('hands out turns in the order they were asked for', async () => {
    const { order } = await runJobs(new Turns(2), 12, 1);
    expect(order).toEqual([...Array(12).keys()]);
  });

  it('lets the event loop go round once a slice has used its budget (2 jobs of 3 ms per 5 ms slice)', async () => {
    const { loops } = await runJobs(new Turns(5), 10, 3);
    expect(loops).toBeGreaterThanOrEqual(5);
  });

  it('runs every waiting job in one slice when they fit its budget', async () => {
    const { loops } = await runJobs(new Turns(60_000), 10, 1);
    expect(loops).toBeLessThanOrEqual(2);
  });
});
