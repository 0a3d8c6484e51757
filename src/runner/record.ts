/**
 * @module runner/record — one finished job → its line of records.jsonl. Pure: the outcome of
 * the request (or the failure), the scorer's verdict and the time are passed in.
 *
 * Records are built as one object literal each, never `{ ...base, … }`: V8 spreads into a
 * literal of this size ~25× slower (≈13 µs a record), which dominated a warm-cache rerun.
 */
import { ProviderError } from '../providers/errors.js';
import { redact } from '../secrets.js';
import type { Completion } from '../providers/types.js';
import { AWAITING_JUDGE } from '../scorers/judge/index.js';
import type { ScoreResult } from '../scorers/types.js';
import type { RunRecord } from '../store/types.js';
import type { Item } from '../suites/types.js';
import type { Job } from './plan.js';

/** [replicas] Failed attempts per replica for one job; null when the model has no replicas or none failed. */
export type ReplicaErrors = Record<string, number> | null;

/** A request that produced a completion (from the endpoint or the cache). */
export class Completed {
  constructor(readonly completion: Completion, readonly attempts: number, readonly cost: number | null, readonly cached: boolean, readonly replicaErrors: ReplicaErrors = null) {}
}

/** A request that failed after its retries: an error record, never a wrong answer. */
export class Failed {
  constructor(readonly error: ProviderError | Error, readonly attempts: number, readonly replicaErrors: ReplicaErrors = null, readonly batch = false) {}
}

/**
 * The record of a job. `score` is the scorer's verdict on a Completed outcome (ignored for a
 * Failed one); `finishedAt` an ISO timestamp.
 */
export function toRecord(job: Job, prompt_hash: string, outcome: Completed | Failed, score: ScoreResult | null, finished_at: string): RunRecord {
  const gold = goldOf(job.item);
  if (outcome instanceof Failed || score === null) {
    const err = outcome instanceof Failed ? outcome.error : new Error('no score for a completed job');
    const failed: RunRecord = {
      suite: job.suite.name, item_id: job.item.id, model: job.model.id, sample: job.sample, prompt_hash,
      output: null, extracted: null, extracted_by: null, gold, score: null, correct: null, reason: null,
      error: redact(err.message), error_kind: err instanceof ProviderError ? err.kind : 'internal',
      ttft_ms: null, latency_ms: null, decode_ms: null, exec_ms: null, input_tokens: null, output_tokens: null, reasoning_tokens: null, cost_usd: null,
      cached: false, attempts: outcome.attempts, finish_reason: null, finished_at,
    };
    if (outcome instanceof Failed && outcome.batch) failed.batch = true;
    return withReplica(failed, err instanceof ProviderError ? err.replica : undefined, outcome.replicaErrors);
  }
  const c = outcome.completion;
  const record: RunRecord = {
    suite: job.suite.name,
    item_id: job.item.id,
    model: job.model.id,
    sample: job.sample,
    prompt_hash,
    output: c.text,
    extracted: score.extracted,
    extracted_by: score.extractedBy ?? null,
    gold,
    // A reply awaiting its judge (scorer: judge) is unscored until the judging phase grades it.
    score: score.reason === AWAITING_JUDGE ? null : score.score,
    correct: score.reason === AWAITING_JUDGE ? null : score.correct,
    reason: score.correct ? null : unansweredReason(score.reason, score.extracted, c),
    error: null,
    error_kind: null,
    ttft_ms: c.batch ? null : round(c.ttftMs),
    latency_ms: c.batch ? null : round(c.latencyMs),
    decode_ms: c.decodeMs === undefined || c.batch ? null : round(c.decodeMs),
    exec_ms: score.execMs === undefined ? null : round(score.execMs),
    input_tokens: c.inputTokens,
    output_tokens: c.outputTokens,
    reasoning_tokens: c.reasoningTokens ?? null,
    cost_usd: outcome.cost,
    cached: outcome.cached,
    attempts: outcome.attempts,
    finish_reason: c.finishReason,
    finished_at,
  };
  if (score.testsPassed !== undefined) addTestCases(record, score.testsPassed, score.testsTotal ?? null);
  else if (score.partial !== undefined) record.partial = score.partial;
  if (c.batch) record.batch = true;
  return withReplica(record, c.replica, outcome.replicaErrors);
}

/** Code suites: test cases passed / counted, and their share (partial credit; see store/types). */
function addTestCases(record: RunRecord, passed: number, total: number | null): void {
  record.tests_passed = passed;
  record.tests_total = total;
  record.partial = total !== null && total > 0 ? passed / total : record.correct ? 1 : 0;
}

/**
 * A reply cut by its token budget before it said anything the scorer could read (typically a
 * reasoning model whose budget went to reasoning, leaving the visible text empty) is
 * `truncated`, not a wrong or absent answer.
 */
function unansweredReason(reason: string | null, extracted: string | null, c: Completion): string | null {
  return c.finishReason === 'length' && extracted === null && reason !== 'failed_tests' ? 'truncated' : reason;
}

/** [replicas] Names the replica on the record, and the failed attempts per replica, when there are any. */
function withReplica(record: RunRecord, replica: string | undefined, errors: ReplicaErrors): RunRecord {
  if (replica !== undefined) record.replica = replica;
  if (errors) record.replica_errors = errors;
  return record;
}

/** The gold answer: `answer` (choice, label, exact) or `reference` (free text). */
function goldOf(item: Item): string | null {
  return typeof item.answer === 'string' ? item.answer : typeof item.reference === 'string' ? item.reference : null;
}

function round(v: number | null): number | null {
  return v === null ? null : Math.round(v * 100) / 100;
}
