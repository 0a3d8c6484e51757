/**
 * The choice extractor against a careful reader, on a corpus of replies written the
 * way chat models and local fine-tunes answer (test/scorers/corpora/choice-corpus.ts).
 */
import { describe, expect, it } from 'vitest';
import { readChoice } from '../../src/scorers/choice-extract.js';
import { CHOICE_CORPUS as WRITTEN_FIRST } from './corpora/choice-corpus.js';
import { CHOICE_FRESH } from './corpora/choice-fresh.js';
import { CHOICE_PROBES } from './corpora/choice-probes.js';
import { CHOICE_RULES_B7 } from './corpora/choice-rules-b7.js';
import { CHOICE_RULES_B8 } from './corpora/choice-rules-b8.js';
import { CHOICE_RULES_B9 } from './corpora/choice-rules-b9.js';
import { CHOICE_RULES_B10 } from './corpora/choice-rules-b10.js';
import { CHOICE_RULES_B11 } from './corpora/choice-rules-b11.js';
import { CHOICE_RULES_B12 } from './corpora/choice-rules-b12.js';
import { CHOICE_RULES_B14 } from './corpora/choice-rules-b14.js';
import { reportErrors } from './corpus-report.js';

/** The corpus written before the extractor, replies written after it (class `fresh`), the fifth round's probes (`p5:`), our own phrasings of the rules batch 7's round added (`r7:`), batch 8's (`r8:`), batch 9's (`r9:`), batch 10's (`r10:`), batch 11's (`r11:`), batch 12's (`r12:`) and batch 14's (`r14:`). */
const CHOICE_CORPUS = [...WRITTEN_FIRST, ...CHOICE_FRESH, ...CHOICE_PROBES, ...CHOICE_RULES_B7, ...CHOICE_RULES_B8, ...CHOICE_RULES_B9, ...CHOICE_RULES_B10, ...CHOICE_RULES_B11, ...CHOICE_RULES_B12, ...CHOICE_RULES_B14];

describe('choice extraction corpus', () => {
  it('holds at least 400 replies over 4- and 5-option items, at least 60 of them committing to nothing', () => {
    expect(CHOICE_CORPUS.length).toBeGreaterThanOrEqual(400);
    expect(CHOICE_CORPUS.filter((c) => c.want === null).length).toBeGreaterThanOrEqual(60);
    expect(new Set(CHOICE_CORPUS.map((c) => Object.keys(c.choices).length))).toEqual(new Set([4, 5]));
  });

  it('reads every reply as a careful reader does (the bound is 0.5% error; it reads none wrongly)', () => {
    const outcomes = CHOICE_CORPUS.map((c) => ({
      cls: c.cls,
      reply: c.reply,
      want: c.want,
      got: readChoice(c.reply, c.choices, { finishReason: c.finish ?? 'stop' }).value,
    }));
    // The bound is 0.5%; the corpus reads at none, and a new misread must fail here, not
    // hide under the bound.
    expect(reportErrors('choice corpus', outcomes)).toBe(0);
  });

  it('says why a reply gave no letter: truncated, ambiguous or no answer', () => {
    const { diabetes } = { diabetes: { A: 'Insulin glargine', B: 'Glipizide', C: 'Metformin', D: 'Pioglitazone' } };
    expect(readChoice('Option A: insulin could be right because', diabetes, { finishReason: 'length' }).reason).toBe('truncated');
    expect(readChoice('Either B or C.', diabetes).reason).toBe('ambiguous');
    expect(readChoice("I don't know.", diabetes).reason).toBe('no_answer');
    expect(readChoice('Answer: C', diabetes)).toMatchObject({ value: 'C', reason: null });
  });
});
