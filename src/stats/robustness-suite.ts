/**
 * @module stats/robustness-suite — assembles one suite's "Is the win real?" section from its main
 * figures and what the probes recorded: the generative method, circular accuracy under option
 * rotation, likelihood acc and acc_norm (with the gold option's normalized probability and the
 * Brier score), the choices-only probe (accuracy without the question against chance, and the
 * main comparison repeated on the items that need the question), then the sentences (with the
 * verdict under partial credit where the comparisons carry it: stats/partial-verdict).
 */
import type { ChoicesOnlySummary, Comparison, LikelihoodModel, RobustnessMethod, RotationModel, SuiteRobustness, SummaryRow } from '../store/types.js';
import { choicesOnlyModel, itemsNeedingQuestion } from './choices-only.js';
import { choicesOnlySentences } from './choices-only-verdict.js';
import { likelihoodPartialPairs, LIKELIHOOD_PARTIAL, partialCreditSentences, type PartialKind } from './partial-verdict.js';
import { bootstrapMeanCI } from './bootstrap.js';
import { methodFromOutcomes, methodFromSummary, type Outcomes } from './robustness.js';
import { robustnessSentences } from './robustness-verdict.js';
import { circularOutcomes, rotationStats } from './rotation.js';
import type { VariantCollector } from './variants.js';
import { SUMMARY_REPS } from './constants.js';

export interface SuiteRobustnessInput {
  suite: string;
  /** Model ids in report order. */
  models: string[];
  rows: SummaryRow[];
  comparisons: Comparison[];
  variants: VariantCollector;
  seed: number;
  /** Main (generative) sample-0 outcome per model and item (computed when a probe re-compares on a subset). */
  main?: () => Outcomes;
  /** How the comparisons' partial credit is named in the sentences (default: code's share of test cases passed). */
  partialKind?: PartialKind;
  /** False for suites no probe applies to (code, free text): no sentence then asks for --probe rotate or --scoring likelihood. @default true */
  probes?: boolean;
}

export function buildSuiteRobustness(input: SuiteRobustnessInput): SuiteRobustness {
  const { suite, models } = input;
  const methods = [methodFromSummary(input.rows, input.comparisons)];
  const rotObs = input.variants.rotation(suite);
  let rotation: RotationModel[] | undefined;
  if ([...rotObs.values()].some((o) => o.length > 0)) {
    const circular: Outcomes = new Map(models.map((m) => [m, circularOutcomes(rotObs.get(m) ?? [])]));
    methods.push(methodFromOutcomes(suite, 'circular', 'option rotation (circular)', models, circular));
    rotation = models.map((model) => ({ model, ...rotationStats(rotObs.get(model) ?? []) }));
  }
  const likObs = input.variants.likelihood(suite);
  let likelihood: LikelihoodModel[] | undefined;
  if ([...likObs.values()].some((o) => o.length > 0)) {
    const acc: Outcomes = new Map(models.map((m) => [m, new Map((likObs.get(m) ?? []).map((o) => [o.item_id, o.correct]))]));
    const norm: Outcomes = new Map(models.map((m) => [m, new Map((likObs.get(m) ?? []).map((o) => [o.item_id, o.correct_norm]))]));
    methods.push(methodFromOutcomes(suite, 'likelihood_acc', 'likelihood scoring (acc)', models, acc));
    methods.push(methodFromOutcomes(suite, 'likelihood_acc_norm', 'likelihood scoring per character (acc_norm)', models, norm));
    likelihood = models.map((model, i) => {
      const obs = likObs.get(model) ?? []; // in ascending item id (stats/variants)
      const n = obs.length;
      const gp = bootstrapMeanCI(obs.map((o) => o.gold_prob), { seed: input.seed + i * 31 + 1, reps: SUMMARY_REPS });
      const br = bootstrapMeanCI(obs.map((o) => o.brier), { seed: input.seed + i * 31 + 2, reps: SUMMARY_REPS });
      return {
        model, n,
        acc: n ? obs.filter((o) => o.correct).length / n : null,
        acc_norm: n ? obs.filter((o) => o.correct_norm).length / n : null,
        gold_prob: gp?.estimate ?? null, gold_prob_ci95: gp ? [gp.low, gp.high] : null,
        brier: br?.estimate ?? null, brier_ci95: br ? [br.low, br.high] : null,
      };
    });
  }
  const co = choicesOnly(input, methods);
  return {
    suite, methods,
    ...(rotation ? { rotation } : {}),
    ...(likelihood ? { likelihood } : {}),
    ...(co ? { choices_only: co.summary } : {}),
    sentences: [
      ...(input.probes === false && methods.length === 1 ? [] : robustnessSentences(suite, methods, rotation)), ...(co?.sentences ?? []),
      ...partialCreditSentences(methods.find((m) => m.method === 'generative'), input.comparisons, input.partialKind),
      ...(likelihood ? partialCreditSentences(methods.find((m) => m.method === 'generative'), likelihoodPartialPairs(suite, models,
        new Map(models.map((m) => [m, new Map((likObs.get(m) ?? []).map((o) => [o.item_id, o.gold_prob]))])), input.seed + 104_729), LIKELIHOOD_PARTIAL) : []),
    ],
  };
}

/**
 * The choices-only probe: each model without the question, and the method `needs_question` (the
 * main outcomes on the items no model answered right without the question), added to `methods`.
 */
function choicesOnly(input: SuiteRobustnessInput, methods: RobustnessMethod[]): { summary: ChoicesOnlySummary; sentences: string[] } | null {
  const obs = input.variants.choicesOnly(input.suite);
  if (![...obs.values()].some((o) => o.length > 0)) return null;
  const models = input.models.map((m) => choicesOnlyModel(m, obs.get(m) ?? []));
  const need = itemsNeedingQuestion(obs, input.models);
  let needMethod: RobustnessMethod | null = null;
  if (input.main && need.size > 0) {
    const main = input.main();
    const outcomes: Outcomes = new Map(input.models.map((m) => [m, new Map([...(main.get(m) ?? [])].filter(([id]) => need.has(id)))]));
    needMethod = methodFromOutcomes(input.suite, 'needs_question', `scoring only the ${need.size} items that need the question`, input.models, outcomes);
    methods.push(needMethod);
  }
  const gen = methods.find((m) => m.method === 'generative');
  return { summary: { models, items_needing_question: need.size }, sentences: choicesOnlySentences(models, gen, needMethod, need.size) };
}
