/**
 * @module suites/choices-only — a multiple-choice item asked without its question: the options
 * and the instruction only, and the prompt says the question is withheld. A model that still
 * beats chance reads answer artifacts in the options (Balepur, Ravichander & Rudinger 2024,
 * "Artifacts or Abduction: How Do LLMs Answer Multiple-Choice Questions Without the Question?").
 *
 * Every field the template uses other than `choices` is replaced (the first by the notice, the
 * rest by "[withheld]"), in the item and in the few-shot examples alike; the system prompt, the
 * template's own words and the options stay. It applies to choice-scored suites whose template
 * lists the options through `{{choices}}` (otherwise the options would be withheld too).
 */
import { placeholders } from './template.js';
import type { Item, Suite } from './types.js';

/** The variant name its records carry. */
export const CHOICES_ONLY = 'choices-only';

export const WITHHELD_NOTICE = '[The question is withheld on purpose. Answer from the options alone: pick the option most likely to be the correct answer.]';
export const WITHHELD = '[withheld]';

/** Whether the probe can ask this item without its question. */
export function choicesOnlyApplies(suite: Suite, item: Item): boolean {
  if (suite.scorer.type !== 'choice' || !placeholders(suite.template).includes('choices')) return false;
  const c = item.choices;
  return c !== null && typeof c === 'object' && Object.keys(c).length >= 2;
}

/** The item's number of options (its chance of a right guess is 1/k). */
export const optionCount = (item: Item): number => Object.keys(item.choices ?? {}).length;

function withhold<T extends Record<string, unknown>>(fields: T, template: string): T {
  const out: Record<string, unknown> = { ...fields };
  placeholders(template).filter((f) => f !== 'choices').forEach((f, i) => {
    out[f] = i === 0 ? WITHHELD_NOTICE : WITHHELD;
  });
  return out as T;
}

/** The item with its question withheld (id, choices and answer unchanged). */
export function withholdQuestion(suite: Suite, item: Item): Item {
  return withhold(item, suite.template);
}

const suites = new WeakMap<Suite, Suite>();

/** The suite whose few-shot examples are withheld the same way (one per suite, reused). */
export function choicesOnlySuite(suite: Suite): Suite {
  let s = suites.get(suite);
  if (!s) {
    s = { ...suite, fewshot: suite.fewshot.map((ex) => ({ ...ex, fields: withhold(ex.fields, suite.template) })) };
    suites.set(suite, s);
  }
  return s;
}
