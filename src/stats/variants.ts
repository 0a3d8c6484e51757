/**
 * @module stats/variants — splits a run's records into the main ones (the item as written, which
 * make every main figure) and what the probes need from the rest, in the same single pass.
 *
 * A record with a `variant` never reaches the main figures. Scored sample-0 records with a
 * `rotation` (the item as written, rotation 0, and its rotated variants) feed option-rotation
 * statistics; `likelihood` records feed likelihood scoring; `choices-only` records (the question
 * withheld) feed stats/choices-only. Errored records feed nothing (an
 * endpoint failure is not an answer). A later record for the same job replaces an earlier one.
 * Observations come out in ascending item id (then variant) order, not in record order: the
 * probes' sums, exact tests and seeded resamples are then the same whatever order records came in.
 */
import type { RunRecord } from '../store/types.js';
import type { RotationObservation } from './rotation.js';
import type { ChoicesOnlyObservation } from './choices-only.js';
import { valuesById } from './id-order.js';

export interface LikelihoodObservation {
  item_id: string;
  correct: boolean;
  correct_norm: boolean;
  gold_prob: number;
  brier: number;
}

type BySuiteModel<T> = Map<string, Map<string, Map<string, T>>>;

function slot<T>(m: BySuiteModel<T>, suite: string, model: string): Map<string, T> {
  let s = m.get(suite);
  if (!s) m.set(suite, (s = new Map()));
  let x = s.get(model);
  if (!x) s.set(model, (x = new Map()));
  return x;
}

export class VariantCollector {
  private rot: BySuiteModel<RotationObservation> = new Map();
  private lik: BySuiteModel<LikelihoodObservation> = new Map();
  private co: BySuiteModel<ChoicesOnlyObservation> = new Map();

  add(r: RunRecord): void {
    if (r.sample !== 0) return;
    const scored = (r.error === null || r.error === undefined) && typeof r.correct === 'boolean';
    const key = `${r.item_id}\u0000${r.variant ?? ''}`;
    if (r.rotation) {
      const m = slot(this.rot, r.suite, r.model);
      if (!scored) m.delete(key);
      else {
        const x = r.rotation;
        m.set(key, { item_id: r.item_id, index: x.index, of: x.of, correct: r.correct === true, gold_position: x.gold_position, chosen_position: x.chosen_position, chosen_original: x.chosen_original });
      }
    }
    if (r.variant === 'likelihood') {
      const m = slot(this.lik, r.suite, r.model);
      if (!scored || !r.likelihood) m.delete(r.item_id);
      else m.set(r.item_id, { item_id: r.item_id, correct: r.correct === true, correct_norm: r.likelihood.correct_norm, gold_prob: r.likelihood.gold_prob, brier: r.likelihood.brier });
    }
    if (r.variant === 'choices-only') {
      const m = slot(this.co, r.suite, r.model);
      if (!scored || !r.choices_only) m.delete(r.item_id);
      else m.set(r.item_id, { item_id: r.item_id, correct: r.correct === true, options: r.choices_only.options });
    }
  }

  /** model → choices-only observations (the question withheld), for a suite. */
  choicesOnly(suite: string): Map<string, ChoicesOnlyObservation[]> {
    return new Map([...(this.co.get(suite) ?? new Map<string, Map<string, ChoicesOnlyObservation>>())].map(([m, x]) => [m, valuesById(x)]));
  }

  /** model → rotation observations, for a suite (empty when the probe did not run). */
  rotation(suite: string): Map<string, RotationObservation[]> {
    return new Map([...(this.rot.get(suite) ?? new Map<string, Map<string, RotationObservation>>())].map(([m, x]) => [m, valuesById(x)]));
  }

  likelihood(suite: string): Map<string, LikelihoodObservation[]> {
    return new Map([...(this.lik.get(suite) ?? new Map<string, Map<string, LikelihoodObservation>>())].map(([m, x]) => [m, valuesById(x)]));
  }
}

/** Yields the main records (no variant) and feeds every record to `collector`. */
export function* mainRecords(records: Iterable<RunRecord>, collector: VariantCollector): Generator<RunRecord> {
  for (const r of records) {
    const main = r.variant === undefined || r.variant === null;
    if (!main || r.rotation !== undefined) collector.add(r); // most records: nothing to collect
    if (main) yield r;
  }
}
