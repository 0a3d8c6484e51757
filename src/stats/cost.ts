/**
 * @module stats/cost — cost per correct answer with an item-bootstrap interval.
 *
 * cost per correct = Σ cost / Σ correct over items (a ratio estimator, not a mean of ratios);
 * the interval resamples items (Efron & Tibshirani 1993, ch. 13, percentile interval), so
 * an item's cost and its correctness stay together. No correct answer → null: the ratio does
 * not exist (never 0, never ∞); resamples with no correct answer are skipped.
 */
import { bootstrapCI, type BootstrapOptions, type Interval } from './bootstrap.js';

export interface ItemCost {
  /** USD spent on the item (all samples). */
  cost: number;
  /** Correct answers for the item (0/1, or the number of passing samples). */
  correct: number;
}

function ratio(items: readonly ItemCost[]): number | null {
  let cost = 0;
  let correct = 0;
  for (const it of items) {
    cost += it.cost;
    correct += it.correct;
  }
  return correct > 0 ? cost / correct : null;
}

/** Point estimate only. */
export function costPerCorrect(items: readonly ItemCost[]): number | null {
  return items.length === 0 ? null : ratio(items);
}

/** Estimate with a seeded percentile bootstrap interval over items. */
export function costPerCorrectCI(items: readonly ItemCost[], opts: BootstrapOptions = {}): Interval | null {
  return bootstrapCI(items, ratio, opts);
}
