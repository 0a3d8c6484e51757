/**
 * The batch APIs' results read as the streamed path reads an answer: OpenAI's output and error
 * lines (refusals, truncation by reasoning, reasoning tokens, an HTTP error per line, no choice)
 * and Anthropic's results (thinking never the answer, stop reasons mapped, errored / canceled),
 * against a loopback server serving crafted result files.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../src/config/types.js';
import { createProvider } from '../../../src/providers/index.js';
import { BatchItemError, BadRequestError, ProtocolError, ServerError } from '../../../src/providers/errors.js';
import type { Completion } from '../../../src/providers/types.js';

const servers: http.Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

/** Serves `body` at every GET; returns the origin. */
async function serve(body: string): Promise<string> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(body);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const signal = new AbortController().signal;
const spec = (provider: ModelSpec['provider'], base: string): ModelSpec => ({ id: 'm', provider, model: 'model-x', base_url: base, params: { max_tokens: 64 }, concurrency: 1, timeout_s: 10 });
const jsonl = (lines: unknown[]) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

describe('OpenAI batch results', () => {
  const ok = (customId: string, message: object, finish: string, usage: object) => ({
    id: `batch_req_${customId}`, custom_id: customId, error: null,
    response: { status_code: 200, request_id: 'req', body: { id: 'c', object: 'chat.completion', choices: [{ index: 0, message, finish_reason: finish }], usage } },
  });

  it('maps every line as a non-streamed answer is mapped; per-line errors are typed', async () => {
    const origin = await serve(jsonl([
      ok('r0', { role: 'assistant', content: 'The answer is B.' }, 'stop', { prompt_tokens: 20, completion_tokens: 30, total_tokens: 50, completion_tokens_details: { reasoning_tokens: 24 } }),
      ok('r1', { role: 'assistant', content: null, refusal: 'I cannot help with that.' }, 'stop', { prompt_tokens: 20, completion_tokens: 6 }),
      ok('r2', { role: 'assistant', content: '' }, 'length', { prompt_tokens: 20, completion_tokens: 64, completion_tokens_details: { reasoning_tokens: 64 } }),
      { id: 'x3', custom_id: 'r3', response: { status_code: 400, request_id: 'req', body: { error: { message: 'maximum context length exceeded', type: 'invalid_request_error' } } }, error: null },
      { id: 'x4', custom_id: 'r4', response: { status_code: 500, request_id: 'req', body: { error: { message: 'boom', type: 'server_error' } } }, error: null },
      { id: 'x5', custom_id: 'r5', response: null, error: { code: 'batch_expired', message: 'not run in time' } },
      { id: 'x6', custom_id: 'r6', response: { status_code: 200, request_id: 'req', body: { id: 'c', object: 'chat.completion', choices: [] } }, error: null },
    ]));
    const provider = await createProvider(spec('openai', `${origin}/v1`));
    const results = await provider.batch!.results({ status: 'completed', phase: 'ended', counts: { done: 7, failed: 3, total: 7 }, handles: { output_file_id: 'file-out' } }, signal);
    const r0 = results.get('r0') as Completion;
    expect(r0).toMatchObject({ text: 'The answer is B.', inputTokens: 20, outputTokens: 30, reasoningTokens: 24, finishReason: 'stop', ttftMs: null, batch: true });
    expect(results.get('r1')).toMatchObject({ text: 'I cannot help with that.', finishReason: 'refusal' });
    expect(results.get('r2')).toMatchObject({ text: '', finishReason: 'length', reasoningTokens: 64 });
    expect(results.get('r3')).toBeInstanceOf(BadRequestError);
    expect((results.get('r3') as Error).message).toContain('maximum context length exceeded');
    expect(results.get('r4')).toBeInstanceOf(ServerError);
    expect(results.get('r5')).toBeInstanceOf(BatchItemError);
    expect((results.get('r5') as Error).message).toContain('batch_expired: not run in time');
    expect(results.get('r6')).toBeInstanceOf(ProtocolError);
    await provider.close?.();
  });
});

describe('Anthropic batch results', () => {
  const message = (content: object[], stop: string) => ({ type: 'succeeded', message: { id: 'msg', type: 'message', role: 'assistant', model: 'model-x', content, stop_reason: stop, stop_sequence: null, usage: { input_tokens: 12, cache_read_input_tokens: 8, output_tokens: 40 } } });

  it('thinking is never the answer, stop reasons are mapped, errored and canceled results are typed', async () => {
    const origin = await serve(jsonl([
      { custom_id: 'r0', result: message([{ type: 'thinking', thinking: 'Let me think. The answer is D.', signature: 's' }, { type: 'text', text: 'The answer is A.' }], 'end_turn') },
      { custom_id: 'r1', result: message([{ type: 'text', text: 'The answer is' }], 'max_tokens') },
      { custom_id: 'r2', result: message([], 'refusal') },
      { custom_id: 'r3', result: { type: 'errored', error: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } } },
      { custom_id: 'r4', result: { type: 'errored', error: { type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: too large' } } } },
      { custom_id: 'r5', result: { type: 'canceled' } },
    ]));
    const provider = await createProvider(spec('anthropic', origin));
    const results = await provider.batch!.results({ status: 'ended', phase: 'ended', counts: { done: 6, failed: 3, total: 6 }, handles: { results_url: `${origin}/v1/messages/batches/b/results` } }, signal);
    expect(results.get('r0')).toMatchObject({ text: 'The answer is A.', inputTokens: 20, outputTokens: 40, finishReason: 'stop', batch: true });
    expect(results.get('r1')).toMatchObject({ text: 'The answer is', finishReason: 'length' });
    expect(results.get('r2')).toMatchObject({ text: '', finishReason: 'content_filter' });
    expect(results.get('r3')).toBeInstanceOf(ServerError);
    expect((results.get('r3') as ServerError).status).toBe(529);
    expect(results.get('r4')).toBeInstanceOf(BadRequestError);
    expect(results.get('r5')).toBeInstanceOf(BatchItemError);
    await provider.close?.();
  });
});
