/**
 * @module providers/openai/likelihood — log-likelihoods from an OpenAI-compatible `/v1/completions`
 * endpoint that echoes the prompt with its log-probabilities (vLLM's format, the contract of
 * lm-evaluation-harness's `local-completions`).
 *
 * One request per item: `prompt` is the list of context + continuation strings, with `echo: true`,
 * `logprobs: 1`, `max_tokens: 0`, `temperature: 0`. Each choice (by `index`) carries
 * `logprobs.tokens`, `token_logprobs` (null for the first token) and `text_offset` (characters into
 * the echoed text). The server tokenizes context + continuation together; the continuation's tokens
 * are those that start at or after the context's end (a token that straddles the boundary belongs to
 * the context, as when lm-evaluation-harness takes the tokens past the context's own tokenization),
 * and only tokens inside the prompt count (a server that generates anyway adds nothing).
 * Offsets count Unicode code points (Python string indices), so the context length is too.
 */
import type { LikelihoodRequest, LikelihoodResult } from '../types.js';
import { BadRequestError, ServerError } from '../errors.js';
import { where, type CallContext } from '../http/classify.js';

export const ECHO_PARAMS = { echo: true, logprobs: 1, max_tokens: 0, temperature: 0 } as const;

export function likelihoodBody(model: string, req: LikelihoodRequest): Record<string, unknown> {
  return { model, prompt: req.continuations.map((c) => req.context + c), ...ECHO_PARAMS };
}

interface EchoChoice {
  index?: number;
  logprobs?: { tokens?: unknown; token_logprobs?: unknown; text_offset?: unknown } | null;
}

const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Sum of the continuation tokens' log-probabilities in one echoed choice. */
export function continuationLogprob(choice: EchoChoice, context: string, continuation: string, ctx: CallContext): { logprob: number; tokens: number } {
  const lp = choice.logprobs;
  const offsets = lp?.text_offset;
  const logprobs = lp?.token_logprobs;
  if (!Array.isArray(offsets) || !Array.isArray(logprobs) || offsets.length !== logprobs.length) {
    throw new BadRequestError(`${where(ctx)}: the completions endpoint returned no log-probabilities of the prompt (logprobs.text_offset and token_logprobs); likelihood scoring needs echo with logprobs, as vLLM serves it`);
  }
  const start = codePoints(context);
  const end = start + codePoints(continuation);
  let sum = 0;
  let tokens = 0;
  for (let i = 0; i < offsets.length; i++) {
    const at = offsets[i];
    if (typeof at !== 'number' || at < start || at >= end) continue;
    const v = logprobs[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new ServerError(`${where(ctx)}: token ${i} of the echoed prompt has no log-probability (${JSON.stringify(v)})`);
    }
    sum += v;
    tokens++;
  }
  if (tokens === 0) {
    throw new BadRequestError(`${where(ctx)}: no token of the continuation ${JSON.stringify(continuation)} starts after the context; it cannot be scored apart from it`);
  }
  return { logprob: sum, tokens };
}

/** The result from a parsed `/v1/completions` response body. */
export function parseEchoResponse(body: unknown, req: LikelihoodRequest, ctx: CallContext, latencyMs: number): LikelihoodResult {
  const b = body as { choices?: EchoChoice[]; usage?: { prompt_tokens?: unknown } } | null;
  const choices = Array.isArray(b?.choices) ? b!.choices : [];
  const byIndex = new Map<number, EchoChoice>();
  choices.forEach((c, i) => byIndex.set(typeof c.index === 'number' ? c.index : i, c));
  const options = req.continuations.map((cont, i) => {
    const c = byIndex.get(i);
    if (!c) throw new ServerError(`${where(ctx)}: the completions response has no choice ${i} of ${req.continuations.length} prompts`);
    return continuationLogprob(c, req.context, cont, ctx);
  });
  const pt = b?.usage?.prompt_tokens;
  return { options, inputTokens: typeof pt === 'number' ? pt : null, latencyMs };
}
