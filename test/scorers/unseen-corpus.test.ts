/**
 * The extractors on held-out replies written after them (test/scorers/corpora/*-unseen.ts):
 * error by class and batch, under the same thresholds as the corpora they were built on.
 */
import { describe, expect, it } from 'vitest';
import { readChoice } from '../../src/scorers/choice-extract.js';
import { readLabel } from '../../src/scorers/label-extract.js';
import { CHOICE_UNSEEN } from './corpora/choice-unseen.js';
import { LABEL_UNSEEN } from './corpora/label-unseen.js';
import { reportErrors } from './corpus-report.js';

describe('held-out replies written after the extractors', () => {
  it('hold at least 150 choice and 120 label replies, at least 25 of each committing to nothing', () => {
    expect(CHOICE_UNSEEN.length).toBeGreaterThanOrEqual(150);
    expect(CHOICE_UNSEEN.filter((c) => c.want === null).length).toBeGreaterThanOrEqual(25);
    expect(LABEL_UNSEEN.length).toBeGreaterThanOrEqual(120);
    expect(LABEL_UNSEEN.filter((c) => c.want === null).length).toBeGreaterThanOrEqual(25);
    expect(new Set(LABEL_UNSEEN.map((c) => c.labels.join('|'))).size).toBeGreaterThanOrEqual(3);
  });

  it('choice replies are read as a careful reader does, with under 0.5% error', () => {
    const outcomes = CHOICE_UNSEEN.map((c) => ({
      cls: c.cls,
      reply: c.reply,
      want: c.want,
      got: readChoice(c.reply, c.choices, { finishReason: c.finish ?? 'stop' }).value,
    }));
    expect(reportErrors('choice unseen', outcomes)).toBeLessThan(0.005);
  });

  it('label replies are read as a careful reader does, with under 1% error', () => {
    const outcomes = LABEL_UNSEEN.map((c) => ({
      cls: c.cls,
      reply: c.reply,
      want: c.want,
      got: readLabel(c.reply, c.labels, { finishReason: c.finish ?? 'stop', input: c.input }).value,
    }));
    expect(reportErrors('label unseen', outcomes)).toBeLessThan(0.01);
  });
});
