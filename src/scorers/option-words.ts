/**
 * @module scorers/option-words — tolerant comparison of a reply's words with an option's text.
 *
 * A careful reader takes "apixiban" for Apixaban, "azotaemia" for azotemia and "0.50"
 * for 0.5. Words compare equal when they are the same, the same number, or (both at
 * least 5 letters, same first letter) within one edit (the same number written otherwise is half an edit) — two where the longer has 9 letters
 * or more, three where both have 11; one small word may stand for another ("of" for "by");
 * common abbreviations stand for their word ("IM" for intramuscular, "Vit" for vitamin). A near miss counts only where no other option's text matches as closely, so
 * "hypokalemia" never reads as Hyperkalemia.
 */

/** Optimal-string-alignment distance between `a` and `b`, or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
/** Small words a reader swaps without changing the option ("easement of necessity" for "by necessity"): a preposition for another, an article for another. */
const PREPOSITIONS = new Set(['of', 'by', 'for', 'to', 'in', 'on', 'at', 'from', 'with']);
const ARTICLES = new Set(['the', 'a', 'an']);

/** Abbreviations a reader expands without thinking ("IM epinephrine", "Vit K", "PO"). */
const SHORT: Record<string, string> = {
  im: 'intramuscular', iv: 'intravenous', po: 'oral', sc: 'subcutaneous', sq: 'subcutaneous', subq: 'subcutaneous', sl: 'sublingual',
  '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth', '5th': 'fifth', '6th': 'sixth',
  vit: 'vitamin', dept: 'department', govt: 'government', approx: 'approximately', intl: 'international', natl: 'national',
  // international and US names of the same drug
  adrenaline: 'epinephrine', epinephrine: 'adrenaline', noradrenaline: 'norepinephrine', norepinephrine: 'noradrenaline',
  paracetamol: 'acetaminophen', acetaminophen: 'paracetamol', salbutamol: 'albuterol', albuterol: 'salbutamol',
};

/** How far reply word `w` is from option word `o`: 0 when the same (or the same number, or an abbreviation of it), 1–3 for a near miss, Infinity otherwise. */
export function wordDistance(w: string, o: string): number {
  if (w === o || SHORT[w] === o) return 0;
  // the same number written otherwise ("0.50" for 0.5) is a near miss, so "3" reads as an option "3" before "3.000000"
  if (NUMBER.test(w) && NUMBER.test(o)) return Number(w) === Number(o) ? 0.5 : Infinity;
  // a plural for the singular ("hydrogen bonds")
  if (w.length >= 4 && (w === `${o}s` || o === `${w}s`)) return 1;
  if ((PREPOSITIONS.has(w) && PREPOSITIONS.has(o)) || (ARTICLES.has(w) && ARTICLES.has(o))) return 1;
  if (w.length < 5 || o.length < 5 || w[0] !== o[0] || /\d/.test(w) || /\d/.test(o)) return Infinity;
  // one edit; two where the longer word has 9 letters or more ("conviens"); three where both have 11 ("mitocondria")
  const short = Math.min(w.length, o.length);
  const tol = short >= 11 ? 3 : Math.max(w.length, o.length) >= 9 && short >= 7 ? 2 : 1;
  const d = editDistance(w, o, tol);
  return d <= tol ? d : Infinity;
}

/** The distance of the words of `said` starting at `at` from `form` (summed), Infinity when any word differs too much. */
export function phraseDistance(said: readonly string[], at: number, form: readonly string[]): number {
  if (at + form.length > said.length) return Infinity;
  let total = 0;
  for (let k = 0; k < form.length; k += 1) {
    // an option's last word of one letter is a name ("Vitamin A"), never a swapped article
    const d = k === form.length - 1 && form[k]!.length === 1 ? (said[at + k] === form[k] ? 0 : Infinity) : wordDistance(said[at + k]!, form[k]!);
    if (d === Infinity) return Infinity;
    total += d;
  }
  return total;
}

/**
 * The one option a short reply abbreviates word by word ("Strep pneumo" for Streptococcus
 * pneumoniae, "404" for "404 Not Found"): each reply word opens the option's word at its place
 * (3 letters or more, or the whole word), the first word included; null unless exactly one
 * option fits.
 */
export function abbreviatedOption(reply: readonly string[], options: ReadonlyArray<{ letter: string; words: string[][] }>): string | null {
  if (reply.length === 0 || reply.length > 4) return null;
  const fits = new Set<string>();
  // "Wernicke's enceph.": a possessive's "s" is no word of the option
  const said = reply.filter((w) => w !== 's');
  if (said.length === 0) return null;
  const joined = said.join('');
  // a match from a later word of the option needs a reply word with a digit or of four letters or more
  const midOk = said.some((w) => /\d/.test(w) || w.length >= 4);
  for (const o of options) {
    for (const f of o.words) {
      // word by word from any word of the option ("b12 def" for "Vitamin B12 deficiency")
      for (let off = 0; off + said.length <= f.length; off += 1) {
        const ok = said.every((w, k) => w === f[off + k] || SHORT[w] === f[off + k] || (w.length >= 3 && /^\p{L}+$/u.test(w) && f[off + k]!.startsWith(w)));
        if (ok && (off === 0 || midOk)) fits.add(o.letter);
      }
      // spaced or joined differently, with a typo or a small word missing ("N-acetyl cystine", "beyond reasonable doubt")
      const whole = f.join('');
      if (joined.length >= 9 && whole.length >= 9 && editDistance(joined, whole, 2) <= 2) fits.add(o.letter);
    }
  }
  return fits.size === 1 ? [...fits][0]! : null;
}
