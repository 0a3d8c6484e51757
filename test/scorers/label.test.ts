/** Label extraction and the label scorer: normalised, whole-word, longest label wins. */
import { describe, expect, it } from 'vitest';
import { createLabelScorer, extractLabel, scoreLabel } from '../../src/scorers/label.js';
import { readLabel } from '../../src/scorers/label-extract.js';
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

describe('label scorer reading', () => {
  const CLAUSE_SET = ['indemnification', 'governing law', 'termination'];
  const item: Item = { id: 'c1', input: 'Classify the clause.', answer: 'governing law' };

  it("accepts a suite's aliases as the label and says how it read it", () => {
    const config = { type: 'label' as const, labels: CLAUSE_SET, aliases: { 'governing law': ['law and forum'] } };
    expect(scoreLabel(item, 'Law and forum.', config)).toMatchObject({ correct: true, extracted: 'governing law', extractedBy: 'stand_alone' });
  });
  it('refuses aliases of a label the suite does not have, naming the field', () => {
    const suite = makeSuite({ type: 'label', labels: CLAUSE_SET, aliases: { warranty: ['guarantee'] } }, [item]);
    expect(() => createLabelScorer(suite.scorer, suite)).toThrow(/field `scorer.aliases`: "warranty" is not a label/);
  });
  it('gives a hedge between labels the reason ambiguous, and a refusal no_answer', () => {
    const config = { type: 'label' as const, labels: CLAUSE_SET };
    expect(scoreLabel(item, 'Either termination or governing law.', config)).toMatchObject({ extracted: null, reason: 'ambiguous' });
    expect(scoreLabel(item, 'I cannot provide legal advice on this clause.', config)).toMatchObject({ extracted: null, reason: 'no_answer' });
  });
  it('reads a reply cut by the token limit only on an explicit answer cue', () => {
    const config = { type: 'label' as const, labels: CLAUSE_SET };
    expect(scoreLabel(item, 'It mentions termination, but the clause says that the laws of', config, { finishReason: 'length' })).toMatchObject({ extracted: null, reason: 'truncated' });
    expect(scoreLabel(item, 'Label: governing law\nReason: the clause picks', config, { finishReason: 'length' })).toMatchObject({ correct: true });
  });
  it('reads a yes/no answer given in the words of the item question', () => {
    const q: Item = { id: 'h1', input: 'Bob said "Anna was at the bank." Is there hearsay?', answer: 'No', labels: ['Yes', 'No'] };
    expect(scoreLabel(q, 'It is not hearsay.', { type: 'label' })).toMatchObject({ correct: true, extracted: 'No', extractedBy: 'question_words' });
  });
});

describe('aliases an importer writes', () => {
  it('names obvious synonyms of clause types and yes/no/maybe, and nothing for other labels', async () => {
    const { obviousAliases } = await import('../../src/scorers/label-forms.js');
    expect(obviousAliases(['yes', 'no', 'maybe'])).toEqual({ yes: ['true'], no: ['false'], maybe: ['possibly', 'perhaps'] });
    expect(obviousAliases(['Governing Law', 'Other'])).toEqual({ 'Governing Law': ['choice of law', 'applicable law', 'choice of laws', 'governing laws'] });
    expect(obviousAliases(['relevant', 'irrelevant'])).toBeUndefined();
  });
  it('keeps a yes/no synonym weak when a suite lists it: "true" in a sentence is not an answer', () => {
    const aliases = { yes: ['true'], no: ['false'] };
    expect(extractLabel('True.', ['yes', 'no'], { aliases })).toBe('yes');
    expect(extractLabel('It is true that the cohort was small; the answer is no.', ['yes', 'no'], { aliases })).toBe('no');
  });
});

describe('a yes/no flag named after a label of an antonym pair', () => {
  it('reads the flag through the same repairs as any structured answer (trailing comma, Python dict)', () => {
    const labels = ['toxic', 'non-toxic'];
    for (const reply of ['{"is_toxic": false}', '{"is_toxic": false,}', "{'is_toxic': False}"]) expect(readLabel(reply, labels).value, reply).toBe('non-toxic');
    expect(readLabel("{'is_toxic': True}", labels).value).toBe('toxic');
  });
});

describe('two answers that disagree, corrected in another language', () => {
  const read = (reply: string) => readLabel(reply, ['yes', 'no', 'maybe'], { finishReason: 'stop' }).value;
  it('takes the later answer after the choice reader\'s "wait" words in other languages', () => {
    expect(read('yes\nEspera, no.\nno')).toBe('no');
    expect(read('Answer: yes\nAttends, non.\nAnswer: no')).toBe('no');
  });
  it('still takes neither with nothing between them', () => {
    expect(read('yes\nmaybe')).toBeNull();
    expect(read('Answer: yes\nAnswer: no')).toBeNull();
  });
});
