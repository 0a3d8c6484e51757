/**
 * @module runner/retry — the one place that decides what happens after a
 * failed request, from the error's class (never its text).
 *
 * - rate limits, 408/409/5xx, timeouts, connection failures and cut streams
 *   are retried with exponential backoff (0.5 s·2ⁿ, ≤ 8 s, up to 25% jitter),
 *   or after the server's Retry-After when it gives one (capped at 60 s);
 * - a rate limit (429) or an overloaded server (503, 529) is the server being
 *   busy, not the item failing: it gets a
 *   larger attempt budget, and its wait is the longer of Retry-After and the
 *   backoff, so workers that all hear "retry-after-ms: 20" from a server at
 *   capacity do not collide again and again until their attempts run out;
 * - bad requests (400, context too long), 404 and truncated prompts fail the
 *   item at once: an item error, never a wrong answer;
 * - auth failures and exhausted quota stop the model for the rest of the run;
 * - so does a Retry-After longer than the run will wait (over 60 s, or over the model's
 *   `timeout_s`): waiting it out capped would only hammer a server that asked for a day's
 *   rest (12 attempts per item, minutes per item); the message quotes the server's wait and
 *   `--resume` picks the model up later.
 */
import { ProviderError } from '../providers/errors.js';

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxBackoffMs: number;
  maxRetryAfterMs: number;
  /** Attempts for requests the server was too busy for (429, 503, 529). @default 12 */
  maxRateLimitAttempts?: number;
  /** Jobs in a row failing after their retries (transient kinds) before a model is stopped as down. @default 10 */
  downAfter?: number;
}

export function defaultRetryPolicy(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const base = Number(env.BENCH_RETRY_BASE_MS);
  return {
    maxAttempts: 5,
    baseMs: Number.isFinite(base) && base >= 0 && env.BENCH_RETRY_BASE_MS !== undefined ? base : 500,
    maxBackoffMs: 8_000,
    maxRetryAfterMs: 60_000,
    maxRateLimitAttempts: 12,
    downAfter: 10,
  };
}

export type RetryDecision =
  | { action: 'retry'; waitMs: number }
  | { action: 'fail_item' }
  /** `reason`: why, when the error's own message does not say it. */
  | { action: 'stop_model'; reason?: string };

/** 86400000 → "86400 s (24 h)"; 90000 → "90 s". */
function waitText(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 3600 ? `${s} s (${+(s / 3600).toFixed(1)} h)` : s >= 120 ? `${s} s (${+(s / 60).toFixed(1)} min)` : `${+(ms / 1000).toFixed(1)} s`;
}

const RETRYABLE = new Set(['rate_limit', 'server', 'timeout', 'connection', 'stream', 'protocol']);
const STOP_MODEL = new Set(['auth', 'quota']);

/**
 * `attempt` is the number of requests already sent (1 after the first failure); `honourMs` the
 * longest server-requested wait the run accepts (the model's `timeout_s` when that is shorter
 * than `policy.maxRetryAfterMs`).
 */
export function decideRetry(err: unknown, attempt: number, policy: RetryPolicy, random: () => number = Math.random, honourMs: number = policy.maxRetryAfterMs): RetryDecision {
  if (!(err instanceof ProviderError)) return { action: 'fail_item' };
  if (STOP_MODEL.has(err.kind)) return { action: 'stop_model' };
  const limit = Math.min(policy.maxRetryAfterMs, honourMs);
  if (RETRYABLE.has(err.kind) && err.retryAfterMs !== undefined && err.retryAfterMs > limit) {
    return {
      action: 'stop_model',
      reason: `the server asked to wait ${waitText(err.retryAfterMs)} before retrying (HTTP ${err.status ?? '?'} retry-after), longer than this run waits (${waitText(limit)}); finished items are kept: resume later with --resume`,
    };
  }
  // 429, and 503/529 ("overloaded", a full queue): the server is busy, the item is fine.
  const limited = err.kind === 'rate_limit' || (err.kind === 'server' && (err.status === 503 || err.status === 529));
  const budget = limited ? Math.max(policy.maxAttempts, policy.maxRateLimitAttempts ?? 12) : policy.maxAttempts;
  if (!RETRYABLE.has(err.kind) || attempt >= budget) return { action: 'fail_item' };
  const backoff = Math.min(policy.baseMs * 2 ** (attempt - 1), policy.maxBackoffMs);
  const jittered = Math.round(backoff * (1 - random() * 0.25));
  if (err.retryAfterMs !== undefined && err.retryAfterMs >= 0) {
    const told = Math.min(err.retryAfterMs, policy.maxRetryAfterMs);
    return { action: 'retry', waitMs: limited ? Math.max(told, jittered) : told };
  }
  return { action: 'retry', waitMs: jittered };
}

/** Sleeps, or rejects early when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
