/**
 * The OpenAI-compatible provider against a loopback chat-completions server: the contract,
 * then every fault of RELIABILITY.md section B mapped to its error class.
 */
import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../src/config/types.js';
import {
  AuthError, BadRequestError, ConnectionError, NotFoundError, QuotaError,
  RateLimitError, ServerError, StreamError, TimeoutError,
} from '../../../src/providers/errors.js';
import { createOpenAIProvider } from '../../../src/providers/openai/index.js';
import type { ProviderOptions } from '../../../src/providers/options.js';
import type { Provider } from '../../../src/providers/types.js';
import { startOpenAIServer, type FakeServer, type OpenAIServerOptions } from '../../fixtures/openai-server.js';
import { providerContract, providerHarness, REQUEST } from '../contract.js';

const ANSWER = 'The answer is C. It follows B.';
const KEY = 'sk-test-VERY-SECRET-0123456789abcdef';

function spec(url: string, extra: Partial<ModelSpec> = {}): ModelSpec {
  return { id: 'm1', provider: 'openai', model: 'fake-model', base_url: url, params: {}, concurrency: 4, timeout_s: 10, api_key_env: 'FAKE_KEY', api_key: KEY, ...extra };
}

providerContract({
  name: 'openai',
  async make(answer, opts = {}) {
    const server = await startOpenAIServer({
      answer: () => answer,
      faults: () => (opts.firstTokenMs ? { kind: 'slow-first-token', ms: opts.firstTokenMs } : undefined),
    });
    return { provider: createOpenAIProvider(spec(server.url)), close: () => server.close() };
  },
});

const { setup, failWith, closeLater } = providerHarness(
  (opts: OpenAIServerOptions) => startOpenAIServer({ answer: () => ANSWER, ...opts }),
  (url, specExtra: Partial<ModelSpec>, options: ProviderOptions) => createOpenAIProvider(spec(url, specExtra), options),
);

describe('openai provider: what it sends', () => {
  it('streams with the usage chunk, passes params through, and sends the key as a bearer token', async () => {
    const { server, provider } = await setup({}, { params: { temperature: 0.2, top_k: 5, num_ctx: 4096 } });
    await provider.complete({ ...REQUEST, params: { max_tokens: 32, seed: 7 } }, new AbortController().signal);
    const r = server.requests[0]!;
    expect(r.body).toMatchObject({ model: 'fake-model', stream: true, stream_options: { include_usage: true }, temperature: 0.2, top_k: 5, max_tokens: 32, seed: 7 });
    expect(r.body.num_ctx).toBeUndefined();
    expect(r.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(r.messages).toEqual(REQUEST.messages);
    expect(server.requests).toHaveLength(1);
  });

  it('reports finish_reason length when max_tokens cut the answer', async () => {
    const { provider } = await setup({ answer: () => 'x'.repeat(400) });
    const c = await provider.complete({ ...REQUEST, params: { max_tokens: 10 } }, new AbortController().signal);
    expect(c.finishReason).toBe('length');
    expect(c.text).toHaveLength(40);
  });

  it('never sends the OPENAI_API_KEY of the environment to a base_url configured without a key', async () => {
    const { server, provider } = await setup({}, { api_key: undefined, api_key_env: undefined });
    const before = process.env.OPENAI_API_KEY;
    process.env.OPENAI_API_KEY = 'sk-from-env-should-not-leak';
    try {
      await provider.complete(REQUEST, new AbortController().signal);
    } finally {
      if (before === undefined) delete process.env.OPENAI_API_KEY;
      else process.env.OPENAI_API_KEY = before;
    }
    expect(String(server.requests[0]!.headers.authorization)).not.toContain('sk-from-env');
  });
});

describe('openai provider: HTTP statuses become typed errors, never retried here', () => {
  it('429 with retry-after seconds → RateLimitError carrying the wait', async () => {
    const err = await failWith({ status: 429, headers: { 'retry-after': '2' } });
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.retryAfterMs).toBe(2000);
    expect(err.status).toBe(429);
  });

  it('429 with retry-after-ms wins over retry-after', async () => {
    const err = await failWith({ status: 429, headers: { 'retry-after-ms': '1500', 'retry-after': '9' } });
    expect(err.retryAfterMs).toBe(1500);
  });

  it('429 with retry-after as an HTTP date → the time until then', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    const err = await failWith({ status: 429, headers: { 'retry-after': at } });
    expect(err.retryAfterMs).toBeGreaterThan(27_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('429 whose body says insufficient_quota → QuotaError', async () => {
    const body = JSON.stringify({ error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', code: 'insufficient_quota' } });
    const err = await failWith({ status: 429, body });
    expect(err).toBeInstanceOf(QuotaError);
    expect(err.message).toContain('exceeded your current quota');
  });

  for (const status of [408, 409, 500, 502, 503]) {
    it(`${status} → ServerError with the status`, async () => {
      const err = await failWith({ status });
      expect(err).toBeInstanceOf(ServerError);
      expect(err.status).toBe(status);
    });
  }

  for (const status of [400, 422]) {
    it(`${status} → BadRequestError carrying the server's message`, async () => {
      const body = JSON.stringify({ error: { message: "This model's maximum context length is 4096 tokens", type: 'invalid_request_error', code: 'context_length_exceeded' } });
      const err = await failWith({ status, body });
      expect(err).toBeInstanceOf(BadRequestError);
      expect(err.message).toContain('maximum context length is 4096');
    });
  }

  it('404 → NotFoundError naming endpoint and model', async () => {
    const { server, provider } = await setup({ faults: () => ({ status: 404 }) });
    const err = await provider.complete(REQUEST, new AbortController().signal).then(() => new Error('expected a failure'), (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toContain(server.url);
    expect(err.message).toContain('"fake-model"');
  });

  for (const status of [401, 403]) {
    it(`${status} whose body echoes the key → AuthError naming the variable, never the key`, async () => {
      const body = JSON.stringify({ error: { message: `Incorrect API key provided: ${KEY}. You can find your API key at …`, type: 'invalid_request_error', code: 'invalid_api_key' } });
      const err = await failWith({ status, body });
      expect(err).toBeInstanceOf(AuthError);
      expect(err.message).toContain('FAKE_KEY');
      expect(err.message).toContain('Incorrect API key provided');
      expect(err.message).not.toContain(KEY);
      expect(JSON.stringify(err, Object.getOwnPropertyNames(err))).not.toContain(KEY);
    });
  }
});

describe('openai provider: connections and streams', () => {
  it('a connection reset before headers → ConnectionError', async () => {
    expect(await failWith({ kind: 'reset' })).toBeInstanceOf(ConnectionError);
  });

  it('a refused connection → ConnectionError', async () => {
    const server = await startOpenAIServer({});
    const url = server.url;
    await server.close();
    const provider = createOpenAIProvider(spec(url));
    const err = await provider.complete(REQUEST, new AbortController().signal).catch((e: unknown) => e);
    await provider.close?.();
    expect(err).toBeInstanceOf(ConnectionError);
  });

  it('a stream cut midway → StreamError, no partial text returned', async () => {
    const err = await failWith({ kind: 'cut' });
    expect(err).toBeInstanceOf(StreamError);
  });

  it('a stream that ends without [DONE] or a finish_reason → StreamError (the client would end silently)', async () => {
    const err = await failWith({ kind: 'no-done' });
    expect(err).toBeInstanceOf(StreamError);
    expect(err.message).toMatch(/without \[DONE\]/);
  });

  it('a stream that stalls between chunks → TimeoutError from the idle timeout, on time', async () => {
    const t0 = performance.now();
    const err = await failWith({ kind: 'stall', ms: 20_000 }, {}, { timeouts: { idleTimeoutMs: 400 } });
    const ms = performance.now() - t0;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toMatch(/idle/);
    expect(ms).toBeGreaterThanOrEqual(380);
    expect(ms).toBeLessThan(2_000);
  });

  it('no response headers → TimeoutError from timeout_s', async () => {
    const t0 = performance.now();
    const err = await failWith({ kind: 'no-headers', ms: 20_000 }, { timeout_s: 0.5 });
    expect(err).toBeInstanceOf(TimeoutError);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('a stream slower overall than timeout_s → TimeoutError', async () => {
    const { provider } = await setup({ chunkSize: 1, chunkDelayMs: 50 }, { timeout_s: 0.5 });
    const err = await provider.complete(REQUEST, new AbortController().signal).then(() => new Error('expected a failure'), (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toMatch(/timeout_s/);
  });

  it('a first token after 3 s succeeds under timeout_s 10, though the idle timeout is 0.5 s', async () => {
    const { provider } = await setup({ faults: () => ({ kind: 'slow-first-token', ms: 3_000 }) }, { timeout_s: 10 }, { timeouts: { idleTimeoutMs: 500 } });
    const c = await provider.complete(REQUEST, new AbortController().signal);
    expect(c.text).toBe(ANSWER);
    expect(c.ttftMs!).toBeGreaterThanOrEqual(2_900);
  });

  it('credentials in base_url go out as Basic auth and never into messages', async () => {
    const server = await startOpenAIServer({ faults: () => ({ status: 500, body: 'upstream said pa55word-xyz' }) });
    closeLater(server);
    const url = server.url.replace('http://', 'http://user:pa55word-xyz@');
    const provider = createOpenAIProvider(spec(url, { api_key: undefined }));
    const err = await provider.complete(REQUEST, new AbortController().signal).then(() => new Error('expected a failure'), (e: unknown) => e as Error);
    await provider.close?.();
    expect(err).toBeInstanceOf(ServerError);
    expect(err.message).not.toContain('pa55word-xyz');
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('user:pa55word-xyz').toString('base64')}`);
  });
});

describe('openai provider: error events inside a 200 stream', () => {
  it('an {"error"} event with a 4xx code → the class of that status, carrying the message', async () => {
    const err = await failWith({ kind: 'error-event', message: 'prompt is too long for the context', code: 400 });
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err.message).toContain('prompt is too long');
  });

  it('an {"error"} event without a status → ServerError (retried by the runner)', async () => {
    const err = await failWith({ kind: 'error-event', message: 'engine died' });
    expect(err).toBeInstanceOf(ServerError);
    expect(err.message).toContain('engine died');
  });
});

describe('openai provider: repetition guard', () => {
  it('stops a generation looping on one line, keeps the text so far and flags it', async () => {
    const loop = 'Intro line.\n' + 'I will answer C. '.repeat(2_000);
    const { server, provider } = await setup({ answer: () => loop, chunkSize: 16, chunkDelayMs: 0 });
    const c = await provider.complete({ ...REQUEST, params: {} }, new AbortController().signal);
    expect(c.finishReason).toBe('repetition');
    expect(c.text.startsWith('Intro line.\nI will answer C. ')).toBe(true);
    expect(c.text.length).toBeLessThan(2_000);
    expect(server.requests).toHaveLength(1);
  });

  it('can be turned off', async () => {
    const loop = 'again '.repeat(300);
    const { provider } = await setup({ answer: () => loop }, {}, { repetition: false });
    const c = await provider.complete({ ...REQUEST, params: {} }, new AbortController().signal);
    expect(c.finishReason).toBe('stop');
    expect(c.text).toBe(loop);
  });
});

export type { FakeServer, Provider };

describe('openai provider: the decode span behind tokens/s', () => {
  it('an answer that arrives in one chunk has a decode span of 0 ms (no rate can be taken from it)', async () => {
    const { provider } = await setup({ answer: () => 'C', chunkSize: 64 });
    const c = await provider.complete(REQUEST, new AbortController().signal);
    expect(c.text).toBe('C');
    expect(c.decodeMs).toBe(0);
  });

  it('an answer streamed in 20 chunks 10 ms apart spans at least the 19 gaps between its first and last token', async () => {
    const { provider } = await setup({ answer: () => 'x'.repeat(80), chunkSize: 4, chunkDelayMs: 10 });
    const c = await provider.complete(REQUEST, new AbortController().signal);
    expect(c.decodeMs!).toBeGreaterThanOrEqual(19 * 10 - 5);
    expect(c.decodeMs!).toBeLessThanOrEqual(c.latencyMs - c.ttftMs! + 1);
  });
});
