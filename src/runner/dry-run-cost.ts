/**
 * @module runner/dry-run-cost — `--dry-run`'s arithmetic shared by the candidates' and the judges'
 * estimates: tokens of a prompt (characters / 4 plus 4 per message), a request's expected output
 * tokens, and the cost of tokens (or of machine time) at a models.yaml price.
 */
import { DEFAULT_BATCH_DISCOUNT } from './cost.js';
import type { ModelSpec } from '../config/types.js';
import type { PastUsage } from './past-usage.js';

export const INPUT_TOKENS_METHOD = 'estimate: characters / 4 + 4 per message (no tokenizer for hosted models)';

/** Estimated tokens of a prompt (see INPUT_TOKENS_METHOD). */
export function messageTokens(messages: ReadonlyArray<{ content: string }>): number {
  return messages.reduce((a, m) => a + Math.ceil(m.content.length / 4) + 4, 0);
}

/** Expected output tokens of one request of `m` in `suite`: the mean of a past run, else `max_tokens` (an upper bound), else unknown. */
export function outputPerRequest(m: ModelSpec, suite: string, past: ReadonlyMap<string, PastUsage>): { tokens: number | null; source: string } {
  const p = past.get(`${suite}\0${m.id}`);
  if (p?.output_tokens_mean != null) return { tokens: p.output_tokens_mean, source: `history ${p.run_id}` };
  const maxTokens = m.params.max_tokens;
  if (maxTokens !== undefined) return { tokens: maxTokens, source: 'max_tokens' };
  return { tokens: null, source: 'unknown' };
}

export function costOf(m: ModelSpec, input: number | null, output: number | null, timeS: number | null): { cost: number | null; note: string | null } {
  const price = m.price;
  if (!price) return { cost: null, note: 'no price in the models file' };
  if (price.per_hour !== undefined) {
    if (timeS === null) return { cost: null, note: 'priced per hour: needs a past run\'s latency' };
    return { cost: (price.per_hour * timeS) / 3600, note: null };
  }
  if (input === null && price.input_per_mtok) return { cost: null, note: 'input tokens unknown (the answers\' length is unknown: no max_tokens, no past run)' };
  if (output === null && price.output_per_mtok) return { cost: null, note: 'output tokens unknown (no max_tokens, no past run)' };
  return { cost: ((input ?? 0) * (price.input_per_mtok ?? 0) + (output ?? 0) * (price.output_per_mtok ?? 0)) / 1_000_000, note: null };
}

/** [batch] `--batch --dry-run`: the tokens at the batch price (the token prices less `price.batch_discount`). */
export function batchCostOf(m: ModelSpec, input: number, output: number | null): { cost: number | null; note: string | null } {
  if (m.price?.per_hour !== undefined) return { cost: null, note: 'priced per hour: a batch has no measurable machine time' };
  const full = costOf(m, input, output, null);
  return full.cost === null ? full : { cost: full.cost * (1 - (m.price?.batch_discount ?? DEFAULT_BATCH_DISCOUNT)), note: null };
}
