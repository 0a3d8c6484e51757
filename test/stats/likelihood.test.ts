import { describe, expect, it } from 'vitest';
import { judgeLikelihood, normalizeOptions } from '../../src/stats/likelihood.js';

describe('likelihood scoring of multiple choice', () => {
  it('predicts the option of highest log-likelihood (acc) and of highest per character (acc_norm)', () => {
    // " Paris" (6 chars, −3.0 → −0.5/char) vs " the city of Lyon" (17 chars, −5.1 → −0.3/char).
    const j = judgeLikelihood([{ key: 'A', logprob: -3.0, chars: 6 }, { key: 'B', logprob: -5.1, chars: 17 }], 'B');
    expect(j.pred).toBe('A');
    expect(j.pred_norm).toBe('B');
    expect(j.correct).toBe(false);
    expect(j.correct_norm).toBe(true);
  });

  it('gives the gold option its probability normalized over the options, and the Brier score', () => {
    const lls = [Math.log(0.2), Math.log(0.1), Math.log(0.1)]; // normalized: 0.5, 0.25, 0.25
    const j = judgeLikelihood(lls.map((logprob, i) => ({ key: 'ABC'[i]!, logprob, chars: 4 })), 'A');
    expect(j.gold_prob).toBeCloseTo(0.5, 12);
    expect(j.brier).toBeCloseTo(0.5 ** 2 + 0.25 ** 2 + 0.25 ** 2, 12);
  });

  it('breaks ties towards the first option, as numpy argmax does', () => {
    const j = judgeLikelihood([{ key: 'A', logprob: -1, chars: 2 }, { key: 'B', logprob: -1, chars: 2 }], 'B');
    expect(j.pred).toBe('A');
    expect(j.pred_norm).toBe('A');
  });

  it('normalizes very negative log-likelihoods without underflow', () => {
    const p = normalizeOptions([-1000, -1000 - Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.75, 12);
    expect(p[1]).toBeCloseTo(0.25, 12);
  });
});
