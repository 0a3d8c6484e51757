/**
 * @module scorers/label-claims — yes/no answers that state the question's claim is lacking or unshown:
 * "Diversity jurisdiction is lacking" to "Is there diversity jurisdiction?", "The study does not show
 * that vitamin D prevents falls" to "Do higher vitamin D levels prevent falls?".
 */
import { sameWord, tokenize, type Word } from './label-forms.js';
import type { PredicateStatement } from './label-question.js';

/** After the predicate opening a clause: a state that denies it or affirms it. */
const LACKING = /^(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:lacking|absent|missing|unavailable|defeated|destroyed|precluded|barred|not\s+(?:present|met|satisfied|available|established))\b/;
const PRESENT = /^(?:exists?|(?:is|are)\s+(?:\w+ly\s+)?(?:present|proper|available|satisfied|met|established))\b/;
const OPEN = new Set(['.', '!', '?', ';', ':', '\n', ',', '-', '—', '–']);

/** "Diversity jurisdiction is lacking" (No), "Hearsay is present" (Yes): the predicate opening a clause, then its state. */
export function stateStatements(tokens: Word[], predicate: string[]): PredicateStatement[] {
  const out: PredicateStatement[] = [];
  for (let i = 0; i + predicate.length <= tokens.length; i += 1) {
    let k = i;
    while (k > 0 && /^(?:the|a|an|complete|federal)$/.test(tokens[k - 1]!.w)) k -= 1;
    // "…, so diversity jurisdiction is not present": a connective may open the clause
    if (k > 0 && /^(?:so|thus|hence|therefore|and|but|because|since)$/.test(tokens[k - 1]!.w)) k -= 1;
    if (k > 0 && !OPEN.has(tokens[k - 1]!.w)) continue;
    if (!predicate.every((w, n) => !tokens[i + n]!.punct && sameWord(tokens[i + n]!.w, w))) continue;
    const after = tokens.slice(i + predicate.length, i + predicate.length + 5).map((t) => t.w).join(' ');
    if (LACKING.test(after)) out.push({ positive: false, at: i, hedged: false });
    else if (PRESENT.test(after)) out.push({ positive: true, at: i, hedged: false });
  }
  return out;
}

/** Words of the question too common to tie a claim to it. */
const COMMON = new Set(['does', 'do', 'did', 'is', 'are', 'was', 'were', 'the', 'a', 'an', 'of', 'in', 'for', 'with', 'and', 'or', 'to', 'than', 'that', 'this', 'there', 'have', 'has', 'patients', 'study', 'adults']);
const DENIED_SHOWING = /^(?:does|do|did)\s+not|^(?:doesn't|don't|didn't|cannot|can't|fails?\s+to|failed\s+to|not)$/;
const SHOW = /^(?:show|shows|demonstrate|demonstrates|prove|proves|establish|establishes|confirm|confirms)$/;

/**
 * "The study does not show that vitamin D prevents falls": a denied showing whose clause holds two
 * or more of the question's words (four letters or longer) denies the question's claim.
 */
export function deniedClaims(tokens: Word[], input: string): Array<PredicateStatement & { end: number }> {
  const q = (input.match(/[^.?!\n]*\?/g) ?? []).pop();
  if (q === undefined) return [];
  const words = [...new Set(tokenize(q).filter((t) => !t.punct && t.w.length >= 4 && !COMMON.has(t.w)).map((t) => t.w))];
  const out: Array<PredicateStatement & { end: number }> = [];
  for (let i = 1; i < tokens.length; i += 1) {
    if (!SHOW.test(tokens[i]!.w)) continue;
    const before = [tokens[i - 2]?.w, tokens[i - 1]!.w].filter((w) => w !== undefined).join(' ');
    if (!DENIED_SHOWING.test(before) && !DENIED_SHOWING.test(tokens[i - 1]!.w)) continue;
    let shared = 0;
    let k = i + 1;
    for (; k < tokens.length && k <= i + 16 && !['.', '!', '?', ';', '\n', ','].includes(tokens[k]!.w); k += 1) {
      if (words.some((w) => sameWord(tokens[k]!.w, w))) shared += 1;
    }
    // `end`: the claim's clause, whose own verb ("lowers") is the claim denied, not a statement of it
    if (shared >= 2) out.push({ positive: false, at: i, hedged: false, end: k });
  }
  return out;
}
