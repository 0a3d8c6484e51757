/** The scorer registry. */
import { describe, expect, it } from 'vitest';
import { createScorer, scorerTypes } from '../../src/scorers/index.js';
import { InputError } from '../../src/errors.js';
import type { ScorerConfig } from '../../src/suites/types.js';
import { makeSuite } from './suite-fixture.js';

describe('createScorer', () => {
  it('knows every scorer type', () => {
    expect([...scorerTypes].sort()).toEqual(['choice', 'code', 'exact', 'judge', 'label', 'reference']);
  });
  it('makes the scorer a suite names', async () => {
    const suite = makeSuite({ type: 'label', labels: ['yes', 'no'] }, [{ id: 'x', input: 'q', answer: 'no' }]);
    const scorer = await createScorer(suite.scorer, suite);
    expect(scorer.type).toBe('label');
    expect(await scorer.score(suite.items[0]!, 'No.', { suite, signal: new AbortController().signal })).toMatchObject({ correct: true });
  });
  it('refuses an unknown scorer type with the valid ones listed', async () => {
    const config = { type: 'regex' } as unknown as ScorerConfig;
    const suite = makeSuite(config, []);
    await expect(createScorer(config, suite)).rejects.toThrow(InputError);
    await expect(createScorer(config, suite)).rejects.toThrow(/scorer\.type.*choice, label, exact, code, reference, judge.*"regex"/);
  });
});
