import { describe, expect, it } from 'vitest';
import { poissonBinomialUpperTail } from '../../src/stats/poisson-binomial.js';

/** The textbook O(n²) recursion over items, for checking. */
function bruteTail(x: number, ps: number[]): number {
  let dist = [1];
  for (const p of ps) {
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((d, i) => {
      next[i] = next[i]! + d * (1 - p);
      next[i + 1] = next[i + 1]! + d * p;
    });
    dist = next;
  }
  return dist.slice(Math.max(0, x)).reduce((a, b) => a + b, 0);
}

describe('poissonBinomialUpperTail', () => {
  it('equals the item-by-item recursion for a mix of 4- and 5-option items', () => {
    const ps = [...Array(23).fill(1 / 4), ...Array(17).fill(1 / 5), ...Array(3).fill(1 / 2)];
    for (const x of [0, 1, 5, 10, 15, 25, 43]) expect(poissonBinomialUpperTail(x, ps)).toBeCloseTo(bruteTail(x, ps), 13);
  });

  it('is the exact binomial tail when every item has the same number of options', () => {
    // P(X ≥ 3 | n=4, p=1/4) = 4·(1/4)³(3/4) + (1/4)⁴ = 13/256
    expect(poissonBinomialUpperTail(3, [0.25, 0.25, 0.25, 0.25])).toBeCloseTo(13 / 256, 15);
  });

  it('gives 1 at or below zero, 0 above n, and stays finite and tiny far in the tail of 20,000 items', () => {
    const ps = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 0.25 : 0.2));
    expect(poissonBinomialUpperTail(0, ps)).toBe(1);
    expect(poissonBinomialUpperTail(20_001, ps)).toBe(0);
    const far = poissonBinomialUpperTail(6_000, ps);
    expect(far).toBeGreaterThanOrEqual(0);
    expect(far).toBeLessThan(1e-100);
    const mid = poissonBinomialUpperTail(4_500, ps); // the mean: about one half
    expect(mid).toBeGreaterThan(0.45);
    expect(mid).toBeLessThan(0.55);
  });
});
