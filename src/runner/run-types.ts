/**
 * @module runner/run-types — what a run takes and gives at each phase: the events it tells
 * (`RunEvents`), how it is driven (`RunControl`), and the values passed from `prepareRun` to
 * `executeRun` to `finalizeRun` (`PreparedRun`, `ExecutedRun`, `RunResult`). Re-exported by
 * runner/run and the public API.
 */
import type { BatchProgress } from './batch.js';
import type { BaselineCheck } from './baseline.js';
import type { ResolvedRunConfig } from './config.js';
import type { JudgingPlan } from './judge-plan.js';
import type { Plan } from './plan.js';
import type { ReportPhase } from './report-phase.js';
import type { ModelSpec } from '../config/types.js';
import type { Provider } from '../providers/types.js';
import type { Scorer } from '../scorers/types.js';
import type { ResponseCache } from '../store/cache.js';
import type { BatchStateFile } from '../store/batches.js';
import type { Shard } from '../store/shard.js';
import type { Manifest, RunRecord, Summary } from '../store/types.js';
import type { Suite } from '../suites/types.js';

/** What a run tells while it goes. Every hook is optional. */
export interface RunEvents {
  /** The run folder is ready and the jobs are planned. */
  onRunStart?(start: RunStart): void;
  /** A record was appended to records.jsonl. */
  onRecord?(record: RunRecord): void;
  /** A model was stopped for the rest of the run (auth, quota, endpoint down). */
  onModelStopped?(model: string, reason: string): void;
  /** [adaptive] A model's in-flight limit changed (AIMD on 429/503). */
  onLimit?(model: string, limit: number): void;
  /** Every job ran (or the run was stopped); the summary and reports come next. */
  onJobsDone?(executed: ExecutedRun): void;
  /**
   * The summary is built from the records; the report files and the history store come next.
   * Not called when the report phase ran on its own thread (a run of at most 5,000 jobs).
   */
  onSummary?(summary: Summary): void;
  /** [batch] A batch was submitted, or its status or counts changed. */
  onBatch?(progress: BatchProgress): void;
  /** Something worth knowing that does not stop the run. @default a `warning:` line on stderr */
  onWarning?(message: string): void;
}

export interface RunStart {
  runId: string;
  runDir: string;
  resumed: boolean;
  /** Jobs of the whole run (items × models × samples). */
  total: number;
  /** Jobs already recorded (a resume). */
  alreadyDone: number;
  /** [retry-errors] Error records whose jobs are requested again (`total` of them). */
  retrying?: number;
  suites: number;
  models: number;
  /** [shards] `i/n` when this process runs one shard. */
  shard?: string;
  /** [adaptive] The models whose concurrency adapts: where the limit starts and its ceiling. */
  adaptive?: Array<{ model: string; limit: number; max: number }>;
}

/** How a run is driven: its cancellation and its events. */
export interface RunControl extends RunEvents {
  /** Aborting stops the run as Ctrl-C does (finished records kept; resumable). */
  signal?: AbortSignal;
  /** How long in-flight requests may finish after an abort, ms. @default 5000 */
  graceMs?: number;
}

/** A run whose inputs are checked and whose folder is open: what `executeRun` needs. */
export interface PreparedRun {
  config: ResolvedRunConfig;
  runDir: string;
  /** The results folder holding the run folder (and the cache, the history store). */
  out: string;
  manifest: Manifest;
  /** The run's suites; a suite of ITEMS_ON_DISK_MIN items or more has `items` emptied: its jobs read them from the snapshot (`plan.items`). */
  suites: Suite[];
  models: ModelSpec[];
  /** [shards] The shard this process runs. */
  shard?: Shard;
  plan: Plan;
  resumed: boolean;
  /** USD already spent by the run folder's records (a resume, a retry); 0 for a new run. Counted only with `maxCost`. */
  spent: number;
  /** [retry-errors] Set when the run retries the error records of an existing run folder. */
  retry?: { errors: number; startedAt: string; previousStatus: Manifest['status'] };
  providers: Map<string, Provider>;
  /** Scorer per suite name. */
  scorers: Map<string, Scorer>;
  cache: ResponseCache | null;
  /** [batch] The run goes through the providers' batch APIs: its saved batches (batches.json). */
  batches: BatchStateFile | null;
  /** [judged suites] Which suites the judging phase grades, by which judges. */
  judging: JudgingPlan;
  /** Releases providers, scorers, cache, and (when `lock` is true) the run folder's lock. Safe to call twice. */
  close(opts?: { lock?: boolean }): Promise<void>;
}

export interface ExecutedRun {
  /** The signal was aborted before every job ran. */
  aborted: boolean;
  /** Model id → why it was stopped. */
  stopped: Map<string, string>;
  /** Models for which every request sent failed. */
  failedModels: string[];
  /** [adaptive] Model id → its in-flight limit when the jobs ended. */
  limits: Map<string, number>;
  /** `maxCost` was reached with jobs or judgments left unsent: the limit and what the run's records and judgments cost. */
  costLimit?: { limit_usd: number; spent_usd: number };
  /**
   * The report phase `executeRun` started with the jobs (its modules loaded meanwhile), which
   * `finalizeRun` writes the reports through. A caller that stops before `finalizeRun` calls
   * its `close()`; without one, `finalizeRun` writes on its own thread.
   */
  report?: ReportPhase;
}

export interface RunResult {
  runId: string;
  runDir: string;
  summary: Summary;
  /** Every job ran and no model was stopped or failed every request. */
  complete: boolean;
  /** Why the run did not finish (resume it with `resume: runDir`), or null. */
  incomplete: string | null;
  /** The terminal table (or report.md for `format: 'github'` outside a GitHub job). */
  terminal: string;
  /** The regression check, when a baseline was asked for and the run finished. */
  baseline?: BaselineCheck;
  /** `maxCost` stopped the run: the limit and the spend (resume with a higher limit). */
  costLimit?: { limit_usd: number; spent_usd: number };
}

/** `onWarning`'s default: a `warning:` line on stderr. */
export const warnToStderr = (m: string): void => void process.stderr.write(`warning: ${m}\n`);
