/**
 * @module scorers/label-verbs — yes/no answers in a do-question's own verb: to "Does vitamin C shorten
 * colds?", "vitamin C does shorten colds" / "shortens" (Yes), "does not shorten" (No), "may shorten"
 * (hedged); the verb found after subjects of one to three words, or later after a prepositional phrase.
 */
import { sameWord, tokenize, type Word } from './label-forms.js';
import { ARTICLES, EMBEDDED, wordsBack, type PredicateStatement } from './label-question.js';

const DO = /\b(?:does|do|did)\s+/i;

/** The words of the input's last do-question from its "does"/"do"/"did" on ([] when it has none). */
function doQuestionWords(input: string): string[] {
  const q = (input.match(/[^.?!\n]*\?/g) ?? []).map((x) => x.trim()).reverse().find((x) => DO.test(x));
  if (q === undefined) return [];
  return tokenize(q.slice(q.search(DO))).filter((t) => !t.punct).map((t) => t.w);
}

/** The verb of a do-question ("Does vitamin C shorten the duration …?" → "shorten"), one per reading of the subject. */
export function questionVerbs(input: string): string[] {
  const words = doQuestionWords(input);
  // "does" + a subject of one to three words + the verb; an article alone is no subject ("Does the clause cap …": not "clause")
  return [1, 2, 3].filter((k) => !(k === 1 && ARTICLES.has(words[1] ?? ''))).map((k) => words[1 + k]).filter((w): w is string => w !== undefined && w.length >= 4 && !ARTICLES.has(w));
}

const SUBJECT_PREPOSITION = /^(?:after|before|in|of|for|with|among|during|on|at|from|by|following|within|without|versus|vs)$/;

/**
 * "Does early mobilisation after hip fracture surgery increase mortality?": a subject with a
 * prepositional phrase puts the verb further on; those later words count only when the reply
 * says them with "does", "did" or a negation right before (never as an inflection, since they
 * may be nouns).
 */
export function laterVerbs(input: string): string[] {
  const words = doQuestionWords(input);
  const prep = words.findIndex((w, i) => i >= 2 && i <= 4 && SUBJECT_PREPOSITION.test(w));
  if (prep < 0) return [];
  return [2, 3, 4, 5].map((k) => words[prep + k]).filter((w): w is string => w !== undefined && w.length >= 4 && !ARTICLES.has(w) && !SUBJECT_PREPOSITION.test(w));
}

/** Statements with a later verb (see laterVerbs): only "does/did X", "does not X", "doesn't X", "never X". */
export function strictDoStatements(tokens: Word[], verb: string): PredicateStatement[] {
  const out: PredicateStatement[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    if (tokens[i]!.w !== verb || /^\s*\?/.test(tokens[i + 1]?.w ?? '')) continue;
    const before = wordsBack(tokens, i, 3);
    const phrase = before.join(' ');
    if (/(?:^|\s)(?:does|did)\s+not$|(?:^|\s)(?:doesn't|didn't|never)$/.test(phrase.replace(/\s+\p{L}+ly$/u, ''))) out.push({ positive: false, at: i, hedged: EMBEDDED.test(phrase) });
    else if (/(?:^|\s)(?:does|did)$/.test(phrase)) out.push({ positive: true, at: i, hedged: EMBEDDED.test(phrase) });
  }
  return out;
}

const NO_EVIDENCE = /(?:^|\s)(?:no|little|insufficient|not\s+enough|lack\s+of)\s+(?:good\s+|clear\s+|convincing\s+|strong\s+|real\s+)?(?:evidence|sign|indication|proof|data|support)(?:\s|$)/;

const REPORTED = /(?:^|\s)(?:suggests?|suggested|hypothesi[sz]ed?|claims?|claimed|some\s+(?:studies|trials|evidence|data|authors))(?:\s|$)/;

/** Statements with a do-question's verb: "vitamin C does shorten colds", "shortens" (Yes); "does not shorten", "doesn't" (No); "may shorten" hedged. */
export function doStatements(tokens: Word[], verb: string): PredicateStatement[] {
  const out: PredicateStatement[] = [];
  const stem = verb.replace(/e$/, '');
  for (let i = 1; i < tokens.length; i += 1) {
    const w = tokens[i]!.w;
    if (w !== verb && w !== `${verb}s` && w !== `${verb}es` && w !== `${stem}ed` && w !== `${verb}d`) continue;
    if (/^\s*\?/.test(tokens[i + 1]?.w ?? '')) continue;
    const before = wordsBack(tokens, i, 3);
    const phrase = before.join(' ');
    // "No evidence it prevents them", "there is little evidence that vitamin D prevents": the verb's claim denied;
    // "some evidence suggests it prevents": reported, not said
    const wider = wordsBack(tokens, i, 7).join(' ');
    if (NO_EVIDENCE.test(wider)) {
      out.push({ positive: false, at: i, hedged: false });
      continue;
    }
    if (REPORTED.test(wider)) {
      out.push({ positive: true, at: i, hedged: true });
      continue;
    }
    // "No license is granted", "It grants none": the verb's object denied
    if (/(?:^|\s)no\s+\S+(?:\s+\S+)?\s+(?:is|are|was|were|been|be)$/.test(phrase) || (/^(?:none|nothing|no)$/.test(tokens[i + 1]?.w ?? '') && ['.', '!', ';', '\n', undefined].includes(tokens[i + 2]?.w))) {
      out.push({ positive: false, at: i, hedged: EMBEDDED.test(phrase) });
      continue;
    }
    // "… does not grant", "does not meaningfully improve", "nothing here grants": the verb denied
    if (/(?:^|\s)(?:not|never|doesn't|don't|didn't|fails?\s+to|failed\s+to|no\s+longer)$|n't$|(?:^|\s)(?:nothing|nobody|none|neither)(?:\s|$)/.test(phrase.replace(/\s+\p{L}+ly$/u, ''))) out.push({ positive: false, at: i, hedged: EMBEDDED.test(phrase) });
    else if (/(?:^|\s)(?:may|might|could|can)$/.test(phrase)) out.push({ positive: true, at: i, hedged: true });
    else if (/(?:^|\s)(?:does|do|did|indeed|clearly|significantly|modestly|slightly|consistently)$/.test(phrase) || (w !== verb && before.length > 0 && !/^(?:to|will|would|should|must)$/.test(before[before.length - 1]!))) out.push({ positive: true, at: i, hedged: EMBEDDED.test(phrase) });
  }
  return out;
}

/** Between an echoed subject and its verb: the auxiliary, a denial, an adverb, a modal. */
const BETWEEN = /^(?:does|did|do|not|never|doesn't|didn't|don't|indeed|clearly|really|actually|significantly|meaningfully|substantially|consistently|reliably|also|may|might|could|can)$/;

/**
 * "Acupuncture on the day of embryo transfer does not improve live birth rates" to "Does acupuncture
 * on the day of embryo transfer improve live birth rates in IVF?": the question's whole subject said
 * again, then its verb — with "does"/an adverb or inflected ("improves": Yes), denied (No), after a
 * modal (hedged). Each reading of the subject (one word to ten) gives the word after it as the verb.
 */
export function subjectStatements(tokens: Word[], input: string): PredicateStatement[] {
  const words = doQuestionWords(input);
  const out: PredicateStatement[] = [];
  for (let k = 2; k <= 10 && k + 1 < words.length; k += 1) {
    const subject = words.slice(1, 1 + k);
    const verb = words[1 + k]!;
    if (verb.length < 3 || ARTICLES.has(verb) || SUBJECT_PREPOSITION.test(verb) || SUBJECT_PREPOSITION.test(subject[k - 1]!) || ARTICLES.has(subject[k - 1]!)) continue;
    const stem = verb.replace(/e$/, '');
    const forms = new Set([verb, `${verb}s`, `${verb}es`, `${verb}d`, `${stem}ed`]);
    for (let i = 0; i + k < tokens.length; i += 1) {
      if (!subject.every((w, n) => !tokens[i + n]!.punct && (tokens[i + n]!.w === w || sameWord(tokens[i + n]!.w, w)))) continue;
      let j = i + k;
      const between: string[] = [];
      while (j < tokens.length && between.length < 3 && BETWEEN.test(tokens[j]!.w)) between.push(tokens[j++]!.w);
      const w = tokens[j]?.w ?? '';
      if (!forms.has(w) || (w === verb && between.length === 0)) continue;
      const negative = between.some((b) => /^(?:not|never)$|n't$/.test(b));
      const modal = between.some((b) => /^(?:may|might|could|can)$/.test(b));
      out.push({ positive: !negative, at: j, hedged: modal || EMBEDDED.test(wordsBack(tokens, i, 4).join(' ')) });
    }
  }
  return out;
}
