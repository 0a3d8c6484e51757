/**
 * @module scorers/types — a scorer is a function of (item, output).
 *
 * It returns what it read from the output (`extracted`), whether that is right,
 * and why not. It never sees endpoint errors: an item whose request failed is
 * an error record, not a wrong answer, and never reaches a scorer.
 */
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
  | string;

export interface ScoreResult {
  correct: boolean;
  /** 0..1 (1 when correct for binary scorers). */
  score: number;
  /** What the scorer read from the output (a letter, a label, the code), or null. */
  extracted: string | null;
  /** Null when correct. */
  reason: Reason | null;
  /** Human-readable detail (e.g. the failing assertion), optional. */
  explanation?: string;
  /** Code scorers: sandbox time, kept apart from model latency. */
  execMs?: number;
}

export interface ScoreContext {
  suite: Suite;
  signal: AbortSignal;
}

export interface Scorer {
  readonly type: ScorerConfig['type'];
  score(item: Item, output: string, ctx: ScoreContext): ScoreResult | Promise<ScoreResult>;
  /** Release pools, temp dirs. */
  close?(): Promise<void>;
}

export type ScorerFactory = (config: ScorerConfig, suite: Suite) => Scorer | Promise<Scorer>;

/** The result of comparing an extracted answer with the gold one (binary scorers). */
export function judged(extracted: string, correct: boolean, explanation?: string): ScoreResult {
  return {
    correct,
    score: correct ? 1 : 0,
    extracted,
    reason: correct ? null : 'wrong',
    ...(explanation === undefined ? {} : { explanation }),
  };
}

/** The result when nothing could be read from the output. */
export function noAnswer(explanation: string): ScoreResult {
  return { correct: false, score: 0, extracted: null, reason: 'no_answer', explanation };
}
