/** Label extraction and the label scorer: normalised, whole-word, longest label wins. */
import { describe, expect, it } from 'vitest';
import { createLabelScorer, extractLabel, scoreLabel } from '../../src/scorers/label.js';
import type { Item } from '../../src/suites/types.js';
import { makeSuite } from './suite-fixture.js';

const CLAUSES = ['indemnification', 'limitation of liability', 'termination', 'confidentiality', 'non_compete'];
const BREACH = ['breach', 'material breach', 'no breach'];

describe('extractLabel', () => {
  it.each([
    ['Termination', CLAUSES, 'termination'],
    ['**Limitation of Liability**', CLAUSES, 'limitation of liability'],
    ['limitation-of-liability.', CLAUSES, 'limitation of liability'],
    ['Non-compete', CLAUSES, 'non_compete'],
    ['Label: confidentiality', CLAUSES, 'confidentiality'],
    ['The clause caps damages, so it reads like a termination right at first.\nLabel: limitation of liability', CLAUSES, 'limitation of liability'],
    ['This clause requires the supplier to hold harmless the buyer, which is indemnification.', CLAUSES, 'indemnification'],
    ['Reasoning: the party may end the agreement on notice.\n\nTermination', CLAUSES, 'termination'],
    ['This is a material breach of the agreement.', BREACH, 'material breach'],
    ['Material breach', BREACH, 'material breach'],
    ['No breach.', BREACH, 'no breach'],
    ['It is not confidentiality; it is termination.', CLAUSES, 'termination'],
    ['Answer: TERMINATION', CLAUSES, 'termination'],
    ['This is not confidentiality or indemnification; it is termination.', CLAUSES, 'termination'],
    ['Neither termination nor confidentiality: non-compete.', CLAUSES, 'non_compete'],
    ['I cannot classify this clause.', CLAUSES, null],
    ['', CLAUSES, null],
  ] as Array<[string, string[], string | null]>)('reads %j as %s', (reply, labels, want) => {
    expect(extractLabel(reply, labels as string[])).toBe(want);
  });
});

describe('label scorer', () => {
  const suite = makeSuite({ type: 'label', labels: CLAUSES }, [{ id: 'l1', input: 'x', answer: 'termination' }]);
  const ctx = { suite, signal: new AbortController().signal };

  it('marks the gold label correct whatever its case and punctuation', async () => {
    const scorer = createLabelScorer(suite.scorer, suite);
    expect(await scorer.score(suite.items[0]!, 'TERMINATION.', ctx)).toMatchObject({
      correct: true, score: 1, extracted: 'termination', reason: null,
    });
  });
  it('marks another label wrong and reports the label it read', () => {
    expect(scoreLabel({ id: 'l1', input: 'x', answer: 'termination' }, 'confidentiality', suite.scorer)).toMatchObject({
      correct: false, extracted: 'confidentiality', reason: 'wrong',
    });
  });
  it('gives no answer when no label is named', () => {
    expect(scoreLabel({ id: 'l1', input: 'x', answer: 'termination' }, 'It depends.', suite.scorer)).toMatchObject({
      correct: false, extracted: null, reason: 'no_answer',
    });
  });
  it("uses the item's own labels over the suite's", () => {
    const item: Item = { id: 'l2', input: 'x', answer: 'yes', labels: ['yes', 'no'] };
    expect(scoreLabel(item, 'Yes, the clause is enforceable.', suite.scorer)).toMatchObject({ correct: true, extracted: 'yes' });
    expect(scoreLabel(item, 'termination', suite.scorer)).toMatchObject({ extracted: null, reason: 'no_answer' });
  });
  it('refuses a gold answer outside the labels, naming the item and field', () => {
    const bad = makeSuite({ type: 'label', labels: CLAUSES }, [{ id: 'l3', input: 'x', answer: 'warranty' }]);
    expect(() => createLabelScorer(bad.scorer, bad)).toThrow(/item l3: field `answer`: expected one of the labels/);
  });
  it('refuses a suite with no labels anywhere', () => {
    const bad = makeSuite({ type: 'label' }, [{ id: 'l4', input: 'x', answer: 'yes' }]);
    expect(() => createLabelScorer(bad.scorer, bad)).toThrow(/item l4: field `labels`/);
  });
});
