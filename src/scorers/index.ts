/**
 * @module scorers/index — the scorer registry: a suite's `scorer.type` → its Scorer.
 *
 * `code` is loaded on first use, so a run of choice/label suites never loads the sandbox; its
 * item rule lives apart (code/item.ts) for the same reason.
 */
import { InputError } from '../errors.js';
import type { ScorerConfig, ScorerType, Suite } from '../suites/types.js';
import { checkChoiceItem, createChoiceScorer } from './choice.js';
import { checkExactItem, createExactScorer } from './exact.js';
import { checkLabelItem, createLabelScorer } from './label.js';
import { checkCodeItem } from './code/item.js';
import { checkReferenceItem, createReferenceScorer } from './reference.js';
import { checkJudgeItem, createJudgeScorer } from './judge/index.js';
import type { ItemCheck, Scorer, ScorerFactory } from './types.js';

export const scorerFactories = {
  choice: createChoiceScorer,
  label: createLabelScorer,
  exact: createExactScorer,
  code: async (config, suite) => (await import('./code/index.js')).createCodeScorer(config, suite),
  reference: createReferenceScorer,
  judge: createJudgeScorer,
} satisfies Record<ScorerType, ScorerFactory>;

export const scorerTypes = Object.keys(scorerFactories) as ScorerType[];

/** Each scorer's rule for its items (exported beside its factory); the suite loader asks it. */
export const itemChecks = {
  choice: checkChoiceItem,
  label: checkLabelItem,
  exact: checkExactItem,
  code: checkCodeItem,
  reference: checkReferenceItem,
  judge: checkJudgeItem,
} satisfies Record<ScorerType, ItemCheck>;

/** The scorer `config` names, made for `suite` (whose items it checks first). */
export async function createScorer(config: ScorerConfig, suite: Suite): Promise<Scorer> {
  const factory: ScorerFactory | undefined = Object.hasOwn(scorerFactories, config.type)
    ? scorerFactories[config.type]
    : undefined;
  if (factory === undefined) {
    throw new InputError(
      `suite ${suite.name} (${suite.dir}/suite.yaml): field \`scorer.type\`: expected one of ${scorerTypes.join(', ')}, got ${JSON.stringify(config.type)}`,
    );
  }
  return factory(config, suite);
}
