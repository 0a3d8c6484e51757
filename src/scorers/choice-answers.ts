/**
 * @module scorers/choice-answers — answers a reply states more than once, and how a reader weighs them.
 *
 * "Answer: B\nAnswer: D", "Answer: D\nRespuesta: C": two answer lines that disagree, with nothing
 * between them that corrects the first (a self-correction marker, a change of answer, a question
 * that starts another item), leave the reader with no answer. A correction between them ("Answer: B
 * \nWait, … Answer: A") or lines that agree leave the last one standing, as does reasoning in prose
 * that ends on a conclusion ("At first the answer seemed to be A … so the answer is C"): only lines
 * that state an answer as a label ("Answer:", "Final answer:", "Respuesta:") are weighed here.
 *
 * "B → A": a letter followed by an arrow and another letter at the reply's opening is a correction of
 * the first to the second (a chain "A → B → C" is no correction).
 */
import { CORRECTION } from './choice-signals.js';
import { lettersPattern, type Token } from './choice-letters.js';
import { wholeOption, type Evidence } from './choice-evidence.js';
import { allMatches } from './matches.js';

/** A line that opens with an answer label and a colon ("Answer:", "**Final answer**:", "Respuesta:", "Correct option:"). */
const ANSWER_LABEL =
  /^[^\S\n]*[*_#>\s]*(?:(?:my\s+|the\s+)?(?:final|correct|best|right)\s+(?:answer|option|choice)|answer|ans|respuesta(?:\s+correcta)?|r[ée]ponse|antwort|resposta|risposta|ответ|答案|final)[*_\s]*[:：][^\S\n]*[*_(\[]*[^\S\n]*$/i;

/**
 * A clause that states an answer outright ("The correct answer is", "so the answer is", "La respuesta correcta es"), not
 * one that reports a thought or a first impression ("I initially thought the answer is", "the answer seemed to be").
 */
const ANSWER_STATEMENT =
  /^[^\S\n]*[*_#>]*[^\S\n]*(?:(?:so|thus|therefore|hence|and)[^\S\n]*,?[^\S\n]+)?(?:i[^\S\n]+(?:believe|think)[^\S\n]+)?(?:(?:the[^\S\n]+)?(?:(?:final|correct|right|best)[^\S\n]+)?answer[^\S\n]+is|(?:the[^\S\n]+)?(?:correct|right|best)[^\S\n]+(?:option|choice|letter)[^\S\n]+is|(?:la[^\S\n]+)?respuesta[^\S\n]+correcta[^\S\n]+es|la[^\S\n]+bonne[^\S\n]+r[ée]ponse[^\S\n]+est|die[^\S\n]+richtige[^\S\n]+antwort[^\S\n]+ist|a[^\S\n]+resposta[^\S\n]+correta[^\S\n]+[ée]|la[^\S\n]+risposta[^\S\n]+corretta[^\S\n]+[èe])[^\S\n]*:?[^\S\n]*[*_(\[]*[^\S\n]*$/i;

/** A sentence that is an option's letter said to be right ("Option C is correct.", "(B) is the right answer."). */
const LETTER_IS_RIGHT = /^[)\]]?[^\S\n]+is[^\S\n]+(?:the[^\S\n]+)?(?:correct|right)(?:[^\S\n]+(?:answer|option|choice))?[^\S\n]*(?:[.!]|$)/i;

/** True when the cue at `at` is an answer line ("Answer: C") or a clause that states an answer ("The correct answer is C", "Option C is correct."). */
function statesAnswer(text: string, at: number, end: number): boolean {
  // the line's start within the 200 characters before the cue (a search back to the reply's start for each cue of a
  // long line would be quadratic; an answer label is short)
  const near = Math.max(0, at - 200);
  const lineStart = near + text.slice(near, at).lastIndexOf('\n') + 1;
  if (ANSWER_LABEL.test(text.slice(lineStart, at))) return true;
  if (/(?:^|[.!?]\s+)(?:option\s+|choice\s+)?[(\[]?$/i.test(text.slice(Math.max(lineStart, at - 40), at)) && LETTER_IS_RIGHT.test(text.slice(end, end + 60))) return true;
  const clause = text.slice(Math.max(lineStart, at - 200), at).split(/[.!?;,](?:\s+|$)/).pop() ?? '';
  return ANSWER_STATEMENT.test(clause);
}

/** Words between two answers that say the first was changed. */
// …or that the first was checked again and found wrong ("Edit: I made an error above", "Let me double-check: …", "oops")
const CHANGED = /\b(?:chang|switch|revis|amend)\w*\b|\bcorrect(?:ed|ing|ion)\b|\b(?:instead|rather)\b|→|->|=>|\bedit\s*:|\b(?:made|make)\s+an?\s+(?:error|mistake)\b|\bi\s+was\s+wrong\b|\boops\b|\b(?:double[-\s]?check|re-?check|re-?examin|re-?evaluat|re-?read)\w*|\blook(?:ing)?\s+(?:at\s+(?:it|this)\s+)?again\b/i;

/**
 * True when two answers in a row among `cues` (answer lines, "Answer: C", or clauses that state one, "The correct answer is
 * B", "Option C is correct.") name different options with no correction between them.
 */
export function answerLinesDisagree(text: string, cues: Token[]): boolean {
  // several cue patterns find the same answer: one token per place (a set, not a search back per token: a loop of
  // thousands of answer lines was quadratic)
  const places = new Set<number>();
  // ("The correct answer is B) …\n\nAnswer: C)": a clause that states the answer outright counts as an answer line)
  const lines = cues.filter((t) => !places.has(t.start) && places.add(t.start) && statesAnswer(text, t.start, t.end)).sort((a, b) => a.start - b.start);
  // a Q/A echo ("Question: …\nA: …\nAnswer: D"): its answer lines answer the questions before them, and the last stands
  if (lines.length < 2 || /^[^\S\n]*(?:Q|Question)[^\S\n]*\d*[^\S\n]*[:.]/im.test(text)) return false;
  // any two answer lines in a row that disagree ("Answer: C\nAnswer: C\nAnswer: D\nAnswer: D", a reply looping on two answers)
  for (let k = 1; k < lines.length; k += 1) {
    const prev = lines[k - 1]!;
    const last = lines[k]!;
    if (prev.letter === last.letter) continue;
    // up to the second answer itself: "Edit: I made an error above; the right answer is B." corrects on its own line
    const between = text.slice(prev.end, last.start);
    CORRECTION.lastIndex = 0;
    // "Question 2: …?\nAnswer: D": an answer to another question (an echoed example) is no rival
    // "Question: …\nA: O(n)\nB: …\nAnswer: D": an option list between them makes the first an option, not an answer
    if (!CORRECTION.test(between) && !CHANGED.test(between) && !/\?/.test(between) && !/^[^\S\n]*[(\[]?[A-J][)\].:]/m.test(between)) return true;
  }
  return false;
}

/**
 * "B B B B B …", "(D) (D) (D) …", "A. A. A. …": a reply that is one letter said over and over (three times or more), as a
 * small model loops until the token limit cuts it, is that letter; two letters in the loop are none.
 */
export function letterLoop(text: string, letters: string): string | null {
  // (a reply that does not open with a lone letter is no loop: not split into words for nothing, on every reading of every reply)
  if (!LOOP_OPENS.test(text)) return null;
  const words = text.trim().split(/[\s,;]+/);
  if (words.length < 3) return null;
  let letter: string | null = null;
  for (const w of words) {
    const m = /^[*_(\[]*([A-J])[*_)\].:!]*$/.exec(w);
    if (m === null || !letters.includes(m[1]!) || (letter !== null && letter !== m[1])) return null;
    letter = m[1]!;
  }
  return letter;
}

const LOOP_OPENS = /^\s*[*_(\[]*[A-J][*_)\].:!]*(?:[\s,;]|$)/;

/** "B → A.", "**C** -> **D**": the letter a reply's opening arrow corrects to, or null. */
export function arrowCorrection(text: string, letters: string): Token | null {
  const re = lettersPattern('arrow-correction', letters, (L) => `^[^\\S\\n]*[*_(\\[]*([${L}])[*_)\\]]*[^\\S\\n]*(?:→|->|=>|⟶)[^\\S\\n]*[*_(\\[]*([${L}])(?![A-Za-z])[*_)\\]]*(?![^\\S\\n]*(?:→|->|=>|⟶))`);
  const m = re.exec(text.trimStart());
  if (m === null || m[1] === m[2]) return null;
  const at = text.length - text.trimStart().length + m[0].length - 1;
  return { letter: m[2]!, start: at, end: at + 1 };
}

/**
 * "C, because Sydney (A) and Melbourne (B) were rivals …", "B — benzodiazepines are the problem; naloxone (A) is …":
 * a reply that opens with a lone letter and then gives its reason states its answer first; the options it names after
 * that are the ones it sets aside. Not when another letter follows at once ("A, B and D are wrong") or the reply hedges.
 */
// (not a verdict against it: "A: wrong\nB: wrong\n…" are rows of verdicts, "A: ruled out." no reason for A)
export function letterWithReason(text: string, letters: string): string | null {
  const re = lettersPattern('letter-with-reason', letters, (L) => `^[^\\S\\n]*[(\\[]?([${L}])[)\\]]?(?:,?[^\\S\\n]+(?:because|since|as|given\\s+that)\\b|[^\\S\\n]*[,—–:;][^\\S\\n]*(?=[a-z])|[^\\S\\n]+[—–-][^\\S\\n]+(?=[a-z]))(?!(?:but|though|although|or|maybe|perhaps|unless|if|not|no|wait|hmm|probably|possibly|wrong|incorrect|false|invalid|unlikely|excluded|eliminated|ruled\\s+out)\\b)`);
  const m = re.exec(text.trimStart());
  return m && !asksFirst(text) ? m[1]! : null;
}

/** True when the reply's first sentence is a question ("Sydney, because it is the largest? No — …"). */
function asksFirst(text: string): boolean {
  const end = text.search(/[.!?\n](?:\s|$)/);
  return end >= 0 && text[end] === '?';
}

/** "the former", "the latter" used as a pronoun (not "the former capital"): a past verb, a connective or punctuation after it. */
const FORMER_LATTER = /\bthe\s+(former|latter)\b(?=\s*(?:[,.;:!?—–-]|$)|\s+(?:is|was|would|will|fits|wins|works|applies|because|since|as|one|option|choice|answer|saw|had|did|came|fell|won|led|became|began|remains|seems|\w+ed)\b)/i;

/**
 * "Between naloxone and flumazenil, the latter": the first or second of the two options named just before, joined by
 * "and", "or", "vs"; null when the reply refers to both ("the former is for opioids and the latter for …") or to none.
 */
export function formerOrLatter(text: string, hits: Array<{ letter: string; at: number; end: number }>, said: string[]): string | null {
  const ref = FORMER_LATTER.exec(text);
  if (ref === null || (/\bthe\s+former\b/i.test(text) && /\bthe\s+latter\b/i.test(text))) return null;
  const which = ref[1]!.toLowerCase();
  // the reference's place among the normalised words: the first "former"/"latter" word preceded by "the"
  const at = said.findIndex((w, i) => w === which && said[i - 1] === 'the');
  if (at < 0) return null;
  const before = hits.filter((h) => h.end <= at - 1);
  if (before.length < 2) return null;
  const [x, y] = [before[before.length - 2]!, before[before.length - 1]!];
  const between = said.slice(x.end, y.at).join(' ');
  if (x.letter === y.letter || !/^(?:and|or|vs|versus|and the|or the|vs the)$/.test(between)) return null;
  return which === 'former' ? x.letter : y.letter;
}

/** "All of the options except C are wrong", "everything but B is incorrect": the one option excepted. */
export function allButOne(text: string, letters: string): string | null {
  const re = lettersPattern('all-but-one', letters, (L) => `\\b(?:all|every(?:thing|\\s+(?:other\\s+)?(?:option|choice|answer))?)(?:\\s+(?:of\\s+)?(?:the\\s+)?(?:options|choices|answers))?\\s+(?:except(?:\\s+for)?|but|other\\s+than|apart\\s+from)\\s+(?:option\\s+)?[(\\[]?([${L}])[)\\]]?\\s+(?:are|is)\\s+(?:wrong|incorrect|false|ruled\\s+out)\\b`, 'i');
  return re.exec(text)?.[1]?.toUpperCase() ?? null;
}

/** A sentence that opens with an option's letter and a short text before a verb ("A. Naloxone is used for …"). */
// bounded blanks around the letter: "\s+…\s*" after a stop rescans a run of blanks or line breaks from each of its places
const DESCRIBED = /(?:^|(?<=[.!?;]\s))[^\S\n]{0,3}[(\[]?([A-J])[.)\]:][^\S\n]{1,3}([^.!?;\n]{1,80}?)[^\S\n]{1,3}(?:is|are|was|were|has|have|can|may|treats?|reverses?|causes?|makes?)\b/gm;

/** How many options the reply describes in sentences that each open with the option's letter and its text ("A. Naloxone is used for …"). */
export function describedOptions(text: string, ev: Evidence): number {
  const seen = new Set<string>();
  for (const m of allMatches(DESCRIBED, text)) {
    if (wholeOption(m[2]!, ev.options) === m[1]) seen.add(m[1]!);
  }
  return seen.size;
}

/** "Saturn, since it is less dense than water; Jupiter (D) is denser.": an opening clause that is one option's whole text, then its reason. */
export function textWithReason(text: string, ev: Evidence): string | null {
  // (the option's text starts at the first non-blank: a head that could start inside a long run of blanks rescanned the run
  // for each place of it, 7 s for a line of 20,000 blanks and a word)
  const m = /^\s*(?=\S)([^,.;:\n]{1,60}?),?\s+(?:because|since|as|given\s+that)\b(?!\s+(?:well|opposed|much|long|far|good|such)\b)/i.exec(text);
  return m && !asksFirst(text) ? wholeOption(m[1]!.replace(/[*_]/g, '').trim(), ev.options) : null;
}

/** "Not transcription. Not replication. Not splicing.": a reply of denials only, every option but one denied — the one left. */
export function allDeniedButOne(text: string, ev: Evidence): string | null {
  const pieces = text.split(/[.;!\n]|,\s*(?=not\b)/i).map((p) => p.trim()).filter((p) => p !== '');
  if (pieces.length < ev.letters.length - 1 || pieces.length > ev.letters.length) return null;
  const denied = new Set<string>();
  for (const piece of pieces) {
    const m = /^(?:not|no|never)\s+(?:option\s+)?(.+)$/i.exec(piece);
    if (m === null) return null;
    const letter = /^[(\[]?([A-J])[)\]]?$/.exec(m[1]!.trim())?.[1] ?? wholeOption(m[1]!, ev.options);
    if (letter === null || !ev.letters.includes(letter)) return null;
    denied.add(letter);
  }
  const left = [...ev.letters].filter((l) => !denied.has(l));
  return denied.size === ev.letters.length - 1 ? left[0]! : null;
}

/** "I'd avoid …", "Don't give …", "withholding …", and what follows in its clause. */
const AVOIDED = /\b(?:avoid(?:ing)?|(?:don't|do\s+not|never|wouldn't|would\s+not)\s+(?:give|use|start|prescribe|choose|pick)|withhold(?:ing)?)\s+([^.;:\n]{1,60})/gi;
const BRACKETED_LETTER = /[(\[]([A-J])[)\]]/g;

/** Options the reply says to avoid or not to give ("I'd avoid flumazenil (B) …", "Don't give atropine (C)"). */
export function avoidedOptions(text: string, ev: Evidence, named: (s: string) => string[]): Set<string> {
  const out = new Set<string>();
  for (const m of allMatches(AVOIDED, text)) {
    for (const letter of named(m[1]!)) out.add(letter);
    for (const b of allMatches(BRACKETED_LETTER, m[1]!)) if (ev.letters.includes(b[1]!)) out.add(b[1]!);
  }
  return out;
}
