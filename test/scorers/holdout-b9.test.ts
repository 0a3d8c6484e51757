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
 * Its choice replies were then fixed in the next round by general rules (choice 2.20.0–2.33.1), each
 * with phrasings of our own (the `r9:` rows of corpora/choice-rules-b9.ts): 42 misread (14 false
 * commits) -> 11 (none), and 10 since batch 10's round (an option restated in other words is read);
 * every choice reply is read as a careful reader does except the known
 * misreads below (each with its reason), and a change may read one of them (and takes it off the list), never add another.
 * Its label replies were then fixed in the next round (label 2.25.0) and are a regular corpus:
 * every one is read as a careful reader does, and a change may not misread one.
 */
import { describe, expect, it } from 'vitest';
import { misreadRows, readHoldout, wantIsValid } from './holdout-rows.js';

const rows = readHoldout('holdout-b9.jsonl');
const choices = rows.filter((r) => r.kind === 'choice');
const labels = rows.filter((r) => r.kind === 'label');

/** Choice replies of batch 9 that no general rule of its fix round reads (all left unread, none a false commit), by line, with the reason. */
const KNOWN_CHOICE_MISREADS: Record<number, string> = {
  88: 'a paraphrase with a synonym and the words in another order ("adrenaline IM" for Intramuscular epinephrine)',
  102: 'the answer as the subject of a sentence that restates the question ("The Treaty of Versailles, signed …, formally ended the war"), other options named as subjects after it',
  155: 'the value a code comment shows as the output ("print(lst[1:3])  # [2, 3]") beside other lists in the code',
  161: 'an abbreviation the option does not hold ("NAC" for N-acetylcysteine)',
  208: 'every option named in SQL code and prose; the answer is the clause the prose explains first',
  214: 'the answer to a "which is NOT …" question stated as a negation ("Transfer payments are not included in GDP"): the reading needs the question',
  422: 'the answer as a paraphrase ("the non-contrast head CT" for "Obtain non-contrast CT head"); the option asked about and denied is no longer read (was a false commit)',
  438: 'the answer after an arrow ("→ anti-centromere.") and another option as the subject of the next sentence; arrows in reasoning chains point at intermediate values, so an arrow is no cue',
  537: 'a chemical formula for the option\'s name ("CaCO₃" for calcium carbonate)',
  550: 'a brand name for the option\'s drug ("Gleevec" for imatinib)',
};

describe('batch 9: held-out replies, measured once; both fixed by general rules in the next round', () => {
  it('holds 440 choice and 340 label replies, each want an option, a label or null', () => {
    expect(choices).toHaveLength(440);
    expect(labels).toHaveLength(340);
    for (const r of rows) expect(wantIsValid(r), `line ${r.line}`).toBe(true);
  });

  // fixed in the next round by general rules, each with phrasings of our own (the `r9:` rows of
  // corpora/choice-rules-b9.ts, 60 of 139 must not commit): 42 misread (14 false commits) -> 11 (0)
  it('choice replies: every one read as a careful reader does but the known misreads (10 of 440, none a false commit; 42 and 14 when measured)', () => {
    const wrong = misreadRows(choices, 'choice batch 9');
    expect(wrong.map((o) => o.line).filter((line) => KNOWN_CHOICE_MISREADS[line] === undefined)).toEqual([]);
    // exactly the list: a known misread read since is taken off it
    expect(wrong.length, 'a known misread is read now: take it off the list').toBe(10);
    expect(wrong.filter((w) => w.got !== null).length).toBeLessThanOrEqual(0);
  });

  // fixed in the next round by general rules, each with phrasings of our own (the `r9:` rows of
  // corpora/label-rules-b9.ts, a third of them must not commit): 9 misread (5 false commits) -> 0
  it('label replies: every one read as a careful reader does after their fix round (9 of 340 misread when measured, 5 of them false commits)', () => {
    expect(misreadRows(labels, 'label batch 9').map((o) => o.line)).toEqual([]);
  });
});
