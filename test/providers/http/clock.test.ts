/**
 * The HTTP providers' one clock (Call.elapsedMs): latency and TTFT start when the request is
 * written to its connection, so a request that waited for a free pooled connection is timed
 * from when it got one — never the wait. Margins are generous (server delay 300 ms; the wait is
 * another 300 ms), so a loaded machine cannot make these fail.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../src/config/types.js';
import { createOpenAIProvider } from '../../../src/providers/openai/index.js';
import { createAnthropicProvider } from '../../../src/providers/anthropic/index.js';
import { createOllamaProvider } from '../../../src/providers/ollama/index.js';
import type { ProviderOptions } from '../../../src/providers/options.js';
import type { Completion, Provider } from '../../../src/providers/types.js';
import { startOpenAIServer, type FakeServer } from '../../fixtures/openai-server.js';
import { startAnthropicServer } from '../../fixtures/anthropic-server.js';
import { startOllamaServer } from '../../fixtures/ollama-server.js';
import { REQUEST } from '../contract.js';

const DELAY = 300;

interface Target {
  name: string;
  start(delayMs: number): Promise<FakeServer>;
  make(url: string, options: ProviderOptions): Provider;
}

const base = { params: { max_tokens: 64 }, concurrency: 2, timeout_s: 10 };
const targets: Target[] = [
  {
    name: 'openai',
    start: (delayMs) => startOpenAIServer({ answer: () => 'Answer: C', delayMs }),
    make: (url, options) => createOpenAIProvider({ ...base, id: 'o', provider: 'openai', model: 'fake', base_url: url } as ModelSpec, options),
  },
  {
    name: 'anthropic',
    start: (delayMs) => startAnthropicServer({ answer: () => 'Answer: C', delayMs }),
    make: (url, options) => createAnthropicProvider({ ...base, id: 'a', provider: 'anthropic', model: 'claude-fake', base_url: url, api_key: 'k' } as ModelSpec, options),
  },
  {
    name: 'ollama',
    start: (delayMs) => startOllamaServer({ answer: () => 'Answer: C', delayMs }),
    make: (url, options) => createOllamaProvider({ ...base, id: 'l', provider: 'ollama', model: 'fake', base_url: url } as ModelSpec, options),
  },
];

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe.each(targets)('$name provider: the latency clock', (t) => {
  it('a request that waits for the one pooled connection records its own time on the wire, not the wait', async () => {
    const server = await t.start(DELAY);
    const provider = t.make(server.url, { connections: 1 });
    cleanups.push(() => server.close(), async () => {
      await provider.close?.();
    });
    const signal = new AbortController().signal;
    const t0 = performance.now();
    const timed = (): Promise<{ c: Completion; wall: number }> => provider.complete(REQUEST, signal).then((c) => ({ c, wall: performance.now() - t0 }));
    const [first, second] = await Promise.all([timed(), timed()]);
    // Only one connection: the second request reached the server after the first was answered.
    expect(second.wall).toBeGreaterThan(2 * DELAY - 50);
    for (const { c } of [first, second]) {
      expect(c.text).toContain('Answer: C');
      expect(c.latencyMs).toBeGreaterThanOrEqual(DELAY - 10);
      expect(c.latencyMs).toBeLessThan(550);
      expect(c.ttftMs!).toBeLessThanOrEqual(c.latencyMs);
    }
    expect(second.wall - second.c.latencyMs).toBeGreaterThan(DELAY - 100);
  });
});
