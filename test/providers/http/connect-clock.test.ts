/**
 * Connection set-up is not latency; server time is. Through a TLS front whose handshake takes
 * HANDSHAKE ms (a TCP connect on loopback is instant, a TLS handshake is set-up a client sees), to a
 * server that answers after DELAY ms, with one pooled connection and two requests: the first pays
 * the handshake, the second waits for the first (queue time). Both must record about DELAY, the
 * server's time. Margins are hundreds of ms and the checks are orderings: a loaded machine only
 * makes the wall clock longer, never the gap between it and the recorded latency shorter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../src/config/types.js';
import { createOpenAIProvider } from '../../../src/providers/openai/index.js';
import { createAnthropicProvider } from '../../../src/providers/anthropic/index.js';
import { createOllamaProvider } from '../../../src/providers/ollama/index.js';
import type { ProviderOptions } from '../../../src/providers/options.js';
import type { Completion, Provider } from '../../../src/providers/types.js';
import { startOpenAIServer, type FakeServer } from '../../fixtures/openai-server.js';
import { startAnthropicServer } from '../../fixtures/anthropic-server.js';
import { startOllamaServer } from '../../fixtures/ollama-server.js';
import { startTlsFront } from '../../fixtures/tls-front.js';
import { REQUEST } from '../contract.js';

const HANDSHAKE = 500;
const DELAY = 300;

const base = { params: { max_tokens: 64 }, concurrency: 2, timeout_s: 20 };
const targets: Array<{ name: string; start(): Promise<FakeServer>; make(url: string, o: ProviderOptions): Provider }> = [
  {
    name: 'openai',
    start: () => startOpenAIServer({ answer: () => 'Answer: C', delayMs: DELAY }),
    make: (url, o) => createOpenAIProvider({ ...base, id: 'o', provider: 'openai', model: 'fake', base_url: url } as ModelSpec, o),
  },
  {
    name: 'anthropic',
    start: () => startAnthropicServer({ answer: () => 'Answer: C', delayMs: DELAY }),
    make: (url, o) => createAnthropicProvider({ ...base, id: 'a', provider: 'anthropic', model: 'claude-fake', base_url: url, api_key: 'k' } as ModelSpec, o),
  },
  {
    name: 'ollama',
    start: () => startOllamaServer({ answer: () => 'Answer: C', delayMs: DELAY }),
    make: (url, o) => createOllamaProvider({ ...base, id: 'l', provider: 'ollama', model: 'fake', base_url: url } as ModelSpec, o),
  },
];

// The front's certificate is self-signed: accepted for this file's requests only.
const tlsSetting = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
beforeAll(() => {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
});
afterAll(() => {
  if (tlsSetting === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = tlsSetting;
});

describe.concurrent.each(targets)('$name provider: what latency covers', (t) => {
  it('a slow TLS handshake and a wait for the pooled connection are not latency; the server time is', async () => {
    const server = await t.start();
    const front = await startTlsFront(server.url, HANDSHAKE);
    const provider = t.make(front.url, { connections: 1 });
    try {
      const signal = new AbortController().signal;
      const t0 = performance.now();
      const timed = (): Promise<{ c: Completion; wall: number }> => provider.complete(REQUEST, signal).then((c) => ({ c, wall: performance.now() - t0 }));
      const [first, second] = await Promise.all([timed(), timed()]);
      // One connection, set up once: the first request waited for the handshake, the second also for the first.
      expect(front.handshakes).toBe(1);
      expect(first.wall).toBeGreaterThan(HANDSHAKE + DELAY - 50);
      expect(second.wall).toBeGreaterThan(HANDSHAKE + 2 * DELAY - 50);
      for (const { c } of [first, second]) {
        expect(c.text).toContain('Answer: C');
        expect(c.latencyMs).toBeGreaterThanOrEqual(DELAY - 10); // the server's time is in
        expect(c.ttftMs!).toBeLessThanOrEqual(c.latencyMs);
      }
      // What the wall clock holds beyond the latency: at least the handshake (first), and the handshake and the queue (second).
      expect(first.wall - first.c.latencyMs).toBeGreaterThan(HANDSHAKE - 100);
      expect(second.wall - second.c.latencyMs).toBeGreaterThan(HANDSHAKE + DELAY - 100);
    } finally {
      await provider.close?.();
      await front.close();
      await server.close();
    }
  });
});
