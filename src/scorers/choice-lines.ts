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
 * - A column of marks closing each option's row (tables, "X ✓ | Y ✗" on one line, a crossed-out
 *   list): the one checked row, or the one option left uncrossed.
 * - A reply that opens with its answer: a letter on a line of its own ("C) Metformin"), or one
 *   option's whole text as its first clause ("Canberra - built as a compromise …").
 */
import type { Token } from './choice-letters.js';
import { wholeOption, type Evidence } from './choice-evidence.js';
import { lettersPattern } from './choice-letters.js';
import { normalizeText } from './normalize.js';
import { CHECK, CHECKS, CROSSES, IS_CHECK, IS_MARK, MARK } from './marks.js';
import { abbreviatedOption } from './option-words.js';
import { allMatches } from './matches.js';

const ROW_SPLIT = new RegExp(`\\s\\|\\s|(?<=[${CHECKS}${CROSSES}])\\s+`);
const MARK_END = new RegExp(`[${CHECKS}${CROSSES}][\\s:|]*(?:\\n|\\s\\|\\s|$)`);

/** A row's bullet or number ("- ", "1. "), before its head. */
const ROW_LEAD = /^[^\S\n]*(?:[-*•][^\S\n]*)?(?:\d+[.)][^\S\n]+)?/;
/** What ends a row's head: a colon, a spaced dash or arrow, a mark; a line break ends the row with no head. */
const HEAD_END = new RegExp(`[:\\n${CHECKS}${CROSSES}]|\\s-\\s|\\s->\\s`, 'g');

/**
 * A row's head: the words before a colon, a spaced dash, an arrow or a mark ("Laches - no", "Naloxone → opioids ✗"), or null.
 * Found by one scan for the first separator: a pattern with a lazy head between runs of blanks backtracks cubically over a row of spaces.
 */
function rowHead(row: string): string | null {
  const from = ROW_LEAD.exec(row)![0].length;
  HEAD_END.lastIndex = from + 1;
  const end = HEAD_END.exec(row);
  if (end === null || end[0] === '\n') return null;
  const head = row.slice(from, end.index).trim();
  return head === '' ? null : head;
}
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
      const open = OPENER.exec(line);
      if (open && ev.letters.includes(open[1]!.toUpperCase())) return line;
      // "Res judicata – no", "1. Lisinopril — ✓" (a row's number is not its letter: its text is)
      const head = rowHead(line);
      if (head === null) return line;
      const letter = wholeOption(head, ev.options);
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
  // what follows a separator is an option's whole text only when it is about as long (a tail much longer is not
  // normalised for each separator: a line of thousands of separators would be read quadratically)
  const longest = 2 * Math.max(...ev.texts.map((t) => t.length)) + 40;
  for (const sep of allMatches(/:|\s-\s|->|=>|\s=\s/g, last)) {
    if (last.length - sep.index > longest) continue;
    // "Wrong: Res judicata" rules the option out
    if (RULED_OUT.test(last.slice(0, sep.index))) continue;
    const letter = wholeOption(last.slice(sep.index + sep[0].length), ev.options);
    // "x = 2 or x = 3": another option offered before it as an alternative names no single one
    const alternative = letter === null ? null : /(?::|\s-\s|->|=>|\s=\s)\s*([^:=]{1,40}?)\s+or\s+[^:=]*$/.exec(last.slice(Math.max(0, sep.index - 120), sep.index));
    if (letter !== null && alternative && wholeOption(alternative[1]!, ev.options) !== null) return null;
    if (letter !== null) return { letter, start: sep.index, end: last.length };
  }
  return null;
}

/**
 * A table or list where only one option's row carries a check mark ("| **aPTT** | … | heparin ✓ |",
 * "A | 6 ✅"): that option, when at least two other option rows carry none. `rows` is the reply
 * as letterRows gives it (the caller has it already for the verdicts).
 */
export function markedRow(rows: string, ev: Evidence): string | null {
  const opened = rows.split('\n').map((l) => OPENER.exec(l)).filter((m): m is RegExpExecArray => m !== null && ev.letters.includes(m[1]!.toUpperCase()));
  const marked = new Set<string>();
  const unmarked = new Set<string>();
  for (const m of opened) (CHECK.test(m.input.slice(m[0].length)) ? marked : unmarked).add(m[1]!.toUpperCase());
  return marked.size === 1 && [...unmarked].filter((l) => !marked.has(l)).length >= 2 ? [...marked][0]! : null;
}

/** The option a row is about: its letter ("C)"), its letter and a short form of its text ("B B12"), or its text ("Naloxone → …"). */
function rowLetter(row: string, ev: Evidence): string | null {
  const open = OPENER.exec(row);
  if (open && ev.letters.includes(open[1]!.toUpperCase()) && (open[1] === open[1]!.toUpperCase() || /[)\]]/.test(open[0]))) return open[1]!.toUpperCase();
  // a table's first cell "A Folate", "D Chronic disease"
  const cell = /^\s*([A-Z])\s+([^:]+)/.exec(row);
  if (cell && ev.letters.includes(cell[1]!)) {
    const said = normalizeText(cell[2]!);
    if (said !== '' && (wholeOption(said, ev.options) === cell[1] || abbreviatedOption(said.split(' '), ev.options) === cell[1])) return cell[1]!;
  }
  const head = rowHead(row);
  return head === null ? null : wholeOption(head, ev.options);
}

/**
 * A column of marks closing each option's row ("| B B12 | yes | yes | ✓ |", "Murder ✗ | Voluntary
 * manslaughter ✓ | …", "- Naloxone → opioid reversal ✗"), at least three rows: the one checked row
 * (`checked`), or, where every option but one is crossed and none checked, the one left (`remaining`).
 */
export function markColumn(text: string, ev: Evidence): { checked: string | null; remaining: string | null } | null {
  if (!MARK_END.test(text)) return null;
  const checked = new Set<string>();
  const crossed = new Set<string>();
  for (const line of text.split('\n')) {
    // rows are lines, cells "X ✓ | Y ✗", or marked words in a row "Sydney ✗ Melbourne ✗ Canberra ✓"
    for (const row of line.split(ROW_SPLIT)) {
      // trailing blanks, colons and bars cut by a walk from the end ("[\s:|]+$" rescans a long run from each of its places)
      let cut = row.length;
      while (cut > 0 && /[\s:|]/.test(row[cut - 1]!)) cut -= 1;
      const r = row.slice(0, cut);
      const mark = r.slice(-1);
      if (!IS_MARK.test(mark)) continue;
      const letter = rowLetter(r, ev);
      if (letter !== null) (IS_CHECK.test(mark) ? checked : crossed).add(letter);
    }
  }
  if (checked.size + crossed.size < 3 || [...checked].some((l) => crossed.has(l))) return null;
  const left = [...ev.letters].filter((l) => !crossed.has(l));
  return {
    checked: checked.size === 1 ? [...checked][0]! : null,
    remaining: checked.size === 0 && left.length === 1 ? left[0]! : null,
  };
}

/** A reply that opens with its answer on a line of its own ("C", "(C)", "C) Metformin"): explicit even when cut later. */
export function answerFirst(lines: string[], ev: Evidence): { letter: string; by: string } | null {
  const first = lines[0];
  if (first === undefined) return null;
  const m = lettersPattern('answer-first', ev.letters, (L) => `^(?:(?:final\\s+)?answer\\s*[:=-]?\\s*)?(?:option\\s+)?[(\\[]?([${L}])[)\\].:]?(?:\\s*[-:]?\\s*(.*))?$`, 'i').exec(first);
  if (!m) return null;
  const letter = m[1]!.toUpperCase();
  if (letter === 'A' && m[1] === 'a' && (m[2] ?? '') !== '') return null;
  const rest = normalizeText(m[2] ?? '');
  const own = ev.options.find((o) => o.letter === letter);
  if (rest !== '' && !(own?.forms.includes(rest) ?? false)) return null;
  if (lines.length === 1 && rest === '' && !/^[(\[]?[A-Za-z][)\].:]?$/.test(first.replace(/^(?:(?:final\s+)?answer\s*[:=-]?\s*)?(?:option\s+)?/i, ''))) return null;
  return { letter, by: 'bare' };
}

/** The option whose whole text is the reply's first clause, before a spaced dash, colon or full stop, when not ruled out right after; or null. */
export function openingOption(line: string, ev: Evidence): string | null {
  const m = /^(.{1,80}?)(?:\s-\s|:\s|[.!](?:\s|$)|$)/.exec(line);
  if (!m || /\?/.test(line.slice(0, m[0].length + 1)) || MARK.test(line)) return null;
  if (/^\s*(?:-|:|\.)?\s*(?:no|not|wrong|incorrect|isn't|is\s+not|unlikely)\b/i.test(line.slice(m[1]!.length + 1))) return null;
  return wholeOption(m[1]!, ev.options);
}

/**
 * A question the reply poses itself, with an option list that is not the item's ("…most likely?\nA. Small cell
 * carcinoma\nB. …" where option A is Tuberculosis): the reply runs on into another item, and what it answers there
 * answers nothing asked. True when a line that asks is followed by three or more option lines, none naming its own option.
 */
export function posesOtherQuestion(text: string, ev: Evidence): boolean {
  const lines = text.split('\n');
  // a question of four words or more on its own line (not a table's "Accrual basis?" column), its options right after it
  const asks = lines.findIndex((l) => /\?\s*$/.test(l) && !l.includes('|') && l.trim().split(/\s+/).length >= 4);
  if (asks < 0) return false;
  let listed = 0;
  for (const line of lines.slice(asks + 1)) {
    // "Question: …?\n\nA. Furosemide": blank lines before the list
    if (listed === 0 && line.trim() === '') continue;
    const m = /^\s*[(\[]?([A-Ja-j])[)\].:]\s+(\S.{0,80})$/.exec(line);
    if (m === null || MARK.test(line)) break;
    const letter = m[1]!.toUpperCase();
    if (!ev.letters.includes(letter)) return false;
    const own = ev.options.find((o) => o.letter === letter);
    const said = normalizeText(m[2]!);
    if (own === undefined || own.forms.some((f) => f !== '' && said.includes(f))) return false;
    listed += 1;
  }
  return listed >= 3;
}

/**
 * A reply whose first sentence is one option's text with its own letter and nothing else ("Ethosuximide (A). Note that
 * carbamazepine (C) … may worsen …"): that option, whatever remarks on others follow, unless a later sentence opens
 * with a self-correction or an alternative ("Wait", "Actually", "No,", "Or …") or the rest turns ("but", "however"). Null otherwise.
 */
export function labelledOpening(text: string, ev: Evidence): string | null {
  // on the first 200 characters after the blanks (a lazy head between runs of blanks backtracks over a long run)
  const opening = text.trimStart();
  // ("Canberra (option C).", "Metformin (A) first;")
  const first = /^([^\n.!?]{1,80}?)[^\S\n]{0,3}[(\[](?:option\s|choice\s)?([A-J])[)\]](?:[^\S\n]{1,3}(?:first|here|alone|initially|definitely|clearly))?[^\S\n]{0,3}(?:[.!:;]|\s[-—–]\s|\n|$)/i.exec(opening.slice(0, 200))
    ?? letterFirst(opening, ev);
  if (first === null || !ev.letters.includes(first[2]!) || wholeOption(first[1]!, ev.options) !== first[2]) return null;
  // …nor one that goes on with an alternative ("Or Melbourne (B).") or a contrast ("…, but it is Canberra (C)")
  const corrects = /^(?:wait|actually|no\b|nope|hmm|or\b|on\s+(?:second|further)\s+thought|correction|scratch\s+that|oops|sorry)/i;
  const rest = opening.slice(first[0].length);
  if (rest.split(/[.!?]\s|\n/).some((s) => corrects.test(s.trimStart()))) return null;
  for (const turn of allMatches(/\b(?:but|however|instead|though|although|whereas|yet)\b[^.!?\n]{0,80}/gi, rest)) {
    const other = /[(\[]([A-J])[)\]]/.exec(turn[0]);
    if ((other && other[1] !== first[2]) || /\b(?:it'?s|it\s+is|the\s+answer|I'd|I\s+would)\b/i.test(turn[0])) return null;
  }
  return first[2]!;
}

/** The option a row is about when it opens with that option's text and a separator ("Rituximab – anti-CD20"), or null. */
export function optionRowHead(line: string, ev: Evidence): string | null {
  const head = rowHead(line);
  return head === null ? null : wholeOption(head, ev.options);
}

/** How many options head a row of their own ("- Tamoxifen: SERM, premenopausal ER+", "Imatinib – CML"): three or more list the options. */
export function optionRows(text: string, ev: Evidence): number {
  const heads = new Set<string>();
  // rows are lines, or sentences of one line ("Graves disease: diffuse uptake. Toxic adenoma: one hot nodule. …")
  for (const line of text.split(/\n|(?<=[.!?])[^\S\n]+/)) {
    const letter = optionRowHead(line, ev);
    if (letter !== null) heads.add(letter);
  }
  return heads.size;
}

/** A reply's opening letter with its stop or bracket ("A. ", "(C) "). */
const LETTER_OPENING = /^[(\[]?([A-J])[).:\]][^\S\n]{1,3}/;
/** A letter with its stop or bracket anywhere ("(B) ", "D. "): where another option may be listed under its letter. */
const LETTER_HEAD = /\b([A-J])[).:\]]\s*/g;

/**
 * "A. Peaked T waves appear first; prominent U waves (B) point to …": the opening is a letter and its own option's
 * text, the others named after it only in brackets. As [whole, text, letter] for labelledOpening, or null; not where
 * another sentence or line opens with a letter too (the options described one by one).
 */
function letterFirst(opening: string, ev: Evidence): [string, string, string] | null {
  const m = LETTER_OPENING.exec(opening);
  const own = m === null ? undefined : ev.options.find((o) => o.letter === m[1]);
  if (m === null || own === undefined) return null;
  const text = (ev.texts[ev.options.indexOf(own)] ?? '').trim();
  // the letter's own option's text follows it, whole (not the start of a longer word)
  const after = opening.slice(m[0].length, m[0].length + text.length + 1);
  if (text === '' || after.slice(0, text.length).toLowerCase() !== text.toLowerCase() || /^[\p{L}\p{N}]/u.test(after.slice(text.length))) return null;
  // …nor where it turns ("but the capital is C) Canberra"), marks verdicts, or lists another option under its letter ("(B) 620°")
  const rest = opening.slice(m[0].length);
  if (/(?:[.!?;]\s+|\n\s*)[(\[]?[A-J][).:\]]\s/.test(rest) || /\b(?:but|however|though|although|whereas|yet|instead|actually|wait|or)\b/i.test(rest) || MARK.test(rest)) return null;
  for (const x of allMatches(LETTER_HEAD, rest)) {
    const other = ev.options.findIndex((o) => o.letter === x[1]);
    const t = other < 0 || ev.options[other] === own ? '' : (ev.texts[other] ?? '').trim().toLowerCase();
    const at = x.index + x[0].length;
    if (t !== '' && rest.slice(at, at + t.length).toLowerCase() === t) return null;
  }
  const end = m[0].length + text.length;
  return [opening.slice(0, end), opening.slice(m[0].length, end), m[1]!];
}
