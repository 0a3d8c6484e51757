import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bootstrapCI, bootstrapMeanCI, mulberry32 } from '../../src/stats/bootstrap.js';
import { newcombePaired, pairedTable } from '../../src/stats/paired.js';

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('seeded bootstrap', () => {
  it('is reproducible with a seed and differs with another seed', () => {
    const xs = Array.from({ length: 50 }, (_, i) => (i * 37) % 11);
    const a = bootstrapCI(xs, mean, { seed: 7, reps: 500 });
    const b = bootstrapCI(xs, mean, { seed: 7, reps: 500 });
    const c = bootstrapCI(xs, mean, { seed: 8, reps: 500 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
  it('the fast mean path gives the same interval as the generic one', () => {
    const xs = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    expect(bootstrapMeanCI(xs, { seed: 3, reps: 400 })).toEqual(bootstrapCI(xs, mean, { seed: 3, reps: 400 }));
  });
  it('mulberry32 gives the same stream for the same seed, in [0, 1)', () => {
    const r1 = mulberry32(42);
    const r2 = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const v = r1();
      expect(v).toBe(r2());
      expect(v >= 0 && v < 1).toBe(true);
    }
  });
  it('a percentile interval for a mean contains the mean; empty input is no estimate', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 60 }), fc.nat(), (xs, seed) => {
        const ci = bootstrapMeanCI(xs, { seed, reps: 300 })!;
        return ci.low <= ci.estimate && ci.estimate <= ci.high;
      }),
      { numRuns: 100 },
    );
    expect(bootstrapCI([], mean)).toBeNull();
    expect(bootstrapMeanCI([])).toBeNull();
  });
  it('cluster resampling: 10 identical samples per item give the width of one sample per item', () => {
    // Items are the unit: repeating each item's outcome 10 times must not narrow the interval.
    const perItem = Array.from({ length: 60 }, (_, i) => (i % 4 === 0 ? 0 : 1));
    const one = bootstrapMeanCI(perItem, { seed: 1 })!;
    const clusters = perItem.map((v) => Array<number>(10).fill(v));
    const ten = bootstrapCI(clusters, (s) => mean(s.map(mean)), { seed: 1 })!;
    expect(ten.low).toBeCloseTo(one.low, 12);
    expect(ten.high).toBeCloseTo(one.high, 12);
  });
});

describe('Newcombe (1998) method 10 paired interval', () => {
  it('matches the published Cavo et al. 2012 example: −0.0621 (−0.1186 to −0.0046)', () => {
    // Fagerland, Lydersen & Laake (2017), ch. 8; R contingencytables
    // Newcombe_square_and_add_CI_paired_2x2(matrix(c(59, 6, 16, 80), 2, byrow = TRUE)).
    const ci = newcombePaired({ n11: 59, n10: 6, n01: 16, n00: 80 })!;
    expect(ci.estimate).toBeCloseTo(-0.0621, 4);
    expect(ci.low).toBeCloseTo(-0.1186, 4);
    expect(ci.high).toBeCloseTo(-0.0046, 4);
  });
  it('empty table → null', () => {
    expect(newcombePaired({ n11: 0, n10: 0, n01: 0, n00: 0 })).toBeNull();
  });
  it('contains its estimate, stays in [−1, 1], and swapping models negates it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 300 }), (pairs) => {
        const a = pairs.map((p) => p[0]);
        const b = pairs.map((p) => p[1]);
        const ab = newcombePaired(pairedTable(a, b))!;
        const ba = newcombePaired(pairedTable(b, a))!;
        return ab.low <= ab.estimate + 1e-12 && ab.estimate <= ab.high + 1e-12 && ab.low >= -1 && ab.high <= 1 &&
          Math.abs(ab.estimate + ba.estimate) < 1e-12 && Math.abs(ab.low + ba.high) < 1e-12 && Math.abs(ab.high + ba.low) < 1e-12;
      }),
      { numRuns: 300 },
    );
  });
});
