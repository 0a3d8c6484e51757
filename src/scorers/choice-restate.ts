/**
 * @module scorers/choice-restate — an option restated in other words, by a conservative lexical test.
 *
 * "Miranda rights only kick in when someone is in custody AND being interrogated" for "Custodial interrogation":
 * a short reply (two sentences at most, no question, no negation) that holds most of the words only one option
 * has — at least two of them, by their stems ("custody" for "custodial", "interrogated" for "interrogation") —
 * and none of the words only another option has, restates that option. No synonyms and no world knowledge:
 * "red blood cells" is not "Erythrocytes", "goes down" is not "They fall"; those stay unread.
 *
 * A reply cut by the token limit while it writes out one option's text ("A decrease in the mon") is that option:
 * the reply is a prefix of its text only (three words or more).
 */
import type { Evidence } from './choice-evidence.js';
import { normalizeText } from './normalize.js';

const STOP = new Set([
  'the', 'and', 'with', 'that', 'this', 'from', 'into', 'than', 'then', 'have', 'has', 'had', 'been', 'being', 'which',
  'what', 'when', 'where', 'their', 'there', 'they', 'them', 'about', 'over', 'some', 'only', 'more', 'most', 'less',
  'very', 'much', 'such', 'each', 'other', 'does', 'will', 'would', 'should', 'could', 'must', 'also', 'just', 'your',
  'option', 'answer', 'choice', 'correct', 'because', 'both', 'either', 'same', 'made', 'make', 'makes', 'used', 'uses',
]);

const NEGATION = /\b(?:not|no|never|neither|nor|without|except|wrong|incorrect|unlike|rather)\b|n't\b/i;

/** A word's stem for this test: without a plural "s", its first six letters ("prices" and "price", "custody" and "custodial"). */
function stem(word: string): string {
  return word.replace(/(?<=...[^s])s$/, '').slice(0, 6);
}

function stems(text: string): Set<string> {
  return new Set(normalizeText(text).split(' ').filter((w) => w.length >= 4 && !STOP.has(w) && !/\d/.test(w)).map(stem));
}

/** The one option the reply restates in other words (see the module note), or null. */
export function restatedOption(text: string, ev: Evidence): string | null {
  const reply = text.trim();
  if (reply.length > 320 || reply.includes('?') || NEGATION.test(reply) || reply.split(/[.!;]\s+|\n+/).filter((s) => s.trim() !== '').length > 2) return null;
  const own = ev.texts.map(stems);
  const said = stems(reply);
  const found: string[] = [];
  for (const [i, words] of own.entries()) {
    const distinct = [...words].filter((w) => !own.some((o, j) => j !== i && o.has(w)));
    const hits = distinct.filter((w) => said.has(w)).length;
    if (hits === 0) continue;
    // any word of another option's own keeps the reply from restating one
    if (hits < 2 || hits * 2 < distinct.length) return null;
    found.push(ev.letters[i]!);
  }
  return found.length === 1 ? found[0]! : null;
}

/** The one option whose text the cut reply is the start of (three words or more), or null. */
export function cutOptionText(text: string, ev: Evidence): string | null {
  const said = normalizeText(text);
  if (said.split(' ').length < 3 || said.length < 12) return null;
  const found = ev.options.filter((o) => o.forms[0] !== undefined && o.forms[0] !== said && o.forms[0].startsWith(said));
  return found.length === 1 ? found[0]!.letter : null;
}
