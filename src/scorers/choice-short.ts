/**
 * @module scorers/choice-short — an option named inside a sentence where its text cannot be matched word by word:
 * written in a script without spaces ("…気体は酸素です"), or as a short sentence that ends on its first words
 * ("Classic Kawasaki." for Kawasaki disease). Moved out of scorers/choice-tiers, which reads them.
 */
import type { Evidence } from './choice-evidence.js';
import { normalizeText } from './normalize.js';

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Negations right before or after an option in those scripts: "不是上海", "窒素ではありません", "서울이 아니". */
const NEGATED_BEFORE_CJK = /(?:不是|并非|並非|非|没有|沒有)\s*$/u;
const NEGATED_AFTER_CJK = /^\s*(?:ではな|じゃな|ではあり|では無|이\s*아니|가\s*아니|は違|は不正解|不是|不对|不對)/u;

/**
 * The one option whose text, in a script written without spaces (Chinese, Japanese, Korean), the reply holds
 * and does not negate; an option inside another found option's text ("酸素" in "二酸化炭素") counts only outside it. Null otherwise.
 */
export function unspacedOption(text: string, ev: Evidence): string | null {
  if (!UNSPACED.test(text) || text.length > 4000) return null;
  const found: Array<{ letter: string; at: number; end: number }> = [];
  for (const [i, raw] of ev.texts.entries()) {
    const option = raw.normalize('NFKC').trim();
    if (option === '' || /[A-Za-z]/.test(option) || !UNSPACED.test(option)) continue;
    for (let at = text.indexOf(option); at >= 0; at = text.indexOf(option, at + option.length)) {
      const end = at + option.length;
      if (NEGATED_BEFORE_CJK.test(text.slice(Math.max(0, at - 4), at)) || NEGATED_AFTER_CJK.test(text.slice(end, end + 8))) continue;
      found.push({ letter: ev.letters[i]!, at, end });
    }
  }
  const outer = found.filter((h) => !found.some((o) => o !== h && o.at <= h.at && o.end >= h.end && o.end - o.at > h.end - h.at));
  const letters = new Set(outer.map((h) => h.letter));
  return letters.size === 1 ? [...letters][0]! : null;
}

/**
 * The one option that short sentences (three words at most, no negation) end on by its first words ("Classic Kawasaki."
 * for Kawasaki disease, "Probably Wernicke." for Wernicke encephalopathy), or null.
 */
export function shortSentenceOption(text: string, ev: Evidence): string | null {
  const found = new Set<string>();
  for (const sentence of text.split(/[.!;:\n]+/)) {
    const words = normalizeText(sentence).split(' ').filter((w) => w !== '');
    if (words.length === 0 || words.length > 3 || words.some((w) => /^(?:not|no|never|unlikely|rule|ruled|except|without)$/.test(w))) continue;
    // the sentence's last words are an option's first words (and not all of them), the last of them a name of five letters or more
    for (const o of ev.options) {
      for (const f of o.words) {
        for (let k = Math.min(words.length, f.length - 1); k >= 1; k -= 1) {
          const tail = words.slice(words.length - k);
          if (tail[k - 1]!.length >= 5 && !/\d/.test(tail[k - 1]!) && tail.every((w, j) => w === f[j])) found.add(o.letter);
        }
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
