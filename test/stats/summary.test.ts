import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/stats/summary.js';
import type { RunRecord } from '../../src/store/types.js';
import { model, record, scripted, suite } from './fixtures.js';

const small = model('coder-1.5b', 1.5, 'domain');
const large = model('gpt-4o', 200, 'generic');

describe('buildSummary verdicts', () => {
  it('says two models tie, rather than that one leads, when their accuracy is the same', () => {
    const records = scripted('code', 45, [large.id, 0], [small.id, 0]);
    const v = buildSummary({ run_id: 'r', complete: true, suites: [suite('code')], models: [small, large], records }).verdicts[0]!;
    expect(v.sentence).toMatch(/^code: no winner can be declared: .* ties with .* at 0\.0%/);
    expect(v.sentence).not.toContain('leads');
  });

  it('declares no winner when the small model answers 80% and the large 81% of 60 items', () => {
    // 48 vs 49 of 60 (80% and 81.7%, the closest to 81% that 60 items allow).
    const records = scripted('medical', 60, [large.id, 49 / 60], [small.id, 48 / 60], { offset: 5, costA: 0.01, costB: 0.0005, latA: 900, latB: 300 });
    const s = buildSummary({ run_id: 'r', complete: true, suites: [suite('medical')], models: [small, large], records });
    const cmp = s.comparisons[0]!;
    expect(cmp.verdict).toBe('no_significant_difference');
    expect(cmp.test).toBe('mcnemar_exact');
    const v = s.verdicts[0]!;
    expect(v.best).toBe('gpt-4o');
    expect(v.indistinguishable).toEqual(['coder-1.5b']);
    expect(v.smallest_competitive).toBe('coder-1.5b');
    expect(v.sentence).toMatch(/^medical: no winner can be declared/);
    expect(v.sentence).toMatch(/coder-1\.5b \(1\.5B, domain\) is not significantly worse than gpt-4o \(p=[\d.]+, 95% CI of the difference −\d+\.\d to \+\d+\.\d points\) at 1\/20 of the cost per correct answer and 3\.0× lower p50 latency\./);
    expect(v.sentence).toMatch(/would take about [\d,]+ items \(this suite has 60\)/);
  });

  it('declares the winner at 90% vs 60% on 200 items', () => {
    const records = scripted('medical', 200, [small.id, 0.9], [large.id, 0.6]);
    const s = buildSummary({ run_id: 'r', complete: true, suites: [suite('medical')], models: [small, large], records });
    const cmp = s.comparisons[0]!;
    expect(cmp).toMatchObject({ model_a: 'coder-1.5b', model_b: 'gpt-4o', n: 200, accuracy_a: 0.9, accuracy_b: 0.6, verdict: 'a_better' });
    expect(cmp.diff).toBeCloseTo(0.3, 12);
    expect(cmp.p_value).toBeLessThan(1e-10);
    const v = s.verdicts[0]!;
    expect(v).toMatchObject({ best: 'coder-1.5b', indistinguishable: [], non_inferior: [], smallest_competitive: 'coder-1.5b' });
    expect(v.sentence).toMatch(/^medical: coder-1\.5b \(1\.5B, domain\) wins at 90\.0% \(95% CI 84\.8–93\.6%\) on 200 items, significantly better than every other model \(runner-up gpt-4o by 30\.0 points, p<0\.001\)\.$/);
  });

  it('calls a model non-inferior when the interval of best − model stays under the margin', () => {
    // 70.5% vs 70.0% on 2000 items, the small model wrong on 10 items the large one got right:
    // significantly worse (McNemar p = 0.002) yet within 2 points (interval ≈ 0.3 to 0.9 points).
    const records = scripted('legal', 2000, [large.id, 0.705], [small.id, 0.7]);
    const s = buildSummary({ run_id: 'r', complete: true, suites: [suite('legal')], models: [large, small], records, margin_points: 2 });
    expect(s.verdicts[0]!.non_inferior).toEqual(['coder-1.5b']);
    expect(s.verdicts[0]!.indistinguishable).toEqual([]);
    expect(s.verdicts[0]!.sentence).toMatch(/is as good as gpt-4o within the 2-point margin \(p=0\.002, 95% CI of the difference −0\.\d to −0\.\d points\)/);
  });
});

describe('buildSummary rows', () => {
  it('excludes errors from scoring, counts them by kind, and keeps cached records out of latency', () => {
    const records: RunRecord[] = [
      record({ suite: 's', item_id: '1', model: 'm', latency_ms: 100, ttft_ms: 50, decode_ms: 45, output_tokens: 10 }),
      record({ suite: 's', item_id: '2', model: 'm', correct: false, latency_ms: 300, ttft_ms: 100, decode_ms: 195, output_tokens: 40 }),
      record({ suite: 's', item_id: '3', model: 'm', correct: null, error: 'HTTP 429', error_kind: 'rate_limit', cost_usd: null, input_tokens: null, output_tokens: null }),
      record({ suite: 's', item_id: '4', model: 'm', correct: null, error: 'HTTP 500', error_kind: 'server', cost_usd: null, input_tokens: null, output_tokens: null }),
      record({ suite: 's', item_id: '5', model: 'm', cached: true, latency_ms: 99_999, ttft_ms: 99_999, attempts: 0 }),
    ];
    const s = buildSummary({ run_id: 'r', complete: false, suites: [suite('s')], models: [model('m', 7, 'generic')], records });
    const row = s.rows[0]!;
    expect(s.complete).toBe(false);
    expect(row).toMatchObject({ n: 3, correct: 2, errors: 2, errors_by_kind: { rate_limit: 1, server: 1 }, input_tokens: 150, output_tokens: 70 });
    expect(row.accuracy).toBeCloseTo(2 / 3, 12);
    expect(row.latency_ms_p50).toBe(200); // (100 + 300)/2: the cached 99 999 ms is not a measurement
    expect(row.ttft_ms_p50).toBe(75);
    expect(row.output_tokens_per_s_p50).toBeCloseTo((9 / 0.045 + 39 / 0.195) / 2, 9); // 200 and 200 tok/s
    expect(row.cost_usd).toBeCloseTo(0.003, 12);
    expect(row.cost_per_correct_usd).toBeCloseTo(0.0015, 12);
  });

  it('tokens/s is the decode rate (tokens − 1) / (last − first token) over eligible records only, null where none is eligible', () => {
    // A server decoding at 2,000 tok/s: 1- and 2-token answers arrive in one chunk (decode span 0);
    // dividing by the ≈ 0 ms between first token and end gave 33,333–225,000 tok/s.
    const short = [1, 2, 2, 1].map((tok, i) => record({ suite: 's', item_id: `s${i}`, model: 'short', output_tokens: tok, ttft_ms: 40, latency_ms: 40.03, decode_ms: 0 }));
    const rowShort = buildSummary({ run_id: 'r', complete: true, suites: [suite('s')], models: [model('short', 1, 'domain')], records: short }).rows[0]!;
    expect(rowShort.output_tokens_per_s_p50).toBeNull();
    const mixed = [
      ...short.map((r) => ({ ...r, model: 'mixed' })),
      record({ suite: 's', item_id: 'l1', model: 'mixed', output_tokens: 201, ttft_ms: 40, latency_ms: 141, decode_ms: 100 }),
      record({ suite: 's', item_id: 'l2', model: 'mixed', output_tokens: 101, ttft_ms: 40, latency_ms: 91, decode_ms: 50 }),
      record({ suite: 's', item_id: 'old', model: 'mixed', output_tokens: 50, ttft_ms: 40, latency_ms: 90 }), // a record from before decode_ms: not eligible
    ];
    const rowMixed = buildSummary({ run_id: 'r', complete: true, suites: [suite('s')], models: [model('mixed', 1, 'domain')], records: mixed }).rows[0]!;
    expect(rowMixed.output_tokens_per_s_p50).toBeCloseTo(2000, 9);
  });

  it('a resumed record replaces the errored one instead of counting twice', () => {
    const records = [
      record({ suite: 's', item_id: '1', model: 'm', correct: null, error: 'timeout', error_kind: 'timeout' }),
      record({ suite: 's', item_id: '1', model: 'm', correct: true }),
    ];
    const row = buildSummary({ run_id: 'r', complete: true, suites: [suite('s')], models: [model('m', 1, 'domain')], records }).rows[0]!;
    expect(row).toMatchObject({ n: 1, correct: 1, errors: 0 });
  });

  it('gives no estimate (null) for a model without scored records, never 0', () => {
    const s = buildSummary({ run_id: 'r', complete: true, suites: [suite('s')], models: [model('m', 1, 'domain')], records: [] });
    expect(s.rows[0]).toMatchObject({ n: 0, accuracy: null, ci95: null, cost_usd: null, cost_per_correct_usd: null, latency_ms_p50: null });
    expect(s.verdicts[0]!.best).toBeNull();
  });

  it('computes pass@1 and pass@10 for code with 10 samples and an item-clustered interval', () => {
    const records: RunRecord[] = [];
    for (let i = 0; i < 30; i++) {
      const passes = i % 3 === 0 ? 10 : i % 3 === 1 ? 3 : 0; // per-item c: 10, 3 or 0 of 10
      for (let k = 0; k < 10; k++) records.push(record({ suite: 'code', item_id: `c${i}`, model: 'm', sample: k, correct: k < passes, gold: null }));
    }
    const s = buildSummary({ run_id: 'r', complete: true, suites: [suite('code', { metric: 'pass_at_k', scorer: 'code' })], models: [model('m', 1, 'domain')], records, seed: 1 });
    const row = s.rows[0]!;
    expect(row.accuracy).toBeCloseTo((1 + 0.3 + 0) / 3, 12);
    expect(row.pass_at_k!['1']).toBeCloseTo(13 / 30, 12);
    expect(row.pass_at_k!['10']).toBeCloseTo(2 / 3, 12); // pass@10 is 1, 1, 0 per triple
    // Clustered: the interval reflects 30 items, not 300 samples (a 300-sample Wilson would be ±5.6 points).
    expect(row.ci95![1] - row.ci95![0]).toBeGreaterThan(0.25);
    const again = buildSummary({ run_id: 'r', complete: true, suites: [suite('code', { metric: 'pass_at_k', scorer: 'code' })], models: [model('m', 1, 'domain')], records: [...records].reverse(), seed: 1 });
    expect(again.rows[0]!.ci95).toEqual(row.ci95);
  });

  it('balanced accuracy uses gold and extracted labels with a bootstrap interval', () => {
    const records = ['yes', 'yes', 'yes', 'no'].map((g, i) =>
      record({ suite: 'lab', item_id: `l${i}`, model: 'm', gold: g, extracted: i === 2 ? 'no' : g, correct: i !== 2 }));
    const row = buildSummary({ run_id: 'r', complete: true, suites: [suite('lab', { metric: 'balanced_accuracy', scorer: 'label', labels: ['yes', 'no'] })], models: [model('m', 1, 'domain')], records }).rows[0]!;
    expect(row.accuracy).toBeCloseTo(5 / 6, 12);
    expect(row.ci95![0]).toBeLessThanOrEqual(5 / 6);
  });

  it('reports a secondary macro-F1 beside accuracy (PubMedQA reports both)', () => {
    // gold yes,yes,yes,no,maybe; predicted yes,yes,no,no,yes.
    // yes: P 2/3 R 2/3 F1 2/3; no: P 1/2 R 1 F1 2/3; maybe: F1 0 → macro-F1 = 4/9.
    const golds = ['yes', 'yes', 'yes', 'no', 'maybe'];
    const preds = ['yes', 'yes', 'no', 'no', 'yes'];
    const records = golds.map((g, i) => record({ suite: 'pq', item_id: `p${i}`, model: 'm', gold: g, extracted: preds[i]!, correct: g === preds[i] }));
    const s = suite('pq', { metric: 'accuracy', secondary_metrics: ['macro_f1'], scorer: 'label', labels: ['yes', 'no', 'maybe'] });
    const row = buildSummary({ run_id: 'r', complete: true, suites: [s], models: [model('m', 1, 'domain')], records }).rows[0]!;
    expect(row.accuracy).toBeCloseTo(3 / 5, 12);
    expect(row.secondary!.macro_f1!.value).toBeCloseTo(4 / 9, 12);
    const [lo, hi] = row.secondary!.macro_f1!.ci95!;
    expect(lo).toBeLessThanOrEqual(4 / 9);
    expect(hi).toBeGreaterThanOrEqual(4 / 9);
  });
});

describe('buildSummary comparisons', () => {
  it('swapping the model order negates the difference and keeps p', () => {
    const records = scripted('s', 120, ['x', 0.7], ['y', 0.6], { offset: 17 });
    const ab = buildSummary({ run_id: 'r', complete: true, suites: [suite('s')], models: [model('x', 1, 'domain'), model('y', 2, 'generic')], records }).comparisons[0]!;
    const ba = buildSummary({ run_id: 'r', complete: true, suites: [suite('s')], models: [model('y', 2, 'generic'), model('x', 1, 'domain')], records }).comparisons[0]!;
    expect(ba.diff).toBeCloseTo(-ab.diff!, 12);
    expect(ba.ci95![0]).toBeCloseTo(-ab.ci95![1], 12);
    expect(ba.p_value).toBe(ab.p_value);
  });

  it('compares on items both answered, and Holm-adjusts across the suite\'s pairs', () => {
    const records = [...scripted('s', 100, ['a', 0.9], ['b', 0.5]), ...scripted('s', 100, ['c', 0.85], ['b', 0.5]).filter((r) => r.model === 'c')];
    records.push(record({ suite: 's', item_id: 'q0000', model: 'a', correct: null, error: 'boom', error_kind: 'server' }));
    const s = buildSummary({ run_id: 'r', complete: true, suites: [suite('s')], models: ['a', 'b', 'c'].map((id) => model(id, 1, 'generic')), records });
    expect(s.comparisons.map((c) => `${c.model_a}-${c.model_b}`)).toEqual(['a-b', 'a-c', 'b-c']);
    expect(s.comparisons[0]!.n).toBe(99); // q0000 errored for a
    for (const c of s.comparisons) expect(c.p_adjusted!).toBeGreaterThanOrEqual(c.p_value!);
  });
});

describe('verdict wording with several models', () => {
  it('does not call a model "not significantly worse" plainly when only the Holm correction saves it', () => {
    // 'big' right on 70 of 80 items, 'small' on 64 of those (6 discordant pairs, all one way: unadjusted
    // exact McNemar p = 2/64 = 0.031, so the unadjusted interval excludes 0); a third model 'mid' adds
    // two pairs with large p, and Holm multiplies the smallest p by 3 → 0.094, not significant.
    const n = 80;
    const records = [
      ...scripted('s', n, ['big', 70 / n], ['small', 64 / n]),
      ...scripted('s', n, ['big', 70 / n], ['mid', 66 / n], { offset: 40 }).filter((r) => r.model === 'mid'),
    ];
    const models = [model('small', 1, 'domain'), model('mid', 8, 'generic'), model('big', 70, 'generic')];
    const s = buildSummary({ run_id: 'r', complete: true, suites: [suite('s')], models, records });
    const bigSmall = s.comparisons.find((c) => c.model_a === 'small' && c.model_b === 'big')!;
    expect(bigSmall.p_value).toBeCloseTo(0.03125, 12);
    expect(bigSmall.p_adjusted).toBeCloseTo(0.09375, 12);
    const v = s.verdicts[0]!;
    expect(v.best).toBe('big');
    expect(v.indistinguishable).toContain('small');
    expect(v.sentence).toMatch(/small \(1B, domain\) is probably worse than big, though not significantly after correcting for 3 comparisons \(Holm-adjusted p=0\.09, unadjusted 95% CI of the difference −\d+\.\d to −\d\.\d points\)/);
  });
});
