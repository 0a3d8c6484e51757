/**
 * @module stats/judging-pairwise — pairwise judgments → wins that survive the swap, and the
 * judge's position bias. Each pair of answers is judged twice, in both orders; a model wins the
 * item only when it is preferred in both. A preference that follows the position (A then A) is
 * `inconsistent`, not a win. Position bias: of the single-order judgments that picked an answer,
 * the share that picked the one shown first, with a two-sided exact binomial test against 0.5.
 */
import { mcnemarExact } from './mcnemar.js';
import type { JudgmentRecord } from '../store/judgments.js';
import type { PairwiseResult, PositionBias } from './judging-types.js';

export type PairOutcome = 'a' | 'b' | 'tie' | 'inconsistent';

/** One judge's pairwise judgments of one suite → per (item, pair) the outcome of the two orders (errors apart). */
export function pairOutcomes(js: readonly JudgmentRecord[]): Map<string, { a: string; b: string; item: string; outcome: PairOutcome | 'error' }> {
  const orders = new Map<string, { ab?: JudgmentRecord; ba?: JudgmentRecord }>();
  for (const j of js) {
    const k = `${j.item_id}\0${j.model_a}\0${j.model_b}`;
    const o = orders.get(k) ?? {};
    if (j.order === 'ab') o.ab = j;
    else if (j.order === 'ba') o.ba = j;
    orders.set(k, o);
  }
  const out = new Map<string, { a: string; b: string; item: string; outcome: PairOutcome | 'error' }>();
  for (const [k, { ab, ba }] of orders) {
    const any = (ab ?? ba)!;
    const a = any.model_a!;
    const b = any.model_b!;
    if (!ab || !ba || ab.error !== null || ba.error !== null) {
      out.set(k, { a, b, item: any.item_id, outcome: 'error' });
      continue;
    }
    const p1 = ab.preferred;
    const p2 = ba.preferred;
    const outcome: PairOutcome = p1 === p2 ? (p1 === a ? 'a' : p1 === b ? 'b' : 'tie') : p1 === 'tie' || p2 === 'tie' ? 'tie' : 'inconsistent';
    out.set(k, { a, b, item: any.item_id, outcome });
  }
  return out;
}

export function pairResults(outcomes: Iterable<{ a: string; b: string; outcome: PairOutcome | 'error' }>): PairwiseResult[] {
  const by = new Map<string, PairwiseResult>();
  for (const o of outcomes) {
    const k = `${o.a}\0${o.b}`;
    const r = by.get(k) ?? { model_a: o.a, model_b: o.b, n: 0, a_wins: 0, b_wins: 0, ties: 0, inconsistent: 0, errors: 0 };
    by.set(k, r);
    if (o.outcome === 'error') {
      r.errors++;
      continue;
    }
    r.n++;
    if (o.outcome === 'a') r.a_wins++;
    else if (o.outcome === 'b') r.b_wins++;
    else if (o.outcome === 'tie') r.ties++;
    else r.inconsistent++;
  }
  return [...by.values()];
}

export function positionBias(js: readonly JudgmentRecord[]): PositionBias {
  let first = 0;
  let second = 0;
  for (const j of js) {
    if (j.error !== null) continue;
    if (j.winner === 'A') first++;
    else if (j.winner === 'B') second++;
  }
  const n = first + second;
  const p = n ? mcnemarExact(first, second) : null;
  return { first, second, share_first: n ? first / n : null, p_value: p, biased: p !== null && p < 0.05 };
}

/** Net wins (wins − losses that survived the swap) per model, for the pairwise leader. */
export function netWins(pairs: readonly PairwiseResult[]): Map<string, number> {
  const net = new Map<string, number>();
  for (const p of pairs) {
    net.set(p.model_a, (net.get(p.model_a) ?? 0) + p.a_wins - p.b_wins);
    net.set(p.model_b, (net.get(p.model_b) ?? 0) + p.b_wins - p.a_wins);
  }
  return net;
}
