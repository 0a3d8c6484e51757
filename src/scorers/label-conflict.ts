/**
 * @module scorers/label-conflict — stand-alone answers that disagree ("yes\nmaybe", "Neutral\nPositive"):
 * a reader takes neither unless something between them corrects the first ("Actually", "wait", "on
 * second thought"); the same label twice is one answer. So with an explicit answer and reasoning that
 * concludes another ("Answer: no … so the answer is yes"): a conclusion's "so" withdraws nothing. Also a reply that is one label again and again
 * (cut by the token limit: that label) or several labels and nothing else (no answer).
 */
import { ACTUALLY_OTHER_LANGUAGES, WAIT_OTHER_LANGUAGES } from './choice-signals.js';
import type { Seen } from './label-classify.js';
import type { Match, Word } from './label-forms.js';

/** Words that take back what came before them ("wait", "actually", "on reflection"; in other languages WAIT_OTHER_LANGUAGES and ACTUALLY_OTHER_LANGUAGES): both CORRECTION and WITHDRAWS hold them. */
const WITHDRAW_WORDS = String.raw`wait|actually|sorry|correction|correcting|oops|scratch\s+that|on\s+(?:second|further)\s+thoughts?|on\s+reflection|rather|i\s+mean|i\s+meant|reconsider\w*|re-?read\w*|looking\s+(?:again|closer|more\s+closely)|second\s+look|closer\s+(?:reading|look|inspection)|misjudg\w*|(?:i\s+was|i'?m)\s+wrong|got\s+(?:it|that)\s+wrong|chang\w+|revis\w+|instead|final\w*|in\s+the\s+end|ultimately|all\s+things\s+considered`;

/** Words between two answers that withdraw the first (in other languages too, as the choice reader's): the later one is a correction, not a second answer. */
const CORRECTION = new RegExp(String.raw`\b(?:${WITHDRAW_WORDS}|hmm+|so|therefore|thus|hence|overall)\b|` + WAIT_OTHER_LANGUAGES + '|' + ACTUALLY_OTHER_LANGUAGES, 'i');

/**
 * True when the last committed label (`lastAt`) disagrees with an earlier answer of its kind and nothing
 * between them corrects that one: two answers, no answer. Of its kind: both the whole of their line or
 * sentence ("yes\nmaybe"), or both after the same key on lines of their own ("Answer: yes\nAnswer: no").
 */
export function disagreeing(text: string, tokens: Word[], committed: readonly Seen[], lastAt: number): boolean {
  const last = committed.find((s) => s.at === lastAt);
  if (last === undefined) return false;
  // "Answer: yes\nAnswer: no": the same key given twice, with labels that disagree
  const key = keyOf(tokens, last);
  const earlier = last.cued
    ? committed.filter((s) => s.at < lastAt && s.label !== last.label && key !== null && keyOf(tokens, s) === key)
    : bare(tokens, last) ? committed.filter((s) => s.at < lastAt && !s.cued && s.label !== last.label && bare(tokens, s)) : [];
  if (earlier.some((s) => !CORRECTION.test(text.slice(tokens[s.to - 1]!.end, tokens[lastAt]!.start)))) return true;
  // "Answer: no\n\n<reasoning>, so the answer is yes": an explicit answer (after an answer cue, or its line's whole, or a
  // "Key: label" line), then reasoning that concludes another; a
  // conclusion's "so" does not withdraw the first (a correction does: "Wait — …, so the answer is yes")
  if (!last.explicit && !concludes(text, tokens, last)) return false;
  // "Food: positive\nService: negative\nSo …": key lines under several keys are rows of parts, none an answer
  const keys = new Set(committed.map((s) => keyOf(tokens, s)).filter((k) => k !== null));
  return committed.some((s) => s.at < lastAt && s.label !== last.label && ((s.cued && s.explicit) || bare(tokens, s) || (keys.size === 1 && keyOf(tokens, s) !== null))
    && !WITHDRAWS.test(text.slice(tokens[s.to - 1]!.end, tokens[lastAt]!.start)));
}

/** Words between two explicit answers that withdraw the first or name the later one final: CORRECTION's without its conclusions ("so", "therefore" withdraw nothing) and its "hmm", with "mistake", "misread" and a bare "No.". */
const WITHDRAWS = new RegExp(String.raw`\b(?:${WITHDRAW_WORDS}|mistake|misread\w*)\b|(?:^|[.!?;,—–-]\s*)(?:no|nope)\s*[.,;:!—–-]|` + WAIT_OTHER_LANGUAGES + '|' + ACTUALLY_OTHER_LANGUAGES, 'i');

/**
 * A label the reasoning before it concludes: "…, so the answer is yes", "therefore maybe", "which makes the urgency
 * critical", "así que la respuesta es no", "donc la réponse est oui", "daher lautet die Antwort ja".
 */
function concludes(text: string, tokens: Word[], s: Seen): boolean {
  const before = text.slice(Math.max(0, tokens[s.at]!.start - 50), tokens[s.at]!.start);
  return CONCLUDES.test(before);
}

const CONCLUDES = new RegExp(String.raw`(?:(?:^|[\s,;:(])(?:so|therefore|thus|hence|consequently|así\s+que|por\s+(?:lo\s+)?tanto|donc|par\s+conséquent|daher|deshalb|also|quindi|perciò|portanto|logo|поэтому|значит|следовательно)(?=[\s,])[^.;:\n]{0,30}|(?:^|\s)mak(?:es|ing|e)\s+(?:it|this|that|the\s+\w+)\s+|所以[^。；\n]{0,10}|因此[^。；\n]{0,10})$`, 'iu');

/** The key of a "Key: label" line that holds nothing else ("Answer: yes", "**Final label:** no"), or null. */
function keyOf(tokens: Word[], s: Seen): string | null {
  let k = s.at - 1;
  while (k >= 0 && tokens[k]!.punct && tokens[k]!.w !== ':' && !LINE_END.has(tokens[k]!.w)) k -= 1;
  if (tokens[k]?.w !== ':') return null;
  const words: string[] = [];
  // bounded: a key is one to three words (a long line is not scanned back for every label on it)
  for (k -= 1; k >= 0 && !LINE_END.has(tokens[k]!.w); k -= 1) if (!tokens[k]!.punct && words.unshift(tokens[k]!.w) > 3) return null;
  for (k = s.to; k < tokens.length && !LINE_END.has(tokens[k]!.w); k += 1) if (!tokens[k]!.punct) return null;
  return words.length >= 1 ? words.join(' ') : null;
}

const LINE_END = new Set(['.', '!', '?', ';', '\n', '。', '！', '？']);

/** A label that is its whole line or sentence ("yes", "**Neutral.**"), not a row's key ("- positive: no praise") nor the head of a longer sentence. */
function bare(tokens: Word[], s: Seen): boolean {
  for (let k = s.at - 1; k >= 0 && !LINE_END.has(tokens[k]!.w); k -= 1) if (!tokens[k]!.punct) return false;
  for (let k = s.to; k < tokens.length && !LINE_END.has(tokens[k]!.w); k += 1) if (!tokens[k]!.punct || tokens[k]!.w === ':') return false;
  return true;
}

/**
 * "maybe maybe maybe maybe mayb" cut by the token limit: a reply that is one label said again and
 * again (only punctuation between, the last word perhaps cut) gives that label, however it ends.
 */
export function repeatedLabel(tokens: Word[], matches: readonly Match[]): string | null {
  if (matches.length < 2 || matches.some((m) => m.form.label !== matches[0]!.form.label || m.abbreviated)) return null;
  let k = 0;
  for (const m of matches) {
    for (; k < m.from; k += 1) if (!tokens[k]!.punct) return null;
    k = m.to;
  }
  const rest = tokens.slice(k).filter((t) => !t.punct);
  const last = matches[matches.length - 1]!.form.words;
  // the cut word: a start of the label's next word
  if (rest.length > 1 || (rest.length === 1 && !last.some((w) => w.startsWith(rest[0]!.w)))) return null;
  return matches[0]!.form.label;
}

/** Between labels in a run of labels: blanks, commas, hyphens, slashes (not a colon, question mark or verdict mark, which make rows). */
const RUN_GAP = /^(?:,|-|\/|;|\n)$/;

/** True when a reply is labels and nothing else, two or more of them ("yes no yes no", "positive, negative", "yes-no-yes-no"). */
export function onlyLabels(tokens: Word[], matches: readonly Match[]): boolean {
  if (new Set(matches.map((m) => m.form.label)).size < 2) return false;
  let k = 0;
  for (const m of matches) {
    for (; k < m.from; k += 1) if (!RUN_GAP.test(tokens[k]!.w)) return false;
    k = m.to;
  }
  for (; k < tokens.length; k += 1) if (!RUN_GAP.test(tokens[k]!.w)) return false;
  return true;
}
