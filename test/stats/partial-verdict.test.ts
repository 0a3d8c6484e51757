import { describe, expect, it } from 'vitest';
import { likelihoodPartialPairs, LIKELIHOOD_PARTIAL, partialCreditSentences, type PartialFields } from '../../src/stats/partial-verdict.js';
import type { Comparison, RobustnessMethod } from '../../src/store/types.js';

function gen(diff: number, p: number): RobustnessMethod {
  const c: Comparison = { suite: 'code', model_a: 'big', model_b: 'small', n: 40, accuracy_a: 0.6, accuracy_b: 0.6 - diff, diff, ci95: [diff - 0.1, diff + 0.1],
    p_value: p, p_adjusted: p, test: 'mcnemar_exact', verdict: p < 0.05 ? 'a_better' : 'no_significant_difference' };
  return { method: 'generative', label: 'generative', models: [{ model: 'big', n: 40, correct: 24, accuracy: 0.6, ci95: null }, { model: 'small', n: 40, correct: 20, accuracy: 0.6 - diff, ci95: null }], pairs: [c], best: 'big', winner: p < 0.05 ? 'big' : null };
}
const pair = (g: RobustnessMethod, partial: PartialFields): Comparison & PartialFields => ({ ...g.pairs[0]!, ...partial });

describe('the verdict under partial credit', () => {
  it('says the lead disappears when the pass@1 win is significant and the share of tests passed is not', () => {
    const g = gen(0.2, 0.01);
    const s = partialCreditSentences(g, [pair(g, { partial_a: 0.8, partial_b: 0.78, partial_diff: 0.02, partial_p_value: 0.4 })]);
    expect(s).toEqual(["Under partial credit big's lead over small disappears: 80.0% against 78.0% of test cases passed (+2.0 points, Holm p=0.40)."]);
  });

  it('says the lead holds when both are significant, and says nothing without partial credit', () => {
    const g = gen(0.2, 0.01);
    expect(partialCreditSentences(g, [pair(g, { partial_a: 0.8, partial_b: 0.5, partial_diff: 0.3, partial_p_value: 0.001 })])[0]).toMatch(/^Under partial credit big's lead over small holds: 80\.0% against 50\.0%/);
    expect(partialCreditSentences(g, g.pairs)).toEqual([]);
  });

  it('names a partial-credit difference that all-or-nothing scoring misses', () => {
    const g = gen(0.05, 0.5);
    expect(partialCreditSentences(g, [pair(g, { partial_a: 0.5, partial_b: 0.8, partial_diff: -0.3, partial_p_value: 0.002 })])).toEqual([
      'Under partial credit small is significantly better than big (80.0% against 50.0% of test cases passed (+30.0 points, Holm p=0.002)), though big scores higher all-or-nothing.',
    ]);
  });
});

describe('the verdict under likelihood partial credit', () => {
  it('compares the probability on the gold option per pair on shared items and says whether the win holds', () => {
    const g = gen(0.2, 0.01);
    const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);
    const gold = new Map([
      ['big', new Map(ids.map((id) => [id, 0.9]))],
      ['small', new Map(ids.map((id) => [id, 0.4]))],
    ]);
    const pairs = likelihoodPartialPairs('code', ['big', 'small'], gold, 1);
    expect(pairs[0]).toMatchObject({ model_a: 'big', model_b: 'small', n: 20 });
    expect(pairs[0]!.partial_a).toBeCloseTo(0.9, 12);
    expect(pairs[0]!.partial_b).toBeCloseTo(0.4, 12);
    expect(pairs[0]!.partial_diff).toBeCloseTo(0.5, 12);
    const s = partialCreditSentences(g, pairs, LIKELIHOOD_PARTIAL);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatch(/^Under likelihood partial credit big's lead over small holds: 90\.0% against 40\.0% probability on the gold option \(\+50\.0 points, Holm p[<=]/);
  });
});
