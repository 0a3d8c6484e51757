/**
 * @module scorers/choice — multiple choice: the option letter read from the reply against the item's `answer`.
 *
 * Items carry `choices` (letter → text) and `answer` (one of those letters): `checkChoiceItem`,
 * run by the suite loader on every item (and by the factory on a suite built in code), so a
 * bad gold answer stops the run before any request, naming the item id and the field.
 */
import { describeValue } from '../config/yaml.js';
import type { Item, ScorerConfig, Suite } from '../suites/types.js';
import { readChoice } from './choice-extract.js';
import { assertItems, judged, noAnswer, type ItemCheck, type ScoreContext, type ScoreResult, type Scorer } from './types.js';

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The multiple-choice rule: `choices` maps capital letters (at least two) to option text; `answer` is one of them. */
export const checkChoiceItem: ItemCheck = (item) => {
  const field = (name: string, expected: string): string => `field \`${name}\`: expected ${expected}, got ${describeValue(item[name])}`;
  const c = item.choices;
  if (c === null || typeof c !== 'object' || Array.isArray(c)) return [field('choices', 'an object of letter → option text')];
  const out: string[] = [];
  const keys = Object.keys(c);
  if (keys.length < 2) out.push(field('choices', 'at least two options'));
  const badKey = keys.find((k) => !/^[A-Z]$/.test(k));
  if (badKey !== undefined) out.push(`field \`choices\`: expected capital letters A-Z as keys, got "${badKey}"`);
  const empty = keys.find((k) => !isText((c as Record<string, unknown>)[k]));
  if (empty !== undefined) out.push(`field \`choices.${empty}\`: expected the option's text, got ${describeValue((c as Record<string, unknown>)[empty])}`);
  if (typeof item.answer !== 'string' || !keys.includes(item.answer)) out.push(field('answer', `one of the choice letters ${keys.join(', ')}`));
  return out;
};

/** Scores one reply against a multiple-choice item. */
export function scoreChoice(item: Item, output: string, ctx: Pick<ScoreContext, 'finishReason' | 'stop'> = {}): ScoreResult {
  const gold = (item.answer as string).trim().toUpperCase();
  const got = readChoice(output, item.choices as Record<string, string>, { finishReason: ctx.finishReason ?? null, stop: ctx.stop ?? [] });
  if (got.value === null) {
    const why = { no_answer: 'no option letter could be read', ambiguous: 'the reply points to several options', truncated: 'the reply was cut by the token limit before a final answer' };
    return noAnswer(why[got.reason ?? 'no_answer'], got.reason ?? 'no_answer');
  }
  const correct = got.value === gold;
  return judged(got.value, correct, `read ${got.value} (${got.by.replace(/_/g, ' ')}); gold ${gold}`, got.by);
}

export function createChoiceScorer(config: ScorerConfig, suite: Suite): Scorer {
  assertItems(suite, checkChoiceItem, config);
  return {
    type: 'choice',
    score: (item, output, ctx) => scoreChoice(item, output, ctx),
  };
}
