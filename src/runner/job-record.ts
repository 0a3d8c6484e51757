/**
 * @module runner/job-record — a finished job's outcome → its scored record: the scorer (or the
 * withheld-answer rule), the likelihood judgement, the probe's annotations. Shared by the
 * streaming path (./execute.ts) and the batch path (./batch.ts), so an answer is read the same
 * way whichever way it came.
 */
import { withheld } from '../scorers/withheld.js';
import type { Scorer, ScoreResult } from '../scorers/types.js';
import type { RunRecord } from '../store/types.js';
import { judgeCompletion } from './likelihood-job.js';
import type { Job } from './plan.js';
import { Completed, Failed, toRecord } from './record.js';

/**
 * The record of `job` (`promptHash` of its messages). Resolves null when `signal` aborted the
 * scoring (Ctrl-C killed the sandbox mid-program): no record, the resume scores it again.
 */
export async function recordJob(job: Job, promptHash: string, outcome: Completed | Failed, scorers: Map<string, Scorer>, signal: AbortSignal): Promise<RunRecord | null> {
  let score: ScoreResult | null = null;
  try {
    if (!job.likelihood) score = await scoreOf(job, outcome, scorers, signal);
  } catch (err) {
    if (signal.aborted) return null;
    throw err;
  }
  const finishedAt = new Date().toISOString();
  const lik = job.likelihood && outcome instanceof Completed ? judgeCompletion(job.likelihood, String(job.item.answer), outcome.completion) : undefined;
  const record = toRecord(job, promptHash, outcome, lik ? lik.score : score, finishedAt);
  if (job.variant !== undefined) record.variant = job.variant;
  if (lik) record.likelihood = lik.likelihood;
  if (job.annotate && record.error === null) Object.assign(record, job.annotate(record.extracted));
  return record;
}

async function scoreOf(job: Job, outcome: Completed | Failed, scorers: Map<string, Scorer>, signal: AbortSignal): Promise<ScoreResult | null> {
  if (outcome instanceof Failed) return null;
  const scorer = scorers.get(job.suite.name);
  if (!scorer) throw new Error(`no scorer for suite ${job.suite.name}`);
  const c = outcome.completion;
  return withheld(c) ?? scorer.score(job.item, c.text, { suite: job.suite, signal, finishReason: c.finishReason, stop: job.model.params.stop ?? [] });
}
