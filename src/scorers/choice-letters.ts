/**
 * @module scorers/choice-letters — reading one option letter at a place in a reply, and whether it is negated.
 *
 * The primitives the choice evidence is made of: `readLetterAt` reads "C", "(C)",
 * "option C", "'c'" at a position and refuses the English words "a"/"I", abbreviations
 * ("E. coli") and questions ("A?"); `isNegated` says whether the letter is ruled out
 * ("not B", "B is wrong", "B over D", "rule out A and B").
 */
import { CROSSES } from './marks.js';

/** name → flags → letters → pattern: nested, so a lookup builds no key string (it runs dozens of times a reading). */
const compiled = new Map<string, Map<string, Map<string, RegExp>>>();
let compiledCount = 0;

/**
 * A pattern built from the options' letters ("ABCD"), compiled once per (name, letters, flags)
 * rather than on every read. Only a handful of letter sets occur, so the cache stays small (and
 * is emptied should it ever grow). A global (`g`) pattern is for matchAll/replace/match only.
 */
export function lettersPattern(name: string, letters: string, build: (letters: string) => string, flags = ''): RegExp {
  let byFlags = compiled.get(name);
  if (byFlags === undefined) compiled.set(name, (byFlags = new Map()));
  let byLetters = byFlags.get(flags);
  if (byLetters === undefined) byFlags.set(flags, (byLetters = new Map()));
  let re = byLetters.get(letters);
  if (re === undefined) {
    if (compiledCount > 2000) {
      compiled.clear();
      compiledCount = 0;
      return lettersPattern(name, letters, build, flags);
    }
    re = new RegExp(build(letters), flags);
    byLetters.set(letters, re);
    compiledCount++;
  }
  return re;
}

/** A bracketed letter, "(C)" "[C]" or "C)", its letter in group 1 or 2 (global: for matchAll only). */
export function bracketedLetters(letters: string): RegExp {
  return lettersPattern('bracketed-letter', letters, (L) => `[(\\[]([${L}])[)\\]]|(?<![A-Za-z])([${L}])\\)`, 'g');
}

export interface Token {
  letter: string;
  start: number;
  end: number;
}

/** Words that may follow a capital "A"/"I" that is a letter ("A because…"), not an article or pronoun. */
const CONNECTIVES = new Set([
  'because', 'since', 'as', 'is', 'was', 'would', 'should', 'seems', 'appears', 'and', 'or', 'but',
  'for', 'here', 'there', 'given', 'due', 'with', 'which', 'that', 'this', 'so', 'then', 'it',
  'reflects', 'describes', 'fits', 'matches', 'best', 'correctly', 'remains', 'must', 'will', 'can',
  'rather', 'not', 'over', 'instead', 'seems', 'looks', 'too', 'also', 'again', 'wins', 'definitely',
  'is', 'it', 'only', 'alone', 'fits', 'after',
]);

/** A letter that the reply has just ruled out, or calls a distractor. */
export const NEGATED_BEFORE =
  /(?:\bnot|n't|\bno(?:t)?\s+longer|\brather\s+than|\binstead\s+of|\bexcept(?:\s+for)?|\bexclud(?:e|ed|ing)|\brul(?:e|ed|ing)\s+out|\beliminat(?:e|ed|ing)|\bover|\bvs\.?|\bversus|\bunlike|\bwas\s+going\s+to\s+(?:say|choose|pick|go\s+with)|\bn't\s+(?:choose|pick|select|go\s+with|say|call\s+it)|\bnot\s+(?:choose|pick|select|go\s+with|say))\s*(?:option\s+|choice\s+)?[(\[]?\s*$/i;
export const NEGATED_AFTER =
  new RegExp(String.raw`^\s*[)\].:,-]?\s*(?:(?:es|é|est|ist|è)\s+(?:incorrecta|incorrecto|incorreta|incorreto|incorrecte|falsch|falsa|falso|fausse|faux|sbagliata|errada|errónea)\b|no\s+es\b|não\s+é\b|n'est\s+pas\b|ist\s+nicht\b|non\s+è\b|(?:is|are|was|were|seems|appears|would\s+be|can\s+be|could\s+be|should\s+be|must\s+be|has\s+been|have\s+been)\s+(?:also\s+|clearly\s+|definitely\s+|probably\s+)?(?:not\b|wrong|incorrect|false|unlikely|less\s+likely|ruled\s+out|excluded|eliminated|a\s+distractor|inappropriate|contraindicated|inaccurate|implausible|out\b)|(?:is|was)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:wrong|incorrect|trap|distractor)\b|isn't|aren't|wasn't|is\s+not|doesn't|does\s+not|don't|do\s+not|cannot|can't|wrong|incorrect|false\b|[${CROSSES}]|(?:can|could)\s+be\s+(?:excluded|ruled\s+out|eliminated|dismissed))`, 'i');

/** Letters joined as a list ("A, B and D"): the negation of one covers them all. */
function listSpan(letters: string): RegExp {
  return lettersPattern('list-span', letters, (L) => `^(?:\\s*(?:,|and|or|nor|&|/)\\s*(?:option\\s+|choice\\s+)?[(\\[]?[${L}][)\\]]?(?![A-Za-z]))+`);
}

/** True when a bare "a"/"A"/"i"/"I" is the English word, not an option letter. */
function isWordUse(ch: string, after: string): boolean {
  if (ch === 'a' || ch === 'i') return !/^[ \t]*(?:$|[\n.,;:!?)\]])/.test(after);
  if (ch === 'A' || ch === 'I') {
    // "A LEFT JOIN keeps…", "A CT scan": an article before a word in capitals
    if (/^[ \t]+[A-Z]{2,}\b/.test(after)) return true;
    const next = /^[ \t]+([0-9]|[a-z][a-z'-]*)/.exec(after);
    return next !== null && !CONNECTIVES.has(next[1]!);
  }
  return false;
}

/**
 * Reads an option letter starting at `pos` ("C", "(C)", "C)", "option C", "'c'"), or null.
 * Outside a list, a letter followed by "or/and/slash <letter>" is no choice: `either` is then set.
 */
export function readLetterAt(text: string, pos: number, letters: string, inList = false, flags?: { either: boolean }): Token | null {
  let i = pos;
  let lead = /^(?:(?:la|el|le|a|o|the|l')\s*)?(?:option|choice|letter|opt\.?|opci[oó]n|op[çc][ãa]o|letra|lettre|alternativa|вариант|选项|選項|विकल्प|選択肢|보기|الخيار|phương\s+án|seçenek|opcja|optie|opzione|antwort)\s*(?:#\s*)?|^(?:la|el|le)\s+(?=[A-Za-z](?![A-Za-z]))|^a[^\S\n]+(?=[A-J](?![A-Za-z]))/i.exec(text.slice(i));
  // (Portuguese "a A", "escolheria a C": the article alone in lower case only, "A\n\nB" is two letters; before a noun it opens
  // a sentence as well: "A letra B.", "A opção C.")
  if (lead && /^a\s+$/i.test(lead[0]) && lead[0][0] !== 'a') lead = null;
  if (lead) i += lead[0].length;
  const open = text[i] !== undefined && '([{\'"'.includes(text[i]!);
  if (open) i += 1;
  while (text[i] === ' ') i += 1;
  const ch = text[i];
  if (ch === undefined || !/[A-Za-z]/.test(ch) || !letters.includes(ch.toUpperCase())) return null;
  if (i > 0 && /[A-Za-z0-9]/.test(text[i - 1]!) && !lead) return null;
  const after = text.slice(i + 1, i + 80);
  if (/^[A-Za-z0-9]/.test(after) || /^[.'-][A-Za-z0-9]/.test(after)) return null;
  if (/^\.\s+[a-z]/.test(after)) return null; // "E. coli", "S. aureus": an abbreviation
  const close = /^\s*[)\]}'"]/.exec(after);
  if (!close && !open && !lead && isWordUse(ch, after)) return null;
  const end = i + 1 + (close ? close[0].length : 0);
  const rest = text.slice(end, end + 60);
  if (/^\s*\?/.test(rest)) return null; // "Is the answer A?" asks, it does not answer
  // "B or C", "B/C", and lists "A, B, C or D"
  const either = lettersPattern('either', letters, (L) => `^(?:\\s*,\\s*(?:option\\s+)?[(\\[]?[${L}][)\\]]?(?![A-Za-z]))*\\s*,?\\s*(?:(?:or|and|nor|ou|oder|o|y|e|et|und|oppure|или|veya|hoặc|lub|albo)(?![A-Za-zА-яЁёıİşğüöçăâđơư])|또는|或者|或|还是|還是|または|か|/|&)\\s*(?:(?:la|le|el|a|the)\\s+)?(?:option\\s+)?[(\\[]?\\s*[${L}](?![A-Za-z])|^(?:\\s*,\\s*[(\\[]?[${L}][)\\]]?(?![A-Za-z]))+\\s*[.]?\\s*(?:$|\\n)`, 'i');
  if (!inList && either.test(rest)) {
    if (flags) flags.either = true;
    return null;
  }
  return { letter: ch.toUpperCase(), start: pos, end };
}

/** True when the reply rules the letter out ("not B", "B is wrong", "rule out A and B"). */
export function isNegated(text: string, token: Token, letters: string): boolean {
  let from = token.start;
  // walk back over a list the letter ends ("eliminated A and B")
  const back = text.slice(Math.max(0, from - 40), from);
  const listBack = lettersPattern('list-back', letters, (L) => `(?:(?:option\\s+)?[(\\[]?[${L}][)\\]]?\\s*(?:,|and|or|nor|&|/)\\s*)+$`).exec(back);
  if (listBack) from -= listBack[0].length;
  const before = text.slice(Math.max(0, from - 40), from);
  if (NEGATED_BEFORE.test(before)) return true;
  let to = token.end;
  // "… is 6 (B). Don't confuse it with …": after a bracketed letter a full stop ends the sentence
  if (/[)\]]/.test(text[token.end - 1] ?? '') && /^\.(?:\s|$)/.test(text.slice(to, to + 2))) return false;
  const listFwd = listSpan(letters).exec(text.slice(to, to + 60));
  if (listFwd) to += listFwd[0].length;
  return NEGATED_AFTER.test(text.slice(to, to + 60));
}
