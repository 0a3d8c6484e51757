/** Cost per correct answer: the ratio estimator and its linearized interval. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { costPerCorrect, costPerCorrectInterval } from '../../src/stats/cost.js';

describe('costPerCorrectInterval', () => {
  it('matches a hand computation (Cochran 1977 §6.4 linearization)', () => {
    // costs 1,1,1,1; correct 1,0,1,0 → R = 4/2 = 2; residuals −1, 1, −1, 1 → Σd² = 4;
    // se = sqrt(4 / (4·3)) / 0.5 = 1.154700538…; 95%: 2 ± 1.959964·1.154701 = 2 ± 2.263171…
    const ci = costPerCorrectInterval([1, 0, 1, 0].map((c) => ({ cost: 1, correct: c })))!;
    expect(ci.estimate).toBe(2);
    expect(ci.low).toBe(0); // clamped
    expect(ci.high).toBeCloseTo(4.263171, 5);
  });

  it('is null when nothing is correct or there are too few items, never 0', () => {
    expect(costPerCorrectInterval([{ cost: 1, correct: 0 }, { cost: 2, correct: 0 }])).toBeNull();
    expect(costPerCorrectInterval([{ cost: 1, correct: 1 }])).toBeNull();
  });

  it('always contains the point estimate, which equals Σcost / Σcorrect', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ cost: fc.double({ min: 0, max: 10, noNaN: true }), correct: fc.integer({ min: 0, max: 3 }) }), { minLength: 2, maxLength: 50 }), (items) => {
        const ci = costPerCorrectInterval(items);
        if (ci === null) return items.every((i) => i.correct === 0);
        expect(ci.estimate).toBeCloseTo(costPerCorrect(items)!, 12);
        expect(ci.low).toBeLessThanOrEqual(ci.estimate + 1e-12);
        expect(ci.high).toBeGreaterThanOrEqual(ci.estimate - 1e-12);
        return true;
      }),
    );
  });
});
