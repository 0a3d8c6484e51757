/**
 * @module scorers/label-context — where a label named in a reply sits (label-classify asks): the
 * sentence's end, a condition, counterfactual, concession or frame before it, a verdict right after
 * it, an aspect's row.
 */
import type { Match, Word } from './label-forms.js';
import { IS_MARK, CROSS } from './marks.js';

export const END = new Set(['.', '!', '?', ';', '\n', '。', '、', '？', '！', '；']);
export const CLAUSE = new Set(['.', '!', '?', ';', '\n', ':', ',', '-', '(', ')', '"', '/', '[', ']', '。', '、', '？', '！', '；', '：', '，', '—', '–']);
export const QUOTE = /^["'`“”‘’]$/;

/**
 * For each token, where its sentence ends (the index of the next end mark, or the length): found
 * once per reply, not again for every label in it (a 100 kB run-on reply named a label 20,000
 * times and scanned to its end for each, a minute).
 */
const ENDS = new WeakMap<Word[], Int32Array>();
export function sentenceEnds(tokens: Word[]): Int32Array {
  let ends = ENDS.get(tokens);
  if (ends === undefined) {
    ends = new Int32Array(tokens.length + 1);
    ends[tokens.length] = tokens.length;
    for (let i = tokens.length - 1; i >= 0; i -= 1) ends[i] = END.has(tokens[i]!.w) ? i : ends[i + 1]!;
    ENDS.set(tokens, ends);
  }
  return ends;
}

/** True when the sentence before `k` has an "if" or "unless". */
export function ifEarlier(tokens: Word[], k: number): boolean {
  // bounded, so a long run-on reply is not scanned again for every label in it
  for (let i = k - 1; i >= 0 && i >= k - 40 && !END.has(tokens[i]!.w); i -= 1) if (/^(?:if|unless)$/.test(tokens[i]!.w)) return true;
  return false;
}

/** True when the sentence before `k` supposes another case: "If it were sincere, …", "Had it been said between friends, …" (not "If I had to choose, …"). */
export function counterfactualBefore(tokens: Word[], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 40 && !END.has(tokens[i]!.w); i -= 1) {
    const w = tokens[i]!.w;
    const opens = i === 0 || END.has(tokens[i - 1]!.w) || tokens[i - 1]!.w === '(';
    if (/^(?:if|unless)$/.test(w)) return !/^(?:anything|forced|pressed|i\s+(?:had|have|must|were)\s+to)\b/.test(tokens.slice(i + 1, i + 5).map((t) => t.w).join(' '));
    if (opens && /^(?:had|were)$/.test(w)) return true;
  }
  return false;
}

/** True when the sentence after `k` (a comma) turns, after a clause, with "but", "however", "yet": what came before it was conceded. */
export function concession(tokens: Word[], k: number): boolean {
  // "possible, but unproven": a "but" right after the comma qualifies the word itself, which stands
  if (/^(?:but|however|yet|though|although|still)$/.test(tokens[k + 1]?.w ?? '')) return false;
  for (let i = k; i < tokens.length && i < k + 40 && !END.has(tokens[i]!.w); i += 1) if (/^(?:but|however|yet|though|although|still)$/.test(tokens[i]!.w)) return true;
  return false;
}

/** The token at `k` or, past quotes, the next one in direction `step`. */
export function wordAround(tokens: Word[], k: number, step: 1 | -1): Word | undefined {
  for (let n = 0; n < 3 && tokens[k] !== undefined && QUOTE.test(tokens[k]!.w); n += 1) k += step;
  return tokens[k];
}

/** "toxic: false", "Toxic - no.", "Toxicity: low", "toxic ✗": a label given a negative verdict right after it (not the yes/no labels themselves: "No: …"). */
export function deniedAfter(tokens: Word[], m: Match): boolean {
  if (m.form.weak || /^(?:yes|no|true|false|maybe)$/.test(m.form.words.join(' '))) return false;
  let k = m.to;
  while (tokens[k] !== undefined && /^(?:[:=-]|—|–)$/.test(tokens[k]!.w)) k += 1;
  const w = tokens[k]?.w ?? '';
  if (IS_MARK.test(w)) return CROSS.test(w);
  // "Toxicity: low", "Urgency: none": a grade as low as it goes
  if (k === m.to || !/^(?:false|no|incorrect|wrong|low|none|minimal|negligible|nil)$/.test(w)) return false;
  // "Positive - no doubt": "no" before a noun qualifies it
  const after = tokens[k + 1];
  return after === undefined || after.punct;
}

/** Keys of a row that give the answer itself ("Label: X", "- Final: X"), not a part of the item. */
const ANSWER_KEY = /^(?:answer|final|label|labels|overall|sentiment|emotion|topic|category|class|classification|prediction|verdict|output|result|relation|toxicity|tone|primary|predicted|a|main|level|decision|rating|grade|type|choice|response|conclusion|judg(?:e)?ment)$/;

/**
 * "Aspects:\n  screen: positive": a label in an indented or bulleted row keyed by something else
 * than the answer ("screen", "battery") is said of a part of the item.
 */
export function aspectRow(tokens: Word[], j: number): boolean {
  if (tokens[j - 1]?.w !== ':') return false;
  let k = j - 2;
  while (k >= 0 && k >= j - 5 && !tokens[k]!.punct) k -= 1;
  if (k === j - 2) return false;
  const key = tokens.slice(k + 1, j - 1).map((t) => t.w);
  if (ANSWER_KEY.test(key[key.length - 1]!)) return false;
  const bullet = tokens[k] !== undefined && /^[-*•]$/.test(tokens[k]!.w) && (k === 0 || tokens[k - 1]!.w === '\n');
  const indented = tokens[k] !== undefined && tokens[k]!.w === '\n' && tokens[k + 1]!.start > tokens[k]!.end;
  return bullet || indented || (tokens[k]?.w === '\n' && underHeader(tokens, k));
}

/** True when the line ending at newline token `nl` is a header ("By aspect:") or a row of "key: …" rows under one (read back up to 12 lines). */
function underHeader(tokens: Word[], nl: number): boolean {
  for (let n = 0; n < 12 && nl > 0; n += 1) {
    let p = nl - 1;
    while (p >= 0 && tokens[p]!.w !== '\n') p -= 1;
    const line = tokens.slice(p + 1, nl).filter((t) => !/^[-*•]$/.test(t.w));
    nl = p;
    if (line.length === 0) continue;
    const colon = line.findIndex((t) => t.w === ':');
    if (colon < 1 || colon > 4 || line.slice(0, colon).some((t) => t.punct)) return false;
    if (colon === line.length - 1) return !ANSWER_KEY.test(line[colon - 1]!.w);
  }
  return false;
}

/** "Under federal law: No.", "In the EU (GDPR applies), yes": a label after a frame of its own, a bracketed aside allowed before the colon or comma. */
export function framedBy(tokens: Word[], j: number): boolean {
  let k = j - 1;
  if (tokens[k]?.w !== ':' && tokens[k]?.w !== ',') return false;
  k -= 1;
  if (tokens[k]?.w === ')') {
    const stop = k - 40;
    while (k > stop && k >= 0 && tokens[k]!.w !== '(') k -= 1;
    if (tokens[k]?.w !== '(') return false;
    k -= 1;
  }
  const words: string[] = [];
  for (; k >= 0 && words.length <= 8 && !tokens[k]!.punct; k -= 1) words.unshift(tokens[k]!.w);
  return (k < 0 || CLAUSE.has(tokens[k]!.w)) && words.length >= 2 && words.length <= 8 && /^(?:under|in|for|among|per|within|at)$/.test(words[0]!);
}

/** True when the clause before `j` (back to a sentence end, colon or dash) is a condition: "if he deteriorates," — not "if anything," or "if I had to pick,". */
export function conditionBefore(tokens: Word[], j: number, readings = false): boolean {
  if (tokens[j - 1]?.w !== ',') return false;
  let k = j - 2;
  // a condition opens within 40 words of its comma; bounded, so a run-on reply is not scanned back for every label (quadratic)
  while (k >= 0 && k >= j - 42 && !END.has(tokens[k]!.w) && tokens[k]!.w !== ':' && tokens[k]!.w !== '-') k -= 1;
  if (k >= 0 && k < j - 42) return false;
  const clause = tokens.slice(k + 1, j - 1).map((t) => t.w).join(' ');
  // "read literally, …", "taken at face value, …", "on a strict reading, …": a reading, which gives its label as a condition does (`readings`)
  return (/^(?:if|unless|when|should)\b/.test(clause) && !/^if\s+(?:anything|forced|pressed|i\s+(?:had|have|must)\s+to|(?:i|we|one)\s+must)\b/.test(clause))
    || (readings && /^(?:(?:read|taken|understood|interpreted|viewed|construed)\s+(?:\w+\s+){0,3}?(?:literally|strictly|narrowly|broadly|charitably|sincerely|sarcastically|at\s+face\s+value|as\s+\w+)|on\s+an?\s+\w+\s+reading)$/.test(clause));
}

/** Said of a label right after it (past a closing quote), a predicate that rejects it: '"high" also feels too strong', "toxic doesn't fit", "urgent is a stretch". */
const REJECTED = /^(?:also\s+|too\s+|really\s+|probably\s+|clearly\s+)?(?:(?:feels|seems|is|sounds|looks|would\s+be|appears)\s+(?:\w+\s+)?(?:too\s+(?:strong|weak|much|far|harsh|mild|high|low)|wrong|off|a\s+stretch|overkill|excessive|inaccurate|not\s+right|an\s+overstatement|an\s+understatement)|(?:doesn't|does\s+not|don't|do\s+not|wouldn't|would\s+not|won't|can't|cannot)\s+(?:quite\s+|really\s+)?(?:fit|apply|capture|work|hold|match))\b/;

export function rejectedAfter(tokens: Word[], to: number): boolean {
  let k = to;
  while (tokens[k] !== undefined && QUOTE.test(tokens[k]!.w)) k += 1;
  return REJECTED.test(tokens.slice(k, k + 6).map((t) => t.w).join(' '));
}
