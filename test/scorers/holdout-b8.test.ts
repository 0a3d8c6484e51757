/**
 * Batch 8 (test/scorers/corpora/holdout-b8.jsonl): 440 choice and 320 label replies written by
 * two more writers who saw neither the extractors nor any corpus — one writing as small local
 * models and fine-tunes answer through imperfect chat templates (debris, continued fake turns,
 * code-style answers, nine languages), one as large hosted chat models answer (long structured
 * explanations, per-option assessments, reasoning that changes its mind). It was measured once,
 * at the end of batch 7's fix round (commit 2de091a): 55 of 440 choice replies (12.5%) and 12 of
 * 320 label replies (3.8%) read differently from a careful reader, against 56 (12.7%) and 15
 * (4.7%) with the extractors as they were before that round (770386a).
 *
 * Its choice replies are kept here UNFIXED, so the figure stays what it measured: the test prints
 * the error by class and fails if a change reads more of them wrongly — or commits falsely more
 * often, the misread that biases accuracy silently (an unread reply is counted and shown as unread).
 * Its label replies were then fixed by general rules in the next round (each with phrasings of our
 * own, a third of them must not commit: the `r8:` rows of corpora/label-rules-b8.ts) and are a
 * regular corpus: every one is read as a careful reader does, and a change may not misread one.
 */
import { describe, expect, it } from 'vitest';
import { misreadRows, readHoldout, wantIsValid, type HoldoutRow } from './holdout-rows.js';

const rows = readHoldout('holdout-b8.jsonl');
const choices = rows.filter((r) => r.kind === 'choice');
const labels = rows.filter((r) => r.kind === 'label');

/** Misreads, and of them the false commits: an answer read where the reader takes another or none. */
function misreads(set: HoldoutRow[], name: string): { wrong: number; falseCommits: number } {
  const wrong = misreadRows(set, name);
  return { wrong: wrong.length, falseCommits: wrong.filter((o) => o.got !== null).length };
}

describe('batch 8: held-out replies, measured once; choices kept unfixed, labels fixed by general rules', () => {
  it('holds 440 choice and 320 label replies, each want an option, a label or null', () => {
    expect(choices).toHaveLength(440);
    expect(labels).toHaveLength(320);
    expect(rows.filter((r) => !wantIsValid(r))).toEqual([]);
  });

  it('choice replies: no more misread than when it was measured (55 of 440, 19 of them false commits)', () => {
    const m = misreads(choices, 'choice batch 8');
    expect(m.wrong).toBeLessThanOrEqual(55);
    expect(m.falseCommits).toBeLessThanOrEqual(19);
  });

  it('label replies: every one read as a careful reader does after their fix round (12 of 320 misread when measured, 5 of them false commits)', () => {
    expect(misreadRows(labels, 'label batch 8').map((o) => o.line)).toEqual([]);
  });
});
