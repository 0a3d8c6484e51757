/**
 * @module runner/batch — `bench run --batch`: each model's pending jobs go to its provider's
 * batch API as one batch instead of one request each, at the batch price.
 *
 * Per model: batches a previous process submitted and did not collect (`batches.json`) are
 * polled first — never submitted again — and their results recorded; then the jobs still
 * missing are served from the response cache where it can, and the rest submitted in new
 * batches within the provider's request and byte limits (./batch-split.ts; a request too large
 * for any batch is its item's error record), each batch's id and custom_id → job mapping saved
 * atomically before its first poll.
 * Polling waits `pollMs`, growing ×1.5 while nothing changes (back to `pollMs` when the counts
 * move). Results become ordinary records through the same scoring as the streaming path
 * (./job-record.ts), with no latency (`batch: true`) and the batch price (./cost.ts). An
 * errored, expired or cancelled request — or every request of a batch that failed — is an
 * error record: never scored, never cached, requested again (in a new batch) by `--resume`.
 * A job is recorded once: results for jobs already recorded are skipped.
 *
 * Aborting `signal` (Ctrl-C) stops the polling at once: the batch stays saved, the run is
 * incomplete and `--resume` polls it again. A submission under way is given `graceMs` to
 * finish, so a batch the provider accepted is always saved.
 */
import { setMaxListeners } from 'node:events';
import { BadRequestError, ProviderAbortError, ProviderError, BatchItemError } from '../providers/errors.js';
import type { BatchApi, BatchPoll, BatchRequest } from '../providers/batch/types.js';
import type { Completion, Provider } from '../providers/types.js';
import { cacheKey } from '../store/cache.js';
import { jobKey } from '../store/records.js';
import { BatchStateFile, pendingBatches, type BatchEntry } from '../store/batches.js';
import { redact } from '../secrets.js';
import { renderMessages } from '../suites/template.js';
import { batchCost } from './cost.js';
import { formatBytes, splitBatches } from './batch-split.js';
import { promptHash, type ExecuteHooks, type ExecuteOptions, type ExecuteResult, type ModelStats } from './execute.js';
import { recordJob } from './job-record.js';
import type { Job } from './plan.js';
import { Completed, Failed } from './record.js';
import { decideRetry, sleep } from './retry.js';

/** How a batch stands, for progress lines. */
export interface BatchProgress {
  model: string;
  id: string;
  /** The provider's word: validating, in_progress, finalizing, completed, ended, expired… */
  status: string;
  done: number;
  failed: number;
  total: number;
  /** The batch was submitted by this process (false: a saved batch being polled again). */
  submitted: boolean;
}

export interface BatchHooks extends ExecuteHooks {
  onBatch?(progress: BatchProgress): void;
  onWarning?(message: string): void;
}

/** What the streaming path takes too (ExecuteOptions), plus the batch state file and the poll wait. */
export interface BatchOptions extends Pick<ExecuteOptions, 'jobsByModel' | 'providers' | 'scorers' | 'cache' | 'write' | 'signal' | 'retry' | 'graceMs'> {
  state: BatchStateFile;
  /** First wait between polls, ms. */
  pollMs: number;
  hooks?: BatchHooks;
}

/** The longest wait between two polls once the backoff has grown, ms (or `pollMs` when that is longer). */
const MAX_POLL_MS = 300_000;

/** A job's place in a batch, and the text its cache key and prompt hash are made of. */
interface Pending {
  job: Job;
  json: string;
}

export async function executeBatches(opts: BatchOptions): Promise<ExecuteResult> {
  const stopped = new Map<string, string>();
  const perModel = new Map<string, ModelStats>();
  // A submission in flight when the run is stopped gets graceMs to finish (its batch is then saved).
  const hard = new AbortController();
  setMaxListeners(0, hard.signal, opts.signal);
  const onAbort = (): void => void setTimeout(() => hard.abort(new ProviderAbortError('interrupted')), opts.graceMs).unref();
  opts.signal.addEventListener('abort', onAbort, { once: true });
  try {
    await Promise.all([...opts.jobsByModel].map(([modelId, jobs]) => runModel(modelId, jobs)));
  } finally {
    opts.signal.removeEventListener('abort', onAbort);
  }
  return { stopped, perModel, aborted: opts.signal.aborted, limits: new Map() };

  async function runModel(modelId: string, jobs: Iterable<Job>): Promise<void> {
    const provider = opts.providers.get(modelId);
    if (!provider?.batch) throw new Error(`no batch API for ${modelId}`);
    const api = provider.batch;
    const stats: ModelStats = { sent: 0, ok: 0, errors: 0, cached: 0, failedInRow: 0 };
    perModel.set(modelId, stats);
    const missing = new Map(Array.from(jobs, (job) => [keyOf(job), job]));
    const stop = (why: string): void => {
      if (stopped.has(modelId)) return;
      stopped.set(modelId, why);
      opts.hooks?.onModelStopped?.(modelId, why);
    };

    // 1. Batches submitted before (a resumed run): poll them, never submit their jobs again.
    for (const entry of pendingBatches(opts.state.state, modelId)) {
      if (opts.signal.aborted || stopped.has(modelId)) return;
      if (entry.status === 'submitting' && !(await settle(entry))) continue;
      await follow(entry, false);
    }
    if (opts.signal.aborted || stopped.has(modelId)) return;

    // 2. What is still missing: the cache first, then one new batch.
    const toSend: Pending[] = [];
    for (const job of missing.values()) {
      const json = JSON.stringify(renderMessages(job.suite, job.item));
      const hit = opts.cache?.get(cacheKey(provider.spec, json, job.sample, job.variant));
      if (hit) {
        stats.cached++;
        await finish(job, json, new Completed(hit, 0, hit.costUsd, true));
      } else toSend.push({ job, json });
    }
    if (toSend.length === 0 || opts.signal.aborted) return;
    // Batches within the provider's limits (requests and bytes), each saved as soon as it is created, then followed together.
    // Requests are encoded once to be sized and again per batch at submission, so one batch's text at most is held.
    const width = String(toSend.length - 1).length;
    const request = (i: number): BatchRequest => {
      const x = toSend[i]!;
      return { customId: `r${String(i).padStart(width, '0')}`, request: { messages: JSON.parse(x.json), params: provider.spec.params, sample: x.job.sample } };
    };
    const sizes = toSend.map((_, i) => Buffer.byteLength(api.encode(request(i))));
    const split = splitBatches(sizes, { maxRequests: api.maxRequests, maxBytes: api.maxBytes, ...api.overhead });
    for (const i of split.oversized) {
      const why = `${modelId}: request not sent: it takes ${formatBytes(sizes[i]!)} in a batch, over ${provider.spec.provider}'s limit of ${formatBytes(api.maxBytes)} per batch (shorten the prompt, or run this item without --batch)`;
      await finish(toSend[i]!.job, toSend[i]!.json, new Failed(new BadRequestError(why), 0, null, true));
    }
    const entries: BatchEntry[] = [];
    for (const group of split.groups) {
      if (opts.signal.aborted) break;
      const entry = await submit(api, group.map(request), group.map((i) => toSend[i]!.job), provider);
      if (entry === null) break;
      entries.push(entry);
    }
    await Promise.all(entries.map((entry) => follow(entry, true)));

    /** Submits the jobs (transient failures retried); the batch is saved before this returns. */
    async function submit(batchApi: BatchApi, requests: BatchRequest[], batchJobs: Job[], p: Provider): Promise<BatchEntry | null> {
      // Saved before the provider is asked: a kill mid-submission leaves `submitting`, which a resume resolves (./batch.ts `settle`).
      const entry: BatchEntry = {
        model: modelId, provider: p.spec.provider, id: '', handles: {},
        submitted_at: new Date().toISOString(), status: 'submitting', collected_at: null,
        requests: Object.fromEntries(requests.map((r, i) => [r.customId, refOf(batchJobs[i]!)])),
      };
      await opts.state.add(entry);
      const encoded = requests.map((r) => batchApi.encode(r));
      const created = await withRetries(async () => {
        // A retry after an upload: the batch may exist already (a create that timed out after the provider accepted it).
        const found = Object.keys(entry.handles).length && batchApi.find ? await batchApi.find(entry.handles, hard.signal) : null;
        if (found) return { id: found, handles: {} };
        return batchApi.submit(encoded, hard.signal, (h) => opts.state.setHandles(entry, h));
      }, hard.signal);
      if (created === null) {
        // Refused: never created, its jobs stay missing. Cut short by the stop: unknown, left for the resume to settle.
        if (!hard.signal.aborted) await opts.state.abandon(entry);
        return null;
      }
      await opts.state.submitted(entry, created.id, created.handles);
      return entry;
    }

    /**
     * A batch a killed process was submitting (`submitting`, no id): found again by what it had
     * uploaded, it is followed; not found — or the API cannot look (Anthropic) — its jobs go in a
     * new batch (said in a warning when the provider might have accepted it).
     */
    async function settle(entry: BatchEntry): Promise<boolean> {
      const found = Object.keys(entry.handles).length && api.find ? await withRetries(() => api.find!(entry.handles, opts.signal), opts.signal) : null;
      if (opts.signal.aborted || stopped.has(modelId)) return false;
      if (found) {
        await opts.state.submitted(entry, found, {});
        return true;
      }
      if (!api.find) opts.hooks?.onWarning?.(`${modelId}: a batch submission was cut short at ${entry.submitted_at}; ${provider!.spec.provider} cannot be asked whether it was accepted, so its ${Object.keys(entry.requests).length} request(s) are submitted again (check the provider's console for a duplicate batch)`);
      await opts.state.abandon(entry);
      return false;
    }

    /** Polls a saved batch until it ends, then records its results. */
    async function follow(entry: BatchEntry, submitted: boolean): Promise<void> {
      let wait = opts.pollMs;
      let last = '';
      for (;;) {
        const poll = await withRetries(() => api.poll(entry.id, opts.signal), opts.signal);
        if (poll === null) return;
        const seen = `${poll.status} ${poll.counts.done} ${poll.counts.failed} ${poll.counts.total}`;
        if (seen !== last) {
          last = seen;
          wait = opts.pollMs;
          await opts.state.setStatus(entry.id, poll.status);
          opts.hooks?.onBatch?.({ model: modelId, id: entry.id, status: poll.status, ...poll.counts, submitted });
        } else {
          wait = Math.min(wait * 1.5, Math.max(opts.pollMs, MAX_POLL_MS));
        }
        if (poll.phase !== 'running') return collect(entry, poll);
        try {
          await sleep(wait, opts.signal);
        } catch {
          return;
        }
      }
    }

    /** Records every request of an ended (or failed) batch whose job is still missing, then marks the batch collected. */
    async function collect(entry: BatchEntry, poll: BatchPoll): Promise<void> {
      const results = poll.phase === 'failed' ? new Map<string, Completion | ProviderError>() : await withRetries(() => api.results(poll, opts.signal), opts.signal);
      if (results === null) return;
      const spec = provider!.spec;
      for (const [customId, ref] of Object.entries(entry.requests)) {
        const job = missing.get(jobKey({ ...ref, model: modelId }));
        if (job === undefined) continue; // recorded already (a collection cut short before it was marked)
        const json = JSON.stringify(renderMessages(job.suite, job.item));
        const result = results.get(customId);
        let outcome: Completed | Failed;
        if (result === undefined || result instanceof ProviderError) {
          const why = poll.reason ?? 'the batch returned no result for this request';
          outcome = new Failed(result ?? new BatchItemError(`${modelId}: batch ${entry.id} ${poll.status}: ${redact(why)}`), 1, null, true);
        } else {
          outcome = new Completed(result, 1, batchCost(spec, result), false);
          opts.cache?.put(cacheKey(spec, json, job.sample, job.variant), { ...result, costUsd: outcome.cost });
        }
        stats.sent++;
        await finish(job, json, outcome);
      }
      if (!opts.signal.aborted) await opts.state.collected(entry.id);
    }

    async function finish(job: Job, json: string, outcome: Completed | Failed): Promise<void> {
      const record = await recordJob(job, promptHash(json), outcome, opts.scorers, opts.signal);
      if (record === null) return;
      missing.delete(keyOf(job));
      if (record.error) stats.errors++;
      else stats.ok++;
      opts.write(record);
      opts.hooks?.onRecord?.(record);
    }

    /** `fn` with the runner's retry policy for transient failures; null when stopped (the model, or the run). */
    async function withRetries<T>(fn: () => Promise<T>, signal: AbortSignal): Promise<T | null> {
      for (let attempt = 1; ; attempt++) {
        if (signal.aborted) return null;
        try {
          return await fn();
        } catch (err) {
          if (err instanceof ProviderAbortError || signal.aborted) return null;
          const decision = decideRetry(err, attempt, opts.retry, Math.random, provider!.spec.timeout_s * 1000);
          if (decision.action !== 'retry') {
            if (!(err instanceof ProviderError)) throw err;
            stop(redact(`batch API: ${decision.action === 'stop_model' ? (decision.reason ?? err.message) : err.message}`));
            return null;
          }
          try {
            await sleep(decision.waitMs, signal);
          } catch {
            return null;
          }
        }
      }
    }
  }
}

function keyOf(job: Job): string {
  return jobKey({ suite: job.suite.name, item_id: job.item.id, model: job.model.id, sample: job.sample, ...(job.variant !== undefined && { variant: job.variant }) });
}

function refOf(job: Job): BatchEntry['requests'][string] {
  return { suite: job.suite.name, item_id: job.item.id, sample: job.sample, ...(job.variant !== undefined && { variant: job.variant }) };
}
