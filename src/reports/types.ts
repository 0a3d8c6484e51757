/**
 * @module reports/types — a reporter is a pure function of a finished summary.
 * `bench report <run-dir>` rebuilds the context from the run folder alone and
 * calls every reporter again, so reports never depend on the live run.
 */
import type { Manifest, RegressionReport, Summary } from '../store/types.js';
import type { RegressionThresholds } from '../stats/regression.js';

/** One item where two models disagree, for the HTML drill-down. */
export interface Disagreement {
  suite: string;
  item_id: string;
  /** The rendered user prompt (last user message). */
  prompt: string;
  gold: string | null;
  /** model id → that model's output/extracted/correct/reason (sample 0). */
  answers: Record<string, { output: string | null; extracted: string | null; correct: boolean | null; reason: string | null }>;
}

/** One reply the scorer could not read, for the drill-down. */
export interface UnreadReply {
  suite: string;
  model: string;
  item_id: string;
  /** `no_answer`, `ambiguous` or `truncated`. */
  reason: string;
  output: string;
}

/** One row of the history store (nightly trends), when history exists. */
export interface HistoryPoint {
  run_id: string;
  started_at: string;
  suite: string;
  model: string;
  accuracy: number | null;
  ci_low: number | null;
  ci_high: number | null;
  latency_ms_p50: number | null;
  cost_per_correct_usd: number | null;
}

export interface ReportContext {
  summary: Summary;
  manifest: Manifest;
  /** Items two models disagree on (capped per suite and pair). */
  disagreements: Disagreement[];
  /** Trend points across earlier runs, when a history store exists. */
  history?: HistoryPoint[];
  /** Replies the scorer could not read (capped per suite and model). */
  unread?: UnreadReply[];
}

/**
 * One output of bench, rendered from a context (a run's summary, or a regression check).
 * Every file bench writes in a run folder beside the manifest and records comes from one.
 */
export interface Reporter<C = ReportContext> {
  /** File name written in the run folder, e.g. `report.md`; none for an output that is only a step summary. */
  readonly file?: string;
  /** Its output also goes to the CI step summary (`$GITHUB_STEP_SUMMARY`, reports/write). */
  readonly stepSummary?: boolean;
  render(ctx: C): string | Promise<string>;
}

/** What the regression reporters render (reports/regression, reports/junit). */
export interface RegressionContext {
  /** regressions.json as written. */
  report: RegressionReport;
  /** ISO start time of the current run. */
  timestamp: string;
  thresholds: RegressionThresholds;
  /** Set when there was no baseline at all (the first night): why. */
  skippedReason?: string;
}
