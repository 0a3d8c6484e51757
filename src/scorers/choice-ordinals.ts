/**
 * @module scorers/choice-ordinals — options named by their place: "the second choice", "option no. 4", "the last one", "Second."
 */
import { isNegated, type Token } from './choice-letters.js';
import { placeAt, placesIn } from './choice-languages.js';
import { allMatches } from './matches.js';

const ORDINALS: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4, sixth: 5, '1st': 0, '2nd': 1, '3rd': 2, '4th': 3, '5th': 4 };
// "Final answer: …" is a cue, not the last option ("the final one", "the final option" are)
const ORDINAL_WORD = String.raw`middle|first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|last|final(?!\s+(?:answer|response|choice|pick|selection|verdict|decision)\b)|penultimate|(?:second|next)[\s-]+to[\s-]+last`;
const OPTION_NOUN = String.raw`one|option|choice|alternative|answer(?:\s+(?:option|choice))?|response|possibility|definition|statement|item|entry`;

/** "the third option", and the ordinal alone where a sentence ends ("Second.", "the answer is the last"). */
const ORDINAL_AT = new RegExp(`^(?:the\\s+)?(${ORDINAL_WORD})(?:\\s+(?:${OPTION_NOUN})\\b|\\s*(?:[.!,;:]\\s|[.!]?\\s*$|\\n|\\s-\\s))`, 'i');
/** "the third option", "option 3", and "…, the third: accounts payable" (an ordinal before a colon). */
const REFS_SOURCE = String.raw`\b(?:(?:the\s+)?(?:${ORDINAL_WORD})\s+(?:${OPTION_NOUN})\b|the\s+(?:${ORDINAL_WORD})(?=\s*:)|(?:option|choice|alternative|opt\.?)\s*(?:no\.?|number|#|n[°º])?\s*[(\[]?\s*(?:\d|one|two|three|four|five|six)\b)`;
const REFS = new RegExp(REFS_SOURCE, 'gi');
/** …and "number 2", where no option's text is a number. */
const REFS_OR_NUMBER = new RegExp(String.raw`${REFS_SOURCE}|\bnumber\s+(?:\d|one|two|three|four|five|six)\b`, 'gi');

/** An ordinal reference at `pos` ("the third option", "option no. 4", "the last one"), or null. */
export function readOrdinalAt(text: string, pos: number, letters: string): Token | null {
  const rest = text.slice(pos, pos + 60);
  const word = ORDINAL_AT.exec(rest);
  const num = /^(?:(?:option|choice|answer|alternative|opt\.?)\s*(?:no\.?|number|#|n[°º])?|number|no\.)\s*[(\[]?\s*(\d|one|two|three|four|five|six)(?![\d,]|\.\d|\s*(?:mg|ml|%|g\b|mcg))\b/i.exec(rest);
  let index: number | null = null;
  let len = 0;
  if (word) {
    const w = word[1]!.toLowerCase();
    // "the middle one" of an odd number of options
    index = w === 'middle' ? (letters.length % 2 === 1 ? (letters.length - 1) / 2 : -1) : w === 'last' || w === 'final' ? letters.length - 1 : w in ORDINALS ? ORDINALS[w]! : letters.length - 2;
    len = word[0].length;
  } else if (num) {
    index = /\d/.test(num[1]!) ? Number(num[1]) - 1 : ['one', 'two', 'three', 'four', 'five', 'six'].indexOf(num[1]!.toLowerCase());
    len = num[0].length;
  }
  // "la tercera opción", "2번": the same in another language
  if (index === null) return placeAt(text, pos, letters);
  if (index < 0 || index >= letters.length) return null;
  return { letter: letters[index]!, start: pos, end: pos + len };
}

/** Ordinal references anywhere ("the second choice", "option no. 4"), when not ruled out. */
export function ordinals(text: string, letters: string, numeric = false): Token[] {
  const found: Token[] = [];
  const refs = numeric ? REFS : REFS_OR_NUMBER;
  for (const m of allMatches(refs, text)) {
    const t = readOrdinalAt(text, m.index, letters);
    if (t && !isNegated(text, t, letters) && !/^\s*\?/.test(text.slice(t.end))) found.push(t);
  }
  for (const t of placesIn(text, letters)) if (!isNegated(text, t, letters) && !/^\s*\?/.test(text.slice(t.end))) found.push(t);
  return found;
}

