/**
 * @module stats/choices-only-verdict — the sentences the choices-only probe adds to "Is the win
 * real?": which models beat chance without the question (one-sided exact test, stats/choices-only),
 * and whether the generative winner's lead holds on the items that need the question (those no
 * model answered right without it), e.g. "med-small's lead over gpt-big holds on the 61 items
 * that need the question (+8.2 points, p=0.01)" or "… disappears …".
 */
import type { ChoicesOnlyModel, RobustnessMethod } from '../store/types.js';
import { lead } from './robustness.js';
import { fmtP, fmtPct, fmtPoints } from './format.js';

function aboveChance(m: ChoicesOnlyModel): string {
  return `${m.model} answers ${fmtPct(m.accuracy)} right without the question (${m.correct} of ${m.n} items; ${fmtPct(m.chance)} by chance, ` +
    `one-sided exact ${fmtP(m.p_value)}): part of its accuracy comes from the options alone.`;
}

/**
 * `gen`: the generative method; `need`: the same models on the items that need the question
 * (null when it could not be built); `nNeed`: how many such items.
 */
export function choicesOnlySentences(models: readonly ChoicesOnlyModel[], gen: RobustnessMethod | undefined, need: RobustnessMethod | null, nNeed: number): string[] {
  const out: string[] = [];
  const flagged = models.filter((m) => m.above_chance);
  for (const m of flagged) out.push(aboveChance(m));
  if (flagged.length === 0) {
    const top = [...models].filter((m) => m.accuracy !== null).sort((a, b) => b.accuracy! - a.accuracy!)[0];
    if (top) out.push(`Without the question no model does better than chance (best: ${top.model}, ${fmtPct(top.accuracy)} against ${fmtPct(top.chance)} by chance, one-sided ${fmtP(top.p_value)}).`);
  }
  const W = gen?.best;
  if (!gen || !W) return out;
  const items = `the ${nNeed} item${nNeed === 1 ? '' : 's'} that need the question`;
  if (nNeed === 0 || !need) {
    out.push('Every item was answered right without the question by some model, so the comparison cannot be repeated on items that need it.');
    return out;
  }
  const rivals = gen.models.filter((m) => m.model !== W && m.n > 0).map((m) => m.model);
  const wins = rivals.filter((M) => lead(gen, W, M)?.significant && lead(gen, W, M)!.diff > 0);
  for (const M of wins) {
    const r = lead(need, W, M);
    if (!r) continue;
    out.push(r.significant && r.diff > 0
      ? `${W}'s lead over ${M} holds on ${items} (${fmtPoints(r.diff, true)} points, Holm ${fmtP(r.p)}).`
      : `${W}'s lead over ${M} disappears on ${items} (${fmtPoints(r.diff, true)} points, Holm ${fmtP(r.p)}; ${fmtPoints(lead(gen, W, M)!.diff, true)} on all items).`);
  }
  if (wins.length === 0) {
    const closest = [...rivals].sort((a, b) => (lead(gen, W, a)?.diff ?? Infinity) - (lead(gen, W, b)?.diff ?? Infinity))[0];
    const r = closest ? lead(need, W, closest) : null;
    if (closest && r) {
      out.push(r.significant
        ? `On ${items}, ${r.diff > 0 ? W : closest} is significantly better than ${r.diff > 0 ? closest : W} (${fmtPoints(Math.abs(r.diff))} points, Holm ${fmtP(r.p)}), though not on all items.`
        : `On ${items}, ${W} and ${closest} do not differ either (${fmtPoints(r.diff, true)} points, Holm ${fmtP(r.p)}).`);
    }
  }
  return out;
}
