import { describe, expect, it } from 'vitest';
import { holm } from '../../src/stats/holm.js';
import { percentile, percentiles } from '../../src/stats/percentile.js';

describe('Holm correction', () => {
  it('matches R p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "holm") = 0.05 0.08 0.09 0.09 0.09', () => {
    const out = holm([0.03, 0.01, 0.05, 0.02, 0.04]);
    const want = [0.09, 0.05, 0.09, 0.08, 0.09];
    out.forEach((p, i) => expect(p).toBeCloseTo(want[i]!, 12));
  });
  it('caps at 1 and keeps nulls out of the count', () => {
    expect(holm([0.6, null, 0.3])).toEqual([0.6, null, 0.6]);
    expect(holm([0.9, 0.8])).toEqual([1, 1]);
    expect(holm([])).toEqual([]);
  });
});

describe('percentiles (Hyndman-Fan type 7, R quantile default)', () => {
  // By hand: x = 1 2 2 2 3 10 (n=6): h = 5p. p50 → h=2.5 → 2 + .5·(2−2) = 2;
  // p95 → h=4.75 → 3 + .75·7 = 8.25; p99 → h=4.95 → 3 + .95·7 = 9.65.
  // R: quantile(c(1,2,2,2,3,10), c(.5,.95,.99)) → 2.00 8.25 9.65
  it('interpolates between order statistics with ties', () => {
    const [p50, p95, p99] = percentiles([10, 2, 3, 2, 1, 2], [0.5, 0.95, 0.99]);
    expect(p50).toBe(2);
    expect(p95).toBeCloseTo(8.25, 12);
    expect(p99).toBeCloseTo(9.65, 12);
  });
  it('handles all-equal values, one value, and quartiles of 1..4', () => {
    expect(percentile([5, 5, 5, 5], 0.95)).toBe(5);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5); // R: median(1:4) = 2.5
    expect(percentile([1, 2, 3, 4], 0.25)).toBe(1.75); // R: quantile(1:4, .25) = 1.75
  });
  it('gives no estimate for empty input and ignores null/NaN', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([null, Number.NaN], 0.5)).toBeNull();
    expect(percentile([null, 3, Number.NaN, 1], 0.5)).toBe(2);
  });
});
