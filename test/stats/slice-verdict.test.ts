import { describe, expect, it } from 'vitest';
import { sliceSentence } from '../../src/stats/slice-verdict.js';
import type { SliceComparison, SuiteSlices } from '../../src/store/types.js';

const cmp = (value: string, n: number, verdict: SliceComparison['verdict'], diff = 0, p = 1): SliceComparison => ({
  suite: 's', field: 'topic', value, model_a: 'small', model_b: 'big', n, accuracy_a: 0.5, accuracy_b: 0.5 - diff, diff, ci95: null,
  p_value: p, p_adjusted: verdict === 'too_few_items' ? null : p, test: 'mcnemar_exact', verdict,
});
const slices = (comparisons: SliceComparison[], tests: number): SuiteSlices => ({
  suite: 's', field: 'topic', values: [...new Set(comparisons.map((c) => c.value))], rows: [], comparisons, tests, min_items: 10, sentence: '',
});
const models = [{ id: 'small', provider: 'openai' as const, model: 'small', params: {}, params_b: 1.5, concurrency: 1, timeout_s: 1 }, { id: 'big', provider: 'openai' as const, model: 'big', params: {}, params_b: 70, concurrency: 1, timeout_s: 1 }];

describe('slice verdict sentence', () => {
  it('says no slice could be tested when every slice of the field is under 10 items, even when another field of the suite was tested', () => {
    const s = sliceSentence(slices([cmp('a', 6, 'too_few_items'), cmp('b', 8, 'too_few_items')], 3), [], models);
    expect(s).toBe('s by topic: no topic has the 10 shared items a paired test needs, so none gets a verdict (2 topics shown).');
  });

  it('never names a slice that does not differ after correction, and counts the tests corrected for', () => {
    const s = sliceSentence(slices([cmp('a', 30, 'a_better', 0.3, 0.001), cmp('b', 30, 'no_significant_difference', 0.2, 0.2)], 2), [], models);
    expect(s).toBe('s by topic: small beats big on a (+30.0 points, 30 items, Holm p=0.001); no other topic differs after correction for 2 tests.');
    expect(s).not.toContain(' b (');
  });
});
