/**
 * @module scorers/choice-evidence — every place a reply points at an option, by kind.
 *
 * Each finder returns candidates (a letter and where it was read); none decides.
 * Kinds, from the most explicit: final-answer cues (scorers/choice-cues), per-option
 * verdicts (scorers/choice-verdicts), a bare last line, lines opening with a letter,
 * ordinal references, softer statements, the text of an option, references such as
 * "(C)". The resolver (choice-extract) weighs them.
 */
import { bracketedLetters, isNegated, lettersPattern, readLetterAt, type Token } from './choice-letters.js';
import { readOrdinalAt } from './choice-ordinals.js';
import { normalizeText } from './normalize.js';
import { CONDITIONAL_POINTER, RIGHT_IF, hypothetical } from './choice-signals.js';
import { phraseDistance } from './option-words.js';
import { allMatches } from './matches.js';

export interface Option {
  letter: string;
  /** Normalised text, and accepted short forms ("e coli" for Escherichia coli). */
  forms: string[];
  /** The forms as words. */
  words: string[][];
}

export interface Evidence {
  letters: string;
  options: Option[];
  /** The options' texts as written, so an option that reads like a refusal ("Cannot be determined") is not taken for one. */
  texts: string[];
  /** Set when a letter was read joined to another ("B or C", "B/C"). */
  flags: { either: boolean; severalAt?: number };
  /** True when an option's text is a number: then "2" names that option, not the second one. */
  numeric?: boolean;
}

/** "so"/"therefore" in other languages, either case at their first letter ("Also B." in German, "значит B"). */
const SO_WORDS = ['also', 'donc', 'alors', 'entonces', 'quindi', 'dunque', 'então', 'portanto', 'dus', 'więc', 'yani', 'значит', 'поэтому', 'итак']
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

const SOFT_CUES =
  /\b(?:it's|it\s+is|c'est|je\s+pense\s+que\s+c'est|it\s+must\s+be|(?:it|this|that)\s+(?:has\s+to|has\s+got\s+to|needs\s+to)\s+be|it\s+should\s+be|it\s+would\s+be|that's|that\s+is|probably|likely|i\s+think|i\s+believe|i\s+guess|i'd\s+say|i\s+would\s+say|my\s+guess\s+is|therefore,?|thus,?|hence,?|so,?|but(?:\s+rather)?|definitely|clearly|certainly|surely|suggests?|points?\s+to|indicates?|favou?rs?|this\s+is|returns?|prints?|outputs?|evaluates\s+to|yields)\s*|(?<=\S)\s[—–-]\s?(?=[A-J](?:[.!](?:\s|$)|$))/gi;

/** The option whose text best matches the words of `said` from `at`: exact before near misses, then the longest; null when near misses tie between options. */
export function bestAt(said: readonly string[], at: number, options: Option[]): { letter: string; len: number; span: number; dist: number } | null {
  let best: { letter: string; len: number; span: number; dist: number } | null = null;
  let tied = false;
  for (const o of options) {
    for (const f of o.words) {
      if (f.length === 0) continue;
      const dist = phraseDistance(said, at, f);
      if (dist === Infinity) continue;
      const len = f.join(' ').length;
      if (best === null || dist < best.dist || (dist === best.dist && len > best.len)) {
        tied = best !== null && dist === best.dist && best.letter !== o.letter && dist > 0;
        best = { letter: o.letter, len, span: f.length, dist };
      } else if (dist === best.dist && dist > 0 && o.letter !== best.letter) tied = true;
    }
  }
  return tied ? null : best;
}

/** The option whose whole text (or one of its names) is exactly `said` ("collateral estoppel", "apixiban"), or null: the one check that a phrase names an option and nothing more. */
export function wholeOption(said: string, options: Option[]): string | null {
  const words = normalizeText(said).split(' ');
  if (words[0] === '') return null;
  // "the inner mitochondrial membrane", "a ribosome": an article the option's text does not have (two at most, normalised
  // once: a reply of "A A A …" would otherwise be normalised again for each word it drops, quadratically)
  for (let from = 0; from <= 2 && from < words.length; from += 1) {
    if (from > 0 && !/^(?:the|an|a)$/.test(words[from - 1]!)) return null;
    const rest = from === 0 ? words : words.slice(from);
    const best = bestAt(rest, 0, options);
    if (best && best.span === rest.length) return best.letter;
  }
  return null;
}

/** The letter a last line gives on its own ("C", "(C)", "Answer - c", "Based on the above, C."), or null. */
export function finalLine(lines: string[], letters: string): Token | null {
  const last = lines[lines.length - 1];
  if (last === undefined || /\?\s*$/.test(last)) return null;
  // "If it follows the new guideline, D.": a letter in a line that opens with a condition answers one case only
  if (/^[-*•\s]*(?:if|unless|si|wenn|se)\s+(?!(?:i|we|forced|pushed|pressed)\b)/i.test(last)) return null;
  const bare = lettersPattern('final-line-bare', letters, (L) => `^(?:(?:final\\s+)?answer\\s*[:=-]?\\s*)?(?:option\\s+)?[(\\[]?\\s*([${L}])\\s*[)\\]]?[.:!]?$`, 'i');
  const m = bare.exec(last);
  if (m) return { letter: m[1]!.toUpperCase(), start: 0, end: last.length };
  const tail = lettersPattern('final-line-tail', letters, (L) => `(?:->|[,:;-]|→|=>|[.!?]\\s|\\b(?:has|is|be|choose|pick|select|with|option|answer|likely|probably|says?|means|suggests|indicates|take|picks?|chooses?|selects?|goes|go|it's|its|am)\\s|(?:^|\\s)(?:${SO_WORDS})\\s)\\s*(?:option\\s+)?[(\\[]?([${L}])[)\\]]?[.!]?$`).exec(last);
  // "A, B, C, D": the last of a list of letters is no answer
  // "any of A-D": the end of a range
  if (tail && tail[0].startsWith('-') && lettersPattern('range-start', letters, (L) => `(?:^|[^A-Za-z])[${L}]$`).test(last.slice(0, tail.index))) return null;
  if (tail && lettersPattern('letter-list-prefix', letters, (L) => `^(?:\\s*[(\\[]?[${L}][)\\]]?\\s*,)+\\s*$`).test(last.slice(0, tail.index + 1))) return null;
  // "Relevant principles: C, E": the last of a list after a label is no answer either
  if (tail && tail[0].startsWith(',') && lettersPattern('letter-list-end', letters, (L) => `(?:^|[\\s:(\\[])[(\\[]?[${L}][)\\]]?$`).test(last.slice(0, tail.index).trimEnd())) return null;
  return tail ? { letter: tail[1]!, start: tail.index, end: last.length } : null;
}

/** Letters opening lines ("C. Metformin", "C)", "C, not A"), when not ruled out. */
export function leadingLetters(lines: string[], letters: string, texts: Record<string, string> = {}): Token[] {
  const out: Token[] = [];
  for (const line of lines) {
    if (/\?\s*$/.test(line)) continue; // a line that asks ("A, B or C?") chooses nothing
    const t = readLetterAt(line, 0, letters);
    // "D - cannot be determined": the option's own text after its letter is no negation
    const own = t ? texts[t.letter] : undefined;
    const ownText = own !== undefined && normalizeText(line.slice(t!.end)).startsWith(normalizeText(own));
    // "A Singleton is what you want here": "A" before a capitalised word is the article, unless that word opens option A's text
    if (t && !ownText && /^A [A-Z][a-z]/.test(line) && line[t.end - 1] === 'A') continue;
    // "A) Sydney is the largest city, but the capital is C) Canberra": a line naming another option opens with no answer
    const other = bracketedLetters(letters);
    // …but "C. Sydney (A) is the largest city, …": a letter that is a sentence of its own answers, whatever the explanation names
    const alone = t !== null && !ownText && /^\.\s+\S/.test(line.slice(t.end));
    // …and "D. N-acetylcysteine is the antidote. … Naloxone (A) is for opioids, flumazenil (B) for …": after the sentence
    // that opens with the letter and its own text, an option named as a subject with its letter is a remark on a distractor
    const firstEnd = ownText ? line.slice(t!.end).search(/[.!?](?:\s|$)(?<!^\.\s)/) : -1;
    const remark = (m: RegExpExecArray): boolean => {
      const text = texts[(m[1] ?? m[2])!];
      if (firstEnd < 0 || m.index <= firstEnd || text === undefined) return false;
      const before = line.slice(Math.max(t!.end, t!.end + m.index - 200), t!.end + m.index).trimEnd();
      // (…not "Canberra (C) is the capital", which states an answer)
      if (/^\s*(?:is|are|was|would\s+be|seems)\s+(?:the|correct|right|best|also|actually|really)\b/i.test(line.slice(t!.end + m.index + m[0].length, t!.end + m.index + m[0].length + 40))) return false;
      return before.toLowerCase().endsWith(text.toLowerCase()) && /(?:^|[.!?;,]\s*|\b(?:and|or)\s+)$/i.test(before.slice(0, before.length - text.length));
    };
    const others = t && !alone ? allMatches(other, line.slice(t.end)).some((m) => (m[1] ?? m[2]) !== t.letter && !remark(m)) : false;
    // "A (right of speech), B (right to a jury), …": a letter with its note that a list of letters goes on from
    // "A would be correct if the patient had taken opioids": a letter that would be right under another condition
    if (t && RIGHT_IF.test(line.slice(t.end, t.end + 100))) continue;
    if (t && lettersPattern('noted-list', letters, (L) => `^\\s*\\([^)\\n]{0,80}\\)\\s*(?:,|and|or)\\s*[(\\[]?[${L}](?![A-Za-z])`).test(line.slice(t.end))) continue;
    if (t && !others && (ownText || !isNegated(line, t, letters)) && /^\s*(?:$|[.:)\-\],]|\s)/.test(line.slice(t.end))) out.push(t);
  }
  return out;
}

/** The option whose whole text is the clause at `pos` ("so tuple.", "it has to be collateral estoppel, since…"), or null. */
function clauseOption(text: string, pos: number, options: Option[]): Token | null {
  const clause = /^(?:[^,.;:!?\n]|\.(?=\d))*?(?=\s+(?:because|since|as|given|which|here|then|again|instead)\b|[,;:!?\n]|\.(?!\d)|$)/i.exec(text.slice(pos, pos + 200))?.[0] ?? '';
  // "so overall O(n log n)": an adverb before the option is not part of it
  const letter = wholeOption(clause.replace(/^\s*(?:overall|ultimately|altogether|in\s+total|in\s+the\s+end)\s+/i, ''), options);
  return letter === null ? null : { letter, start: pos, end: pos + clause.length };
}

/** Softer statements ("I think it's (c)", "probably D", "so C"). */
export function softStatements(text: string, letters: string, flags: { either: boolean }, options: Option[] = []): Token[] {
  const found: Token[] = [];
  for (const m of allMatches(SOFT_CUES, text)) {
    const at = m.index + m[0].length;
    // "so C", "so tuple.", "so the last."
    const place = readOrdinalAt(text, at, letters);
    const t = readLetterAt(text, at, letters, false, flags) ?? clauseOption(text, at, options) ?? (place && /^\s*(?:[.!]|$)/.test(text.slice(place.end, place.end + 2)) ? place : null);
    // "an inferior MI, which would point to B": what another case would point to is no answer
    // "If the exam follows the old guideline, I'd say C.": a statement in a conditional sentence answers one case only
    if (t && !isNegated(text, t, letters) && !CONDITIONAL_POINTER.test(text.slice(Math.max(0, t.start - 60), t.start)) && !hypothetical(text, t.start)) found.push(t);
  }
  return found;
}

/** Words before an option's text that rule it out: "not Sydney", "rather than warfarin", "doesn't amount to thyroid storm". */
const RULED_OUT_BEFORE = /(?:(?:\bnot|n t|\bnever)(?:\s+(?:amount|point|fit|suggest|indicate|support|look|sound|seem|mean|qualify|count|constitute|rise|correspond|match|consistent|compatible)\w*(?:\s+(?:to|with|like|as))?)?|\b(?:neither|nor|rather than|instead of|over|except|exclude|rule out|eliminate|avoid|avoiding|against|discontinue|stop|without))\s+(?:(?:a|an|the)\s+)?$/;

/** Letters whose option text the reply names (near misses included), outermost when one text holds another. */
export function optionTexts(text: string, options: Option[]): string[] {
  return [...new Set(optionHits(text, options).map((h) => h.letter))];
}

/** Where option texts are named (word positions in the normalised text, `words` its length), outermost hits, negated ones left out. */
export function optionHits(text: string, options: Option[]): Array<{ letter: string; at: number; end: number; words: number }> {
  const said = normalizeText(text);
  const words = said === '' ? [] : said.split(' ');
  const hits: Array<{ letter: string; len: number; at: number; end: number }> = [];
  const maxSpan = Math.max(1, ...options.flatMap((o) => o.words.map((w) => w.length)));
  const saysNo = new Map<string, boolean>();
  const rowSaysNo = (word: string): boolean => {
    let got = saysNo.get(word);
    if (got === undefined) saysNo.set(word, (got = new RegExp(`${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\W{0,3}?\\s*[-—–:|]\\s*no\\b(?=\\s*(?:[(.,;:)!]|$))`, 'im').test(text)));
    return got;
  };
  // end of the last option text ruled out: "not Sydney or Melbourne" rules out both
  let ruledOutEnd = -1;
  for (let at = 0; at < words.length; at += 1) {
    const hit = bestAt(words, at, options);
    if (hit === null) continue;
    const before = `${words.slice(Math.max(0, at - 6), at).join(' ')} `;
    // (past the ruled-out option's own letter: "not Sydney (A) or Melbourne (B)")
    const gap = ruledOutEnd >= 0 && (words[ruledOutEnd] ?? '').length === 1 && /^(?:or|and|nor)$/.test(words[ruledOutEnd + 1] ?? '') ? ruledOutEnd + 1 : ruledOutEnd;
    const listed = ruledOutEnd >= 0 && at - gap === 1 && /^(?:or|and|nor)$/.test(words[gap] ?? '');
    if (listed || RULED_OUT_BEFORE.test(before)) {
      ruledOutEnd = at + hit.span;
      continue;
    }
    // "pertussis isn't right", "warfarin is wrong": ruled out after its name
    const after = words.slice(at + hit.span, at + hit.span + 4).join(' ');
    if (/^(?:(?:is|are|was|would be)\s+(?:not|wrong|incorrect|unlikely|false|less likely|ruled out|excluded|out|contraindicated|inappropriate)|isn t|aren t|wasn t|doesn t|does not|can t|cannot)\b/.test(after)) continue;
    // "Dermatomyositis — no (anti-Jo-1)": a row's "no" after the option's name, as a verdict of its own (not "Assault: no contact was made")
    // (whether the text holds such a row depends on the word only: looked up once per word, not once per place it is named,
    // a scan of the whole text each: 16,000 times "Heparin? No." took 5 s)
    if (/^no\b(?! (?:doubt|question|longer|matter|more|less|one|other|need|wonder|surprise)\b)/.test(after) && rowSaysNo(words[at + hit.span - 1]!)) continue;
    hits.push({ letter: hit.letter, len: hit.len, at, end: at + hit.span });
  }
  // hits are in word order, one per place: only the few before a hit can hold it
  const outer = hits.filter((h, i) => {
    for (let k = i - 1; k >= 0 && hits[k]!.at >= h.at - maxSpan; k -= 1) if (hits[k]!.len > h.len && hits[k]!.end >= h.end) return false;
    return true;
  });
  const named = outer.map((h) => ({ letter: h.letter, at: h.at, end: h.end, words: words.length }));
  // "vitamins A and D": an option text joined to another option's letter names both
  for (const h of outer) {
    const other = words[h.end + 1];
    if (/^(?:and|or|nor)$/.test(words[h.end] ?? '') && other !== undefined && other.length === 1) {
      const letter = options.find((o) => o.letter.toLowerCase() === other)?.letter;
      if (letter !== undefined) named.push({ letter, at: h.end + 1, end: h.end + 2, words: words.length });
    }
  }
  return named;
}

/** References ("option C", "(C)"), when not ruled out. */
export function references(text: string, letters: string): Token[] {
  const found: Token[] = [];
  const patterns = [
    lettersPattern('reference-named', letters, (L) => `\\b(?:option|choice|opt\\.?|alternativa|opci[oó]n|op[çc][ãa]o)\\s+[(\\[]?[${L}](?![A-Za-z])`, 'gi'),
    lettersPattern('reference-bracketed', letters, (L) => `[(\\[]\\s*[${L}]\\s*[)\\]]`, 'gi'),
    // "विकल्प B", "вариант C", "选项 D", "Antwort A", "phương án B": an option's noun in another language before its letter
    lettersPattern('reference-named-ml', letters, (L) => `(?<![\\p{L}])(?:विकल्प|вариант|選択肢|选项|選項|보기|الخيار|phương\\s+án|seçenek|opcja|optie|opzione|antwort)\\s*[(\\[]?[${L}](?![\\p{L}])`, 'giu'),
  ];
  for (const p of patterns) {
    for (const m of allMatches(p, text)) {
      // "Rule 801(d)(2)", "§ 2-207(b)": a bracketed letter right after a number or before another bracket cites a rule
      // (not after a letter of another script: "申立て（B）" names option B)
      if (/^[(\[]/.test(m[0]) && (/[\p{Script=Latin}\p{N})\]]/u.test(text[m.index - 1] ?? '') || /^[(\[]/.test(text.slice(m.index + m[0].length)))) continue;
      const t = readLetterAt(text, m.index, letters, true);
      // "Option A or B": a letter joined to another refers to both, chooses neither
      if (t && readLetterAt(text, m.index, letters) !== null && !isNegated(text, t, letters)) found.push(t);
    }
  }
  return found;
}
