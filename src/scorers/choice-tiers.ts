/**
 * @module scorers/choice-tiers — the tiers a careful reader goes through on one piece of a reply, most explicit first.
 *
 * An explicit final-answer cue; an option's text before "is the answer"; per-option verdicts (a
 * column of marks, verdict rows, prose verdicts); a hedge or "none of the options" (settled only by
 * a commitment after it); a reply that is one option's text, number or place; a bare last line and
 * line-opening letters; ordinals; softer statements; a contrast pair; the concluding sentence; the
 * option a reply opens with; the text of exactly one option; agreeing references. The first tier
 * that decides gives the letter and its rule (`by`); a tier that finds several options marks the
 * reading ambiguous (`ev.flags.either`). The resolver (scorers/choice-extract) runs it on the reply,
 * on the text after a self-correction, and on what a structured field holds.
 */
import { finalCues } from './choice-cues.js';
import { doubtedAfter, rivalAtEnd } from './choice-doubt.js';
import { allButOne, allDeniedButOne, answerLinesDisagree, avoidedOptions, arrowCorrection, describedOptions, formerOrLatter, letterLoop, letterWithReason, textWithReason } from './choice-answers.js';
import { finalLine, leadingLetters, optionHits, optionTexts, references, softStatements, wholeOption, type Evidence } from './choice-evidence.js';
import { isNegated, lettersPattern, type Token } from './choice-letters.js';
import { verdicts } from './choice-verdicts.js';
import { CHECK } from './marks.js';
import { ELIMINATED, FORGETS, HEDGES, NONE, REFUSES_ADVICE, RULES_OUT, TURNED_AGAINST, TURNS } from './choice-signals.js';
import { answerFirst, finalLineText, labelledOpening, letterRows, markColumn, markedRow, openingOption, optionRows } from './choice-lines.js';
import { contrastPair, finalSentence, textBeforeCue } from './choice-final.js';
import { abbreviatedOption } from './option-words.js';
import { ordinals, readOrdinalAt } from './choice-ordinals.js';
import { proseVerdict } from './choice-prose.js';
import { isLetterList, withoutQuestions } from './choice-asides.js';
import { looksLikeRefusal, normalizeText } from './normalize.js';
import { allMatches } from './matches.js';
import { computedValue } from './choice-values.js';
import { shortSentenceOption, unspacedOption } from './choice-short.js';
import { askedAndDenied, letterRuledOut, listedOrNull, listedWithOthers } from './choice-mentions.js';

/** The token that comes last in the text. */
function lastOf(tokens: Token[]): Token | null {
  return tokens.reduce<Token | null>((a, t) => (a === null || t.start >= a.start ? t : a), null);
}

/** The letter every token names, or null when they name several or none. */
function agreed(tokens: Token[]): string | null {
  const distinct = new Set(tokens.map((t) => t.letter));
  return distinct.size === 1 ? [...distinct][0]! : null;
}

export interface Committed { letter: string; by: string }

/** `text` with every option's own text blanked out (same length, so positions hold). */
export function blankOptions(text: string, texts: string[]): string {
  let out = text;
  let lower = text.toLowerCase();
  // lower-casing that changes a length ("İ") would shift positions: leave such a text as it is
  if (lower.length !== text.length) return text;
  for (const o of texts) {
    const needle = o.toLowerCase();
    if (needle.trim() === '' || needle.length !== o.length) continue;
    // the pieces between the option's places, joined once per option (a copy of the whole text per place was quadratic:
    // a reply naming one option 8,000 times took 4 s, and this round reads it blanked up to twice more per reading)
    const spaces = ' '.repeat(needle.length);
    const kept: string[] = [];
    const keptLower: string[] = [];
    let from = 0;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      kept.push(out.slice(from, at), spaces);
      keptLower.push(lower.slice(from, at), spaces);
      from = at + needle.length;
    }
    if (from === 0) continue;
    out = kept.join('') + out.slice(from);
    lower = keptLower.join('') + lower.slice(from);
  }
  return out;
}

/** The tiers on one piece of text; `cut` limits the reading to explicit cues (a truncated reply). */
export function readText(text: string, ev: Evidence, cut: boolean): Committed | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const before = ev.flags.either;
  ev.flags.either = false;
  ev.flags.severalAt = undefined;
  const cues = finalCues(text, ev, cut);
  const final = lastOf(cues);
  // "Answer: B\nAnswer: D": two answer lines that disagree, nothing between them correcting the first
  if (final && answerLinesDisagree(text, cues)) {
    ev.flags.either = true;
    return null;
  }
  // "… D is the one … actually both D and E could be argued. Answer: D and E.": the last cue names several
  if (final && (ev.flags.severalAt ?? -1) > final.start) {
    ev.flags.either = true;
    return null;
  }
  // "So the answer is A. … I can't decide between A and C.": a doubt after the answer that names it and another
  if (final && doubtedAfter(text, blankOptions(text, ev.texts), final, cues, ev)) {
    ev.flags.either = true;
    return null;
  }
  if (final) return { letter: final.letter, by: 'final_cue' };
  // "B → A. Paris hosted the conference, but …": a letter corrected by an arrow at the opening
  const arrow = arrowCorrection(text, ev.letters);
  if (arrow) return { letter: arrow.letter, by: 'final_cue+correction' };
  // "Between naloxone and flumazenil, the latter": the first or second of two options just named
  const said = normalizeText(text).split(' ');
  const referred = cut ? null : formerOrLatter(text, optionHits(text, ev.options), said);
  if (referred) return { letter: referred, by: 'reference' };
  // "Answer: A and D": a final cue naming several options commits to none
  if (ev.flags.either) return null;
  const stated = cut ? null : textBeforeCue(text, ev);
  if (stated) return { letter: stated, by: 'final_cue' };
  // "Ethosuximide (A). Note that carbamazepine (C) …": an opening sentence that is one option and its letter
  const labelled = cut ? null : labelledOpening(text, ev);
  if (labelled) return { letter: labelled, by: 'option_text' };
  ev.flags.either = before;
  // "B B B B B …" looping (until the token limit cut it, or not)
  const loop = letterLoop(text, ev.letters);
  if (loop) return { letter: loop, by: 'bare' };
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
  // (not when the rows check several: "A ✓\nB ✗\nC ✗\nD ✓" ends on one of them, no closing verdict)
  const closing = lines.length > 1 && v.positive.size <= 1 && lines[lines.length - 1]!.length <= 16 && CHECK.test(lines[lines.length - 1]!) ? verdicts(lines[lines.length - 1]!, ev.letters) : null;
  if (closing && closing.positive.size === 1) return { letter: [...closing.positive.keys()][0]!, by: 'verdicts' };
  if (v.positive.size > 1) {
    // rows that mark several (a "Yes" column that is no verdict) leave the concluding line or sentence to decide
    const closing = finalLine(lines, ev.letters);
    if (closing && closing.start > 0) return { letter: closing.letter, by: 'final_line' };
    const concluded = listedOrNull(finalSentence(text, ev), text, ev);
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
  // "I think it's B but I'm not sure. Could be C.", "B. Also C.": another option offered at the close
  if (rivalAtEnd(text, ev)) {
    ev.flags.either = true;
    return null;
  }
  // "Not transcription. Not replication. Not splicing."
  const leftOver = allDeniedButOne(text, ev);
  if (leftOver) return { letter: leftOver, by: 'elimination' };
  // "All of the options except C are wrong."
  const excepted = allButOne(text, ev.letters);
  if (excepted) return { letter: excepted, by: 'elimination' };
  // "C, because Sydney (A) and Melbourne (B) were rivals …": a lone letter with its reason opens the reply
  const reasoned = letterWithReason(text, ev.letters) ?? textWithReason(text, ev);
  if (reasoned) return { letter: reasoned, by: 'leading_letter' };
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
  // "3 × (1/2)^3 = 0.375" among 1/8 … 5/8: the value the last line arrives at, not the operands before it
  const value = computedValue(lines, ev);
  if (value === 'none') return null;
  if (value) return { letter: value.letter, by: 'value' };
  if (judgedCount < 2) {
    const last = finalLine(lines, ev.letters);
    if (last) return { letter: last.letter, by: last.start === 0 ? 'bare' : 'final_line' };
    const lastText = finalLineText(lines, ev);
    if (lastText) return { letter: lastText.letter, by: 'final_line' };
    // "A. Naloxone is used for … B. Flumazenil is used for … C. …": sentences that each open with an option describe them all
    // (no line's opening letter is an answer then; a later statement, "So C.", may still be)
    const described = describedOptions(text, ev) >= 3;
    if (described) ev.flags.either = true;
    const leading = described ? [] : leadingLetters(lines.filter((l) => !isLetterList(l, ev.letters)), ev.letters, Object.fromEntries(ev.options.map((o, i) => [o.letter, ev.texts[i] ?? ''])));
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
  if (looksLikeRefusal(blanked) || REFUSES_ADVICE.test(blanked) || FORGETS.test(blanked)) return null;
  const preferred = contrastPair(text, ev);
  if (preferred) return { letter: preferred, by: 'contrast' };
  // the concluding sentence states one option, whatever the reasoning before it named
  const concluded = listedOrNull(finalSentence(text, ev), text, ev);
  if (concluded) return { letter: concluded, by: 'final_sentence' };
  // "Canberra - it was built as a compromise between Sydney and Melbourne.": a reply that opens with one option's whole text
  // …unless the reply turns against it later ("Metformin: first-line, but contraindicated here. Insulin glargine is safer.")
  // "- Tamoxifen: SERM …\n- Anastrozole: AI …\n- Imatinib: CML …": rows that each describe an option list them, choosing none
  if (optionRows(text, ev) >= 3) {
    ev.flags.either = true;
    return null;
  }
  const opener = TURNS.test((lines[0] ?? '').split(/[.!?](?:\s|$)/)[0]!) ? null : openingOption(lines[0] ?? '', ev);
  if (opener) return { letter: opener, by: 'option_text' };
  // "Don't give atropine (C); flumazenil (B) reverses it": an option the reply says to avoid is set aside
  const avoided = avoidedOptions(text, ev, (s) => optionTexts(s, ev.options));
  const named = optionTexts(withoutQuestions(text), ev.options).filter((l) => !avoided.has(l));
  // "Metformin: first-line, but contraindicated here.": a lone mention the reply turns against names no answer
  if (named.length === 1 && TURNED_AGAINST.test(text)) return null;
  // "Sydney (A) is the only one I can rule out.": every sentence that names it rules it out
  if (named.length === 1 && RULES_OUT.test(text) && text.split(/(?<=[.!?;])\s+|\n/).filter((s) => optionTexts(s, ev.options).includes(named[0]!)).every((s) => RULES_OUT.test(s))) return null;
  // "flumazenil risks seizures — not B": an option named by its text whose letter the reply rules out is no answer
  if (named.length === 1 && letterRuledOut(text, named[0]!, ev.letters)) return null;
  // "two landlocked countries: Bolivia and Paraguay": one option listed with another name is a list, not a choice
  if (named.length === 1 && listedWithOthers(text, ev.texts[ev.letters.indexOf(named[0]!)] ?? '', ev)) {
    ev.flags.either = true;
    return null;
  }
  if (named.length === 1) return { letter: named[0]!, by: 'option_text' };
  // a short reply that abbreviates one option ("Strep pneumo", "404")
  // …or opens with one before a dash or full stop ("Wernicke's enceph. — give thiamine first")
  // …or names one with an aside in brackets after it ("Brocas area (expressive aphasia)")
  // (…not one ruled out right after: "Gout - no, the fluid is clear")
  const head = lines.length === 1 ? lines[0]!.split(/\s-\s|[.;]\s/)[0]! : '';
  const headRuledOut = /^\s*[-.;]?\s*(?:no|not|never|wrong|incorrect|isn't|unlikely)\b/i.test(lines[0]?.slice(head.length) ?? '');
  const opening = lines.length === 1 && !lines[0]!.includes('?') && !headRuledOut ? [lines[0]!, head, lines[0]!.replace(/[^\S\n]{0,3}\([^()]{1,80}\)[^\S\n]{0,3}[.!]?$/, '')] : [];
  // "光合成で放出される気体は酸素です。": an option written in a script without spaces, found inside the sentence
  const inScript = named.length === 0 ? unspacedOption(withoutQuestions(text), ev) : null;
  if (inScript) return { letter: inScript, by: 'option_text' };
  const short = named.length === 0 ? opening.map((l) => abbreviatedOption(normalizeText(l).split(' '), ev.options)).find((l) => l !== null) ?? null : null;
  if (short) return { letter: short, by: 'option_text' };
  // "… + fever ≥5 days. Classic Kawasaki. Start IVIG …": a short sentence that ends on an option's first words
  const brief = named.length === 0 ? shortSentenceOption(withoutQuestions(text), ev) : null;
  if (brief) return { letter: brief, by: 'option_text' };
  if (named.length > 1) ev.flags.either = true;
  // "Give tPA? Not yet. … tPA (B) comes after": an option asked about and denied is not chosen by a later mention
  const denied = askedAndDenied(text, ev);
  // (a reference in a question the reply asks, "Metformin (A) first?", chooses nothing)
  const refs = references(withoutQuestions(text), ev.letters).filter((t) => !denied.has(t.letter) && !avoided.has(t.letter));
  const ref = agreed(refs);
  if (ref) return { letter: ref, by: 'reference' };
  if (refs.length > 0) ev.flags.either = true;
  return null;
}
