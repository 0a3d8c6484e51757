/** Agreement statistics (src/stats/kappa.ts) against values computed by hand and a published worked example. */
import { describe, expect, it } from 'vitest';
import { cohenKappa, fleissKappa, fleissKappaCounts, kappaWithInterval } from '../../src/stats/kappa.js';

const repeat = <T>(x: T, n: number): T[] => Array<T>(n).fill(x);

describe("Cohen's kappa", () => {
  it('matches the hand computation on a 2×2 table: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → p_o 0.7, p_e 0.5, κ 0.4', () => {
    const a = [...repeat('yes', 25), ...repeat('no', 25)];
    const b = [...repeat('yes', 20), ...repeat('no', 5), ...repeat('yes', 10), ...repeat('no', 15)];
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 12);
  });

  it('is 1 for identical ratings, undefined (null) when both raters use one category only, and null for no units', () => {
    expect(cohenKappa(['x', 'y', 'x'], ['x', 'y', 'x'])).toBe(1);
    expect(cohenKappa(['x', 'x'], ['x', 'x'])).toBeNull();
    expect(cohenKappa([], [])).toBeNull();
  });

  it('handles three categories by hand: p_o 6/9, p_e (3·3 + 3·2 + 3·4)/81', () => {
    const a = ['c', 'c', 'c', 'p', 'p', 'p', 'i', 'i', 'i'];
    const b = ['c', 'c', 'p', 'p', 'p', 'i', 'i', 'i', 'c'];
    const pe = (3 * 3 + 3 * 3 + 3 * 3) / 81;
    expect(cohenKappa(a, b)).toBeCloseTo((6 / 9 - pe) / (1 - pe), 12);
  });
});

describe("Fleiss' kappa", () => {
  it('reproduces the published worked example (10 subjects, 14 raters, 5 categories): P̄ 0.378, P̄e 0.213, κ 0.210', () => {
    // The example table of Fleiss' kappa in Wikipedia's article (rows: subjects; columns: raters per category).
    const table = [
      [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ];
    expect(fleissKappaCounts(table)).toBeCloseTo(0.2099, 4);
  });

  it('from ratings equals the count form, and with two raters is close to (not equal to) Cohen’s: pooled vs separate margins', () => {
    const units = [['a', 'a', 'b'], ['b', 'b', 'b'], ['a', 'b', 'a'], ['a', 'a', 'a']];
    expect(fleissKappa(units)).toBeCloseTo(fleissKappaCounts([[2, 1], [0, 3], [2, 1], [3, 0]])!, 12);
    const two = [['a', 'a'], ['a', 'b'], ['b', 'b'], ['b', 'b']];
    const pooled = fleissKappa(two)!;
    // Scott's π by hand: p_o 3/4, pooled shares a 3/8, b 5/8 → p_e 34/64.
    expect(pooled).toBeCloseTo((3 / 4 - 34 / 64) / (1 - 34 / 64), 12);
  });
});

describe('the item-bootstrap interval', () => {
  it('is seeded (same judgments, same interval), brackets the estimate, and needs two items', () => {
    const byItem = new Map<string, string[][]>();
    for (let i = 0; i < 12; i++) byItem.set(`q${i}`, [[i % 3 ? 'c' : 'i', i % 4 ? 'c' : 'i'], ['c', i % 5 ? 'c' : 'i']]);
    const a = kappaWithInterval(byItem, 7)!;
    const b = kappaWithInterval(byItem, 7)!;
    expect(a).toEqual(b);
    expect(a.statistic).toBe('cohen_kappa');
    expect(a.n).toBe(24);
    expect(a.ci95![0]).toBeLessThanOrEqual(a.kappa!);
    expect(a.ci95![1]).toBeGreaterThanOrEqual(a.kappa!);
    expect(kappaWithInterval(new Map([['q', [['c', 'i'], ['i', 'c'], ['c', 'c']]]]), 7)!.ci95).toBeNull();
    expect(kappaWithInterval(new Map([['q', [['c', 'i', 'c']]], ['r', [['i', 'i', 'c']]]]), 7)!.statistic).toBe('fleiss_kappa');
  });
});
