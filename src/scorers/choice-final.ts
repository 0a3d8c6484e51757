/**
 * @module scorers/choice-final — the reply's concluding sentence, read on its own.
 *
 * A reader who finds options discussed all through a reply takes the one its last
 * sentence states: "… The capital of Australia is Canberra.", "Conclusion: the first
 * Roman emperor was Augustus.", "LIFO → stack. (A queue is FIFO.)" (an aside in
 * brackets is not the conclusion). An option counts where a clause ends on it ("… is
 * Canberra"), not where it is the subject ("Metformin is used in another"). After a "but"
 * or "however", the clause after it is the statement ("A) Sydney is the largest city, but
 * the capital is C) Canberra"). A last sentence that asks, hedges, or is a per-option line
 * ("D) Perth: a state capital") concludes nothing.
 */
import { optionHits, references, type Evidence } from './choice-evidence.js';
import { lettersPattern } from './choice-letters.js';
import { CROSSES } from './marks.js';
import { optionRowHead, optionRows } from './choice-lines.js';
import { normalizeText } from './normalize.js';
import { allMatches } from './matches.js';

const HEDGED = /\b(?:either|split|torn|between|vs\b|versus|tough\s+call|hard\s+call|toss[\s-]up|or\s+(?:maybe|perhaps)|could\s+be|might\s+be|may\s+be|possibly|perhaps|unsure|not\s+sure|depend(?:s|ing)?|both|neither|whether|guess(?:ing)?)\b/i;
/** A sentence closed by a cross ("Perth ✗") rules its option out. */
const CROSSED = new RegExp(`[${CROSSES}][\\s.]*$`);
const CONTRAST = /\b(?:but|however|whereas|yet)\b/gi;

/** The sentences of `text` in order: split at line breaks and sentence ends; asides in brackets and questions dropped. */
function sentences(text: string): string[] {
  return text
    .split('\n')
    // not after a lone letter: "D. Pioglitazone" is one sentence
    .flatMap((line) => line.split(/(?<=[.!?])(?<!(?:^|[\s(\[])[A-Za-z][.!?])\s+(?=\S)/))
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^\(.*\)[.!]?$/.test(s) && !/\?\s*$/.test(s) && !CROSSED.test(s));
}

/** The options `text` states: named at the end of a clause ("… is Canberra", "give IM epinephrine immediately"), not as its subject. */
function namedIn(text: string, ev: Evidence): Set<string> {
  const named = new Set<string>();
  /** Named by a letter ("… (C)"), not by text. */
  const byLetter = new Set<string>();
  // each clause on its own: an aside after a dash or semicolon is not the statement ("is a written document - that's only required …")
  // ("insertion sort (C) rather than merge sort (B)": "rather than" opens a clause of its own)
  // (one blank before it, not "\s+": from every place of a long run of blanks that would rescan the run)
  const parts = text.split(/\s-\s|,\s|;\s*|\s(?=(?:rather\s+than|instead\s+of)\s)/);
  let naming = 0;
  /** Options a clause of this sentence ruled out ("not the stroma (A)"). */
  const denied = new Set<string>();
  for (const part of parts) {
    // "…, not negligence (D)", "…, no Sídney (A)": a clause that rules an option out names no answer
    if (/^\s*(?:not|no|rather\s+than|instead\s+of|unlike|except)\b/i.test(part)) {
      for (const o of [...optionHits(part, ev.options), ...references(part, ev.letters)]) denied.add(o.letter);
      continue;
    }
    const hits = optionHits(part, ev.options);
    const refs = references(part, ev.letters);
    // "… (B), not the stroma (A) - the stroma is where the Calvin cycle takes place": an aside on an option just ruled out
    if (hits.length + refs.length > 0 && [...hits, ...refs].every((o) => denied.has(o.letter))) continue;
    if (hits.length + refs.length > 0) naming += 1;
    // "Nile > Amazon > Yangtze > Mississippi": a clause naming three options or more lists them
    if (new Set(hits.map((h) => h.letter)).size >= 3) return new Set();
    // "x = 2 or x = 3": a clause that offers options as alternatives names each
    if (new Set(hits.map((h) => h.letter)).size >= 2 && /\bor\b/i.test(part)) return new Set(hits.map((h) => h.letter));
    for (const h of hits) {
      if (h.words - h.end > 1) continue;
      named.add(h.letter);
      // "the cerebellum and basal ganglia": options joined by "and" are named together
      const between = (o: { end: number }): string => normalizeText(part).split(' ').slice(o.end, h.at).join(' ');
      const joined = hits.find((o) => o.letter !== h.letter && o.end < h.at && h.at - o.end <= 2 && /^(?:and|nor|plus)(?: the| an| a)?$/.test(between(o)));
      if (joined) named.add(joined.letter);
    }
    for (const r of refs) {
      if (!/^[\s.!)\]*]*$/.test(part.slice(r.end))) continue;
      named.add(r.letter);
      byLetter.add(r.letter);
    }
  }
  // clauses that each name options state facts about them ("G pairs with C, and A pairs with T in DNA");
  // one clause naming options may follow an aside ("Since the question says DNA, thymine")
  if (naming > 1) return new Set();
  // "Gout - no, the fluid is clear": an option named by its text that the whole sentence rules out is not stated by its clause
  const standing = new Set(optionHits(text, ev.options).map((h) => h.letter));
  return new Set([...named].filter((l) => standing.has(l) || byLetter.has(l)));
}

/** The option the reply's last sentence states, or null. */
export function finalSentence(text: string, ev: Evidence): string | null {
  const last = sentences(text).pop();
  if (last === undefined || HEDGED.test(last)) return null;
  const cuts = allMatches(CONTRAST, last);
  // the clause after the last "but"/"however" states the answer when it names one
  if (cuts.length > 0) {
    const cut = cuts[cuts.length - 1]!;
    const inTail = namedIn(last.slice(cut.index + cut[0].length), ev);
    return inTail.size === 1 ? [...inTail][0]! : null;
  }
  // a per-option line ("D) Perth — a state capital", "Option B: …") discusses, it does not conclude
  // (…or a dash: "Option D - no.")
  if (lettersPattern('option-opener-dash', ev.letters, (L) => `^(?:option\\s+|choice\\s+)?[(\\[]?[${L}](?:[)\\].:]|\\s+[-–—])\\s`, 'i').test(last)) return null;
  // …nor does the last of rows headed by options' texts ("Imatinib – BCR-ABL\nRituximab – anti-CD20")
  if (optionRowHead(last, ev) !== null && optionRows(text, ev) >= 3) return null;
  const named = namedIn(last, ev);
  return named.size === 1 ? [...named][0]! : null;
}

/** "**Ribosome** is the answer.", "Strict liability would be the correct answer": an option's text just before "is the answer", or null. */
export function textBeforeCue(text: string, ev: Evidence): string | null {
  let found: string | null = null;
  // "Metformin it is.", and "… is the safer choice"
  // each run of blanks is tried from its start only ("(?<!\s)"): from every blank of a long run, "\s+" would rescan the rest (quadratic)
  for (const m of text.matchAll(/(?<!\s)(?:\s+it\s+is(?=\s*(?:[.!]\s*)?$|\s*[.!]\s)|\s+(?:is|would\s+be|must\s+be)\s+(?:the\s+|my\s+)?(?:correct\s+|right\s+|best\s+|final\s+|better\s+|safer\s+|safest\s+|preferred\s+|most\s+appropriate\s+)?(?:answer|choice|option)\b)/gi)) {
    const start = Math.max(text.lastIndexOf('\n', m.index), text.slice(0, m.index).search(/[^.!?]*$/));
    const span = text.slice(start, m.index);
    const hit = optionHits(span, ev.options).find((h) => h.end === h.words);
    if (hit) found = hit.letter;
  }
  return found;
}

/** "Gibraltar, not the Bosporus.": a sentence that is one option's text set against another's; the last such, or null. */
export function contrastPair(text: string, ev: Evidence): string | null {
  let found: string | null = null;
  for (const s of sentences(text)) {
    // the first "not"/"rather than" found by one scan ("^(.+?),?\s+…" retried at every blank of a long sentence, quadratically)
    const cut = /(?<=\S),?\s+(?:not|rather\s+than|instead\s+of|over)\s+(?=\S)/i.exec(s);
    const m = cut === null ? null : [s, s.slice(0, cut.index), s.slice(cut.index + cut[0].length).replace(/[.!]$/, '')];
    // "Sydney - not the capital": after a dash or colon, "not" rules out what came before
    if (!m || /[-:]$/.test(m[1]!)) continue;
    const chosen = optionHits(m[1]!, ev.options).filter((h) => h.at === 0 && h.end === h.words);
    const other = optionHits(`x ${m[2]!}`, ev.options);
    if (chosen.length === 1 && other.some((h) => h.letter !== chosen[0]!.letter)) found = chosen[0]!.letter;
  }
  return found;
}
