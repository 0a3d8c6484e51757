/**
 * @module runner/dry-run-judges — `--dry-run`'s estimate of the judging phase: the questions the
 * judges would be asked about the planned answers, their tokens and their cost at each judge's
 * price. A grade is one question per judge and answer (samples included); pairwise, two per judge,
 * item and pair of models answering sample 0; `extract: judge`, at most one per answer (only the
 * replies the reading rules leave unread are asked: the count is an upper bound).
 *
 * A question's input is its prompt as the judge would see it (rubric, question, reference, allowed
 * answers) with the candidate's answer counted at the candidate's expected output tokens; its
 * output is the judge's `max_tokens` (an upper bound), else unknown. Judges are asked at full price
 * (never through a batch API), after the candidates: no time is estimated for them.
 */
import { extractMessages, gradeMessages, pairwiseMessages, questionOf } from '../scorers/judge/prompt.js';
import { allowedAnswers } from './judge-extract.js';
import { costOf, messageTokens, outputPerRequest } from './dry-run-cost.js';
import type { JudgingPlan, SuiteJudging } from './judge-plan.js';
import type { PastUsage } from './past-usage.js';
import type { Plan } from './plan.js';
import type { ModelSpec } from '../config/types.js';
import type { Item, Suite } from '../suites/types.js';

export interface DryRunJudge {
  judge: string;
  /** Suite → what the judge is asked there: `grade`, `pairwise` or `extract`. */
  suites: Record<string, 'grade' | 'pairwise' | 'extract'>;
  questions: number;
  /** `extract: judge` suites: the judge is asked only about unread replies, so `questions` is at most this. */
  questions_upper_bound: boolean;
  /** Estimated; null when a candidate's answer length is unknown. */
  input_tokens: number | null;
  /** From the judge's `max_tokens` (an upper bound); null without it. */
  output_tokens: number | null;
  cost_usd: number | null;
  cost_note: string | null;
}

interface Tally {
  suites: DryRunJudge['suites'];
  questions: number;
  upper: boolean;
  input: number | null;
}

/** The judges' questions about the planned answers, per judge, in the order of the judging plan. */
export function estimateJudges(judging: JudgingPlan, suites: readonly Suite[], models: readonly ModelSpec[], plan: Plan, past: ReadonlyMap<string, PastUsage>): DryRunJudge[] {
  // No judged suite: no job to walk again.
  if (!judging.suites.length && !judging.extract.length) return [];
  const tallies = new Map<string, Tally>();
  const tally = (judge: string): Tally => {
    let t = tallies.get(judge);
    if (!t) tallies.set(judge, (t = { suites: {}, questions: 0, upper: false, input: 0 }));
    return t;
  };
  const add = (t: Tally, prompt: number, answers: Array<number | null>): void => {
    t.questions++;
    t.input = t.input === null || answers.includes(null) ? null : t.input + prompt + (answers as number[]).reduce((a, n) => a + Math.ceil(n), 0);
  };
  const answerTokens = new Map(suites.flatMap((s) => models.map((m) => [`${s.name}\0${m.id}`, outputPerRequest(m, s.name, past).tokens] as const)));
  const answerOf = (suite: string, model: string): number | null => answerTokens.get(`${suite}\0${model}`) ?? null;
  const graded = new Map(judging.suites.map((sj) => [sj.suite, sj]));
  const extracted = new Map(judging.extract.map((e) => [e.suite, e.judge]));
  for (const sj of judging.suites) for (const j of sj.judges) tally(j).suites[sj.suite] = sj.mode;
  for (const e of judging.extract) Object.assign(tally(e.judge), { upper: true }).suites[e.suite] = 'extract';
  // Pairwise: suite → item id → the models with a planned sample-0 answer.
  const pairwise = new Map<string, Map<string, { suite: Suite; item: Item; models: string[] }>>();
  const prompts = new Map<string, number>();
  const promptOf = (key: string, make: () => Array<{ content: string }>): number => {
    let n = prompts.get(key);
    if (n === undefined) prompts.set(key, (n = messageTokens(make())));
    return n;
  };
  for (const m of models) {
    for (const job of plan.byModel.get(m.id) ?? []) {
      if (job.variant !== undefined) continue;
      const name = job.suite.name;
      const suite = job.suite;
      const sj: SuiteJudging | undefined = graded.get(name);
      if (sj?.mode === 'grade') {
        const prompt = promptOf(`g\0${name}\0${job.item.id}`, () => gradeMessages(suite, job.item, '', sj.scale));
        for (const j of sj.judges) add(tally(j), prompt, [answerOf(name, m.id)]);
      } else if (sj?.mode === 'pairwise' && job.sample === 0) {
        let items = pairwise.get(name);
        if (!items) pairwise.set(name, (items = new Map()));
        const entry = items.get(job.item.id) ?? { suite, item: job.item, models: [] };
        entry.models.push(m.id);
        items.set(job.item.id, entry);
      }
      const reader = extracted.get(name);
      if (reader !== undefined) {
        const prompt = promptOf(`e\0${name}\0${job.item.id}`, () => extractMessages(questionOf(suite, job.item), '', allowedAnswers(suite, job.item).shown));
        add(tally(reader), prompt, [answerOf(name, m.id)]);
      }
    }
  }
  for (const [name, items] of pairwise) {
    const sj = graded.get(name)!;
    for (const { suite, item, models: ms } of items.values()) {
      const prompt = promptOf(`p\0${name}\0${item.id}`, () => pairwiseMessages(suite, item, '', ''));
      for (let a = 0; a < ms.length; a++) {
        for (let b = a + 1; b < ms.length; b++) {
          // Both orders: (A, B) and (B, A).
          for (const j of sj.judges) for (let order = 0; order < 2; order++) add(tally(j), prompt, [answerOf(name, ms[a]!), answerOf(name, ms[b]!)]);
        }
      }
    }
  }
  return [...tallies].map(([id, t]) => rowOf(judging.specs.get(id)!, t));
}

function rowOf(spec: ModelSpec, t: Tally): DryRunJudge {
  const maxTokens = spec.params.max_tokens;
  const output = maxTokens === undefined ? null : t.questions * maxTokens;
  let { cost, note } = spec.price?.per_hour !== undefined
    ? { cost: null, note: 'priced per hour: judging time is not estimated' }
    : costOf(spec, t.input, output, null);
  if (output === null && note?.startsWith('output tokens unknown')) note = 'output tokens unknown (no max_tokens on the judge)';
  if (t.questions === 0) ({ cost, note } = { cost: 0, note: null });
  return {
    judge: spec.id, suites: t.suites, questions: t.questions, questions_upper_bound: t.upper,
    input_tokens: t.input, output_tokens: output, cost_usd: cost, cost_note: note,
  };
}
