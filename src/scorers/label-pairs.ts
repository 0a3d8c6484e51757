/**
 * @module scorers/label-pairs — label sets that pair up: yes/no (with "maybe"), and a label with its negation ("toxic"/"non-toxic").
 */
import { labelWords } from './label-forms.js';
import type { ReplyJson } from './structured.js';

/** The yes and no labels of a yes/no set (with "maybe" as a third: PubMedQA), or null. */
export function yesNoPair(labels: readonly string[]): { yes: string; no: string } | null {
  const yes = labels.find((l) => /^\s*(?:yes|true)\s*$/i.test(l));
  const no = labels.find((l) => /^\s*(?:no|false)\s*$/i.test(l));
  const rest = labels.filter((l) => l !== yes && l !== no);
  if (rest.length > 1 || (rest.length === 1 && !/^\s*(?:maybe|unsure|unknown|uncertain)\s*$/i.test(rest[0]!))) return null;
  return yes !== undefined && no !== undefined ? { yes, no } : null;
}

/** {"is_toxic": false} with labels toxic/non-toxic: a yes/no flag named after a label of an antonym pair (`json`: the reply's, parsed once by the caller). */
export function flagAnswer(json: ReplyJson | null, labels: readonly string[]): string | null {
  const pair = antonymPair(labels);
  // only a reply that is one object and nothing else; parsed with the same repairs as any structured answer
  if (pair === null || json === null || !json.whole || !json.src.startsWith('{')) return null;
  const obj = json.value;
  if (obj === undefined || obj === null || typeof obj !== 'object' || Array.isArray(obj)) return null;
  const word = labelWords(pair[0]).join('');
  const key = Object.keys(obj).find((k) => k.toLowerCase().replace(/^is[_ -]?/, '').replace(/[_ -]/g, '') === word);
  const v = key === undefined ? undefined : (obj as Record<string, unknown>)[key];
  return typeof v === 'boolean' ? (v ? pair[0] : pair[1]) : null;
}

/** A pair of labels where one is the other negated ("toxic"/"non-toxic"): [positive, negative], or null. */
export function antonymPair(labels: readonly string[]): [string, string] | null {
  if (labels.length !== 2) return null;
  const norm = (l: string) => l.toLowerCase().replace(/[\s_-]+/g, '');
  const [a, b] = [norm(labels[0]!), norm(labels[1]!)];
  const neg = (x: string, y: string) => /^(?:non|not|un|in|no)(.+)$/.exec(x)?.[1] === y;
  if (neg(b, a)) return [labels[0]!, labels[1]!];
  if (neg(a, b)) return [labels[1]!, labels[0]!];
  return null;
}

