/**
 * Batch 10 (test/scorers/corpora/holdout-b10.jsonl): 440 choice and 336 label replies written by
 * two more writers who saw neither the extractors nor any corpus — one writing as large hosted chat
 * APIs answer when the prompt pins no format (long markdown, option-by-option analyses, ✅/❌
 * tables, JSON mode and tool-call payloads, disclaimers, "Actually," corrections, clarifying
 * questions), one as small local models answer through llama.cpp-style servers (terse or looping
 * replies, template tokens and role tags, echoed few-shot turns, option numbers, half-finished JSON,
 * replies cut by the token limit). Four more rows they wrote were dropped before measuring: a bare
 * number ("2") answering a label question whose labels the prompt does not number, where careful
 * graders could disagree.
 *
 * It was kept out of the fix round of batch 9 and measured twice: with the extractors from the
 * round's start (911391a) 42 of 440 choice replies (9.5%) and 26 of 336 label replies (7.7%) read
 * differently from a careful reader; at the round's end (ecebf53) 43 (9.8%) and 24 (7.1%): the round
 * fixed 5 of these replies and misread 4 others. Of the 43 choice misreads, 29 are unread and 14
 * false commits; of the 24 label misreads, 9 unread and 15 false commits.
 *
 * It was kept here unfixed until the next round, so the figure stayed what it measured.
 *
 * Its choice replies were then fixed in the next round by general rules (choice 2.34.0–2.40.0), each
 * with phrasings of our own and near-misses that must not commit (the `r10:` rows of
 * corpora/choice-rules-b10.ts, written before the extractor read them): 43 misread (14 false commits)
 * -> 11 (1). Every choice reply is read as a careful reader does except the known misreads below (each
 * with its reason), and a change may remove one of them, never add another.
 *
 * Its label replies were then fixed in the next round by general rules (label 2.35.0–2.41.0), each
 * with phrasings of our own (the `r10:` rows of corpora/label-rules-b10.ts, written before the
 * extractor read them, over label sets none of the corpora held): 24 misread (15 false commits) -> 0.
 * They are a regular corpus now: a change may not misread one.
 */
import { describe, expect, it } from 'vitest';
import { misreadRows, readHoldout, wantIsValid } from './holdout-rows.js';

const rows = readHoldout('holdout-b10.jsonl');
const choices = rows.filter((r) => r.kind === 'choice');
const labels = rows.filter((r) => r.kind === 'label');

/** Choice replies of batch 10 that no general rule of its fix round reads (10 left unread, 1 a false commit), by line, with the reason. */
const KNOWN_CHOICE_MISREADS: Record<number, string> = {
  5: 'the answer as the subject of an opening statement of fact ("Beyond a reasonable doubt is the criminal standard"), another option named after it and called a distractor by letter: which fact answers needs the question',
  172: 'a synonym only world knowledge gives ("red blood cells" for Erythrocytes)',
  200: 'a restatement of the option whose other sentence names two other options\' words to deny them ("says nothing about dividends or expected return"): a lexical test cannot tell a denial from a mention',
  202: 'a reply about another question than the one asked, naming one option as its subject throughout (read as that option: a false commit); telling it from an answer needs the question',
  253: 'a restatement ("custodial questioning") beside another option\'s own words ("questioned by the police")',
  353: 'every option named in a ranking, the answer first ("Nitrogen … 78%, with oxygen at about 21% …"): which rank answers needs the question',
  379: 'a synonym only world knowledge gives ("goes down" for They fall)',
  457: 'an abbreviation the option does not hold ("NAC" for N-acetylcysteine, one word after the "N-")',
  464: 'a chemical name for the option ("Ascorbic acid" for Vitamin C)',
  586: 'two options each named by place and described ("The second option, 1991, is when …; the wall fell in 1989, which is the last option"): which description answers needs the question',
  597: 'two echoed Q/A pairs, the first answered with no option: which pair is the item\'s needs the question',
};

describe('batch 10: held-out replies, measured once; both fixed by general rules in the next round', () => {
  it('holds 440 choice and 336 label replies, each want an option, a label or null', () => {
    expect(choices).toHaveLength(440);
    expect(labels).toHaveLength(336);
    for (const r of rows) expect(wantIsValid(r), `line ${r.line}`).toBe(true);
  });

  // fixed in the next round by general rules, each with phrasings of our own (the `r10:` rows of
  // corpora/choice-rules-b10.ts): 43 misread (14 false commits) -> 11 (1)
  it('choice replies: every one read as a careful reader does but the known misreads (11 of 440, 1 a false commit; 43 and 14 when measured)', () => {
    const wrong = misreadRows(choices, 'choice batch 10');
    expect(wrong.map((o) => o.line).filter((line) => KNOWN_CHOICE_MISREADS[line] === undefined)).toEqual([]);
    expect(wrong.length).toBeLessThanOrEqual(11);
    expect(wrong.filter((w) => w.got !== null).length).toBeLessThanOrEqual(1);
  });

  // fixed in the next round by general rules, each with phrasings of our own (the `r10:` rows of
  // corpora/label-rules-b10.ts): 24 misread (15 false commits) -> 0
  it('label replies: every one read as a careful reader does after their fix round (24 of 336 misread when measured, 15 of them false commits)', () => {
    expect(misreadRows(labels, 'label batch 10').map((o) => o.line)).toEqual([]);
  });
});
