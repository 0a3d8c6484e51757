/**
 * @module scorers/label — classification: which of the allowed labels the reply gave, against the item's `answer`.
 *
 * Labels come from the item's own `labels` array when it has one, else from the
 * suite's `scorer.labels`; `scorer.aliases` (label → accepted synonyms) widens what
 * names each. Reading is evidence-based (scorers/label-extract): the last committed
 * label, negations, hedges and refusals resolved; nothing decisive is `no_answer`,
 * `ambiguous` or `truncated`.
 */
import { InputError } from '../errors.js';
import { describeValue } from '../config/yaml.js';
import type { Item, ScorerConfig, Suite } from '../suites/types.js';
import { readLabel } from './label-extract.js';
import { aliasesOf, labelsFor } from './label-config.js';
import { normalizeText } from './normalize.js';
import { assertItems, judged, noAnswer, type ItemCheck, type ScoreContext, type ScoreResult, type Scorer } from './types.js';

export { extractLabel } from './label-extract.js';
export { aliasesOf, labelsFor } from './label-config.js';

/** The item's own text, whose last question lets "It is not hearsay" answer "Is there hearsay?". */
function itemText(item: Item): string | undefined {
  const parts = ['input', 'question', 'text'].map((f) => item[f]).filter((v): v is string => typeof v === 'string');
  return parts.length > 0 ? parts.join('\n') : undefined;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * The label rule: the item's own `labels` (at least two non-empty strings) or the suite's
 * `scorer.labels`; `answer` one of them as the scorer compares (normalised text).
 */
export const checkLabelItem: ItemCheck = (item, config) => {
  const field = (name: string, expected: string): string => `field \`${name}\`: expected ${expected}, got ${describeValue(item[name])}`;
  const own = item.labels;
  if (own !== undefined && (!Array.isArray(own) || own.length < 2 || !own.every(isText))) {
    return [field('labels', 'a list of at least two non-empty labels')];
  }
  const labels = (own as string[] | undefined) ?? config.labels;
  if (labels === undefined || labels.length === 0) return ['field `labels`: missing; the suite sets no scorer.labels, so each item needs its own `labels`'];
  if (typeof item.answer !== 'string' || !labels.some((l) => normalizeText(l) === normalizeText(item.answer as string))) {
    const list = labels.length > 12 ? `${labels.slice(0, 12).join(', ')}, …` : labels.join(', ');
    return [field('answer', `one of the labels (${list})`)];
  }
  return [];
};

/** Scores one reply against a label item. */
export function scoreLabel(item: Item, output: string, config: ScorerConfig, ctx: Pick<ScoreContext, 'finishReason' | 'stop'> = {}): ScoreResult {
  const labels = labelsFor(item, config) as string[];
  const input = itemText(item);
  const got = readLabel(output, labels, {
    aliases: aliasesOf(config), finishReason: ctx.finishReason ?? null, stop: ctx.stop ?? [], ...(input === undefined ? {} : { input }),
  });
  if (got.value === null) {
    const reason = got.reason ?? 'no_answer';
    const why = { no_answer: `none of the labels (${labels.join(', ')}) given`, ambiguous: 'the reply gives several labels or hedges between them', truncated: 'the reply was cut by the token limit before a final answer' };
    return noAnswer(why[reason], reason);
  }
  const correct = normalizeText(got.value) === normalizeText(item.answer as string);
  return judged(got.value, correct, correct ? undefined : `read "${got.value}"; gold "${item.answer as string}"`, got.by);
}

export function createLabelScorer(config: ScorerConfig, suite: Suite): Scorer {
  if (config.labels !== undefined && (!Array.isArray(config.labels) || !config.labels.every((l) => typeof l === 'string'))) {
    throw new InputError(`suite ${suite.name} (${suite.dir}/suite.yaml): field \`scorer.labels\`: expected an array of strings`);
  }
  const known = new Set([...(config.labels ?? []), ...suite.items.flatMap((i) => (Array.isArray(i.labels) ? i.labels : []))].map((l) => normalizeText(String(l))));
  const stray = Object.keys(aliasesOf(config)).filter((k) => !known.has(normalizeText(k)));
  if (stray.length > 0) {
    throw new InputError(`suite ${suite.name} (${suite.dir}/suite.yaml): field \`scorer.aliases\`: ${stray.map((k) => JSON.stringify(k)).join(', ')} is not a label; expected keys among ${[...(config.labels ?? [])].join(', ')}`);
  }
  assertItems(suite, checkLabelItem, config);
  return { type: 'label', score: (item, output, ctx) => scoreLabel(item, output, config, ctx) };
}
