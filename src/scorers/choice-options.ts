/**
 * @module scorers/choice-options — each option's names: its text, and the short forms a reader takes for it.
 *
 * Besides its normalised text: a small number's word ("sixteen", "eleven percent"), the text
 * without the words every option shares ("type III" for "Type III hypersensitivity"), a
 * binomial's genus initial ("E. coli"), the initials of three or more leading words ("PCC"), a
 * pair joined by "+" or "plus" ("Atropine + pralidoxime"), and the reason of an option that gives
 * one ("No, because the danger was open and obvious" is also named by its reason).
 */
import type { Option } from './choice-evidence.js';
import { normalizeText } from './normalize.js';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The English words of a whole number from 2 to 99 ("sixteen", "thirty two"), or null: an option "16" is also named "sixteen", "11%" "eleven percent". */
function numberWord(norm: string): string | null {
  const pc = /^(\d{1,2}) percent$/.exec(norm);
  if (pc) return numberWord(pc[1]!) === null ? null : `${numberWord(pc[1]!)} percent`;
  // "five hundred twelve" for 512
  const big = /^([1-9])(\d\d)$/.exec(norm);
  if (big) {
    const rest = Number(big[2]);
    return `${UNITS[Number(big[1])]} hundred${rest === 0 ? '' : ` ${rest < 2 ? UNITS[rest] : numberWord(String(rest))}`}`;
  }
  if (!/^\d{1,2}$/.test(norm)) return null;
  const n = Number(norm);
  if (n < 2) return null;
  if (n < 20) return UNITS[n]!;
  return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]} ${UNITS[n % 10]}`;
}

/** Words every option shares at its start or end ("type … hypersensitivity"), so "type III" names "Type III hypersensitivity". */
function sharedEdges(texts: string[]): { head: number; tail: number } {
  const words = texts.filter((t) => !/^(?:none|all) of the above$|^none$/.test(t)).map((t) => t.split(' '));
  if (words.length < 2 || words.some((w) => w.length < 2)) return { head: 0, tail: 0 };
  let head = 0;
  while (words.every((w) => w.length > head + 1 && w[head] === words[0]![head])) head += 1;
  let tail = 0;
  while (words.every((w) => w.length > tail + head + 1 && w[w.length - 1 - tail] === words[0]![words[0]!.length - 1 - tail])) tail += 1;
  return { head, tail };
}

export function optionsOf(choices: Record<string, string>): Option[] {
  const entries = Object.entries(choices);
  const norms = entries.map(([, v]) => normalizeText(v));
  const edges = sharedEdges(norms);
  return entries.map(([k, v], i) => {
    const norm = norms[i]!;
    const forms = [norm];
    // an option that is a small number is also named by its word ("Three." for "3")
    const word = numberWord(norm);
    if (word !== null) forms.push(word);
    const words = norm.split(' ');
    if (edges.head + edges.tail > 0) for (const f of [words.slice(0, words.length - edges.tail).join(' '), words.slice(edges.head).join(' ')]) {
      if (f !== norm && !/^(?:none|all) of the above$/.test(norm) && (f.includes(' ') || f.length >= 4 || /^[a-z]*\d+[a-z]*$/.test(f) || (f.length === 3 && /^\p{Lu}/u.test(v)))) forms.push(f);
    }
    // "Atropine + pralidoxime", "atropine plus pralidoxime" for "Atropine and pralidoxime": a pair joined otherwise ("+" and "&" vanish in the comparison form)
    const pair = /^(\S+(?: \S+)?) and (\S+(?: \S+)?)$/.exec(norm);
    if (pair) forms.push(`${pair[1]} ${pair[2]}`, `${pair[1]} plus ${pair[2]}`, `${pair[1]} with ${pair[2]}`);
    // "The owner, because the neighbor's possession was permissive.": the reason alone names the option
    const reason = /^(?:yes|no|\S+(?: \S+)?) because ((?:\S+ ){3,}\S+)$/.exec(norm);
    if (reason) forms.push(reason[1]!);
    // "PCC" for "Prothrombin complex concentrate (plus …)", "ATN": the initials of three or more words
    const lead = words.slice(0, (words.findIndex((x, i) => i > 0 && /^(?:plus|and|with|or|vs|in|of|for)$/.test(x)) + 1 || words.length + 1) - 1);
    if (lead.length >= 3 && lead.every((x) => /^\p{L}/u.test(x))) forms.push(lead.map((x) => x[0]).join(''));
    // "E. coli" for "Escherichia coli": a binomial's genus initial
    if (words.length === 2 && words[0]!.length > 3 && /^[a-z]+$/.test(words[0]!)) forms.push(`${words[0]![0]} ${words[1]}`);
    return { letter: k.toUpperCase(), forms, words: forms.map((f) => (f === '' ? [] : f.split(' '))) };
  });
}

