/**
 * @module scorers/label-elliptic — yes/no answers that repeat only the question's auxiliary: "It isn't." to
 * "Is it hearsay?", "It does: thirty days" to "Does the clause require notice?".
 */
import type { Word } from './label-forms.js';
import type { PredicateStatement } from './label-question.js';

/** The auxiliary families a yes/no question opens with, and how an answer says each. */
const AUXILIARIES: Array<{ ask: RegExp; yes: string[]; no: string[] }> = [
  { ask: /^(?:is|are|was|were)$/, yes: ['is', 'are', 'was', 'were'], no: ["isn't", "aren't", "wasn't", "weren't"] },
  { ask: /^(?:does|do|did)$/, yes: ['does', 'do', 'did'], no: ["doesn't", "don't", "didn't"] },
  { ask: /^(?:can|could)$/, yes: ['can', 'could'], no: ["can't", 'cannot', "couldn't"] },
  { ask: /^(?:will|would)$/, yes: ['will', 'would'], no: ["won't", "wouldn't"] },
  { ask: /^(?:should|must|shall)$/, yes: ['should', 'must', 'shall'], no: ["shouldn't", "mustn't"] },
  { ask: /^(?:has|have)$/, yes: ['has', 'have'], no: ["hasn't", "haven't"] },
];
const SUBJECT = /^(?:it|this|that|there|he|she|they)$/;
/** "it's", "that's", "there's", "they're": a subject with its copula. */
const SUBJECT_IS = /^(?:it|that|there|he|she)'s$|^they're$/;
const ELLIPSIS_END = new Set(['.', '!', ';', ':', '\n', '-', '—', '–']);
const ELLIPSIS_START = new Set(['.', '!', '?', ';', ':', '\n', '-', '—', '–', ',']);

/** The auxiliary the item's last yes/no question opens with ("Is the statement hearsay?" → is), or null. */
function questionAuxiliary(input: string): (typeof AUXILIARIES)[number] | null {
  const questions = (input.match(/[^.?!\n]*\?/g) ?? []).map((q) => q.trim().replace(/^(?:question|q)\s*:\s*/i, '')).reverse();
  for (const q of questions) {
    const first = /^([a-z]+)\b/i.exec(q)?.[1]?.toLowerCase() ?? '';
    const aux = AUXILIARIES.find((a) => a.ask.test(first));
    if (aux) return aux;
  }
  return null;
}

/**
 * Elliptic answers in the question's own auxiliary, standing as a clause of their own: "It
 * isn't." / "It is —" to "Is it hearsay?", "It does: thirty days" to "Does the clause require
 * notice?". Never inside a longer clause ("whether it is or it isn't", "it is what it is", "it is,
 * in part"); hedged after an if/unless/whether in the same sentence.
 */
export function ellipticStatements(tokens: Word[], input: string): PredicateStatement[] {
  const aux = questionAuxiliary(input);
  if (aux === null) return [];
  const out: PredicateStatement[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (i > 0 && !ELLIPSIS_START.has(tokens[i - 1]!.w)) continue;
    const w = tokens[i]!.w;
    let k: number;
    let positive: boolean;
    if (SUBJECT_IS.test(w) && aux.yes.includes('is')) {
      const not = tokens[i + 1]?.w === 'not';
      k = i + (not ? 2 : 1);
      positive = !not;
    } else if (SUBJECT.test(w) && tokens[i + 1] !== undefined) {
      const v = tokens[i + 1]!.w;
      if (aux.yes.includes(v)) {
        const not = tokens[i + 2]?.w === 'not';
        k = i + (not ? 3 : 2);
        positive = !not;
      } else if (aux.no.includes(v)) {
        k = i + 2;
        positive = false;
      } else continue;
    } else continue;
    // "It wasn't, because …": a reason after a comma leaves the answer standing ("It is, in part" does not)
    const reason = tokens[k]?.w === ',' && /^(?:because|since|given|as)$/.test(tokens[k + 1]?.w ?? '');
    if (k < tokens.length && !ELLIPSIS_END.has(tokens[k]!.w) && !reason) continue;
    let s = i;
    while (s > 0 && !['.', '!', '?', '\n'].includes(tokens[s - 1]!.w)) s -= 1;
    const hedged = tokens.slice(s, i).some((t) => /^(?:if|unless|whether|when)$/.test(t.w));
    out.push({ positive, at: i, hedged });
  }
  return out;
}
