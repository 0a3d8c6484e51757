/**
 * Batch 11 (test/scorers/corpora/holdout-b11.jsonl): 450 choice and 340 label replies written at
 * the start of batch 10's round by two more writers who saw neither the extractors nor any corpus —
 * one as a realistic mix of what a comparison run gets (eight model families, from hosted chat APIs
 * to a medical fine-tune behind a llama.cpp server with a misconfigured template, answering bench's
 * own prompts and plain ones; most replies ordinary, a third showing what makes reading hard), one
 * as the classes the issue names with their near-relatives that commit to nothing, over nine label
 * sets (two new: ticket urgency, emotions; banking intents in the first writer's part).
 *
 * Nobody fixing the extractors saw it. Measured with the extractors from the round's start (e23e7bb):
 * 18 of 450 choice replies (4.0%, 11 false commits) and 7 of 340 label replies (2.1%, 3 false
 * commits) read differently from a careful reader; at the round's end (after batch 10's and batch
 * 12's fixes) 15 (3.3%, 10) and 5 (1.5%, 2): the round fixed 5 choice and 2 label replies of it and
 * left 2 more choice replies unread that were read before.
 *
 * It was kept here UNFIXED until the next round, so the figure stayed what it measured: the test
 * printed the error by class and failed if a change read more of it wrongly or committed falsely
 * more often.
 *
 * Its label replies were then fixed in the next round by general rules (label 2.51.0), each with
 * phrasings of our own and near-misses that must not commit (the `r11:` rows of
 * corpora/label-rules-b11.ts, written before the extractor read them): 5 misread (2 false commits)
 * -> 0 — two explicit answers that disagree with reasoning between them and no word withdrawing the
 * first ("Answer: no … so the answer is yes": no answer), per-label rows with one superlative verdict
 * ("maybe — most consistent with the data"), "the best fit is X" after a list of candidates, a denied
 * noun that only shares a label's stem ("…, not competition" is no non_compete: a false commit), and
 * a question's adjective before "after" ("is not necessary after …"). They are a regular corpus now:
 * a change may not misread one.
 *
 * Its choice replies were then fixed in the next round by general rules (choice 2.47.0), each with
 * phrasings of our own and near-misses that must not commit (the `r11:` rows of
 * corpora/choice-rules-b11.ts, written before the extractor read them): 15 misread (10 false commits)
 * -> 1 (0). Every choice reply is read as a careful reader does except the known misread below (with
 * its reason), and a change may remove it, never add another.
 */
import { describe, expect, it } from 'vitest';
import { misreadRows, readHoldout, wantIsValid } from './holdout-rows.js';

const rows = readHoldout('holdout-b11.jsonl');
const choices = rows.filter((r) => r.kind === 'choice');
const labels = rows.filter((r) => r.kind === 'label');

/** Choice replies of batch 11 that no general rule of its fix round reads (1 left unread, no false commit), by line, with the reason. */
const KNOWN_CHOICE_MISREADS: Record<number, string> = {
  300: 'two options stated as values of one quantity in two cases ("O(log n) in the worst and average case, and O(1) in the best case"): which case the question asks about needs the question',
};

describe('batch 11: held-out replies, measured at the start and end of a fix round and kept unfixed', () => {
  it('holds 450 choice and 340 label replies, each want an option, a label or null', () => {
    expect(choices).toHaveLength(450);
    expect(labels).toHaveLength(340);
    for (const r of rows) expect(wantIsValid(r), `line ${r.line}`).toBe(true);
  });

  // fixed in the next round by general rules, each with phrasings of our own (the `r11:` rows of
  // corpora/choice-rules-b11.ts): 15 misread (10 false commits) -> 1 (0)
  it('choice replies: every one read as a careful reader does but the known misread (1 of 450, no false commit; 15 and 10 when measured)', () => {
    const wrong = misreadRows(choices, 'choice batch 11');
    expect(wrong.map((o) => o.line).filter((line) => KNOWN_CHOICE_MISREADS[line] === undefined)).toEqual([]);
    expect(wrong.length, 'a known misread is read now: take it off the list').toBe(1);
    expect(wrong.filter((w) => w.got !== null).length).toBe(0);
  });

  // fixed in the next round by general rules, each with phrasings of our own (the `r11:` rows of
  // corpora/label-rules-b11.ts): 5 misread (2 false commits) -> 0
  it('label replies: every one read as a careful reader does after their fix round (5 of 340 misread at the round\'s end, 2 of them false commits)', () => {
    expect(misreadRows(labels, 'label batch 11').map((o) => o.line)).toEqual([]);
  });
});
