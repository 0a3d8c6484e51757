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
      got: readLabel(c.reply, c.labels, { finishReason: c.finish ?? 'stop', input: c.input, aliases: c.aliases }).value,
    }));
    expect(reportErrors('label unseen', outcomes)).toBeLessThan(0.01);
  });
});

describe('extractors on 100 kB replies that reach their slowest rules', () => {
  const drugs = { A: 'Warfarin', B: 'Heparin', C: 'Apixaban', D: 'Aspirin' };
  it('read a long reply with no cue through option texts, tables, prose verdicts and braces, and finish', () => {
    const filler = '| Option | Note |\n|---|---|\n| A. Warfarin | needs monitoring {see table} |\nOption B, heparin, is parenteral; apixiban and wafrarin differ { "x": '.repeat(700);
    expect(filler.length).toBeGreaterThan(100_000);
    const r = readChoice(filler, drugs);
    expect(r.value === null || 'ABCD'.includes(r.value)).toBe(true);
    expect(readChoice(`${filler}\nOnly apixaban satisfies all three.`, drugs).value).toBe('C');
  });
  it('read a long label reply with question words, abbreviations and mixed verdicts, and finish', () => {
    const filler = 'Mixed: whether it is hearsay may or may not be clear, courts would likely enforce it; pos. neg. | yes | no |\n'.repeat(1000);
    expect(filler.length).toBeGreaterThan(100_000);
    const r = readLabel(filler, ['Yes', 'No'], { input: 'Is the statement hearsay?' });
    expect(r.value === null || ['Yes', 'No'].includes(r.value)).toBe(true);
    expect(readLabel(`${filler}\nFinal answer: No`, ['Yes', 'No'], { input: 'Is the statement hearsay?' }).value).toBe('No');
  });
  it('read a 100 kB run-on label reply that names a label at every word, with no sentence end, and finish', () => {
    // each label's condition was scanned for back to the sentence's start again at every label (40 s for this reply)
    const runOn = 'true, '.repeat(17_000);
    expect(runOn.length).toBeGreaterThan(100_000);
    const r = readLabel(runOn, ['yes', 'no', 'maybe'], { input: 'Is it safe?' });
    expect(r.value === null || ['yes', 'no', 'maybe'].includes(r.value)).toBe(true);
    expect(readLabel(`${runOn}.\nFinal answer: no`, ['yes', 'no', 'maybe']).value).toBe('no');
  });
});
