/**
 * Batch 14 (test/scorers/corpora/holdout-b14.jsonl): 476 choice and 359 label replies written at the
 * start of batch 11's fix round by two more writers who saw neither the extractors nor any corpus —
 * one as long-form reasoning models and chatty hosted models answer (multi-paragraph analyses,
 * option-by-option discussions, tables and checklists, reconsiderations, caveats after the answer,
 * answers by option text or a computed value, hedges, refusals, questions back, replies cut
 * mid-analysis; two label sets of its own: triage urgency and support intents), one as small,
 * quantized and fine-tuned local models answer and as multilingual suites get answered (terse and
 * looping replies, template debris, echoed prompts, half-finished JSON, base models continuing a
 * few-shot prompt; the classes written in nineteen languages; two label sets of its own:
 * fact-check verdicts and stance).
 *
 * Measured before anyone fixing the extractors saw it, with the extractors of the round's start
 * (0d1e60e): 42 of 476 choice replies (8.8%, 13 of them false commits) and 30 of 359 label replies
 * (8.4%, 7 false commits) read differently from a careful reader. It is fixed in the same round; the
 * tests fail if a change reads more of it wrongly or commits falsely more often than the bounds below.
 *
 * Its label replies were fixed in that round by general rules (label 2.52.0; batch 11's, 2.51.0,
 * read none of them), each with phrasings of our own and near-misses that must not commit (the
 * `r14:` rows of corpora/label-rules-b14.ts, written before the extractor read them): 30 misread (7
 * false commits) -> 1 (0) — a label weighed ("Now, considering the label Sports: …") in a reply cut
 * by the token limit (6 false commits), "I can't commit to a stronger label than that" after the
 * answer, "it belongs under X", "best described as X", a corrected label in other languages
 * ("Neutral... nein, Moment: … Also entailment", a false commit; "Negativo... no, momento: …
 * Positivo."), predicates written with a hyphen ("non-inferior") or after a quoted passage in the
 * question's subject, labels in more languages (Greek sentiment, stances, fact-check verdicts,
 * clause types in German, Chinese and Russian) and synonyms a reader takes at once ("Libel",
 * "Nuisance.", "Trespass", "Opposed.", "NEI", "Not enough information", "IP"). What is left is
 * listed below with its reason, and a change may remove it, never add another.
 *
 * Its choice replies were fixed in that round by general rules (choice 2.48.0 and 2.49.0), each with phrasings
 * of our own and near-misses that must not commit (the `r14:` rows of corpora/choice-rules-b14.ts, written
 * before the extractor read them): 42 misread (13 false commits) -> 2 (0); the choice bound is what that
 * reached. The two left are unread computed values said in words or as a range inside a longer phrase ("a
 * present value of one thousand dollars" for $1,000, "about a day … (24 to 30 hours)" for 24–30 hours).
 */
import { describe, expect, it } from 'vitest';
import { misreadRows, readHoldout, wantIsValid } from './holdout-rows.js';

const rows = readHoldout('holdout-b14.jsonl');
const choices = rows.filter((r) => r.kind === 'choice');
const labels = rows.filter((r) => r.kind === 'label');

/** Choice replies of batch 14 that no general rule of its fix round reads (2 left unread, no false commit), by line, with the reason. */
const KNOWN_CHOICE_MISREADS: Record<number, string> = {
  1: 'a computed value said in words inside a longer phrase ("a present value of one thousand dollars" for $1,000)',
  108: 'a computed value said as a range inside a longer phrase ("about a day … (24 to 30 hours)" for 24–30 hours)',
};

/** Label replies of batch 14 that no general rule of its fix round reads (1 left unread), by line, with the reason. */
const KNOWN_LABEL_MISREADS: Record<number, string> = {
  682: 'the question\'s verb and object both said in other words ("does not grant any audit right" to "Does the clause give the licensor a right to audit …?"): a synonym verb and a reworded noun phrase at once',
};

describe('batch 14: held-out replies, measured before its fix round', () => {
  it('holds 476 choice and 359 label replies, each want an option, a label or null', () => {
    expect(choices).toHaveLength(476);
    expect(labels).toHaveLength(359);
    for (const r of rows) expect(wantIsValid(r), `line ${r.line}`).toBe(true);
  });

  // fixed in its round by general rules (the `r14:` rows of corpora/choice-rules-b14.ts): 42 misread (13 false commits) -> 2 (0)
  it('choice replies: no more misread than after their fix round (2 of 476, no false commit; 42 and 13 when measured)', () => {
    const wrong = misreadRows(choices, 'choice batch 14');
    // exactly the list, as batches 8 and 11: a bound alone let a change fix one reply and misread another
    expect(wrong.map((o) => o.line).filter((line) => KNOWN_CHOICE_MISREADS[line] === undefined)).toEqual([]);
    expect(wrong.length, 'a known misread is read now: take it off the list').toBe(2);
    expect(wrong.filter((w) => w.got !== null).length).toBe(0);
  });

  // fixed in the same round by general rules, each with phrasings of our own (the `r14:` rows of
  // corpora/label-rules-b14.ts): 30 misread (7 false commits) -> 1 (0)
  it('label replies: every one read as a careful reader does but the known misreads (1 of 359, none a false commit; 30 and 7 when measured)', () => {
    const wrong = misreadRows(labels, 'label batch 14');
    expect(wrong.map((o) => o.line).filter((line) => KNOWN_LABEL_MISREADS[line] === undefined)).toEqual([]);
    expect(wrong.length, 'a known misread is read now: take it off the list').toBe(1);
    expect(wrong.filter((w) => w.got !== null).length).toBe(0);
  });
});
