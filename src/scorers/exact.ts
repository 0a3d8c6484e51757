/**
 * @module scorers/exact — normalised exact match of the whole reply against the item's `answer`.
 *
 * Both sides go through `normalizeText` (reasoning blocks and markdown dropped,
 * lower-case, punctuation gone, whitespace collapsed), so "**Paris.**" matches
 * "paris". Option `answer_prefix: true` (suite.yaml `scorer.options.answer_prefix`,
 * or directly on the scorer config) also accepts a last "Answer: x" line as the
 * reply (for prompts that ask for reasoning first).
 */
import { describeValue } from '../config/yaml.js';
import type { Item, ScorerConfig, Suite } from '../suites/types.js';
import { cleanOutput, normalizeText } from './normalize.js';
import { assertItems, judged, noAnswer, type ItemCheck, type ScoreResult, type Scorer } from './types.js';

const ANSWER_LINE = /^\s*(?:final\s+)?answer\s*(?:is\s*)?[:=-]\s*(.+)$/i;

/** The normalised text the reply gives as its answer. */
export function extractExact(output: string, answerPrefix = false): string {
  const text = cleanOutput(output);
  if (answerPrefix) {
    const lines = text.split('\n').filter((l) => l.trim() !== '').reverse();
    for (const line of lines) {
      const m = ANSWER_LINE.exec(line);
      if (m) return normalizeText(m[1]!);
    }
  }
  return normalizeText(text);
}

/** The exact-match rule: `answer` is text that stays non-empty once normalised (what replies are compared with). */
export const checkExactItem: ItemCheck = (item) => {
  const a = item.answer;
  if (typeof a !== 'string' || a.trim() === '') return [`field \`answer\`: expected a non-empty string, got ${describeValue(a)}`];
  if (normalizeText(a) === '') return [`field \`answer\`: expected text that is not only punctuation or markup, got ${describeValue(a)}`];
  return [];
};

/** Scores one reply against an exact-match item. */
export function scoreExact(item: Item, output: string, config: ScorerConfig): ScoreResult {
  const options = config.options as Record<string, unknown> | undefined;
  const got = extractExact(output, config.answer_prefix === true || options?.answer_prefix === true);
  if (got === '') return noAnswer('empty reply');
  const gold = normalizeText(item.answer as string);
  const correct = got === gold;
  return judged(got, correct, correct ? undefined : `read "${got}"; gold "${gold}"`);
}

export function createExactScorer(config: ScorerConfig, suite: Suite): Scorer {
  assertItems(suite, checkExactItem, config);
  return { type: 'exact', score: (item, output) => scoreExact(item, output, config) };
}
