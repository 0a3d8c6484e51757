/**
 * @module runner/judge-plan — which suites are judged, by whom, how: checked before anything is
 * written. A suite is judged when its scorer block names `judge`/`judges`, or when the run is
 * given `--judge` (which replaces the suites' own judges, so a shipped suite can be judged by the
 * user's model); `--judge` judges the free-text suites (scorers judge, exact, reference). A judge
 * id not in models.yaml is bad input naming the nearest id.
 */
import { InputError, InputErrors } from '../errors.js';
import { nearest } from '../config/suggest.js';
import { readGrade, scaleOf, scaleProblems, type JudgeScale } from '../scorers/judge/scale.js';
import type { ModelSpec } from '../config/types.js';
import type { Suite } from '../suites/types.js';

export interface SuiteJudging {
  suite: string;
  judges: string[];
  mode: 'grade' | 'pairwise';
  scale: JudgeScale;
  /** `scorer: judge`: the first judge's grades are the records' scores. */
  decides: boolean;
}

export interface JudgingPlan {
  suites: SuiteJudging[];
  /** `extract: judge` (choice, label suites): the judge that reads the replies the rules leave unread. */
  extract: Array<{ suite: string; judge: string }>;
  /** Every judge's model spec, by id. */
  specs: Map<string, ModelSpec>;
}

/** Suites `--judge` applies to: answers in free text. */
const FREE_TEXT = new Set(['judge', 'exact', 'reference']);

export function planJudging(suites: Suite[], flagJudges: readonly string[] | undefined, allModels: readonly ModelSpec[], modelsLabel: string): JudgingPlan {
  const known = new Map(allModels.map((m) => [m.id, m]));
  const unknown = (id: string, where: string): InputError => {
    const near = nearest(id, [...known.keys()]);
    return new InputError(`${where}: judge "${id}" is not a model id in ${modelsLabel}${near ? `; did you mean "${near}"?` : ''} (known ids: ${[...known.keys()].join(', ')})`);
  };
  for (const id of flagJudges ?? []) if (!known.has(id)) throw unknown(id, '--judge');
  const plan: JudgingPlan = { suites: [], extract: [], specs: new Map() };
  const problems: string[] = [];
  for (const suite of suites) {
    const own = suite.scorer.judges ?? (suite.scorer.judge !== undefined ? [suite.scorer.judge] : []);
    const flags = flagJudges?.length && FREE_TEXT.has(suite.scorer.type) ? [...new Set(flagJudges)] : [];
    const judges = flags.length ? flags : own;
    const decides = suite.scorer.type === 'judge';
    if (suite.scorer.extract === 'judge') {
      const reader = flagJudges?.[0] ?? own[0];
      if (!['choice', 'label'].includes(suite.scorer.type)) problems.push(`suite ${suite.name} (${suite.dir}/suite.yaml): field \`scorer.extract\`: judge reads choice and label replies; this suite is scored by ${suite.scorer.type}`);
      else if (reader === undefined) problems.push(`suite ${suite.name} (${suite.dir}/suite.yaml): field \`scorer.extract\`: judge needs a judge (scorer.judge, or --judge <model id>)`);
      else {
        if (!flagJudges?.length && !known.has(reader)) throw unknown(reader, `suite ${suite.name} (${suite.dir}/suite.yaml) scorer.judge`);
        plan.specs.set(reader, known.get(reader)!);
        plan.extract.push({ suite: suite.name, judge: reader });
      }
      continue;
    }
    if (!judges.length) {
      if (decides) problems.push(`suite ${suite.name} (${suite.dir}/suite.yaml): field \`scorer.judge\`: a judge-scored suite needs a judge (scorer.judge or scorer.judges, or --judge <model id>)`);
      continue;
    }
    if (!flags.length) for (const id of judges) if (!known.has(id)) throw unknown(id, `suite ${suite.name} (${suite.dir}/suite.yaml) scorer.judges`);
    for (const p of scaleProblems(suite.scorer)) problems.push(`suite ${suite.name} (${suite.dir}/suite.yaml): scorer ${p}`);
    const scale = scaleOf(suite.scorer);
    problems.push(...humanGradeProblems(suite, scale));
    for (const id of judges) plan.specs.set(id, known.get(id)!);
    plan.suites.push({ suite: suite.name, judges, mode: suite.scorer.mode ?? 'grade', scale, decides });
  }
  if (problems.length) throw new InputErrors('judging cannot run:', problems);
  return plan;
}

/**
 * `human_grade` as a mapping model id → grade (the grade a person gave that model's answer): each
 * grade must be on the suite's scale. A single grade (not tied to a model's answer) is kept for
 * reading but cannot be paired with a judge's grade, so agreement leaves it out.
 */
function humanGradeProblems(suite: Suite, scale: JudgeScale): string[] {
  const out: string[] = [];
  for (const item of suite.items) {
    const h = item.human_grade;
    if (h === undefined || h === null || typeof h !== 'object' || Array.isArray(h)) continue;
    for (const [model, g] of Object.entries(h)) {
      if (readGrade(scale, g) === null) out.push(`suite ${suite.name} item ${item.id}: field \`human_grade.${model}\`: ${JSON.stringify(g)} is not a grade on the suite's scale`);
    }
  }
  return out;
}

/** The human grade of `model`'s answer to an item, canonical on the scale, or null. */
export function humanGradeOf(item: Record<string, unknown>, model: string, scale: JudgeScale): string | null {
  const h = item.human_grade as Record<string, unknown> | undefined;
  if (!h || typeof h !== 'object' || !Object.hasOwn(h, model)) return null;
  return readGrade(scale, h[model])?.grade ?? null;
}
