/**
 * @module runner/execute — runs the planned jobs (`executeJobs`): one p-queue per model
 * endpoint (concurrency, requests per minute), the cache first, retries by
 * the policy of ./retry.ts, the scorer, then one record appended.
 *
 * Latency is measured by the provider, from the request written to its
 * connection to the answer's last byte; backoff waits and queue waits are never part of it. A job that still
 * fails is an error record (never a wrong answer). An auth or quota failure
 * stops its model; the rest of the run goes on. Aborting `signal` stops taking
 * work; in-flight requests get `graceMs` to finish, then are cancelled and
 * leave no record (so a resume requests them again).
 */
import { setMaxListeners } from 'node:events';
import PQueue from 'p-queue';
import { ProviderAbortError, ProviderError } from '../providers/errors.js';
import { loopTurns } from '../providers/http/turns.js';
import { cacheKey, type ResponseCache } from '../store/cache.js';
import { sha256Hex } from '../store/sha256.js';
import { redact } from '../secrets.js';
import { renderMessages } from '../suites/template.js';
import { decideRetry, sleep, type RetryPolicy } from './retry.js';
import { requestCost } from './cost.js';
import { likelihoodKeyText, requestLikelihood } from './likelihood-job.js';
import { recordJob } from './job-record.js';
import { AdaptiveGate, type Ticket } from './adaptive.js';
import type { Job, Jobs } from './plan.js';
import type { Provider } from '../providers/types.js';
import { Completed, Failed, type ReplicaErrors } from './record.js';
import type { Scorer } from '../scorers/types.js';
import type { RunRecord } from '../store/types.js';
import type { ChatMessage } from '../suites/types.js';

export interface ExecuteHooks {
  /** A record was written. */
  onRecord?(record: RunRecord): void;
  /** A model was stopped for the rest of the run (auth, quota, endpoint down). */
  onModelStopped?(model: string, reason: string): void;
  /** [adaptive] The model's in-flight limit changed (AIMD). */
  onLimit?(model: string, limit: number): void;
}

export interface ExecuteOptions {
  jobsByModel: Map<string, Jobs>;
  providers: Map<string, Provider>;
  /** Scorer per suite name. */
  scorers: Map<string, Scorer>;
  cache: ResponseCache | null;
  write(record: RunRecord): void;
  signal: AbortSignal;
  retry: RetryPolicy;
  /** How long in-flight requests may finish after an abort. */
  graceMs: number;
  /**
   * `--max-cost`: once `spent` (USD, the records' cost_usd, counted on from the run's earlier
   * records) reaches `limit`, no new request is sent; requests in flight finish and are recorded.
   */
  budget?: { limit: number; spent: number };
  hooks?: ExecuteHooks;
}

export interface ExecuteResult {
  /** model id → why it was stopped (auth, quota). */
  stopped: Map<string, string>;
  /** model id → { sent: requests that reached the endpoint path, ok: successes } */
  perModel: Map<string, ModelStats>;
  aborted: boolean;
  /** [adaptive] model id → its in-flight limit at the end of the run. */
  limits: Map<string, number>;
  /** Jobs were left unsent because the budget was spent (`budget`). */
  budgetSpent?: boolean;
}

export interface ModelStats {
  sent: number;
  ok: number;
  errors: number;
  cached: number;
  /** Jobs in a row that failed after their retries with a transient kind. */
  failedInRow: number;
}

/** Failure kinds that say the endpoint (not the item) is in trouble. */
const TRANSIENT = new Set(['rate_limit', 'server', 'timeout', 'connection', 'stream', 'protocol']);

/** 429, or 503/529: the server says it is full (what adaptive concurrency backs off on). */
function overloaded(err: unknown): boolean {
  return err instanceof ProviderError && (err.kind === 'rate_limit' || (err.kind === 'server' && (err.status === 503 || err.status === 529)));
}

/** `messagesJson` is JSON.stringify(messages). */
export function promptHash(messagesJson: string): string {
  return sha256Hex(messagesJson).slice(0, 16);
}

export async function executeJobs(opts: ExecuteOptions): Promise<ExecuteResult> {
  let bug: unknown;
  const stopped = new Map<string, string>();
  const perModel = new Map<string, ModelStats>();
  const gates = new Map<string, AdaptiveGate>();
  // Requests are cancelled `graceMs` after the run's signal fires.
  const hard = new AbortController();
  // Every in-flight request listens on it: thousands at once is expected, not a leak.
  setMaxListeners(0, hard.signal, opts.signal);
  let budgetSpent = false;
  /** The budget is spent: send nothing new (and remember that jobs were left for a resume). */
  const overBudget = (): boolean => {
    if (opts.budget === undefined || opts.budget.spent < opts.budget.limit) return false;
    budgetSpent = true;
    return true;
  };
  const onAbort = () => setTimeout(() => hard.abort(new ProviderAbortError('interrupted')), opts.graceMs).unref();
  opts.signal.addEventListener('abort', onAbort, { once: true });

  await Promise.all(
    [...opts.jobsByModel].map(async ([modelId, jobs]) => {
      const provider = opts.providers.get(modelId);
      if (!provider) throw new Error(`no provider for ${modelId}`);
      const stats: ModelStats = { sent: 0, ok: 0, errors: 0, cached: 0, failedInRow: 0 };
      perModel.set(modelId, stats);
      const spec = provider.spec;
      // [adaptive] the queue admits up to the ceiling; the AIMD gate holds each attempt to the current limit.
      const ceiling = spec.adaptive ? spec.adaptive.max : spec.concurrency;
      if (spec.adaptive) gates.set(modelId, new AdaptiveGate({ max: spec.adaptive.max, initial: spec.concurrency }, (limit) => opts.hooks?.onLimit?.(modelId, limit)));
      const queue = new PQueue({
        concurrency: ceiling,
        ...(spec.rpm ? { intervalCap: spec.rpm, interval: 60_000, carryoverConcurrencyCount: true } : {}),
      });
      const window = Math.max(2, ceiling * 2);
      let inFlight = 0;
      let wake: (() => void) | null = null;
      const settled = () => {
        inFlight--;
        wake?.();
      };
      for (const job of jobs) {
        if (opts.signal.aborted || stopped.has(modelId) || overBudget()) break;
        while (inFlight >= window) await new Promise<void>((r) => (wake = r));
        if (opts.signal.aborted || stopped.has(modelId) || overBudget()) break;
        inFlight++;
        void runJob(job, provider, queue, stats).catch(keepFirstBug).finally(settled);
      }
      while (inFlight > 0) await new Promise<void>((r) => (wake = r));
    }),
  );
  opts.signal.removeEventListener('abort', onAbort);
  if (bug !== undefined) throw bug;
  const limits = new Map([...gates].map(([m, g]) => [m, g.limit]));
  return { stopped, perModel, aborted: opts.signal.aborted, limits, budgetSpent };

  /** A job that threw is a bug in bench (exit 70), raised once every job has settled. */
  function keepFirstBug(err: unknown): void {
    bug ??= err;
  }

  async function runJob(job: Job, provider: Provider, queue: PQueue, stats: ModelStats): Promise<void> {
    const messages = job.likelihood ? [] : renderMessages(job.suite, job.item);
    const json = job.likelihood ? likelihoodKeyText(job.likelihood) : JSON.stringify(messages); // serialized once: cache key and prompt hash
    // No cache (--no-cache): no key to hash before the request goes out.
    const key = opts.cache ? cacheKey(provider.spec, json, job.sample, job.variant) : null;
    let outcome: Completed | Failed | null = null;
    const hit = key === null ? undefined : opts.cache?.get(key);
    if (hit) {
      outcome = new Completed(hit, 0, hit.costUsd, true);
      if (opts.budget) opts.budget.spent += hit.costUsd ?? 0; // the record's cost_usd
      stats.cached++;
    } else {
      outcome = (await queue.add(() => request(job, provider, messages))) ?? null;
      if (outcome === null) return; // cancelled or model stopped: no record, resume will redo it
      stats.sent++;
      // Score and record in a turn of the loop's (providers/http/turns.ts), after the I/O already waiting:
      // other responses that arrived meanwhile get their latency stamped first, so one job's scoring is never another's latency.
      await loopTurns.turn();
      if (key !== null && outcome instanceof Completed) {
        // A cached answer was asked of no replica when it is served later: the replica is not stored.
        const { replica: _replica, ...completion } = outcome.completion;
        opts.cache?.put(key, { ...completion, costUsd: outcome.cost });
      }
    }
    const record = await recordJob(job, promptHash(json), outcome, opts.scorers, opts.signal);
    if (record === null) return;
    if (record.error) stats.errors++;
    else stats.ok++;
    opts.write(record);
    opts.hooks?.onRecord?.(record);
    tripIfDown(provider.spec.id, outcome, stats);
  }

  /**
   * Circuit breaker: after `downAfter` jobs in a row failed even after their retries with a
   * transient kind (refused, reset, timeout, 5xx, 429), the endpoint is down — stop the model
   * instead of spending the whole retry budget on every remaining item. The run ends
   * incomplete (exit 3) and `--resume` picks up once the endpoint is back.
   */
  function tripIfDown(modelId: string, outcome: Completed | Failed, stats: { failedInRow: number }): void {
    if (outcome instanceof Completed) {
      stats.failedInRow = 0;
      return;
    }
    const kind = outcome.error instanceof ProviderError ? outcome.error.kind : 'internal';
    if (!TRANSIENT.has(kind)) return;
    if (++stats.failedInRow < (opts.retry.downAfter ?? 10) || stopped.has(modelId)) return;
    const why = `the endpoint looks down: ${stats.failedInRow} jobs in a row failed after their retries (last: ${redact(outcome.error.message)})`;
    stopped.set(modelId, why);
    opts.hooks?.onModelStopped?.(modelId, why);
  }

  async function request(job: Job, provider: Provider, messages: ChatMessage[]): Promise<Completed | Failed | null> {
    const modelId = provider.spec.id;
    // The queue starts this job as another one finishes: let responses already waiting be
    // read (and timed) before this one's request is built and sent, in a turn of the loop's.
    await loopTurns.turn();
    const gate = gates.get(modelId);
    let replicaErrors: ReplicaErrors = null;
    for (let attempt = 1; ; attempt++) {
      if (stopped.has(modelId) || hard.signal.aborted) return null;
      if (opts.signal.aborted) return null; // stopping: send nothing new (a queued job has not been sent yet)
      if (attempt === 1 && overBudget()) return null; // --max-cost reached while this job waited: not sent, resume sends it
      let ticket: Ticket | undefined;
      try {
        // [adaptive] wait for a place under the current limit; the provider's clock starts after it.
        if (gate) ticket = await gate.acquire(anySignal(opts.signal, hard.signal));
      } catch {
        return null;
      }
      try {
        const completion = job.likelihood
          ? await requestLikelihood(provider, job.likelihood, hard.signal)
          : await provider.complete({ messages, params: provider.spec.params, sample: job.sample }, hard.signal);
        gate?.success();
        ticket?.release();
        const cost = requestCost(provider.spec, completion, gate?.limit);
        // Counted the moment the answer is in, before the queue starts the next request.
        if (opts.budget) opts.budget.spent += cost ?? 0;
        return new Completed(completion, attempt, cost, false, replicaErrors);
      } catch (err) {
        ticket?.release();
        if (gate && ticket && overloaded(err)) gate.overload(ticket);
        if (err instanceof ProviderError && err.replica !== undefined && err.kind !== 'aborted') {
          replicaErrors ??= {};
          replicaErrors[err.replica] = (replicaErrors[err.replica] ?? 0) + 1;
        }
        if (err instanceof ProviderAbortError || hard.signal.aborted) return null;
        const decision = decideRetry(err, attempt, opts.retry, Math.random, provider.spec.timeout_s * 1000);
        if (decision.action === 'stop_model') {
          if (!stopped.has(modelId)) {
            const why = redact(decision.reason ?? (err as Error).message);
            stopped.set(modelId, why);
            opts.hooks?.onModelStopped?.(modelId, why);
          }
          return null;
        }
        if (decision.action === 'fail_item') return new Failed(err as Error, attempt, replicaErrors);
        try {
          await sleep(decision.waitMs, opts.signal.aborted ? hard.signal : anySignal(opts.signal, hard.signal));
        } catch {
          return null;
        }
      }
    }
  }
}


function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  return AbortSignal.any([a, b]);
}
