/**
 * @module stats/slices — a suite's figures per slice (the items sharing a value of an item
 * field such as `topic`): per (value, model) n, accuracy with its interval and cost per correct
 * answer (the interval as the suite's: continuity-corrected Wilson, or the floored bootstrap
 * with several samples); per (value, pair of models) the paired test of stats/comparisons on the slice's
 * shared items, Holm-adjusted across every slice × pair test of the suite.
 *
 * Testing many slices finds "significant" ones by chance; Holm's correction (stats/holm) over
 * the whole family — every field, value and pair of the suite — keeps the chance of any false
 * claim at α. A slice with fewer than MIN_SLICE_ITEMS shared items is shown with its unadjusted
 * p but not tested (it neither enters the family nor gets a verdict): `too_few_items`.
 * An item whose field holds a list is in each of its slices; an item without it is in `(none)`.
 */
import type { SliceComparison, SliceRow, SuiteSlices } from '../store/types.js';
import type { ModelSamples } from './aggregate.js';
import { passRates, reduceItems, scoredCounts } from './item-stats.js';
import { bootstrapMeanCI } from './bootstrap.js';
import { ALPHA, comparePairs } from './comparisons.js';
import { holm } from './holm.js';
import { wilsonCC } from './proportion.js';
import { withFloor } from './floor.js';
import { SUMMARY_REPS } from './constants.js';

/** The slice of items that lack the field. */
export const NO_VALUE = '(none)';

/** Fewest shared items a slice needs before its pairwise test counts. */
export const MIN_SLICE_ITEMS = 10;

/** model → its samples (as stats/aggregate keeps them). */
type BySuite = Map<string, ModelSamples>;

export interface SliceField {
  field: string;
  /** item id → its values of the field; items missing here are in `(none)`. */
  values: ReadonlyMap<string, readonly string[]>;
}

/** One (slice value, model) row, on the slice's items (item numbers, in group order). */
function sliceRow(suite: string, field: string, value: string, model: string, m: ModelSamples | undefined, ids: Int32Array, seed: number): SliceRow {
  const stats = reduceItems(m, ids);
  const { scored, correct, single } = scoredCounts(m, stats);
  let accuracy: number | null = null;
  let ci95: [number, number] | null = null;
  if (scored && single) {
    const w = wilsonCC(correct, scored)!;
    [accuracy, ci95] = [w.estimate, [w.low, w.high]];
  } else if (scored) {
    const b = withFloor(bootstrapMeanCI(passRates(stats), { seed, reps: SUMMARY_REPS })!, scored);
    [accuracy, ci95] = [b.estimate, [b.low, b.high]];
  }
  // Null when no sample carries a cost; else summed item by item in ascending id order (stats),
  // as the summary's rows are: the items' first-seen order is the records' and changes the last bits.
  let cost: number | null = null;
  if (stats.costKnown) {
    cost = 0;
    for (let k = 0; k < stats.size; k++) cost += stats.cost[k]!;
  }
  let correctSamples = 0;
  for (let k = 0; k < stats.size; k++) if (stats.n[k]! > 0) correctSamples += stats.c[k]!;
  return {
    suite, field, value, model, n: scored, correct, accuracy, ci95, cost_usd: cost,
    cost_per_correct_usd: cost !== null && correctSamples > 0 ? cost / correctSamples : null,
  };
}

/** Slice values in a stable order: by name, `(none)` last. */
function orderValues(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => (a === NO_VALUE ? 1 : b === NO_VALUE ? -1 : a < b ? -1 : a > b ? 1 : 0));
}

/** Groups the suite's items (any model's; item numbers, in first-seen order) by slice value. */
function groupItems(bySuite: BySuite, values: SliceField['values']): Map<string, Int32Array> {
  const groups = new Map<string, Set<number>>();
  for (const m of bySuite.values()) {
    for (const item of m.items()) {
      for (const v of values.get(m.suite.ids[item]!) ?? [NO_VALUE]) {
        let g = groups.get(v);
        if (!g) groups.set(v, (g = new Set()));
        g.add(item);
      }
    }
  }
  return new Map([...groups].map(([v, g]) => [v, Int32Array.from(g)]));
}

/**
 * Every slice field of one suite: rows and pairwise comparisons, with Holm's correction over
 * all the suite's slice tests. `sentence` is left empty (stats/slice-verdict writes it).
 */
export function sliceSuite(suite: string, fields: readonly SliceField[], models: readonly string[], bySuite: BySuite, seed: number): SuiteSlices[] {
  const out: SuiteSlices[] = [];
  for (const [fi, { field, values }] of fields.entries()) {
    const groups = groupItems(bySuite, values);
    const ordered = orderValues(groups.keys());
    const rows: SliceRow[] = [];
    const comparisons: SliceComparison[] = [];
    for (const [vi, value] of ordered.entries()) {
      const ids = groups.get(value)!;
      for (const m of models) {
        const samples = bySuite.get(m);
        rows.push(sliceRow(suite, field, value, m, samples, samples ? ids.filter((item) => samples.has(item)) : new Int32Array(0), seed + 104_729 * fi + 7_919 * vi));
      }
      for (const p of comparePairs(suite, [...models], bySuite, seed + 15_485_863 * (fi + 1) + 31 * vi, ids)) {
        const c = p.comparison;
        comparisons.push({ ...c, field, value, p_adjusted: null, verdict: c.n < MIN_SLICE_ITEMS ? 'too_few_items' : 'no_significant_difference' });
      }
    }
    out.push({ suite, field, values: ordered, rows, comparisons, tests: 0, min_items: MIN_SLICE_ITEMS, sentence: '' });
  }
  const family = out.flatMap((s) => s.comparisons).filter((c) => c.verdict !== 'too_few_items' && c.p_value !== null);
  const adjusted = holm(family.map((c) => c.p_value));
  family.forEach((c, k) => {
    c.p_adjusted = adjusted[k] ?? null;
    if (c.p_adjusted !== null && c.p_adjusted < ALPHA && c.diff !== null && c.diff !== 0) c.verdict = c.diff > 0 ? 'a_better' : 'b_better';
  });
  for (const s of out) s.tests = family.length;
  return out;
}
