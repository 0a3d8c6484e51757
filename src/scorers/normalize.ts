/**
 * @module scorers/normalize — pure text clean-up shared by the choice, label and exact scorers.
 *
 * Two levels: `cleanOutput` keeps the text's shape (lines, letters' case,
 * punctuation) but removes reasoning blocks and markdown decoration, so a
 * pattern can read it; `normalizeText` is the comparison form: lower-case,
 * punctuation and markdown gone, whitespace collapsed.
 */
import { CHECKS, CROSSES, IS_CHECK } from './marks.js';
import { stripTemplate } from './template-tokens.js';

/**
 * Drops a reasoning model's `<think>…</think>` blocks. A reply that only closes
 * the block (the opening tag was part of the prompt) keeps what follows `</think>`;
 * a block never closed (the reply was cut while thinking) leaves no answer.
 */
export function stripThinking(text: string): string {
  if (!text.includes('<')) return text; // every tag starts with '<'
  let out = text.replace(/<(think|thinking|reasoning)>[\s\S]*?<\/\1>/gi, '');
  const close = out.search(/<\/(think|thinking|reasoning)>/i);
  if (close >= 0) out = out.slice(out.indexOf('>', close) + 1);
  const open = out.search(/<(think|thinking|reasoning)>/i);
  if (open >= 0) out = out.slice(0, open);
  return out;
}

/**
 * Removes markdown and LaTeX decoration that wraps answers: `**C**`, `__C__`,
 * `*C*`, `` `C` ``, `# Answer`, `> quote`, `\boxed{C}`, `$…$`, `\text{…}`; a
 * table row becomes its cells joined by ": " (its rule line dropped).
 * Keeps line breaks, case and ordinary punctuation.
 */
export function stripMarkdown(text: string): string {
  // Every pattern below needs one of these characters: most replies have none (returned as they are).
  if (!MARKDOWN_CHARS.test(text)) return text;
  // "2{,}000": LaTeX's thousands separator
  let unboxed = text.includes('{,}') ? text.replace(/\{,\}/g, ',') : text;
  for (let i = 0; i < 4; i += 1) {
    const next = unboxed.replace(/\\(?:boxed|fbox|text|textbf|textrm|mathrm|mathbf|mathit|operatorname)\s*\{([^{}]*)\}/g, '$1');
    if (next === unboxed) break;
    unboxed = next;
  }
  return unboxed
    .replace(/\$+/g, '')
    .replace(/\\[()[\]]/g, '')
    // "~~A~~ C": struck-out text is withdrawn, not emphasised
    .replace(/~~[^~\n]{1,80}~~/g, '')
    .replace(/\*\*|__|~~/g, '')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_\n]+?)_(?!\w)/g, '$1$2')
    .replace(/```[a-z0-9_-]*\n?/gi, '')
    .replace(/`/g, '')
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/^[ \t]*[-*+•][ \t]+/gm, '')
    // a table's rule line; each "|" takes the blanks after it ("[ \t]*\|?[ \t]*" scans a line of spaces quadratically)
    .replace(/^[ \t]*(?:\|[ \t]*)?:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*(?:\|[ \t]*)?$/gm, '')
    .replace(/(?:^[ \t]*\|.*\|[ \t]*(?:\n|$))+/gm, table);
}

/** The characters stripMarkdown's patterns start from ({,} \\boxed $ ** __ ~~ * _ ` # > - + • |). */
const MARKDOWN_CHARS = /[{\\$*_~`#>\-+•|]/;

/** A cell that is a mark (a lone "x" included). */
const MARK_CELL = new RegExp(`^(?:[${CHECKS}${CROSSES}]|x)$`, 'i');

/**
 * A markdown table as lines of "cell: cell" ("| C. Apixaban | Yes |" → "C. Apixaban: Yes"), so
 * verdict rows read like ones written as text. In a column of check marks an empty cell is
 * unmarked ("✗"): "| A | |" beside "| B | ✔ |".
 */
function table(block: string): string {
  const rows = block.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
  const width = Math.max(...rows.map((r) => r.length));
  for (let col = 1; col < width; col += 1) {
    // a header row ("| Choice | Correct |") is not part of the column
    const body = rows.filter((r, i) => !(i === 0 && (r[col] ?? '') !== '' && !MARK_CELL.test(r[col] ?? '')));
    const cells = body.map((r) => r[col] ?? '');
    if (cells.some((c) => IS_CHECK.test(c)) && cells.every((c) => c === '' || MARK_CELL.test(c))) {
      for (const r of body) if ((r[col] ?? '') === '') r[col] = '✗';
    }
  }
  return `${rows.map((r) => r.filter((c) => c !== '').join(': ')).join('\n')}\n`;
}

const PRINTABLE_ASCII = /^[\x20-\x7e\n\t]*$/;
const WORDS = /^[A-Za-z0-9 ]*$/;

/** stripTemplate (chat-template debris, `stop` strings) + stripThinking + stripMarkdown, Unicode NFKC, typographic quotes, dashes and arrows (→ ⇒ as `->`) made plain. */
export function cleanOutput(text: string, stop: readonly string[] = []): string {
  // Printable ASCII, newlines and tabs: NFKC and the replacements below change nothing.
  const plain = PRINTABLE_ASCII.test(text) ? text : text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2192\u21D2\u27F6\u27F9\u2794\u279C\u27A1]|\u{1F449}/gu, '->')
    .replace(/\u00A0/g, ' ');
  return stripMarkdown(stripThinking(stripTemplate(plain, stop)));
}

/**
 * The comparison form of a string: cleaned, lower-case, thousands separators
 * dropped (`1,000` → `1000`), a decimal point between digits kept (`3.5`),
 * a minus sign opening a number kept (`x = -3`), `%` read as "percent", every other punctuation mark (and `_`)
 * turned into a space, whitespace collapsed.
 */
export function normalizeText(text: string): string {
  // Letters, digits and spaces only (most options): nothing to clean, only case and spaces.
  if (WORDS.test(text)) return text.toLowerCase().replace(/ +/g, ' ').trim();
  return cleanOutput(text)
    .toLowerCase()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d)\.(?=\d)/g, '$1\u0000')
    .replace(/%/g, ' percent ')
    // a minus sign that opens a number ("x = -3", "(-2)") is kept; a dash between words or numbers is not
    .replace(/(^|[\s=(\[:,])-(?=\d)/g, '$1\u0001')
    .replace(/[^\p{L}\p{N}\u0000\u0001\s]+/gu, ' ')
    .replace(/_/g, ' ')
    .replace(/\u0000/g, '.')
    .replace(/\u0001/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Where `needle` occurs in `haystack` as whole words (both already normalised:
 * single spaces, no punctuation). Returns the character offsets, in order.
 */
export function findWholeWords(haystack: string, needle: string): number[] {
  if (needle === '') return [];
  const hits: number[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return hits;
    const before = at === 0 ? ' ' : haystack[at - 1];
    const after = at + needle.length >= haystack.length ? ' ' : haystack[at + needle.length];
    if (before === ' ' && after === ' ') hits.push(at);
    from = at + 1;
  }
}

/** Phrases that mean the model declined or did not know; used to stop weak guesses. */
const REFUSAL =
  /\b(?:i (?:do not|don't|dont) know|i'?m not (?:sure|certain|able)|i am not (?:sure|certain|able)|i (?:cannot|can't|cant|can not|won't|will not|am unable to|'m unable to) (?:answer|determine|provide|help|say|choose|select|give|tell|assist|be certain)|unable to (?:answer|determine)|cannot be determined|not enough information|insufficient information|as an ai\b|consult (?:a|your) (?:doctor|physician|healthcare|medical|lawyer|attorney|professional)|i (?:cannot|can't|cant|can not) (?:\w+ly )?(?:say|tell|determine|decide|narrow|analy[sz]e|classify|assess|evaluate|judge|comment|triage|diagnose|rate|label)|(?:can't|cannot|can not|unable to) (?:provide|give|offer) (?:\w+ )?(?:legal|medical|financial|professional) advice|i'?m not a (?:lawyer|doctor|physician|attorney)|i (?:do not|don't) want to guess|i'?d (?:just )?be guessing|(?:could|can) you (?:please )?(?:paste|provide|share|clarify|give|send)|(?:question|stem|vignette) (?:seems to be|is|appears) (?:missing|incomplete|cut off))/i;

/** True when the text reads as a refusal or an admission of not knowing. */
export function looksLikeRefusal(text: string): boolean {
  return REFUSAL.test(text);
}
