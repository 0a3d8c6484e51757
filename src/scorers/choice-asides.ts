/**
 * @module scorers/choice-asides — the parts of a reply that name options without choosing one.
 *
 * - A warning about a distractor: "Don't confuse it with the mass number, 12 (A)", "A common
 *   trap is assuming 0% (A)", "Many people guess "null" (A), but …" — the option named there is
 *   the trap, so that span is blanked before reading (to the sentence's end, a colon, or "but").
 * - An inline echo of the options: "The answer is (A) 1 (B) 2 (C) 12 (D) 7" — three or more
 *   letters each followed by exactly its own text is the question, blanked.
 * - A line of letters only ("A B C D", "A, B, C, D") names every option, none chosen.
 * - Questions: a sentence that asks names no answer ("What does `typeof null` evaluate to?").
 * - A request for information ("Let me know and I'll pick the best option", "I'll need that
 *   to pick an option"), or a closing "the question is ambiguous": no answer, unless a final-answer cue gives one.
 * - A bracketed remark on another option after the answer ("0.42, option C (option D, 0.58, is the probability that
 *   neither occurs)"): blanked.
 * Blanking keeps the text's length, so positions read later still hold.
 */
import { wholeOption, type Evidence } from './choice-evidence.js';
import { bracketedLetters, lettersPattern } from './choice-letters.js';
import { allMatches } from './matches.js';

const DISTRACTOR =
  /(?:\b(?:option\s+)?[(\[]?[A-J][)\]]?\s+(?:is|was|would\s+be)\s+(?=(?:a|the)\s+(?:common|classic|usual|tempting|frequent)\s))?\b(?:(?:don't|dont|do\s+not|never)\s+(?:confuse|mistake|mix\s+(?:it|this|them)\s+up)|not\s+to\s+be\s+confused|(?:a|the)\s+(?:common|classic|usual|tempting|frequent)\s+(?:trap|mistake|error|pitfall|distractor|wrong\s+answer|misconception)|many\s+(?:people|students|candidates|test[\s-]takers|models)\s+(?:also\s+|often\s+|still\s+|wrongly\s+)?(?:guess|pick|choose|say|think|answer|go\s+for|assume))\b[^.;!?:\n]*?(?=[.;!?](?:\s|$)|:\s|\n|,?\s+but\b|$)/gi;

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * "None of the alternatives fits as well: The UPA (…), The FAA (…).", "The others don't fit as well: …": after the answer,
 * the options that fit worse, each with its reason, to the end of the line (not "… as well as Canberra (C)", which names the answer).
 * It is dropped, not blanked: a long run of blanks made of a long line would be read slowly by later patterns.
 */
const FIT_WORSE = /\b(?:none\s+of\s+the\s+(?:others|other\s+(?:options|choices|answers)|alternatives|rest|remaining\s+(?:options|choices))\b[^.:\n]{0,40}?\b(?:as\s+well|as\s+good|as\s+closely|better|comes?\s+close|so\s+well|quite\s+as)\b|the\s+(?:others|other\s+(?:options|choices)|alternatives)\s+(?:don't|do\s+not)\s+(?:fit|work|apply)(?:\s+as\s+well)?\b)(?!\s+(?:as|than)\b)[^\n]*/gi;

/** `text` with distractor warnings and inline option echoes blanked. */
export function withoutAsides(text: string, ev: Evidence): string {
  // "…, option C (option D, 0.58, is the probability that neither occurs)": a bracketed remark on another option
  const out = text.replace(DISTRACTOR, blank).replace(FIT_WORSE, ' ').replace(/(?<=\S[^\S\n]{0,3})\((?:option|choice)\s+[A-J]\b\s*[,;:—–-][^()\n]{3,160}\)(?!\s*(?:or|and|nor)\b)/gi, blank);
  if (!out.includes(')')) return out;
  return out.split('\n').map((line) => withoutEcho(line, ev)).join('\n');
}

/** The line with a run of three or more "(X) own text" to its end blanked ("The answer is (A) 1 (B) 2 (C) 12 (D) 7"). */
function withoutEcho(line: string, ev: Evidence): string {
  const marks = allMatches(bracketedLetters(ev.letters), line);
  if (marks.length < 3) return line;
  const seen = new Set<string>();
  for (let k = 0; k < marks.length; k += 1) {
    const m = marks[k]!;
    const letter = (m[1] ?? m[2])!;
    const own = line.slice(m.index + m[0].length, marks[k + 1]?.index ?? line.length).replace(/[,;.]?\s*$/, '');
    if (seen.has(letter) || wholeOption(own, ev.options) !== letter) return line;
    seen.add(letter);
  }
  const from = marks[0]!.index;
  return line.slice(0, from) + blank(line.slice(from));
}

/** True when `line` is only letters ("A B C D", "A, B, C, D"): every option listed, none chosen. */
export function isLetterList(line: string, letters: string): boolean {
  return lettersPattern('letter-list', letters, (L) => `^(?:[(\\[]?[${L}][)\\]]?[\\s,;/]+){2,}[(\\[]?[${L}][)\\]]?\\.?$`).test(line.trim());
}

/** A question, unless the reply answers it at once ("Why metformin? Because …", "Is it Canberra? Yes."). */
const QUESTION = /[^.!?\n]*\?(?!\s*(?:because|yes|yep|yeah|definitely|exactly|right|indeed|correct|absolutely)\b)/gi;

/** `text` with its questions blanked: a sentence that asks names no answer. */
export function withoutQuestions(text: string): string {
  return text.includes('?') ? text.replace(QUESTION, blank) : text;
}

const CLARIFY =
  /\b(?:let\s+me\s+know\b[^.\n]*\b(?:and|then|so)\s+i(?:'ll|\s+will|\s+can)|once\s+you\s+(?:tell|clarify|confirm|share|provide|send)|if\s+you\s+(?:can\s+)?(?:tell|clarify|confirm|share|provide|send)|i(?:'ll|\s+will|'d|\s+would)\s+need|i\s+need\s+(?:that|this|more|to\s+know)|(?:could|can)\s+you\s+(?:clarify|confirm|tell|share|provide|send)|please\s+(?:clarify|confirm|tell|share|provide|send))\b[^.\n]*\b(?:pick|choose|select|answer|decide|commit)\b|^\s*before\s+i\s+(?:answer|pick|choose|commit)\b/i;
const UNDECIDABLE = new RegExp([
  String.raw`\b(?:question|item|stem|problem)\s+(?:is|seems|looks)\s+(?:ambiguous|unclear|flawed|underspecified|ill[\s-]posed|incomplete)\b(?![^.\n]*\bbut\b)`,
  // "I can't pick a single option", "I don't think the facts are clear enough to choose"
  String.raw`\b(?:can(?:'t|not)|won't|couldn't)\s+(?:pick|choose|select|commit\s+to)\s+(?:any|one|a\s+(?:single|definitive|specific))\b`,
  String.raw`(?:\bnot\b|n't\b)[^.\n]{0,40}\b(?:clear|enough|sufficient)\b[^.\n]{0,20}\bto\s+(?:choose|pick|answer|decide|tell)\b`,
  // the same in other languages: "Não é possível escolher apenas uma", "no se puede elegir", "impossible de choisir", "无法选择"
  String.raw`n[ãa]o\s+(?:[ée]\s+poss[ií]vel|d[áa]\s+para|posso)\s+escolher|no\s+(?:es\s+posible|se\s+puede|puedo)\s+(?:elegir|escoger)|impossible\s+de\s+choisir|ne\s+peux\s+pas\s+choisir|non\s+(?:è\s+possibile|posso)\s+scegliere|kann\s+(?:mich\s+)?nicht\s+(?:entscheiden|w[äa]hlen)|невозможно\s+выбрать|нельзя\s+выбрать|не\s+могу\s+выбрать|nie\s+można\s+wybrać|nie\s+mogę\s+wybrać|seçemem|seçilemez|không\s+thể\s+chọn|无法选择|無法選擇|不能选择|選べません|선택할\s+수\s+없`,
].join('|'), 'i');

/** A closing line that disclaims ("This information is for educational purposes.", "Not medical advice; consult a physician."). */
const DISCLAIMS = /^\s*(?:>\s*)?(?:this\s+(?:information|answer|response|explanation)\s+is\s+(?:for\s+(?:educational|informational|general)\s+(?:purposes|use)|not\s+(?:a\s+substitute|(?:medical|legal|financial)\s+advice))|(?:this\s+is\s+)?not\s+(?:medical|legal|financial|professional)\s+advice|(?:please\s+)?(?:always\s+)?(?:consult|see|ask)\s+(?:a|your)\s+(?:qualified\s+)?(?:doctor|physician|clinician|pharmacist|healthcare|health\s+care|lawyer|attorney|financial)|disclaimer\b)[^\n]*$/i;

/** A closing line that offers more help ("Let me know if the list differs and I can re-check!", "Hope this helps!"). */
const OFFER = /^\s*(?:let\s+me\s+know\b|hope\s+(?:this|that|it)\s+helps|feel\s+free\b|happy\s+to\s+help|i\s+(?:can|could)\s+(?:re-?check|explain|elaborate|go\s+into)|if\s+you\s+(?:have|need|want)\b|good\s+luck|any\s+(?:other\s+)?questions|anything\s+else)\b[^\n]*$/i;

/** `text` without closing lines that offer more help, or `text` itself when it has none (or is nothing else). */
export function withoutClosingOffer(text: string): string {
  return withoutClosing(text, (l) => OFFER.test(l) || DISCLAIMS.test(l));
}

/** `text` without closing lines that disclaim, or `text` itself when it has none (or is nothing else). */
export function withoutClosingDisclaimer(text: string): string {
  return withoutClosing(text, (l) => DISCLAIMS.test(l));
}

function withoutClosing(text: string, closes: (line: string) => boolean): string {
  const lines = text.trimEnd().split('\n');
  let end = lines.length;
  while (end > 1 && (closes(lines[end - 1]!) || (lines[end - 1]!.trim() === '' && end < lines.length))) end -= 1;
  while (end > 1 && lines[end - 1]!.trim() === '') end -= 1;
  return end === lines.length ? text : lines.slice(0, end).join('\n');
}

/** A last sentence that asks the asker what the question means or what it left out ("Could you confirm which period the question means?"). */
const ASKS_BACK = /^\s*(?:(?:can|could|would)\s+you\s+(?:please\s+)?(?:tell\s+me|confirm|clarify|specify|let\s+me\s+know|say|check)\s+(?:which|what|whether|if|how|when|the)\b|(?:which|what)\b(?=[^?\n]*\b(?:do|did)\s+you\s+mean\b)|(?:is|are|was|were|do|does|did)\s+(?:the\s+question|you|they)\s+(?:asking|referring|meaning)\b)[^\n]*\?\s*$/i;

/** The same asked as a request ("Let me know which year you're asking about.", "Tell me which period you mean."), read on the sentence without its trailing blanks. */
// (the words asked about are looked for ahead, and the rest is checked once: "[^\n?]*\bmean\b[^\n?]*" rescanned the rest
// from each "mean" when a "?" followed, and the same held for "… do you mean …" in ASKS_BACK: quadratic on a long last sentence)
const ASKS_BACK_PLAIN = /^\s*(?:please\s+)?(?:let\s+me\s+know|tell\s+me)\s+(?:which|what)\b(?=[^\n?]*\b(?:mean|meant|asking|referring|intend|intended|have\s+in\s+mind)\b)[^\n?]*$/i;

/** True when the reply asks for what it needs to answer, asks back what is meant, or calls the question undecidable, in its last sentence (or opens "Before I answer"). */
export function defers(text: string, lastSentence: string): boolean {
  return CLARIFY.test(lastSentence) || ASKS_BACK.test(lastSentence) || ASKS_BACK_PLAIN.test(lastSentence.trimEnd()) || UNDECIDABLE.test(lastSentence) || /^\s*before\s+i\s+(?:answer|pick|choose|commit)\b/i.test(text);
}

/** Words that turn from a disclaimer or a refusal to advise to the answer ("That said, …", "Having said that, …"). */
const TURN_TO_ANSWER = /\b(?:that\s+said|having\s+said\s+that|that\s+being\s+said|with\s+that\s+(?:said|caveat|in\s+mind)|(?:with\s+)?(?:this|that)\s+caveat\s+aside|disclaimer\s+aside)\s*[,:]?\s*/i;

/**
 * "Disclaimer: I can't give medical advice … That said, for exam purposes the antidote is flumazenil (B).": the text
 * after the turn, when what comes before it is a disclaimer or a refusal to advise (`refuses` tells); else null.
 */
export function afterDisclaimer(text: string, refuses: (s: string) => boolean): string | null {
  const m = TURN_TO_ANSWER.exec(text);
  if (m === null || m.index > 600) return null;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  return after.trim() !== '' && (refuses(before) || /\bdisclaimer\b|\bnot\s+(?:medical|legal|financial)\s+advice\b/i.test(before)) ? after : null;
}

/** A question back to the asker about what is meant ("Which one are you asking about — …?", "Do you mean the drug that reverses it?"). */
const ASKS_WHICH = /\b(?:are\s+you\s+asking|do\s+you\s+mean|did\s+you\s+mean|which\s+(?:one\s+)?(?:do|did)\s+you\s+(?:mean|want)|what\s+do\s+you\s+mean)\b[^?\n]*\?/i;

/** The text after a question back to the asker about what is meant, or null when the reply asks none. */
export function afterAskingWhich(text: string): string | null {
  const m = ASKS_WHICH.exec(text);
  return m === null ? null : text.slice(m.index + m[0].length);
}
