/** Normalised exact match and the shared normalisation. */
import { describe, expect, it } from 'vitest';
import { createExactScorer, extractExact, scoreExact } from '../../src/scorers/exact.js';
import { normalizeText, stripThinking } from '../../src/scorers/normalize.js';
import { makeSuite } from './suite-fixture.js';

describe('normalizeText', () => {
  it.each([
    ['**Paris.**', 'paris'],
    ['  New   York\n', 'new york'],
    ['1,000 mg', '1000 mg'],
    ['3.5', '3.5'],
    ['non_compete', 'non compete'],
    ['“Quoted” — text', 'quoted text'],
    ['<think>scratch</think>Final', 'final'],
    ['\\boxed{42}', '42'],
  ])('%j → %j', (input, want) => {
    expect(normalizeText(input)).toBe(want);
  });
  it('drops a reply cut off while still thinking', () => {
    expect(stripThinking('<think>never closed')).toBe('');
    expect(stripThinking('half a thought</think>answer')).toBe('answer');
  });
});

describe('exact scorer', () => {
  const config = { type: 'exact' as const };
  it('matches after normalisation and reports the normalised text', () => {
    expect(scoreExact({ id: 'e1', answer: 'Paris' }, '**paris.**', config)).toMatchObject({ correct: true, extracted: 'paris', reason: null });
  });
  it('is wrong on extra words', () => {
    expect(scoreExact({ id: 'e1', answer: 'Paris' }, 'The answer is Paris', config)).toMatchObject({
      correct: false, extracted: 'the answer is paris', reason: 'wrong',
    });
  });
  it('reads a last "Answer:" line when the suite sets answer_prefix', () => {
    expect(extractExact('Thinking about capitals.\nAnswer: Paris', true)).toBe('paris');
    expect(scoreExact({ id: 'e1', answer: 'Paris' }, 'Reasoning...\nAnswer: Paris', { ...config, answer_prefix: true }).correct).toBe(true);
    expect(scoreExact({ id: 'e1', answer: 'Paris' }, 'Reasoning...\nAnswer: Paris', { ...config, options: { answer_prefix: true } }).correct).toBe(true);
    expect(scoreExact({ id: 'e1', answer: 'Paris' }, 'Reasoning...\nAnswer: Paris', config).correct).toBe(false);
  });
  it('gives an empty reply no answer', () => {
    expect(scoreExact({ id: 'e1', answer: 'Paris' }, '  ', config)).toMatchObject({ extracted: null, reason: 'no_answer' });
  });
  it('refuses an item with no answer, naming it', () => {
    expect(() => createExactScorer(config, makeSuite(config, [{ id: 'e9' }]))).toThrow(/item e9: field `answer`/);
  });
});
