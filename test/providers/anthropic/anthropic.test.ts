/**
 * The Anthropic provider against a loopback Messages API server: the provider contract, what
 * it sends (top-level system, max_tokens, x-api-key, anthropic-version), extended thinking,
 * stop reasons, and the faults of the wire format (error event mid-stream, 529, 429, cut streams).
 */
import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../src/config/types.js';
import { AuthError, BadRequestError, RateLimitError, ServerError, StreamError } from '../../../src/providers/errors.js';
import { createAnthropicProvider, messagesUrl } from '../../../src/providers/anthropic/index.js';
import type { ProviderOptions } from '../../../src/providers/options.js';
import { startAnthropicServer, type AnthropicServerOptions } from '../../fixtures/anthropic-server.js';
import { providerContract, providerHarness, REQUEST } from '../contract.js';

const ANSWER = 'The answer is C. It follows B.';
const KEY = 'sk-ant-test-VERY-SECRET-0123456789';

function spec(url: string, extra: Partial<ModelSpec> = {}): ModelSpec {
  return { id: 'claude', provider: 'anthropic', model: 'claude-fake', base_url: url, params: { max_tokens: 256 }, concurrency: 4, timeout_s: 10, api_key_env: 'FAKE_ANTHROPIC_KEY', api_key: KEY, ...extra };
}

providerContract({
  name: 'anthropic',
  async make(answer, opts = {}) {
    const server = await startAnthropicServer({
      apiKey: KEY,
      answer: () => answer,
      faults: () => (opts.firstTokenMs ? { kind: 'slow-first-token', ms: opts.firstTokenMs } : undefined),
    });
    return { provider: createAnthropicProvider(spec(server.url)), close: () => server.close() };
  },
});

const { setup, failWith } = providerHarness(
  (opts: AnthropicServerOptions) => startAnthropicServer({ apiKey: KEY, answer: () => ANSWER, ...opts }),
  (url, specExtra: Partial<ModelSpec>, options: ProviderOptions) => createAnthropicProvider(spec(url, specExtra), options),
);
const signal = () => new AbortController().signal;

describe('anthropic provider: what it sends', () => {
  it('puts the system prompt at the top level, sends max_tokens, stop_sequences and the key headers', async () => {
    const { server, provider } = await setup({}, { params: { max_tokens: 64, temperature: 0.2, top_k: 5, seed: 3, stop: ['\n\n'] } });
    await provider.complete({ ...REQUEST, params: {} }, signal());
    const r = server.requests[0]!;
    expect(r.body).toMatchObject({ model: 'claude-fake', max_tokens: 64, stream: true, temperature: 0.2, top_k: 5, stop_sequences: ['\n\n'], system: 'Answer with one letter.' });
    expect(r.body.seed).toBeUndefined();
    expect(r.body.stop).toBeUndefined();
    expect(r.messages).toEqual([REQUEST.messages[1]]);
    expect(r.headers['x-api-key']).toBe(KEY);
    expect(r.headers['anthropic-version']).toBe('2023-06-01');
    expect(r.headers.authorization).toBeUndefined();
  });

  it('joins /v1/messages to an origin, /messages to a base ending in /v1, and keeps a query string', () => {
    expect(messagesUrl('https://127.0.0.1:9112')).toBe('https://127.0.0.1:9112/v1/messages');
    expect(messagesUrl('http://127.0.0.1:9/v1/')).toBe('http://127.0.0.1:9/v1/messages');
    expect(messagesUrl('http://127.0.0.1:9108/anthropic?route=eu')).toBe('http://127.0.0.1:9108/anthropic/v1/messages?route=eu');
  });

  it('fails the item without a request when no max_tokens is set', async () => {
    const { server, provider } = await setup({}, { params: {} });
    const e = await provider.complete({ ...REQUEST, params: {} }, signal()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BadRequestError);
    expect((e as Error).message).toContain('max_tokens');
    expect(server.requests).toHaveLength(0);
  });
});

describe('anthropic provider: what it reads', () => {
  it('never returns thinking as the answer, but counts its tokens as output and times the first thinking delta', async () => {
    const thinking = 'Let me think. B is the second letter, so the next one is C. '.repeat(4);
    const { provider } = await setup({ thinking: () => thinking }, { params: { max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 1024 } } });
    const c = await provider.complete({ ...REQUEST, params: {} }, signal());
    expect(c.text).toBe(ANSWER);
    expect(c.outputTokens).toBe(Math.ceil(ANSWER.length / 4) + Math.ceil(thinking.length / 4));
    expect(c.inputTokens).toBeGreaterThan(0);
    expect(c.ttftMs).not.toBeNull();
    expect(c.finishReason).toBe('stop');
  });

  it('maps stop_reason max_tokens to length (truncated) and refusal to content_filter (refused)', async () => {
    const cut = await (await setup({ answer: () => 'x'.repeat(400) })).provider.complete({ ...REQUEST, params: { max_tokens: 10 } }, signal());
    expect(cut.finishReason).toBe('length');
    expect(cut.text).toHaveLength(40);
    const refused = await (await setup({ stopReason: 'refusal', answer: () => '' })).provider.complete(REQUEST, signal());
    expect(refused.finishReason).toBe('content_filter');
  });
});

describe('anthropic provider: faults', () => {
  it('classifies an overloaded_error event mid-stream as a retryable server error (529)', async () => {
    const e = await failWith({ kind: 'error-event', type: 'overloaded_error', message: 'Overloaded' });
    expect(e).toBeInstanceOf(ServerError);
    expect(e.status).toBe(529);
    expect(e.message).toContain('Overloaded');
  });

  it('retries 529 and 429 after their retry-after', async () => {
    const overloaded = await failWith({ status: 529, headers: { 'retry-after': '2' } });
    expect(overloaded).toBeInstanceOf(ServerError);
    expect(overloaded.retryAfterMs).toBe(2000);
    const limited = await failWith({ status: 429, headers: { 'retry-after': '3' } });
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited.retryAfterMs).toBe(3000);
  });

  it('treats a stream without message_stop, or cut midway, as cut short', async () => {
    expect(await failWith({ kind: 'no-stop' })).toBeInstanceOf(StreamError);
    expect(await failWith({ kind: 'cut' })).toBeInstanceOf(StreamError);
  });

  it('names the key variable on a wrong key, never the key', async () => {
    const e = await failWith({ status: 401, body: JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: `invalid x-api-key ${KEY}` } }) });
    expect(e).toBeInstanceOf(AuthError);
    expect(e.message).toContain('FAKE_ANTHROPIC_KEY');
    expect(e.message).not.toContain(KEY);
  });
});
