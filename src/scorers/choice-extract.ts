/**
 * @module scorers/choice-extract — which option a reply chose, read as a careful reader reads it.
 *
 * The reply is first cut to the assistant's own turn (chat-template tokens, stop
 * strings, `<think>` blocks and markdown removed). Then every piece of evidence is
 * gathered (scorers/choice-evidence) and weighed:
 *   - a structured answer field (`{"answer": "C"}`, `<answer>C</answer>`) decides;
 *   - a self-correction ("D — no, wait: B", "on reflection…") makes the text after
 *     it the reply, when that text commits to a letter;
 *   - the last explicit final-answer cue wins ("Therefore, the answer is B");
 *   - else per-option verdicts with exactly one option marked right (marks, tables,
 *     or prose sentences per option: scorers/choice-prose);
 *   - else, unless the reply hedges ("B or C", "torn between…") or says no option
 *     is right: a bare last line, agreeing line-opening letters, ordinal references,
 *     a softer statement, and — unless it refuses — the text of exactly one option
 *     or agreeing references.
 * Before any of it, what names options without choosing (scorers/choice-asides) is set aside:
 * distractor warnings, an inline echo of the options, questions, a line of all letters; a reply
 * that asks for what it needs or calls the question undecidable answers only with a final cue.
 * A column of marks closing each option's row decides first (the checked row, or the one option
 * left when the others are crossed out and the reply says so).
 * Nothing decisive gives `value: null` with the reason: `ambiguous` (evidence for
 * several options), `truncated` (cut by the token limit before a final cue: only an
 * explicit cue counts in a cut reply), or `no_answer`.
 */
import { finalCues } from './choice-cues.js';
import { codeAnswer } from './choice-code.js';
import {
  finalLine, leadingLetters, optionTexts, references, softStatements, wholeOption,
  type Evidence,
} from './choice-evidence.js';
import { isNegated, lettersPattern, type Token } from './choice-letters.js';
import { verdicts } from './choice-verdicts.js';
import { CHECK } from './marks.js';
import { CORRECTION, ELIMINATED, HEDGES, NONE, TURNED_AGAINST, TURNS, WITHDRAWN } from './choice-signals.js';
import { answerFirst, dropOptionEcho, finalLineText, letterRows, markColumn, markedRow, openingOption } from './choice-lines.js';
import { contrastPair, finalSentence, textBeforeCue } from './choice-final.js';
import { optionsOf } from './choice-options.js';
import { abbreviatedOption } from './option-words.js';
import { ordinals, readOrdinalAt } from './choice-ordinals.js';
import { proseVerdict } from './choice-prose.js';
import { defers, isLetterList, withoutAsides, withoutClosingOffer, withoutQuestions } from './choice-asides.js';
import { looksLikeRefusal, normalizeText } from './normalize.js';
import { boxedAnswer, replyTexts, withoutClosingAside } from './reply-text.js';
import { embeddedAnswer, structuredAnswer } from './structured.js';
import { allMatches } from './matches.js';

export type UnreadReason = 'no_answer' | 'ambiguous' | 'truncated';

/** What was read from a reply: the value (a letter or label), how, or why nothing was. */
export interface Reading {
  value: string | null;
  /** The rule or cue that found the value (`final_cue`, `verdicts`, …), or what stopped it. */
  by: string;
  reason: UnreadReason | null;
}

export interface ReadOptions {
  /** The provider's finish reason: `length` means the reply was cut by the token limit. */
  finishReason?: string | null;
  /** The model's stop strings: text after one is not part of the reply. */
  stop?: readonly string[];
}

/** Kept for callers of the first version: the letter and how it was read, or null. */
export interface ChoiceExtraction {
  letter: string;
  method: string;
}

function lastOf(tokens: Token[]): Token | null {
  return tokens.reduce<Token | null>((a, t) => (a === null || t.start >= a.start ? t : a), null);
}

function agreed(tokens: Token[]): string | null {
  const distinct = new Set(tokens.map((t) => t.letter));
  return distinct.size === 1 ? [...distinct][0]! : null;
}

/** A Q/A echo: after a "Q:"/"Question:" line, a line opening "A:" is the answer line, not option A. */
function answerLines(text: string): string {
  // blanks other than line breaks after "^": a "\s*" there would scan every line break that follows, at each line (quadratic)
  if (!/^[^\S\n]*(?:Q|Question)[^\S\n]*\d*[^\S\n]*[:.]/im.test(text)) return text;
  return text.replace(/^([^\S\n]*)A[^\S\n]*:/gm, '$1Answer:');
}

interface Committed { letter: string; by: string }

/** `text` with every option's own text blanked out (same length, so positions hold). */
function blankOptions(text: string, texts: string[]): string {
  let out = text;
  let lower = text.toLowerCase();
  // lower-casing that changes a length ("İ") would shift positions: leave such a text as it is
  if (lower.length !== text.length) return text;
  for (const o of texts) {
    const needle = o.toLowerCase();
    if (needle.trim() === '' || needle.length !== o.length) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const spaces = ' '.repeat(needle.length);
      out = out.slice(0, at) + spaces + out.slice(at + needle.length);
      lower = lower.slice(0, at) + spaces + lower.slice(at + needle.length);
    }
  }
  return out;
}

/** The tiers on one piece of text; `cut` limits the reading to explicit cues (a truncated reply). */
function readText(text: string, ev: Evidence, cut: boolean): Committed | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const before = ev.flags.either;
  ev.flags.either = false;
  ev.flags.severalAt = undefined;
  const final = lastOf(finalCues(text, ev, cut));
  // "… D is the one … actually both D and E could be argued. Answer: D and E.": the last cue names several
  if (final && (ev.flags.severalAt ?? -1) > final.start) {
    ev.flags.either = true;
    return null;
  }
  if (final) return { letter: final.letter, by: 'final_cue' };
  // "Answer: A and D": a final cue naming several options commits to none
  if (ev.flags.either) return null;
  const stated = cut ? null : textBeforeCue(text, ev);
  if (stated) return { letter: stated, by: 'final_cue' };
  ev.flags.either = before;
  if (cut) return answerFirst(lines, ev);
  // "A: \nB: \nC: \nD: ": lines that are each only a letter, two or more of them, list the options (an empty template)
  const lone = lettersPattern('lone-letter-line', ev.letters, (L) => `^[(\\[]?([${L}])[)\\].:]?$`);
  if (lines.length >= 2 && lines.every((l) => lone.test(l)) && new Set(lines.map((l) => lone.exec(l)![1])).size >= 2) return null;
  // a column of marks closing each option's row; every option but one crossed out, with words that say the rest is left
  const column = markColumn(text, ev);
  if (column?.checked) return { letter: column.checked, by: 'verdicts' };
  if (column?.remaining && ELIMINATED.test(text)) return { letter: column.remaining, by: 'elimination' };
  // rows may name an option by its text ("Laches – no")
  const rows = letterRows(text, ev);
  const v = verdicts(rows, ev.letters);
  const judgedCount = v.positive.size + v.negative.size;
  if (v.positive.size === 1 && judgedCount >= 2) return { letter: [...v.positive.keys()][0]!, by: 'verdicts' };
  const checked = v.positive.size <= 1 ? markedRow(rows, ev) : null;
  if (checked && (v.positive.size === 0 || v.positive.has(checked))) return { letter: checked, by: 'verdicts' };
  // a reply that is one marked letter ("✅ B", "B ✓"), or ends on one after its reasoning
  if (v.positive.size === 1 && judgedCount === 1 && lines.length === 1 && lines[0]!.length <= 16) return { letter: [...v.positive.keys()][0]!, by: 'verdicts' };
  const closing = lines.length > 1 && lines[lines.length - 1]!.length <= 16 && CHECK.test(lines[lines.length - 1]!) ? verdicts(lines[lines.length - 1]!, ev.letters) : null;
  if (closing && closing.positive.size === 1) return { letter: [...closing.positive.keys()][0]!, by: 'verdicts' };
  if (v.positive.size > 1) {
    // rows that mark several (a "Yes" column that is no verdict) leave the concluding line or sentence to decide
    const closing = finalLine(lines, ev.letters);
    if (closing && closing.start > 0) return { letter: closing.letter, by: 'final_line' };
    const concluded = finalSentence(text, ev);
    if (concluded) return { letter: concluded, by: 'final_sentence' };
    ev.flags.either = true;
    return null;
  }
  let hedge: RegExpExecArray | null = null;
  // an option's own words ("No change in either", "None of the above") are no hedge, refusal or "none"
  const blanked = blankOptions(text, ev.texts);
  for (const m of allMatches(HEDGES, blanked)) hedge = m as RegExpExecArray;
  if (hedge) {
    // "the choice is between A and C; guidelines favor C": a commitment after the hedge settles it
    const after = text.slice(hedge.index + hedge[0].length).replace(/^[^;.\n]*[;.\n]/, '');
    const settled = after.trim() === '' || looksLikeRefusal(after) ? null : readText(after, { ...ev, flags: { either: false } }, false);
    // a mere mention after the hedge ("For adults, S. pneumoniae; in ICU cohorts, S. aureus") settles nothing
    if (settled && !/^(?:option_text|reference)/.test(settled.by)) return settled;
    ev.flags.either = true;
    return null;
  }
  const noneIsOption = ev.options.some((o) => o.forms.some((f) => /^none\b|^all of the above/.test(f)));
  const none = noneIsOption ? null : NONE.exec(blanked);
  if (none) {
    // "None of the options is right. … Then it's C.": a later commitment settles it
    const after = text.slice(none.index + none[0].length).replace(/^[^.\n]*[.\n]/, '');
    const settled = after.trim() === '' ? null : readText(after, { ...ev, flags: { either: false } }, false);
    return settled && !/^(?:option_text|reference|final_sentence)/.test(settled.by) ? settled : null;
  }
  // "The 5th." with Fifth Amendment among the options: an option's own text before its place
  const whole = lines.length === 1 ? wholeOption(lines[0]!, ev.options) : null;
  if (whole) return { letter: whole, by: 'option_text' };
  // a reply that is only an option's number ("2.", "(4)"), where no option's text is a number
  const number = lines.length === 1 && !ev.numeric ? /^(?:#|no\.?\s*|number\s*)?[(\[]?([1-9])[)\].]?$/.exec(lines[0]!) : null;
  if (number && Number(number[1]) <= ev.letters.length) return { letter: ev.letters[Number(number[1]) - 1]!, by: 'bare' };
  // a reply that is only an ordinal ("Second.", "The last one.")
  const place = lines.length === 1 ? readOrdinalAt(lines[0]!, 0, ev.letters) : null;
  if (place && /^[\s.!]*$/.test(lines[0]!.slice(place.end)) && !isNegated(lines[0]!, place, ev.letters)) return { letter: place.letter, by: 'ordinal' };
  if (judgedCount < 2) {
    const last = finalLine(lines, ev.letters);
    if (last) return { letter: last.letter, by: last.start === 0 ? 'bare' : 'final_line' };
    const lastText = finalLineText(lines, ev);
    if (lastText) return { letter: lastText.letter, by: 'final_line' };
    const leading = leadingLetters(lines.filter((l) => !isLetterList(l, ev.letters)), ev.letters, Object.fromEntries(ev.options.map((o, i) => [o.letter, ev.texts[i] ?? ''])));
    const led = agreed(leading);
    if (led) return { letter: led, by: 'leading_letter' };
    if (leading.length > 0) ev.flags.either = true;
  }
  const ord = agreed(ordinals(text, ev.letters, ev.numeric));
  if (ord) return { letter: ord, by: 'ordinal' };
  const soft = lastOf(softStatements(text, ev.letters, ev.flags, ev.options));
  if (soft) return { letter: soft.letter, by: 'soft_statement' };
  const prose = proseVerdict(text, ev.letters);
  if (prose) return { letter: prose, by: 'verdicts' };
  // an option that reads like a refusal ("Cannot be determined", "I don't know") is an answer, not a refusal
  if (looksLikeRefusal(blanked)) return null;
  const preferred = contrastPair(text, ev);
  if (preferred) return { letter: preferred, by: 'contrast' };
  // the concluding sentence states one option, whatever the reasoning before it named
  const concluded = finalSentence(text, ev);
  if (concluded) return { letter: concluded, by: 'final_sentence' };
  // "Canberra - it was built as a compromise between Sydney and Melbourne.": a reply that opens with one option's whole text
  // …unless the reply turns against it later ("Metformin: first-line, but contraindicated here. Insulin glargine is safer.")
  const opener = TURNS.test((lines[0] ?? '').split(/[.!?](?:\s|$)/)[0]!) ? null : openingOption(lines[0] ?? '', ev);
  if (opener) return { letter: opener, by: 'option_text' };
  const named = optionTexts(withoutQuestions(text), ev.options);
  // "Metformin: first-line, but contraindicated here.": a lone mention the reply turns against names no answer
  if (named.length === 1 && TURNED_AGAINST.test(text)) return null;
  if (named.length === 1) return { letter: named[0]!, by: 'option_text' };
  // a short reply that abbreviates one option ("Strep pneumo", "404")
  // …or opens with one before a dash or full stop ("Wernicke's enceph. — give thiamine first")
  const opening = lines.length === 1 && !lines[0]!.includes('?') ? [lines[0]!, lines[0]!.split(/\s-\s|[.;]\s/)[0]!] : [];
  const short = named.length === 0 ? opening.map((l) => abbreviatedOption(normalizeText(l).split(' '), ev.options)).find((l) => l !== null) ?? null : null;
  if (short) return { letter: short, by: 'option_text' };
  if (named.length > 1) ev.flags.either = true;
  const refs = references(text, ev.letters);
  const ref = agreed(refs);
  if (ref) return { letter: ref, by: 'reference' };
  if (refs.length > 0) ev.flags.either = true;
  return null;
}

/** A self-correction: the text after the last marker that commits to a letter replaces what came before. */
function readCorrected(text: string, ev: Evidence, cut: boolean): Committed | null {
  // the last few markers only: a correction that decides comes near the end, and each try reads the tail again
  // "C) Battery: requires intent - no." ends a per-option line with a verdict, not a self-correction
  const verdictEnd = (m: RegExpMatchArray): boolean => {
    const at = m.index ?? 0;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at + m[0].length);
    return lettersPattern('option-line', ev.letters, (L) => `^\\s*(?:option\\s+)?[(\\[]?[${L}][)\\].:]\\s`, 'i').test(text.slice(lineStart, lineStart + 64)) && text.slice(at + m[0].length, lineEnd < 0 ? text.length : lineEnd).trim() === '';
  };
  // from the end, and only until six are found: each test looks for its line's ends, a scan of the text
  const found = allMatches(CORRECTION, text);
  const marks: number[] = [];
  for (let k = found.length - 1; k >= 0 && marks.length < 6; k -= 1) if (!verdictEnd(found[k]!)) marks.push(found[k]!.index + found[k]![0].length);
  for (const at of marks) {
    const tail = text.slice(at).replace(/^[\s,;:.!?-]+/, '');
    if (tail === '') continue;
    const flags = { either: false };
    const got = readText(tail, { ...ev, flags }, cut);
    if (got) return { letter: got.letter, by: `${got.by}+correction` };
  }
  return readText(text, ev, cut);
}

/** Which option `output` chose among `choices` (letter → text), how it was read, or why nothing was. */
export function readChoice(output: string, choices: Record<string, string>, opts: ReadOptions = {}): Reading {
  const letters = Object.keys(choices).map((k) => k.toUpperCase()).join('');
  const numeric = Object.values(choices).some((t) => /^\s*[-+]?\d+(?:[.,]\d+)?\s*%?\s*$/.test(t));
  let options: Evidence['options'] | undefined;
  // each reading gets its own flags; the options' names are built once (at most) per reply
  const evidence = (): Evidence => ({ letters, options: (options ??= optionsOf(choices)), texts: Object.values(choices), flags: { either: false }, numeric });
  const cut = opts.finishReason === 'length';
  // "\boxed{A}" is an explicit final answer, even in a reply cut later
  const boxed = boxedAnswer(output, opts.stop);
  const inBox = boxed === null ? null : readText(boxed, evidence(), false);
  if (inBox) return { value: inBox.letter, by: 'boxed', reason: null };
  let first: Reading | null = null;
  for (const text of replyTexts(output, opts.stop, cut)) {
    const got = readReply(text, evidence(), cut);
    if (got.value !== null) return got;
    first ??= got;
  }
  return first!;
}

function readReply(raw: string, ev: Evidence, cut: boolean): Reading {
  // an echo of the option list is the question, not the answer; a closing aside in brackets is no answer either
  const text = withoutAsides(withoutClosingAside(dropOptionEcho(answerLines(raw), ev)), ev);
  const unread = (): Reading => ({
    value: null,
    by: 'none',
    reason: ev.flags.either ? 'ambiguous' : cut && text.trim() !== '' ? 'truncated' : 'no_answer',
  });

  // a reply that is exactly one option's text ("[1, 1]") is that option, whatever it looks like
  const said = normalizeText(text);
  const exact = ev.options.find((o) => o.forms[0] !== '' && o.forms[0] === said);
  if (exact) return { value: exact.letter, by: 'option_text', reason: null };
  const structured = structuredAnswer(text);
  if (structured) {
    if (structured.kind === 'several') return { value: null, by: 'structured', reason: 'ambiguous' };
    if (structured.kind === 'empty') return { value: null, by: 'structured', reason: 'no_answer' };
    // a field's value read as a reply of its own: "C", "Apixaban", or 2 (the second option, where no option is a number)
    for (const field of [structured.text, ...(structured.others ?? [])]) {
      const inner = readText(field.trim(), { ...ev, flags: { either: false } }, false);
      if (inner) return { value: inner.letter, by: 'structured', reason: null };
    }
    return unread();
  }
  // print("B"), return options["C"], answer = 'D': what the code gives, unless a final-answer cue in prose says otherwise
  const code = codeAnswer(text, ev.letters);
  if (code !== null && finalCues(text, { ...ev, flags: { either: false } }).length === 0) return { value: code, by: 'code', reason: null };
  // "… None of the options fits, so I'll withdraw my answer.", "I can't tell which the question intends.": an answer taken back is none
  const lastSentence = text.trim().split(/\n|(?<=[.!?;])\s+/).pop() ?? '';
  if (WITHDRAWN.test(lastSentence) || (looksLikeRefusal(lastSentence) && optionTexts(lastSentence, ev.options).length === 0 && !lettersPattern('lone-letter', ev.letters, (L) => `\\b[${L}]\\b`).test(lastSentence))) return unread();
  // "Let me know and I'll pick the best option.", "The question is ambiguous as worded.": only an explicit answer counts
  if (defers(text, lastSentence) && finalCues(text, { ...ev, flags: { either: false } }).length === 0) return unread();
  // "… → **B**.\n\nLet me know if … and I can re-check!": a closing offer of help is read past first (then the whole reply)
  const body = withoutClosingOffer(text);
  const got = (body !== text ? readCorrected(body, ev, cut) : null) ?? readCorrected(text, { ...ev, flags: ev.flags }, cut);
  if (got) return { value: got.letter, by: got.by, reason: null };
  // prose that holds a structured answer ("my answer is {"option": "B"}. Let me know…")
  const embedded = cut ? null : embeddedAnswer(text);
  if (embedded?.kind === 'text') {
    const inner = readText(embedded.text.trim(), { ...ev, flags: { either: false } }, false);
    if (inner) return { value: inner.letter, by: 'structured', reason: null };
  }
  return unread();
}

/** The letter `output` chose and how, or null (see readChoice for the reason). */
export function extractChoice(output: string, choices: Record<string, string>, opts: ReadOptions = {}): ChoiceExtraction | null {
  const r = readChoice(output, choices, opts);
  return r.value === null ? null : { letter: r.value, method: r.by };
}
