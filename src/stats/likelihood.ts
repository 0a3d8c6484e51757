/**
 * @module stats/likelihood — multiple choice scored by likelihood, as lm-evaluation-harness does.
 *
 * Each option's continuation (a space and the option's text) gets the model's log-likelihood as a
 * continuation of the context. `acc`: the option of highest log-likelihood is the prediction;
 * `acc_norm`: the highest log-likelihood per character of the continuation (lm-evaluation-harness,
 * `lm_eval/api/task.py`, MultipleChoiceTask: `pred_norm = argmax(lls / len(choice))`). Ties go to
 * the first option in key order (numpy's argmax).
 *
 * Partial credit (beside the all-or-nothing figures): the probability of the gold option
 * normalized over the options, p_i = exp(ll_i) / Σ_j exp(ll_j) (a softmax over the options'
 * log-likelihoods), and the Brier score Σ_i (p_i − y_i)² with y the one-hot gold (G. W. Brier
 * (1950), "Verification of forecasts expressed in terms of probability", Mon. Weather Rev. 78:1–3;
 * 0 is perfect, 2 is the worst).
 */

export interface OptionLikelihood {
  /** The option's key (letter). */
  key: string;
  /** Sum of the continuation tokens' log-probabilities (natural log). */
  logprob: number;
  /** Characters of the continuation, for acc_norm. */
  chars: number;
}

export interface LikelihoodJudgement {
  /** argmax of the log-likelihood. */
  pred: string;
  /** argmax of the log-likelihood per character. */
  pred_norm: string;
  correct: boolean;
  correct_norm: boolean;
  /** Probability of the gold option normalized over the options. */
  gold_prob: number;
  brier: number;
}

function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** Softmax of log-likelihoods, computed stably (shifted by the largest). */
export function normalizeOptions(logprobs: readonly number[]): number[] {
  const max = Math.max(...logprobs);
  const e = logprobs.map((l) => Math.exp(l - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export function judgeLikelihood(options: readonly OptionLikelihood[], gold: string): LikelihoodJudgement {
  if (options.length < 2) throw new RangeError(`Expected at least two options, got ${options.length}`);
  const gi = options.findIndex((o) => o.key === gold);
  if (gi < 0) throw new RangeError(`gold option ${gold} is not among ${options.map((o) => o.key).join(', ')}`);
  const lls = options.map((o) => o.logprob);
  const pred = options[argmax(lls)]!.key;
  const predNorm = options[argmax(options.map((o) => o.logprob / Math.max(1, o.chars)))]!.key;
  const probs = normalizeOptions(lls);
  const brier = probs.reduce((s, p, i) => s + (p - (i === gi ? 1 : 0)) ** 2, 0);
  return { pred, pred_norm: predNorm, correct: pred === gold, correct_norm: predNorm === gold, gold_prob: probs[gi]!, brier };
}
