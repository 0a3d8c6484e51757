/**
 * Reasoning models on OpenAI-compatible endpoints: what is sent (no sampling parameters for
 * OpenAI's reasoning families, max_completion_tokens, reasoning_effort), what is read
 * (reasoning tokens, billed output), and the error that names a refused parameter.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../src/config/types.js';
import { BadRequestError } from '../../../src/providers/errors.js';
import { refusedParam } from '../../../src/providers/http/refused-param.js';
import { createOpenAIProvider } from '../../../src/providers/openai/index.js';
import { isReasoningModel, tokensOf } from '../../../src/providers/openai/reasoning.js';
import type { Provider } from '../../../src/providers/types.js';
import { startOpenAIServer, type FakeServer, type OpenAIServerOptions } from '../../fixtures/openai-server.js';
import { REQUEST } from '../contract.js';

const ANSWER = 'The answer is C.';
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => Promise.all(open.splice(0).map((x) => x.close())));
const signal = () => new AbortController().signal;

async function setup(opts: OpenAIServerOptions, spec: Partial<ModelSpec>): Promise<{ server: FakeServer; provider: Provider }> {
  const server = await startOpenAIServer({ answer: () => ANSWER, ...opts });
  const provider = createOpenAIProvider({ id: 'r', provider: 'openai', model: 'o4-mini', base_url: server.url, params: {}, concurrency: 1, timeout_s: 10, ...spec });
  open.push(server, { close: async () => provider.close?.() });
  return { server, provider };
}

describe('reasoning models', () => {
  it('recognizes the OpenAI reasoning families, not their chat variants or other models', () => {
    for (const m of ['o1', 'o3-mini', 'o4-mini-2025-04-16', 'gpt-5', 'gpt-5-mini', 'openai/o3']) expect(isReasoningModel(m), m).toBe(true);
    for (const m of ['gpt-4o', 'gpt-5-chat-latest', 'olmo-7b', 'llama-3.1-8b', 'deepseek-reasoner']) expect(isReasoningModel(m), m).toBe(false);
  });

  it('leaves out temperature for a reasoning family, sends max_tokens as max_completion_tokens, and passes reasoning_effort', async () => {
    const { server, provider } = await setup({ refuseParams: ['temperature', 'max_tokens'], reasoningTokens: () => 64 }, { params: { temperature: 0, max_tokens: 256, reasoning_effort: 'low' } });
    const c = await provider.complete({ ...REQUEST, params: {} }, signal());
    const body = server.requests[0]!.body;
    expect(body.temperature).toBeUndefined();
    expect(body.max_tokens).toBeUndefined();
    expect(body).toMatchObject({ max_completion_tokens: 256, reasoning_effort: 'low' });
    expect(c.text).toBe(ANSWER);
    expect(c.reasoningTokens).toBe(64);
    expect(c.outputTokens).toBe(Math.ceil(ANSWER.length / 4) + 64);
  });

  it('returns empty text with finish_reason length when the budget went to reasoning', async () => {
    const { provider } = await setup({ reasoningTokens: () => 500 }, { params: { max_completion_tokens: 300 } });
    const c = await provider.complete({ ...REQUEST, params: {} }, signal());
    expect(c.text).toBe('');
    expect(c.finishReason).toBe('length');
    expect(c.outputTokens).toBe(500);
  });

  it('names the refused parameter and the models.yaml field to remove when a model refuses it', async () => {
    const { provider } = await setup({ refuseParams: ['temperature'] }, { model: 'my-reasoner-deployment', params: { temperature: 0 } });
    const e = await provider.complete(REQUEST, signal()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BadRequestError);
    expect((e as Error).message).toContain("Unsupported parameter: 'temperature'");
    expect((e as Error).message).toContain('remove params.temperature');
  });

  it('bills reasoning counted beside completion_tokens (total = prompt + completion + reasoning)', async () => {
    const { provider } = await setup({ reasoningTokens: () => 40, reasoningBeside: true }, { model: 'gemini-2.5-flash' });
    const c = await provider.complete(REQUEST, signal());
    expect(c.outputTokens).toBe(Math.ceil(ANSWER.length / 4) + 40);
    expect(c.reasoningTokens).toBe(40);
    expect(tokensOf({ prompt_tokens: 10, completion_tokens: 50, total_tokens: 60, completion_tokens_details: { reasoning_tokens: 30 } }).output).toBe(50);
  });
});

describe('refusedParam', () => {
  it('reads the refused parameter from OpenAI, pydantic and Anthropic error bodies', () => {
    expect(refusedParam(JSON.stringify({ error: { message: "Unsupported value: 'temperature' does not support 0 with this model.", param: 'temperature', code: 'unsupported_value' } }))).toBe('temperature');
    expect(refusedParam(JSON.stringify({ detail: [{ type: 'extra_forbidden', loc: ['body', 'seed'], msg: 'Extra inputs are not permitted' }] }))).toBe('seed');
    expect(refusedParam(JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'top_k: Extra inputs are not permitted' } }))).toBe('top_k');
    expect(refusedParam(JSON.stringify({ error: { message: "This model's maximum context length is 8192 tokens", param: 'messages', code: 'context_length_exceeded' } }))).toBeUndefined();
    expect(refusedParam('<html>bad gateway</html>')).toBeUndefined();
  });
});
