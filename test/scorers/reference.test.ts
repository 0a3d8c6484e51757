/** The reference scorer: SQuAD-style normalisation, aliases, token F1, numbers with tolerance, cue extraction and refusals, on real-shaped replies. */
import { describe, expect, it } from 'vitest';
import { createReferenceScorer, referenceOptions, scoreReference } from '../../src/scorers/reference.js';
import { readReference } from '../../src/scorers/reference-extract.js';
import { normalizeAnswer, readNumber, tokenF1 } from '../../src/scorers/reference-match.js';
import type { Item } from '../../src/suites/types.js';
import { makeSuite } from './suite-fixture.js';

const exact = referenceOptions({ type: 'reference' });
const f1 = referenceOptions({ type: 'reference', match: 'f1', f1_threshold: 0.6 });
const mi: Item = { id: 'mi', reference: 'Acute myocardial infarction', aliases: ['MI', 'heart attack', 'STEMI', 'acute MI'] };

describe('normalizeAnswer (SQuAD-style)', () => {
  it.each([
    ['The Heart Attack.', 'heart attack'],
    ['**An** acute MI', 'acute mi'],
    ['  a   thyroid  storm!\n', 'thyroid storm'],
    ["Graves' disease", 'graves disease'],
    ['Type-2 diabetes mellitus', 'type 2 diabetes mellitus'],
    ['“Theophylline” toxicity', 'theophylline toxicity'],
    ['1,000 mg', '1000 mg'],
    ['the', ''],
  ])('%j → %j', (input, want) => {
    expect(normalizeAnswer(input)).toBe(want);
  });
  it('keeps article letters inside words (anemia, theatre)', () => {
    expect(normalizeAnswer('An anemia of the theatre')).toBe('anemia of theatre');
  });
});

describe('tokenF1', () => {
  it('is the harmonic mean of token precision and recall, counted with multiplicity', () => {
    // prediction 3 tokens, gold 2, 2 in common: P = 2/3, R = 1 → F1 = 0.8
    expect(tokenF1('acute bacterial meningitis', 'bacterial meningitis')).toBeCloseTo(0.8, 12);
    // "of" appears twice in the prediction, once in the gold: counted once
    expect(tokenF1('deficiency of iron of', 'iron deficiency')).toBeCloseTo((2 * 0.5 * 1) / 1.5, 12);
    expect(tokenF1('pneumonia', 'appendicitis')).toBe(0);
    expect(tokenF1('', '')).toBe(1);
    expect(tokenF1('the', 'pneumonia')).toBe(0);
  });
});

describe('readNumber', () => {
  it.each([
    ['140', 140], ['-3.5', -3.5], ['1,200 mg', 1200], ['7.4 mmol/L', 7.4], ['12%', 12], ['**42**.', 42],
  ])('%j → %j', (text, want) => expect(readNumber(text)).toBe(want));
  it.each(['about seven', 'between 7 and 8', 'pneumonia'])('%j is not one number', (text) => expect(readNumber(text)).toBeNull());
});

describe('reading the answer from a reply', () => {
  it.each([
    ['Answer: Acute appendicitis', 'Acute appendicitis', 'label_cue'],
    ['The pain migrated to the right lower quadrant.\n\nFinal answer: acute appendicitis.', 'acute appendicitis', 'label_cue'],
    ['**Diagnosis:** Diabetic ketoacidosis (DKA), given the anion gap.', 'Diabetic ketoacidosis (DKA)', 'label_cue'],
    ['## Most likely diagnosis\n\nPulmonary embolism\n\n## Reasoning\nTachycardia after surgery.', 'Pulmonary embolism', 'label_cue'],
    ['Diagnosis - most likely Kawasaki disease because of the five days of fever.', 'Kawasaki disease', 'label_cue'],
    ['Considering the rash and fever, the most likely diagnosis is **measles**. Vitamin A helps.', 'measles', 'phrase_cue'],
    ['This patient most likely has infective endocarditis, given the murmur.', 'infective endocarditis', 'phrase_cue'],
    ['**Hypothyroidism**\n\nFatigue, weight gain and cold intolerance with a high TSH.', 'Hypothyroidism', 'bold'],
    ['Migraine without aura\n\nThe headache is unilateral and pulsating.', 'Migraine without aura', 'first_line'],
    ['Gout.', 'Gout', 'whole_reply'],
    ['<think>Could be gout or pseudogout. Crystals are needle-shaped.</think>Answer: gout', 'gout', 'label_cue'],
    ['<|im_start|>assistant\nAnswer: Gout<|im_end|>\n<|im_start|>user\nAnswer: Lupus', 'Gout', 'label_cue'],
  ])('%j → %j by %s', (reply, text, by) => {
    expect(readReference(reply)).toEqual({ kind: 'answer', text, by });
  });
  it('takes the last labelled answer when the reply revises itself', () => {
    expect(readReference('Diagnosis: viral meningitis\nOn reflection the glucose is low.\nFinal diagnosis: bacterial meningitis')).toMatchObject({ text: 'bacterial meningitis' });
  });
  it('skips a bold heading to reach the answer', () => {
    expect(readReference('**Reasoning:**\nThe findings point one way.\n\n**Addison disease**')).toMatchObject({ text: 'Addison disease', by: 'bold' });
  });
  it('does not read a differential-diagnosis list as the answer', () => {
    expect(readReference('Differential diagnosis: asthma, COPD, heart failure\nAnswer: asthma')).toMatchObject({ text: 'asthma', by: 'label_cue' });
  });
  it('reads a refusal as refused, and a closing "consult your doctor" as no refusal', () => {
    expect(readReference("I'm not able to provide a diagnosis. Please consult a doctor.").kind).toBe('refused');
    expect(readReference('Please consult your physician.').kind).toBe('refused');
    expect(readReference('Answer: I cannot determine the diagnosis from this information.').kind).toBe('refused');
    expect(readReference('Answer: Shingles. Please consult your doctor for antivirals.')).toMatchObject({ kind: 'answer', text: 'Shingles' });
  });
  it('reads a reply cut by the token limit only where a cue or bold answer ended before the cut', () => {
    expect(readReference('The findings suggest a cardiac cause. Diagnosis: Acute myocardial', [], true)).toEqual({ kind: 'truncated' });
    expect(readReference('Acute myocardial infarction is likely because the ST segments', [], true)).toEqual({ kind: 'truncated' });
    expect(readReference('Diagnosis: Acute myocardial infarction.\n\nReasoning: the ST segments are', [], true)).toMatchObject({ kind: 'answer', text: 'Acute myocardial infarction' });
    expect(readReference('**Gout**\n\nThe first MTP joint is', [], true)).toMatchObject({ kind: 'answer', text: 'Gout', by: 'bold' });
    expect(scoreReference(mi, 'Diagnosis: Acute myocardial', exact, { finishReason: 'length' })).toMatchObject({ correct: false, reason: 'truncated', extracted: null, partial: 0 });
    expect(scoreReference(mi, 'Diagnosis: Acute myocardial', exact, { finishReason: 'stop' })).toMatchObject({ reason: 'wrong' });
  });
  it('has nothing to read in an empty reply or one cut while thinking', () => {
    expect(readReference('   ').kind).toBe('empty');
    expect(readReference('<think>the fever pattern suggests').kind).toBe('empty');
  });
});

describe('scoreReference', () => {
  it('is correct on the reference or any alias, normalised, and records the best F1 as partial credit', () => {
    for (const reply of ['Answer: Acute myocardial infarction.', 'Diagnosis: **heart attack**', 'The diagnosis is an acute MI.', 'STEMI']) {
      expect(scoreReference(mi, reply, exact), reply).toMatchObject({ correct: true, score: 1, reason: null, partial: 1 });
    }
  });
  it('accepts an answer whose parenthetical is an alias or an expansion', () => {
    expect(scoreReference(mi, 'Answer: Myocardial infarction (MI)', exact)).toMatchObject({ correct: true });
    expect(scoreReference(mi, 'Answer: Acute myocardial infarction (inferior wall)', exact)).toMatchObject({ correct: true });
  });
  it('is wrong under exact match on a near miss, with its token F1 as partial credit', () => {
    const r = scoreReference(mi, 'Answer: myocardial infarction', exact);
    expect(r).toMatchObject({ correct: false, reason: 'wrong', extracted: 'myocardial infarction', extractedBy: 'label_cue' });
    // best over reference and aliases: vs "acute myocardial infarction" P = 1, R = 2/3 → 0.8
    expect(r.partial).toBeCloseTo(0.8, 6);
    expect(r.explanation).toMatch(/token F1 0\.80/);
  });
  it('counts the near miss as correct under match: f1 at or above the threshold, not below it', () => {
    expect(scoreReference(mi, 'Answer: myocardial infarction', f1)).toMatchObject({ correct: true, partial: 0.8 });
    expect(scoreReference(mi, 'Answer: infarction of the bowel', f1)).toMatchObject({ correct: false });
  });
  it('gives a wrong diagnosis no credit', () => {
    expect(scoreReference(mi, 'Answer: Aortic dissection', exact)).toMatchObject({ correct: false, reason: 'wrong', partial: 0 });
  });
  it('compares numbers within the tolerance (item over suite) when reference and answer are both numbers', () => {
    const na: Item = { id: 'na', reference: '132' };
    expect(scoreReference(na, 'Answer: 132 mmol/L', exact)).toMatchObject({ correct: true, partial: 1 });
    expect(scoreReference(na, 'Answer: 131', exact)).toMatchObject({ correct: false, partial: 0 });
    expect(scoreReference(na, 'Answer: 131', referenceOptions({ type: 'reference', numeric_tolerance: 1 }))).toMatchObject({ correct: true });
    expect(scoreReference({ ...na, numeric_tolerance: 0.5 }, 'Answer: 131', referenceOptions({ type: 'reference', numeric_tolerance: 2 }))).toMatchObject({ correct: false });
    expect(scoreReference({ id: 'ph', reference: '7.4', numeric_tolerance: 0.05 }, 'The pH is 7.36. Answer: 7.36', exact)).toMatchObject({ correct: true });
  });
  it('falls back to text when the answer is not a number', () => {
    expect(scoreReference({ id: 'n', reference: '3', aliases: ['three'] }, 'Answer: three', exact)).toMatchObject({ correct: true });
  });
  it('marks a refusal refused and an empty reply no_answer, neither with credit', () => {
    expect(scoreReference(mi, 'I am unable to answer medical questions. Please consult a doctor.', exact)).toMatchObject({
      correct: false, reason: 'refused', extracted: null, extractedBy: 'refusal', partial: 0,
    });
    expect(scoreReference(mi, '', exact)).toMatchObject({ correct: false, reason: 'no_answer', extracted: null });
  });
});

describe('createReferenceScorer', () => {
  it('refuses items without a usable reference or with bad aliases, naming each', () => {
    const suite = makeSuite({ type: 'reference' }, [
      { id: 'ok', reference: 'gout' },
      { id: 'r1' },
      { id: 'r2', reference: 'the' },
      { id: 'r3', reference: 'gout', aliases: 'podagra' },
      { id: 'r4', reference: 'gout', numeric_tolerance: -1 },
    ]);
    let message = '';
    try {
      createReferenceScorer(suite.scorer, suite);
    } catch (e) {
      message = String((e as { problems?: string[] }).problems ?? (e as Error).message);
    }
    expect(message).toMatch(/item r1: field `reference`: missing/);
    expect(message).toMatch(/item r2: field `reference`: expected a non-empty string/);
    expect(message).toMatch(/item r3: field `aliases`/);
    expect(message).toMatch(/item r4: field `numeric_tolerance`: expected a number ≥ 0, got -1/);
    expect(message).not.toMatch(/item ok/);
  });
  it('refuses bad options given in code, naming the field', () => {
    const config = { type: 'reference' as const, match: 'fuzzy' as never, f1_threshold: 1.5 };
    expect(() => createReferenceScorer(config, makeSuite(config, [{ id: 'ok', reference: 'gout' }]))).toThrow(/scorer\.match.*fuzzy.*scorer\.f1_threshold.*1\.5/);
  });
});
