/**
 * @module scorers/choice-lines — line-level shapes of a reply: the option list echoed back,
 * verdict rows that name an option by its text, and a last line that ends on an option's text.
 *
 * - An echo of the options ("A) Res judicata / B) Collateral estoppel / …") is the question,
 *   not an answer: when two or more lines are exactly an option's letter and its own text, they
 *   are dropped before reading (a reply that is only the list then reads as nothing).
 * - "Res judicata – no / Collateral estoppel – yes": a row that opens with an option's text is
 *   that option's row, so the verdict finder reads it as "B. Collateral estoppel – yes".
 * - "The question asks about the end of WWI: 1918.": a last line whose tail after a colon,
 *   dash, arrow or equals sign is exactly one option's text names that option.
 */
import type { Token } from './choice-letters.js';
import { wholeOption, type Evidence } from './choice-evidence.js';
import { normalizeText } from './normalize.js';
import { CHECK, CHECKS, CROSSES } from './marks.js';

/** A row's head: the words before a colon, a spaced dash or a mark ("Laches - no", "1. Lisinopril ✓"). */
const ROW_HEAD = new RegExp(`^\\s*(?:[-*•]\\s*)?(?:\\d+[.)]\\s+)?([^:\\n]+?)\\s*(?::|\\s-\\s|\\s*[${CHECKS}${CROSSES}])`);
const OPENER = /^\s*(?:[-*•]\s*)?(?:option\s+|choice\s+)?[(\[]?([A-Za-z])[)\].:]\s*/i;

/** True when `line` is exactly an option's letter and its own text ("B) Collateral estoppel"). */
function isEchoLine(line: string, ev: Evidence): boolean {
  const m = OPENER.exec(line);
  if (!m || !ev.letters.includes(m[1]!.toUpperCase())) return false;
  if (m[1] !== m[1]!.toUpperCase() && !/[)\]]/.test(m[0])) return false;
  const own = ev.options.find((o) => o.letter === m[1]!.toUpperCase());
  // "A: Unlawful detention  <--": a marked line is the answer, not the echo
  if (/<-|←|<=|\(\s*(?:answer|correct|selected)\s*\)/i.test(line.slice(m[0].length)) || CHECK.test(line.slice(m[0].length))) return false;
  const rest = normalizeText(line.slice(m[0].length));
  return own !== undefined && rest !== '' && rest === own.forms[0];
}

/** `text` without an echoed option list (two or more lines each an option's letter and own text). */
export function dropOptionEcho(text: string, ev: Evidence): string {
  const lines = text.split('\n');
  const echo = lines.map((l) => isEchoLine(l, ev));
  const echoed = new Set(lines.filter((_, i) => echo[i]).map((l) => OPENER.exec(l)![1]!.toUpperCase()));
  if (echoed.size < 2) return text;
  return lines.filter((_, i) => !echo[i]).join('\n');
}

/** `text` with each line that opens with an option's text and then a separator or mark given its letter ("Laches – no" → "D. Laches – no"). */
export function letterRows(text: string, ev: Evidence): string {
  return text
    .split('\n')
    .map((line) => {
      if (OPENER.test(line) && ev.letters.includes(OPENER.exec(line)![1]!.toUpperCase())) return line;
      // "Res judicata – no", "1. Lisinopril — ✓" (a row's number is not its letter: its text is)
      const head = ROW_HEAD.exec(line);
      if (!head) return line;
      const letter = wholeOption(head[1]!, ev.options);
      return letter === null ? line : `${letter}. ${line.trim()}`;
    })
    .join('\n');
}

const RULED_OUT = /\b(?:wrong|incorrect|false|not|never|excluded?|eliminated?|ruled\s+out|distractors?|no|isn't|avoid|except|unlikely)\s*$/i;

/** The option whose whole text ends the last line after a colon, dash, arrow or equals sign ("…: 1918."), or null. */
export function finalLineText(lines: string[], ev: Evidence): Token | null {
  // a closing line that rules an option out ("Not 50 km/h — that's the arithmetic mean") leaves the line before it
  let end = lines.length;
  while (end > 1 && /^(?:not|never|but\s+not)\b/i.test(lines[end - 1]!)) end -= 1;
  const last = lines[end - 1];
  if (last === undefined || /\?\s*$/.test(last)) return null;
  for (const sep of last.matchAll(/:|\s-\s|->|=>|\s=\s/g)) {
    // "Wrong: Res judicata" rules the option out
    if (RULED_OUT.test(last.slice(0, sep.index))) continue;
    const letter = wholeOption(last.slice(sep.index + sep[0].length), ev.options);
    if (letter !== null) return { letter, start: sep.index, end: last.length };
  }
  return null;
}

/**
 * A table or list where only one option's row carries a check mark ("| **aPTT** | … | heparin ✓ |",
 * "A | 6 ✅"): that option, when at least two other option rows carry none.
 */
export function markedRow(text: string, ev: Evidence): string | null {
  const rows = letterRows(text, ev).split('\n').map((l) => OPENER.exec(l)).filter((m): m is RegExpExecArray => m !== null && ev.letters.includes(m[1]!.toUpperCase()));
  const marked = new Set<string>();
  const unmarked = new Set<string>();
  for (const m of rows) (CHECK.test(m.input.slice(m[0].length)) ? marked : unmarked).add(m[1]!.toUpperCase());
  return marked.size === 1 && [...unmarked].filter((l) => !marked.has(l)).length >= 2 ? [...marked][0]! : null;
}
