/**
 * @module scorers/choice-marked — the option list written out again with the answer marked on its row.
 *
 * "A) Sydney\nB) Melbourne\nC) Canberra *\nD) Perth", "1. … ← correct", "- [x] B) 1989", "B. **Flumazenil**":
 * a reply whose lines are the options (by letter, by number in the options' order, or by their text
 * alone), at least three of them, each with its option's own text, where some rows carry a mark the
 * others lack — a trailing `*`, arrow, check mark or "(correct)", bold, a ticked box. One marked row is
 * the answer; several marked rows are none. Read from the reply before its markdown is removed (bold
 * and `*` are marks here), and only when nothing outside the list names another option than the one marked.
 */
import { optionTexts, references, type Evidence } from './choice-evidence.js';
import { CHECKS } from './marks.js';
import { normalizeText } from './normalize.js';
import { TURNS } from './choice-signals.js';

/** A row's lead: a bullet, a ticked or empty box, a letter or number with its bracket or stop. */
// (the letter may be in bold: "- [x] **B** Xanthine oxidase")
const LEAD = /^[^\S\n]*(?:[-•][^\S\n]+|\*[^\S\n]+(?!\*))?(?:\[([ xX✓✔])\][^\S\n]*)?(?:(?:[(\[]?([A-Ja-j]|[1-9])(?:[)\].:]|[^\S\n]+[-–—](?=[^\S\n]))|(?:\*\*|__)([A-Ja-j]|[1-9])[)\].:]?(?:\*\*|__)(?=[^\S\n]))[^\S\n]*)?/;
/** A mark closing a row ("*", "←", "<-- correct", "✓", "(correct)", "- correct answer"). */
const TAIL_MARK = new RegExp(`[^\\S\\n]*(?:\\*|←+|<-+|<=+|⟵|[${CHECKS}]|\\(\\s*(?:correct|answer|right)\\s*\\)|\\[\\s*(?:correct|answer|right)\\s*\\])(?:[^\\S\\n]*(?:[-—–:][^\\S\\n]*)?(?:the\\s+)?(?:correct|right|answer)(?:\\s+answer)?)?[^\\S\\n]*[.!]?$|[^\\S\\n]+(?:←|<-+|[-—–])[^\\S\\n]*(?:the\\s+)?(?:correct|right)(?:\\s+answer)?[^\\S\\n]*[.!]?$`, 'iu');

interface Row { letter: string; marked: boolean; ticked: boolean }

/** The option a line writes out, and whether it is marked; null when the line is not one option's row. */
function readRow(line: string, ev: Evidence): Row | null {
  const lead = LEAD.exec(line)!;
  let body = line.slice(lead[0].length).trim();
  let marked = lead[1] !== undefined && lead[1] !== ' ';
  // the mark is looked for in the row's last 100 characters: from every place of a long run of blanks the pattern would rescan it
  const from = Math.max(0, body.length - 100);
  const tail = TAIL_MARK.exec(body.slice(from));
  if (tail && from + tail.index > 0) {
    marked = true;
    body = body.slice(0, from + tail.index).trim();
  }
  const bold = /^(\*\*|__)(.+)\1$/.exec(body);
  if (bold) {
    marked = true;
    body = bold[2]!.trim();
  }
  const said = normalizeText(body);
  if (said === '') return null;
  const own = ev.options.findIndex((o) => o.forms[0] === said);
  if (own < 0) return null;
  const key = lead[2] ?? lead[3];
  if (key !== undefined) {
    // "C) Canberra": the letter is the option's; "3. Ribosome": the number is its place (where no option is a number)
    const place = /\d/.test(key) ? Number(key) - 1 : ev.letters.indexOf(key.toUpperCase());
    if (place !== own) return null;
  }
  return { letter: ev.options[own]!.letter, marked, ticked: lead[1] !== undefined && lead[1] !== ' ' };
}

/** The marked row's letter; 'several' when rows disagree; null when the reply is no marked option list. */
export function markedList(raw: string, ev: Evidence): string | 'several' | null {
  const lines = raw.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
  if (lines.length < 3 || lines.length > 40) return null;
  const rows: Row[] = [];
  const outside: string[] = [];
  for (const line of lines) {
    const row = readRow(line, ev);
    if (row) rows.push(row);
    else outside.push(line);
  }
  const letters = new Set(rows.map((r) => r.letter));
  // the list: three rows or more, each option at most once
  if (rows.length < 3 || letters.size !== rows.length) return null;
  const marked = rows.filter((r) => r.marked);
  if (marked.length === 0 || marked.length === rows.length) return null;
  // prose around the list that names an option is read by the other rules, unless it names the one marked row only
  // ("- [x] **B** Xanthine oxidase … Reasoning: allopurinol inhibits xanthine oxidase.")
  const rest = outside.join('\n');
  const named = rest === '' ? [] : [...optionTexts(rest, ev.options), ...references(rest, ev.letters).map((t) => t.letter)];
  // …or, for a ticked box ("- [x] **B** HAVING"), names it among others with no turn ("HAVING filters groups after GROUP BY …")
  const ticked = marked.length === 1 && marked[0]!.ticked && named.includes(marked[0]!.letter) && !TURNS.test(rest);
  if (!ticked && named.some((l) => marked.length !== 1 || l !== marked[0]!.letter)) return null;
  return marked.length === 1 ? marked[0]!.letter : 'several';
}
