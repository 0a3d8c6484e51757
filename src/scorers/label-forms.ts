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
}

/** Synonyms of the usual answer labels, keyed by the label's normalised text. */
const WEAK: Record<string, string[]> = {
  yes: ['y', 'true', 'correct', 'affirmative', 'yep', 'yeah', 'yup', 'absolutely', 'certainly', 'definitely', 'of course', 'indeed',
    'sí', 'si', 'oui', 'ja', 'sim', 'да', '是', '是的', '对', 'はい', 'evet', 'tak', 'sì', 'igen', 'ano', 'ναι', 'כן', 'نعم', 'हाँ', 'ya'],
  no: ['n', 'false', 'incorrect', 'negative', 'nope', 'nah', 'not really', 'not a chance', 'no way', 'probably not', 'likely not', 'most likely not', 'definitely not', 'absolutely not', 'certainly not', 'of course not',
    'non', 'nein', 'não', 'nao', 'нет', '否', '不是', '不', 'いいえ', 'hayır', 'hayir', 'nie', 'nee', 'nej', 'nei', 'όχι', 'לא', 'لا', 'नहीं', 'tidak'],
  maybe: ['possibly', 'possible', 'perhaps', 'it might', 'it may', 'might', 'might be', 'may be', 'uncertain', 'unclear', 'inconclusive', 'quizás', 'quizas', 'tal vez', 'peut être', 'peut-être',
    'vielleicht', 'talvez', 'forse', 'может быть', '也许', '可能', 'たぶん', 'belki', 'misschien'],
};
WEAK.true = WEAK.yes!.filter((s) => s !== 'true');
WEAK.false = WEAK.no!.filter((s) => s !== 'false');

/** Common clause-type labels and the names a reader takes for them. */
const DOMAIN: Record<string, string[]> = {
  indemnification: ['indemnity', 'indemnities', 'hold harmless', 'indemnify'],
  'governing law': ['choice of law', 'applicable law', 'choice of laws', 'governing laws'],
  'non compete': ['non competition', 'noncompetition', 'covenant not to compete', 'noncompete', 'non compete covenant'],
  'limitation of liability': ['cap on liability', 'liability cap', 'limitation on liability', 'limit of liability', 'liability limitation', 'limits liability'],
  confidentiality: ['non disclosure', 'nondisclosure', 'nda'],
  termination: ['right to terminate', 'terminate'],
  warranty: ['warranties', 'warrants'],
  spam: ['junk'],
  'not spam': ['ham', 'not junk'],
  // news topics (AG News and the like)
  'sci tech': ['science and technology', 'science technology', 'science tech', 'scitech', 'science', 'technology', 'tech'],
  sports: ['sport', 'sporting'],
  world: ['world news', 'international', 'world affairs', 'international news', 'global news'],
  business: ['business news', 'economy', 'economics', 'finance', 'financial news'],
  // toxicity
  toxic: ['offensive', 'abusive', 'hateful'],
  'non toxic': ['nontoxic', 'not toxic', 'harmless', 'benign', 'inoffensive'],
  'not toxic': ['non toxic', 'nontoxic', 'harmless', 'benign', 'inoffensive'],
  // emotions: the noun for the adjective a reader takes as it ("happy" for joy)
  joy: ['happiness', 'happy', 'joyful', 'joyous', 'delight', 'elation'],
  sadness: ['sad', 'sorrow', 'grief'],
  anger: ['angry', 'rage', 'fury'],
  fear: ['afraid', 'scared', 'fearful', 'terror'],
  surprise: ['surprised', 'astonishment', 'amazement'],
  love: ['affection', 'loving'],
  disgust: ['disgusted', 'revulsion'],
};

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

/** Lower-case word and punctuation tokens of `text`, with their offsets. */
export function tokenize(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.toLowerCase().matchAll(/\n|[\p{L}\p{M}\p{N}]+(?:'[\p{L}]+)?|[^\s\p{L}\p{M}\p{N}]/gu)) {
    const w = m[0];
    out.push({ w, start: m.index, end: m.index + w.length, punct: !/[\p{L}\p{N}]/u.test(w) });
  }
  return out;
}

/** A label's words: lower case, punctuation and `_`/`-` as spaces. */
export function labelWords(label: string): string[] {
  return tokenize(label.replace(/[_-]/g, ' ')).filter((t) => !t.punct).map((t) => t.w);
}

/** Every form naming each label of `labels`, longest first. */
export function formsOf(labels: readonly string[], aliases: Record<string, readonly string[]> = {}): Form[] {
  const forms: Form[] = [];
  const seen = new Set<string>();
  const add = (label: string, words: string[], weak: boolean) => {
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) return;
    seen.add(key);
    forms.push({ label, words, weak });
  };
  for (const label of labels) add(label, labelWords(label), false);
  for (const label of labels) {
    const words = labelWords(label);
    const key = words.join(' ');
    const own = Object.entries(aliases).find(([k]) => labelWords(k).join(' ') === key)?.[1] ?? [];
    const weakOnes = new Set((WEAK[key] ?? []).map((w) => labelWords(w).join(' ')));
    // a suite alias that is a yes/no synonym stays weak: "true" names yes only where it answers
    for (const a of own) add(label, labelWords(a), weakOnes.has(labelWords(a).join(' ')));
    if (words.length === 2) add(label, [words.join('')], false);
    // "no-compete" for non-compete
    if (words[0] === 'non' && words.length > 1) add(label, ['no', ...words.slice(1)], false);
    for (const a of DOMAIN[key] ?? []) add(label, labelWords(a), false);
    for (const a of WEAK[key] ?? []) add(label, labelWords(a), true);
  }
  return forms.sort((a, b) => b.words.length - a.words.length || b.words.join('').length - a.words.join('').length);
}

/** True when reply word `w` names label word `lw`: equal, or an inflection of a long word. */
/** Words that share a label word's stem but not its meaning. */
const FALSE_FRIENDS = new Set(['confident', 'confidence', 'confidently', 'government', 'governments', 'governmental', 'limited', 'terminal', 'warrant', 'warranted', 'battered']);

export function sameWord(w: string, lw: string): boolean {
  if (w === lw) return true;
  if (w.length < 5 || lw.length < 5 || FALSE_FRIENDS.has(w)) return false;
  let cp = 0;
  while (cp < w.length && cp < lw.length && w[cp] === lw[cp]) cp += 1;
  return cp >= Math.max(4, Math.min(w.length, lw.length) - 3);
}

export interface Match {
  form: Form;
  /** Token index of the first and one past the last word. */
  from: number;
  to: number;
}

/** "liab." for liability, "neg" for negative: a cut word of 3 letters or more, ending the reply or followed by a full stop. */
function abbreviates(w: string, lw: string, tokens: Word[], at: number): boolean {
  if (w.length < 3 || w.length > lw.length - 2 || !lw.startsWith(w) || !/^\p{L}+$/u.test(w)) return false;
  const next = tokens[at + 1];
  return next === undefined || next.w === '.' || (next.w === '\n' && tokens[at + 2] === undefined);
}

/** Where forms occur in `tokens` (longest form at a place; hyphens, slashes and ampersands inside a form skipped: "Sci/Tech", "Science & Technology"). */
export function findForms(tokens: Word[], forms: Form[]): Match[] {
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
          } else if (t.punct || !(form.weak ? t.w === form.words[k] : sameWord(t.w, form.words[k]!))) break;
          j += 1;
          k += 1;
        }
        // an abbreviation counts only where a label stands on its own ("Sentiment: neg."), and a whole word beats it ("joy." is joy, not "joyful" cut)
        if (k === form.words.length && !abbreviated) { hit = { form, from: i, to: j }; break; }
        if (k === form.words.length && hit === null) hit = { form: { ...form, weak: true }, from: i, to: j };
      }
    }
    if (hit) { out.push(hit); i = hit.to; } else i += 1;
  }
  return out;
}
