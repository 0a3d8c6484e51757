import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/stats/summary.js';
import { compareWithBaseline } from '../../src/stats/regression.js';
import { buildJudging } from '../../src/stats/judging.js';
import { mulberry32 } from '../../src/stats/bootstrap.js';
import { orderedSum } from '../../src/stats/id-order.js';
import type { Manifest, RunRecord } from '../../src/store/types.js';
import type { JudgmentRecord } from '../../src/store/judgments.js';
import type { ManifestJudging } from '../../src/stats/judging-types.js';
import { randomRun, type RandomRun } from './random-run.js';
import { manifest } from '../fixtures/nightly-runs.js';

// Records arrive in completion order, and a merge puts one shard's records after another's. Every
// figure must come out bit for bit the same whatever that order: JSON.stringify prints the
// shortest text that reads back to the same double, so equal strings are equal bits.

/** Where two JSON texts differ: a leaf's value, or the order of an object's keys (a short failure message, not two pages of JSON). */
function differ(a: string, b: string): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, at: string): void => {
    if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object') {
      if (Object.keys(x).join() !== Object.keys(y).join()) out.push(`${at}: keys ${Object.keys(x).join()} vs ${Object.keys(y).join()}`);
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${at}.${k}`);
    } else if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${at}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
  };
  walk(JSON.parse(a), JSON.parse(b), '');
  return out;
}

const jobKey = (r: RunRecord): string => [r.suite, r.item_id, r.model, r.sample, r.variant ?? ''].join('\0');

/** Records in another completion order: jobs shuffled, a job's records (a resumed retry replaces the earlier one) kept in their order. */
function shuffled<T>(xs: readonly T[], seed: number, key: (x: T) => string): T[] {
  const rnd = mulberry32(seed);
  const rank = new Map<string, number>();
  for (const x of xs) if (!rank.has(key(x))) rank.set(key(x), rnd());
  return xs.map((x, i) => ({ x, i })).sort((a, b) => rank.get(key(a.x))! - rank.get(key(b.x))! || a.i - b.i).map((e) => e.x);
}

/** What a merge of `n` shards reads: each shard's records (by a hash of the item id), one shard after the other, last shard first. */
function merged<T>(xs: readonly T[], n: number, item: (x: T) => string): T[] {
  const shardOf = (id: string): number => [...id].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261) % n;
  return Array.from({ length: n }, (_, k) => n - 1 - k).flatMap((k) => xs.filter((x) => shardOf(item(x)) === k));
}

const summaryOf = (run: RandomRun, records: RunRecord[]): string =>
  JSON.stringify(buildSummary({ run_id: 'r', complete: true, ...run, records, seed: 42 }));

function runManifest(run: RandomRun, id: string): Manifest {
  return manifest({ run_id: id, suites: run.suites, models: run.models as unknown as Manifest['models'], fingerprint_parts: {} });
}

describe('figures do not depend on the order records come in', () => {
  const seeded = randomRun(7);
  // Items with 3, 4 or 5 options, so that the choices-only probe's chance level sums unlike terms.
  const run = { ...seeded, records: seeded.records.map((r) => (r.choices_only ? { ...r, choices_only: { options: 3 + (r.item_id.length + r.item_id.charCodeAt(4)) % 3 } } : r)) };

  it('the summary (rows, slices, probes) of a run, its shuffled rerun and a merge of its shards is the same bit for bit', () => {
    const once = summaryOf(run, run.records);
    expect(differ(summaryOf(run, shuffled(run.records, 1, jobKey)), once)).toEqual([]);
    expect(differ(summaryOf(run, shuffled(run.records, 2, jobKey)), once)).toEqual([]);
    expect(differ(summaryOf(run, merged(run.records, 3, (r) => r.item_id)), once)).toEqual([]);
  });

  it('the baseline check (shared items: cost per correct answer, accuracy of several samples) is the same bit for bit', () => {
    const check = (cur: RunRecord[], base: RunRecord[]) => JSON.stringify(compareWithBaseline({
      current: { manifest: runManifest(run, 'cur'), records: cur },
      baseline: { manifest: runManifest(run, 'base'), records: base },
      thresholds: { alpha: 0.05, maxCostIncrease: 10 },
    }));
    const base = randomRun(7).records.map((r) => ({ ...r, cost_usd: typeof r.cost_usd === 'number' ? r.cost_usd * 1.1 : r.cost_usd }));
    const once = check(run.records, base);
    expect(JSON.parse(once).some((r: { cost_per_correct_current: number | null }) => r.cost_per_correct_current !== null)).toBe(true);
    expect(differ(check(shuffled(run.records, 3, jobKey), shuffled(base, 4, jobKey)), once)).toEqual([]);
    expect(differ(check(merged(run.records, 3, (r) => r.item_id), merged(base, 2, (r) => r.item_id)), once)).toEqual([]);
  });

  it("the judging section (the judges' bill, κ and its interval, pairwise wins) of a run and a merge of its shards is the same bit for bit", () => {
    const rnd = mulberry32(11);
    const judgments: JudgmentRecord[] = [];
    const base = { error: null, error_kind: null, reason: 'r', human_grade: null, scorer_correct: null, prompt_version: 'v1', attempts: 1 };
    const usage = () => ({ latency_ms: 100 + rnd() * 900, input_tokens: 300, output_tokens: 20, cost_usd: rnd() * 0.003, cached: rnd() < 0.1 });
    for (let i = 0; i < 60; i++) {
      const item_id = `it-${Math.floor(rnd() * 1e6)}-${i}`;
      for (const judge of ['j1', 'j2', 'j3']) {
        for (const model of ['a', 'b']) {
          const grade = rnd() < 0.6 ? 'pass' : 'fail';
          judgments.push({ ...base, ...usage(), suite: 'g', item_id, judge, mode: 'grade', model, sample: 0, model_a: null, model_b: null, order: null, grade, passed: grade === 'pass', score: grade === 'pass' ? 1 : 0, winner: null, preferred: null });
        }
        for (const order of ['ab', 'ba'] as const) {
          const winner = rnd() < 0.45 ? 'A' : rnd() < 0.8 ? 'B' : 'tie';
          const preferred = winner === 'tie' ? 'tie' : (winner === 'A') === (order === 'ab') ? 'a' : 'b';
          judgments.push({ ...base, ...usage(), suite: 'p', item_id, judge, mode: 'pairwise', model: null, sample: 0, model_a: 'a', model_b: 'b', order, grade: null, passed: null, score: null, winner, preferred });
        }
      }
    }
    const scale = { kind: 'labels' as const, grades: ['pass', 'fail'], pass: ['pass'] };
    const plan: ManifestJudging = {
      prompt: { grade_version: 'v1', pairwise_version: 'v1', grade_system: '', pairwise_system: '', sha256: '' },
      suites: [{ suite: 'g', judges: ['j1', 'j2', 'j3'], mode: 'grade', decides: false, scale }, { suite: 'p', judges: ['j1', 'j2'], mode: 'pairwise', decides: false, scale }],
    };
    const judging = (js: JudgmentRecord[]) => JSON.stringify(buildJudging(plan, js, [], 42));
    const once = judging(judgments);
    expect(JSON.parse(once).judges[0].cost_usd).toBeGreaterThan(0);
    const key = (j: JudgmentRecord) => [j.suite, j.item_id, j.judge, j.model, j.order].join('\0');
    expect(differ(judging(shuffled(judgments, 5, key)), once)).toEqual([]);
    expect(differ(judging(merged(judgments, 3, (j) => j.item_id)), once)).toEqual([]);
  });

  it('orderedSum gives the same bits for the same terms in any order', () => {
    const xs = Array.from({ length: 200 }, (_, i) => 0.1 * ((i * 7919) % 13) + 1e-3 * i);
    const once = orderedSum([...xs]);
    expect(orderedSum([...xs].reverse())).toBe(once);
    expect(orderedSum(shuffled(xs, 9, String))).toBe(once);
  });
});
