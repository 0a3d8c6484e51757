import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSummary } from '../../src/stats/summary.js';
import type { RunRecord } from '../../src/store/types.js';
import { model, record, suite } from './fixtures.js';

const X = model('x', 1, 'domain');
const Y = model('y', 70, 'generic');

function recordsOf(pairs: [boolean, boolean][], start = 0): RunRecord[] {
  return pairs.flatMap(([a, b], i) => [
    record({ suite: 's', item_id: `i${i + start}`, model: 'x', correct: a }),
    record({ suite: 's', item_id: `i${i + start}`, model: 'y', correct: b }),
  ]);
}
const compare = (records: RunRecord[], order = [X, Y]) =>
  buildSummary({ run_id: 'r', complete: true, suites: [suite('s')], models: order, records }).comparisons[0]!;
const pairsArb = fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 150 });

describe('pairwise comparison properties (fast-check)', () => {
  it('swapping the models negates the difference and its interval and keeps p', () => {
    fc.assert(fc.property(pairsArb, (pairs) => {
      const ab = compare(recordsOf(pairs));
      const ba = compare(recordsOf(pairs), [Y, X]);
      expect(ba.diff!).toBeCloseTo(-ab.diff!, 12);
      expect(ba.ci95![0]).toBeCloseTo(-ab.ci95![1], 12);
      expect(ba.ci95![1]).toBeCloseTo(-ab.ci95![0], 12);
      expect(ba.p_value).toBe(ab.p_value);
      expect(ab.ci95![0]).toBeLessThanOrEqual(ab.diff! + 1e-12);
      expect(ab.ci95![1]).toBeGreaterThanOrEqual(ab.diff! - 1e-12);
    }), { numRuns: 60 });
  });
  it('adding items both models answer alike leaves the McNemar p unchanged', () => {
    fc.assert(fc.property(pairsArb, fc.nat(40), fc.boolean(), (pairs, extra, right) => {
      const base = compare(recordsOf(pairs));
      const more = compare([...recordsOf(pairs), ...recordsOf(Array.from({ length: extra }, () => [right, right] as [boolean, boolean]), 10_000)]);
      expect(more.p_value).toBe(base.p_value);
      expect(more.n).toBe(base.n + extra);
    }), { numRuns: 60 });
  });
  it('every row interval contains its accuracy', () => {
    fc.assert(fc.property(pairsArb, (pairs) => {
      for (const r of buildSummary({ run_id: 'r', complete: true, suites: [suite('s')], models: [X, Y], records: recordsOf(pairs) }).rows) {
        expect(r.ci95![0]).toBeLessThanOrEqual(r.accuracy!);
        expect(r.ci95![1]).toBeGreaterThanOrEqual(r.accuracy!);
      }
    }), { numRuns: 60 });
  });
});
