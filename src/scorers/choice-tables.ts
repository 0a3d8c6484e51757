/**
 * @module scorers/choice-tables — a markdown table over the options, read where the rest of the reply decides nothing.
 *
 * - A verdict column: one cell per option row, each a yes or a no ("Yes"/"No", ✅/❌, ✓/✗, "True"/"False"),
 *   with exactly one yes: that row's option ("| Nile | ~6,650 | Yes |" among "No" rows). Several yeses are none,
 *   unless a closing sentence names one row (below).
 * - A closing sentence that names a cell of one row only, and no option itself ("| Lisinopril | ACE
 *   inhibitor | ❌ |" … "The contraindicated one is the ACE inhibitor."): the table defined that cell as
 *   another name of the row's option. A cell shared by rows, a negated or questioning sentence, names none.
 * Rows are options when one of their cells is an option's own text (or its letter beside it).
 */
import { optionTexts, wholeOption, type Evidence } from './choice-evidence.js';
import { normalizeText } from './normalize.js';
import { CHECKS, CROSSES } from './marks.js';

const YES = new RegExp(`^(?:yes|y|true|correct|right|[${CHECKS}])(?![\\p{L}])`, 'iu');
const NO = new RegExp(`^(?:no|n|false|incorrect|wrong|[${CROSSES}])(?![\\p{L}])`, 'iu');

interface TableRow { letter: string; cells: string[] }

/** The table's option rows and the text after the table; null when the reply holds no table over three options or more. */
function optionTable(raw: string, ev: Evidence): { rows: TableRow[]; after: string } | null {
  const lines = raw.split('\n');
  const first = lines.findIndex((l) => /^\s*\|.*\|\s*$/.test(l));
  if (first < 0) return null;
  let last = first;
  while (last + 1 < lines.length && /^\s*\|.*\|\s*$/.test(lines[last + 1]!)) last += 1;
  const rows: TableRow[] = [];
  for (const line of lines.slice(first, last + 1)) {
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.replace(/\*\*|__/g, '').trim());
    if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) continue;
    let letter: string | null = null;
    for (const [i, c] of cells.entries()) {
      const said = normalizeText(c);
      const own = ev.options.find((o) => o.forms[0] === said)?.letter ?? (said.split(' ').length <= 6 ? wholeOption(said, ev.options) : null);
      // "| A | Mitochondrion |": a letter cell must agree with the text beside it
      const key = i > 0 && /^[(\[]?[A-J][)\]]?$/.test(cells[i - 1]!) ? cells[i - 1]!.replace(/[^A-J]/g, '') : null;
      if (own && (key === null || key === own)) {
        letter = own;
        break;
      }
    }
    if (letter) rows.push({ letter, cells });
  }
  if (rows.length < 3 || new Set(rows.map((r) => r.letter)).size !== rows.length) return null;
  return { rows, after: lines.slice(last + 1).join('\n').trim() };
}

/** The one option a verdict column says yes to; 'several' when it says yes to more; null when there is no such column. */
function verdictColumn(rows: TableRow[]): string | 'several' | null {
  const width = Math.max(...rows.map((r) => r.cells.length));
  for (let col = 1; col < width; col += 1) {
    const cells = rows.map((r) => r.cells[col] ?? '');
    if (!cells.every((c) => YES.test(c) || NO.test(c))) continue;
    const yes = rows.filter((_, i) => YES.test(cells[i]!));
    if (yes.length === 0 || yes.length === rows.length) continue;
    // several yeses ("Safe in pregnancy?" ✅ on all rows but one) leave the closing sentence to say which row is meant
    return yes.length === 1 ? yes[0]!.letter : 'several';
  }
  return null;
}

/** The option whose row alone holds a cell the closing sentence names, or null. */
function namedCell(rows: TableRow[], after: string, ev: Evidence): string | null {
  const sentences = after.split(/\n+|(?<=[.!])\s+/).map((s) => s.trim()).filter((s) => s !== '' && !/^>/.test(s));
  const closing = sentences[0];
  if (closing === undefined || sentences.length > 2 || closing.includes('?') || /\b(?:not|n't|never|except|other\s+than|none|all|every|each|both)\b/i.test(closing)) return null;
  if (optionTexts(closing, ev.options).length > 0) return null;
  const said = ` ${normalizeText(closing)} `;
  const found = new Set<string>();
  for (const row of rows) {
    for (const cell of row.cells) {
      const c = normalizeText(cell);
      if (c.length < 4 || /^[\d\s.,~%-]+$/.test(c) || YES.test(c) || NO.test(c)) continue;
      // a cell another row holds too names no row
      if (rows.some((r) => r !== row && r.cells.some((o) => normalizeText(o) === c))) continue;
      if (said.includes(` ${c} `)) found.add(row.letter);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** What a table over the options answers (see the module note): a letter, 'several', or null. */
export function tableAnswer(raw: string, ev: Evidence): string | 'several' | null {
  if (!raw.includes('|')) return null;
  const table = optionTable(raw, ev);
  if (table === null) return null;
  const column = verdictColumn(table.rows);
  if (column !== null && column !== 'several') return column;
  return namedCell(table.rows, table.after, ev) ?? column;
}
