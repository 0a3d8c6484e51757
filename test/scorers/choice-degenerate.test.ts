/**
 * Degenerate long replies (runs of line breaks, of blanks, of blank lines after a letter): each
 * once took seconds to minutes to read, through patterns that rescan a run from every position
 * (a cue led by a line break with "\s*" after it, "^\s*" in multiline mode, a lazy head between
 * runs of blanks, a verdict row's unbounded blanks, an option's text looked for after every separator
 * or article of a long line). No timing assertion: at these sizes the old readings took from 6 s to
 * minutes (the test's timeout), while a linear reading takes a moment.
 */
import { describe, expect, it } from 'vitest';
import { readChoice } from '../../src/scorers/choice-extract.js';

const drugs = { A: 'Warfarin', B: 'Heparin', C: 'Apixaban', D: 'Aspirin' };

const SHAPES: Array<[string, string, string | null]> = [
  ['20,000 line breaks', '\n'.repeat(20_000), null],
  ['20,000 line breaks, then an answer', `${'\n'.repeat(20_000)}Answer: C`, 'C'],
  ['a cue, 20,000 line breaks, its letter', `The answer is\n${'\n'.repeat(20_000)}C`, 'C'],
  ['20,000 lines of one blank', ' \n'.repeat(20_000), null],
  ['a line of 20,000 blanks, then a word', `${' '.repeat(20_000)}x`, null],
  ['a letter, then 3,000 lines of one blank and a word', `A ${' \n'.repeat(3_000)}x`, 'A'],
  ['a letter, then 3,000 lines of one blank and a mark', `A ${' \n'.repeat(3_000)}✓`, 'A'],
  ['a bullet, a row of 20,000 blanks and a mark', `- ${' '.repeat(20_000)}✓`, null],
  ['a question line, then 20,000 line breaks', `Q: which?\n${'\n'.repeat(20_000)}A: B`, 'B'],
  ['a table rule, then 20,000 blanks', `|--${' '.repeat(20_000)}x`, null],
  ['a bullet, 10,000 letters "A" and a mark', `- ${'A '.repeat(10_000)}✓`, 'A'],
  ['a numbered line of 7,000 spaced dashes and a mark', `1. ${' - '.repeat(7_000)}✓`, null],
  ['a cue, 10,000 colons and a mark', `Answer: ${': '.repeat(10_000)}✓`, null],
  // a bracketed remark after a run of blanks, and a bracket looked for at the end of a line of blanks (each once scanned
  // the run from every position: a second for 20,000 lines of one blank)
  ['an option, 100,000 blanks and a bracketed remark', `Heparin${' '.repeat(100_000)}(option B, the one)`, 'B'],
  ['a sign, 100,000 blanks and a value', `=${' '.repeat(100_000)}0.5`, null],
  ['a word, 50,000 lines of one blank and a bracketed remark', `x${' \n'.repeat(50_000)}(option A, x)`, 'A'],
  // batch 10's round: a marked row's mark after a run of blanks (the mark's pattern once rescanned the run from every
  // place of it: 4 s for 50,000 blanks in a table row), answer lines looping on two answers, a denial before a run of blanks
  ['a marked list row, 50,000 blanks and its mark', `A) Warfarin\nB) Heparin${' '.repeat(50_000)}*\nC) Apixaban\nD) Aspirin`, 'B'],
  ['a table row of 50,000 blanks, then a verdict column', `| Warfarin |${' '.repeat(50_000)}| Yes |\n| Heparin | No |\n| Apixaban | No |\n| Aspirin | No |`, 'A'],
  ['4,000 answer lines looping on two answers', 'Answer: A\nAnswer: B\n'.repeat(2_000), null],
  ['a denial, 50,000 blanks and an option', `Not ${' '.repeat(50_000)}Warfarin.`, null],
  // option rows described in sentences ("A. Warfarin is …") were looked for after every stop or line break with unbounded
  // blanks after it: 30,000 lines of one blank took 1.6 s
  ['a word, 30,000 lines of one blank and a word', `x\n${' \n'.repeat(30_000)}y`, null],
  ['a word, a semicolon, 30,000 tabs and a word', `x;${'\t'.repeat(30_000)}y`, null],
  // a letter in angle brackets was looked for a closing tag up to the reply's end from each "<A>" (60,000 of them: seconds),
  // and answer lines were kept one per place by a search back over all before (20,000 lines: 0.4 s, quadratic)
  ['60,000 letters in angle brackets', '<A> '.repeat(60_000), 'A'],
  ['40,000 answer lines, each after a line of prose', 'Answer: A\nso\n'.repeat(40_000), 'A'],
  // a last sentence asking back what is meant rescanned its rest from each "mean" (20,000 of them before a "?": 9 s)
  ['a request for what is meant, 20,000 times "mean" and a question mark', `Let me know which ${'mean '.repeat(20_000)}?x`, null],
  // batch 11's and 14's round: the options that "fit worse" after an answer, set aside to the end of their line, were
  // blanked (same length), and a run of 100,000 blanks made of a long line took minutes; rows as sentences on one line,
  // another option offered at the close, looped
  ['an answer, then "None of the others fits as well:" and a line of 50,000 words', `Heparin.\nNone of the others fits as well: ${'x '.repeat(50_000)}`, 'B'],
  ['8,000 verdict rows as sentences on one line', 'Option A - wrong. '.repeat(8_000), null],
  ['4,000 times "B. Maybe C."', 'B. Maybe C. '.repeat(4_000), null],
  // a cue's sentence looked for its line's start back to the reply's start and copied the rest of the reply, for each cue
  // (16,000 conditional answers on one line: 2.4 s, quadratic), and an option's text with its reason could start inside a
  // run of blanks (a line of 20,000 blanks and a word, above: 7 s)
  ["16,000 conditional answers on one line", "If they mean X, I'd go with C. ".repeat(16_000), null],
  ['16,000 answer statements on one line', 'The answer is A. '.repeat(16_000), 'A'],
  // the review of that round: an option's text blanked out by a copy of the whole reply per place it is named (16,000
  // conditional answers naming it: 14 s), a row's "— no" after an option's name looked for in the whole reply once per
  // place (16,000 times "Heparin? No.": 9 s), a deferring reply's cues each looking back to the reply's start
  ["16,000 conditional answers naming an option, then a question back", "Heparin would be right for clots, I'd go with B, ".repeat(16_000) + 'Can you tell me which drug was taken?', 'B'],
  ['16,000 times an option named and a comma', `${'Heparin, '.repeat(16_000)}so B.`, 'B'],
  ['16,000 times "Heparin? No."', 'Heparin? No. '.repeat(16_000), null],
];

describe('choice reading of degenerate long replies', () => {
  for (const [name, reply, want] of SHAPES) {
    it(`returns a reading for ${name}`, () => {
      const r = readChoice(reply, drugs);
      expect(r.value).toBe(want);
      expect(readChoice(reply, drugs, { finishReason: 'length' }).value === null || want !== null).toBe(true);
    });
  }
});
