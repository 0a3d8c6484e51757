/**
 * @module scorers/choice — multiple choice: the option letter read from the reply against the item's `answer`.
 *
 * Items carry `choices` (letter → text) and `answer` (one of those letters). The
 * suite's items are checked when the scorer is made, so a bad gold answer stops
 * the run before any request, naming the item id and the field.
 */
import { InputError, InputErrors } from '../errors.js';
import type { Item, ScorerConfig, Suite } from '../suites/types.js';
import { readChoice } from './choice-extract.js';
import { judged, noAnswer, type ScoreContext, type ScoreResult, type Scorer } from './types.js';

/** What is wrong with a multiple-choice item, or null when it is usable. */
export function choiceItemProblem(item: Item): string | null {
  const choices = item.choices;
  if (choices === null || typeof choices !== 'object' || Array.isArray(choices)) {
    return `item ${item.id}: field \`choices\`: expected an object of letter → option text`;
  }
  const keys = Object.keys(choices);
  if (keys.length < 2) return `item ${item.id}: field \`choices\`: expected at least 2 options, got ${keys.length}`;
  const bad = keys.find((k) => !/^[A-Za-z]$/.test(k) || typeof choices[k] !== 'string');
  if (bad !== undefined) {
    return `item ${item.id}: field \`choices.${bad}\`: expected a single-letter key with a text value`;
  }
  const upper = keys.map((k) => k.toUpperCase());
  if (new Set(upper).size !== upper.length) return `item ${item.id}: field \`choices\`: a letter appears twice (case-insensitive)`;
  if (typeof item.answer !== 'string' || !upper.includes(item.answer.trim().toUpperCase())) {
    return `item ${item.id}: field \`answer\`: expected one of ${upper.join(', ')}, got ${JSON.stringify(item.answer ?? null)}`;
  }
  return null;
}

/** Scores one reply against a multiple-choice item. */
export function scoreChoice(item: Item, output: string, ctx: Pick<ScoreContext, 'finishReason' | 'stop'> = {}): ScoreResult {
  const problem = choiceItemProblem(item);
  if (problem !== null) throw new InputError(problem);
  const gold = (item.answer as string).trim().toUpperCase();
  const got = readChoice(output, item.choices as Record<string, string>, { finishReason: ctx.finishReason ?? null, stop: ctx.stop ?? [] });
  if (got.value === null) {
    const why = { no_answer: 'no option letter could be read', ambiguous: 'the reply points to several options', truncated: 'the reply was cut by the token limit before a final answer' };
    return noAnswer(why[got.reason ?? 'no_answer'], got.reason ?? 'no_answer');
  }
  const correct = got.value === gold;
  return judged(got.value, correct, `read ${got.value} (${got.by.replace(/_/g, ' ')}); gold ${gold}`, got.by);
}

export function createChoiceScorer(_config: ScorerConfig, suite: Suite): Scorer {
  const problems = suite.items.map(choiceItemProblem).filter((p): p is string => p !== null);
  if (problems.length > 0) {
    throw new InputErrors(`suite ${suite.name} (${suite.dir}): ${problems.length} item(s) unusable by the choice scorer:`, problems);
  }
  return {
    type: 'choice',
    score: (item, output, ctx) => scoreChoice(item, output, ctx),
  };
}
