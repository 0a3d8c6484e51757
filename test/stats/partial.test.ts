/**
 * Partial credit (issue 22): the mean share with its interval, the paired sign-flip test, and
 * the summary fields built from records' `partial`.
 */
import { describe, expect, it } from 'vitest';
import { meanShareInterval, pairedShares, signFlipP } from '../../src/stats/partial.js';
import { wilson } from '../../src/stats/proportion.js';
import { buildSummary } from '../../src/stats/summary.js';
import { model, record, suite } from './fixtures.js';

describe('meanShareInterval', () => {
  it('equals the Wilson interval when every share is 0 or 1', () => {
    const ci = meanShareInterval([1, 1, 0, 1, 0, 1, 1]);
    const w = wilson(5, 7)!;
    expect(ci!.estimate).toBeCloseTo(w.estimate, 12);
    expect(ci!.low).toBeCloseTo(w.low, 12);
    expect(ci!.high).toBeCloseTo(w.high, 12);
  });

  it('does not collapse to a point when every item scores 1', () => {
    const ci = meanShareInterval([1, 1, 1, 1, 1])!;
    expect(ci.estimate).toBe(1);
    expect(ci.high).toBe(1);
    expect(ci.low).toBeLessThan(0.6);
  });

  it('covers the true mean of bounded shares at least 95% of the time (simulation)', () => {
    let seed = 12345;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const [n, mean] of [[10, 0.75], [40, 0.9], [25, 0.5]] as const) {
      let covered = 0;
      const reps = 2000;
      for (let r = 0; r < reps; r++) {
        // shares of 4 test cases, each passing with probability `mean`
        const shares = Array.from({ length: n }, () => [0, 1, 2, 3].filter(() => rand() < mean).length / 4);
        const ci = meanShareInterval(shares)!;
        if (ci.low <= mean && mean <= ci.high) covered++;
      }
      expect(covered / reps).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('gives null for no items and rejects shares outside [0, 1]', () => {
    expect(meanShareInterval([])).toBeNull();
    expect(() => meanShareInterval([1.5])).toThrow(RangeError);
  });
});

describe('signFlipP (exact up to 16 non-zero differences)', () => {
  it.each([
    [[1, 1, 1], 2 / 8],
    [[1, 0, 1], 2 / 4],
    [[0.5, -0.5], 1],
    [[0, 0, 0], 1],
    [[0.25, 0.5, 1], 2 / 8],
    [[1, 0.5, -0.25], 4 / 8],
  ])('d = %j → p = %d', (d, p) => {
    expect(signFlipP(d)).toBeCloseTo(p, 12);
  });

  it('uses seeded random sign patterns above 16 differences: 30 equal differences give 1/(1+draws)', () => {
    expect(signFlipP(Array(30).fill(0.5), { draws: 999 })).toBeCloseTo(1 / 1000, 12);
    expect(signFlipP(Array(30).fill(0.5), { seed: 7 })).toBe(signFlipP(Array(30).fill(0.5), { seed: 7 }));
  });
});

describe('pairedShares', () => {
  it('reports means, the mean difference with an interval, and the sign-flip p', () => {
    const r = pairedShares([1, 0.75, 0.5, 0], [0.5, 0.75, 0, 0])!;
    expect(r.mean_a).toBeCloseTo(0.5625, 12);
    expect(r.mean_b).toBeCloseTo(0.3125, 12);
    expect(r.diff).toBeCloseTo(0.25, 12);
    expect(r.p_value).toBeCloseTo(0.5, 12);
    expect(r.ci95[0]).toBeLessThanOrEqual(0.25);
    expect(r.ci95[1]).toBeGreaterThanOrEqual(0.25);
    expect(r.test).toBe('paired_sign_flip');
    expect(pairedShares([], [])).toBeNull();
  });
});

describe('summary: partial credit of code suites', () => {
  it('puts partial_credit with its interval in the rows and the paired comparison in the comparisons', () => {
    const shares: Record<string, [number, number]> = { p1: [1, 0.75], p2: [0.75, 0.5], p3: [0.5, 0.25], p4: [1, 1] };
    const records = Object.entries(shares).flatMap(([id, [a, b]]) => [
      record({ suite: 'code', item_id: id, model: 'a', correct: a === 1, partial: a, tests_passed: a * 4, tests_total: 4 }),
      record({ suite: 'code', item_id: id, model: 'b', correct: b === 1, partial: b, tests_passed: b * 4, tests_total: 4 }),
    ]);
    const s = buildSummary({
      run_id: 'r', complete: true, suites: [suite('code', { scorer: 'code', metric: 'pass_at_k', isolation: 'checker' })],
      models: [model('a', 1, 'domain'), model('b', 7, 'generic')], records,
    });
    const [ra, rb] = s.rows;
    expect(ra!.partial_credit).toBeCloseTo(0.8125, 12);
    expect(rb!.partial_credit).toBeCloseTo(0.625, 12);
    const w = meanShareInterval([1, 0.75, 0.5, 1])!;
    expect(ra!.partial_credit_ci95).toEqual([w.low, w.high]);
    expect(ra!.isolation).toBe('checker');
    expect(ra!.accuracy).toBeCloseTo(0.5, 12);
    const c = s.comparisons[0]!;
    expect(c.partial_diff).toBeCloseTo(0.1875, 12);
    expect(c.partial_p_value).toBeCloseTo(signFlipP([0.25, 0.25, 0.25, 0]), 12);
    expect(c.partial_test).toBe('paired_sign_flip');
  });

  it('leaves partial credit out of rows of other suites', () => {
    const s = buildSummary({
      run_id: 'r', complete: true, suites: [suite('med')], models: [model('a', 1, 'domain')],
      records: [record({ suite: 'med', item_id: 'q1', model: 'a' })],
    });
    expect(s.rows[0]).not.toHaveProperty('partial_credit');
    expect(s.comparisons.every((c) => c.partial_diff === undefined)).toBe(true);
  });
});
