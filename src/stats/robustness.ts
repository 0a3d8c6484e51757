/**
 * @module stats/robustness — "Is the win real?": per suite, the same models scored several ways.
 *
 * A method is a set of binary per-item outcomes per model (right under every rotation, right by
 * likelihood, …) or the main generative figures. Each method gets per-model accuracy (continuity-corrected Wilson 95%
 * interval) and every pair of models compared on the items both have under that method: exact
 * McNemar test (stats/mcnemar), Newcombe's paired interval (stats/paired), Holm across the pairs
 * of the method (stats/holm). Probes add methods through `methodFromOutcomes`; the sentences are
 * written by stats/robustness-verdict from the methods alone.
 */
import type { Comparison, RobustnessMethod, RobustnessModel, SummaryRow } from '../store/types.js';
import { ALPHA } from './comparisons.js';
import { holm } from './holm.js';
import { mcnemarExact } from './mcnemar.js';
import { newcombePaired } from './paired.js';
import { wilsonCC } from './proportion.js';

/** model → item id → right or not. */
export type Outcomes = Map<string, Map<string, boolean>>;

function pair(suite: string, a: string, b: string, xa: Map<string, boolean>, xb: Map<string, boolean>): Comparison {
  const t = { n11: 0, n10: 0, n01: 0, n00: 0 };
  for (const [id, x] of xa) {
    const y = xb.get(id);
    if (y === undefined) continue;
    if (x) { if (y) t.n11++; else t.n10++; } else if (y) t.n01++; else t.n00++;
  }
  const n = t.n11 + t.n10 + t.n01 + t.n00;
  const ci = n ? newcombePaired(t) : null;
  return {
    suite, model_a: a, model_b: b, n,
    accuracy_a: n ? (t.n11 + t.n10) / n : null, accuracy_b: n ? (t.n11 + t.n01) / n : null,
    diff: ci?.estimate ?? null, ci95: ci ? [ci.low, ci.high] : null,
    p_value: n ? mcnemarExact(t.n10, t.n01) : null, p_adjusted: null, test: 'mcnemar_exact', verdict: 'no_significant_difference',
  };
}

function bestAndWinner(models: RobustnessModel[], pairs: Comparison[]): { best: string | null; winner: string | null } {
  let best: RobustnessModel | null = null;
  for (const m of models) if (m.accuracy !== null && (best === null || m.accuracy > best.accuracy!)) best = m;
  if (!best) return { best: null, winner: null };
  const others = models.filter((m) => m.model !== best.model && m.accuracy !== null);
  const beatsAll = others.length > 0 && others.every((o) => {
    const c = pairs.find((p) => (p.model_a === best.model && p.model_b === o.model) || (p.model_b === best.model && p.model_a === o.model));
    return c !== undefined && (c.model_a === best.model ? c.verdict === 'a_better' : c.verdict === 'b_better');
  });
  return { best: best.model, winner: beatsAll ? best.model : null };
}

/** A method from binary per-item outcomes of each model (models in report order). */
export function methodFromOutcomes(suite: string, method: string, label: string, models: string[], outcomes: Outcomes): RobustnessMethod {
  const rows: RobustnessModel[] = models.map((model) => {
    const xs = outcomes.get(model) ?? new Map<string, boolean>();
    const correct = [...xs.values()].filter(Boolean).length;
    const w = wilsonCC(correct, xs.size);
    return { model, n: xs.size, correct, accuracy: w?.estimate ?? null, ci95: w ? [w.low, w.high] : null };
  });
  const pairs: Comparison[] = [];
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++) {
      pairs.push(pair(suite, models[i]!, models[j]!, outcomes.get(models[i]!) ?? new Map(), outcomes.get(models[j]!) ?? new Map()));
    }
  }
  adjust(pairs);
  return { method, label, models: rows, pairs, ...bestAndWinner(rows, pairs) };
}

/** The main (generative) figures of a suite as a method: the same numbers as its rows and comparisons. */
export function methodFromSummary(rows: SummaryRow[], comparisons: Comparison[]): RobustnessMethod {
  const models: RobustnessModel[] = rows.map((r) => ({ model: r.model, n: r.n, correct: r.correct, accuracy: r.accuracy, ci95: r.ci95 }));
  return { method: 'generative', label: 'generative (answer read from the reply)', models, pairs: comparisons, ...bestAndWinner(models, comparisons) };
}

function adjust(pairs: Comparison[]): void {
  const adjusted = holm(pairs.map((p) => p.p_value));
  pairs.forEach((c, k) => {
    c.p_adjusted = adjusted[k] ?? null;
    if (c.p_adjusted !== null && c.p_adjusted < ALPHA && c.diff !== null && c.diff !== 0) c.verdict = c.diff > 0 ? 'a_better' : 'b_better';
  });
}

/** The comparison of (a, b) in a method seen from a: a − b, or null when not compared. */
export function lead(method: RobustnessMethod, a: string, b: string): { diff: number; p: number; n: number; significant: boolean } | null {
  for (const c of method.pairs) {
    if (c.diff === null || c.p_adjusted === null || c.n === 0) continue;
    if (c.model_a === a && c.model_b === b) return { diff: c.diff, p: c.p_adjusted, n: c.n, significant: c.p_adjusted < ALPHA && c.diff !== 0 };
    if (c.model_a === b && c.model_b === a) return { diff: -c.diff, p: c.p_adjusted, n: c.n, significant: c.p_adjusted < ALPHA && c.diff !== 0 };
  }
  return null;
}
