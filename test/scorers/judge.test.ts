/** The judge's reply parsing and grade scales (src/scorers/judge), and what its prompt may contain. */
import { describe, expect, it } from 'vitest';
import { parseExtract, parseGrade, parsePairwise } from '../../src/scorers/judge/parse.js';
import { readGrade, scaleOf, scaleProblems } from '../../src/scorers/judge/scale.js';
import { gradeMessages, pairwiseMessages } from '../../src/scorers/judge/prompt.js';
import type { Suite } from '../../src/suites/types.js';

const labels = scaleOf({});
const five = scaleOf({ grades: { min: 1, max: 5, pass: 4 } });

describe('judge replies', () => {
  it('accepts a bare JSON object or one inside a code fence, nothing else', () => {
    expect(parseGrade('{"grade": "correct", "reason": "same diagnosis"}', labels)).toMatchObject({ ok: true, value: { grade: 'correct', correct: true, score: 1 } });
    expect(parseGrade('```json\n{"grade": "Partially Correct", "reason": "close"}\n```', labels)).toMatchObject({ ok: true, value: { grade: 'partially_correct', correct: false, score: 0.5 } });
    expect(parseGrade('Here: {"grade": "correct", "reason": "x"}', labels)).toMatchObject({ ok: false, error: expect.stringMatching(/not a JSON object/) });
    expect(parseGrade('{"grade": "correct"}', labels)).toMatchObject({ ok: false, error: expect.stringMatching(/reason/) });
    expect(parseGrade('{"grade": "correct", "reason": "x", "confidence": 0.9}', labels).ok).toBe(false);
  });

  it('refuses a grade off the scale instead of rounding it to the nearest', () => {
    expect(parseGrade('{"grade": "excellent", "reason": "x"}', labels)).toMatchObject({ ok: false, error: expect.stringMatching(/not on the scale/) });
    expect(parseGrade('{"grade": 6, "reason": "x"}', five).ok).toBe(false);
    expect(parseGrade('{"grade": 3.5, "reason": "x"}', five).ok).toBe(false);
    expect(parseGrade('{"grade": "4", "reason": "x"}', five)).toMatchObject({ ok: true, value: { grade: '4', correct: true, score: 0.75 } });
    expect(readGrade(five, 3)).toEqual({ grade: '3', correct: false, score: 0.5 });
  });

  it('pairwise replies name A, B or tie', () => {
    expect(parsePairwise('{"winner": "B", "reason": "names the condition"}')).toEqual({ ok: true, value: { winner: 'B', reason: 'names the condition' } });
    expect(parsePairwise('{"winner": "both", "reason": "x"}').ok).toBe(false);
  });

  it('extraction replies name one allowed answer (any case) or null; anything else is no reading', () => {
    expect(parseExtract('{"answer": "b", "reason": "leans to B"}', ['A', 'B'])).toEqual({ ok: true, value: { answer: 'B', reason: 'leans to B' } });
    expect(parseExtract('{"answer": null, "reason": "commits to none"}', ['A', 'B'])).toMatchObject({ ok: true, value: { answer: null } });
    expect(parseExtract('{"answer": "E", "reason": "x"}', ['A', 'B']).ok).toBe(false);
    expect(parseExtract('B, I think', ['A', 'B']).ok).toBe(false);
  });

  it('a pass grade that is not on the scale is a suite error', () => {
    expect(scaleProblems({ grades: ['good', 'bad'], pass: ['great'] })).toEqual([expect.stringMatching(/"great" is not one of the grades/)]);
    expect(scaleOf({ grades: ['good', 'ok', 'bad'], pass: ['good', 'ok'] })).toEqual({ kind: 'labels', grades: ['good', 'ok', 'bad'], pass: ['good', 'ok'] });
  });
});

describe('judge prompts', () => {
  const suite = { name: 's', scorer: { type: 'judge' }, template: 'Q: {{question}}', fewshot: [], rubric: 'Suite rubric.' } as unknown as Suite;
  const item = { id: 'q1', question: 'Fever and rash?', reference: 'measles', aliases: ['rubeola'], rubric: 'Item rubric.' };

  it('shows the rubric (the item’s over the suite’s), the question, the reference with aliases and the answer', () => {
    const [sys, user] = gradeMessages(suite, item, 'It is measles.', labels);
    expect(sys!.content).toMatch(/"grade"/);
    expect(user!.content).toContain('## Rubric\nItem rubric.');
    expect(user!.content).toContain('## Question\nQ: Fever and rash?');
    expect(user!.content).toContain('## Reference answer\nmeasles\n(also accepted: rubeola)');
    expect(user!.content).toContain('## Candidate answer\nIt is measles.');
    expect(user!.content).toContain('"correct", "partially_correct", "incorrect"');
  });

  it('pairwise shows the answers as A and B only', () => {
    const [, user] = pairwiseMessages(suite, { ...item, rubric: undefined }, 'first answer', 'second answer');
    expect(user!.content).toContain('## Rubric\nSuite rubric.');
    expect(user!.content).toMatch(/## Answer A\nfirst answer\n\n## Answer B\nsecond answer/);
  });
});
