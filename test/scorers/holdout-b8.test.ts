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
 * Its choice replies were then fixed in the next round by general rules, each with phrasings of
 * our own (a third of them must not commit: the `r8:` rows of corpora/choice-rules-b8.ts): 55
 * misread (19 false commits) → 31 (4); rules of later rounds read five more (an option restated in other
 * words, an opening letter with its reason), so 26 (4); batch 11's round one more ("Tanzania (B) rather than Kenya (A),
 * even though …", a contrast pair with brackets), so 25 (4). They are a regular corpus: every choice reply is read as a
 * careful reader does except the known misreads below, which no general rule of that round reads
 * (each with its reason); a change may read one of them (and takes it off the list), never add another.
 * Its label replies were then fixed by general rules in the next round (each with phrasings of our
 * own, a third of them must not commit: the `r8:` rows of corpora/label-rules-b8.ts) and are a
 * regular corpus: every one is read as a careful reader does, and a change may not misread one.
 */
import { describe, expect, it } from 'vitest';
import { misreadRows, readHoldout, wantIsValid, type HoldoutRow } from './holdout-rows.js';

const rows = readHoldout('holdout-b8.jsonl');
const choices = rows.filter((r) => r.kind === 'choice');
const labels = rows.filter((r) => r.kind === 'label');

/** Choice replies of batch 8 that no general rule of its fix round reads, by line of the file, with the reason. */
const KNOWN_CHOICE_MISREADS: Record<number, string> = {
  27: 'a reply that opens with another question than the one asked and answers it (false commit): only the prompt tells an echo from a continuation',
  69: 'an option named in Chinese after a Chinese self-correction ("马基雅维利" for Niccolò Machiavelli): option texts are matched in their own script only',
  84: '"the middle one, lisinopril" against "The final option, Hydrochlorothiazide, is a diuretic": the subject ordinal and the predicate one disagree, so nothing is read',
  114: 'a verdict row whose text holds a colon and arithmetic before its mark ("Option B - x^2(3 ln x + 1): … ✔")',
  116: 'a reworded option ("n-acetyl cysteine (NAC)" for N-acetylcysteine)',
  117: 'an option\'s text without its lead words ("preponderance of evidence")',
  118: 'an abbreviation the option does not hold ("The IRR." for the internal rate of return)',
  119: 'a reworded option ("4-factor PCC plus IV vitamin K")',
  120: 'a misspelt contraction and slang around an option\'s name ("Its Pavlov ofc")',
  122: 'an option\'s words in another order and with more of them ("open notorious continuous hostile")',
  125: 'an abbreviation of a long option ("CTPA")',
  148: 'reasoning that ends on the option\'s content in other words ("IV normal saline")',
  215: 'a value in Japanese prose ("1989年")',
  392: 'a computed value with its unit ("$9,000 per year"), after which a note names other options\' values',
  412: 'the answer in bold after an arrow ("→ **Lisinopril** is the contraindicated one"), after other options named in prose',
  434: 'reasoning in a think block that ends on an option named with "yes" among others named with "no"',
  477: 'a long legal analysis whose conclusion paraphrases the option',
  486: 'a traced value ("the output is **120**") beside other numbers in the trace',
  490: 'an option named in bold at the start of a long paragraph that names other events later',
  502: 'an abbreviation and a shortened word ("4F-PCC + IV vit K")',
  554: 'the answer as a letter after a comma ("→ cardiac tamponade, B.") and a distractor in brackets in the next sentence (false commit)',
  560: 'a Dockerfile keyword named as the answer ("`RUN` is the build-time one")',
  568: '"No question about it — Constantine.": an option after "No question about it"',
  578: 'a definition that paraphrases an option, with another option\'s words in an example (false commit)',
  579: 'an acronym spelt out ("CAP = Consistency, Availability, Partition tolerance") whose words hold another option\'s (false commit)',
};

/** Misreads, and of them the false commits: an answer read where the reader takes another or none. */
function misreads(set: HoldoutRow[], name: string): { wrong: number; falseCommits: number; lines: number[] } {
  const wrong = misreadRows(set, name);
  return { wrong: wrong.length, falseCommits: wrong.filter((o) => o.got !== null).length, lines: wrong.map((o) => o.line) };
}

describe('batch 8: held-out replies, measured once; both fixed by general rules in the next round', () => {
  it('holds 440 choice and 320 label replies, each want an option, a label or null', () => {
    expect(choices).toHaveLength(440);
    expect(labels).toHaveLength(320);
    expect(rows.filter((r) => !wantIsValid(r))).toEqual([]);
  });

  it('choice replies: every one read as a careful reader does but the known misreads (25 of 440, 4 of them false commits)', () => {
    const m = misreads(choices, 'choice batch 8');
    expect(m.lines.filter((line) => KNOWN_CHOICE_MISREADS[line] === undefined)).toEqual([]);
    // exactly the list: a known misread read since is taken off it
    expect(m.wrong, 'a known misread is read now: take it off the list').toBe(25);
    expect(m.falseCommits).toBe(4);
  });

  it('label replies: every one read as a careful reader does after their fix round (12 of 320 misread when measured, 5 of them false commits)', () => {
    expect(misreadRows(labels, 'label batch 8').map((o) => o.line)).toEqual([]);
  });
});
