/**
 * @module scorers/choice-extract — reads which option letter a model's free-text reply chose.
 *
 * Tiers, first decisive one wins:
 *   1. an explicit statement ("the answer is C", "Answer: (c)", "C is correct",
 *      "I'd go with C", "the most likely diagnosis is <option text>"); the last one
 *      in the reply wins, so reasoning followed by "Therefore, the answer is B" reads B;
 *   2. a last line that is only a letter ("C", "(C)", "**C**");
 *   3. lines that open with a letter ("C. Metformin", "C)"), when they all agree;
 *   4. a softer statement ("I think it's (c)", "probably D"), the last one;
 *   5. unless the reply is a refusal: the text of exactly one option;
 *   6. unless the reply is a refusal: references ("option C", "(C)") that all agree.
 * Letters that are negated ("not B", "A is wrong", "C over B") never count, the
 * English words "a" and "I" are not read as letters, and two different letters
 * with nothing decisive give no answer.
 */
import { cleanOutput, findWholeWords, looksLikeRefusal, normalizeText } from './normalize.js';

export type ChoiceMethod = 'statement' | 'final_line' | 'leading_letter' | 'soft_statement' | 'option_text' | 'reference';

export interface ChoiceExtraction {
  letter: string;
  method: ChoiceMethod;
}

interface Token {
  letter: string;
  start: number;
  end: number;
}

/** Words that may follow a capital "A"/"I" that is a letter ("A because…"), not an article or pronoun. */
const CONNECTIVES = new Set([
  'because', 'since', 'as', 'is', 'was', 'would', 'should', 'seems', 'appears', 'and', 'or', 'but',
  'for', 'here', 'there', 'given', 'due', 'with', 'which', 'that', 'this', 'so', 'then', 'it',
  'reflects', 'describes', 'fits', 'matches', 'best', 'correctly', 'remains', 'must', 'will', 'can',
]);

/** Words that may precede "C is correct" ("so C is correct"); after others ("hepatitis B is…") the letter is a name. */
const LEAD_INS = new Set([
  'so', 'therefore', 'thus', 'hence', 'and', 'but', 'then', 'clearly', 'answer', 'letter', 'overall',
  'conclusion', 'summary', 'here', 'that', 'why', 'means', 'option', 'choice', 'think', 'believe', 'thinking',
]);

const STRONG_CUES: RegExp[] = [
  /\b(?:final\s+|correct\s+|best\s+|right\s+|my\s+)?answer(?:\s+(?:choice|option|letter))?["']?\s*(?:is\s*:?|would\s+be|should\s+be|will\s+be|must\s+be|=|:|-)?\s*/gi,
  /\banswer\b[^.\n]{1,40}?\b(?:is|would\s+be|should\s+be)\s*:?\s*/gi,
  /\b(?:correct|best|right|most\s+(?:likely|appropriate|accurate)|preferred|final)\s+(?:option|choice|response|selection|diagnosis|treatment|management|drug|next\s+step|step|organism|cause)\s*(?:is\s*:?|would\s+be|=|:|-)?\s*/gi,
  /\b(?:i(?:'d|\s+would|\s+will|'ll)?|we(?:'d|\s+would)?|let's)\s+(?:choose|pick|select|go\s+with|go\s+for|opt\s+for|answer(?:\s+with)?)\s*/gi,
];

const SOFT_CUES =
  /\b(?:it's|it\s+is|it\s+must\s+be|it\s+should\s+be|it\s+would\s+be|that's|that\s+is|probably|likely|i\s+think|i\s+believe|i\s+guess|i'd\s+say|i\s+would\s+say|my\s+guess\s+is|therefore,?|thus,?|hence,?|so,?|but(?:\s+rather)?|definitely|clearly|certainly|surely)\s*/gi;

const NEGATED_BEFORE =
  /(?:\bnot|n't|\brather\s+than|\binstead\s+of|\bexcept(?:\s+for)?|\bexclud(?:e|ing)|\brul(?:e|ing)\s+out|\beliminat(?:e|ing)|\bover|\bvs\.?|\bversus|\bunlike)\s*(?:option\s+|choice\s+)?[(\[]?\s*$/i;
const NEGATED_AFTER =
  /^\s*[)\].:,-]?\s*(?:(?:is|are|was|seems|appears|would\s+be|can\s+be|should\s+be|must\s+be)\s+(?:also\s+)?(?:not\b|wrong|incorrect|false|unlikely|less\s+likely|ruled\s+out|excluded|eliminated|a\s+distractor|inappropriate|contraindicated|inaccurate|implausible)|isn't|is\s+not|doesn't|does\s+not|cannot|can't|wrong|incorrect|false\b)/i;

/**
 * Reads an option letter starting at `pos` ("C", "(C)", "C)", "option C", "'c'"), or null.
 * Outside a list, a letter followed by "or/and <letter>" is no choice (null).
 */
function readLetterAt(text: string, pos: number, letters: string, inList = false): Token | null {
  let i = pos;
  const lead = /^(?:option|choice|letter)\s+/i.exec(text.slice(i));
  if (lead) i += lead[0].length;
  const open = text[i] !== undefined && '([{\'"'.includes(text[i]!);
  if (open) i += 1;
  while (text[i] === ' ') i += 1;
  const ch = text[i];
  if (ch === undefined || !/[A-Za-z]/.test(ch) || !letters.includes(ch.toUpperCase())) return null;
  const after = text.slice(i + 1);
  if (/^[A-Za-z0-9]/.test(after) || /^[.'\u2019-][A-Za-z0-9]/.test(after)) return null;
  if (/^\.\s+[a-z]/.test(after)) return null; // "E. coli", "S. aureus": an abbreviation
  const close = /^\s*[)\]}'"]/.exec(after);
  if (!close && !open && isWordUse(ch, after)) return null;
  const end = i + 1 + (close ? close[0].length : 0);
  const rest = text.slice(end);
  if (/^\s*\?/.test(rest)) return null; // "Is the answer A?" asks, it does not answer
  const either = new RegExp(`^\\s*,?\\s*(?:or|and|nor|/|&)\\s*(?:option\\s+)?[(\\[]?\\s*[${letters}](?![A-Za-z])`, 'i');
  if (!inList && either.test(rest)) return null;
  return { letter: ch.toUpperCase(), start: pos, end };
}

/** True when a bare "a"/"A"/"i"/"I" is the English word, not an option letter. */
function isWordUse(ch: string, after: string): boolean {
  if (ch === 'a' || ch === 'i') return !/^[ \t]*(?:$|[\n.,;:!?)\]])/.test(after);
  if (ch === 'A' || ch === 'I') {
    const next = /^[ \t]+([0-9]|[a-z][a-z'-]*)/.exec(after);
    return next !== null && !CONNECTIVES.has(next[1]!);
  }
  return false;
}

function isNegated(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 30), token.start);
  return NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(text.slice(token.end, token.end + 50));
}

/** The option whose text opens the sentence at `pos` ("the answer is metformin"), longest first. */
function readOptionTextAt(text: string, pos: number, options: NormalizedOption[]): Token | null {
  const sentence = text.slice(pos).split(/\n|[.!?](?=\s+[A-Z]|\s*$)/)[0] ?? '';
  const said = normalizeText(sentence).replace(/^(?:the|an|a|option|choice)\s+/, '');
  if (said === '') return null;
  let best: NormalizedOption | null = null;
  for (const o of options) {
    if (o.text !== '' && (said === o.text || said.startsWith(`${o.text} `))) {
      if (best === null || o.text.length > best.text.length) best = o;
    }
  }
  return best ? { letter: best.letter, start: pos, end: pos + sentence.length } : null;
}

interface NormalizedOption {
  letter: string;
  text: string;
}

function lastOf(tokens: Token[]): Token | null {
  return tokens.reduce<Token | null>((a, t) => (a === null || t.start >= a.start ? t : a), null);
}

function statements(text: string, letters: string, options: NormalizedOption[]): Token[] {
  const found: Token[] = [];
  for (const cue of STRONG_CUES) {
    for (const m of text.matchAll(cue)) {
      const at = m.index + m[0].length;
      const letter = readLetterAt(text, at, letters);
      const token = letter && !isNegated(text, letter) ? letter : readOptionTextAt(text, at, options);
      if (token) found.push(token);
    }
  }
  const before = new RegExp(
    `(?:option\\s+|choice\\s+)?[(\\[]?\\b([${letters}])\\b[)\\]]?\\s*(?:is|would\\s+be|seems\\s+to\\s+be|appears\\s+to\\s+be|must\\s+be)\\s+(?:the\\s+)?(?:correct|right|best|most\\s+(?:likely|appropriate|accurate)|true\\b|accurate|answer)`,
    'gi',
  );
  for (const m of text.matchAll(before)) {
    const letter = m[1]!;
    const letterAt = m.index + m[0].search(/\b[A-Za-z]\b/);
    if ((letter === 'a' || letter === 'i') && !/[(\[]/.test(m[0])) continue;
    const prev = /([A-Za-z]+)[ \t]*$/.exec(text.slice(0, m.index));
    if (prev && !/^(?:option|choice)/i.test(m[0]) && !LEAD_INS.has(prev[1]!.toLowerCase())) continue;
    found.push({ letter: letter.toUpperCase(), start: letterAt, end: letterAt + 1 });
  }
  return found;
}

function finalLine(lines: string[], letters: string): string | null {
  const last = lines[lines.length - 1];
  if (last === undefined) return null;
  const bare = new RegExp(`^(?:(?:final\\s+)?answer\\s*[:=-]?\\s*)?(?:option\\s+)?[(\\[]?\\s*([${letters}])\\s*[)\\]]?[.:!]?$`, 'i');
  const m = bare.exec(last);
  if (m) return m[1]!.toUpperCase();
  // "Based on the above, C." / "Neither A nor B; C." — a capital letter closing the reply after a separator
  const tail = new RegExp(`[,:;-]\\s*(?:option\\s+)?[(\\[]?([${letters}])[)\\]]?[.!]?$`).exec(last);
  return tail ? tail[1]! : null;
}

function leadingLetters(lines: string[], letters: string): Token[] {
  const out: Token[] = [];
  for (const line of lines) {
    const t = readLetterAt(line, 0, letters);
    if (t && !isNegated(line, t) && /^\s*(?:$|[.:)\-\]]|\s)/.test(line.slice(t.end))) out.push(t);
  }
  return out;
}

function softStatements(text: string, letters: string): Token[] {
  const found: Token[] = [];
  for (const m of text.matchAll(SOFT_CUES)) {
    const t = readLetterAt(text, m.index + m[0].length, letters);
    if (t && !isNegated(text, t)) found.push(t);
  }
  return found;
}

function optionText(text: string, options: NormalizedOption[]): string | null {
  const said = normalizeText(text);
  const hit = options.filter((o) => o.text !== '' && findWholeWords(said, o.text).length > 0);
  const outer = hit.filter((o) => !hit.some((p) => p !== o && p.text.length > o.text.length && findWholeWords(p.text, o.text).length > 0));
  return outer.length === 1 ? outer[0]!.letter : null;
}

function references(text: string, letters: string): Token[] {
  const found: Token[] = [];
  const patterns = [
    new RegExp(`\\b(?:option|choice)\\s+[(\\[]?[${letters}](?![A-Za-z])`, 'gi'),
    new RegExp(`[(\\[]\\s*[${letters}]\\s*[)\\]]`, 'gi'),
  ];
  for (const p of patterns) {
    for (const m of text.matchAll(p)) {
      const t = readLetterAt(text, m.index, letters, true);
      if (t && !isNegated(text, t)) found.push(t);
    }
  }
  return found;
}

function agreed(tokens: Token[]): string | null {
  const distinct = new Set(tokens.map((t) => t.letter));
  return distinct.size === 1 ? [...distinct][0]! : null;
}

/**
 * Which of `choices`' letters the reply `output` chose, and how that was read,
 * or null when it gave no answer, refused, or named several letters with no final one.
 */
export function extractChoice(output: string, choices: Record<string, string>): ChoiceExtraction | null {
  const letters = Object.keys(choices).map((k) => k.toUpperCase()).join('');
  const options = Object.entries(choices).map(([k, v]) => ({ letter: k.toUpperCase(), text: normalizeText(v) }));
  const text = cleanOutput(output);
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

  const stated = lastOf(statements(text, letters, options));
  if (stated) return { letter: stated.letter, method: 'statement' };
  const last = finalLine(lines, letters);
  if (last) return { letter: last, method: 'final_line' };
  const led = agreed(leadingLetters(lines, letters));
  if (led) return { letter: led, method: 'leading_letter' };
  const soft = lastOf(softStatements(text, letters));
  if (soft) return { letter: soft.letter, method: 'soft_statement' };
  if (looksLikeRefusal(text)) return null;
  const named = optionText(text, options);
  if (named) return { letter: named, method: 'option_text' };
  const ref = agreed(references(text, letters));
  if (ref) return { letter: ref, method: 'reference' };
  return null;
}
