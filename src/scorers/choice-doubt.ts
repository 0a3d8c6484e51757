/**
 * @module scorers/choice-doubt — an answer the reply doubts after giving it.
 *
 * "So the answer is A. Hmm, but C fits the description too. I can't decide between A and C.", "The answer
 * is C. Though it could be D as well; I'm torn between C and D.", "Respuesta: A. … no sé si es A o C": a
 * hedge after the last final answer, in a sentence that names that answer and another option, leaves the
 * reader with two options and no answer, unless a later answer settles it. A hedge told in the past ("I was
 * torn between C and D at first, but …") or one that names only other options ("Either way, …", "B is
 * also used sometimes, but …") does not take the answer back. A sentence that opens "or" and names another option
 * doubts the answer too ("Answer: B. Or was it D?"); a closing sentence that adds another option ("Answer: C. Also
 * D.") is a second answer (one that only offers it, "The answer is B. Maybe D.", is a doubt the answer outweighs).
 */
import { optionTexts, references, type Evidence } from './choice-evidence.js';
import { readLetterAt, type Token } from './choice-letters.js';
import { HEDGES } from './choice-signals.js';
import { allMatches } from './matches.js';

/** "I don't know whether" in other languages (es, fr, de, it, pt), a hedge between what follows. */
const DOUBT_OTHER_LANGUAGES = /(?<![\p{L}])(?:no\s+s[ée]\s+si|je\s+ne\s+sais\s+(?:pas\s+)?si|ich\s+wei(?:ß|ss)\s+nicht,?\s+ob|non\s+so\s+se|n[ãa]o\s+sei\s+se)(?![\p{L}])/giu;

/** A hedge told as what the writer thought before ("I was torn between …", "at first"). */
const PAST = /\b(?:i|we)\s+(?:was|were|had\s+been)\b|\b(?:initially|at\s+first|originally)\b|\bfirst\s+(?:thought|considered)\b/i;

/** Words that turn a sentence back after its hedge ("…, but the more specific exception is C"). */
const TURN_BACK = /\b(?:but|however|yet|still)\b/gi;

/** Uppercase letters standing alone, as candidates for `readLetterAt`. */
const LONE = /(?<![A-Za-z])[A-J](?![A-Za-z])/g;

/** Two letters joined as alternatives or a pair, in any of the languages of DOUBT_OTHER_LANGUAGES. */
const PAIR = /(?<![A-Za-z])([A-J])\s*(?:,|\/|&|\b(?:or|and|o|y|ou|oder|und|e|et)\b)\s*(?:option\s+)?([A-J])(?![A-Za-z])/g;

/** The options a sentence names: by letter ("A and C", "(B)", "option D") or by text. */
function namedIn(sentence: string, ev: Evidence): Set<string> {
  const out = new Set<string>([...optionTexts(sentence, ev.options), ...references(sentence, ev.letters).map((t) => t.letter)]);
  // "A o C", "B or D": letters joined as alternatives (an "A" before "o" is no article here)
  for (const m of allMatches(PAIR, sentence)) {
    for (const l of [m[1]!, m[2]!]) if (ev.letters.includes(l)) out.add(l);
  }
  for (const m of allMatches(LONE, sentence)) {
    const t = readLetterAt(sentence, m.index, ev.letters, true);
    if (t !== null) out.add(t.letter);
  }
  return out;
}

/**
 * True when, after the final answer `final`, a hedge in a sentence that names `final`'s option and another one
 * leaves the choice open, with no answer among `cues` after it. `blanked` is `text` with the options' own words
 * blanked (same length), so an option's text ("Either") is no hedge.
 */
export function doubtedAfter(text: string, blanked: string, final: Token, cues: Token[], ev: Evidence): boolean {
  const tail = blanked.slice(final.end);
  if (tail.length > 4000) return false;
  // "The answer is B. Maybe D.", "Answer: C. Also D.": another option offered in a closing sentence of its own
  const rival = RIVAL_AT_END.exec(text.slice(final.end));
  // (added, "also D"; a tentative one, "Maybe D.", "Could also be D.", is a doubt the explicit answer outweighs)
  const rivalLetter = rival?.groups!.letter!.toUpperCase();
  if (rival !== null && adds(rival) && /[.!?;,\n，。；]/.test(text.slice(final.end, final.end + rival.index + 1)) && rivalLetter !== final.letter && ev.letters.includes(rivalLetter!)) return true;
  let last: { index: number; length: number } | null = null;
  for (const re of [HEDGES, DOUBT_OTHER_LANGUAGES]) {
    for (const m of allMatches(re, tail)) {
      // a match that opens with the stop before its sentence (". Or …") starts where its words do
      const lead = /^[\s.!?]*/.exec(m[0])![0].length;
      if (last === null || m.index + lead > last.index) last = { index: m.index + lead, length: m[0].length - lead };
    }
  }
  if (last === null) return false;
  const at = final.end + last.index;
  // a later answer settles it ("… torn between C and D. Final answer: D")
  if (cues.some((t) => t.start >= at + last.length)) return false;
  // the hedge's sentence: back to the last stop or line break before it (a scan back, not a pattern anchored at the end)
  let start = at;
  while (start > 0 && !'.!?;\n'.includes(text[start - 1]!)) start -= 1;
  const stop = text.slice(at + last.length).search(/[.!?;\n]/);
  const sentence = text.slice(start, stop < 0 ? text.length : at + last.length + stop);
  // "B is the best answer, though D might also be defensible": a reservation in the answer's own sentence keeps it
  if (start <= final.end || PAST.test(sentence)) return false;
  // "… which may also be present here, but the more specific exception is C": a turn back to the answer after the hedge
  const turns = allMatches(TURN_BACK, sentence.slice(at - start));
  if (turns.length > 0) {
    const after = namedIn(sentence.slice(at - start + turns[turns.length - 1]!.index), ev);
    if (after.size === 1 && after.has(final.letter)) return false;
  }
  const named = namedIn(sentence, ev);
  // "Answer: B. Or was it D?", "Hmm, or was it D after all?": a sentence opening "or" offers another option against the answer
  const offered = /^\s*(?:(?:hmm+|um+|uh+|well|but|then)\s*,?\s+)?or\b/i.test(sentence);
  return (named.has(final.letter) || offered) && [...named].some((l) => l !== final.letter);
}

/** True when `blanked` (a text with the options' own words blanked) hedges: "or was it B?", "one of those two", "torn between". */
export function hedges(blanked: string): boolean {
  return allMatches(HEDGES, blanked).length > 0 || allMatches(DOUBT_OTHER_LANGUAGES, blanked).length > 0;
}

/** A closing sentence that offers one more option tentatively or in addition: "Could be C.", "Maybe D.", "Also C." */
// (…and in other languages: "También C.", "…，也是D。", "Ou peut-être C." is tentative)
const RIVAL_AT_END = /(?:^|[.!?;,\n，。；]\s*)(?:(?<adds>also|and|plus|alternatively,?|también|aussi|auch|anche|também)\s+|(?:(?:it\s+)?(?:could|might|may)\s+(?:also\s+)?be|maybe|perhaps|possibly|ou\s+peut-être)\s+|(?<addsCjk>也是|还有)|也可能是|或者是)(?:option\s+)?[(\[]?(?<letter>[A-J])[)\]]?\s*[.!。]?\s*$/iu;
/** Whether RIVAL_AT_END's match adds a second answer ("Also D.", "也是D") rather than offers one tentatively ("Maybe D."). */
const adds = (m: RegExpExecArray): boolean => m.groups!.adds !== undefined || m.groups!.addsCjk !== undefined;

/**
 * "I think it's B but I'm not sure. Could be C.", "B. Also C.": a reply that names one option and closes by offering
 * another one tentatively or in addition leaves two (true then); a reply that is only "Could be C." is not this.
 */
export function rivalAtEnd(text: string, ev: Evidence): boolean {
  const m = RIVAL_AT_END.exec(text.length > 2000 ? text.slice(-2000) : text);
  const letter = m?.groups!.letter!.toUpperCase();
  if (m === null || !ev.letters.includes(letter!)) return false;
  const before = text.slice(0, (text.length > 2000 ? text.length - 2000 : 0) + m.index);
  return [...namedIn(before, ev)].some((l) => l !== letter);
}
