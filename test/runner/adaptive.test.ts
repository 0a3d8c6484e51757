import { describe, expect, it } from 'vitest';
import { AdaptiveGate, Aimd } from '../../src/runner/adaptive.js';

/**
 * A server with `slots` places: each round every request in flight is answered, those beyond
 * the slots with 503. The client keeps `limit` requests in flight (plenty of work queued).
 */
function simulate(slots: number, max: number, rounds: number): number[] {
  const aimd = new Aimd({ max, initial: 1 });
  const trace: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const sent = Array.from({ length: aimd.limit }, () => aimd.epoch);
    sent.forEach((epoch, i) => (i < slots ? aimd.success() : aimd.overload(epoch)));
    trace.push(aimd.limit);
  }
  return trace;
}

describe('AIMD limit', () => {
  it('converges near a server\'s slot count and oscillates there, never above the maximum', () => {
    for (const slots of [3, 8, 20]) {
      const trace = simulate(slots, 64, 400).slice(100);
      expect(Math.max(...trace), `slots ${slots}`).toBeLessThanOrEqual(slots + 1);
      expect(Math.min(...trace), `slots ${slots}`).toBeGreaterThanOrEqual(Math.floor(slots / 2));
      const mean = trace.reduce((a, b) => a + b, 0) / trace.length;
      expect(mean).toBeGreaterThan(slots * 0.6);
    }
  });

  it('never goes above max, even when the server never refuses', () => {
    const trace = simulate(1000, 6, 200);
    expect(Math.max(...trace)).toBe(6);
    expect(trace.at(-1)).toBe(6);
  });

  it('halves once for a burst of refusals sent before the decrease, and never below 1', () => {
    const aimd = new Aimd({ max: 16, initial: 16 });
    const burst = Array.from({ length: 10 }, () => aimd.epoch);
    expect(burst.map((e) => aimd.overload(e)).filter(Boolean)).toHaveLength(1);
    expect(aimd.limit).toBe(8);
    for (let i = 0; i < 10; i++) aimd.overload(aimd.epoch);
    expect(aimd.limit).toBe(1);
  });

  it('grows by one per window of `limit` successes', () => {
    const aimd = new Aimd({ max: 10, initial: 3 });
    const grown = Array.from({ length: 3 + 4 + 5 }, () => aimd.success());
    expect(grown.filter(Boolean)).toHaveLength(3);
    expect(aimd.limit).toBe(6);
  });

  it('refuses a maximum that is not a whole number ≥ 1', () => {
    expect(() => new Aimd({ max: 0 })).toThrow(/max/);
  });
});

describe('AdaptiveGate', () => {
  it('lets `limit` attempts through, queues the rest in order, and admits them as places free', async () => {
    const gate = new AdaptiveGate({ max: 8, initial: 2 });
    const a = await gate.acquire();
    const b = await gate.acquire();
    const order: string[] = [];
    const c = gate.acquire().then((t) => (order.push('c'), t));
    const d = gate.acquire().then((t) => (order.push('d'), t));
    await Promise.resolve();
    expect(gate.active).toBe(2);
    expect(order).toEqual([]);
    a.release();
    a.release(); // idempotent
    await c;
    expect(order).toEqual(['c']);
    b.release();
    (await d).release();
    expect(order).toEqual(['c', 'd']);
  });

  it('a decrease holds new attempts back until enough in flight have ended; an increase admits waiters', async () => {
    const limits: number[] = [];
    const gate = new AdaptiveGate({ max: 8, initial: 4 }, (l) => limits.push(l));
    const held = await Promise.all([gate.acquire(), gate.acquire(), gate.acquire(), gate.acquire()]);
    gate.overload(held[0]!);
    expect(gate.limit).toBe(2);
    let admitted = false;
    const next = gate.acquire().then((t) => ((admitted = true), t));
    held[0]!.release();
    held[1]!.release();
    await Promise.resolve();
    expect(admitted).toBe(false); // 2 still in flight at a limit of 2
    held[2]!.release();
    const t = await next;
    expect(admitted).toBe(true);
    gate.success();
    gate.success(); // a window of 2 → limit 3
    expect(limits).toEqual([2, 3]);
    t.release();
    held[3]!.release();
  });

  it('successes while the limit is not filled never grow it (the tail of a run learns nothing)', async () => {
    const gate = new AdaptiveGate({ max: 16, initial: 4 });
    for (let i = 0; i < 50; i++) {
      const t = await gate.acquire();
      gate.success();
      t.release();
    }
    expect(gate.limit).toBe(4);
  });

  it('an aborted wait rejects and leaves its place to the next', async () => {
    const gate = new AdaptiveGate({ max: 1 });
    const first = await gate.acquire();
    const ac = new AbortController();
    const aborted = gate.acquire(ac.signal);
    const after = gate.acquire();
    ac.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    first.release();
    (await after).release();
    expect(gate.active).toBe(0);
  });
});
