import { describe, expect, it } from 'vitest';
import { collectDisagreements, MAX_OUTPUT_CHARS } from '../../src/stats/disagreements.js';
import { compareRuns, modelChanges } from '../../src/reports/compare.js';
import { buildSummary } from '../../src/stats/summary.js';
import type { RunRecord } from '../../src/store/types.js';
import { model, record, scripted, suite } from '../stats/fixtures.js';
import { fixtureManifest } from './fixture-run.js';

describe('collectDisagreements', () => {
  it('keeps the items where models differ on sample 0, with every model\'s answer and the prompt', () => {
    const records: RunRecord[] = [
      record({ suite: 's', item_id: 'same', model: 'a', correct: true }), record({ suite: 's', item_id: 'same', model: 'b', correct: true }),
      record({ suite: 's', item_id: 'diff', model: 'a', correct: true, output: 'A!' }), record({ suite: 's', item_id: 'diff', model: 'b', correct: false, output: 'C?', extracted: 'C', reason: 'wrong' }),
      record({ suite: 's', item_id: 'err', model: 'a', correct: true }), record({ suite: 's', item_id: 'err', model: 'b', correct: null, error: 'boom' }),
      record({ suite: 's', item_id: 'later', model: 'a', correct: true, sample: 1 }), record({ suite: 's', item_id: 'later', model: 'b', correct: false, sample: 1 }),
    ];
    const out = collectDisagreements(records, (s, id) => `prompt of ${s}/${id}`);
    expect(out).toEqual([{ suite: 's', item_id: 'diff', prompt: 'prompt of s/diff', gold: 'A', answers: {
      a: { output: 'A!', extracted: 'A', correct: true, reason: null }, b: { output: 'C?', extracted: 'C', correct: false, reason: 'wrong' } } }]);
  });
  it('caps each direction per pair and trims long outputs', () => {
    const records = scripted('s', 100, ['a', 1], ['b', 0]).map((r) => ({ ...r, output: 'x'.repeat(MAX_OUTPUT_CHARS + 10) }));
    const out = collectDisagreements(records, () => undefined, 5);
    expect(out).toHaveLength(5);
    expect(out[0]!.prompt).toBe('');
    expect(out[0]!.answers.a!.output).toMatch(/… \[10 more characters not shown\]$/);
  });
});

describe('compareRuns', () => {
  const models = [model('m', 1, 'domain'), model('n', 2, 'generic')];
  function side(runId: string, records: RunRecord[], manifestPatch = {}) {
    const manifest = { ...fixtureManifest(), run_id: runId, suites: [suite('s')], models, ...manifestPatch };
    return { summary: buildSummary({ run_id: runId, complete: true, suites: manifest.suites, models: manifest.models, records }), manifest, records };
  }
  it('flags a real regression on shared items and leaves noise alone, Holm across rows', () => {
    const before = [...scripted('s', 200, ['m', 0.9], ['n', 0.7])];
    const after = [...scripted('s', 200, ['m', 0.6], ['n', 0.71])];
    const { rows, text, markdown } = compareRuns(side('A', before), side('B', after));
    const m = rows.find((r) => r.model === 'm')!;
    const n = rows.find((r) => r.model === 'n')!;
    expect(m).toMatchObject({ n: 200, verdict: 'regressed', suite_hash_changed: false, model_changes: [] });
    expect(m.change).toBeCloseTo(-0.3, 12);
    expect(m.ci95![1]).toBeLessThan(0);
    expect(n.verdict).toBe('no_significant_difference');
    expect(n.p_adjusted!).toBeGreaterThanOrEqual(n.p_value!);
    expect(text).toContain('regressed');
    expect(markdown).toMatch(/\| s \| m \| 200 \| 90\.0% \| 60\.0% \| −30\.0 \|/);
  });
  it('uses only the items both runs scored, and says when the suite or the model changed', () => {
    const before = scripted('s', 50, ['m', 0.5], ['n', 0.5]);
    const after = scripted('s', 50, ['m', 0.5], ['n', 0.5]).filter((r) => r.item_id !== 'q0001');
    const changed = { suites: [{ ...suite('s'), hash: 'other' }], models: [model('m', 1, 'domain', { params: { temperature: 0.7 } }), models[1]!] };
    const { rows } = compareRuns(side('A', before), side('B', after, changed));
    expect(rows.find((r) => r.model === 'm')).toMatchObject({ n: 49, suite_hash_changed: true, model_changes: ['params.temperature'] });
    expect(modelChanges(model('x', 1, 'domain', { source: 'a.yaml:1' }), model('x', 1, 'domain', { source: 'b.yaml:9' }))).toEqual([]);
  });
});
