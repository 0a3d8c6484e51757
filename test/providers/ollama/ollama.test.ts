/**
 * The Ollama provider against a loopback `/api/chat` server: the contract, the options it
 * sends, and the faults ollama-js would hide (bad lines, error lines, no `done`, truncation).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelSpec } from '../../../src/config/types.js';
import {
  AuthError, BadRequestError, ConnectionError, NotFoundError, RateLimitError,
  ServerError, StreamError, TimeoutError, TruncatedPromptError,
} from '../../../src/providers/errors.js';
import { createOllamaProvider, ollamaHost } from '../../../src/providers/ollama/index.js';
import type { ProviderOptions } from '../../../src/providers/options.js';
import { startOllamaServer, type OllamaServerOptions } from '../../fixtures/ollama-server.js';
import { providerContract, providerHarness, REQUEST } from '../contract.js';

const ANSWER = 'The answer is C. It follows B.';

function spec(url: string, extra: Partial<ModelSpec> = {}): ModelSpec {
  return { id: 'm1', provider: 'ollama', model: 'qwen-fake:1b', base_url: url, params: {}, concurrency: 4, timeout_s: 10, ...extra };
}

providerContract({
  name: 'ollama',
  async make(answer, opts = {}) {
    const server = await startOllamaServer({
      answer: () => answer,
      faults: () => (opts.firstTokenMs ? { kind: 'slow-first-token', ms: opts.firstTokenMs } : undefined),
    });
    return { provider: createOllamaProvider(spec(server.url)), close: () => server.close() };
  },
});

const { setup, failWith } = providerHarness(
  (opts: OllamaServerOptions) => startOllamaServer({ answer: () => ANSWER, ...opts }),
  (url, specExtra: Partial<ModelSpec>, options: ProviderOptions) => createOllamaProvider(spec(url, specExtra), options),
);
afterEach(() => {
  vi.restoreAllMocks();
});

describe('ollama provider: what it sends', () => {
  it('streams /api/chat with num_ctx, temperature, top_p, seed, stop and num_predict from max_tokens', async () => {
    const { server, provider } = await setup({}, { params: { num_ctx: 8192, temperature: 0.1, top_p: 0.9, repeat_penalty: 1.1 } });
    await provider.complete({ ...REQUEST, params: { max_tokens: 64, seed: 3, stop: ['\n\n'] } }, new AbortController().signal);
    const body = server.requests[0]!.body;
    expect(body).toMatchObject({ model: 'qwen-fake:1b', stream: true });
    expect(body.options).toEqual({ num_ctx: 8192, temperature: 0.1, top_p: 0.9, repeat_penalty: 1.1, num_predict: 64, seed: 3, stop: ['\n\n'] });
    expect(server.requests).toHaveLength(1);
  });

  it('uses the host root even when base_url ends in /v1 or /api', () => {
    expect(ollamaHost('http://127.0.0.1:11434/v1/')).toBe('http://127.0.0.1:11434');
    expect(ollamaHost('http://127.0.0.1:11434/api')).toBe('http://127.0.0.1:11434');
    expect(ollamaHost(undefined)).toBe('http://127.0.0.1:11434');
  });

  it('reports done_reason length when num_predict cut the answer', async () => {
    const { provider } = await setup({ answer: () => 'y'.repeat(300) });
    const c = await provider.complete({ ...REQUEST, params: { max_tokens: 10 } }, new AbortController().signal);
    expect(c.finishReason).toBe('length');
    expect(c.outputTokens).toBe(10);
  });
});

describe('ollama provider: faults become typed errors', () => {
  it('an {"error": …} line mid-stream → ServerError carrying the message', async () => {
    const err = await failWith({ kind: 'error-line', message: 'llama runner process has terminated' });
    expect(err).toBeInstanceOf(ServerError);
    expect(err.message).toContain('llama runner process has terminated');
  });

  it('an invalid NDJSON line → StreamError, without the client printing a warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    const err = await failWith({ kind: 'invalid-line' });
    expect(err).toBeInstanceOf(StreamError);
    expect(err.message).toMatch(/invalid NDJSON line/);
    expect(warn).not.toHaveBeenCalled();
  });

  it('a stream without done: true → StreamError', async () => {
    const err = await failWith({ kind: 'no-done' });
    expect(err).toBeInstanceOf(StreamError);
    expect(err.message).toMatch(/done/);
  });

  it('a stream cut midway → StreamError', async () => {
    expect(await failWith({ kind: 'cut' })).toBeInstanceOf(StreamError);
  });

  it('a reset before headers → ConnectionError', async () => {
    expect(await failWith({ kind: 'reset' })).toBeInstanceOf(ConnectionError);
  });

  it('a prompt longer than num_ctx, silently truncated → TruncatedPromptError', async () => {
    const long = { ...REQUEST, messages: [{ role: 'user' as const, content: 'Question q-9: ' + 'word '.repeat(4_000) }] };
    const { provider } = await setup({ faults: () => ({ kind: 'truncate' }) }, { params: { num_ctx: 2048 } });
    const err = await provider.complete(long, new AbortController().signal).then(() => new Error('expected a failure'), (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(TruncatedPromptError);
    expect(err.message).toMatch(/num_ctx/);
  });

  it('the same long prompt within num_ctx is not flagged', async () => {
    const long = { ...REQUEST, messages: [{ role: 'user' as const, content: 'Question q-9: ' + 'word '.repeat(4_000) }] };
    const { provider } = await setup({}, { params: { num_ctx: 16384 } });
    const c = await provider.complete(long, new AbortController().signal);
    expect(c.inputTokens).toBe(Math.ceil(long.messages[0]!.content.length / 4) + 4);
  });

  it('404 (model not pulled) → NotFoundError with the server message', async () => {
    const err = await failWith({ status: 404 });
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toContain('model not found');
    expect(err.message).toContain('qwen-fake:1b');
  });

  it('400 → BadRequestError, 429 → RateLimitError, 500/503 → ServerError, 401 → AuthError', async () => {
    expect(await failWith({ status: 400, body: '{"error":"invalid options"}' })).toBeInstanceOf(BadRequestError);
    expect(await failWith({ status: 429, headers: { 'retry-after': '1' } })).toBeInstanceOf(RateLimitError);
    expect(await failWith({ status: 500 })).toBeInstanceOf(ServerError);
    expect(await failWith({ status: 503 })).toBeInstanceOf(ServerError);
    const auth = await failWith({ status: 401, body: '{"error":"bad key sk-ollama-SECRET-999"}' }, { api_key: 'sk-ollama-SECRET-999', api_key_env: 'OLLAMA_KEY' });
    expect(auth).toBeInstanceOf(AuthError);
    expect(auth.message).toContain('OLLAMA_KEY');
    expect(auth.message).not.toContain('sk-ollama-SECRET-999');
  });

  it('a stall between chunks → TimeoutError from the idle timeout', async () => {
    const t0 = performance.now();
    const err = await failWith({ kind: 'stall', ms: 20_000 }, {}, { timeouts: { idleTimeoutMs: 400 } });
    expect(err).toBeInstanceOf(TimeoutError);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('a slow first token (2 s) succeeds under timeout_s 10 with a 0.3 s idle timeout', async () => {
    const { provider } = await setup({ faults: () => ({ kind: 'slow-first-token', ms: 2_000 }) }, {}, { timeouts: { idleTimeoutMs: 300 } });
    const c = await provider.complete(REQUEST, new AbortController().signal);
    expect(c.text).toBe(ANSWER);
    expect(c.ttftMs!).toBeGreaterThanOrEqual(1_900);
  });
});

describe('ollama provider: headers that come late (a model loading)', () => {
  it('succeeds when headers arrive after 1.5 s under timeout_s 10', async () => {
    const { provider } = await setup({ faults: () => ({ kind: 'no-headers', ms: 1_500 }) }, {}, { timeouts: { idleTimeoutMs: 300 } });
    const c = await provider.complete(REQUEST, new AbortController().signal);
    expect(c.text).toBe(ANSWER);
  });

  it('fails with TimeoutError when they never come within timeout_s', async () => {
    const t0 = performance.now();
    const err = await failWith({ kind: 'no-headers', ms: 20_000 }, { timeout_s: 0.5 });
    expect(err).toBeInstanceOf(TimeoutError);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('ollama provider: samples', () => {
  it('draws sample i with seed + i, so k samples are not k copies', async () => {
    const { server, provider } = await setup({}, { params: { seed: 100 } });
    await provider.complete({ ...REQUEST, sample: 0 }, new AbortController().signal);
    await provider.complete({ ...REQUEST, sample: 2 }, new AbortController().signal);
    expect(server.requests.map((r) => r.body.options.seed)).toEqual([100, 102]);
  });
});

describe('ollama provider: repetition guard', () => {
  it('stops a looping paragraph early and flags it, and the server sees the disconnect', async () => {
    const para = 'Option C is correct because the reasoning above applies.\nLet me restate the reasoning.\n';
    const { server, provider } = await setup({ answer: () => 'Thinking.\n' + para.repeat(500), chunkSize: 12, chunkDelayMs: 1 });
    const c = await provider.complete({ ...REQUEST, params: {} }, new AbortController().signal);
    expect(c.finishReason).toBe('repetition');
    expect(c.text.startsWith('Thinking.\n' + para)).toBe(true);
    expect(c.text.length).toBeLessThan(para.length * 20);
    await vi.waitFor(() => expect(server.requests[0]!.handledMs).toBeGreaterThan(0));
    expect(server.requests[0]!.handledMs).toBeLessThan(para.length * 500 / 12);
  });
});
