/**
 * Configured headers and base_url query strings, on every HTTP provider: a gateway that refuses
 * a request without its header, query parameters kept in place, header values never in messages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../src/config/types.js';
import { AuthError } from '../../../src/providers/errors.js';
import { endpointUrl } from '../../../src/providers/http/endpoint-url.js';
import { createOpenAIProvider } from '../../../src/providers/openai/index.js';
import { createAnthropicProvider } from '../../../src/providers/anthropic/index.js';
import type { Provider } from '../../../src/providers/types.js';
import { startOpenAIServer, type FakeServer } from '../../fixtures/openai-server.js';
import { startAnthropicServer } from '../../fixtures/anthropic-server.js';
import { REQUEST } from '../contract.js';

const GATEWAY_KEY = 'gw-VERY-SECRET-header-value-42';
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => Promise.all(open.splice(0).map((x) => x.close())));
const signal = () => new AbortController().signal;

/** A gateway: 401 (echoing what it got) unless x-gateway-key is right. */
const gateway = {
  faults: ({ headers }: { headers: Record<string, string | string[] | undefined> }) =>
    headers['x-gateway-key'] === GATEWAY_KEY ? undefined : { status: 401, body: JSON.stringify({ error: { message: `bad gateway key "${String(headers['x-gateway-key'])}"` } }) },
};

function track<T extends { close(): Promise<void> }>(x: T): T {
  open.push(x);
  return x;
}

function openai(server: FakeServer, extra: Partial<ModelSpec>): Provider {
  return track(createOpenAIProvider({ id: 'gw', provider: 'openai', model: 'm', base_url: server.url, params: {}, concurrency: 1, timeout_s: 10, ...extra }) as Provider & { close(): Promise<void> });
}

describe('base_url with a query string', () => {
  it('joins the API path before the query, which stays in place', () => {
    expect(endpointUrl('http://127.0.0.1:1/v1?x=1&route=eu', 'chat/completions')).toBe('http://127.0.0.1:1/v1/chat/completions?x=1&route=eu');
    expect(endpointUrl('http://127.0.0.1:1/v1/', '/chat/completions')).toBe('http://127.0.0.1:1/v1/chat/completions');
    expect(endpointUrl('http://127.0.0.1:1', 'v1/messages')).toBe('http://127.0.0.1:1/v1/messages');
  });

  it('the openai provider requests /v1/chat/completions?…, not /v1?…/chat/completions', async () => {
    const server = track(await startOpenAIServer({ answer: () => 'OK' }));
    const c = await openai(server, { base_url: `${server.url}?route=eu&sig=abc123` }).complete(REQUEST, signal());
    expect(c.text).toBe('OK');
    expect(server.requests[0]!.url).toBe('/v1/chat/completions?route=eu&sig=abc123');
  });
});

describe('headers from models.yaml', () => {
  it('a gateway that refuses requests without its header answers when the model configures it', async () => {
    const server = track(await startOpenAIServer({ answer: () => 'OK', ...gateway }));
    const refused = await openai(server, {}).complete(REQUEST, signal()).catch((x: unknown) => x);
    expect(refused).toBeInstanceOf(AuthError);
    const c = await openai(server, { headers: { 'X-Gateway-Key': GATEWAY_KEY, 'HTTP-Referer': 'http://127.0.0.1/bench' } }).complete(REQUEST, signal());
    expect(c.text).toBe('OK');
    const last = server.requests.at(-1)!;
    expect(last.headers['x-gateway-key']).toBe(GATEWAY_KEY);
    expect(last.headers['http-referer']).toBe('http://127.0.0.1/bench');
  });

  it('a configured header replaces the provider’s own (a gateway’s Authorization)', async () => {
    const server = track(await startOpenAIServer({ answer: () => 'OK' }));
    await openai(server, { api_key: 'sk-own-key-123456', headers: { Authorization: `Bearer ${GATEWAY_KEY}` } }).complete(REQUEST, signal());
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${GATEWAY_KEY}`);
  });

  it('never puts a header value in an error message, even when the server echoes it', async () => {
    const server = track(await startOpenAIServer({ answer: () => 'OK', faults: () => ({ status: 401, body: JSON.stringify({ error: { message: `bad key ${GATEWAY_KEY}` } }) }) }));
    const e = await openai(server, { headers: { 'x-gateway-key': GATEWAY_KEY } }).complete(REQUEST, signal()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AuthError);
    expect((e as Error).message).not.toContain(GATEWAY_KEY);
  });

  it('the anthropic provider sends configured headers too', async () => {
    const server = track(await startAnthropicServer({ answer: () => 'OK' }));
    const p = track(createAnthropicProvider({ id: 'c', provider: 'anthropic', model: 'claude', base_url: server.url, params: { max_tokens: 16 }, concurrency: 1, timeout_s: 10, headers: { 'anthropic-beta': 'output-128k-2025-02-19' } }) as Provider & { close(): Promise<void> });
    await p.complete(REQUEST, signal());
    expect(server.requests[0]!.headers['anthropic-beta']).toBe('output-128k-2025-02-19');
  });
});
