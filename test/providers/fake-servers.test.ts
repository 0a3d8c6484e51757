/**
 * The loopback fakes speak the real wire formats (checked on raw bytes, not through the
 * clients that would forgive mistakes), and hold 64 concurrent streams.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startOpenAIServer, type FakeServer } from '../fixtures/openai-server.js';
import { startOllamaServer } from '../fixtures/ollama-server.js';
import { createOpenAIProvider } from '../../src/providers/openai/index.js';
import { REQUEST } from './contract.js';

const open: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function post(url: string, body: unknown): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

const messages = [{ role: 'user', content: 'Say hello' }];

describe('fake OpenAI server', () => {
  it('streams SSE: role chunk, content deltas, finish chunk, usage chunk with no choices, then [DONE]', async () => {
    const s = await startOpenAIServer({ answer: () => 'Hello world!', chunkSize: 5 });
    open.push(s);
    const r = await post(`${s.url}/chat/completions`, { model: 'm', messages, stream: true, stream_options: { include_usage: true } });
    expect(r.type).toMatch(/^text\/event-stream/);
    const events = r.text.split('\n\n').filter(Boolean);
    expect(events.every((e) => e.startsWith('data: '))).toBe(true);
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.slice(6)));
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks.slice(1, 4).map((c) => c.choices[0].delta.content)).toEqual(['Hello', ' worl', 'd!']);
    expect(chunks[4].choices[0]).toMatchObject({ delta: {}, finish_reason: 'stop' });
    expect(chunks[5]).toMatchObject({ object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 } });
  });

  it('answers JSON when stream is false, and 404 on unknown paths', async () => {
    const s = await startOpenAIServer({ answer: ({ n }) => `try ${n}` });
    open.push(s);
    await post(`${s.url}/chat/completions`, { model: 'm', messages });
    const r = await post(`${s.url}/chat/completions`, { model: 'm', messages });
    expect(JSON.parse(r.text)).toMatchObject({ object: 'chat.completion', choices: [{ message: { role: 'assistant', content: 'try 2' }, finish_reason: 'stop' }] });
    expect((await post(`${s.url}/nope`, {})).status).toBe(404);
    expect(s.requests.map((q) => q.status)).toEqual([200, 200, 404]);
  });

  it('answers 429 with retry-after-ms beyond maxConcurrent requests in flight', async () => {
    const s = await startOpenAIServer({ answer: () => 'ok', delayMs: 150, maxConcurrent: 2 });
    open.push(s);
    const statuses = await Promise.all(Array.from({ length: 4 }, () => post(`${s.url}/chat/completions`, { model: 'm', messages }).then((r) => r.status)));
    expect(statuses.sort()).toEqual([200, 200, 429, 429]);
    expect((await post(`${s.url}/chat/completions`, { model: 'm', messages })).status).toBe(200);
  });

  it('holds 64 concurrent streams through the provider', async () => {
    const s = await startOpenAIServer({ answer: ({ messages: m }) => `echo ${m.at(-1)!.content}`, chunkSize: 4 });
    open.push(s);
    const p = createOpenAIProvider({ id: 'p', provider: 'openai', model: 'm', base_url: s.url, params: {}, concurrency: 64, timeout_s: 10 });
    const t0 = performance.now();
    const out = await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        p.complete({ ...REQUEST, messages: [{ role: 'user', content: `item ${i}` }] }, new AbortController().signal),
      ),
    );
    const ms = performance.now() - t0;
    await p.close?.();
    expect(out.map((c) => c.text)).toEqual(Array.from({ length: 64 }, (_, i) => `echo item ${i}`));
    expect(s.requests).toHaveLength(64);
    expect(ms).toBeLessThan(5_000);
  });
});

describe('fake Ollama server', () => {
  it('streams NDJSON lines and a final done line with counts and durations', async () => {
    const s = await startOllamaServer({ answer: () => 'Hello world!', chunkSize: 6 });
    open.push(s);
    const r = await post(`${s.url}/api/chat`, { model: 'm', messages });
    expect(r.type).toBe('application/x-ndjson');
    const lines = r.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.message.content)).toEqual(['Hello ', 'world!', '']);
    expect(lines[0]).toMatchObject({ model: 'm', done: false, message: { role: 'assistant' } });
    expect(lines[2]).toMatchObject({ done: true, done_reason: 'stop', prompt_eval_count: 7, eval_count: 3 });
    for (const k of ['total_duration', 'load_duration', 'prompt_eval_duration', 'eval_duration']) expect(lines[2][k]).toBeGreaterThan(0);
  });

  it('answers one JSON object when stream is false, and serves /api/version and /api/tags', async () => {
    const s = await startOllamaServer({ answer: () => 'Hi' });
    open.push(s);
    const r = await post(`${s.url}/api/chat`, { model: 'm', messages, stream: false });
    expect(JSON.parse(r.text)).toMatchObject({ done: true, message: { content: 'Hi' }, eval_count: 1 });
    expect(await (await fetch(`${s.url}/api/version`)).json()).toHaveProperty('version');
    const tags = (await (await fetch(`${s.url}/api/tags`)).json()) as { models: Array<{ name: string }> };
    expect(tags.models[0]!.name).toBe('m');
  });

  it('truncates a prompt over num_ctx as Ollama does: prompt_eval_count = num_ctx/2 + 2', async () => {
    const s = await startOllamaServer({ answer: () => 'ok' });
    open.push(s);
    const r = await post(`${s.url}/api/chat`, { model: 'm', messages: [{ role: 'user', content: 'a'.repeat(20_000) }], stream: false, options: { num_ctx: 2048 } });
    expect(JSON.parse(r.text).prompt_eval_count).toBe(1026);
  });
});
