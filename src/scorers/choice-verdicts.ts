/**
 * @module scorers/choice-verdicts — per-option verdicts: "(A) false (C) true", "A ✗ … C ✓", "A: incorrect", "Right: C; wrong: A, B".
 *
 * Each option judged is put among the positive or the negative verdicts (a later verdict on
 * the same option replaces an earlier one); the resolver (choice-extract) decides what they add up to.
 */
import { lettersPattern } from './choice-letters.js';
import { CHECKS, CROSSES, MARK_ALTERNATIVES } from './marks.js';
import { allMatches } from './matches.js';

const MARK_LEADS = new RegExp(`^\\s*[${CHECKS}${CROSSES}]`);

export interface Verdicts {
  positive: Map<string, number>;
  negative: Map<string, number>;
}

/** "this is it", "that's the one": a row's verdict in words that point at it (and "ruled out" against it). */
const POINTS_AT = String.raw`(?:this|that)(?:'s|’s|\s{1,3}is)\s{1,3}(?:it|the\s{1,3}one)`;
/** Verdict words in other languages, right and wrong (de, es, fr, it, pt, ru, vi, tr, zh, id): "C – richtig", "A 错", "B — верно". */
const GOOD_OTHER = 'richtig|korrekt|verdadero|verdadera|correcto|correcta|vrai|correcte|vero|giusto|giusta|corretto|corretta|certo|certa|correto|correta|верно|правильно|đúng|doğru|正确|正確|对|對|benar';
const BAD_OTHER = 'falsch|falso|falsa|incorrecto|incorrecta|faux|fausse|incorrecte|sbagliato|sbagliata|errato|errata|errado|errada|incorreto|incorreta|неверно|неправильно|sai|yanlış|错误|錯誤|错|錯|salah';
const GOOD = new RegExp(`^(?:true|correct|right|yes|valid|${POINTS_AT}|${GOOD_OTHER}|${[...CHECKS].join('|')})$`, 'i');
// (the Chinese words longest first: "错误" before "错", which a CJK word after it does not bound)
const VERDICT_WORDS = `true|false|correct|incorrect|right|wrong|yes|no|valid|invalid|ruled\\s{1,3}out|${POINTS_AT}|${BAD_OTHER}|${GOOD_OTHER}|${MARK_ALTERNATIVES}`;
/** A verdict word, captured. */
const VERDICT_WORD = `(${VERDICT_WORDS})`;

/** Per-option verdicts: "(A) false (C) true", "A ✗ … C ✓", "A: incorrect", "Right: C; wrong: A, B". */
export function verdicts(text: string, letters: string): Verdicts {
  const out: Verdicts = { positive: new Map(), negative: new Map() };
  const put = (letter: string, word: string, at: number) => {
    const L = letter.toUpperCase();
    out.positive.delete(L);
    out.negative.delete(L);
    (GOOD.test(word) ? out.positive : out.negative).set(L, at);
  };
  // (a row's text does not run past a sentence's end into the next row's letter: "Option A - wrong. Option B - right." is two rows)
  // blanks bounded ({0,6}): unbounded runs between the letter, its text and its verdict backtrack polynomially over a reply of blank lines
  const row = lettersPattern('verdict-row', letters, (L) =>
    `(?<![A-Za-z])(?:option\\s{1,6}|choice\\s{1,6})?(\\(|\\[)?([${L}])(\\)|\\])?(?:\\s{0,6}\\((?!\\s{0,6}(?:${VERDICT_WORDS})\\s{0,6}\\))[^)\\n]{0,80}\\)|\\s{0,6}[.):-]?\\s{1,6}(?!(?:${VERDICT_WORDS})(?![\\w-]))(?:(?![.;!?]\\s{1,6}(?:option\\s{1,6}|choice\\s{1,6})?[(\\[]?[${L}](?:[)\\].:]|\\s{1,6}[-–—:]))[^:\\n${CHECKS}${CROSSES}]){1,80}?(?=\\s{0,6}[:\\-]\\s{0,6}(?:${VERDICT_WORDS})(?![\\w-])|\\s{0,6}[${CHECKS}${CROSSES}]))?(\\s{0,6}[:.\\-–—)]\\s{0,6}(?:is\\s{1,6})?|\\s{1,6}is\\s{1,6}|\\s{0,6}\\(\\s{0,6}|\\s{0,6})${VERDICT_WORD}(?![\\w-])`,
  'gi');
  let rows = 0;
  // "✗ A ✗ B ✓ C": a reply that opens with a mark puts each mark before its letter
  const markLeads = MARK_LEADS.test(text);
  for (const m of allMatches(row, text)) {
    const [, open, letter, close, sep, word] = m as unknown as [string, string | undefined, string, string | undefined, string, string];
    // "whether A or B is correct": a letter joined to another is no verdict on it alone
    if (lettersPattern('verdict-joined', letters, (L) => `(?<![A-Za-z])[${L}][)\\]]?\\s*(?:,|or|and|/|&)\\s*(?:option\\s+)?[(\\[]?$`).test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const bracket = open ?? close;
    const mark = !/^[a-z]/i.test(word);
    if (letter !== letter.toUpperCase() && !bracket) continue;
    if (!bracket && !mark && sep.trim() === '') continue;
    if (/^(?:yes|no|right)$/i.test(word) && /^\s+is\s+$/.test(sep)) continue;
    if (markLeads && mark) continue;
    // "A — True? No. …": a verdict word that asks is no verdict; the row's answer is the verdict word right after it, if any
    const asks = mark ? null : /^\s{0,3}\?(?:\s{0,3}(yes|no|true|false|correct|incorrect|right|wrong)(?![\w-]))?/i.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
    if (asks) {
      if (asks[1] !== undefined) {
        put(letter, asks[1], m.index);
        rows += 1;
      }
      continue;
    }
    // "D (right to counsel)": a word that opens a bracket is a verdict only when a bracket or a stop follows it ("C (true)", "C (correct, since …)")
    if (/\($/.test(sep.trim()) && !/^\s*(?:[),;:.!—–]|-\s)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    put(letter, word, m.index);
    rows += 1;
  }
  // "✔ C" (the mark first) only where no row put the mark after its letter: "A ✗ B ✓" reads one way
  const markFirst = lettersPattern('verdict-mark-first', letters, (L) => `(${MARK_ALTERNATIVES})[ \\t]*(?:option\\s+)?[(\\[]?([${L}])(?![A-Za-z])`, 'g');
  if (rows === 0 || markLeads) for (const m of allMatches(markFirst, text)) put(m[2]!, m[1]!, m.index);
  const lists = lettersPattern('verdict-lists', letters, (L) => `\\b(right|correct|true|wrong|incorrect|false)\\s*(?:answers?|options?)?\\s*:\\s*((?:[(\\[]?[${L}][)\\]]?(?![A-Za-z])\\s*(?:,|and|&|/)?\\s*)+)`, 'gi');
  for (const m of allMatches(lists, text)) {
    for (const l of m[2]!.match(lettersPattern('letter', letters, (L) => `[${L}]`, 'gi')) ?? []) put(l, m[1]!, m.index);
  }
  return out;
}

const GOOD_VALUE = /^(?:true|correct|right|yes|valid|1)$/i;
const BAD_VALUE = /^(?:false|incorrect|wrong|no|invalid|0)$/i;

/**
 * A structured verdict per option (`{"A": false, "B": false, "C": true, "D": false}`, `{"option_a": "incorrect", …}`):
 * the one option judged right when at least two others are judged wrong, else null. `value` is the reply's parsed JSON.
 */
export function objectVerdict(value: unknown, letters: string): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const good: string[] = [];
  let bad = 0;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const k = /^(?:option|choice)?[_\s-]?\(?([a-j])\)?$/i.exec(key.trim());
    if (k === null || !letters.includes(k[1]!.toUpperCase())) return null;
    const said = String(v).trim();
    if (GOOD_VALUE.test(said)) good.push(k[1]!.toUpperCase());
    else if (BAD_VALUE.test(said)) bad += 1;
    else return null;
  }
  return good.length === 1 && bad >= 2 ? good[0]! : null;
}
