/**
 * @module stats/cost — cost per correct answer with an item-bootstrap interval.
 *
 * cost per correct = Σ cost / Σ correct over items (a ratio estimator, not a mean of ratios);
 * the interval resamples items (Efron & Tibshirani 1993, ch. 13, percentile interval), so
 * an item's cost and its correctness stay together. No correct answer → null: the ratio does
 * not exist (never 0, never ∞); resamples with no correct answer are skipped.
 *
 * Items are summed in the order given: pass them in ascending id order (stats/id-order), as the
 * summary does, or a run and a merge of its shards differ in the last bits.
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

/**
 * Estimate with a 95% interval from the ratio estimator's linearization (Cochran 1977,
 * Sampling Techniques, §6.3–6.4): var(R) ≈ Σ (cost_i − R·correct_i)² / (n(n−1)·mean(correct)²).
 * O(n), so it costs nothing at 100,000 items where a bootstrap would take seconds; the low
 * end is clamped at 0. Null when nothing is correct or there are fewer than 2 items.
 */
export function costPerCorrectInterval(items: readonly ItemCost[], z = 1.959963984540054): Interval | null {
  const n = items.length;
  const r = n < 2 ? null : ratio(items);
  if (r === null) return null;
  let ss = 0;
  let correct = 0;
  for (const it of items) {
    const d = it.cost - r * it.correct;
    ss += d * d;
    correct += it.correct;
  }
  const meanCorrect = correct / n;
  const se = Math.sqrt(ss / (n * (n - 1))) / meanCorrect;
  return { estimate: r, low: Math.max(0, r - z * se), high: r + z * se };
}

/** Estimate with a seeded percentile bootstrap interval over items. */
export function costPerCorrectCI(items: readonly ItemCost[], opts: BootstrapOptions = {}): Interval | null {
  return bootstrapCI(items, ratio, opts);
}
