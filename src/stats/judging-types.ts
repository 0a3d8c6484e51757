/** @module stats/judging-types — the `judging` section of summary.json (snake_case, stable names; see the README's judge reference). */

export interface JudgeAccuracyRow {
  model: string;
  /** Answers graded (sample 0 … k, judgments without error). */
  n: number;
  correct: number;
  accuracy: number | null;
  ci95: [number, number] | null;
  /** Judgments that failed (endpoint error, invalid grade): not counted as wrong. */
  errors: number;
  /** The model is also this suite's judge (self-preference): its figures may be inflated. */
  self_judged: boolean;
}

export interface JudgeVerdict {
  /** A judge id, or `reference` for the suite's own scorer. */
  by: string;
  /** The model with the highest accuracy (or pairwise: the most wins net of losses); null when none was graded. */
  leader: string | null;
  /** Models tied with the leader. */
  tied: string[];
  /** The leader against the runner-up on the items both were graded on: exact McNemar p (grade) or null. */
  p_value: number | null;
  runner_up: string | null;
}

export interface AgreementStat {
  /** The raters compared (judge ids, or `human`, or `reference`). */
  raters: string[];
  statistic: 'cohen_kappa' | 'fleiss_kappa';
  kappa: number | null;
  /** 95% percentile bootstrap over items (seeded; every answer to an item resampled together). */
  ci95: [number, number] | null;
  interval: 'bootstrap_items';
  /** Answers every rater graded. */
  n: number;
  items: number;
}

export interface PairwiseResult {
  model_a: string;
  model_b: string;
  /** Items where both orders were judged without error. */
  n: number;
  /** Wins that survived the swap (the same model preferred in both orders). */
  a_wins: number;
  b_wins: number;
  /** Both orders said tie, or one order said tie. */
  ties: number;
  /** The preferred answer changed with its position: not a win for either. */
  inconsistent: number;
  errors: number;
}

export interface PositionBias {
  /** Judgments (one order each) that picked the answer shown first / second (ties left out). */
  first: number;
  second: number;
  share_first: number | null;
  /** Two-sided exact binomial test of share_first = 0.5. */
  p_value: number | null;
  /** p < 0.05. */
  biased: boolean;
}

export interface JudgeSuiteResult {
  judge: string;
  /** grade mode: accuracy per model under this judge. */
  rows?: JudgeAccuracyRow[];
  /** pairwise mode: per pair of models. */
  pairs?: PairwiseResult[];
  position_bias?: PositionBias;
  verdict: JudgeVerdict;
  /** This judge against the item's `human_grade`s. */
  human_agreement?: AgreementStat | null;
  /** This judge's pass/fail against the suite's own scorer (e.g. reference), when the suite has one. */
  scorer_agreement?: AgreementStat | null;
}

export interface SuiteJudging {
  suite: string;
  mode: 'grade' | 'pairwise';
  judges: string[];
  /** `scorer: judge`: the first judge's grades are the suite's rows. */
  decides: boolean;
  /** Candidates that also judge this suite (marked in every report). */
  self_judged: string[];
  by_judge: JudgeSuiteResult[];
  /** With two or more judges: agreement on the grades (or pairwise outcomes). */
  agreement: AgreementStat | null;
  /** The suite's own scorer's verdict (when it is not the judge), beside the judges'. */
  reference_verdict: JudgeVerdict | null;
  judges_disagree: boolean;
  /** One plain sentence: who leads under each judge, and whether they disagree about the winner. */
  verdict: string;
}

export interface JudgeCostRow {
  judge: string;
  /** Questions asked of this judge (grades and pairwise orders). */
  judgments: number;
  cached: number;
  errors: number;
  errors_by_kind: Record<string, number>;
  latency_ms_p50: number | null;
  latency_ms_p95: number | null;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number | null;
}

/** `extract: judge`: per (suite, model), the replies the rules left unread that the judge was asked to read. */
export interface ExtractionRow {
  suite: string;
  model: string;
  judge: string;
  /** Unread replies (no_answer, ambiguous) sent to the judge. */
  asked: number;
  /** Of them, replies the judge read as one answer (now scored, `extracted_by` `judge:<id>`). */
  read: number;
  /** Of those, correct. */
  correct: number;
  /** Judgments that failed: the record keeps the rules' reading. */
  errors: number;
}

export interface JudgingSummary {
  prompt_versions: string[];
  /** `extract: judge` suites: what the judge read, counted apart from the rules' readings. */
  extraction?: ExtractionRow[];
  suites: SuiteJudging[];
  /** Judging's own cost and latency, per judge: never part of a candidate's figures. */
  judges: JudgeCostRow[];
  /** The run's whole bill: the candidates' answers and the judges' grading, apart and together. */
  cost: { candidates_usd: number | null; judges_usd: number | null; total_usd: number | null };
}

/** manifest.json `judging`: what the judges were asked (prompt texts, versions, their sha256) and the plan per suite. */
export interface ManifestJudging {
  prompt: { grade_version: string; pairwise_version: string; grade_system: string; pairwise_system: string; extract_version?: string; extract_system?: string; sha256: string };
  /** `extract: judge` suites: the judge that reads the replies the rules left unread. */
  extract?: Array<{ suite: string; judge: string }>;
  suites: Array<{ suite: string; judges: string[]; mode: 'grade' | 'pairwise'; decides: boolean; scale: { kind: 'labels'; grades: string[]; pass: string[] } | { kind: 'numeric'; min: number; max: number; pass: number } }>;
}
