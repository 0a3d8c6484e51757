/**
 * @module scorers/index — the scorer registry: a suite's `scorer.type` → its Scorer.
 *
 * Every scorer is loaded on first use, so a run loads only the scorers its suites name (a run of
 * choice suites never loads the label, reference or judge readers, nor the sandbox); the code
 * scorer's item rule lives apart (code/item.ts), so checking code items does not load the sandbox.
 */
import { InputError } from '../errors.js';
import type { ScorerConfig, ScorerType, Suite } from '../suites/types.js';
import type { ItemCheck, Scorer, ScorerFactory } from './types.js';

export const scorerFactories = {
  choice: async (config, suite) => (await import('./choice.js')).createChoiceScorer(config, suite),
  label: async (config, suite) => (await import('./label.js')).createLabelScorer(config, suite),
  exact: async (config, suite) => (await import('./exact.js')).createExactScorer(config, suite),
  code: async (config, suite) => (await import('./code/index.js')).createCodeScorer(config, suite),
  reference: async (config, suite) => (await import('./reference.js')).createReferenceScorer(config, suite),
  judge: async (config, suite) => (await import('./judge/index.js')).createJudgeScorer(config, suite),
} satisfies Record<ScorerType, ScorerFactory>;

export const scorerTypes = Object.keys(scorerFactories) as ScorerType[];

/** Each scorer's rule for its items (exported beside its factory), loaded on first use; the suite loader asks it. */
const itemCheckLoaders = {
  choice: async () => (await import('./choice.js')).checkChoiceItem,
  label: async () => (await import('./label.js')).checkLabelItem,
  exact: async () => (await import('./exact.js')).checkExactItem,
  code: async () => (await import('./code/item.js')).checkCodeItem,
  reference: async () => (await import('./reference.js')).checkReferenceItem,
  judge: async () => (await import('./judge/index.js')).checkJudgeItem,
} satisfies Record<ScorerType, () => Promise<ItemCheck>>;

/** The item rule of the scorer `type` names, or undefined for a type bench does not know (the factory refuses it). */
export async function itemCheck(type: string): Promise<ItemCheck | undefined> {
  return Object.hasOwn(itemCheckLoaders, type) ? itemCheckLoaders[type as ScorerType]() : undefined;
}

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
