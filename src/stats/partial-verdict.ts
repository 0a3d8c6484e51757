/**
 * @module stats/partial-verdict — "Is the win real?" under partial credit: a sharp metric
 * (all-or-nothing pass@1) can turn a smooth difference into an apparent jump, or hide one
 * (Schaeffer, Miranda & Koyejo 2023, "Are Emergent Abilities of Large Language Models a Mirage?").
 * Where a suite's comparisons carry partial credit (code suites: the mean share of an item's test
 * cases passed, compared pairwise by stats/partial), this says whether the generative winner's lead
 * holds under it: the partial-credit p-values are Holm-adjusted across the suite's pairs here.
 * Likelihood-scored multiple choice has its own partial credit, the probability given to the gold
 * option, compared the same way (likelihoodPartialPairs).
 */
import type { Comparison, RobustnessMethod } from '../store/types.js';
import { ALPHA } from './comparisons.js';
import { holm } from './holm.js';
import { lead } from './robustness.js';
import { fmtP, fmtPct, fmtPoints } from './format.js';
import { pairedShares } from './partial.js';
import { SUMMARY_REPS_PAIRS } from './constants.js';

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

/** How a kind of partial credit is named in the sentences. */
export interface PartialKind {
  /** e.g. "partial credit", "likelihood partial credit". */
  name: string;
  /** After the two figures, e.g. "of test cases passed". */
  of: string;
}

const CODE: PartialKind = { name: 'partial credit', of: 'of test cases passed' };

/** Reference-scored free text: the mean best token F1 against the reference and its aliases. */
export const REFERENCE_PARTIAL: PartialKind = { name: 'token F1', of: 'mean token F1' };

/**
 * Likelihood-scored multiple choice: per pair of models, the mean probability given to the gold
 * option (normalized over the options) on the items both have, compared by stats/partial's paired
 * sign-flip test, as PartialFields on a comparison of the pair.
 */
export function likelihoodPartialPairs(suite: string, models: readonly string[], goldProb: ReadonlyMap<string, ReadonlyMap<string, number>>, seed: number): Array<Comparison & PartialFields> {
  const out: Array<Comparison & PartialFields> = [];
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++) {
      const [a, b] = [models[i]!, models[j]!];
      const xa: number[] = [];
      const xb: number[] = [];
      for (const [id, v] of goldProb.get(a) ?? []) {
        const w = goldProb.get(b)?.get(id);
        if (w !== undefined) { xa.push(v); xb.push(w); }
      }
      const r = pairedShares(xa, xb, { seed: seed + i * 7919 + j, reps: SUMMARY_REPS_PAIRS });
      out.push({
        suite, model_a: a, model_b: b, n: r?.n ?? 0, accuracy_a: null, accuracy_b: null, diff: null, ci95: null, p_value: null, p_adjusted: null,
        test: 'paired_sign_flip', verdict: 'no_significant_difference',
        partial_a: r?.mean_a ?? null, partial_b: r?.mean_b ?? null, partial_diff: r?.diff ?? null, partial_p_value: r?.p_value ?? null,
      });
    }
  }
  return out;
}

export const LIKELIHOOD_PARTIAL: PartialKind = { name: 'likelihood partial credit', of: 'probability on the gold option' };

/** Sentences for one suite; none when its comparisons carry no partial credit. */
export function partialCreditSentences(gen: RobustnessMethod | undefined, comparisons: ReadonlyArray<Comparison & PartialFields>, kind: PartialKind = CODE): string[] {
  if (!gen?.best || !comparisons.some((c) => c.partial_diff !== null && c.partial_diff !== undefined)) return [];
  const W = gen.best;
  const adjusted = holm(comparisons.map((c) => (c.partial_diff === null || c.partial_diff === undefined ? null : c.partial_p_value ?? null)));
  const rivals = gen.models.filter((x) => x.model !== W && x.n > 0).map((x) => x.model);
  const figures = (r: PartialLead): string => `${fmtPct(r.w)} against ${fmtPct(r.m)} ${kind.of} (${fmtPoints(r.diff, true)} points, Holm ${fmtP(r.p)})`;
  const out: string[] = [];
  const wins = rivals.filter((M) => { const g = lead(gen, W, M); return g !== null && g.significant && g.diff > 0; });
  for (const M of wins) {
    const r = partialLead(comparisons, adjusted, W, M);
    if (!r) continue;
    out.push(r.significant && r.diff > 0
      ? `Under ${kind.name} ${W}'s lead over ${M} holds: ${figures(r)}.`
      : `Under ${kind.name} ${W}'s lead over ${M} disappears: ${figures(r)}.`);
  }
  for (const M of rivals.filter((x) => !wins.includes(x))) {
    const r = partialLead(comparisons, adjusted, W, M);
    if (r?.significant) {
      out.push(r.diff > 0
        ? `Under ${kind.name} ${W} is significantly better than ${M} (${figures(r)}), though all-or-nothing scoring cannot tell them apart.`
        : `Under ${kind.name} ${M} is significantly better than ${W} (${figures({ ...r, w: r.m, m: r.w, diff: -r.diff })}), though ${W} scores higher all-or-nothing.`);
    }
  }
  if (out.length === 0 && rivals.length) {
    const closest = [...rivals].sort((a, b) => (lead(gen, W, a)?.diff ?? Infinity) - (lead(gen, W, b)?.diff ?? Infinity))[0]!;
    const r = partialLead(comparisons, adjusted, W, closest);
    if (r) out.push(`Under ${kind.name} ${W} and ${closest} do not differ either: ${figures(r)}.`);
  }
  return out;
}
