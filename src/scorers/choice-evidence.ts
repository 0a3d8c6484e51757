/**
 * @module scorers/choice-evidence — every place a reply points at an option, by kind.
 *
 * Each finder returns candidates (a letter and where it was read); none decides.
 * Kinds, from the most explicit: final-answer cues (in several languages, ordinals
 * and option text after a cue included), per-option verdicts, a bare last line,
 * lines opening with a letter, ordinal references, softer statements, the text of
 * an option, references such as "(C)". The resolver (choice-extract) weighs them.
 */
import { isNegated, readLetterAt, type Token } from './choice-letters.js';
import { readOrdinalAt } from './choice-ordinals.js';
import { normalizeText } from './normalize.js';
import { phraseDistance } from './option-words.js';

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
  flags: { either: boolean };
  /** True when an option's text is a number: then "2" names that option, not the second one. */
  numeric?: boolean;
}

/** Words after which "C is correct" reads as a statement ("so C is correct"); after others ("hepatitis B is…") the letter is a name. */
const LEAD_INS = new Set([
  'so', 'therefore', 'thus', 'hence', 'and', 'but', 'then', 'clearly', 'answer', 'letter', 'overall',
  'conclusion', 'summary', 'here', 'that', 'why', 'means', 'option', 'choice', 'think', 'believe', 'thinking',
  'only', 'however', 'yes', 'instead', 'rather', 'now', 'wait', 'no', 'actually',
]);

const ML = String.raw`(?<![\p{L}])`;

const FINAL_CUES: RegExp[] = [
  /\b(?:final\s+|correct\s+|best\s+|right\s+|my\s+|the\s+)?(?:answer|ans)\b\.?(?:\s+(?:choice|option|letter))?["']?\s*(?:is\s*:?|would\s+be|should\s+be|will\s+be|must\s+be|->|=>|=|:|-)?\s*/gi,
  /\banswer\b[^.\n]{1,40}?\b(?:is|would\s+be|should\s+be)\s*:?\s*/gi,
  /\b(?:correct|best|right|most\s+(?:likely|appropriate|accurate)|preferred|final)\s+(?:option|choice|response|selection|diagnosis|treatment|management|drug|next\s+step|step|organism|cause|pick|one|letter|answer)\s*(?:here\s+)?(?:is\s*:?|would\s+be|->|=>|=|:|-)?\s*/gi,
  /\b(?:i(?:'d|\s+would|\s+will|'ll|\s+must|\s+have\s+to|'d\s+have\s+to|\s+would\s+have\s+to|\s+had\s+to)?|we(?:'d|\s+would)?|let's|going)\s+(?:choose|pick|select|go\s+with|go\s+for|opt\s+for|answer(?:\s+with)?|with|lean(?:ing)?(?:\s+(?:towards?|to))?|settle\s+on|vote\s+for|stick\s+with|mark|circle|say|guess|prefer|recommend|suggest)\s*:?\s*/gi,
  /\b(?:makes?|making)\s+(?:it|the\s+answer|the\s+correct\s+(?:answer|option|choice))\s*:?\s*/gi,
  /\bmy\s+(?:choice|pick|selection)\s+(?:is|would\s+be)\s*:?\s*/gi,
  /(?:^|[.!?;]\s+|\n)\s*(?:go\s+with|go\s+for)\s+/gi,
  /(?:^|[.!?;]\s+|\n)\s*(?:final|selected|selection|correct|response|choice|pick|verdict|result|solution|sol|soln|conclusion|correction|i\s+meant)(?:\s+(?:decision|answer|choice|pick|selection|verdict|response|letter|call))?\s*(?:->|=>|[:=-])?\s*(?=\S)/gi,
  /\b(?:that|which)\s+(?:applies|fits|works|is\s+(?:correct|right|needed|required|indicated))\s+(?:here\s+)?is\s*:?\s*/gi,
  /\b(?:only|leaving|leaves|left\s+with|remaining\s+(?:option|choice)\s+is|that\s+leaves)\s+/gi,
  new RegExp(`${ML}(?:a\\s+|la\\s+)?(?:alternativa|op[çc][ãa]o|opci[óo]n)\\s+(?:correta|certa|correcta)\\s*(?:[ée]|es|seria|ser[ií]a)?\\s*(?:a\\s+|o\\s+|la\\s+)?:?\\s*`, 'giu'),
  /\bthe\s+(?:one|option|choice)\s+(?:that|which)\s+[^.\n]{1,80}?\s+is\s+/gi,
  new RegExp(`${ML}(?:la\\s+)?respuesta(?:\\s+correcta)?(?:\\s+(?:es|ser[ií]a|ser[áa]))?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}(?:la\\s+)?(?:bonne\\s+)?r[ée]ponse(?:\\s+correcte)?(?:\\s+(?:est|serait|sera))?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}(?:die\\s+)?(?:richtige\\s+|korrekte\\s+)?antwort(?:\\s+(?:ist|lautet|w[äa]re))?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}(?:a\\s+)?resposta(?:\\s+correta|\\s+certa)?(?:\\s+(?:[ée]|seria|ser[áa]))?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}(?:la\\s+)?risposta(?:\\s+corretta|\\s+giusta)?(?:\\s+(?:[èe]|sarebbe|sar[àa]))?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}(?:правильный\\s+|верный\\s+)?ответ\\s*(?:[-:]|это)?\\s*`, 'giu'),
  new RegExp(`${ML}(?:सही\\s+)?उत्तर\\s*(?:है)?\\s*:?\\s*`, 'gu'),
  /(?:正确|正確)?答案(?:应该|應該)?(?:是|为|為|选|選|應為|应为)?\s*:?\s*|(?:我)?(?:选择|選擇|选|選)\s*|正解(?:は|:)?\s*|答え(?:は|:)?\s*|정답(?:은|는|:)?\s*/gu,
  new RegExp(`${ML}(?:het\\s+)?(?:juiste\\s+)?antwoord(?:\\s+is)?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}jawaban(?:nya)?(?:\\s+yang\\s+benar)?(?:\\s+adalah)?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}(?:doğru\\s+)?cevap\\s*:?\\s*|${ML}odpowied[źz]\\s*:?\\s*`, 'giu'),
];

const SOFT_CUES =
  /\b(?:it's|it\s+is|c'est|je\s+pense\s+que\s+c'est|it\s+must\s+be|(?:it|this|that)\s+(?:has\s+to|has\s+got\s+to|needs\s+to)\s+be|it\s+should\s+be|it\s+would\s+be|that's|that\s+is|probably|likely|i\s+think|i\s+believe|i\s+guess|i'd\s+say|i\s+would\s+say|my\s+guess\s+is|therefore,?|thus,?|hence,?|so,?|but(?:\s+rather)?|definitely|clearly|certainly|surely|suggests?|points?\s+to|indicates?|favou?rs?)\s*/gi;

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

/** The option whose text opens the sentence at `pos` ("the answer is metformin"), longest first. */
function readOptionTextAt(text: string, pos: number, options: Option[]): Token | null {
  const sentence = text.slice(pos, pos + 300).split(/\n|[.!?;](?=\s+[A-Z]|\s*$)|,\s/)[0] ?? '';
  const said = normalizeText(sentence).replace(/^(?:the|an|a|option|choice)\s+/, '');
  if (said === '') return null;
  const best = bestAt(said.split(' '), 0, options);
  return best ? { letter: best.letter, start: pos, end: pos + sentence.length } : null;
}

/** What a cue at `at` points to: a letter, an ordinal, or an option's text. */
function readAfterCue(text: string, cueEnd: number, ev: Evidence): Token | null {
  // "die richtige Antwort ist also A", "the answer is therefore C": a connective after the cue
  const at = cueEnd + (/^(?:also|thus|so|therefore|hence|then|clearly|definitely|probably|certainly|indeed|obviously|dann|daher|donc|entonces|então|quindi|allora|alors)\s*,?\s+/i.exec(text.slice(cueEnd, cueEnd + 20))?.[0].length ?? 0);
  const letter = readLetterAt(text, at, ev.letters, false, ev.flags);
  if (letter) return isNegated(text, letter, ev.letters) ? null : letter;
  const ord = readOrdinalAt(text, at, ev.letters);
  if (ord) return isNegated(text, ord, ev.letters) ? null : ord;
  // "Answer: 2": a bare option number right after a cue
  const digit = /^\s*(?:#|no\.?\s*|number\s*)?[(\[]?([1-9])[)\]]?\s*(?:[.)]\s+[A-Z]|[.)]?\s*$)/.exec(text.slice(at, at + 16).split('\n')[0] ?? '');
  if (digit && !ev.numeric && Number(digit[1]) <= ev.letters.length) return { letter: ev.letters[Number(digit[1]) - 1]!, start: at, end: at + digit[0].length };
  return readOptionTextAt(text, at, ev.options);
}

/** Explicit final-answer statements ("the answer is C", "C is correct", "only C remains", "La respuesta es C"). */
export function finalCues(text: string, ev: Evidence, cut = false): Token[] {
  const found: Token[] = [];
  for (const cue of FINAL_CUES) {
    for (const m of text.matchAll(cue)) {
      // in a reply cut by the token limit only an explicit answer counts, not "that leaves …"
      if (cut && /^\s*(?:only|leaving|leaves|left|that\s+leaves|remaining)/i.test(m[0])) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      // "only C remains", "only apixaban satisfies all three" (not "only warfarin needs monitoring")
      if (/^\s*(?:only|leaving|leaves|left)/i.test(m[0]) && !/^(?:option\s+|choice\s+)?[(\[]?[A-Z](?![A-Za-z])/.test(after) && !/^[^.,;:\n]{1,60}?\s(?:satisfies|meets|fits|fulfils|fulfills|matches|remains|is\s+left|works|explains|qualifies|covers|has\s+a|has\s+an|has\s+the)\b/i.test(after)) continue;
      const t = readAfterCue(text, m.index + m[0].length, ev);
      if (t) found.push(t);
    }
  }
  const before = new RegExp(
    `(?:option\\s+|choice\\s+)?[(\\[]?\\b([${ev.letters}])\\b[)\\]]?,?\\s*(?:(?:is|would\\s+be|seems\\s+to\\s+be|appears\\s+to\\s+be|must\\s+be)\\s+(?:the\\s+|definitely\\s+|clearly\\s+)?(?:correct|right|best|better|preferable|preferred|most\\s+(?:likely|appropriate|accurate)|true\\b|accurate|answer)|fits\\s+(?:best|better)|remains\\b|is\\s+left\\b|it\\s+is\\b|makes\\s+(?:the\\s+)?most\\s+sense|is\\s+the\\s+one\\b|is\\s+it\\b|is\\s+my\\s+(?:answer|choice|pick)|(?:seems|looks)\\s+(?:right|correct|best|most\\s+likely))`,
    'gi',
  );
  for (const m of text.matchAll(before)) {
    const letter = m[1]!;
    const letterAt = m.index + m[0].search(/\b[A-Za-z]\b/);
    if ((letter === 'a' || letter === 'i') && !/[(\[]/.test(m[0])) continue;
    if (letter !== letter.toUpperCase() && !/^(?:option|choice)|[(\[]/i.test(m[0])) continue;
    const prev = /([A-Za-z]+)[ \t]*$/.exec(text.slice(Math.max(0, m.index - 30), m.index));
    // after a word the letter may be a name ("hepatitis B is…"), unless bracketed as an option: "fidaxomicin (C) is preferred"
    if (prev && !/^(?:option|choice)|^[(\[]/i.test(m[0]) && !LEAD_INS.has(prev[1]!.toLowerCase())) continue;
    found.push({ letter: letter.toUpperCase(), start: letterAt, end: letterAt + 1 });
  }
  return found;
}

export interface Verdicts {
  positive: Map<string, number>;
  negative: Map<string, number>;
}

const GOOD = /^(?:true|correct|right|yes|valid|✓|✔|✅|☑)$/i;
const VERDICT_WORD = String.raw`(true|false|correct|incorrect|right|wrong|yes|no|valid|invalid|✓|✔|✅|☑|✗|✘|❌|❎|☒)`;

/** Per-option verdicts: "(A) false (C) true", "A ✗ … C ✓", "A: incorrect", "Right: C; wrong: A, B". */
export function verdicts(text: string, letters: string): Verdicts {
  const out: Verdicts = { positive: new Map(), negative: new Map() };
  const put = (letter: string, word: string, at: number) => {
    const L = letter.toUpperCase();
    out.positive.delete(L);
    out.negative.delete(L);
    (GOOD.test(word) ? out.positive : out.negative).set(L, at);
  };
  const row = new RegExp(
    `(?<![A-Za-z])(?:option\\s+|choice\\s+)?(\\(|\\[)?([${letters}])(\\)|\\])?(?:\\s*\\((?!\\s*(?:${VERDICT_WORD.slice(1, -1)})\\s*\\))[^)\\n]{0,80}\\)|\\s*[.):-]?\\s+(?!(?:${VERDICT_WORD.slice(1, -1)})(?![\\w-]))[^:\\n✓✔✅☑✗✘❌❎☒]{1,80}?(?=\\s*[:\\-]\\s*(?:${VERDICT_WORD.slice(1, -1)})(?![\\w-])|\\s*[✓✔✅☑✗✘❌❎☒]))?(\\s*[:.\\-)]\\s*(?:is\\s+)?|\\s+is\\s+|\\s*\\(\\s*|\\s*)${VERDICT_WORD}(?![\\w-])`,
    'gi',
  );
  let rows = 0;
  // "✗ A ✗ B ✓ C": a reply that opens with a mark puts each mark before its letter
  const markLeads = /^\s*[✓✔✅☑✗✘❌❎☒]/.test(text);
  for (const m of text.matchAll(row)) {
    const [, open, letter, close, sep, word] = m as unknown as [string, string | undefined, string, string | undefined, string, string];
    // "whether A or B is correct": a letter joined to another is no verdict on it alone
    if (new RegExp(`(?<![A-Za-z])[${letters}][)\\]]?\\s*(?:,|or|and|/|&)\\s*(?:option\\s+)?[(\\[]?$`).test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const bracket = open ?? close;
    const mark = !/^[a-z]/i.test(word);
    if (letter !== letter.toUpperCase() && !bracket) continue;
    if (!bracket && !mark && sep.trim() === '') continue;
    if (/^(?:yes|no|right)$/i.test(word) && /^\s+is\s+$/.test(sep)) continue;
    if (markLeads && mark) continue;
    put(letter, word, m.index);
    rows += 1;
  }
  // "✔ C" (the mark first) only where no row put the mark after its letter: "A ✗ B ✓" reads one way
  const markFirst = new RegExp(`(✓|✔|✅|☑|✗|✘|❌|❎|☒)[ \\t]*(?:option\\s+)?[(\\[]?([${letters}])(?![A-Za-z])`, 'g');
  if (rows === 0 || markLeads) for (const m of text.matchAll(markFirst)) put(m[2]!, m[1]!, m.index);
  const lists = new RegExp(`\\b(right|correct|true|wrong|incorrect|false)\\s*(?:answers?|options?)?\\s*:\\s*((?:[(\\[]?[${letters}][)\\]]?(?![A-Za-z])\\s*(?:,|and|&|/)?\\s*)+)`, 'gi');
  for (const m of text.matchAll(lists)) {
    for (const l of m[2]!.match(new RegExp(`[${letters}]`, 'gi')) ?? []) put(l, m[1]!, m.index);
  }
  return out;
}

/** The letter a last line gives on its own ("C", "(C)", "Answer - c", "Based on the above, C."), or null. */
export function finalLine(lines: string[], letters: string): Token | null {
  const last = lines[lines.length - 1];
  if (last === undefined || /\?\s*$/.test(last)) return null;
  const bare = new RegExp(`^(?:(?:final\\s+)?answer\\s*[:=-]?\\s*)?(?:option\\s+)?[(\\[]?\\s*([${letters}])\\s*[)\\]]?[.:!]?$`, 'i');
  const m = bare.exec(last);
  if (m) return { letter: m[1]!.toUpperCase(), start: 0, end: last.length };
  const tail = new RegExp(`(?:->|[,:;-]|→|=>|[.!?]\\s|\\b(?:has|is|be|choose|pick|select|with|option|answer|likely|probably|says?|means|suggests|indicates|take|picks?|chooses?|selects?|goes|go|it's|its|am)\\s)\\s*(?:option\\s+)?[(\\[]?([${letters}])[)\\]]?[.!]?$`).exec(last);
  // "A, B, C, D": the last of a list of letters is no answer
  if (tail && new RegExp(`^(?:\\s*[(\\[]?[${letters}][)\\]]?\\s*,)+\\s*$`).test(last.slice(0, tail.index + 1))) return null;
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
    // "A) Sydney is the largest city, but the capital is C) Canberra": a line naming another option opens with no answer
    const other = new RegExp(`[(\\[]([${letters}])[)\\]]|(?<![A-Za-z])([${letters}])\\)`, 'g');
    const others = t ? [...line.slice(t.end).matchAll(other)].some((m) => (m[1] ?? m[2]) !== t.letter) : false;
    if (t && !others && (ownText || !isNegated(line, t, letters)) && /^\s*(?:$|[.:)\-\],]|\s)/.test(line.slice(t.end))) out.push(t);
  }
  return out;
}

/** The option whose whole text is the clause at `pos` ("so tuple.", "it has to be collateral estoppel, since…"), or null. */
function clauseOption(text: string, pos: number, options: Option[]): Token | null {
  const clause = /^[^,.;:!?\n]*?(?=\s+(?:because|since|as|given|which|here|then|again|instead)\b|[,.;:!?\n]|$)/i.exec(text.slice(pos, pos + 200))?.[0] ?? '';
  const words = normalizeText(clause).replace(/^(?:the|an|a)\s+/, '').split(' ');
  if (words[0] === '') return null;
  const best = bestAt(words, 0, options);
  return best && best.span === words.length ? { letter: best.letter, start: pos, end: pos + clause.length } : null;
}

/** Softer statements ("I think it's (c)", "probably D", "so C"). */
export function softStatements(text: string, letters: string, flags: { either: boolean }, options: Option[] = []): Token[] {
  const found: Token[] = [];
  for (const m of text.matchAll(SOFT_CUES)) {
    const at = m.index + m[0].length;
    // "so C", "so tuple.", "so the last."
    const place = readOrdinalAt(text, at, letters);
    const t = readLetterAt(text, at, letters, false, flags) ?? clauseOption(text, at, options) ?? (place && /^\s*(?:[.!]|$)/.test(text.slice(place.end, place.end + 2)) ? place : null);
    if (t && !isNegated(text, t, letters)) found.push(t);
  }
  return found;
}

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
  // end of the last option text ruled out: "not Sydney or Melbourne" rules out both
  let ruledOutEnd = -1;
  for (let at = 0; at < words.length; at += 1) {
    const hit = bestAt(words, at, options);
    if (hit === null) continue;
    const before = `${words.slice(Math.max(0, at - 6), at).join(' ')} `;
    const listed = ruledOutEnd >= 0 && at - ruledOutEnd === 1 && /^(?:or|and|nor)$/.test(words[ruledOutEnd] ?? '');
    if (listed || /\b(?:not|n t|neither|nor|rather than|instead of|over|except|exclude|rule out|eliminate|avoid|avoiding|against|discontinue|stop|without)\s+(?:(?:a|an|the)\s+)?$/.test(before)) {
      ruledOutEnd = at + hit.span;
      continue;
    }
    // "pertussis isn't right", "warfarin is wrong": ruled out after its name
    const after = words.slice(at + hit.span, at + hit.span + 4).join(' ');
    if (/^(?:(?:is|are|was|would be)\s+(?:not|wrong|incorrect|unlikely|false|less likely|ruled out|excluded)|isn t|aren t|wasn t|doesn t|does not|can t|cannot)\b/.test(after)) continue;
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
    new RegExp(`\\b(?:option|choice|opt\\.?)\\s+[(\\[]?[${letters}](?![A-Za-z])`, 'gi'),
    new RegExp(`[(\\[]\\s*[${letters}]\\s*[)\\]]`, 'gi'),
  ];
  for (const p of patterns) {
    for (const m of text.matchAll(p)) {
      const t = readLetterAt(text, m.index, letters, true);
      if (t && !isNegated(text, t, letters)) found.push(t);
    }
  }
  return found;
}
