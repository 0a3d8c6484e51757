/**
 * @module scorers/types — a scorer is a function of (item, output).
 *
 * It returns what it read from the output (`extracted`), whether that is right,
 * and why not. It never sees endpoint errors: an item whose request failed is
 * an error record, not a wrong answer, and never reaches a scorer.
 */
import { InputErrors } from '../errors.js';
import type { Item, ScorerConfig, Suite } from '../suites/types.js';

/** Why an answer is not correct. Code scorers add their own (see scorers/code). */
export type Reason =
  | 'no_answer'
  | 'wrong'
  | 'failed_tests'
  | 'syntax_error'
  | 'timeout'
  | 'memory'
  | 'crashed'
  | 'no_code'
  | 'harness_not_reached'
  | 'output_limit'
  | 'non_plain_result'
  | 'test_error'
  | string;

export interface ScoreResult {
  correct: boolean;
  /** 0..1 (1 when correct for binary scorers). */
  score: number;
  /** What the scorer read from the output (a letter, a label, the code), or null. */
  extracted: string | null;
  /** How the answer was found (the rule or cue: `final_cue`, `verdicts`, `structured`…), or null. */
  extractedBy?: string | null;
  /** Null when correct. */
  reason: Reason | null;
  /** Human-readable detail (e.g. the failing assertion), optional. */
  explanation?: string;
  /** Code scorers: sandbox time, kept apart from model latency. */
  execMs?: number;
  /**
   * Code scorers: test cases passed, and how many the item has (partial credit). `testsTotal`
   * is null when the cases were not counted (no code to run, or `isolation: in_process`).
   */
  testsPassed?: number;
  testsTotal?: number | null;
  /** Partial credit 0..1 where the scorer gives one directly (reference: the best token F1); the record's `partial`. */
  partial?: number;
}

export interface ScoreContext {
  suite: Suite;
  signal: AbortSignal;
  /** The provider's finish reason (`length`: cut by the token limit; only an explicit answer cue then counts). */
  finishReason?: string | null;
  /** The model's stop strings: text after one is not part of the reply. */
  stop?: readonly string[];
}

/** The version of each scorer's reading rules: a rescore records both runs' versions, so a changed figure is traced to a changed scorer. */
export const SCORER_VERSIONS: Record<string, string> = {
  choice: '2.56.0', // 2.56.0: "actually" in other languages (en fait, de hecho, 其实) corrects, as in the label reader; 2.55.0: 'A letra B.', 'A opção C.' read again; 2.54.1: linear where an option is named thousands of times (same readings); 2.54.0: "not X but Y" only with a copula or article between ('Not sure if A, but C' is no cue); "I don't know" after a correction takes the answer back only when no answer follows; 2.53.0: a second answer added at the close in other languages ('Alternatively, C.', 'También C.', '也是D'); 2.52.x: another option offered at the close, linear on runs of blanks; 2.50.0–2.51.0 probes of this round's classes; 2.47.0–2.49.0: batches 11 and 14
  label: '2.57.0', // 2.57.0: "IP" alone counts where committed; "against" in other languages anywhere; "X applies only if" is a condition
  exact: '1.5.0',
  code: '1.1.0', // 1.1.0: a program's time limit is its CPU time, with a wall-clock backstop for idle time (was wall-clock time)
  reference: '1.3.0',
  judge: '1.0.0',
};

export interface Scorer {
  readonly type: ScorerConfig['type'];
  /** Code scorers: where the tests ran (`checker`: apart from the model's code; `in_process`: with it). */
  readonly isolation?: 'checker' | 'in_process';
  score(item: Item, output: string, ctx: ScoreContext): ScoreResult | Promise<ScoreResult>;
  /** Release pools, temp dirs. */
  close?(): Promise<void>;
}

export type ScorerFactory = (config: ScorerConfig, suite: Suite) => Scorer | Promise<Scorer>;

/** The result of comparing an extracted answer with the gold one (binary scorers). */
export function judged(extracted: string, correct: boolean, explanation?: string, extractedBy?: string): ScoreResult {
  return {
    correct,
    score: correct ? 1 : 0,
    extracted,
    ...(extractedBy === undefined ? {} : { extractedBy }),
    reason: correct ? null : 'wrong',
    ...(explanation === undefined ? {} : { explanation }),
  };
}

/** The result when nothing could be read from the output: `no_answer`, or `ambiguous` / `truncated` when that is why. */
export function noAnswer(explanation: string, reason: 'no_answer' | 'ambiguous' | 'truncated' = 'no_answer'): ScoreResult {
  return { correct: false, score: 0, extracted: null, extractedBy: null, reason, explanation };
}

/**
 * A scorer's rule for the items it scores, exported beside its factory: the problems of one
 * item, each as "field `answer`: expected …, got …" (none when the item is usable). The suite
 * loader runs it once per item (naming file:line and the id); `score()` trusts checked items.
 */
export type ItemCheck = (item: Readonly<Record<string, unknown>>, config: ScorerConfig) => string[];

/**
 * Item arrays the suite loader checked as it read them: the check, the scorer config and how many
 * items there were. A scorer made for a loaded suite does not check its items a second time
 * (2,000 choice items ≈ 5–10 ms of CPU before a run's first request).
 */
const checkedItems = new WeakMap<readonly unknown[], { check: ItemCheck; config: ScorerConfig; count: number }>();

/** Options a scorer config may carry beside the suite's own that no item check reads. */
const NOT_ITEM_OPTIONS = new Set(['workers', 'unsafe_no_sandbox']);

/** Records that every item of `items` passed `check` under `config` (the suite loader, once per item). */
export function markItemsChecked(items: readonly unknown[], check: ItemCheck, config: ScorerConfig): void {
  checkedItems.set(items, { check, config, count: items.length });
}

function checkedAlready(items: readonly unknown[], check: ItemCheck, config: ScorerConfig): boolean {
  const mark = checkedItems.get(items);
  if (mark === undefined || mark.check !== check || mark.count !== items.length) return false;
  const a = mark.config as unknown as Record<string, unknown>;
  const b = config as unknown as Record<string, unknown>;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!Object.is(a[k], b[k]) && !NOT_ITEM_OPTIONS.has(k)) return false;
  }
  return true;
}

/** Throws one InputErrors naming every item of `suite` that `check` refuses (a suite built in code; a loaded suite's items were checked as they were read). */
export function assertItems(suite: Suite, check: ItemCheck, config: ScorerConfig = suite.scorer): void {
  if (checkedAlready(suite.items, check, config)) return;
  const problems = suite.items.flatMap((item) => check(item, config).map((p) => `item ${item.id}: ${p}`));
  if (problems.length > 0) {
    throw new InputErrors(`suite ${suite.name} (${suite.dir}): ${problems.length} problem(s) with items for the ${config.type} scorer:`, problems);
  }
}
