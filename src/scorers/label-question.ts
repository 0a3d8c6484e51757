/**
 * @module scorers/label-question — yes/no answers given in the question's own words.
 *
 * To "Is there hearsay?" a reader takes "It is not hearsay" as No and "This
 * qualifies as hearsay" as Yes. The question's predicate ("hearsay", "enforceable")
 * is read from the item's last question sentence; a statement counts only where a
 * copula puts the predicate to the subject ("is (not) hearsay", "there is no
 * hearsay", "would not be considered hearsay", or the predicate standing alone),
 * never where it is merely named ("Rule 801 defines hearsay"). A do-question's verb ("Does X reduce Y?")
 * is read by label-verbs.
 */
import { sameWord, tokenize, type Word } from './label-forms.js';

export interface PredicateStatement {
  positive: boolean;
  /** Token index of the predicate in the reply. */
  at: number;
  /** "hearsay or not": no commitment. */
  hedged: boolean;
}

export const ARTICLES = new Set(['a', 'an', 'the', 'any', 'some']);

/** The predicate words of the last yes/no question in `input` ("hearsay", "enforceable"), or null. */
export function questionPredicate(input: string): string[] | null {
  return questionPredicates(input)[0] ?? null;
}

/** Prepositions that open a phrase after the predicate ("necessary after …", "safe during …", "useful before …"). */
const PREPOSITION = /^(?:for|to|of|in|under|with|as|about|on|at|by|from|over|against|between|after|before|during|following|within|without|among|amongst|across|throughout|until|beyond|despite|via|per|than|into|through)$/;

/**
 * Every reading of the question's predicate: "Is the arbitration clause enforceable?" has a
 * two-word subject (→ "enforceable"), "Is the defendant liable for negligence?" a one-word
 * one (→ "liable for negligence"); an adjective before a prepositional phrase is said alone
 * too ("Not liable.").
 */
export function questionPredicates(input: string): string[][] {
  // the item's question is read for every text of every reply to it (boxed, structured, each reading): read once
  // per item (callers only read the arrays)
  let found = PREDICATES.get(input);
  if (found === undefined) {
    if (PREDICATES.size >= PREDICATES_MAX) PREDICATES.clear();
    found = lastPredicates(input);
    PREDICATES.set(input, found);
  }
  return found;
}

/** Items' predicates by their text; bounded, as a run's items are many. */
const PREDICATES = new Map<string, string[][]>();
const PREDICATES_MAX = 256;

function lastPredicates(input: string): string[][] {
  // "Is the clause 'Buyer may return the goods …' a condition precedent?": the question read without the passage it quotes
  const unquoted = input.replace(QUOTED_PASSAGE, (m, before: string) => (m.trim().split(/\s+/).length >= 3 ? before : m));
  const found = unquoted === input ? [] : questionsPredicates(unquoted);
  return found.length > 0 ? found : questionsPredicates(input);
}

/** A quoted passage asking nothing ('Buyer may return the goods', "I was at home"); one of three words or more is set aside. */
const QUOTED_PASSAGE = /(^|[\s(])(?:'[^'?\n]*'|"[^"?\n]*"|“[^”?\n]*”|‘[^’?\n]*’)(?=[\s?,.;:)]|$)/g;

function questionsPredicates(input: string): string[][] {
  // the last question that has a predicate: a question quoted inside the item ("¿cómo estás?") is not it
  const questions = (input.match(/[^.?!\n]*\?/g) ?? []).map((q) => q.trim()).reverse();
  for (const q of questions) {
    // "Is the statement hearsay when offered to show Tom was warned?": the main clause's predicate, not words of the subordinate one
    const main = q.replace(SUBORDINATE, '?');
    const found = main === q ? predicatesOf(q) : predicatesOf(main);
    if (found.length > 0) return found;
    if (main !== q) {
      const whole = predicatesOf(q);
      if (whole.length > 0) return whole;
    }
  }
  return [];
}

/** A subordinate clause ending a question: "… when offered to show …?", "… if the buyer had notice?", "… because it was late?". */
const SUBORDINATE = /\s+(?:when|whenever|if|unless|because|while|whereas|although|though|once|given\s+that|assuming|provided\s+that)\s+[^?]*\?$/i;

const QUESTION_VERB = String.raw`\b(?:is|are|was|were|does|do|did|can|could|will|would|should|must|may|shall|has|have)\s+`;
/** Any `k` words as a subject. */
const anyWords = (k: number) => String.raw`[\w'-]+` + String.raw`\s+[\w'-]+`.repeat(k - 1);
/**
 * A yes/no question by its subject, tried in order: a pronoun or "the …", else any one to five words
 * ("Is night-shift work associated with …?"); compiled once, not for every reply read.
 */
const QUESTIONS = [String.raw`(?:there|this|it|that|these|those|he|she|they|the\s+[\w'-]+(?:\s+[\w'-]+)?)`, String.raw`the\s+[\w'-]+`, anyWords(1), anyWords(2), anyWords(3), anyWords(4), anyWords(5)]
  .map((subject) => new RegExp(`${QUESTION_VERB}${subject}\\s+(.{2,120}?)\\s*\\?$`, 'i'));

function predicatesOf(last: string): string[][] {
  const out: string[][] = [];
  const add = (words: string[]) => {
    const w = [...words];
    while (w.length > 0 && ARTICLES.has(w[0]!)) w.shift();
    if (w.length > 0 && w.length <= 4 && !out.some((o) => o.join(' ') === w.join(' '))) out.push(w);
  };
  for (const question of QUESTIONS) {
    const m = question.exec(last);
    if (!m) continue;
    const words = tokenize(m[1]!).filter((t) => !t.punct).map((t) => t.w);
    add(words);
    if (words.length >= 2 && words[0]!.length >= 4 && PREPOSITION.test(words[1]!)) add([words[0]!]);
    // "acquired title by adverse possession": the words before the first later preposition; "at higher risk of MI": its first three
    const prep = words.findIndex((w, i) => i >= 2 && PREPOSITION.test(w));
    if (prep >= 2) add(words.slice(0, prep));
    if (words.length > 4) add(words.slice(0, 3));
    // "Must the confession be suppressed?": the participle after "be"
    if (words[0] === 'be' && words.length >= 2) add(words.slice(1));
  }
  return out;
}

/** Up to `n` words right before token `at`, back to the nearest punctuation, in order. */
export function wordsBack(tokens: Word[], at: number, n: number): string[] {
  const out: string[] = [];
  for (let k = at - 1; k >= 0 && out.length < n && !tokens[k]!.punct; k -= 1) out.unshift(tokens[k]!.w);
  return out;
}

const COPULA_END =
  /(?:^|\s)(?:is|are|was|were|isn't|aren't|wasn't|weren't|be|been|being|it's|that's|there's|they're|we're|you're|he's|she's|has|have|had|hasn't|haven't|(?:need|must|should|would|will|can|could|may|might|shall)(?:\s+not)?\s+be|(?:needn't|mustn't|won't|cannot|can't|shouldn't|wouldn't)\s+be|constitutes?|qualif(?:y|ies)\s+as|counts?\s+as|considered|deemed|classified\s+as|treated\s+as|amounts?\s+to|remains?|(?:hold|find|consider|deem|rule|call|regard|view|think|believe)s?\s+(?:it|this|that|them|the\s+[\w'-]+)(?:\s+(?:as|to\s+be))?)(?:\s+(?:not|no|never))?(?:\s+(?:a|an|the|clearly|definitely|probably|likely|certainly|still|indeed|also|really|independently|significantly|strongly|consistently|directly))*$/;
const BOUNDARY = new Set(['.', '!', '?', ';', ':', '\n', ',', '-']);
/** Words that qualify the predicate without asserting anything else ("classic hearsay", "inadmissible hearsay"). */
const MODIFIER = /^(?:classic|textbook|pure|plain|obvious|clear|double|typical|simple|standard|quintessential|blatant|straightforward|multiple|layered|clearly|obviously|definitely|certainly|likely|probably|\p{L}+(?:ible|able))$/u;
/** After the predicate opening a reply, words that go on to explain it ("Hearsay within hearsay", "Hearsay, because…"). */
const EXPLAINS = new Set(['within', 'because', 'since', 'as', 'given', 'clearly', 'here', 'plainly']);
/** Before the predicate, words that embed it in a condition or question ("whether it is hearsay", "it may or may not be"). */
export const EMBEDDED = /(?:^|\s)(?:whether|if|unless)(?:\s|$)|(?:^|\s)(\w+) or \1 not(?:\s|$)/;

const DOUBTED = /(?:^|\s)(?:not\s+(?:sure|certain|convinced)|unsure|doubt|doubtful)(?:\s|$)/;

/** Words that deny the predicate standing before it alone: "Not hearsay", "By no means hearsay", "Far from enforceable". */
const NEGATOR = /^(?:not|no|by\s+no\s+means|in\s+no\s+way|far\s+from|anything\s+but|hardly|(?:certainly|definitely|clearly|surely|probably|likely|most\s+likely|almost\s+certainly)\s+not|not\s+at\s+all)$/;

/** 1 when the predicate is at `i`, -1 when its negative form is ("unenforceable", "non-binding"), else 0. */
function matchesAt(tokens: Word[], i: number, words: string[]): number {
  const t0 = tokens[i];
  if (words.length === 1 && t0 && !t0.punct) {
    const neg = /^(?:un|non|in|im|il|ir|dis)(.+)$/.exec(t0.w);
    if (neg && neg[1] === words[0]) return -1;
    if (/^(?:non|un)$/.test(t0.w) && tokens[i + 1]?.w === '-' && tokens[i + 2]?.w === words[0]) return -1;
  }
  return spanEnd(tokens, i, words) < 0 ? 0 : 1;
}

/**
 * One past the last token of the predicate's words at `i`, or -1: a hyphen joining two of them is
 * skipped ("non-inferior", "cost-effective" for the question's own "non-inferior").
 */
function spanEnd(tokens: Word[], i: number, words: string[]): number {
  let j = i;
  for (let k = 0; k < words.length; k += 1) {
    if (k > 0 && tokens[j]?.w === '-' && tokens[j]!.start === tokens[j - 1]!.end && tokens[j + 1]?.start === tokens[j]!.end) j += 1;
    const t = tokens[j];
    if (!t || t.punct || !sameWord(t.w, words[k]!)) return -1;
    j += 1;
  }
  return j;
}

/** Statements of the predicate in the reply's tokens, each positive or negative. */
export function predicateStatements(tokens: Word[], predicate: string[]): PredicateStatement[] {
  const out: PredicateStatement[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const sign = matchesAt(tokens, i, predicate);
    if (sign === 0) continue;
    // "non-hearsay": the word after the prefix is read with it (as -1 at the prefix), not again on its own
    if (sign === 1 && tokens[i - 1]?.w === '-' && /^(?:non|un)$/.test(tokens[i - 2]?.w ?? '')) continue;
    // "non-binding" spans three tokens; "unenforceable — …" one
    const end = sign === 1 ? spanEnd(tokens, i, predicate) : /^(?:non|un)$/.test(tokens[i]!.w) && tokens[i + 1]?.w === '-' ? i + 3 : i + 1;
    const after = tokens.slice(end, end + 3).map((t) => t.w).join(' ');
    if (/^\?/.test(after)) continue;
    let hedged = /^(?:or not|or no|\/ not)/.test(after);
    let j = i;
    while (j > 0 && !tokens[j - 1]!.punct && ARTICLES.has(tokens[j - 1]!.w)) j -= 1;
    const before = wordsBack(tokens, j, 6);
    let mods = 0;
    while (mods < before.length && mods < 2 && MODIFIER.test(before[before.length - 1 - mods]!)) mods += 1;
    const from = j - mods;
    const opens = from === 0 || (before.length === mods && BOUNDARY.has(tokens[from - 1]!.w));
    const closes = end >= tokens.length || BOUNDARY.has(tokens[end]!.w) || (from === 0 && EXPLAINS.has(tokens[end]!.w));
    const standalone = opens && closes;
    // "It's double hearsay": the copula before the predicate's modifiers
    const phrase = before.slice(0, before.length - mods).join(' ');
    // "Could be hearsay": a possibility, not an answer
    // "I'm not sure it's hearsay": doubted, not denied
    if (EMBEDDED.test(phrase) || DOUBTED.test(phrase) || /(?:^|\s)(?:could|might|may)(?:\s+not)?\s+be$/.test(phrase)) hedged = true;
    // "…, so not hearsay": a connective before the denial
    const denial = NEGATOR.test(phrase.replace(/^(?:so|thus|hence|therefore|and|but|then|overall)\s+/, ''));
    const negatedAlone = standalone || denial;
    if (!COPULA_END.test(phrase) && !negatedAlone) continue;
    const negative = /(?:^|\s)(?:not|no|never|isn't|aren't|wasn't|weren't|doesn't|don't|cannot|can't|wouldn't|shouldn't|neither|nor)(?:\s|$)/.test(phrase) || denial;
    out.push({ positive: negative === (sign === -1), at: i, hedged });
  }
  return [...out, ...verbStatements(tokens, predicate), ...haveStatements(tokens, predicate)].sort((a, b) => a.at - b.at);
}

/** For "have standing" or "contain an audit right": "has standing", "contains an audit right", "there is an audit right" (Yes); "lacks standing", "has no standing", "does not contain one" (No). */
function haveStatements(tokens: Word[], predicate: string[]): PredicateStatement[] {
  if (!HAVE.test(predicate[0] ?? '') || predicate.length < 2) return [];
  const noun = predicate.slice(1);
  while (noun.length > 1 && ARTICLES.has(noun[0]!)) noun.shift();
  const out: PredicateStatement[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    if (!noun.every((w, k) => tokens[i + k] !== undefined && !tokens[i + k]!.punct && sameWord(tokens[i + k]!.w, w))) continue;
    const before = wordsBack(tokens, i, 5);
    const phrase = before.join(' ').replace(/(?:^|\s)(?:a|an|the|any)$/, '');
    if (HAVE_NOT.test(phrase)) out.push({ positive: false, at: i, hedged: EMBEDDED.test(phrase) });
    else if (HAVE_SO.test(phrase)) out.push({ positive: true, at: i, hedged: EMBEDDED.test(phrase) });
  }
  return out;
}

const HAVE = /^(?:have|has|contain|contains|include|includes|provide|provides|create|creates|impose|imposes)$/;
const HAVE_VERB = String.raw`(?:have|has|had|contains?|includes?|provides?|creates?|imposes?)`;
const HAVE_NOT = new RegExp(String.raw`(?:^|\s)(?:lacks?|lacking|lacked|without|${HAVE_VERB}\s+no|there\s+is\s+no|there's\s+no|(?:doesn't|does\s+not|don't|do\s+not|didn't|did\s+not)\s+${HAVE_VERB}|no)$`);
const HAVE_SO = new RegExp(String.raw`(?:^|\s)(?:possess(?:es)?|${HAVE_VERB}|there\s+is|there's|grants?)$`);

const MODAL = /^(?:would|will|should|can|could|may|might|must|courts?|judges?|likely|probably|generally|typically)$/;

/** For an "-able" predicate, its verb after a modal: "courts would likely enforce it" (Yes), "would refuse to enforce it" (No). */
function verbStatements(tokens: Word[], predicate: string[]): PredicateStatement[] {
  const word = predicate.length === 1 ? predicate[0]! : '';
  if (!/able$/.test(word) || word.length < 8) return [];
  const stem = word.slice(0, -4);
  const out: PredicateStatement[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const w = tokens[i]!.w;
    if (w !== stem && w !== `${stem}s` && w !== `${stem}d`) continue;
    if (!/^(?:it|this|that|them|the|a|an|such|any|its)$/.test(tokens[i + 1]?.w ?? '')) continue;
    const before = wordsBack(tokens, i, 4);
    if (!before.some((b) => MODAL.test(b))) continue;
    const phrase = before.join(' ');
    const negative = /(?:^|\s)(?:not|never|refuse|refuses|decline|declines|unlikely)(?:\s|$)|n't(?:\s|$)/.test(phrase);
    out.push({ positive: !negative, at: i, hedged: EMBEDDED.test(phrase) });
  }
  return out;
}

/** True when a yes/no at token `at` answers a clause about something else: "no, it is not unconscionable" (the predicate being enforceable). */
export function answersOtherClause(tokens: Word[], at: number, predicates: string[][]): boolean {
  if (tokens[at + 1]?.w !== ',' || !/^(?:it|this|that|there|he|she|they)$/.test(tokens[at + 2]?.w ?? '')) return false;
  let copula = false;
  for (let k = at + 3; k < tokens.length && !['.', ';', '!', '?', '\n'].includes(tokens[k]!.w); k += 1) {
    if (predicates.some((p) => matchesAt(tokens, k, p) !== 0)) return false;
    if (/^(?:is|are|was|were|isn't|aren't|wasn't|weren't|would|does|do|did)$/.test(tokens[k]!.w)) copula = true;
  }
  return copula;
}

/** The study itself as a subject ("this trial", "the study's design"), and what is said of its quality ("well designed", "rigorous"). */
const STUDY = /^(?:trial|study|design|methodology|methods|paper|abstract|analysis|research|investigators|authors|rct)$/;
const QUALITY = /^(?:(?:well|poorly|adequately|properly|badly|carefully|rigorously)(?:\s+|-)(?:designed|conducted|powered|executed|run|controlled|blinded|done|randomi[sz]ed)|rigorous|robust|sound|credible|flawed|biased|high-quality|low-quality|methodologically\s+\w+)\b/;

/**
 * "Yes, this trial was well designed — sham-controlled …" to "Does acupuncture improve …?": the yes or no at
 * token `at` is restated at once as a verdict on the study's quality, another question than the one asked.
 */
export function answersStudyQuality(tokens: Word[], at: number): boolean {
  if (!/^(?:,|-|—|–|:)$/.test(tokens[at + 1]?.w ?? '')) return false;
  let k = at + 2;
  if (!/^(?:this|the|that|its)$/.test(tokens[k]?.w ?? '')) return false;
  k += 1;
  if (!STUDY.test(tokens[k]?.w ?? '')) return false;
  k += 1;
  if (tokens[k]?.w === "'" && tokens[k + 1]?.w === 's') k += 2;
  while (tokens[k] !== undefined && !tokens[k]!.punct && STUDY.test(tokens[k]!.w)) k += 1;
  if (!/^(?:is|was|seems|looks|appears|were|are)$/.test(tokens[k]?.w ?? '')) return false;
  return QUALITY.test(tokens.slice(k + 1, k + 4).map((t) => t.w).join(' ').replace(/ - /g, '-'));
}
