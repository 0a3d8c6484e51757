/**
 * @module runner/judge-call — one question to a judge model: the cache first, then the request
 * with the runner's retry policy, then the reply validated. Only a reply that parsed is cached;
 * an endpoint failure or an invalid reply is a failed call (the judgment is an error record),
 * never a grade.
 *
 * The cache key is the judge's model identity + the exact messages (rubric, question, reference
 * and candidate output are all in them) + the prompt's version: the same outputs judged again
 * make no request.
 */
import { ProviderAbortError, ProviderError } from '../providers/errors.js';
import { redact } from '../secrets.js';
import { cacheKey, type ResponseCache } from '../store/cache.js';
import { requestCost } from './cost.js';
import { decideRetry, sleep, type RetryPolicy } from './retry.js';
import type { Provider } from '../providers/types.js';
import type { ChatMessage } from '../suites/types.js';
import type { Parsed } from '../scorers/judge/parse.js';

export interface JudgeCallUsage {
  /** ms of the judge's own work (null when served from the cache). */
  latency_ms: number | null;
  input_tokens: number | null;
  output_tokens: number | null;
  cost_usd: number | null;
  cached: boolean;
  attempts: number;
}

export type JudgeCall<T> =
  | ({ ok: true; value: T } & JudgeCallUsage)
  | ({ ok: false; error: string; error_kind: string } & JudgeCallUsage)
  /** Cancelled, the judge was stopped (auth, quota), or `budget` was spent before it was asked: no judgment. */
  | { ok: 'stopped'; reason: string; budget?: true };

export interface JudgeCallOptions {
  cache: ResponseCache | null;
  retry: RetryPolicy;
  signal: AbortSignal;
  /** The prompt version, part of the cache key. */
  version: string;
  /**
   * `--max-cost`: the run's spend so far (candidates' records and judgments), shared with the
   * candidates' phase. Each judgment adds its cost (a cached one at its recorded cost, as a cached
   * record does); once `spent` reaches `limit` no new question is sent (in-flight ones finish).
   */
  budget?: { limit: number; spent: number };
}

const none: JudgeCallUsage = { latency_ms: null, input_tokens: null, output_tokens: null, cost_usd: null, cached: false, attempts: 0 };

export async function askJudge<T>(provider: Provider, messages: ChatMessage[], opts: JudgeCallOptions, parse: (text: string) => Parsed<T>): Promise<JudgeCall<T>> {
  const key = cacheKey(provider.spec, JSON.stringify(messages), 0, `judge:${opts.version}`);
  const hit = opts.cache?.get(key);
  if (hit) {
    const parsed = parse(hit.text);
    if (parsed.ok) {
      if (opts.budget) opts.budget.spent += hit.costUsd ?? 0;
      return { ok: true, value: parsed.value, ...none, input_tokens: hit.inputTokens, output_tokens: hit.outputTokens, cost_usd: hit.costUsd, cached: true };
    }
  }
  const params = { ...provider.spec.params };
  for (let attempt = 1; ; attempt++) {
    if (opts.signal.aborted) return { ok: 'stopped', reason: 'cancelled' };
    if (attempt === 1 && opts.budget && opts.budget.spent >= opts.budget.limit) return { ok: 'stopped', reason: 'max-cost reached', budget: true };
    try {
      const c = await provider.complete({ messages, params, sample: 0 }, opts.signal);
      const usage: JudgeCallUsage = {
        latency_ms: Math.round(c.latencyMs * 100) / 100, input_tokens: c.inputTokens, output_tokens: c.outputTokens,
        cost_usd: requestCost(provider.spec, c), cached: false, attempts: attempt,
      };
      // Counted the moment the answer is in, before the queue sends the next question.
      if (opts.budget) opts.budget.spent += usage.cost_usd ?? 0;
      const parsed = parse(c.text);
      if (!parsed.ok) return { ok: false, error: redact(`judge ${provider.spec.id}: ${parsed.error}`), error_kind: 'judge_invalid', ...usage };
      const { replica: _replica, ...completion } = c;
      opts.cache?.put(key, { ...completion, costUsd: usage.cost_usd });
      return { ok: true, value: parsed.value, ...usage };
    } catch (err) {
      if (err instanceof ProviderAbortError || opts.signal.aborted) return { ok: 'stopped', reason: 'cancelled' };
      const decision = decideRetry(err, attempt, opts.retry, Math.random, provider.spec.timeout_s * 1000);
      const message = redact(`judge ${provider.spec.id}: ${(err as Error).message}`);
      if (decision.action === 'stop_model') return { ok: 'stopped', reason: redact(decision.reason ?? message) };
      if (decision.action === 'fail_item') {
        return { ok: false, error: message, error_kind: `judge_${err instanceof ProviderError ? err.kind : 'internal'}`, ...none, attempts: attempt };
      }
      try {
        await sleep(decision.waitMs, opts.signal);
      } catch {
        return { ok: 'stopped', reason: 'cancelled' };
      }
    }
  }
}
