import { describe, expect, it } from 'vitest';
import { ReplicaRouter, createReplicatedProvider, replicaLabel } from '../../src/providers/replicas.js';
import { ConnectionError, BadRequestError } from '../../src/providers/errors.js';
import type { Provider } from '../../src/providers/types.js';
import type { ModelSpec } from '../../src/config/types.js';

describe('ReplicaRouter', () => {
  it('sends each request to the replica with the fewest in flight, taking ties in turn', () => {
    const r = new ReplicaRouter(['a', 'b', 'c']);
    expect([r.pick(), r.pick(), r.pick()]).toEqual([0, 1, 2]);
    r.done(1, 'ok');
    expect(r.pick()).toBe(1); // b is the only one with 0 in flight
    r.done(0, 'ok');
    r.done(2, 'ok');
    expect(r.pick()).toBe(2); // tie between a and c at 0: the turn has moved past b
  });

  it('takes a replica out after 3 sick failures in a row, probes it after the cooldown, and puts it back on success', () => {
    let now = 0;
    const r = new ReplicaRouter(['a', 'b'], { cooldownMs: 1000, now: () => now });
    const failA = (): void => {
      for (;;) {
        const i = r.pick();
        if (i === 0) return r.done(0, 'sick');
        r.done(i, 'ok');
      }
    };
    failA();
    failA();
    expect(r.inService()).toEqual(['a', 'b']);
    failA();
    expect(r.inService()).toEqual(['b']);
    expect(Array.from({ length: 5 }, () => r.pick())).toEqual([1, 1, 1, 1, 1]);
    now = 1001;
    expect(r.inService()).toEqual(['a', 'b']);
    const probe = r.pick();
    expect(probe).toBe(0); // a has 0 in flight: it gets one probe…
    expect(r.pick()).toBe(1); // …and nothing else until the probe answers
    r.done(0, 'sick'); // the probe failed: out again for twice as long
    now = 2500;
    expect(r.inService()).toEqual(['b']);
    now = 3002;
    expect(r.pick()).toBe(0);
    r.done(0, 'ok');
    expect(r.inService()).toEqual(['a', 'b']);
  });

  it('a failure that is not the replica\'s fault (a 400) never takes it out', () => {
    const r = new ReplicaRouter(['a']);
    for (let i = 0; i < 10; i++) r.done(r.pick(), 'other');
    expect(r.inService()).toEqual(['a']);
  });

  it('when every replica is out, still sends to the one back soonest instead of failing unasked', () => {
    let now = 0;
    const r = new ReplicaRouter(['a', 'b'], { failuresToOpen: 1, cooldownMs: 1000, now: () => now });
    r.done(r.pick(), 'sick');
    now = 10;
    r.done(r.pick(), 'sick');
    expect(r.inService()).toEqual([]);
    expect(r.pick()).toBe(0);
  });
});

describe('createReplicatedProvider', () => {
  const spec = { id: 'm', provider: 'openai', model: 'x', params: {}, concurrency: 2, timeout_s: 1 } as ModelSpec;
  const fake = (fail: Error | null): Provider => ({
    spec,
    complete: async () => {
      if (fail) throw fail;
      return { text: 'ok', inputTokens: 1, outputTokens: 1, ttftMs: 1, latencyMs: 2, finishReason: 'stop' };
    },
  });

  it('names the replica (URL without credentials or query) on completions and on errors', async () => {
    const p = createReplicatedProvider(spec, [
      { url: 'http://user:pw@127.0.0.1:8001/v1?key=s3cret', provider: fake(new ConnectionError('refused')) },
      { url: 'http://127.0.0.1:8002/v1', provider: fake(null) },
    ]);
    const err = await p.complete({ messages: [], params: {}, sample: 0 }, new AbortController().signal).catch((e) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.replica).toBe('http://127.0.0.1:8001/v1');
    const ok = await p.complete({ messages: [], params: {}, sample: 0 }, new AbortController().signal);
    expect(ok.replica).toBe('http://127.0.0.1:8002/v1');
    expect(replicaLabel('https://a:b@127.0.0.1:9101/v1/')).toBe('https://127.0.0.1:9101/v1');
  });

  it('passes an item error through unchanged in kind', async () => {
    const p = createReplicatedProvider(spec, [{ url: 'http://127.0.0.1:9102/v1', provider: fake(new BadRequestError('too long', { status: 400 })) }, { url: 'http://127.0.0.1:9103/v1', provider: fake(new BadRequestError('too long', { status: 400 })) }]);
    await expect(p.complete({ messages: [], params: {}, sample: 0 }, new AbortController().signal)).rejects.toBeInstanceOf(BadRequestError);
  });
});
