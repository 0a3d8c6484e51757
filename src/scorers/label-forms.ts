/**
 * @module scorers/label-forms — the words that name each label: itself, the suite's aliases, obvious synonyms.
 *
 * A label is found as a sequence of words in a tokenised reply. Each label has
 * forms: its own words; its words run together ("noncompete"); the suite's
 * `aliases:`; built-in synonyms a reader accepts without hesitation — for
 * yes/no/maybe (True/False, "Possibly", other languages' yes and no) and for common
 * contract-clause types ("indemnity", "choice of law"). Yes/no synonyms are weak:
 * they count only where a label would stand on its own (see label-extract). Long
 * label words also match their inflections ("indemnity" ↔ "indemnification",
 * "warranties" ↔ "warranty").
 */

import { DOMAIN, LANG, NLI_NEUTRAL, NLI_WEAK, NO_FEELING, NO_FEELING_WEAK, SOFT, WEAK } from './label-synonyms.js';
import { allMatches } from './matches.js';
import { isLanguageCodeSet, languageNames } from './label-languages.js';

export interface Word {
  /** Lower-cased text. */
  w: string;
  start: number;
  end: number;
  /** True for a punctuation token; false for a word. */
  punct: boolean;
}

export interface Form {
  label: string;
  words: string[];
  /** A synonym that counts only where a label stands on its own. */
  weak: boolean;
  /** A word that names the label only where it answers, and is otherwise no mention at all (NLI's "true", "neither"). */
  answerOnly?: boolean;
  /** Its words match only as written, never an inflection: "not compete" for non_compete is no "not competition". */
  exact?: boolean;
}

/** Aliases an importer writes for labels with obvious synonyms (clause types, yes/no/maybe), or undefined when none. */
export function obviousAliases(labels: readonly string[]): Record<string, string[]> | undefined {
  const SHORT: Record<string, string[]> = { yes: ['true'], no: ['false'], maybe: ['possibly', 'perhaps'] };
  const out: Record<string, string[]> = {};
  for (const label of labels) {
    const key = labelWords(label).join(' ');
    const list = [...(SHORT[key] ?? []), ...(DOMAIN[key] ?? []).filter((a) => a.includes(' ') || a.length > 8)];
    if (list.length > 0) out[label] = list;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A token: Chinese and Japanese characters one by one (no spaces between words); other words whole. */
const TOKEN = /\n|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+(?:'[\p{L}]+)?|[^\s\p{L}\p{M}\p{N}]/gu;

/** Lower-case word and punctuation tokens of `text`, with their offsets. */
export function tokenize(text: string): Word[] {
  const out: Word[] = [];
  for (const m of allMatches(TOKEN, text.toLowerCase())) {
    // accents folded ("tóxico", "contradicción" read as written without them)
    const w = m[0].normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    // a German compound on "-klausel" ("Gewährleistungsklausel"): the clause type, then "klausel"
    const compound = /^(\p{L}{4,}?)s?(klausel|bestimmung)$/u.exec(w);
    if (compound) {
      out.push({ w: compound[1]!, start: m.index, end: m.index + compound[1]!.length, punct: false });
      out.push({ w: compound[2]!, start: m.index + w.length - compound[2]!.length, end: m.index + w.length, punct: false });
      continue;
    }
    out.push({ w, start: m.index, end: m.index + m[0].length, punct: !/[\p{L}\p{N}]/u.test(w) });
  }
  return out;
}

/** A label's words: lower case, punctuation and `_`/`-` as spaces. */
export function labelWords(label: string): string[] {
  return tokenize(label.replace(/[_-]/g, ' ')).filter((t) => !t.punct).map((t) => t.w);
}

/**
 * formsOf's results: a suite has a few label sets and every reply of it is read against one, so the
 * forms are looked up by the very arrays the caller passes (no key built per reply); a caller that
 * builds new arrays for each reply falls back to a key from their contents.
 */
const BY_IDENTITY = new WeakMap<readonly string[], Map<object | undefined, readonly Form[]>>();
const BY_CONTENT = new Map<string, readonly Form[]>();
const CONTENT_MAX = 256;

/** Every form naming one of `labels` (read-only: shared between calls), longest first. */
export function formsOf(labels: readonly string[], aliases?: Record<string, readonly string[]>): readonly Form[] {
  let byAliases = BY_IDENTITY.get(labels);
  const known = byAliases?.get(aliases);
  if (known !== undefined) return known;
  const key = JSON.stringify([labels, aliases ?? {}]);
  let forms = BY_CONTENT.get(key);
  if (forms === undefined) {
    if (BY_CONTENT.size >= CONTENT_MAX) BY_CONTENT.clear();
    forms = buildForms(labels, aliases ?? {});
    BY_CONTENT.set(key, forms);
  }
  if (byAliases === undefined) BY_IDENTITY.set(labels, (byAliases = new Map()));
  // a handful of aliases objects per label set; a caller making a new one per reply must not grow it without bound
  if (byAliases.size >= 8) byAliases.clear();
  byAliases.set(aliases, forms);
  return forms;
}

function buildForms(labels: readonly string[], aliases: Record<string, readonly string[]>): Form[] {
  const forms: Form[] = [];
  const seen = new Set<string>();
  const add = (label: string, words: string[], weak: boolean, answerOnly = false, exact = false) => {
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) return;
    seen.add(key);
    forms.push({ label, words, weak, ...(answerOnly ? { answerOnly } : {}), ...(exact ? { exact } : {}) });
  };
  // language codes ("it", "es") are words of other languages too: committed only; their names count anywhere
  const codes = isLanguageCodeSet(labels);
  for (const label of labels) add(label, labelWords(label), codes);
  for (const label of codes ? labels : []) for (const name of languageNames(label)) add(label, labelWords(name), false);
  const nli = labels.some((l) => /^(?:entailment|contradiction)$/.test(labelWords(l).join(' ')));
  // neutral beside sentiments or emotions: "no emotion is expressed" names it
  const feelings = !nli && labels.length >= 3 && labels.some((l) => labelWords(l).join(' ') === 'neutral');
  for (const label of labels) {
    const words = labelWords(label);
    const key = words.join(' ');
    const own = Object.entries(aliases).find(([k]) => labelWords(k).join(' ') === key)?.[1] ?? [];
    const weakOnes = new Set((WEAK[key] ?? []).map((w) => labelWords(w).join(' ')));
    // a suite alias that is a yes/no synonym stays weak: "true" names yes only where it answers
    for (const a of own) add(label, labelWords(a), weakOnes.has(labelWords(a).join(' ')));
    if (words.length === 2) add(label, [words.join('')], false);
    // "no-compete" for non-compete; "non-offensive" for `not offensive`, "not hate" for `non-hate`
    // (as written only: "…, not competition" denies a noun, it names no non_compete)
    if (words[0] === 'non' && words.length > 1) add(label, ['no', ...words.slice(1)], false, false, true);
    if (words[0] === 'non' && words.length > 1) add(label, ['not', ...words.slice(1)], false, false, true);
    if (words[0] === 'not' && words.length > 1) for (const w of [['non', ...words.slice(1)], [`non${words.slice(1).join('')}`]]) add(label, w, false);
    // a one-word synonym that is a word of another label names neither ("Trespass" beside trespass_to_land and trespass_to_chattels)
    const ownWord = (a: string) => { const w = labelWords(a); return w.length !== 1 || !labels.some((o) => o !== label && labelWords(o).includes(w[0]!)); };
    for (const a of [...(DOMAIN[key] ?? []), ...(LANG[key] ?? [])].filter(ownWord)) add(label, labelWords(a), false);
    // adjectives and nouns that also occur in reasoning ("a happy event", "a technology company") count only where committed
    for (const a of (SOFT[key] ?? []).filter(ownWord)) add(label, labelWords(a), true);
    for (const a of WEAK[key] ?? []) add(label, labelWords(a), true);
    for (const a of nli ? NLI_WEAK[key] ?? [] : []) add(label, labelWords(a), true, true);
    for (const a of key !== 'neutral' ? [] : nli ? NLI_NEUTRAL : feelings ? NO_FEELING : []) add(label, labelWords(a), false);
    for (const a of key === 'neutral' && feelings ? NO_FEELING_WEAK : []) add(label, labelWords(a), true, true);
  }
  return forms.sort((a, b) => b.words.length - a.words.length || b.words.join('').length - a.words.join('').length);
}

/** True when reply word `w` names label word `lw`: equal, or an inflection of a long word. */
/** Words that share a label word's stem but not its meaning. */
const FALSE_FRIENDS = new Set(['confident', 'confidence', 'confidently', 'government', 'governments', 'governmental', 'limited', 'terminal', 'warrant', 'warranted', 'battered']);

const HANGUL = /^\p{Script=Hangul}{2,}$/u;

export function sameWord(w: string, lw: string): boolean {
  if (w === lw) return true;
  // Korean writes particles and endings onto the word ("부정적입니다" for 부정): a Korean label word of two syllables or more begins the reply's word
  if (HANGUL.test(lw) && w.startsWith(lw)) return true;
  if (w.length < 5 || lw.length < 5 || FALSE_FRIENDS.has(w)) return false;
  let cp = 0;
  while (cp < w.length && cp < lw.length && w[cp] === lw[cp]) cp += 1;
  // a four-letter stem only with short endings ("toxic"/"toxisch", "favoured"/"favored"; never "terms"/"terminate")
  if (cp < 5 && Math.max(w.length, lw.length) - cp > 4) return false;
  return cp >= Math.max(4, Math.min(w.length, lw.length) - 3);
}

export interface Match {
  form: Form;
  /** Token index of the first and one past the last word. */
  from: number;
  to: number;
  /** A cut word ("neg.", "liab."), not the label's whole words. */
  abbreviated?: true;
}

/** "liab." for liability, "neg" for negative: a cut word of 3 letters or more, ending the reply or followed by a full stop. */
function abbreviates(w: string, lw: string, tokens: Word[], at: number): boolean {
  if (w.length < 3 || w.length > lw.length - 2 || !lw.startsWith(w) || !/^\p{L}+$/u.test(w)) return false;
  const next = tokens[at + 1];
  return next === undefined || next.w === '.' || (next.w === '\n' && tokens[at + 2] === undefined);
}

/** Where forms occur in `tokens` (longest form at a place; hyphens, slashes and ampersands inside a form skipped: "Sci/Tech", "Science & Technology"). */
export function findForms(tokens: Word[], forms: readonly Form[]): Match[] {
  const out: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    let hit: Match | null = null;
    if (!tokens[i]!.punct) {
      for (const form of forms) {
        let j = i;
        let k = 0;
        let abbreviated = false;
        while (k < form.words.length && j < tokens.length) {
          const t = tokens[j]!;
          if (t.punct && k > 0 && (t.w === '-' || t.w === '_' || t.w === '/' || t.w === '&')) { j += 1; continue; }
          const last = k === form.words.length - 1;
          if (!t.punct && !form.weak && last && abbreviates(t.w, form.words[k]!, tokens, j)) {
            abbreviated = true;
          } else if (t.punct || !(form.weak || form.exact ? t.w === form.words[k] : sameWord(t.w, form.words[k]!))) break;
          j += 1;
          k += 1;
        }
        // an abbreviation counts only where a label stands on its own ("Sentiment: neg."), and a whole word beats it ("joy." is joy, not "joyful" cut)
        if (k === form.words.length && !abbreviated) { hit = { form, from: i, to: j }; break; }
        if (k === form.words.length && hit === null) hit = { form: { ...form, weak: true }, from: i, to: j, abbreviated: true };
      }
    }
    if (hit) { out.push(hit); i = hit.to; } else i += 1;
  }
  return out;
}
