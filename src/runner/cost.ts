/**
 * @module runner/cost — what one request cost.
 *
 * Hosted models: tokens × the price per million input/output tokens.
 * Local models (`price.per_hour`): the machine's hourly price × the wall time
 * of the model's work. With `concurrency` requests sharing the machine, each
 * request is charged latency / concurrency of it (the machine serves them at
 * once); in-process GGUF models run one at a time (their latency excludes the
 * wait for the model), so each is charged its whole latency.
 * Batch requests (`bench run --batch`): the token prices less `price.batch_discount`.
 */
import type { ModelSpec } from '../config/types.js';

/** `concurrency`: requests sharing the machine; adaptive models pass their limit when the request ended. */
export function requestCost(spec: ModelSpec, usage: { inputTokens: number | null; outputTokens: number | null; latencyMs: number }, concurrency = spec.concurrency): number | null {
  const price = spec.price;
  if (!price) return null;
  if (price.per_hour !== undefined) {
    const sharing = spec.provider === 'gguf' ? 1 : Math.max(1, concurrency);
    return (price.per_hour * usage.latencyMs) / 3_600_000 / sharing;
  }
  if (price.input_per_mtok === undefined && price.output_per_mtok === undefined) return null;
  if (usage.inputTokens === null && usage.outputTokens === null) return null;
  return ((usage.inputTokens ?? 0) * (price.input_per_mtok ?? 0) + (usage.outputTokens ?? 0) * (price.output_per_mtok ?? 0)) / 1_000_000;
}

/** [batch] The fraction taken off the token prices when a request goes through the batch API, unless `price.batch_discount` says otherwise. */
export const DEFAULT_BATCH_DISCOUNT = 0.5;

/** [batch] What a request sent through the provider's batch API cost: its tokens at the batch price (the token prices × (1 − batch_discount)). */
export function batchCost(spec: ModelSpec, usage: { inputTokens: number | null; outputTokens: number | null }): number | null {
  const price = spec.price;
  if (!price || price.per_hour !== undefined) return null;
  const full = requestCost(spec, { ...usage, latencyMs: 0 });
  return full === null ? null : full * (1 - (price.batch_discount ?? DEFAULT_BATCH_DISCOUNT));
}
