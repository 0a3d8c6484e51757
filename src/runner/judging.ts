/**
 * @module runner/judging — the judging phase: after the candidates answered, every judge grades
 * every answer of the judged suites (or, pairwise, compares every pair of answers in both orders),
 * through its own queue, cache and retries. Judgments go to judgments.jsonl; for a judge-scored
 * suite the first judge's grades become the records' scores (records.jsonl rewritten atomically, once: runner/judge-records),
 * and a judgment that failed makes that record an error record (`judge_invalid`, `judge_<kind>`),
 * never a wrong answer. Judging costs are the judges' own: they never enter a candidate's record,
 * but they count toward `--max-cost` with the candidates' (one spend, one limit).
 */
import path from 'node:path';
import fs from 'node:fs';
import PQueue from 'p-queue';
import { createProvider } from '../providers/index.js';
import { ResponseCache } from '../store/cache.js';
import { readRecords } from '../store/records.js';
import { RECORDS } from '../store/run-dir.js';
import { compareJudgments, writeJudgments, type JudgmentRecord } from '../store/judgments.js';
import { extractMessages, gradeMessages, pairwiseMessages, questionOf, EXTRACT_PROMPT_VERSION, GRADE_PROMPT_VERSION, PAIRWISE_PROMPT_VERSION } from '../scorers/judge/prompt.js';
import { parseExtract, parseGrade, parsePairwise } from '../scorers/judge/parse.js';
import { allowedAnswers, extractionUpdate, isGold, needsReading } from './judge-extract.js';
import { gradeUpdate, rewriteJudged, type RecordUpdate } from './judge-records.js';
import { askJudge, type JudgeCall } from './judge-call.js';
import { humanGradeOf, type JudgingPlan, type SuiteJudging } from './judge-plan.js';
import type { RetryPolicy } from './retry.js';
import type { Provider } from '../providers/types.js';
import type { RunRecord } from '../store/types.js';
import type { Item, Suite } from '../suites/types.js';

export interface JudgingOptions {
  runDir: string;
  suites: Suite[];
  /** The response cache folder, or null with --no-cache. */
  cacheDir: string | null;
  retry: RetryPolicy;
  signal: AbortSignal;
  onWarning(message: string): void;
  /** `--max-cost`: the spend so far, shared with the candidates' phase (./judge-call.ts `budget`). */
  budget?: { limit: number; spent: number };
}

export interface JudgingOutcome {
  /** Judge id → why it was stopped (auth, quota, cancelled): the run is incomplete. */
  stopped: Map<string, string>;
  judgments: number;
  /** `budget` was spent with questions left unasked: their judgments are missing, for a resume with a higher limit. */
  budgetSpent: boolean;
}

type Task = () => Promise<void>;

export async function runJudging(plan: JudgingPlan, opts: JudgingOptions): Promise<JudgingOutcome> {
  const stopped = new Map<string, string>();
  const providers = new Map<string, Provider>();
  const cache = opts.cacheDir === null ? null : await ResponseCache.open(opts.cacheDir);
  const out: JudgmentRecord[] = [];
  let budgetSpent = false;
  const ask = { cache, retry: opts.retry, signal: opts.signal, ...(opts.budget && { budget: opts.budget }) };
  try {
    for (const [id, spec] of plan.specs) providers.set(id, await createProvider(spec));
    const queues = new Map([...plan.specs].map(([id, spec]) => [id, new PQueue({ concurrency: Math.max(1, spec.concurrency) })]));
    const recordsFile = path.join(opts.runDir, RECORDS);
    const tasks: Array<{ judge: string; run: Task }> = [];
    // One read of records.jsonl for every judged suite (not one per suite: it holds every answer's text).
    const answersOf = answerRecords(recordsFile, new Set([...plan.suites.map((sj) => sj.suite), ...plan.extract.map((ex) => ex.suite)]));
    for (const sj of plan.suites) {
      const suite = opts.suites.find((s) => s.name === sj.suite);
      if (!suite) continue;
      const items = new Map(suite.items.map((i) => [i.id, i]));
      const answers = answersOf.get(sj.suite) ?? [];
      const add = (judge: string, ask: (p: Provider) => Promise<JudgmentRecord | null>): void => {
        tasks.push({ judge, run: async () => {
          if (stopped.has(judge)) return;
          const j = await ask(providers.get(judge)!);
          if (j) out.push(j);
        } });
      };
      for (const judge of sj.judges) {
        if (sj.mode === 'grade') {
          for (const r of answers) {
            const item = items.get(r.item_id);
            if (item) add(judge, (p) => gradeOne(p, sj, suite, item, r));
          }
        } else {
          for (const [a, b, item, oa, ob] of pairsOf(answers, items)) {
            add(judge, (p) => compareOnce(p, sj, suite, item, a, b, oa, ob, 'ab'));
            add(judge, (p) => compareOnce(p, sj, suite, item, a, b, oa, ob, 'ba'));
          }
        }
      }
    }
    for (const ex of plan.extract) {
      const suite = opts.suites.find((s) => s.name === ex.suite);
      if (!suite) continue;
      const items = new Map(suite.items.map((i) => [i.id, i]));
      for (const r of answersOf.get(ex.suite) ?? []) {
        const item = items.get(r.item_id);
        if (!item || !needsReading(r)) continue;
        tasks.push({ judge: ex.judge, run: async () => {
          if (stopped.has(ex.judge)) return;
          const j = await readOne(providers.get(ex.judge)!, suite, item, r);
          if (j) out.push(j);
        } });
      }
    }
    await Promise.all(tasks.map((t) => queues.get(t.judge)!.add(t.run)));
    out.sort(compareJudgments);
    await writeJudgments(opts.runDir, out);
    // One rewrite of records.jsonl for every suite whose records take the judges' word.
    const updates = new Map<string, RecordUpdate>();
    for (const sj of plan.suites) if (sj.decides && sj.mode === 'grade') updates.set(sj.suite, gradeUpdate(sj, out));
    for (const ex of plan.extract) {
      const suite = opts.suites.find((s) => s.name === ex.suite);
      const update = suite && extractionUpdate(suite, ex.judge, out);
      if (update) updates.set(ex.suite, update);
    }
    rewriteJudged(recordsFile, updates);
  } finally {
    cache?.close();
    for (const w of cache?.warnings ?? []) opts.onWarning(w);
    await Promise.allSettled([...providers.values()].map((p) => p.close?.()));
  }
  return { stopped, judgments: out.length, budgetSpent };

  async function gradeOne(p: Provider, sj: SuiteJudging, suite: Suite, item: Item, r: RunRecord): Promise<JudgmentRecord | null> {
    const call = await askJudge(p, gradeMessages(suite, item, r.output ?? '', sj.scale), { ...ask, version: GRADE_PROMPT_VERSION }, (t) => parseGrade(t, sj.scale));
    if (call.ok === 'stopped') return stop(p.spec.id, call.reason, call.budget);
    const base = judgmentBase(sj.suite, item.id, p.spec.id, 'grade', GRADE_PROMPT_VERSION, call);
    return {
      ...base, model: r.model, sample: r.sample,
      grade: call.ok ? call.value.grade : null, passed: call.ok ? call.value.correct : null, score: call.ok ? call.value.score : null,
      reason: call.ok ? call.value.reason : null,
      human_grade: humanGradeOf(item, r.model, sj.scale),
      scorer_correct: sj.decides ? null : typeof r.correct === 'boolean' ? r.correct : null,
    };
  }

  async function compareOnce(p: Provider, sj: SuiteJudging, suite: Suite, item: Item, a: string, b: string, oa: string, ob: string, order: 'ab' | 'ba'): Promise<JudgmentRecord | null> {
    const [first, second] = order === 'ab' ? [oa, ob] : [ob, oa];
    const call = await askJudge(p, pairwiseMessages(suite, item, first, second), { ...ask, version: PAIRWISE_PROMPT_VERSION }, parsePairwise);
    if (call.ok === 'stopped') return stop(p.spec.id, call.reason, call.budget);
    const winner = call.ok ? call.value.winner : null;
    const firstModel = order === 'ab' ? a : b;
    const secondModel = order === 'ab' ? b : a;
    return {
      ...judgmentBase(sj.suite, item.id, p.spec.id, 'pairwise', PAIRWISE_PROMPT_VERSION, call),
      model_a: a, model_b: b, order, winner,
      preferred: winner === 'A' ? firstModel : winner === 'B' ? secondModel : winner === 'tie' ? 'tie' : null,
      reason: call.ok ? call.value.reason : null,
    };
  }

  async function readOne(p: Provider, suite: Suite, item: Item, r: RunRecord): Promise<JudgmentRecord | null> {
    const { allowed, shown } = allowedAnswers(suite, item);
    const call = await askJudge(p, extractMessages(questionOf(suite, item), r.output ?? '', shown), { ...ask, version: EXTRACT_PROMPT_VERSION }, (t) => parseExtract(t, allowed));
    if (call.ok === 'stopped') return stop(p.spec.id, call.reason, call.budget);
    const answer = call.ok ? call.value.answer : null;
    return {
      ...judgmentBase(suite.name, item.id, p.spec.id, 'extract', EXTRACT_PROMPT_VERSION, call), model: r.model, sample: r.sample,
      grade: answer, passed: answer === null ? null : isGold(suite, item, answer), reason: call.ok ? call.value.reason : null,
    };
  }

  function stop(judge: string, reason: string, budget?: true): null {
    if (budget) {
      // --max-cost: this judgment is left for a resume; the judge is not stopped (cached questions are still served).
      budgetSpent = true;
      return null;
    }
    if (!stopped.has(judge)) {
      stopped.set(judge, reason);
      if (reason !== 'cancelled') opts.onWarning(`judge ${judge} was stopped: ${reason}; its remaining judgments are missing (resume the run to finish them)`);
    }
    return null;
  }
}

function judgmentBase(suite: string, item_id: string, judge: string, mode: JudgmentRecord['mode'], version: string, call: Exclude<JudgeCall<unknown>, { ok: 'stopped' }>): JudgmentRecord {
  return {
    suite, item_id, judge, mode, model: null, sample: 0, model_a: null, model_b: null, order: null,
    grade: null, passed: null, score: null, winner: null, preferred: null, reason: null,
    error: call.ok ? null : call.error, error_kind: call.ok ? null : call.error_kind,
    human_grade: null, scorer_correct: null, prompt_version: version,
    latency_ms: call.latency_ms, input_tokens: call.input_tokens, output_tokens: call.output_tokens, cost_usd: call.cost_usd, cached: call.cached, attempts: call.attempts,
  };
}

/** The answered records (no endpoint error, not a probe variant) of these suites, outputs included, by suite. */
function answerRecords(file: string, suites: ReadonlySet<string>): Map<string, RunRecord[]> {
  const out = new Map<string, RunRecord[]>();
  if (suites.size === 0 || !fs.existsSync(file)) return out;
  for (const r of readRecords(file, { onTorn: () => undefined })) {
    if (!suites.has(r.suite) || r.variant || typeof r.output !== 'string') continue;
    if (r.error !== null && !String(r.error_kind ?? '').startsWith('judge_')) continue;
    let answers = out.get(r.suite);
    if (answers === undefined) out.set(r.suite, (answers = []));
    answers.push(r);
  }
  return out;
}

/** Pairwise: per item, every pair of models (in first-seen order) that both answered sample 0. */
function* pairsOf(answers: RunRecord[], items: Map<string, Item>): Generator<[string, string, Item, string, string]> {
  const byItem = new Map<string, Map<string, string>>();
  const models: string[] = [];
  for (const r of answers) {
    if (r.sample !== 0) continue;
    if (!models.includes(r.model)) models.push(r.model);
    let m = byItem.get(r.item_id);
    if (!m) byItem.set(r.item_id, (m = new Map()));
    m.set(r.model, r.output ?? '');
  }
  for (const [id, m] of byItem) {
    const item = items.get(id);
    if (!item) continue;
    for (let i = 0; i < models.length; i++) {
      for (let j = i + 1; j < models.length; j++) {
        const a = models[i]!;
        const b = models[j]!;
        if (m.has(a) && m.has(b)) yield [a, b, item, m.get(a)!, m.get(b)!];
      }
    }
  }
}
