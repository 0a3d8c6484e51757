/**
 * Batch 9 (test/scorers/corpora/holdout-b9.jsonl): 440 choice and 340 label replies written by
 * two more writers who saw neither the extractors nor any corpus — one writing as reasoning models
 * and mid-size open models answer in an evaluation (thinking blocks, some cut off, concise final
 * summaries, answers by option text or by number, computed values with units), one as domain
 * fine-tunes, multilingual suites (fifteen languages), base models continuing few-shot prompts and
 * classifier-style fine-tunes on label tasks answer (terse labels, scores, JSON/YAML). It was kept
 * unopened while batch 8's fix round ran and measured once, at its end (commit 2bac4bb): 42 of 440
 * choice replies (9.5%) and 9 of 340 label replies (2.6%) read differently from a careful reader,
 * against 45 (10.2%) and 17 (5.0%) with the extractors from before that round (5ba8aa4).
 *
 * It is kept here UNFIXED, so the figure stays what it measured: the test prints the error by
 * class and fails if a change reads more of it wrongly — or commits falsely more often, the
 * misread that biases accuracy silently (an unread reply is counted and shown as unread).
 * Its label replies were then fixed in the next round (label 2.25.0) and are a regular corpus:
 * every one is read as a careful reader does, and a change may not misread one.
 */
import { describe, expect, it } from 'vitest';
import { misreadRows, readHoldout, wantIsValid } from './holdout-rows.js';

const rows = readHoldout('holdout-b9.jsonl');
const choices = rows.filter((r) => r.kind === 'choice');
const labels = rows.filter((r) => r.kind === 'label');

describe('batch 9: held-out replies, measured once and kept unfixed', () => {
  it('holds 440 choice and 340 label replies, each want an option, a label or null', () => {
    expect(choices).toHaveLength(440);
    expect(labels).toHaveLength(340);
    for (const r of rows) expect(wantIsValid(r), `line ${r.line}`).toBe(true);
  });

  it('choice replies: no more misread than after the fixes of its round so far (13 of 440, 0 of them false commits; 42 and 14 when measured)', () => {
    const wrong = misreadRows(choices, 'choice batch 9');
    expect(wrong.length).toBeLessThanOrEqual(25);
    expect(wrong.filter((w) => w.got !== null).length).toBeLessThanOrEqual(7);
  });

  // fixed in the next round by general rules, each with phrasings of our own (the `r9:` rows of
  // corpora/label-rules-b9.ts, a third of them must not commit): 9 misread (5 false commits) -> 0
  it('label replies: every one read as a careful reader does after their fix round (9 of 340 misread when measured, 5 of them false commits)', () => {
    expect(misreadRows(labels, 'label batch 9').map((o) => o.line)).toEqual([]);
  });
});
