/**
 * Letter extraction on the ways real models answer multiple-choice questions,
 * and the choice scorer's verdicts and input checks.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractChoice } from '../../src/scorers/choice-extract.js';
import { createChoiceScorer, scoreChoice } from '../../src/scorers/choice.js';
import { InputError } from '../../src/errors.js';
import type { Item, Suite } from '../../src/suites/types.js';
import { makeSuite } from './suite-fixture.js';

/** First-line drug for type 2 diabetes; gold C. */
const DIABETES = { A: 'Insulin glargine', B: 'Glipizide', C: 'Metformin', D: 'Pioglitazone' };
const ORGANISM = { A: 'Staphylococcus aureus', B: 'E. coli', C: 'Proteus mirabilis', D: 'Enterococcus faecalis', E: 'Klebsiella pneumoniae' };
const HEPATITIS = { A: 'Hepatitis B', B: 'Hepatitis C', C: 'Hepatitis A', D: 'Hepatitis E' };
const FATIGUE = { A: 'Vitamin D deficiency', B: 'Iron deficiency', C: 'Hypothyroidism', D: 'Coeliac disease' };

const OPTION_LIST = [
  'A. Insulin glargine - not first line',
  'B. Glipizide - risk of hypoglycaemia',
  'C. Metformin - first line, weight neutral',
  'D. Pioglitazone - fluid retention',
].join('\n');

const COT_B = [
  "Let's think step by step.",
  'Insulin glargine (A) is used when oral agents fail, so it is not where we start.',
  'Metformin (C) would usually be first, but this patient has an eGFR of 20, which contraindicates it.',
  'Glipizide (B) is cleared partly by the liver and is usable here.',
  'Therefore, the answer is B',
].join('\n');

/** [reply, choices, expected letter or null (no answer)] */
const TABLE: Array<[string, Record<string, string>, string | null]> = [
  ['C', DIABETES, 'C'],
  ['(C)', DIABETES, 'C'],
  ['Answer: C', DIABETES, 'C'],
  ['**C**', DIABETES, 'C'],
  ['C. Metformin', DIABETES, 'C'],
  ['The answer is C, not B', DIABETES, 'C'],
  ["I think it's (c)", DIABETES, 'C'],
  ['Option C', DIABETES, 'C'],
  ['C)', DIABETES, 'C'],
  ['Metformin', DIABETES, 'C'],
  ['metformin.', DIABETES, 'C'],
  [COT_B, DIABETES, 'B'],
  ["I'm sorry, but I can't provide medical advice. Please consult a doctor about metformin.", DIABETES, null],
  ["I don't know.", DIABETES, null],
  ['A or B', DIABETES, null],
  ['It could be A, or it could be C.', DIABETES, null],
  ['A is wrong; the answer is D', DIABETES, 'D'],
  ['**Answer:** C', DIABETES, 'C'],
  ['The correct answer is **(C) Metformin**.', DIABETES, 'C'],
  ['answer: c', DIABETES, 'C'],
  ['the answer is a', DIABETES, 'A'],
  ['A', DIABETES, 'A'],
  ['a', DIABETES, 'A'],
  ['A patient with newly diagnosed type 2 diabetes should start metformin.', DIABETES, 'C'],
  ['I would choose B.', DIABETES, 'B'],
  ["I'd go with option D", DIABETES, 'D'],
  ['The best answer is D) Pioglitazone', DIABETES, 'D'],
  ['After weighing each option, I believe the answer is (D).', DIABETES, 'D'],
  ['\\boxed{C}', DIABETES, 'C'],
  ['The final answer is $\\boxed{B}$.', DIABETES, 'B'],
  ['<think>Maybe A... no wait, insulin is not first line. B? No.</think>\nC', DIABETES, 'C'],
  ['Initially I thought the answer is A. On reflection, the final answer is B.', DIABETES, 'B'],
  ['C is correct. A is wrong because insulin is reserved for later.', DIABETES, 'C'],
  ['Option A is wrong. Option C is correct.', DIABETES, 'C'],
  ["Not A. Not B. It's C.", DIABETES, 'C'],
  ["B or C, I can't decide.", DIABETES, null],
  ['I cannot determine the answer from the information given.', DIABETES, null],
  ['Both (A) and (C) are plausible.', DIABETES, null],
  ['- C', DIABETES, 'C'],
  ['## Answer\nC', DIABETES, 'C'],
  ['I choose C over B.', DIABETES, 'C'],
  ['The answer is not B but C', DIABETES, 'C'],
  ['Answer: (d)', DIABETES, 'D'],
  ['It is a tricky question, but metformin is first-line.', DIABETES, 'C'],
  ['The answer is Metformin.', DIABETES, 'C'],
  ['Glipizide is a sulfonylurea; metformin is a biguanide.', DIABETES, null],
  ['The answer is C.\n\nExplanation: metformin lowers hepatic glucose output; A) insulin is kept for later.', DIABETES, 'C'],
  [`${OPTION_LIST}\n\nThe answer is C.`, DIABETES, 'C'],
  [OPTION_LIST, DIABETES, null],
  ["I'm not sure, but I think the answer is B.", DIABETES, 'B'],
  ['Answer: E', DIABETES, null],
  ['the answer is (b)', DIABETES, 'B'],
  ["i think it's a", DIABETES, 'A'],
  ["I think it's a sulfonylurea.", DIABETES, null],
  ['Answer: C\n\nConfidence: high', DIABETES, 'C'],
  ['C - Metformin', DIABETES, 'C'],
  ['[C]', DIABETES, 'C'],
  ["'C'", DIABETES, 'C'],
  ['The correct option is C because metformin reduces hepatic gluconeogenesis.', DIABETES, 'C'],
  ['B is incorrect, D is incorrect, A is incorrect, so C.', DIABETES, 'C'],
  ['So the answer would be A', DIABETES, 'A'],
  ['None of the above.', DIABETES, null],
  ['', DIABETES, null],
  ['The answer to this question is D.', DIABETES, 'D'],
  ['ANSWER: B', DIABETES, 'B'],
  ['Answer:\n\n(B) Glipizide', DIABETES, 'B'],
  ['The most likely organism is E. coli.', ORGANISM, 'B'],
  ['E', ORGANISM, 'E'],
  ['E. coli causes most urinary infections, so the answer is A? No - the answer is B.', ORGANISM, 'B'],
  ['The answer is A or B.', DIABETES, null],
  ['{"answer": "C"}', DIABETES, 'C'],
  ['Based on the above, C.', DIABETES, 'C'],
  ['Neither A nor B; C.', DIABETES, 'C'],
  ['Definitely D.', DIABETES, 'D'],
  ['D!', DIABETES, 'D'],
  ["Is the answer A? No, it's B.", DIABETES, 'B'],
  ['The most appropriate next step is C', DIABETES, 'C'],
  ['C is the answer.', DIABETES, 'C'],
  ['Answer: C or D', DIABETES, null],
  ['Answer C is correct; answer A is wrong.', DIABETES, 'C'],
  ["It's not C, it's D.", DIABETES, 'D'],
  ['<think>The answer is A.</think>\n\nThe answer is **B**.', DIABETES, 'B'],
  ['The answer is a bit subtle here; metformin is first-line.', DIABETES, 'C'],
  ['Symptoms point to low vitamin D.', FATIGUE, null],
  ['Between (B) and (D), D is the best choice.', DIABETES, 'D'],
  ['I would not choose A. I would choose D.', DIABETES, 'D'],
  ['Hepatitis B is the most likely diagnosis.', HEPATITIS, 'A'],
  ['The most likely cause is vitamin D deficiency.', FATIGUE, 'A'],
  ['Vitamin D deficiency is the correct answer.', FATIGUE, 'A'],
];

describe('extractChoice on real-style replies', () => {
  it('has a table of at least 40 replies', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });
  it.each(TABLE.map(([reply, choices, want], i) => ({ i, reply, choices, want })))(
    '#$i reads $want from $reply',
    ({ reply, choices, want }) => {
      expect(extractChoice(reply, choices)?.letter ?? null).toBe(want);
    },
  );
});

describe('choice scorer', () => {
  const item: Item = { id: 'q1', question: 'First-line drug?', choices: DIABETES, answer: 'C' };
  const suite: Suite = makeSuite({ type: 'choice' }, [item]);
  const ctx = { suite, signal: new AbortController().signal };

  it('marks the gold letter correct and reports the letter it read', async () => {
    const scorer = createChoiceScorer({ type: 'choice' }, suite);
    expect(await scorer.score(item, 'Therefore, the answer is C.', ctx)).toMatchObject({
      correct: true, score: 1, extracted: 'C', reason: null,
    });
  });
  it('marks another letter wrong, keeping the letter it read', () => {
    expect(scoreChoice(item, 'Answer: B')).toMatchObject({ correct: false, score: 0, extracted: 'B', reason: 'wrong' });
  });
  it('gives a refusal no answer rather than a wrong letter', () => {
    expect(scoreChoice(item, "I'm not able to answer medical questions.")).toMatchObject({
      correct: false, score: 0, extracted: null, reason: 'no_answer',
    });
  });
  it('accepts a lower-case gold letter', () => {
    expect(scoreChoice({ ...item, answer: 'c' }, 'C').correct).toBe(true);
  });
  it('refuses a suite whose gold answer is not one of the choices, naming the item and field', () => {
    const bad = makeSuite({ type: 'choice' }, [item, { id: 'q2', question: '?', choices: DIABETES, answer: 'E' }]);
    expect(() => createChoiceScorer({ type: 'choice' }, bad)).toThrow(/item q2: field `answer`: expected one of the choice letters A, B, C, D, got "E"/);
  });
  it('refuses an item without choices', () => {
    const bad = makeSuite({ type: 'choice' }, [{ id: 'q3', question: '?', answer: 'A' }]);
    expect(() => createChoiceScorer({ type: 'choice' }, bad)).toThrow(InputError);
    expect(() => createChoiceScorer({ type: 'choice' }, bad)).toThrow(/item q3: field `choices`/);
  });
});

describe('extractChoice properties', () => {
  const letters = fc.constantFrom('A', 'B', 'C', 'D');
  const forms = fc.constantFrom(
    (l: string) => l,
    (l: string) => `(${l})`,
    (l: string) => `Answer: ${l}`,
    (l: string) => `**${l}**`,
    (l: string) => `The answer is ${l}.`,
    (l: string) => `${l}) ${DIABETES[l as keyof typeof DIABETES]}`,
    (l: string) => `Let me reason about it first.\n\nFinal answer: ${l.toLowerCase()}`,
  );

  it('reads the letter back from every common answer form', () => {
    fc.assert(fc.property(letters, forms, (l, form) => extractChoice(form(l), DIABETES)?.letter === l));
  });

  it('never throws and never returns a letter that is not an option, whatever the reply', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (reply) => {
        const got = extractChoice(reply, DIABETES);
        return got === null || Object.keys(DIABETES).includes(got.letter);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a 200 kB chain of thought quickly', () => {
    const filler = 'Option A (insulin) is considered; the patient is not a candidate *yet* because of **reasons**. '.repeat(2200);
    const start = performance.now();
    expect(extractChoice(`${filler}\nTherefore, the answer is C.`, DIABETES)?.letter).toBe('C');
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('choice scorer reasons', () => {
  const item: Item = { id: 'q1', question: 'First-line drug?', choices: DIABETES, answer: 'C' };
  it('says a hedge is ambiguous and a reply cut mid-discussion is truncated, never a wrong letter', () => {
    expect(scoreChoice(item, 'Either B or C.')).toMatchObject({ extracted: null, reason: 'ambiguous' });
    expect(scoreChoice(item, 'Option C: metformin is first line because', { finishReason: 'length' })).toMatchObject({ extracted: null, reason: 'truncated' });
  });
  it('reads past a stop string the server did not apply', () => {
    expect(scoreChoice(item, 'C\nUser: next question\nAnswer: B', { stop: ['\nUser:'] })).toMatchObject({ extracted: 'C', correct: true });
    expect(scoreChoice(item, 'C###B', { stop: ['###'] })).toMatchObject({ extracted: 'C' });
  });
  it('records how the letter was found', () => {
    expect(scoreChoice(item, '(A) false (B) false (C) true (D) false')).toMatchObject({ extracted: 'C', extractedBy: 'verdicts' });
  });
});

describe('extractChoice on long, hesitant replies', () => {
  it('reads a 200 kB reply full of corrections and hedges quickly', () => {
    const filler = 'Wait, option A could be it, actually no. Either B or C might be right; hmm. '.repeat(2700);
    const start = performance.now();
    expect(extractChoice(`${filler}\nTherefore, the answer is C.`, DIABETES)?.letter).toBe('C');
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
