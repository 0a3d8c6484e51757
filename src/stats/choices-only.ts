/**
 * @module stats/choices-only — what the choices-only probe shows about each model: its accuracy
 * with the question withheld (continuity-corrected Wilson 95% interval), the accuracy chance would give (the mean of
 * 1/k over its items, k an item's number of options), a one-sided exact test against chance
 * (P(X ≥ correct) for X the Poisson-binomial number of lucky guesses, stats/poisson-binomial),
 * and the items it answered right without the question. Also the items no model answered right
 * without the question — those that need it, where the paired comparison is repeated.
 */
import type { ChoicesOnlyModel } from '../store/types.js';
import { ALPHA } from './comparisons.js';
import { poissonBinomialUpperTail } from './poisson-binomial.js';
import { wilsonCC } from './proportion.js';

/** One scored choices-only answer. */
export interface ChoicesOnlyObservation {
  item_id: string;
  correct: boolean;
  /** The item's number of options. */
  options: number;
}

export function choicesOnlyModel(model: string, obs: readonly ChoicesOnlyObservation[]): ChoicesOnlyModel {
  const n = obs.length;
  const right = obs.filter((o) => o.correct);
  const w = wilsonCC(right.length, n);
  const ps = obs.map((o) => 1 / Math.max(1, o.options));
  const p = n ? poissonBinomialUpperTail(right.length, ps) : null;
  return {
    model, n, correct: right.length, accuracy: w?.estimate ?? null, ci95: w ? [w.low, w.high] : null,
    chance: n ? ps.reduce((a, b) => a + b, 0) / n : null, p_value: p, above_chance: p !== null && p < ALPHA,
    items_right: right.map((o) => o.item_id).sort(),
  };
}

/**
 * Items that need the question: every model answered them without the question (scored) and none
 * was right. An item a model could not be scored on is left out (it is unknown, not wrong).
 */
export function itemsNeedingQuestion(byModel: ReadonlyMap<string, readonly ChoicesOnlyObservation[]>, models: readonly string[]): Set<string> {
  if (!models.length) return new Set();
  const count = new Map<string, number>();
  const right = new Set<string>();
  for (const m of models) {
    for (const o of byModel.get(m) ?? []) {
      count.set(o.item_id, (count.get(o.item_id) ?? 0) + 1);
      if (o.correct) right.add(o.item_id);
    }
  }
  return new Set([...count].filter(([id, c]) => c === models.length && !right.has(id)).map(([id]) => id));
}
