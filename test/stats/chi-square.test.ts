import { describe, expect, it } from 'vitest';
import { chiSquareGof, gammaQ } from '../../src/stats/chi-square.js';

describe('chi-square', () => {
  it('gives p = 0.05 at the textbook critical values (R: qchisq(0.95, df))', () => {
    for (const [df, x] of [[1, 3.841459], [2, 5.991465], [3, 7.814728], [10, 18.307038], [40, 55.758479]] as const) {
      expect(gammaQ(df / 2, x / 2)).toBeCloseTo(0.05, 6);
    }
  });

  it('matches the closed forms Q(1, x) = e^−x and Q(½, x) = erfc(√x)', () => {
    for (const x of [0.1, 1, 3, 12]) expect(gammaQ(1, x)).toBeCloseTo(Math.exp(-x), 12);
    expect(gammaQ(0.5, 2)).toBeCloseTo(0.04550026389635842, 10); // erfc(√2)
  });

  it('tests observed counts against expected ones: X² = Σ(o − e)²/e, df = cells − 1', () => {
    const r = chiSquareGof([10, 20, 30], [20, 20, 20]);
    expect(r.statistic).toBe(10);
    expect(r.df).toBe(2);
    expect(r.p).toBeCloseTo(Math.exp(-5), 12);
  });

  it('leaves out empty cells, and an observation where none is expected gives p = 0', () => {
    expect(chiSquareGof([5, 5, 0], [5, 5, 0])).toEqual({ statistic: 0, df: 1, p: 1 });
    expect(chiSquareGof([9, 0, 1], [5, 5, 0]).p).toBe(0);
  });

  it('has nothing to test with one cell', () => {
    expect(chiSquareGof([7], [7]).p).toBeNull();
  });
});
