/**
 * @module cli/commands/run — `bench run`: flags → run options, then the runner
 * (src/runner/run.ts) with a progress bar and Ctrl-C wired in; its result → the terminal
 * and the exit code (3 when the run could not finish, 1 on a regression).
 */
import { InputError } from '../../errors.js';
import { redact } from '../../secrets.js';
import { run } from '../../runner/run.js';
import type { RunConfig } from '../../runner/config.js';
import { createProgress, type Progress } from '../progress.js';
import { printBaselineCheck } from '../regression-output.js';
import { outputWidth } from '../width.js';
import { collectBetweenPhases, sizeHeapForRun, stopHeapSizing } from '../heap.js';
import { printJson, runJson, textOut } from '../json.js';

export interface RunOptions {
  suite?: string[];
  models: string;
  model?: string[];
  /** `--judge` ids (repeatable). */
  judge?: string[];
  out: string;
  samples: number;
  limit?: number;
  item?: string[];
  filter?: string;
  sample?: number;
  failedFrom?: string;
  concurrency?: number;
  resume?: string;
  retryErrors?: string;
  /** USD: stop sending new requests (candidates' and judges') once the run's records and judgments cost this much. */
  maxCost?: number;
  /** Print the plan with estimated tokens, cost and time; send nothing, write nothing. */
  dryRun?: boolean;
  baseline?: string;
  maxDrop?: number;
  maxLatencyIncrease?: number;
  maxCostIncrease?: number;
  margin: number;
  seed: number;
  workers?: number;
  unsafeNoSandbox?: boolean;
  format?: string;
  /** Slice the reports by this item field instead of the suites' own `slices`. */
  by?: string;
  wide?: boolean;
  tasks: string;
  cache: boolean;
  progress: boolean;
  /** [shards] `i/n` or `env` (with `shards`). */
  shard?: string;
  shards?: number;
  /** `--probe` values, e.g. `rotate=3`. */
  probe?: string[];
  /** `--scoring likelihood`: also score multiple-choice suites by likelihood. */
  scoring?: string;
  /** The final summary as one JSON document on stdout (cli/json.ts `runJson`); everything else on stderr. */
  json?: boolean;
  /** [batch] `--batch`, and `--batch-poll` in seconds. */
  batch?: boolean;
  batchPoll?: number;
}

/** The flags as the runner's options (commander has checked their types). */
export function runConfigOf(opts: RunOptions, argv: string[] = process.argv): RunConfig {
  if (opts.format !== undefined && opts.format !== 'github') {
    throw new InputError(`--format: expected "github", got "${opts.format}"`);
  }
  if (!opts.suite?.length && opts.retryErrors === undefined) {
    throw new InputError('--suite: required (a suite name under tasks/ or a path to a suite folder), unless --retry-errors <run-dir> names a run to retry');
  }
  if (opts.retryErrors !== undefined && opts.resume !== undefined) throw new InputError('--retry-errors and --resume: give one (both continue a run folder)');
  const thresholds = {
    ...(opts.maxDrop !== undefined && { maxDrop: opts.maxDrop }),
    ...(opts.maxLatencyIncrease !== undefined && { maxLatencyIncrease: opts.maxLatencyIncrease }),
    ...(opts.maxCostIncrease !== undefined && { maxCostIncrease: opts.maxCostIncrease }),
  };
  return {
    ...(opts.suite?.length && { suites: opts.suite }),
    models: opts.models,
    ...(opts.model?.length && { modelIds: opts.model }),
    ...(opts.judge?.length && { judges: opts.judge }),
    out: opts.out,
    samples: opts.samples,
    ...(opts.limit !== undefined && { limit: opts.limit }),
    ...(opts.item?.length && { items: opts.item }),
    ...(opts.filter !== undefined && { filter: opts.filter }),
    ...(opts.sample !== undefined && { sample: opts.sample }),
    ...(opts.failedFrom !== undefined && { failedFrom: opts.failedFrom }),
    ...(opts.concurrency !== undefined && { concurrency: opts.concurrency }),
    ...(opts.resume !== undefined && { resume: opts.resume }),
    ...(opts.retryErrors !== undefined && { retryErrors: opts.retryErrors }),
    ...(opts.maxCost !== undefined && { maxCost: opts.maxCost }),
    ...(opts.baseline !== undefined && { baseline: opts.baseline, thresholds }),
    margin: opts.margin,
    seed: opts.seed,
    ...(opts.workers !== undefined && { workers: opts.workers }),
    ...(opts.unsafeNoSandbox === true && { unsafeNoSandbox: true }),
    ...(opts.format === 'github' && { format: 'github' as const }),
    ...(opts.by !== undefined && { by: opts.by }),
    ...(opts.wide === true && { wide: true }),
    ...(outputWidth(opts.wide) !== undefined && { width: outputWidth(opts.wide) }),
    ...(opts.shard !== undefined && { shard: opts.shard }),
    ...(opts.shards !== undefined && { shards: opts.shards }),
    ...(opts.probe?.length && { probes: opts.probe }),
    ...(opts.scoring !== undefined && { scoring: scoringOf(opts.scoring) }),
    ...(opts.batch === true && { batch: true }),
    ...(opts.batchPoll !== undefined && { batchPollMs: opts.batchPoll * 1000 }),
    tasksDir: opts.tasks,
    cache: opts.cache,
    command: argv.slice(2),
  };
}

/** The arguments without the given flags and their values (`--flag v` and `--flag=v`). */
function withoutFlags(args: string[], flags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (flags.includes(a)) i++;
    else if (!flags.some((f) => a.startsWith(`${f}=`))) out.push(a);
  }
  return out;
}

function scoringOf(v: string): 'generative' | 'likelihood' {
  if (v !== 'generative' && v !== 'likelihood') throw new InputError(`--scoring: expected generative or likelihood, got "${v}"`);
  return v;
}

export async function runCommand(opts: RunOptions): Promise<void> {
  const config = runConfigOf(opts);
  if (opts.dryRun) {
    const { dryRun } = await import('../../runner/dry-run.js');
    const plan = await dryRun(config);
    if (opts.json) printJson(plan);
    else process.stdout.write((await import('../dry-run-output.js')).renderDryRun(plan) + '\n');
    return;
  }
  const controller = new AbortController();
  let progress: Progress | undefined;
  const ceilings = new Map<string, number>();
  const log = (m: string): void => (progress ? progress.log(m) : void process.stderr.write(m + '\n'));
  let interrupts = 0;
  const onSignal = (sig: NodeJS.Signals): void => {
    interrupts++;
    if (interrupts === 1) {
      log(`${sig}: stopping — finishing in-flight requests (up to 5 s); press Ctrl-C again to quit now`);
      controller.abort(new Error(sig));
    } else {
      process.stderr.write('\nbench: quit at once; finished records are on disk; resume with --resume\n');
      process.exit(3);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let result;
  try {
    result = await run(config, {
      signal: controller.signal,
      onRunStart: (s) => {
        sizeHeapForRun(s.total);
        progress = createProgress({ total: s.total, done: s.alreadyDone, enabled: opts.progress });
        if (s.retrying !== undefined) progress.log(`retrying ${s.retrying} error record(s) of ${s.runDir}`);
        else if (s.resumed) progress.log(`resuming ${s.runDir}: ${s.alreadyDone} of ${s.total} already recorded`);
        else progress.log(`run ${s.runId}: ${s.total} jobs (${s.suites} suite(s) × ${s.models} model(s)${s.shard ? `, shard ${s.shard}` : ''}) → ${s.runDir}`);
        for (const a of s.adaptive ?? []) {
          ceilings.set(a.model, a.max);
          progress.setLimit(a.model, a.limit);
        }
      },
      onLimit: (m, limit) => progress?.setLimit(m, limit),
      onRecord: (r) => progress?.onRecord(r),
      onBatch: (b) => log(`batch ${b.id} (${b.model}${b.submitted ? '' : ', saved by the interrupted run'}): ${b.status} · ${b.done}/${b.total} done, ${b.failed} failed`),
      onModelStopped: (m, why) => log(`model ${m} stopped for the rest of the run: ${why}`),
      onJobsDone: (executed) => {
        stopHeapSizing();
        collectBetweenPhases();
        progress?.stop();
        progress = undefined;
        for (const [m, limit] of executed.limits) log(`adaptive concurrency: ${m} ended at ${limit} in flight (max ${ceilings.get(m)})`);
      },
      onSummary: () => collectBetweenPhases(),
      onWarning: (m) => log(`warning: ${m}`),
    });
  } finally {
    stopHeapSizing();
    progress?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  // With --json, stdout carries one JSON document only: the table and notes go to stderr.
  const text = textOut(opts.json);
  text.write(result.terminal + '\n');
  text.write(`\nrun folder: ${result.runDir}\n`);
  if (opts.json) printJson(runJson(result));
  if (result.costLimit) {
    const { limit_usd, spent_usd } = result.costLimit;
    const args = withoutFlags(process.argv.slice(3), ['--max-cost', '--resume']);
    const again = config.retryErrors !== undefined ? `bench run ${args.join(' ')} --max-cost <usd>` : `bench run ${args.join(' ')} --resume ${result.runDir} --max-cost <usd>`;
    const what = result.summary.judging ? 'records and judgments' : 'records';
    process.stderr.write(redact(`bench: stopped at --max-cost $${limit_usd}: the run's ${what} cost $${spent_usd.toFixed(4)}, so no new request was sent (those in flight were recorded); continue with a higher limit: ${again}`) + '\n');
    process.exitCode = 3;
    return;
  }
  if (result.incomplete !== null && config.retryErrors !== undefined && result.incomplete.startsWith('records are missing')) {
    process.stderr.write(`bench: the errors were retried, but the run itself never finished: its missing records were not requested; finish it with the run's own command (manifest.json "command") and --resume ${result.runDir}\n`);
    process.exitCode = 3;
    return;
  }
  if (result.incomplete !== null && config.retryErrors !== undefined) {
    process.stderr.write(`bench: the retry did not finish (${result.incomplete}); records not retried keep their errors; run it again: bench run ${redact(process.argv.slice(3).join(' '))}\n`);
    process.exitCode = 3;
    return;
  }
  if (result.incomplete !== null) {
    process.stderr.write(`bench: the run did not finish (${result.incomplete}); resume with: bench run ${redact(process.argv.slice(3).join(' '))} --resume ${result.runDir}\n`);
    process.exitCode = 3;
    return;
  }
  if (result.baseline) process.exitCode = printBaselineCheck(result.baseline, text);
}
