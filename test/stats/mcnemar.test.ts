import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mcnemarExact, signTestExact } from '../../src/stats/mcnemar.js';

// Exact enumeration with python fractions: p = min(1, 2·Σ_{i≤min(b,c)} C(m,i)/2^m)
// (/usr/bin/python3 test/stats/reference_values.py). Published: Fagerland, Lydersen & Laake
// (2017) contingencytables, McNemar_exact_cond_test_paired_2x2 on Cavo et al. 2012
// [[59, 6], [16, 80]] → P = 0.052479.
const CASES: [number, number, number][] = [
  [6, 16, 0.0524787902832031], [5, 1, 0.21875], [0, 10, 0.001953125], [10, 10, 1],
  [3, 12, 0.03515625], [50, 80, 0.0106940551238294], [0, 0, 1],
];

describe('exact McNemar test', () => {
  it.each(CASES)('b=%i c=%i gives p=%f', (b, c, p) => {
    expect(mcnemarExact(b, c)).toBeCloseTo(p, 12);
  });
  it('handles 100 000 discordant pairs without overflow', () => {
    const p = mcnemarExact(50_000, 50_000);
    expect(p).toBe(1);
    expect(mcnemarExact(49_000, 51_000)).toBeLessThan(1e-9);
  });
  it('keeps p when the models are swapped', () => {
    fc.assert(fc.property(fc.nat(300), fc.nat(300), (b, c) => mcnemarExact(b, c) === mcnemarExact(c, b)));
  });
  it('leaves p unchanged when concordant items are added to both models', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean()), { maxLength: 80 }), fc.nat(50), fc.boolean(), (pairs, extra, right) => {
        const a = pairs.map((p) => Number(p[0]));
        const b = pairs.map((p) => Number(p[1]));
        if (a.length === 0) return true;
        const before = signTestExact(a, b);
        const pad = Array<number>(extra).fill(Number(right));
        return signTestExact([...a, ...pad], [...b, ...pad]) === before;
      }),
    );
  });
  it('the sign test on binary scores is McNemar, and empty input is no estimate', () => {
    expect(signTestExact([1, 1, 0, 1, 0], [0, 0, 1, 1, 0])).toBe(mcnemarExact(2, 1));
    expect(signTestExact([], [])).toBeNull();
  });
});
