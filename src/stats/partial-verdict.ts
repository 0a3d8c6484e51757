/**
 * @module stats/partial-verdict — "Is the win real?" under partial credit: a sharp metric
 * (all-or-nothing pass@1) can turn a smooth difference into an apparent jump, or hide one
 * (Schaeffer, Miranda & Koyejo 2023, "Are Emergent Abilities of Large Language Models a Mirage?").
 * Where a suite's comparisons carry partial credit (code suites: the mean share of an item's test
 * cases passed, compared pairwise by stats/partial), this says whether the generative winner's lead
 * holds under it: the partial-credit p-values are Holm-adjusted across the suite's pairs here.
 */
import type { Comparison, RobustnessMethod } from '../store/types.js';
import { ALPHA } from './comparisons.js';
import { holm } from './holm.js';
import { lead } from './robustness.js';
import { fmtP, fmtPct, fmtPoints } from './format.js';

/** The partial-credit fields a code suite's comparison carries (stats/partial-summary). */
export interface PartialFields {
  partial_a?: number | null;
  partial_b?: number | null;
  partial_diff?: number | null;
  partial_p_value?: number | null;
}

interface PartialLead {
  /** W's mean share, M's mean share, W − M. */
  w: number;
  m: number;
  diff: number;
  p: number;
  significant: boolean;
}

function partialLead(pairs: ReadonlyArray<Comparison & PartialFields>, adjusted: (number | null)[], w: string, m: string): PartialLead | null {
  for (const [k, c] of pairs.entries()) {
    const p = adjusted[k];
    if (c.partial_diff === null || c.partial_diff === undefined || p === null || p === undefined || c.partial_a == null || c.partial_b == null) continue;
    const sig = p < ALPHA && c.partial_diff !== 0;
    if (c.model_a === w && c.model_b === m) return { w: c.partial_a, m: c.partial_b, diff: c.partial_diff, p, significant: sig };
    if (c.model_b === w && c.model_a === m) return { w: c.partial_b, m: c.partial_a, diff: -c.partial_diff, p, significant: sig };
  }
  return null;
}

/** Sentences for one suite; none when its comparisons carry no partial credit. */
export function partialCreditSentences(gen: RobustnessMethod | undefined, comparisons: ReadonlyArray<Comparison & PartialFields>): string[] {
  if (!gen?.best || !comparisons.some((c) => c.partial_diff !== null && c.partial_diff !== undefined)) return [];
  const W = gen.best;
  const adjusted = holm(comparisons.map((c) => (c.partial_diff === null || c.partial_diff === undefined ? null : c.partial_p_value ?? null)));
  const rivals = gen.models.filter((x) => x.model !== W && x.n > 0).map((x) => x.model);
  const figures = (r: PartialLead): string => `${fmtPct(r.w)} against ${fmtPct(r.m)} of test cases passed (${fmtPoints(r.diff, true)} points, Holm ${fmtP(r.p)})`;
  const out: string[] = [];
  const wins = rivals.filter((M) => { const g = lead(gen, W, M); return g !== null && g.significant && g.diff > 0; });
  for (const M of wins) {
    const r = partialLead(comparisons, adjusted, W, M);
    if (!r) continue;
    out.push(r.significant && r.diff > 0
      ? `Under partial credit ${W}'s lead over ${M} holds: ${figures(r)}.`
      : `Under partial credit ${W}'s lead over ${M} disappears: ${figures(r)}.`);
  }
  for (const M of rivals.filter((x) => !wins.includes(x))) {
    const r = partialLead(comparisons, adjusted, W, M);
    if (r?.significant) {
      out.push(r.diff > 0
        ? `Under partial credit ${W} is significantly better than ${M} (${figures(r)}), though all-or-nothing scoring cannot tell them apart.`
        : `Under partial credit ${M} is significantly better than ${W} (${figures({ ...r, w: r.m, m: r.w, diff: -r.diff })}), though ${W} scores higher all-or-nothing.`);
    }
  }
  if (out.length === 0 && rivals.length) {
    const closest = [...rivals].sort((a, b) => (lead(gen, W, a)?.diff ?? Infinity) - (lead(gen, W, b)?.diff ?? Infinity))[0]!;
    const r = partialLead(comparisons, adjusted, W, closest);
    if (r) out.push(`Under partial credit ${W} and ${closest} do not differ either: ${figures(r)}.`);
  }
  return out;
}
