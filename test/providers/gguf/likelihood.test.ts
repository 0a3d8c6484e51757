/**
 * Likelihood scoring on in-process GGUF models: the provider's log-likelihoods equal the ones computed
 * here step by step from the tiny model's own weights (embedding → RMSNorm → output logits → log-softmax,
 * summed over the continuation's tokens), and tokenization follows lm-evaluation-harness.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasLlama, scriptNextLogprobs, tinyTokens, TOKEN, writeTinyGguf } from '../../fixtures/gguf/tiny-gguf.js';
import { tempDir } from '../../helpers/bench.js';
import type { ModelSpec } from '../../../src/config/types.js';
import type { Provider } from '../../../src/providers/types.js';

/** Σ log P(token_i | token_{i−1}) over the continuation, from the weights: the script model looks at the current token only. */
function expected(script: string, context: string, continuation: string): number {
  const all = [TOKEN.bos, ...tinyTokens(context + continuation)];
  const first = 1 + tinyTokens(context).length;
  let sum = 0;
  for (let i = first; i < all.length; i++) sum += scriptNextLogprobs({ script }, all[i - 1]!)[all[i]!]!;
  return sum;
}

describe.skipIf(!hasLlama)('gguf likelihood scoring (skipped: node-llama-cpp, an optional dependency, is not installed)', () => {
  let provider: Provider;

  beforeAll(async () => {
    const dir = tempDir('bench-gguf-lik-');
    const file = await writeTinyGguf(path.join(dir, 'says-b.gguf'), { script: 'B' });
    const { createGgufProvider } = await import('../../../src/providers/gguf/index.js');
    const spec: ModelSpec = { id: 'tiny-b', provider: 'gguf', model: file, params: {}, concurrency: 1, timeout_s: 60, threads: 1 } as ModelSpec;
    provider = await createGgufProvider(spec);
  }, 60_000);

  afterAll(async () => {
    await provider?.close?.();
  });

  it("sums the model's own log-probabilities of the continuation tokens only", async () => {
    const context = 'Question: which?\nAnswer:';
    const continuations = [' A', ' B', ' the letter B'];
    const r = await provider.loglikelihood!({ context, continuations }, new AbortController().signal);
    expect(r.options.map((o) => o.tokens)).toEqual([2, 2, 13]);
    continuations.forEach((c, i) => expect(r.options[i]!.logprob).toBeCloseTo(expected('B', context, c), 3));
    // The model says B after anything: " B" is far likelier than " A".
    expect(r.options[1]!.logprob).toBeGreaterThan(r.options[0]!.logprob + 5);
    expect(r.latencyMs).toBeGreaterThan(0);
  });

  it('moves trailing spaces of the context to the continuation, as lm-evaluation-harness does', async () => {
    const a = await provider.loglikelihood!({ context: 'Answer: ', continuations: ['B', 'A'] }, new AbortController().signal);
    const b = await provider.loglikelihood!({ context: 'Answer:', continuations: [' B', ' A'] }, new AbortController().signal);
    expect(a.options).toEqual(b.options);
  });

  it('generates as before after scoring on the same context', async () => {
    const c = await provider.complete({ messages: [{ role: 'user', content: 'Which letter?' }], params: { max_tokens: 4 }, sample: 0 }, new AbortController().signal);
    expect(c.text).toBe('B');
  });
});
