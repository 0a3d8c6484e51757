/**
 * @module scorers/choice-extract — which option a reply chose, read as a careful reader reads it.
 *
 * The reply is first cut to the assistant's own turn (chat-template tokens, stop
 * strings, `<think>` blocks and markdown removed). Then every piece of evidence is
 * gathered (scorers/choice-evidence) and weighed, tier by tier (scorers/choice-tiers):
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
import { optionTexts, references, type Evidence } from './choice-evidence.js';
import { lettersPattern } from './choice-letters.js';
import { CORRECTION, DONT_KNOW, REFUSES_ADVICE, WITHDRAWN } from './choice-signals.js';
import { dropOptionEcho, posesOtherQuestion } from './choice-lines.js';
import { optionsOf } from './choice-options.js';
import { afterAskingWhich, afterDisclaimer, defers, withoutAsides, withoutClosingDisclaimer, withoutClosingOffer } from './choice-asides.js';
import { looksLikeRefusal, normalizeText } from './normalize.js';
import { boxedAnswer, replyTexts, withoutClosingAside } from './reply-text.js';
import { embeddedAnswer, replyJson, structuredAnswer } from './structured.js';
import { objectVerdict } from './choice-verdicts.js';
import { blankOptions, readText, type Committed } from './choice-tiers.js';
import { hedges } from './choice-doubt.js';
import { markedList } from './choice-marked.js';
import { tableAnswer } from './choice-tables.js';
import { cutOptionText, restatedOption } from './choice-restate.js';
import { stripTemplate } from './template-tokens.js';
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

/** A Q/A echo: after a "Q:"/"Question:" line, a line opening "A:" is the answer line, not option A. */
function answerLines(text: string): string {
  // blanks other than line breaks after "^": a "\s*" there would scan every line break that follows, at each line (quadratic)
  if (!/^[^\S\n]*(?:Q|Question)[^\S\n]*\d*[^\S\n]*[:.]/im.test(text)) return text;
  return text.replace(/^([^\S\n]*)A[^\S\n]*:/gm, '$1Answer:');
}

/**
 * True when the sentence around `at` is in the conditional ("A would be right for opioids"). The sentence is looked for
 * within 300 characters before `at` and 2,000 after (as `hypothetical` does): a search back to the reply's start and a copy
 * of the rest of the reply for each cue made a long line of cues quadratic (8,000 on one line: 3.5 s).
 */
function conditional(text: string, at: number): boolean {
  const near = Math.max(0, at - 300);
  const back = text.slice(near, at + 1);
  const start = near + Math.max(back.lastIndexOf('.'), back.lastIndexOf('\n')) + 1;
  const ahead = text.slice(at, at + 2000);
  const end = ahead.search(/[.!?\n]/);
  return MODAL.test(text.slice(start, at) + (end < 0 ? ahead : ahead.slice(0, end)));
}

const MODAL = /\b(?:would|could|might)\b/i;

/** A self-correction: the text after the last marker that commits to a letter replaces what came before. */
function readCorrected(text: string, ev: Evidence, cut: boolean): Committed | null {
  // the last few markers only: a correction that decides comes near the end, and each try reads the tail again
  // "C) Battery: requires intent - no.", "Option C – no." end a per-option line with a verdict, not a self-correction
  // …and "Option A - no. Option B - no. …", rows as sentences of one line: the row's sentence opens with its letter and the
  // marker ends it, with only the next row after it
  const verdictEnd = (m: RegExpMatchArray): boolean => {
    const at = m.index ?? 0;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at + m[0].length);
    const opener = lettersPattern('option-line', ev.letters, (L) => `^\\s*(?:option\\s+)?[(\\[]?[${L}](?:[)\\].:]|\\s+[-–—])\\s`, 'i');
    const rest = text.slice(at + m[0].length, lineEnd < 0 ? text.length : lineEnd);
    if (opener.test(text.slice(lineStart, lineStart + 64)) && rest.trim() === '') return true;
    const sentence = text.slice(Math.max(lineStart, at - 200), at).split(/[.!?;]\s+/).pop() ?? '';
    return opener.test(sentence + m[0]) && (rest.trim() === '' || opener.test(rest)) && /[.;]\s*$/.test(m[0]);
  };
  // from the end, and only until six are found: each test looks for its line's ends, a scan of the text
  const found = allMatches(CORRECTION, text);
  const marks: number[] = [];
  for (let k = found.length - 1; k >= 0 && marks.length < 6; k -= 1) if (!verdictEnd(found[k]!)) marks.push(found[k]!.index + found[k]![0].length);
  for (const at of marks) {
    const tail = text.slice(at).replace(/^[\s,;:.!?-]+/, '');
    if (tail === '') continue;
    // "Letra B. Ops, não sei.": a correction that ends in "I don't know" takes the answer back (not when an answer follows the
    // doubt: "Wait, I'm not sure. Let me think again: …, so the answer is C.")
    if (DONT_KNOW.test(tail) && finalCues(tail.slice(tail.search(/[.!?\n]|$/)), { ...ev, flags: { either: false } }, cut).length === 0) return null;
    const flags = { either: false };
    const got = readText(tail, { ...ev, flags }, cut);
    if (got) return { letter: got.letter, by: `${got.by}+correction` };
    // "Answer: B — no wait, D. Or was it B? One of those two.": a correction that ends in a hedge leaves no answer
    if (flags.either && hedges(blankOptions(tail, ev.texts))) {
      ev.flags.either = true;
      return null;
    }
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
  // "~~A~~ → **C**", "Answer: ~~C~~ A": struck-through text is taken back, so it is no part of the reply
  if (output.includes('~~')) output = output.replace(/~~(?=\S)[^~\n]{1,200}~~[^\S\n]*(?:→|->|=>)?/g, ' ');
  // "<A>", "Answer: <C>": a letter in angle brackets (not an HTML tag closed later, "<B>Note</B>") is a bracketed letter
  // (where the tag is closed is looked up once per letter: a lookahead to the reply's end from each "<A>" was quadratic)
  if (output.includes('<')) {
    const raw = output;
    const closedAt = new Map<string, number>();
    const closed = (l: string): number => closedAt.get(l) ?? closedAt.set(l, raw.lastIndexOf(`</${l}>`)).get(l)!;
    output = raw.replace(lettersPattern('angle-letter', letters, (L) => `<([${L}])>`, 'g'), (tag: string, l: string, at: number) => (closed(l) > at ? tag : `(${l})`));
  }
  // "\boxed{A}" is an explicit final answer, even in a reply cut later
  const boxed = boxedAnswer(output, opts.stop);
  const inBox = boxed === null ? null : readText(boxed, evidence(), false);
  if (inBox) return { value: inBox.letter, by: 'boxed', reason: null };
  // the option list written out with the answer's row marked ("C) Canberra *", "B. **Flumazenil**", "- [x] B) 1989")
  const marked = cut ? null : markedList(stripTemplate(output.normalize('NFKC'), opts.stop), evidence());
  if (marked === 'several') return { value: null, by: 'verdicts', reason: 'ambiguous' };
  if (marked) return { value: marked, by: 'verdicts', reason: null };
  let first: Reading | null = null;
  for (const text of replyTexts(output, opts.stop, cut)) {
    const got = readReply(text, evidence(), cut);
    if (got.value !== null) return got;
    first ??= got;
  }
  // a table over the options where nothing else decided: its one yes row, or the row a closing sentence names by a cell
  const table = cut ? null : tableAnswer(stripTemplate(output.normalize('NFKC'), opts.stop), evidence());
  if (table === 'several') return { value: null, by: 'verdicts', reason: 'ambiguous' };
  if (table) return { value: table, by: 'verdicts', reason: null };
  return first!;
}

function readReply(raw: string, ev: Evidence, cut: boolean): Reading {
  // an echo of the option list is the question, not the answer; a closing aside in brackets is no answer either
  const whole = withoutAsides(withoutClosingAside(dropOptionEcho(answerLines(raw), ev)), ev);
  // "Disclaimer: I can't give medical advice. … That said, the antidote is flumazenil (B).": the answer after the disclaimer
  const text = afterDisclaimer(whole, (s) => looksLikeRefusal(s) || REFUSES_ADVICE.test(s)) ?? whole;
  const unread = (): Reading => ({
    value: null,
    by: 'none',
    reason: ev.flags.either ? 'ambiguous' : cut && text.trim() !== '' ? 'truncated' : 'no_answer',
  });

  // "Question: … most likely?\nA. Small cell carcinoma\nB. …\nAnswer: B": another item's question and its answer
  if (posesOtherQuestion(text, ev)) return unread();
  // "<reasoning>…</reasoning>\n<answer>B" cut by the token limit right after the letter: the tag's answer is whole
  const openTag = cut ? lettersPattern('open-answer-tag', ev.letters, (L) => `<(?:answer|final_answer|choice)>[^\\S\\n]*[(\\[]?([${L}])[)\\].]?[^\\S\\n]*$`, 'i').exec(text) : null;
  if (openTag) return { value: openTag[1]!.toUpperCase(), by: 'structured', reason: null };
  // "A C", "B D" (a classifier's output): two different letters and nothing else name several options
  if (lettersPattern('letters-only', ev.letters, (L) => `^\\s*[(\\[]?[${L}][)\\]]?(?:[^\\S\\n]+[(\\[]?[${L}][)\\]]?)+\\s*$`).test(text) && new Set(text.match(/[A-J]/g)).size >= 2) return { ...unread(), reason: 'ambiguous' };
  // a reply that is exactly one option's text ("[1, 1]") is that option, whatever it looks like
  const said = normalizeText(text);
  const exact = ev.options.find((o) => o.forms[0] !== '' && o.forms[0] === said);
  if (exact) return { value: exact.letter, by: 'option_text', reason: null };
  // {"A": false, "B": false, "C": true, "D": false}: a verdict per option, one of them right
  const json = replyJson(text);
  const judged = json ? objectVerdict(json.value, ev.letters) : null;
  if (judged) return { value: judged, by: 'verdicts', reason: null };
  const structured = structuredAnswer(text, json);
  if (structured) {
    if (structured.kind === 'several') return { value: null, by: 'structured', reason: 'ambiguous' };
    if (structured.kind === 'empty') return { value: null, by: 'structured', reason: 'no_answer' };
    // a field's value read as a reply of its own: "C", "Apixaban", or 2 (the second option, where no option is a number)
    for (const field of [structured.text, ...(structured.others ?? [])]) {
      const inner = readText(field.trim(), { ...ev, flags: { either: false } }, false);
      if (inner) return { value: inner.letter, by: 'structured', reason: null };
    }
    // {"answer": 3} among 10 … 14: a number that no option's value could be read as a place is the option's place
    const place = /^\s*([1-9])\s*$/.exec(structured.text);
    if (place && Number(place[1]) <= ev.letters.length && ev.numeric && ev.texts.every((t) => !(Number(t) >= 1 && Number(t) <= ev.letters.length))) return { value: ev.letters[Number(place[1]) - 1]!, by: 'structured', reason: null };
    return unread();
  }
  // print("B"), return options["C"], answer = 'D': what the code gives, unless a final-answer cue in prose says otherwise
  const code = codeAnswer(text, ev.letters);
  if (code !== null && finalCues(text, { ...ev, flags: { either: false } }).length === 0) return { value: code, by: 'code', reason: null };
  // "… None of the options fits, so I'll withdraw my answer.", "I can't tell which the question intends.": an answer taken back is none
  const lastSentence = withoutClosingDisclaimer(text).trim().split(/\n|(?<=[.!?;])\s+/).pop() ?? '';
  if (WITHDRAWN.test(lastSentence) || (looksLikeRefusal(lastSentence) && optionTexts(lastSentence, ev.options).length === 0 && !lettersPattern('lone-letter', ev.letters, (L) => `\\b[${L}]\\b`).test(lastSentence))) return unread();
  // "Let me know and I'll pick the best option.", "The question is ambiguous as worded.": only an explicit answer counts
  // (a cue in the conditional, "Naloxone (A) would be right for opioids. Can you tell me which drug was taken?", is no answer)
  if (defers(text, lastSentence) && finalCues(text, { ...ev, flags: { either: false } }).filter((t) => !conditional(text, t.start)).length === 0) return unread();
  // "Which one are you asking about …? Protamine reverses heparin and vitamin K reverses warfarin.": a question back
  // about what is meant, then facts about several options, answers only with a final cue
  const asked = afterAskingWhich(text);
  if (asked !== null && new Set([...optionTexts(asked, ev.options), ...references(asked, ev.letters).map((t) => t.letter)]).size >= 2 && finalCues(text, { ...ev, flags: { either: false } }).length === 0) return { ...unread(), reason: 'ambiguous' };
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
  // "An out-of-court statem" cut by the token limit; "in custody AND being interrogated" for Custodial interrogation
  // (a reply that stops inside an option's text was cut too, whatever the finish reason says)
  const restated = ev.flags.either || looksLikeRefusal(text) ? null : cutOptionText(text, ev) ?? (cut ? null : restatedOption(text, ev));
  if (restated) return { value: restated, by: 'option_text', reason: null };
  return unread();
}

/** The letter `output` chose and how, or null (see readChoice for the reason). */
export function extractChoice(output: string, choices: Record<string, string>, opts: ReadOptions = {}): ChoiceExtraction | null {
  const r = readChoice(output, choices, opts);
  return r.value === null ? null : { letter: r.value, method: r.by };
}
