import { describe, expect, it } from 'vitest';
import { likelihoodBody, parseEchoResponse } from '../../../src/providers/openai/likelihood.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { createProvider } from '../../../src/providers/index.js';

const ctx = { provider: 'openai', endpoint: 'http://127.0.0.1:1/v1', model: 'm', apiKeyEnv: undefined };

/** A vLLM echo choice for `tokens` with `lps` (null first), offsets in code points. */
function choice(index: number, tokens: string[], lps: (number | null)[]) {
  let at = 0;
  const text_offset = tokens.map((t) => { const o = at; at += [...t].length; return o; });
  return { index, text: tokens.join(''), logprobs: { tokens, token_logprobs: lps, text_offset, top_logprobs: null }, finish_reason: 'length' };
}

describe("vLLM's echo/logprobs answer", () => {
  it('asks for every option with echo, logprobs 1 and max_tokens 0', () => {
    expect(likelihoodBody('m', { context: 'Q:', continuations: [' a', ' b'] })).toEqual({ model: 'm', prompt: ['Q: a', 'Q: b'], echo: true, logprobs: 1, max_tokens: 0, temperature: 0 });
  });

  it('sums only the tokens that start at or after the end of the context, matched by choice index', () => {
    const req = { context: 'Q: é?\nA:', continuations: [' yes', ' no way'] };
    const body = {
      choices: [
        choice(1, ['Q:', ' é?', '\nA:', ' no', ' way'], [null, -1, -2, -0.5, -0.25]),
        choice(0, ['Q:', ' é?', '\nA:', ' yes'], [null, -1, -2, -0.125]),
      ],
      usage: { prompt_tokens: 9 },
    };
    const r = parseEchoResponse(body, req, ctx, 12);
    expect(r).toEqual({ options: [{ logprob: -0.125, tokens: 1 }, { logprob: -0.75, tokens: 2 }], inputTokens: 9, latencyMs: 12 });
  });

  it('counts a token that straddles the boundary with the context, as lm-evaluation-harness does', () => {
    const r = parseEchoResponse({ choices: [choice(0, ['Q', ':x', 'yz'], [null, -1, -3]), choice(1, ['Q', ':', 'w'], [null, -1, -4])] }, { context: 'Q:', continuations: ['xyz', 'w'] }, ctx, 1);
    expect(r.options).toEqual([{ logprob: -3, tokens: 1 }, { logprob: -4, tokens: 1 }]);
  });

  it('is an error naming the endpoint when the server returns no prompt log-probabilities', () => {
    const body = { choices: [{ index: 0, text: 'Q: a', logprobs: null }, { index: 1, text: 'Q: b', logprobs: null }] };
    expect(() => parseEchoResponse(body, { context: 'Q:', continuations: [' a', ' b'] }, ctx, 1)).toThrow(ProviderError);
    expect(() => parseEchoResponse(body, { context: 'Q:', continuations: [' a', ' b'] }, ctx, 1)).toThrow(/openai http:\/\/127\.0\.0\.1:1\/v1 model "m": the completions endpoint returned no log-probabilities of the prompt/);
  });

  it('is refused before any request for the hosted OpenAI API (no base_url), and not for a server of your own', async () => {
    const spec = (extra: object) => ({ id: 'm', provider: 'openai', model: 'gpt-4o', api_key: 'sk-unused', params: {}, concurrency: 1, timeout_s: 5, ...extra }) as any;
    const hosted = await createProvider(spec({}));
    const own = await createProvider(spec({ base_url: 'http://127.0.0.1:1/v1' }));
    try {
      expect(hosted.likelihoodProblem?.()).toMatch(/^model m \(openai, .*\): likelihood scoring needs the log-probabilities of the prompt .* which the hosted OpenAI API does not return/);
      expect(own.likelihoodProblem?.()).toBeNull();
    } finally {
      await hosted.close?.();
      await own.close?.();
    }
  });
});
