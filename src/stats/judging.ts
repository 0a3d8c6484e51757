/**
 * @module stats/judging — judgments.jsonl (+ the summary rows) → summary.json's `judging`: per
 * judged suite the accuracy under each judge (continuity-corrected Wilson interval), the verdict
 * under each judge and under the suite's own scorer, the judges' agreement (Cohen's κ for two,
 * Fleiss' κ for more; item-bootstrap interval), judge-vs-human and judge-vs-scorer agreement,
 * pairwise wins that survive the swap with the position bias, and the judges' own cost and latency.
 */
import { wilsonCC } from './proportion.js';
import { percentiles } from './percentile.js';
import { mcnemarExact } from './mcnemar.js';
import { kappaWithInterval } from './kappa.js';
import { seedFor } from './summary.js';
import { netWins, pairOutcomes, pairResults, positionBias } from './judging-pairwise.js';
import { judgingSentence } from './judging-verdict.js';
import { orderedCounts } from './id-order.js';
import { compareJudgments, type JudgmentRecord } from '../store/judgments.js';
import type { SummaryRow } from '../store/types.js';
import type { AgreementStat, ExtractionRow, JudgeAccuracyRow, JudgeCostRow, JudgeSuiteResult, JudgeVerdict, JudgingSummary, ManifestJudging, SuiteJudging } from './judging-types.js';

/**
 * The judging section. Judgments are taken in compareJudgments' order whatever order they come in
 * (a merge concatenates its shards'): the judges' bill, the κ intervals and the pairs are then the
 * same bits for a run, its rerun and a merge of its shards.
 */
export function buildJudging(plan: ManifestJudging, unordered: readonly JudgmentRecord[], rows: readonly SummaryRow[], seed: number): JudgingSummary {
  const judgments = [...unordered].sort(compareJudgments);
  const suites = plan.suites.map((p) => suiteJudging(p, judgments.filter((j) => j.suite === p.suite), rows.filter((r) => r.suite === p.suite), seed));
  const judges = costRows(judgments);
  const sum = (xs: Array<number | null>): number | null => (xs.some((x) => x !== null) ? xs.reduce<number>((s, x) => s + (x ?? 0), 0) : null);
  const candidates = sum(rows.map((r) => r.cost_usd));
  const judging = sum(judges.map((j) => j.cost_usd));
  const extraction = extractionRows(plan, judgments);
  return {
    prompt_versions: [...new Set(judgments.map((j) => j.prompt_version))].sort(),
    ...(extraction.length && { extraction }),
    suites,
    judges,
    cost: { candidates_usd: candidates, judges_usd: judging, total_usd: candidates === null && judging === null ? null : (candidates ?? 0) + (judging ?? 0) },
  };
}

function suiteJudging(p: ManifestJudging['suites'][number], js: readonly JudgmentRecord[], rows: readonly SummaryRow[], seed: number): SuiteJudging {
  const models = rows.map((r) => r.model);
  const selfJudged = models.filter((m) => p.judges.includes(m));
  const byJudge: JudgeSuiteResult[] = p.judges.map((judge) => {
    const mine = js.filter((j) => j.judge === judge);
    return p.mode === 'grade' ? gradeResult(judge, mine, models, selfJudged, seed, p.suite) : pairwiseResult(judge, mine);
  });
  const agreement = p.judges.length >= 2 ? judgeAgreement(p, js, seed) : null;
  const reference_verdict = p.decides ? null : referenceVerdict(rows);
  const leaders = new Set(byJudge.map((b) => b.verdict.leader ?? '—'));
  const judges_disagree = leaders.size > 1;
  const s: SuiteJudging = { suite: p.suite, mode: p.mode, judges: p.judges, decides: p.decides, self_judged: selfJudged, by_judge: byJudge, agreement, reference_verdict, judges_disagree, verdict: '' };
  s.verdict = judgingSentence(s);
  return s;
}

const key = (j: JudgmentRecord): string => `${j.item_id}\0${j.model}`;

function gradeResult(judge: string, js: readonly JudgmentRecord[], models: string[], selfJudged: string[], seed: number, suite: string): JudgeSuiteResult {
  const rows: JudgeAccuracyRow[] = models.map((model) => {
    const mine = js.filter((j) => j.model === model);
    const ok = mine.filter((j) => j.error === null);
    const correct = ok.filter((j) => j.passed).length;
    const ci = wilsonCC(correct, ok.length);
    return { model, n: ok.length, correct, accuracy: ok.length ? correct / ok.length : null, ci95: ci ? [ci.low, ci.high] : null, errors: mine.length - ok.length, self_judged: selfJudged.includes(model) };
  });
  const passed = new Map(js.filter((j) => j.error === null && j.sample === 0).map((j) => [key(j), j.passed === true]));
  const verdict = leaderOf(judge, rows.map((r) => [r.model, r.accuracy]), (a, b) => {
    let x = 0;
    let y = 0;
    for (const [k, v] of passed) {
      if (!k.endsWith(`\0${a}`)) continue;
      const other = passed.get(k.slice(0, k.length - a.length) + b);
      if (other === undefined) continue;
      if (v && !other) x++;
      else if (!v && other) y++;
    }
    return mcnemarExact(x, y);
  });
  const first = js.filter((j) => j.error === null && j.sample === 0);
  const human = agreement(['human', judge], first.filter((j) => j.human_grade !== null).map((j) => [j.item_id, [j.human_grade!, j.grade!]]), seedFor(seed, suite, judge, 'human'));
  const scorer = agreement(['reference', judge], first.filter((j) => j.scorer_correct !== null).map((j) => [j.item_id, [j.scorer_correct ? 'pass' : 'fail', j.passed ? 'pass' : 'fail']]), seedFor(seed, suite, judge, 'scorer'));
  return { judge, rows, verdict, ...(human && { human_agreement: human }), ...(scorer && { scorer_agreement: scorer }) };
}

function pairwiseResult(judge: string, js: readonly JudgmentRecord[]): JudgeSuiteResult {
  const pairs = pairResults(pairOutcomes(js).values());
  const net = netWins(pairs);
  return { judge, pairs, position_bias: positionBias(js), verdict: leaderOf(judge, [...net].map(([m, v]) => [m, v]), () => null) };
}

/** The model with the highest figure; ties listed; p of the leader against the runner-up when `test` gives one. */
function leaderOf(by: string, figures: Array<[string, number | null]>, test: (a: string, b: string) => number | null): JudgeVerdict {
  const ranked = figures.filter((f): f is [string, number] => f[1] !== null).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return { by, leader: null, tied: [], p_value: null, runner_up: null };
  const [leader, top] = ranked[0]!;
  const tied = ranked.slice(1).filter(([, v]) => v === top).map(([m]) => m);
  const runner = ranked[1]?.[0] ?? null;
  return { by, leader, tied, runner_up: runner, p_value: runner === null ? null : test(leader, runner) };
}

function referenceVerdict(rows: readonly SummaryRow[]): JudgeVerdict | null {
  if (!rows.some((r) => r.accuracy !== null)) return null;
  return leaderOf('reference', rows.map((r) => [r.model, r.accuracy]), () => null);
}

/** Agreement of two raters on units given as (item, [rating1, rating2]). */
function agreement(raters: string[], units: Array<[string, string[]]>, seed: number): AgreementStat | null {
  const byItem = new Map<string, string[][]>();
  for (const [item, u] of units) byItem.set(item, [...(byItem.get(item) ?? []), u]);
  const k = kappaWithInterval(byItem, seed);
  return k ? { raters, ...k, interval: 'bootstrap_items' } : null;
}

/** The judges' agreement: on grades (every judge graded the answer, sample 0) or on pairwise outcomes. */
function judgeAgreement(p: ManifestJudging['suites'][number], js: readonly JudgmentRecord[], seed: number): AgreementStat | null {
  const per = new Map<string, Map<string, { item: string; value: string }>>();
  for (const judge of p.judges) {
    const m = new Map<string, { item: string; value: string }>();
    const mine = js.filter((j) => j.judge === judge);
    if (p.mode === 'grade') {
      for (const j of mine) if (j.error === null && j.sample === 0) m.set(key(j), { item: j.item_id, value: j.grade! });
    } else {
      for (const [k, o] of pairOutcomes(mine)) if (o.outcome !== 'error') m.set(k, { item: o.item, value: o.outcome });
    }
    per.set(judge, m);
  }
  const first = per.get(p.judges[0]!)!;
  const units: Array<[string, string[]]> = [];
  for (const [k, { item }] of first) {
    const values = p.judges.map((j) => per.get(j)!.get(k)?.value);
    if (values.every((v) => v !== undefined)) units.push([item, values as string[]]);
  }
  return agreement(p.judges, units, seedFor(seed, p.suite, 'judges'));
}

/** `extract: judge`: per (suite, model) what the judge was asked to read and what it read. */
function extractionRows(plan: ManifestJudging, js: readonly JudgmentRecord[]): ExtractionRow[] {
  const out: ExtractionRow[] = [];
  for (const e of plan.extract ?? []) {
    const mine = js.filter((j) => j.suite === e.suite && j.mode === 'extract' && j.judge === e.judge);
    for (const model of [...new Set(mine.map((j) => j.model ?? ''))].sort()) {
      const m = mine.filter((j) => j.model === model);
      const read = m.filter((j) => j.error === null && j.grade !== null);
      out.push({ suite: e.suite, model, judge: e.judge, asked: m.length, read: read.length, correct: read.filter((j) => j.passed).length, errors: m.filter((j) => j.error !== null).length });
    }
  }
  return out;
}

function costRows(js: readonly JudgmentRecord[]): JudgeCostRow[] {
  const judges = [...new Set(js.map((j) => j.judge))].sort();
  return judges.map((judge) => {
    const mine = js.filter((j) => j.judge === judge);
    const byKind: Record<string, number> = {};
    for (const j of mine) if (j.error_kind) byKind[j.error_kind] = (byKind[j.error_kind] ?? 0) + 1;
    const [p50, p95] = percentiles(mine.filter((j) => !j.cached).map((j) => j.latency_ms), [0.5, 0.95]);
    const costs = mine.map((j) => j.cost_usd).filter((c): c is number => c !== null);
    return {
      judge, judgments: mine.length, cached: mine.filter((j) => j.cached).length, errors: mine.filter((j) => j.error !== null).length, errors_by_kind: orderedCounts(byKind),
      latency_ms_p50: p50 ?? null, latency_ms_p95: p95 ?? null,
      input_tokens: mine.reduce((s, j) => s + (j.input_tokens ?? 0), 0), output_tokens: mine.reduce((s, j) => s + (j.output_tokens ?? 0), 0),
      cost_usd: costs.length ? costs.reduce((s, c) => s + c, 0) : null,
    };
  });
}
