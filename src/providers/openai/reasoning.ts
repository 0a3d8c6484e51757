/**
 * @module providers/openai/reasoning — what reasoning models accept and what they bill.
 *
 * OpenAI's reasoning families (o1, o3, o4-mini…, gpt-5 except its -chat variants) refuse the
 * sampling parameters and `max_tokens`: for them `temperature`, `top_p` and the penalties are
 * left out and `max_tokens` is sent as `max_completion_tokens`. Other endpoints get what was
 * configured; one that refuses a parameter answers 400 naming it, and classify.ts turns that
 * into an error naming the models.yaml field to remove.
 *
 * Usage: `completion_tokens_details.reasoning_tokens` is recorded. OpenAI counts reasoning
 * inside `completion_tokens`; some endpoints (Gemini's) count it beside them, which shows as
 * total = prompt + completion + reasoning: the billed output is then completion + reasoning.
 */
import type { GenParams } from '../../config/types.js';

const REASONING_FAMILY = /^(?:[\w.-]+\/)?(?:o\d+(?:-|$)|gpt-5(?![\w.-]*-chat))/i;
const REFUSED_BY_REASONING = ['temperature', 'top_p', 'presence_penalty', 'frequency_penalty'] as const;

export function isReasoningModel(model: string): boolean {
  return REASONING_FAMILY.test(model);
}

/** `params` as `model` accepts them (unchanged unless it is of a reasoning family). */
export function paramsFor(model: string, params: GenParams): GenParams {
  if (!isReasoningModel(model)) return params;
  const out: GenParams = { ...params };
  for (const k of REFUSED_BY_REASONING) delete out[k];
  if (out.max_tokens !== undefined) {
    out.max_completion_tokens ??= out.max_tokens;
    delete out.max_tokens;
  }
  return out;
}

export interface OpenAIUsage {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  total_tokens?: number | null;
  completion_tokens_details?: { reasoning_tokens?: number | null } | null;
}

/** Input, billed output (reasoning included) and reasoning tokens from a usage object. */
export function tokensOf(u: OpenAIUsage): { input: number | null; output: number | null; reasoning: number | null } {
  const input = num(u.prompt_tokens);
  const completion = num(u.completion_tokens);
  const reasoning = num(u.completion_tokens_details?.reasoning_tokens);
  const total = num(u.total_tokens);
  const beside = completion !== null && reasoning !== null && reasoning > 0 && input !== null && total === input + completion + reasoning;
  return { input, output: beside ? completion + reasoning : completion, reasoning };
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
