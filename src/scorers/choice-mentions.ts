/**
 * @module scorers/choice-mentions — mentions of an option that choose nothing: its letter ruled out ("not B"), its
 * text listed with another name that is no option ("Bolivia and Paraguay"), an option asked about and denied at once
 * ("Give tPA? Not yet."). The tiers (scorers/choice-tiers) set such mentions aside.
 */
import { optionTexts, wholeOption, type Evidence } from './choice-evidence.js';
import { isNegated, readLetterAt } from './choice-letters.js';
import { allMatches } from './matches.js';

/** Each letter standing alone, built once per letter (not on every reply that names one option). */
const LONE_LETTER = new Map<string, RegExp>();

/** True when the reply rules out `letter` itself ("not B", "B is wrong") somewhere. */
export function letterRuledOut(text: string, letter: string, letters: string): boolean {
  let lone = LONE_LETTER.get(letter);
  if (lone === undefined) LONE_LETTER.set(letter, (lone = new RegExp(`(?<![A-Za-z])${letter}(?![A-Za-z])`, 'g')));
  return allMatches(lone, text).some((m) => {
    const t = readLetterAt(text, m.index, letters, true);
    return t !== null && isNegated(text, t, letters);
  });
}

/** True when `option` (its text as written) is joined by "and"/"or" to a capitalised name that is no option ("Bolivia and Paraguay"). */
export function listedWithOthers(text: string, option: string, ev: Evidence): boolean {
  if (option.trim() === '' || text.length > 4000) return false;
  const lower = text.toLowerCase();
  const needle = option.toLowerCase();
  const other = (name: string | undefined): boolean => name !== undefined && !/^(?:The|A|An|And|Or|But|So|Then|This|That|It|I)$/.test(name) && wholeOption(name, ev.options) === null;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    const after = /^\s*(?:,[^\S\n]*(?:and|or|&)?|and|or|&)\s+(\p{Lu}[\p{L}-]+)/u.exec(text.slice(at + needle.length, at + needle.length + 60));
    const before = /(\p{Lu}[\p{L}-]+),?\s+(?:and|or|&)\s+$/u.exec(text.slice(Math.max(0, at - 60), at));
    if (other(after?.[1]) || other(before?.[1])) return true;
  }
  return false;
}

/** `letter`, unless its option is listed with another name that is no option (then the reading is ambiguous). */
export function listedOrNull(letter: string | null, text: string, ev: Evidence): string | null {
  if (letter === null || !listedWithOthers(text, ev.texts[ev.letters.indexOf(letter)] ?? '', ev)) return letter;
  ev.flags.either = true;
  return null;
}

/** A question about an option denied at once: "Give tPA? Not yet.", "Aspirin? No." */
const ASKED_AND_DENIED = /([^.!?\n]{1,120})\?\s*(?:no|nope|not\s+(?:yet|now|first|before|here|this\s+time))\b/gi;

/** Options the reply asks about and at once denies ("Give tPA? Not yet.", "Aspirin? No."). */
export function askedAndDenied(text: string, ev: Evidence): Set<string> {
  const out = new Set<string>();
  if (!text.includes('?')) return out;
  for (const m of allMatches(ASKED_AND_DENIED, text)) {
    for (const letter of optionTexts(m[1]!, ev.options)) out.add(letter);
  }
  return out;
}
