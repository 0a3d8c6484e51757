import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clopperPearson, wilson } from '../../src/stats/proportion.js';

// Reference values: exact enumeration with python's Decimal (60 digits), independent of the
// TypeScript code (direct binomial sums, not the incomplete beta). Command:
//   /usr/bin/python3 test/stats/reference_values.py
// Published cross-checks: R binom.test(5, 10) → 0.1870860 0.8129140; Fagerland, Lydersen & Laake
// (2017) contingencytables, ClopperPearson_exact_CI_1x2(13, 16) → 0.5435 to 0.9595.
const CP: [number, number, number, number][] = [
  [0, 1, 0, 0.975], [1, 1, 0.025, 1],
  [0, 60, 0, 0.059629492286], [30, 60, 0.368062031942, 0.631937968058], [60, 60, 0.940370507714, 1],
  [13, 16, 0.543543453768, 0.959526266094], [5, 10, 0.187086028447, 0.812913971553],
  [0, 1000, 0, 0.003682083897], [500, 1000, 0.468549172972, 0.531450827028], [1000, 1000, 0.996317916103, 1],
];
const W: [number, number, number, number][] = [
  [0, 1, 0, 0.793450685623], [1, 1, 0.206549314377, 1],
  [0, 60, 0, 0.060171852142], [30, 60, 0.377350242416, 0.622649757584], [60, 60, 0.939828147858, 1],
  [0, 1000, 0, 0.003826758486], [500, 1000, 0.469069600368, 0.530930399632], [1000, 1000, 0.996173241514, 1],
  [81, 263, 0.255288519878, 0.366209576983],
];

describe('Clopper-Pearson interval', () => {
  it.each(CP)('x=%i n=%i matches the exact enumeration', (x, n, lo, hi) => {
    const ci = clopperPearson(x, n)!;
    expect(ci.estimate).toBe(x / n);
    expect(ci.low).toBeCloseTo(lo, 9);
    expect(ci.high).toBeCloseTo(hi, 9);
  });
  it('gives no estimate (null) for n = 0, never 0', () => {
    expect(clopperPearson(0, 0)).toBeNull();
  });
});

describe('Wilson interval', () => {
  it.each(W)('x=%i n=%i matches the closed form in Decimal', (x, n, lo, hi) => {
    const ci = wilson(x, n)!;
    expect(ci.low).toBeCloseTo(lo, 10);
    expect(ci.high).toBeCloseTo(hi, 10);
  });
  it('gives no estimate (null) for n = 0', () => {
    expect(wilson(0, 0)).toBeNull();
  });
  it('rejects counts outside 0 ≤ x ≤ n', () => {
    expect(() => wilson(3, 2)).toThrow(/0 ≤ x ≤ n/);
  });
  it('always contains its estimate, and Clopper-Pearson contains Wilson at the extremes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const x = Math.round(f * n);
        const w = wilson(x, n)!;
        const c = clopperPearson(x, n)!;
        return w.low <= w.estimate && w.estimate <= w.high && c.low <= c.estimate && c.estimate <= c.high &&
          c.low >= 0 && c.high <= 1 && w.low >= 0 && w.high <= 1;
      }),
      { numRuns: 300 },
    );
  });
});
