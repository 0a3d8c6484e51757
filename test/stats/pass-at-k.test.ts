import { describe, expect, it } from 'vitest';
import { defaultKs, passAtK } from '../../src/stats/pass-at-k.js';

// Reference: exact 1 − C(n−c,k)/C(n,k) with python fractions and math.comb
// (/usr/bin/python3 test/stats/reference_values.py).
const CASES: [number, number, number, number][] = [
  [200, 0, 1, 0], [200, 200, 1, 1], [200, 200, 100, 1], [10, 3, 1, 0.3], [10, 3, 5, 0.91666666666666663],
  [10, 8, 5, 1], [200, 10, 10, 0.40854786608141713], [200, 1, 1, 0.005], [200, 37, 100, 0.99999999999988032],
  [20, 5, 10, 0.98374613003095979],
];

describe('pass@k (Chen et al. 2021, unbiased, product form)', () => {
  it.each(CASES)('n=%i c=%i k=%i → %f', (n, c, k, want) => {
    expect(passAtK(n, c, k)).toBeCloseTo(want, 12);
  });
  it('is 1 whenever k > n − c (every draw of k contains a pass)', () => {
    expect(passAtK(5, 3, 3)).toBe(1);
    expect(passAtK(200, 195, 10)).toBe(1);
  });
  it('pass@1 is c/n', () => {
    for (let c = 0; c <= 50; c++) expect(passAtK(50, c, 1)).toBeCloseTo(c / 50, 14);
  });
  it('rejects k > n and non-integers', () => {
    expect(() => passAtK(5, 1, 6)).toThrow(/1 ≤ k ≤ n/);
    expect(() => passAtK(5, 1.5, 1)).toThrow();
  });
  it('reports 1 and 10 by default when samples ≥ 10, only ks ≤ samples', () => {
    expect(defaultKs(1)).toEqual([1]);
    expect(defaultKs(10)).toEqual([1, 10]);
    expect(defaultKs(5, [1, 5, 10])).toEqual([1, 5]);
  });
});
