import { describe, expect, it } from 'vitest';
import { mcnemarSampleSize, nonInferioritySampleSize, normCdf, normQuantile } from '../../src/stats/power.js';
import { accuracy, balancedAccuracy, labelMetricCI, macroF1 } from '../../src/stats/metrics.js';
import { costPerCorrect, costPerCorrectCI } from '../../src/stats/cost.js';
import { planSampleSize } from '../../src/stats/plan.js';

describe('normal quantile (Acklam) and CDF', () => {
  // Standard values (e.g. R qnorm): qnorm(.975) = 1.959963984540054, qnorm(.8) = 0.8416212335729143,
  // qnorm(.95) = 1.644853626951472, qnorm(.001) = −3.090232306167813.
  it.each([[0.975, 1.959963984540054], [0.8, 0.8416212335729143], [0.95, 1.644853626951472], [0.5, 0], [0.001, -3.090232306167813]])(
    'Φ⁻¹(%f) = %f', (p, z) => expect(normQuantile(p)).toBeCloseTo(z, 8),
  );
  it('Φ(1.959964) ≈ 0.975 and Φ(0) = 0.5', () => {
    expect(normCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normCdf(0)).toBeCloseTo(0.5, 7);
  });
});

describe('sample sizes', () => {
  // Connor (1987) by hand: δ = .1, ψ = .3 → (1.959964·√.3 + 0.841621·√.29)² / .01
  // = (1.073516 + 0.453227)² / .01 = 233.09 → 234.
  it('McNemar (Connor 1987): δ = 10 points, 30% discordant → 234 items', () => {
    expect(mcnemarSampleSize(0.1, 0.3)).toBe(234);
    expect(mcnemarSampleSize(0, 0.3)).toBeNull();
  });
  // (1.959964 + 0.841621)² · 0.32 / 0.02² = 7.848879 · 800 = 6279.1 → 6280.
  it('non-inferiority within 2 points at 80%/80% with independent errors → 6280 items', () => {
    expect(nonInferioritySampleSize(0.02, 0, 0.32)).toBe(6280);
    expect(nonInferioritySampleSize(0.02, 0.03, 0.32)).toBeNull();
  });
  it('plan says it in a sentence and rejects a bad margin', () => {
    const plan = planSampleSize({ marginPoints: 2, expected: 0.8 });
    expect(plan.non_inferiority_items).toBe(6280);
    expect(plan.sentence).toMatch(/within 2 points of the best .* about 6,280 items/);
    expect(plan.difference_items).toBeGreaterThan(1000);
    expect(planSampleSize({ marginPoints: 2, expected: 0.8, discordant: 0.1 }).non_inferiority_items).toBe(1963);
    expect(() => planSampleSize({ marginPoints: 0, expected: 0.8 })).toThrow(/--margin/);
  });
});

describe('label metrics', () => {
  // By hand: gold a a a b, pred a a b b → recall(a)=2/3, recall(b)=1 → balanced = 5/6;
  // F1(a) = 2·2/(4+0+1) = .8, F1(b) = 2·1/(2+1+0) = 2/3 → macro = 11/15.
  // sklearn: balanced_accuracy_score(...) = 0.8333, f1_score(..., average='macro') = 0.7333.
  const gold = ['a', 'a', 'a', 'b'];
  const pred = ['a', 'a', 'b', 'b'];
  it('balanced accuracy and macro-F1 match hand values', () => {
    expect(balancedAccuracy(gold, pred)).toBeCloseTo(5 / 6, 12);
    expect(macroF1(gold, pred)).toBeCloseTo(11 / 15, 12);
    expect(accuracy([true, false, true, true])).toBe(0.75);
  });
  it('a missing answer is a miss for its class, a label never predicted counts F1 = 0', () => {
    expect(balancedAccuracy(['a', 'b'], ['a', null])).toBe(0.5);
    expect(macroF1(['a', 'a'], ['a', 'a'], ['a', 'b'])).toBe(0.5);
  });
  it('empty input is no estimate, and the bootstrap interval contains the estimate', () => {
    expect(accuracy([])).toBeNull();
    expect(macroF1([], [])).toBeNull();
    const items = Array.from({ length: 40 }, (_, i) => ({ gold: i % 3 === 0 ? 'x' : 'y', pred: i % 5 === 0 ? 'x' : 'y' }));
    const ci = labelMetricCI(items, 'macro_f1', undefined, { seed: 1, reps: 300 })!;
    expect(ci.low).toBeLessThanOrEqual(ci.estimate);
    expect(ci.high).toBeGreaterThanOrEqual(ci.estimate);
  });
});

describe('cost per correct answer', () => {
  it('is Σcost/Σcorrect with a seeded interval; no correct answer is null', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ cost: 0.01, correct: i % 2 }));
    expect(costPerCorrect(items)).toBeCloseTo(0.02, 12);
    const ci = costPerCorrectCI(items, { seed: 5, reps: 500 })!;
    expect(ci.low).toBeLessThan(0.02);
    expect(ci.high).toBeGreaterThan(0.02);
    expect(costPerCorrectCI(items, { seed: 5, reps: 500 })).toEqual(ci);
    expect(costPerCorrect([{ cost: 1, correct: 0 }])).toBeNull();
    expect(costPerCorrect([])).toBeNull();
  });
});
