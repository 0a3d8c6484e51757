import { describe, expect, it } from 'vitest';
import { compareWithBaseline, relChange, type RegressionThresholds } from '../../src/stats/regression.js';
import { mcnemarExact } from '../../src/stats/mcnemar.js';
import { manifest, record, records } from '../fixtures/nightly-runs.js';
import type { Manifest, RunRecord } from '../../src/store/types.js';

const TH: RegressionThresholds = { alpha: 0.05 };
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

function check(base: RunRecord[], cur: RunRecord[], th: RegressionThresholds = TH, curManifest: Manifest = manifest({ run_id: 'r2' })) {
  return compareWithBaseline({ baseline: { manifest: manifest(), records: base }, current: { manifest: curManifest, records: cur }, thresholds: th });
}

describe('compareWithBaseline', () => {
  it('calls equal accuracy with different wrong items no regression (p = 1)', () => {
    const [row] = check(records(200, range(1, 30)), records(200, range(31, 60)));
    expect(row).toMatchObject({ status: 'ok', n_shared: 200, accuracy_baseline: 0.85, accuracy_current: 0.85, change: 0, p_value: 1, reasons: [] });
  });

  it('flags a significant drop with the exact McNemar p of the discordant items', () => {
    const [row] = check(records(200, range(1, 30)), records(200, range(1, 60)));
    expect(row!.p_value).toBeCloseTo(mcnemarExact(0, 30), 12);
    expect(row!.status).toBe('regression');
    expect(row!.reasons[0]).toMatch(/^accuracy dropped 15\.0 points, statistically real/);
  });

  it('does not flag a 2-point drop on 50 items unless it exceeds max_drop', () => {
    const base = records(50, [1]);
    const cur = records(50, [1, 2]);
    expect(check(base, cur)[0]!.status).toBe('ok');
    expect(check(base, cur, { ...TH, maxDrop: 2 })[0]!.status).toBe('ok');
    const [row] = check(base, cur, { ...TH, maxDrop: 1.5 });
    expect(row!.reasons).toEqual(['accuracy dropped 2.0 points, more than the allowed 1.5 (max_drop)']);
  });

  it('Holm-adjusts across rows: p = 0.016 alone is a regression, among four rows (0.0625) it is not', () => {
    const one = (model: string, wrong: number[]) => records(40, wrong, { model });
    const withModels = (ids: string[]) => manifest({ models: ids.map((id) => ({ id, provider: 'openai', model: id, params: {} })) as never });
    const alone = compareWithBaseline({ baseline: { manifest: withModels(['a']), records: one('a', []) }, current: { manifest: withModels(['a']), records: one('a', range(1, 7)) }, thresholds: TH });
    expect(alone[0]!.p_adjusted).toBeCloseTo(mcnemarExact(7, 0), 12);
    expect(alone[0]!.status).toBe('regression');
    const ids = ['a', 'b', 'c', 'd'];
    const base = ids.flatMap((id) => one(id, []));
    const cur = [...one('a', range(1, 7)), ...ids.slice(1).flatMap((id) => one(id, []))];
    const four = compareWithBaseline({ baseline: { manifest: withModels(ids), records: base }, current: { manifest: withModels(ids), records: cur }, thresholds: TH });
    expect(four[0]!.p_adjusted).toBeCloseTo(4 * mcnemarExact(7, 0), 12);
    expect(four.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('compares only items with the same id and prompt hash, and says how many differ', () => {
    const base = records(10, []);
    const cur = records(10, []).map((r) => (r.item_id === 'q3' ? { ...r, prompt_hash: 'edited' } : r));
    cur.push(record({ item_id: 'q11' }));
    const curM = manifest({ run_id: 'r2', suites: [{ ...manifest().suites[0]!, hash: 'hash-quiz-2' }] });
    const [row] = check(base, cur, TH, curM);
    expect(row).toMatchObject({ n_shared: 9, items_differ: 2, suite_changed: true, status: 'ok' });
    expect(row!.notes).toContain('suite changed: 2 item(s) differ, compared on 9 shared');
  });

  it('checks latency and cost only when their thresholds are set, on non-cached records', () => {
    const base = records(20, []);
    const cur = records(20, [], { latency_ms: 200, cost_usd: 0.003 });
    cur.push(...records(5, [], { item_id: 'x', cached: true, latency_ms: 1 }).map((r, i) => ({ ...r, item_id: `q${i + 1}`, sample: 1 })));
    expect(check(base, cur)[0]!.status).toBe('ok');
    const [row] = check(base, cur, { ...TH, maxLatencyIncrease: 50, maxCostIncrease: 100 });
    expect(row!.latency_ms_p50_current).toBe(200);
    expect(row!.reasons).toEqual([
      'p50 latency +100% (100 → 200 ms), more than the allowed +50% (max_latency_increase)',
      'p95 latency +100% (100 → 200 ms), more than the allowed +50% (max_latency_increase)',
      expect.stringMatching(/^cost per correct answer \+\d+%, more than the allowed \+100% \(max_cost_increase\)$/),
    ]);
  });

  it('leaves errored items out of the comparison and notes that errors grew', () => {
    const cur = records(10, []).map((r, i) => (i < 3 ? { ...r, error: 'HTTP 500', correct: null, score: null } : r));
    const [row] = check(records(10, []), cur);
    expect(row).toMatchObject({ n_shared: 7, errors_current: 3, status: 'ok' });
    expect(row!.notes).toContain('endpoint errors 0 → 3 (errored items are not compared)');
  });

  it('notes a changed model config and a row missing from the baseline', () => {
    const curM = manifest({ run_id: 'r2', fingerprint_parts: { 'suite:quiz': 'hash-quiz-1', 'model:m': 'cfg-2' }, models: [...manifest().models, { id: 'new', provider: 'openai', model: 'x', params: {} } as never] });
    const rows = check(records(5, []), [...records(5, []), ...records(5, [], { model: 'new' })], TH, curM);
    expect(rows[0]!.notes).toContain('model config changed');
    expect(rows[1]).toMatchObject({ model: 'new', status: 'no_baseline', p_adjusted: null });
  });

  it('relChange is null without a positive baseline', () => {
    expect(relChange(0, 5)).toBeNull();
    expect(relChange(null, 5)).toBeNull();
    expect(relChange(100, 150)).toBe(50);
  });
});
