/**
 * @module store/types — the files of a run folder that users script against
 * (CONTRACT.md). snake_case, stable names; add fields, rename none without
 * bumping `schema_version`.
 *
 * Every file bench writes in a run folder: manifest.json (`Manifest`, store/run-dir),
 * records.jsonl (`RunRecord`, store/records), and the Reporter outputs (reports/write):
 * summary.json (`Summary`), results.csv (the rows), report.md, report.html, and with
 * `--baseline` regressions.json (`RegressionReport`) and junit.xml.
 */
import type { RegressionRow } from '../stats/regression.js';
import type { RotationStats } from '../stats/rotation.js';
import type { JudgingSummary, ManifestJudging } from '../stats/judging-types.js';
import type { Metric, ScorerType, SuiteSource } from '../suites/types.js';
import type { PublicModelSpec, Tuned } from '../config/types.js';

export const SCHEMA_VERSION = 1;

/** One line of records.jsonl: one (suite, item, model, sample). */
export interface RunRecord {
  suite: string;
  item_id: string;
  model: string;
  sample: number;
  prompt_hash: string;
  /** The model's text; null when the request failed. */
  output: string | null;
  /** What the scorer read from the output, or null. */
  extracted: string | null;
  /** How the answer was found: the rule or cue (`final_cue`, `verdicts`, `structured`, `option_text`, `question_words`…); null when nothing was read or the item errored. Absent in runs made before it existed. */
  extracted_by?: string | null;
  /** The gold answer (choice letter, label, exact string); null for code items. */
  gold: string | null;
  /** 0..1; null when the item errored (an error is never a wrong answer). */
  score: number | null;
  /** null when the item errored. */
  correct: boolean | null;
  /** Why not correct (`no_answer`, `wrong`, `failed_tests`, `timeout`, `memory`, …); null when correct or errored. */
  reason: string | null;
  /** null, or why the endpoint failed (the item is then not scored). */
  error: string | null;
  /** Typed failure kind (`rate_limit`, `server`, `auth`, …) when `error` is set. */
  error_kind: string | null;
  ttft_ms: number | null;
  latency_ms: number | null;
  /**
   * ms from the first to the last generated token (0: all in one chunk; null: not streamed or
   * not measured). The decode rate is (output_tokens − 1) / decode_ms. Absent in older runs.
   */
  decode_ms?: number | null;
  /** Code suites: sandbox time, kept apart from model latency. */
  exec_ms: number | null;
  /** Code suites only: test cases of the item that passed (an assert of HumanEval's check, an MBPP+ input). */
  tests_passed?: number;
  /** Code suites only: test cases the item has; null when not counted (`isolation: in_process`, no code). */
  tests_total?: number | null;
  /**
   * Partial credit, 0..1. Code suites: tests_passed / tests_total (without a count, 1 if correct
   * else 0). Reference suites: the best token F1 of the answer against the reference and aliases
   * (1 for a numeric match). Absent for other scorers.
   */
  partial?: number;
  input_tokens: number | null;
  /** Billed output tokens, reasoning included. */
  output_tokens: number | null;
  /** Of output_tokens, those spent reasoning, where the endpoint reports them (null otherwise). Absent in older runs. */
  reasoning_tokens?: number | null;
  cost_usd: number | null;
  /** Served from the response cache (no request sent). */
  cached: boolean;
  /** Requests sent for this record (1 = first try succeeded; 0 = served from cache). */
  attempts: number;
  /** `stop`, `length`, `repetition`… */
  finish_reason: string | null;
  /**
   * [batch] true: the request went through the provider's batch API (`bench run --batch`, or an
   * answer such a run cached): `ttft_ms`, `latency_ms` and `decode_ms` are null (no latency is
   * measured; the reports show "batch") and `cost_usd` is at the batch price. Absent otherwise.
   */
  batch?: boolean;
  /** ISO time the record was written. */
  finished_at: string;
  /**
   * Absent or null: the item as written (the main figures). Otherwise the probe variant that asked
   * it (`rot1`, `rot2`… for option rotation, `likelihood` for likelihood scoring); `item_id` stays
   * the original item's id. Variant records never enter the main accuracy or comparisons.
   */
  variant?: string | null;
  /** Option rotation (`--probe rotate`): positions are 0-based in the order the prompt listed the options. */
  rotation?: {
    index: number;
    /** Rotations asked for this item, the item as written included. */
    of: number;
    options: number;
    gold_position: number;
    chosen_position: number | null;
    /** The original option key (letter as written in the suite, or the label) chosen. */
    chosen_original: string | null;
  };
  /** Choices-only probe (`variant: choices-only`, the question withheld): the item's number of options (chance of a guess: 1/options). */
  choices_only?: { options: number };
  /** Likelihood scoring: each option's log-likelihood and continuation length, and the predictions. */
  likelihood?: {
    options: Array<{ key: string; logprob: number; chars: number; tokens: number }>;
    pred: string;
    pred_norm: string;
    correct_norm: boolean;
    gold_prob: number;
    brier: number;
  };
  /** [replicas] The replica that answered or last failed (its URL without credentials); only for models with several. */
  replica?: string;
  /** [replicas] Failed attempts of this job per replica (retried elsewhere or not); only when some failed. */
  replica_errors?: Record<string, number>;
  /** [judge-scored suites] The judge's one-sentence reason for the grade in `extracted` (`extracted_by`: `judge:<id>`). */
  judge_reason?: string | null;
}

export interface ManifestSuite {
  name: string;
  version: string;
  domain: string;
  metric: Metric;
  /** Further label metrics reported beside the main one. */
  secondary_metrics?: Metric[];
  hash: string;
  items: number;
  path: string;
  scorer: ScorerType;
  /** pass@k ks (code suites). */
  k?: number[];
  /** Code suites: where the tests ran (`checker`: a separate trusted process; `in_process`: inside the program, forgeable). */
  isolation?: 'checker' | 'in_process';
  /** label suites: the labels (for balanced accuracy / macro-F1). */
  labels?: string[];
  source?: SuiteSource;
}

export interface Manifest {
  schema_version: number;
  run_id: string;
  started_at: string;
  finished_at: string | null;
  /** `running` | `complete` | `incomplete` */
  status: 'running' | 'complete' | 'incomplete';
  bench_version: string;
  node_version: string;
  platform: string;
  command: string[];
  seed: number;
  samples: number;
  limit: number | null;
  suites: ManifestSuite[];
  models: PublicModelSpec[];
  /** `--probe` values the run was asked with (e.g. `rotate=3`), when any. */
  probes?: string[];
  /** sha256 over what makes two runs comparable/resumable (see store/fingerprint). */
  fingerprint: string;
  /** The parts the fingerprint was made from, to show what changed. */
  fingerprint_parts: Record<string, string>;
  /** Environment variable names read for keys (never values). */
  env_vars: string[];
  /** [shards] Set when this folder is one shard of a run (`bench run --shard i/n`); `fingerprint` is the whole run's. */
  shard?: ManifestShard;
  /** [shards] Set on a folder written by `bench merge`: the shards it combines. */
  merge?: ManifestMerge;
  /** [judged suites] The judge prompts (text, versions, sha256) and which judges graded which suite, how. */
  judging?: ManifestJudging;
  /** Version of each scorer used (scorer type → version), so a changed figure can be traced to a changed scorer. Absent in runs made before it existed. */
  scorer_versions?: Record<string, string>;
  /** Set on a folder written by `bench rescore`: the run it re-scored and that run's scorer versions. */
  rescore?: ManifestRescore;
  /** `bench run --retry-errors`: one entry per retry of this run's error records, oldest first. */
  error_retries?: ManifestErrorRetry[];
  /** `--max-cost` of the last run or resume of this folder, USD. */
  max_cost_usd?: number;
  /** The item selection (`--item`, `--filter`, `--sample`, `--failed-from`), when the run asked one. */
  selection?: ManifestSelection;
}

export interface ManifestSelection {
  /** `--item` ids. */
  items?: string[];
  /** `--filter`: the regular expression item ids were matched against. */
  filter?: string;
  /** `--sample n` with the run's `--seed`. */
  sample?: { n: number; seed: number };
  /** `--failed-from`: the run whose wrongly answered items were selected, and how many there were. */
  failed_from?: { run_id: string; path: string; items: number };
  /** Items selected per suite (before `--limit`). */
  selected: Record<string, number>;
  /** Suites the selection left without an item: not run. */
  dropped_suites?: string[];
}

export interface ManifestErrorRetry {
  /** When the retry started and ended (ISO). */
  started_at: string;
  finished_at: string;
  /** Jobs whose record was an error when the retry started. */
  errors: number;
  /** Of those, jobs requested again whose new record replaced the error record. */
  retried: number;
  /** Of the retried, records that are errors again. */
  still_errors: number;
}

export interface ManifestRescore {
  /** The run whose saved outputs were scored again. */
  from_run_id: string;
  rescored_at: string;
  /** The original run's scorer versions (`unknown` for a run made before versions were recorded); today's are in `scorer_versions`. */
  scorer_versions_before: Record<string, string>;
  /** Records copied, records scored again (endpoint errors are copied as they were), and records whose verdict changed. */
  records: number;
  rescored: number;
  changed: number;
}

export interface ManifestShard {
  /** 1-based. */
  index: number;
  count: number;
  /** Items of this shard, over all suites (the whole run's are in `suites[].items`). */
  items: number;
}

export interface ManifestMerge {
  /** The shard count of the run. */
  shards: number;
  merged: Array<{ shard: string; run_id: string; status: Manifest['status']; records: number }>;
  /** Shards absent from a `--allow-partial` merge (`3/4`, …); empty when every shard is here. */
  missing: string[];
}

export interface SummaryRow {
  /** [judged suites] This model is also a judge of the suite (self-preference): its figures may be inflated. */
  self_judged?: boolean;
  suite: string;
  model: string;
  params_b: number | null;
  tuned: Tuned | null;
  metric: Metric;
  /** Items with at least one scored record. */
  n: number;
  /** Items answered correctly (sample 0 / pass@1 count for code). */
  correct: number;
  /** The suite's metric (pass@1 for code). null when nothing was scored. */
  accuracy: number | null;
  ci95: [number, number] | null;
  pass_at_k: Record<string, number> | null;
  /** The suite's secondary metrics (e.g. macro_f1 for PubMedQA): value and 95% bootstrap interval. */
  secondary?: Record<string, { value: number | null; ci95: [number, number] | null }>;
  errors: number;
  /** Error counts by kind. */
  errors_by_kind: Record<string, number>;
  /**
   * Answers the model withheld (records with reason `refused`: a content filter or refusal, or
   * `no_text`: tool calls only). Counted as not correct, shown apart. Absent in older summaries.
   */
  refused?: number;
  ttft_ms_p50: number | null;
  ttft_ms_p95: number | null;
  latency_ms_p50: number | null;
  latency_ms_p95: number | null;
  output_tokens_per_s_p50: number | null;
  input_tokens: number;
  output_tokens: number;
  /** Sum of records' reasoning_tokens (part of output_tokens); null when no record reported any. */
  reasoning_tokens?: number | null;
  cost_usd: number | null;
  cost_per_correct_usd: number | null;
  /** 95% interval of cost per correct answer (ratio estimator, items as the unit). */
  cost_per_correct_ci95?: [number, number] | null;
  /** Scored items whose reply gave no answer (`no_answer` or `truncated`; first scored sample). */
  no_answer?: number;
  /** Scored items whose reply pointed to several answers (`ambiguous`). */
  ambiguous?: number;
  /** (no_answer + ambiguous) / n: the share of replies the scorer could not read; null when n = 0. */
  unparsed_share?: number | null;
  /** Code suites: mean over items of the share of test cases passed (stats/partial); reference suites: mean token F1; null when no record carries it. */
  partial_credit?: number | null;
  /** Code and reference suites: 95% interval of `partial_credit` (Wilson score on the mean share; conservative). */
  partial_credit_ci95?: [number, number] | null;
  /** Code suites: where the tests ran (`checker` | `in_process`); `in_process` results can be forged by hostile code. */
  isolation?: 'checker' | 'in_process';
}

export type Verdict = 'a_better' | 'b_better' | 'no_significant_difference';

export interface Comparison {
  suite: string;
  model_a: string;
  model_b: string;
  n: number;
  accuracy_a: number | null;
  accuracy_b: number | null;
  diff: number | null;
  ci95: [number, number] | null;
  p_value: number | null;
  /** Holm-adjusted p across the suite's pairs. */
  p_adjusted: number | null;
  test: string;
  verdict: Verdict;
  /** Code and reference suites: mean partial credit of a and b on the items both have it for, and a − b. */
  partial_a?: number | null;
  partial_b?: number | null;
  partial_diff?: number | null;
  /** 95% bootstrap interval of partial_diff. */
  partial_ci95?: [number, number] | null;
  /** Two-sided sign-flip randomization test of the per-item partial differences (`partial_test`). */
  partial_p_value?: number | null;
  partial_test?: string;
}

export interface Summary {
  schema_version: number;
  run_id: string;
  /** false when the run was interrupted: figures cover finished records only. */
  complete: boolean;
  rows: SummaryRow[];
  comparisons: Comparison[];
  /** One plain sentence (and structured fields) per suite: where small wins. */
  verdicts: SuiteVerdict[];
  /** Per sliced suite and slice field: rows per (value, model), pairwise tests per value. */
  slices?: SuiteSlices[];
  /** "Is the win real?": per suite, the winner and paired results under each scoring method run. */
  robustness?: SuiteRobustness[];
  /** [shards] Present only on a `--allow-partial` merge: what the figures leave out. */
  partial?: PartialMerge;
  /** Per suite where models' shares of unread replies differ significantly (paired on items): the note and the tests. */
  answer_format?: AnswerFormatNote[];
  /** [replicas] Per replica of the models served by several: present only when a model has replicas. */
  replicas?: ReplicaRow[];
  /** [judged suites] Grades by judge models: per suite accuracy under each judge, agreement, bias; judging cost apart. */
  judging?: JudgingSummary;
}

/** Unread replies compared between two models on the items both answered (exact McNemar on "unread"). */
export interface AnswerFormatPair {
  model_a: string;
  model_b: string;
  n: number;
  unparsed_a: number;
  unparsed_b: number;
  p_value: number;
  /** Holm-adjusted across the suite's pairs. */
  p_adjusted: number;
}

export interface AnswerFormatNote {
  suite: string;
  /** "accuracy differences may come from answer format: …" */
  note: string;
  /** The pairs whose unread shares differ significantly (Holm-adjusted p < 0.05). */
  pairs: AnswerFormatPair[];
}

export interface ReplicaRow {
  model: string;
  /** The replica's URL without credentials or query. */
  replica: string;
  /** Records it answered (not from the cache, not errors). */
  answered: number;
  /** Failed attempts it got (most retried on another replica). */
  errors: number;
  latency_ms_p50: number | null;
  latency_ms_p95: number | null;
  ttft_ms_p50: number | null;
}

export interface PartialMerge {
  /** Shards not merged at all (`3/4`, …). */
  missing_shards: string[];
  /** Shards merged although they did not finish. */
  incomplete_shards: string[];
}

/**
 * One way of scoring a suite in the robustness section: `generative` (the main figures),
 * `circular` (right under every option rotation), `likelihood_acc`, `likelihood_acc_norm`; other
 * probes add their own. Each has per-model accuracy and the paired comparisons on its own items.
 */
export interface RobustnessMethod {
  method: string;
  /** Plain name for reports, e.g. "option rotation (circular)". */
  label: string;
  models: RobustnessModel[];
  /** Every pair of models on the items both have under this method (exact McNemar, Holm across the pairs). */
  pairs: Comparison[];
  /** Highest accuracy under this method. */
  best: string | null;
  /** `best` when it is significantly better than every other model (Holm-adjusted p < 0.05), else null. */
  winner: string | null;
}

export interface RobustnessModel {
  model: string;
  n: number;
  correct: number;
  accuracy: number | null;
  ci95: [number, number] | null;
}

/** What option rotation shows about one model (stats/rotation). */
/** Option rotation of one model: the figures of stats/rotation (circular accuracy, consistency, position bias). */
export interface RotationModel extends RotationStats {
  model: string;
}

/** Likelihood scoring of one model: acc and acc_norm, and partial credit. */
export interface LikelihoodModel {
  model: string;
  n: number;
  acc: number | null;
  acc_norm: number | null;
  /** Mean probability given to the gold option, normalized over the options, with a 95% interval. */
  gold_prob: number | null;
  gold_prob_ci95: [number, number] | null;
  /** Mean Brier score over the options (0 perfect, 2 worst), with a 95% interval. */
  brier: number | null;
  brier_ci95: [number, number] | null;
}

export interface SuiteRobustness {
  suite: string;
  methods: RobustnessMethod[];
  /** Per model, when the rotate probe ran. */
  rotation?: RotationModel[];
  /** Per model, when likelihood scoring ran. */
  likelihood?: LikelihoodModel[];
  /** When the choices-only probe ran: each model without the question, and the items that need it. */
  choices_only?: ChoicesOnlySummary;
  /** Plain sentences, the headline first ("the win holds under every scoring", …). */
  sentences: string[];
}

/** One model asked with the question withheld (`--probe choices-only`). */
export interface ChoicesOnlyModel {
  model: string;
  /** Items answered (scored) without the question. */
  n: number;
  correct: number;
  accuracy: number | null;
  ci95: [number, number] | null;
  /** Accuracy expected from guessing: the mean of 1/k over the items (k options). */
  chance: number | null;
  /** One-sided exact p of `correct` or more right by guessing (Poisson-binomial tail, 1/k per item). */
  p_value: number | null;
  /** p < 0.05: the model does better than chance without the question. */
  above_chance: boolean;
  /** The items it answered right without the question, sorted. */
  items_right: string[];
}

export interface ChoicesOnlySummary {
  models: ChoicesOnlyModel[];
  /** Items every model answered without the question and none got right: the `needs_question` method compares on them. */
  items_needing_question: number;
}

export interface SuiteVerdict {
  suite: string;
  best: string | null;
  /** Models not significantly different from the best after correction. */
  indistinguishable: string[];
  /** Models non-inferior to the best within the margin. */
  non_inferior: string[];
  smallest_competitive: string | null;
  cheapest_competitive: string | null;
  sentence: string;
  /** One sentence per slice field of the suite (where models differ by slice, after correction). */
  slice_sentences?: string[];
}

/** One (suite, slice field, slice value, model): the items of that slice only. */
export interface SliceRow {
  suite: string;
  /** The item field sliced by (e.g. `topic`). */
  field: string;
  /** The field's value (`(none)` for items without it). */
  value: string;
  model: string;
  /** Items of the slice with a scored record. */
  n: number;
  correct: number;
  accuracy: number | null;
  /** Wilson 95% interval (one sample per item); item bootstrap with several samples. */
  ci95: [number, number] | null;
  cost_usd: number | null;
  cost_per_correct_usd: number | null;
}

/**
 * A pair of models on one slice's shared items. `p_adjusted` is Holm-adjusted across every
 * slice × pair test of the suite (`SuiteSlices.tests` of them); a slice with fewer than
 * `min_items` shared items is not tested (`verdict: too_few_items`, `p_adjusted` null).
 */
export interface SliceComparison extends Omit<Comparison, 'verdict'> {
  field: string;
  value: string;
  verdict: Verdict | 'too_few_items';
}

/** Everything about one suite sliced by one field. */
export interface SuiteSlices {
  suite: string;
  field: string;
  /** The slice values, in order. */
  values: string[];
  rows: SliceRow[];
  comparisons: SliceComparison[];
  /** Tests Holm's correction covered: every slice × pair test of the suite (all its slice fields). */
  tests: number;
  /** Fewest shared items a slice needs to get a verdict. */
  min_items: number;
  /** The verdict's sentence about this field. */
  sentence: string;
}

/**
 * `regressions.json`: the regression check of a run against its baseline (`--baseline`).
 * Written by reports/regression's reporter, read back by `--baseline latest` (a run that
 * regressed is never picked as the next baseline).
 */
export interface RegressionReport {
  schema_version: number;
  run_id: string;
  baseline_run_id: string | null;
  baseline_dir: string | null;
  thresholds: { alpha: number; max_drop: number | null; max_latency_increase: number | null; max_cost_increase: number | null };
  /** True when a row regressed. */
  regression: boolean;
  rows: RegressionRow[];
}
