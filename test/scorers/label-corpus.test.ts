/**
 * The label extractor against a careful reader, on a corpus of replies over four
 * label sets (test/scorers/corpora/label-corpus.ts).
 */
import { describe, expect, it } from 'vitest';
import { readLabel } from '../../src/scorers/label-extract.js';
import { LABEL_CORPUS as WRITTEN_FIRST } from './corpora/label-corpus.js';
import { LABEL_FRESH } from './corpora/label-fresh.js';
import { LABEL_PROBES } from './corpora/label-probes.js';
import { LABEL_RULES_B7 } from './corpora/label-rules-b7.js';
import { LABEL_RULES_B8 } from './corpora/label-rules-b8.js';
import { LABEL_RULES_B9 } from './corpora/label-rules-b9.js';
import { LABEL_RULES_B10 } from './corpora/label-rules-b10.js';
import { LABEL_RULES_B11 } from './corpora/label-rules-b11.js';
import { LABEL_RULES_B12 } from './corpora/label-rules-b12.js';
import { LABEL_RULES_B14 } from './corpora/label-rules-b14.js';
import { LABEL_PROBES_R10 } from './corpora/label-probes-r10.js';
import { LABEL_PROBES_R9 } from './corpora/label-probes-r9.js';
import { LABEL_PROBES_R9C } from './corpora/label-probes-r9c.js';
import { LABEL_PROBES_R9D } from './corpora/label-probes-r9d.js';
import { LABEL_PROBES_R9E } from './corpora/label-probes-r9e.js';
import { LABEL_PROBES_R9F } from './corpora/label-probes-r9f.js';
import { LABEL_PROBES_R9G } from './corpora/label-probes-r9g.js';
import { LABEL_PROBES_R9H } from './corpora/label-probes-r9h.js';
import { LABEL_PROBES_R9I } from './corpora/label-probes-r9i.js';
import { reportErrors } from './corpus-report.js';

/** The corpus written before the extractor, replies written after it (class `fresh`), the fifth round's probes (`p5:`), our own phrasings of the rules batch 7's round added (`r7:`), and of those batch 8's round added (`r8:`), of those batch 9's round added (`r9:`), of those batch 10's round added (`r10:`) and its probes (`p10:`), of those batch 11's round added (`r11:`), of those batch 12's round added (`r12:`), of those batch 14's round added (`r14:`), and that round's probes in the styles of a new batch (`p9:`). */
const LABEL_CORPUS = [...WRITTEN_FIRST, ...LABEL_FRESH, ...LABEL_PROBES, ...LABEL_RULES_B7, ...LABEL_RULES_B8, ...LABEL_RULES_B9, ...LABEL_RULES_B10, ...LABEL_RULES_B11, ...LABEL_RULES_B12, ...LABEL_RULES_B14, ...LABEL_PROBES_R10, ...LABEL_PROBES_R9, ...LABEL_PROBES_R9C, ...LABEL_PROBES_R9D, ...LABEL_PROBES_R9E, ...LABEL_PROBES_R9F, ...LABEL_PROBES_R9G, ...LABEL_PROBES_R9H, ...LABEL_PROBES_R9I];

describe('label extraction corpus', () => {
  it('holds at least 300 replies over at least 3 label sets, at least 60 of them committing to nothing', () => {
    expect(LABEL_CORPUS.length).toBeGreaterThanOrEqual(300);
    expect(LABEL_CORPUS.filter((c) => c.want === null).length).toBeGreaterThanOrEqual(60);
    expect(new Set(LABEL_CORPUS.map((c) => c.labels.join('|'))).size).toBeGreaterThanOrEqual(3);
  });

  it('reads every reply as a careful reader does (the bound is 1% error; it reads none wrongly)', () => {
    const outcomes = LABEL_CORPUS.map((c) => ({
      cls: c.cls,
      reply: c.reply,
      want: c.want,
      got: readLabel(c.reply, c.labels, { finishReason: c.finish ?? 'stop', aliases: c.aliases, input: c.input }).value,
    }));
    // The bound is 1%; the corpus reads at none, and a new misread must fail here, not
    // hide under the bound.
    expect(reportErrors('label corpus', outcomes)).toBe(0);
  });
});
