/**
 * @module providers/gguf/likelihood — log-likelihood of continuations on a loaded GGUF model, as
 * lm-evaluation-harness computes it (`_encode_pair` and `_loglikelihood_tokens`):
 * - trailing spaces of the context move to the front of the continuation;
 * - context + continuation are tokenized together, and the continuation's tokens are those past the
 *   length of the context tokenized alone; BOS is prepended when the model asks for it;
 * - the whole sequence is evaluated once (node-llama-cpp's `controlledEvaluate`), asking the next-token
 *   probabilities only at the positions that predict a continuation token, and the log-probabilities
 *   of the actual continuation tokens are summed.
 * Probabilities come from llama.cpp's softmax over the whole vocabulary of the raw logits (no sampling
 * options applied), in single precision: a probability that underflows to 0 counts as 1e-45.
 */
import type { LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';
import { BadRequestError } from '../errors.js';

/** log(1e-45): the floor of a float32 probability that underflowed. */
export const MIN_LOGPROB = Math.log(1e-45);

export interface EncodedPair {
  /** Tokens to evaluate: [BOS] + context + continuation. */
  input: Token[];
  /** Index in `input` of the first continuation token. */
  first: number;
}

export function encodePair(model: LlamaModel, context: string, continuation: string): EncodedPair {
  const spaces = context.length - context.trimEnd().length;
  const ctx = spaces > 0 ? context.slice(0, -spaces) : context;
  const cont = spaces > 0 ? context.slice(-spaces) + continuation : continuation;
  const bos = model.tokens.bos;
  const head: Token[] = bos !== null && model.tokens.shouldPrependBosToken ? [bos] : [];
  const contextTokens = model.tokenize(ctx, false);
  const whole = model.tokenize(ctx + cont, false);
  const first = head.length + contextTokens.length;
  const input = [...head, ...whole];
  if (first >= input.length) throw new BadRequestError(`continuation ${JSON.stringify(continuation)} adds no token to the context`);
  if (first === 0) throw new BadRequestError('an empty context without a BOS token: the first continuation token has nothing to be predicted from');
  return { input, first };
}

/** Sum of log P(token | tokens before it) over the continuation tokens; clears the sequence first. */
export async function continuationLogprob(sequence: LlamaContextSequence, pair: EncodedPair): Promise<number> {
  await sequence.clearHistory();
  const { input, first } = pair;
  const items = input.map((t, i) => (i >= first - 1 && i < input.length - 1 ? ([t, { generateNext: { probabilities: true } }] as [Token, { generateNext: { probabilities: boolean } }]) : t));
  const out = await sequence.controlledEvaluate(items);
  let sum = 0;
  for (let i = first; i < input.length; i++) {
    const p = out[i - 1]?.next.probabilities?.get(input[i]!) ?? 0;
    sum += p > 0 ? Math.max(Math.log(p), MIN_LOGPROB) : MIN_LOGPROB;
  }
  await sequence.clearHistory();
  return sum;
}
