/**
 * @module runner/likelihood-job — a likelihood-scored job: ask the provider for each option's
 * log-likelihood, carry the answer through the cache as a completion (its text is the JSON of the
 * per-option results, finish reason `likelihood`), and judge it (stats/likelihood) into the record.
 */
import { ProviderError } from '../providers/errors.js';
import { judgeLikelihood } from '../stats/likelihood.js';
import type { Completion, Provider } from '../providers/types.js';
import type { LikelihoodPrompt } from '../suites/likelihood.js';
import type { RunRecord } from '../store/types.js';
import type { ScoreResult } from '../scorers/types.js';

/** What the cache key hashes for a likelihood job (in place of the chat messages). */
export function likelihoodKeyText(p: LikelihoodPrompt): string {
  return JSON.stringify({ likelihood: { context: p.context, continuations: p.continuations } });
}

export class LikelihoodUnsupportedError extends ProviderError {
  readonly kind = 'bad_request' as const;
}

/** One request for the options' log-likelihoods, as a completion the cache can hold. */
export async function requestLikelihood(provider: Provider, p: LikelihoodPrompt, signal: AbortSignal): Promise<Completion> {
  if (!provider.loglikelihood) throw new LikelihoodUnsupportedError(`model ${provider.spec.id}: the ${provider.spec.provider} provider gives no log-probabilities of a prompt`);
  const r = await provider.loglikelihood({ context: p.context, continuations: p.continuations }, signal);
  return { text: JSON.stringify(r.options), inputTokens: r.inputTokens, outputTokens: 0, ttftMs: null, latencyMs: r.latencyMs, finishReason: 'likelihood' };
}

/** The verdict of a likelihood job from its completion (fresh or cached), and the record's `likelihood` field. */
export function judgeCompletion(p: LikelihoodPrompt, gold: string, c: Completion): { score: ScoreResult; likelihood: NonNullable<RunRecord['likelihood']> } {
  const raw = JSON.parse(c.text) as Array<{ logprob: number; tokens: number }>;
  if (!Array.isArray(raw) || raw.length !== p.keys.length) throw new Error(`likelihood answer has ${Array.isArray(raw) ? raw.length : 'no'} options, expected ${p.keys.length}`);
  const options = p.keys.map((key, i) => ({ key, logprob: raw[i]!.logprob, chars: p.continuations[i]!.length, tokens: raw[i]!.tokens }));
  const j = judgeLikelihood(options, gold);
  return {
    score: { correct: j.correct, score: j.correct ? 1 : 0, extracted: j.pred, extractedBy: 'likelihood', reason: j.correct ? null : 'wrong' },
    likelihood: { options, pred: j.pred, pred_norm: j.pred_norm, correct_norm: j.correct_norm, gold_prob: j.gold_prob, brier: j.brier },
  };
}
