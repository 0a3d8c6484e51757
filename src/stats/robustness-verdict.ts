/**
 * @module stats/robustness-verdict — the plain sentences of "Is the win real?".
 *
 * The generative winner W (the suite's most accurate model) is compared with each other model M
 * under every other method. Per (method, M): the lead flips (M significantly better), vanishes (W
 * was significantly better and no longer is: a tie), or changes size (reported from 1 point up,
 * e.g. "falls from 6.1 to 0.8 points"). The headline says "the win holds under every scoring" only
 * when W is significantly better than every model generatively and stays so under every method.
 * A model's accuracy is called an artifact of answer position when its chosen positions differ
 * from the gold positions (chi-square p < 0.05) and its circular accuracy is at most half of its
 * accuracy as written.
 */
import type { RobustnessMethod, RotationModel } from '../store/types.js';
import { ALPHA } from './comparisons.js';
import { lead } from './robustness.js';
import { positionName } from './rotation.js';
import { fmtP, fmtPct, fmtPoints } from './format.js';

export function isPositionArtifact(rot: RotationModel, accuracyAsWritten: number | null): boolean {
  return rot.position_p !== null && rot.position_p < ALPHA && rot.circular_accuracy !== null &&
    accuracyAsWritten !== null && accuracyAsWritten > 0 && rot.circular_accuracy <= accuracyAsWritten / 2;
}

function positionPhrase(rot: RotationModel): string {
  const share = rot.top_share === null ? '' : ` in ${fmtPct(rot.top_share)} of its answers`;
  const gold = rot.top_position === null ? '' : ` (gold answers there: ${fmtPct(rot.by_position[rot.top_position]?.gold_share ?? 0)})`;
  return `it chose option ${rot.top_position === null ? '?' : positionName(rot.top_position)}${share}${gold}, chi-square ${fmtP(rot.position_p)}`;
}

export function robustnessSentences(suite: string, methods: RobustnessMethod[], rotation: RotationModel[] | undefined): string[] {
  const gen = methods.find((m) => m.method === 'generative');
  const others = methods.filter((m) => m !== gen && m.models.some((x) => x.n > 0));
  if (!gen || gen.best === null) return [`${suite}: no model has a scored answer yet.`];
  const accAsWritten = new Map(gen.models.map((m) => [m.model, m.accuracy]));
  const artifacts = (rotation ?? []).filter((r) => isPositionArtifact(r, accAsWritten.get(r.model) ?? null));
  const artifactSentences = artifacts.map((r) => [r.model,
    `${r.model}'s accuracy is an artifact of answer position: ${positionPhrase(r)}, and it is right under every rotation on ${fmtPct(r.circular_accuracy)} of items against ${fmtPct(accAsWritten.get(r.model) ?? null)} as written.`] as const);
  const biasOnly = (rotation ?? []).filter((r) => !artifacts.includes(r) && r.position_p !== null && r.position_p < ALPHA)
    .map((r) => `${r.model} shows a position bias: ${positionPhrase(r)}.`);
  if (others.length === 0) {
    return [`${suite}: only generative scoring was run; run with --probe rotate or --scoring likelihood to test whether the win survives option rotation and likelihood scoring.`];
  }
  const W = gen.best;
  const rivals = gen.models.filter((m) => m.model !== W && m.n > 0).map((m) => m.model);
  const names = others.map((m) => m.label).join(', ');
  if (rivals.length === 0) return [`${suite}: one model only, so there is no win to test; scored also by ${names}.`, ...artifactSentences.map(([, t]) => t), ...biasOnly];

  const breaks: string[] = [];
  const changes: string[] = [];
  let holdsEverywhere = gen.winner === W;
  // The closest rival as written: its lead change is worth a sentence even when nothing flips.
  const closest = [...rivals].sort((a, b) => (lead(gen, W, a)?.diff ?? Infinity) - (lead(gen, W, b)?.diff ?? Infinity))[0]!;
  for (const m of others) {
    for (const M of rivals) {
      const g = lead(gen, W, M);
      const r = lead(m, W, M);
      if (!g || !r) continue;
      if (r.diff < 0 && r.significant) {
        holdsEverywhere = false;
        breaks.push(`under ${m.label} ${M} beats ${W} by ${fmtPoints(-r.diff)} points (${fmtP(r.p)})`);
      } else if (g.significant && !r.significant) {
        holdsEverywhere = false;
        breaks.push(`under ${m.label} ${W} and ${M} tie (${fmtP(r.p)}; ${W} led by ${fmtPoints(g.diff)} points as written)`);
      } else if (M === closest && Math.abs(r.diff - g.diff) >= 0.01) {
        if (Math.abs(g.diff) < 0.0005) {
          const [ahead, behind] = r.diff > 0 ? [W, M] : [M, W];
          changes.push(`${W} and ${M} tie as written; under ${m.label} ${ahead} leads ${behind} by ${fmtPoints(Math.abs(r.diff))} points (${fmtP(r.p)})`);
        } else {
          const verb = r.diff < 0 ? `turns into a ${fmtPoints(-r.diff)}-point deficit` : r.diff < g.diff ? `falls from ${fmtPoints(g.diff)} to ${fmtPoints(r.diff)} points` : `grows from ${fmtPoints(g.diff)} to ${fmtPoints(r.diff)} points`;
          changes.push(`${W}'s lead over ${M} ${verb} under ${m.label} (${fmtP(r.p)})`);
        }
      }
      if (!r.significant) holdsEverywhere = false;
    }
  }
  const out: string[] = [];
  const wArtifact = artifacts.find((a) => a.model === W);
  if (wArtifact) {
    out.push(`${suite}: ${W}'s ${gen.winner === W ? 'win' : 'lead'} is an artifact of answer position, not knowledge: ${positionPhrase(wArtifact)}, and it is right under every rotation on ${fmtPct(wArtifact.circular_accuracy)} of items against ${fmtPct(accAsWritten.get(W) ?? null)} as written.`);
  } else if (breaks.length > 0 && gen.winner === W) {
    out.push(`${suite}: the win depends on how answers are scored: ${breaks[0]}.`);
    breaks.shift();
  } else if (holdsEverywhere) {
    out.push(`${suite}: the win holds under every scoring: ${W} is significantly better than every other model as written and under ${names}.`);
  } else if (gen.winner !== W) {
    const alt = others.find((m) => m.winner !== null);
    out.push(alt
      ? `${suite}: no model wins as written, but under ${alt.label} ${alt.winner} is significantly better than every other model.`
      : `${suite}: no model wins as written, nor under ${names}.`);
  } else {
    out.push(`${suite}: ${W}'s win holds only in part under ${names}.`);
  }
  for (const b of breaks) out.push(`Also, ${b}.`);
  for (const c of changes) out.push(`${c}.`);
  out.push(...artifactSentences.filter(([m]) => m !== W).map(([, t]) => t), ...biasOnly);
  return out;
}
