/**
 * @module runner/judge-manifest — what a run records about its judging: the prompt texts and
 * versions with their sha256 and the plan per suite (manifest.json `judging`), and the
 * fingerprint parts that make a resume with another judge, scale or prompt a different run.
 */
import { createHash } from 'node:crypto';
import { promptRecord } from '../scorers/judge/prompt.js';
import type { JudgingPlan } from './judge-plan.js';
import type { ManifestJudging } from '../stats/judging-types.js';

const sha = (v: unknown): string => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

export function manifestJudging(plan: JudgingPlan): ManifestJudging | null {
  if (!plan.suites.length && !plan.extract.length) return null;
  return {
    prompt: promptRecord(),
    suites: plan.suites.map((s) => ({ suite: s.suite, judges: s.judges, mode: s.mode, decides: s.decides, scale: s.scale })),
    ...(plan.extract.length && { extract: plan.extract }),
  };
}

/** Fingerprint parts: the prompt, each suite's judging, each judge's identity (as for candidates: what changes answers). */
export function judgingParts(plan: JudgingPlan): Record<string, string> {
  const parts: Record<string, string> = {};
  if (!plan.suites.length && !plan.extract.length) return parts;
  parts['judging prompt'] = promptRecord().sha256.slice(0, 16);
  for (const e of plan.extract) parts[`judge extract suite:${e.suite}`] = e.judge;
  for (const s of plan.suites) parts[`judging suite:${s.suite}`] = JSON.stringify({ judges: s.judges, mode: s.mode, scale: s.scale });
  for (const [id, m] of plan.specs) parts[`judge:${id}`] = sha({ provider: m.provider, model: m.model, base_url: m.base_url ?? null, params: m.params, price: m.price ?? null });
  return parts;
}

/** Warnings for candidates that also judge a suite they answer (self-preference). */
export function selfJudgeWarnings(plan: JudgingPlan, candidates: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of plan.suites) {
    for (const j of s.judges) {
      if (candidates.includes(j)) out.push(`suite ${s.suite}: ${j} is both a candidate and a judge (self-preference: judges tend to favour their own answers); its row is marked self-judged in every report`);
    }
  }
  return out;
}
