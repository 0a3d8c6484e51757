/**
 * @module scorers/judge — `scorer: judge`: answers graded by a judge model.
 *
 * Grading needs the judge's endpoint, so it is not done item by item while the candidates answer:
 * this scorer marks each reply `awaiting_judge` (unscored, never wrong), and the judging phase
 * (runner/judging) grades every reply once the candidates are done, then writes the first judge's
 * grades into the records. A run stopped before judging leaves unscored records that a resume grades.
 */
import { describeValue } from '../../config/yaml.js';
import type { ScorerConfig, Suite } from '../../suites/types.js';
import { assertItems, type ItemCheck, type ScoreResult, type Scorer } from '../types.js';

/** The reason of a reply not graded yet (the record is unscored: `correct` null). */
export const AWAITING_JUDGE = 'awaiting_judge';

const optionalText = (item: Readonly<Record<string, unknown>>, field: string): string[] =>
  item[field] === undefined || (typeof item[field] === 'string' && (item[field] as string).trim() !== '')
    ? []
    : [`field \`${field}\`: expected a non-empty string, got ${describeValue(item[field])}`];

/** A judge-scored item: a `reference` (or `answer`) to grade against, except in pairwise mode; optional `rubric` and `aliases`. */
export const checkJudgeItem: ItemCheck = (item, config: ScorerConfig) => {
  const problems = [...optionalText(item, 'rubric'), ...optionalText(item, 'reference')];
  const hasRef = typeof item.reference === 'string' || (typeof item.answer === 'string' && item.answer.trim() !== '');
  if (!hasRef && config.mode !== 'pairwise') problems.push('field `reference`: expected the reference answer the judge grades against (a non-empty string), got none');
  if (item.aliases !== undefined && !(Array.isArray(item.aliases) && item.aliases.every((a) => typeof a === 'string'))) {
    problems.push(`field \`aliases\`: expected a list of strings, got ${describeValue(item.aliases)}`);
  }
  return problems;
};

export function createJudgeScorer(config: ScorerConfig, suite: Suite): Scorer {
  assertItems(suite, checkJudgeItem, config);
  const pending: ScoreResult = { correct: false, score: 0, extracted: null, extractedBy: null, reason: AWAITING_JUDGE, explanation: 'graded by the judge after the candidates answer' };
  return { type: 'judge', score: () => pending };
}
