/**
 * @module runner/dry-run — `bench run --dry-run`: the plan and its bill before anything is sent.
 * Loads and checks the run's inputs exactly as a run does (the same item selection, `--limit`,
 * shard, probes; with `resume`, only what is missing; with `retryErrors`, only the errors),
 * plans the jobs, and estimates per model: input tokens from the rendered prompts, output tokens,
 * cost and time. Creates no provider, sends no request and writes nothing (no run folder, no cache).
 *
 * Estimates: input tokens are characters / 4 plus 4 per message (no tokenizer is shipped for
 * hosted models; OpenAI's own rule of thumb for English). Output tokens are the mean of the newest
 * earlier run of the same suite and model config under the results folder (runner/past-usage)
 * when there is one, else `max_tokens` per request (an upper bound), else unknown. Time is jobs ×
 * mean past latency ÷ concurrency (no faster than the model's rpm allows); unknown without a past
 * run. Cost is tokens × the models.yaml price, or for `per_hour` prices the estimated time × price.
 */
import path from 'node:path';
import { BENCH_VERSION } from '../version.js';
import { fingerprintParts } from '../store/fingerprint.js';
import { jobKey, readRecords } from '../store/records.js';
import { errorJobKeys } from '../store/retry-records.js';
import { publicSpec, RECORDS } from '../store/run-dir.js';
import { renderMessages } from '../suites/template.js';
import { resolveRunConfig, type RunConfig } from './config.js';
import { batchCostOf, costOf, INPUT_TOKENS_METHOD, messageTokens, outputPerRequest } from './dry-run-cost.js';
import { estimateJudges, type DryRunJudge } from './dry-run-judges.js';
import { loadRunInputs } from './inputs.js';
import { likelihoodKeyText } from './likelihood-job.js';
import { pastUsage, type PastUsage } from './past-usage.js';
import { planJobs, type Job, type Jobs } from './plan.js';
import { retryConfigOf } from './retry-errors.js';
import type { ModelSpec } from '../config/types.js';
import type { ManifestSelection } from '../store/types.js';

export { INPUT_TOKENS_METHOD } from './dry-run-cost.js';
export type { DryRunJudge } from './dry-run-judges.js';

export interface DryRunModel {
  model: string;
  jobs: number;
  /** Estimated (see `input_tokens_method`). */
  input_tokens: number;
  /** Expected output tokens; null when neither a past run nor max_tokens gives them. */
  output_tokens: number | null;
  /** Where the output figure comes from, per suite: `history <run_id>` (mean of that run), `max_tokens` (upper bound) or `unknown`. */
  output_tokens_source: Record<string, string>;
  /** null when a price or a needed figure is missing (`cost_note` says which). */
  cost_usd: number | null;
  cost_note: string | null;
  /** At the configured concurrency; null without a past run's latency. */
  time_s: number | null;
  concurrency: number;
  /** Runs the latency figures come from (suite → run id). */
  latency_source: Record<string, string>;
}

export interface DryRunPlan {
  suites: Array<{ name: string; items: number }>;
  selection: ManifestSelection | null;
  models: DryRunModel[];
  /** [judged suites] The judging phase's questions about the planned answers, per judge (empty when nothing is judged). */
  judges: DryRunJudge[];
  /** `cost_usd` is the whole bill: `candidates_cost_usd` + `judges_cost_usd`; jobs, tokens and time are the candidates'. */
  total: { jobs: number; input_tokens: number; output_tokens: number | null; cost_usd: number | null; candidates_cost_usd: number | null; judges_cost_usd: number | null; time_s: number | null };
  input_tokens_method: string;
  /** Jobs already recorded, not planned (with `resume`). */
  already_done: number;
  /** `maxCost`, when given: the run would stop there (`over_max_cost` when the estimate reaches it). */
  max_cost_usd?: number;
  over_max_cost?: boolean;
  /** [batch] `--batch`: costs at the batch price, no time estimate (a batch takes up to the provider's 24 h window). */
  batch?: boolean;
}

/** The plan of a run and its estimated cost and time; nothing is sent or written. */
export async function dryRun(input: RunConfig): Promise<DryRunPlan> {
  let config = resolveRunConfig(input);
  let only: Set<string> | undefined;
  let done: Set<string> = new Set();
  if (config.retryErrors !== undefined) {
    const r = retryConfigOf(config);
    config = r.config;
    only = errorJobKeys(path.join(r.runDir, RECORDS));
  } else if (config.resume !== undefined) {
    // What a resume would keep (it drops error records and requests them again), read only.
    for (const r of readRecords(path.join(path.resolve(config.resume), RECORDS), { dropOutput: true, onTorn: () => undefined })) if (r.error === null) done.add(jobKey(r));
  }
  const inputs = await loadRunInputs(config);
  try {
    const { models, suites } = inputs;
    const plan = planJobs(suites, models, config.samples, config.limit, done, inputs.shard, inputs.probes, only);
    const parts = fingerprintParts({ benchVersion: BENCH_VERSION, suites: [], models: models.map(publicSpec), samples: config.samples, limit: config.limit, seed: config.seed });
    const out = config.retryErrors !== undefined ? path.dirname(path.resolve(config.retryErrors)) : config.resume !== undefined ? path.dirname(path.resolve(config.resume)) : config.out;
    const past = pastUsage(out, suites.flatMap((s) => models.map((m) => ({ suite: s.name, model: m.id, modelPart: parts[`model:${m.id}`]! }))));
    const tokens = new Map<string, number>();
    const rows = models.map((m) => estimateModel(m, plan.byModel.get(m.id) ?? [], past, tokens, config.batch === true));
    const sum = (f: (r: DryRunModel) => number | null): number | null => (rows.some((r) => f(r) === null && r.jobs > 0) ? null : rows.reduce((a, r) => a + (f(r) ?? 0), 0));
    const times = rows.filter((r) => r.jobs > 0).map((r) => r.time_s);
    const judges = estimateJudges(inputs.judging, suites, models, plan, past);
    const judgesCost = judges.some((j) => j.cost_usd === null) ? null : judges.reduce((a, j) => a + j.cost_usd!, 0);
    const candidatesCost = sum((r) => r.cost_usd);
    // What is known of the bill (for --max-cost): every known cost, candidates' and judges'.
    const knownCost = [...rows.map((r) => r.cost_usd), ...judges.map((j) => j.cost_usd)].filter((c): c is number => c !== null);
    return {
      suites: suites.map((s) => ({ name: s.name, items: config.limit === null ? s.items.length : Math.min(config.limit, s.items.length) })),
      selection: inputs.selection,
      models: rows,
      judges,
      total: {
        jobs: rows.reduce((a, r) => a + r.jobs, 0),
        input_tokens: rows.reduce((a, r) => a + r.input_tokens, 0),
        output_tokens: sum((r) => r.output_tokens),
        cost_usd: candidatesCost === null || judgesCost === null ? null : candidatesCost + judgesCost,
        candidates_cost_usd: candidatesCost,
        judges_cost_usd: judgesCost,
        // Each model has its own queue: they run side by side.
        time_s: times.includes(null) ? null : Math.max(0, ...(times as number[])),
      },
      input_tokens_method: INPUT_TOKENS_METHOD,
      already_done: plan.alreadyDone,
      ...(config.batch === true && { batch: true }),
      ...(config.maxCost !== undefined && { max_cost_usd: config.maxCost, over_max_cost: knownCost.length > 0 && knownCost.reduce((a, c) => a + c, 0) >= config.maxCost }),
    };
  } finally {
    inputs.dispose();
  }
}

/** Estimated input tokens of a job's prompt (memoized per prompt: the same for every model and sample). */
function inputTokens(job: Job, memo: Map<string, number>): number {
  const key = `${job.suite.name}\0${job.item.id}\0${job.variant ?? ''}`;
  let n = memo.get(key);
  if (n === undefined) {
    if (job.likelihood) n = Math.ceil(likelihoodKeyText(job.likelihood).length / 4);
    else n = messageTokens(renderMessages(job.suite, job.item));
    memo.set(key, n);
  }
  return n;
}

function estimateModel(m: ModelSpec, jobs: Jobs, past: Map<string, PastUsage>, memo: Map<string, number>, batch = false): DryRunModel {
  const perSuite = new Map<string, number>();
  let input = 0;
  for (const job of jobs) {
    input += inputTokens(job, memo);
    perSuite.set(job.suite.name, (perSuite.get(job.suite.name) ?? 0) + 1);
  }
  // gguf models generate one request at a time in-process.
  const concurrency = m.provider === 'gguf' ? 1 : Math.max(1, m.concurrency);
  let output: number | null = 0;
  let busyMs: number | null = 0;
  const outputSource: Record<string, string> = {};
  const latencySource: Record<string, string> = {};
  for (const [suite, n] of perSuite) {
    const each = outputPerRequest(m, suite, past);
    const p = past.get(`${suite}\0${m.id}`);
    outputSource[suite] = each.source;
    output = output === null || each.tokens === null ? null : output + n * each.tokens;
    if (p?.latency_ms_mean != null) {
      latencySource[suite] = p.run_id;
      if (busyMs !== null) busyMs += n * p.latency_ms_mean;
    } else busyMs = null;
  }
  let time = busyMs === null ? null : busyMs / concurrency / 1000;
  if (time !== null && m.rpm) time = Math.max(time, (jobs.length / m.rpm) * 60);
  const { cost, note } = batch ? batchCostOf(m, input, output) : costOf(m, input, output, time);
  // [batch] a batch takes the provider's hours, not the endpoint's latency: no time estimate.
  if (batch) time = null;
  return {
    model: m.id, jobs: jobs.length, input_tokens: input, output_tokens: output === null ? null : Math.round(output),
    output_tokens_source: outputSource, cost_usd: jobs.length ? cost : 0, cost_note: jobs.length ? note : null, time_s: jobs.length ? time : 0, concurrency, latency_source: latencySource,
  };
}

