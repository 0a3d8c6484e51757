/**
 * @module scorers/choice-code — an answer written as code: `print("B")`, `return "C"`, `answer = 'D'`,
 * `return options["C"]`, `console.log('A')`, a dictionary's value (`{"q1": "C"}`).
 *
 * A reader takes the letter the code prints, returns or assigns to an answer-like name. Commits
 * only when every such place gives the same letter: `print("A" if x else "B")` gives none.
 */
import { lettersPattern } from './choice-letters.js';
import { allMatches } from './matches.js';

const Q = `["'\`]`;
/** print/return/log of a letter, or of options["C"]. */
const EMITTED = String.raw`\b(?:print|puts|echo|console\.log|System\.out\.println|printf|fmt\.Println|return|yield)\s*\(?\s*(?:(?:options|choices|answers|opts|OPTIONS|CHOICES)\s*\[\s*)?${Q}([LETTERS])${Q}`;
/** A letter assigned to an answer-like name ("answer = 'D'", "final_choice: str = "B""). */
const ASSIGNED = String.raw`\b(?:answer|ans|final_answer|final|choice|selected|selection|correct|result|pick|option|solution)\w*\s*(?::\s*\w+\s*)?=\s*(?:(?:options|choices)\s*\[\s*)?${Q}([LETTERS])${Q}`;
/** A dictionary's value under a key that is not itself a letter ({"q1": "C"}). */
const VALUED = String.raw`${Q}[\w-]{2,}${Q}\s*:\s*${Q}([LETTERS])${Q}\s*[,}]`;

/** The one letter the reply's code gives as its answer, or null (none, or several). */
export function codeAnswer(text: string, letters: string): string | null {
  if (!/["'`]/.test(text)) return null;
  const found = new Set<string>();
  for (const [name, source] of [['code-emitted', EMITTED], ['code-assigned', ASSIGNED], ['code-valued', VALUED]] as const) {
    const re = lettersPattern(name, letters, (L) => source.replaceAll('LETTERS', `${L}${L.toLowerCase()}`), 'g');
    for (const m of allMatches(re, text)) {
      found.add(m[1]!.toUpperCase());
      // print("A" if n < 10 else "C"): every letter quoted in the rest of the statement counts
      const rest = text.slice(m.index + m[0].length).split(/[\n;]/)[0]!;
      for (const other of allMatches(lettersPattern('code-quoted', letters, (L) => `["'\`]([${L}${L.toLowerCase()}])["'\`]`, 'g'), rest)) found.add(other[1]!.toUpperCase());
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
