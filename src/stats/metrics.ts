/**
 * @module stats/metrics — accuracy, balanced accuracy and macro-F1 over labelled items, with
 * item-bootstrap intervals for the ones that are not plain proportions.
 *
 * Definitions as in scikit-learn (Pedregosa et al. 2011): balanced accuracy = mean per-class
 * recall over the classes present in the gold labels (Brodersen et al. 2010, ICPR); macro-F1 =
 * unweighted mean over the labels of F1 = 2·TP/(2·TP + FP + FN), a label with no gold, no
 * prediction counting 0 (sklearn's zero_division = 0). A missing prediction (null: no answer)
 * is a false negative for its gold class and a false positive for no label.
 * Intervals: the bootstrap widened to a continuity-corrected Wilson floor (stats/floor).
 * Empty input → null.
 */
import { bootstrapCI, type BootstrapOptions, type Interval } from './bootstrap.js';
import { classEffectiveN, withFloor } from './floor.js';

export type Prediction = string | null;

/** Fraction correct; null for no items. */
export function accuracy(correct: readonly boolean[]): number | null {
  if (correct.length === 0) return null;
  let c = 0;
  for (const v of correct) if (v) c++;
  return c / correct.length;
}

function check(gold: readonly string[], pred: readonly Prediction[]): void {
  if (gold.length !== pred.length) throw new RangeError(`Expected as many predictions as gold labels, got ${pred.length} and ${gold.length}`);
}

/** Mean per-class recall over the classes that occur in `gold`. */
export function balancedAccuracy(gold: readonly string[], pred: readonly Prediction[]): number | null {
  check(gold, pred);
  if (gold.length === 0) return null;
  const support = new Map<string, number>();
  const hits = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    support.set(g, (support.get(g) ?? 0) + 1);
    if (pred[i] === g) hits.set(g, (hits.get(g) ?? 0) + 1);
  }
  let sum = 0;
  for (const [g, s] of support) sum += (hits.get(g) ?? 0) / s;
  return sum / support.size;
}

/** Macro-F1 over `labels` (default: every label seen in gold or predictions). */
export function macroF1(gold: readonly string[], pred: readonly Prediction[], labels?: readonly string[]): number | null {
  check(gold, pred);
  if (gold.length === 0) return null;
  const ls = labels && labels.length > 0 ? labels : [...new Set([...gold, ...pred.filter((p): p is string => p !== null)])];
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const p = pred[i] ?? null;
    if (p === g) inc(tp, g);
    else {
      inc(fn, g);
      if (p !== null) inc(fp, p);
    }
  }
  let sum = 0;
  for (const l of ls) {
    const t = tp.get(l) ?? 0;
    const d = 2 * t + (fp.get(l) ?? 0) + (fn.get(l) ?? 0);
    sum += d === 0 ? 0 : (2 * t) / d;
  }
  return sum / ls.length;
}

export interface Labelled {
  gold: string;
  pred: Prediction;
}

/**
 * A label metric with a percentile item-bootstrap 95% interval (seeded), widened to the
 * boundary-safe floor of stats/floor on the classes' effective size, so it never collapses to
 * a point at 100%.
 */
export function labelMetricCI(
  items: readonly Labelled[],
  metric: 'balanced_accuracy' | 'macro_f1',
  labels?: readonly string[],
  opts: BootstrapOptions = {},
): Interval | null {
  const fn = (s: readonly Labelled[]): number | null => {
    const g = s.map((x) => x.gold);
    const p = s.map((x) => x.pred);
    return metric === 'macro_f1' ? macroF1(g, p, labels) : balancedAccuracy(g, p);
  };
  const ci = bootstrapCI(items, fn, opts);
  return ci && withFloor(ci, classEffectiveN(items.map((x) => x.gold)));
}
