/**
 * Coverage of bench's 95% intervals where a rate sits at or near its boundary: n = 5..200 items,
 * true rates 0.5..1. Accuracy's interval is checked exactly (binomial enumeration); balanced
 * accuracy, macro-F1 and the mean pass rate over several samples by a seeded simulation of their
 * boundary-safe floor — the reported interval is the hull of that floor and a bootstrap, so its
 * coverage is at least the floor's (checked below too).
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/stats/bootstrap.js';
import { classEffectiveN, rateFloor } from '../../src/stats/floor.js';
import { balancedAccuracy, labelMetricCI, macroF1 } from '../../src/stats/metrics.js';
import { wilson, wilsonCC } from '../../src/stats/proportion.js';
import { buildSummary } from '../../src/stats/summary.js';
import { model, record, suite } from './fixtures.js';

const NS = [5, 10, 20, 50, 100, 200];
const RATES = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1];
const REPLICATIONS = 400;

function logBinom(n: number, x: number): number {
  let s = 0;
  for (let i = 1; i <= x; i++) s += Math.log((n - x + i) / i);
  return s;
}

/** Exact coverage of an interval method for a proportion: Σ P(X = x) over the x whose interval holds p. */
function exactCoverage(ci: (x: number, n: number) => { low: number; high: number }, n: number, p: number): number {
  let cover = 0;
  for (let x = 0; x <= n; x++) {
    const { low, high } = ci(x, n);
    if (low <= p && p <= high) cover += p === 1 ? (x === n ? 1 : 0) : Math.exp(logBinom(n, x) + x * Math.log(p) + (n - x) * Math.log(1 - p));
  }
  return cover;
}

describe('interval coverage at the boundary (nominal 95%)', () => {
  it('accuracy: the continuity-corrected Wilson interval covers ≥ 93% for every n = 5..200 and rate 0.5..1 (plain Wilson falls to 84%)', () => {
    let worst = { cover: 1, n: 0, p: 0 };
    let worstPlain = 1;
    for (let n = 5; n <= 200; n++) {
      for (let p = 0.5; p <= 1.0000001; p += 0.025) {
        const cover = exactCoverage((x, m) => wilsonCC(x, m)!, n, Math.min(p, 1));
        if (cover < worst.cover) worst = { cover, n, p };
        worstPlain = Math.min(worstPlain, exactCoverage((x, m) => wilson(x, m)!, n, Math.min(p, 1)));
      }
    }
    expect(worst.cover, `n=${worst.n} p=${worst.p}`).toBeGreaterThanOrEqual(0.93);
    expect(worstPlain).toBeLessThan(0.9); // why the correction: plain Wilson misses near the boundary
  });

  for (const classes of [2, 3]) {
    it(`balanced accuracy and macro-F1 with ${classes} classes: the floor covers ≥ 93% in ${REPLICATIONS} seeded simulations per (n, rate)`, () => {
      const rand = mulberry32(classes * 7919);
      const labels = Array.from({ length: classes }, (_, k) => `L${k}`);
      const failures: string[] = [];
      for (const n of NS) {
        const gold = Array.from({ length: n }, (_, i) => labels[i % classes]!);
        const nEff = classEffectiveN(gold);
        for (const p of RATES) {
          // Each item is right with probability p, otherwise a uniformly chosen wrong label. The true
          // values are the metrics of the expected confusion counts: balanced accuracy is p; macro-F1
          // is p for balanced classes and close to it otherwise.
          const support = labels.map((l) => gold.filter((g) => g === l).length);
          const trueF1 = labels.reduce((sum, _l, k) => {
            const tp = p * support[k]!;
            const fn = (1 - p) * support[k]!;
            const fp = support.reduce((s, nj, j) => (j === k ? s : s + ((1 - p) * nj) / (classes - 1)), 0);
            return sum + (2 * tp) / (2 * tp + fp + fn);
          }, 0) / classes;
          let coveredBa = 0;
          let coveredF1 = 0;
          for (let r = 0; r < REPLICATIONS; r++) {
            const pred = gold.map((g) => {
              if (rand() < p) return g;
              const others = labels.filter((l) => l !== g);
              return others[Math.floor(rand() * others.length)]!;
            });
            const ba = rateFloor(balancedAccuracy(gold, pred)!, nEff);
            const f1 = rateFloor(macroF1(gold, pred, labels)!, nEff);
            if (ba.low <= p && p <= ba.high) coveredBa++;
            if (f1.low <= trueF1 + 1e-12 && trueF1 - 1e-12 <= f1.high) coveredF1++;
          }
          if (coveredBa / REPLICATIONS < 0.93) failures.push(`balanced accuracy n=${n} p=${p}: ${coveredBa / REPLICATIONS}`);
          if (coveredF1 / REPLICATIONS < 0.93) failures.push(`macro-F1 n=${n} p=${p}: ${coveredF1 / REPLICATIONS}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it(`the mean pass rate over 5 samples per item: the floor covers ≥ 93% in ${REPLICATIONS} seeded simulations per (n, rate)`, () => {
    const rand = mulberry32(4242);
    const failures: string[] = [];
    for (const n of NS) {
      for (const p of RATES) {
        let covered = 0;
        for (let r = 0; r < REPLICATIONS; r++) {
          let total = 0;
          for (let i = 0; i < n; i++) for (let s = 0; s < 5; s++) if (rand() < p) total++;
          const f = rateFloor(total / (5 * n), n);
          if (f.low <= p && p <= f.high) covered++;
        }
        if (covered / REPLICATIONS < 0.93) failures.push(`n=${n} p=${p}: ${covered / REPLICATIONS}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('no interval collapses to a point the data cannot support', () => {
  it('a 5-item suite at 100% balanced accuracy shows a real interval, not 100.0–100.0%', () => {
    const records = ['yes', 'no', 'yes', 'no', 'yes'].map((g, i) => record({ suite: 'lb', item_id: `i${i}`, model: 'm', gold: g, extracted: g, output: g }));
    const s = buildSummary({ run_id: 'r', complete: true, suites: [suite('lb', { metric: 'balanced_accuracy', scorer: 'label', labels: ['yes', 'no'] })], models: [model('m', 1, 'domain')], records });
    const row = s.rows[0]!;
    expect(row.accuracy).toBe(1);
    expect(row.ci95![1]).toBe(1);
    expect(row.ci95![0]).toBeLessThan(0.6);
  });

  it('every label-metric and sampled-rate interval contains its floor and its estimate', () => {
    const rand = mulberry32(99);
    for (let t = 0; t < 40; t++) {
      const n = 5 + Math.floor(rand() * 60);
      const items = Array.from({ length: n }, (_, i) => {
        const gold = ['a', 'b', 'c'][i % 3]!;
        return { gold, pred: rand() < 0.85 ? gold : rand() < 0.5 ? null : 'a' };
      });
      for (const metric of ['balanced_accuracy', 'macro_f1'] as const) {
        const ci = labelMetricCI(items, metric, ['a', 'b', 'c'], { seed: t, reps: 200 })!;
        const floor = rateFloor(ci.estimate, classEffectiveN(items.map((x) => x.gold)));
        expect(ci.low).toBeLessThanOrEqual(Math.min(floor.low, ci.estimate));
        expect(ci.high).toBeGreaterThanOrEqual(Math.max(floor.high, ci.estimate));
      }
    }
    const sampled = Array.from({ length: 5 }, (_, i) => Array.from({ length: 4 }, (_, s) => record({ suite: 'c', item_id: `i${i}`, model: 'm', sample: s })));
    const row = buildSummary({ run_id: 'r', complete: true, suites: [suite('c', { metric: 'pass_at_k', scorer: 'code' })], models: [model('m', 1, 'domain')], records: sampled.flat() }).rows[0]!;
    expect(row.accuracy).toBe(1);
    expect(row.ci95![0]).toBeLessThan(0.6); // 5 items, 4 samples each, all passed: still only 5 items
  });

  it('accuracy on one sample per item uses the continuity-corrected Wilson interval (Newcombe 1998, Table I, method 4)', () => {
    for (const [x, n, lo, hi] of [[81, 263, 0.2535, 0.3682], [15, 148, 0.0598, 0.1644], [0, 20, 0, 0.2005], [1, 29, 0.0018, 0.1963]] as const) {
      const ci = wilsonCC(x, n)!;
      expect(ci.low).toBeCloseTo(lo, 4);
      expect(ci.high).toBeCloseTo(hi, 4);
    }
  });
});
