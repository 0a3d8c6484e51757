import { describe, expect, it } from 'vitest';
import { itemTable, rowKey, sharedItems } from '../../src/stats/shared.js';
import { compareWithBaseline } from '../../src/stats/regression.js';
import { compareRuns } from '../../src/reports/compare.js';
import { buildSummary } from '../../src/stats/summary.js';
import type { RunRecord } from '../../src/store/types.js';
import { model, record, suite } from './fixtures.js';
import { fixtureManifest } from '../reports/fixture-run.js';

const rec = (item_id: string, correct: boolean | null, extra: Partial<RunRecord> = {}): RunRecord =>
  record({ suite: 's', model: 'm', item_id, correct, prompt_hash: `h-${item_id}`, ...(correct === null ? { error: 'boom' } : {}), ...extra });

describe('shared items: one meaning for the baseline check and bench compare', () => {
  const a = [rec('q1', true), rec('q2', false), rec('q3', true), rec('q4', true), rec('gone', true), rec('err', true)];
  const b = [rec('q1', true), rec('q2', true), rec('q3', false, { prompt_hash: 'edited' }), rec('q4', true), rec('new', true), rec('err', null), rec('q4', false, { variant: 'rot1' })];

  it('pairs by item id and prompt hash; an edited item is changed, never paired; probe variants stay out', () => {
    const s = sharedItems(itemTable(a).get(rowKey('s', 'm')), itemTable(b).get(rowKey('s', 'm')));
    expect(s.pairs.map(([id]) => id)).toEqual(['q1', 'q2', 'q4']);
    expect(s.pairs.find(([id]) => id === 'q4')![2]).toMatchObject({ scored: 1, correct: 1 });
    expect(s).toMatchObject({ changed: ['q3'], onlyA: 1, onlyB: 1, unscored: 1 });
  });

  it('the baseline check and bench compare pair the same items', () => {
    const manifest = (id: string) => ({ ...fixtureManifest(), run_id: id, suites: [suite('s')], models: [model('m', 1, 'domain')] });
    const side = (id: string, records: RunRecord[]) => ({ manifest: manifest(id), records, summary: buildSummary({ run_id: id, complete: true, suites: manifest(id).suites, models: manifest(id).models, records }) });
    const [row] = compareWithBaseline({ current: side('B', b), baseline: side('A', a), thresholds: { alpha: 0.05 } });
    const cmp = compareRuns(side('A', a), side('B', b));
    expect(row).toMatchObject({ n_shared: 3, items_changed: 1, items_differ: 3 });
    expect(cmp.rows[0]).toMatchObject({ n: 3, items_changed: 1, items_only_a: 1, items_only_b: 1, items_unscored: 1 });
    expect(cmp.text).toContain('s × m: left out 1 edited between the runs');
  });
});
