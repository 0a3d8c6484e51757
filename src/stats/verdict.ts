/**
 * @module stats/verdict — per suite: the best model, who cannot be told apart from it, who is
 * within the non-inferiority margin, the smallest and cheapest of those, and one plain sentence.
 *
 * "Indistinguishable": the Holm-adjusted McNemar (or sign-test) p of (best, model) ≥ 0.05 —
 * weak: with few items everything is indistinguishable. "Non-inferior": the upper end of the
 * paired 95% interval of (best − model) is below the margin — the stronger claim that the
 * model is as good as the best within `marginPoints`. Competitive = best ∪ indistinguishable ∪
 * non-inferior. When the data cannot tell, the sentence says how many items would detect the
 * observed difference (or 5 points when the observed one is under 1 point), from stats/power.
 */
import type { SummaryRow, SuiteVerdict } from '../store/types.js';
import type { PublicModelSpec } from '../config/types.js';
import { ALPHA, type PairStats } from './comparisons.js';
import { mcnemarSampleSize } from './power.js';
import { describeModel, fmtCI, fmtP, fmtPct, fmtPoints, costPhrase, latencyPhrase } from './format.js';

export interface VerdictInput {
  suite: string;
  rows: SummaryRow[];
  pairs: PairStats[];
  models: PublicModelSpec[];
  marginPoints: number;
}

/** The pair (best, other) seen from best: diff and interval of best − other. */
export interface Versus {
  model: string;
  diff: number;
  ci: [number, number];
  p: number;
  pair: PairStats;
}

function versus(best: string, other: string, pairs: PairStats[]): Versus | null {
  for (const p of pairs) {
    const c = p.comparison;
    if (c.n === 0 || c.diff === null || c.ci95 === null || c.p_adjusted === null) continue;
    if (c.model_a === best && c.model_b === other) return { model: other, diff: c.diff, ci: c.ci95, p: c.p_adjusted, pair: p };
    if (c.model_b === best && c.model_a === other) return { model: other, diff: -c.diff, ci: [-c.ci95[1], -c.ci95[0]], p: c.p_adjusted, pair: p };
  }
  return null;
}

function pickBest(rows: SummaryRow[]): SummaryRow | null {
  const scored = rows.filter((r) => r.accuracy !== null);
  scored.sort((x, y) =>
    y.accuracy! - x.accuracy! || y.n - x.n || (x.params_b ?? Infinity) - (y.params_b ?? Infinity) ||
    (x.cost_per_correct_usd ?? Infinity) - (y.cost_per_correct_usd ?? Infinity));
  return scored[0] ?? null;
}

function minBy(rows: SummaryRow[], key: (r: SummaryRow) => number | null): SummaryRow | null {
  let best: SummaryRow | null = null;
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    if (best === null || k < key(best)!) best = r;
  }
  return best;
}

function itemsNeeded(v: Versus): string {
  const observed = Math.abs(v.diff);
  const delta = observed >= 0.01 ? observed : 0.05;
  const n = mcnemarSampleSize(delta, Math.max(v.pair.discordant, delta));
  const what = observed >= 0.01 ? `the observed ${fmtPoints(observed)}-point difference` : 'a 5-point difference';
  return n === null ? '' : ` The data cannot tell them apart: detecting ${what} at 80% power would take about ${n.toLocaleString('en-US')} items (this suite has ${v.pair.comparison.n}).`;
}

function headline(suite: string, best: SummaryRow, spec: (id: string) => PublicModelSpec | undefined, others: Versus[], close: string[]): string {
  const desc = describeModel(best.model, spec(best.model));
  const acc = `${fmtPct(best.accuracy!)} (95% CI ${fmtCI(best.ci95)}) on ${best.n} item${best.n === 1 ? '' : 's'}`;
  if (others.length === 0) return `${suite}: ${desc} scored ${acc}; no other model to compare with on the same items.`;
  if (close.length === 0) {
    const runner = [...others].sort((a, b) => a.diff - b.diff)[0]!;
    return `${suite}: ${desc} wins at ${acc}, significantly better than every other model (runner-up ${runner.model} by ${fmtPoints(runner.diff)} points, ${fmtP(runner.p)}).`;
  }
  const tied = others.filter((o) => close.includes(o.model) && o.diff === 0).map((o) => o.model);
  if (tied.length === close.length) {
    return `${suite}: no winner can be declared: ${desc} ties with ${tied.join(', ')} at ${acc}.`;
  }
  return `${suite}: no winner can be declared: ${desc} leads at ${acc} but is not significantly better than ${close.join(', ')}.`;
}

/** The verdict for one suite. */
export function suiteVerdict(input: VerdictInput): SuiteVerdict {
  const { suite, rows, pairs, marginPoints } = input;
  const spec = (id: string): PublicModelSpec | undefined => input.models.find((m) => m.id === id);
  const best = pickBest(rows);
  if (!best) {
    return { suite, best: null, indistinguishable: [], non_inferior: [], smallest_competitive: null, cheapest_competitive: null, sentence: `${suite}: no model has a scored answer yet.` };
  }
  const vs = rows.filter((r) => r.model !== best.model).map((r) => versus(best.model, r.model, pairs)).filter((v): v is Versus => v !== null);
  const indistinguishable = vs.filter((v) => v.p >= ALPHA).map((v) => v.model);
  const nonInferior = vs.filter((v) => v.ci[1] < marginPoints / 100).map((v) => v.model);
  const competitiveIds = new Set([best.model, ...indistinguishable, ...nonInferior]);
  const competitive = rows.filter((r) => competitiveIds.has(r.model));
  const smallest = minBy(competitive, (r) => r.params_b);
  const cheapest = minBy(competitive, (r) => r.cost_per_correct_usd);
  let sentence = headline(suite, best, spec, vs, indistinguishable);
  const small = smallest && smallest.model !== best.model ? smallest : null;
  if (small) {
    const v = vs.find((x) => x.model === small.model)!;
    // The interval is not adjusted for multiplicity: when it excludes 0 but the Holm-adjusted p
    // does not, say so rather than let "not significantly worse" read as "as good".
    const excludesZero = v.ci[0] > 0;
    const claim = nonInferior.includes(small.model)
      ? `is as good as ${best.model} within the ${marginPoints}-point margin`
      : v.p < ALPHA ? `is significantly worse than ${best.model}`
        : excludesZero ? `is probably worse than ${best.model}, though not significantly after correcting for ${pairs.length} comparisons`
          : `is not significantly worse than ${best.model}`;
    const extras = [costPhrase(best.cost_per_correct_usd, small.cost_per_correct_usd), latencyPhrase(best.latency_ms_p50, small.latency_ms_p50)].filter(Boolean);
    const pLabel = pairs.length > 1 ? `Holm-adjusted ${fmtP(v.p)}` : fmtP(v.p);
    const ciLabel = excludesZero && pairs.length > 1 ? 'unadjusted 95% CI' : '95% CI';
    sentence += ` ${describeModel(small.model, spec(small.model))} ${claim} (${pLabel}, ${ciLabel} of the difference ${fmtCI([-v.ci[1], -v.ci[0]], true)} points)` +
      (extras.length > 0 ? ` at ${extras.join(' and ')}.` : '.');
    if (!nonInferior.includes(small.model)) sentence += itemsNeeded(v);
  } else if (indistinguishable.length > 0) {
    const v = vs.find((x) => x.model === indistinguishable[0])!;
    sentence += itemsNeeded(v);
  }
  if (cheapest && cheapest.model !== best.model && cheapest.model !== small?.model && cheapest.cost_per_correct_usd !== null) {
    sentence += ` Cheapest per correct answer among the competitive models: ${cheapest.model} ($${cheapest.cost_per_correct_usd.toPrecision(2)}).`;
  }
  return {
    suite, best: best.model, indistinguishable, non_inferior: nonInferior,
    smallest_competitive: smallest?.model ?? null, cheapest_competitive: cheapest?.model ?? null, sentence,
  };
}
