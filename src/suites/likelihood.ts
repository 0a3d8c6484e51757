/**
 * @module suites/likelihood — how a multiple-choice item is put to a model for likelihood scoring.
 *
 * The cloze form of lm-evaluation-harness's multiple-choice tasks: the context is
 * `Question: <question>\nAnswer:` and each option's continuation is a space and the option's text,
 * in key order (A, B, …). The suite's template, system prompt and few-shot examples are for the
 * generative answer and are not used here.
 */
import type { Item } from './types.js';
import { sortKeys } from './key-order.js';

export interface LikelihoodPrompt {
  context: string;
  continuations: string[];
  /** Option keys, in the order of `continuations`. */
  keys: string[];
}

/** The context and continuations of a multiple-choice item, or null when it has no question or options. */
export function likelihoodPrompt(item: Item): LikelihoodPrompt | null {
  const choices = item.choices;
  if (typeof item.question !== 'string' || choices === undefined || choices === null || typeof choices !== 'object') return null;
  const keys = sortKeys(Object.keys(choices));
  if (keys.length < 2 || keys.some((k) => typeof choices[k] !== 'string')) return null;
  return { context: `Question: ${item.question}\nAnswer:`, continuations: keys.map((k) => ` ${choices[k]}`), keys };
}
