/**
 * A seeded random run for the summary's golden test: every kind of record the summary reads
 * (errors of several kinds, unscored, cached, withheld and unread replies, missing timings,
 * tokens and costs, several samples written out of order, resumed duplicates that replace an
 * earlier record, probe variants, a model and a suite missing from the manifest), over
 * choice, label, code and reference suites, with slice fields.
 */
import type { ManifestSuite, RunRecord } from '../../src/store/types.js';
import type { PublicModelSpec } from '../../src/config/types.js';
import type { SliceField } from '../../src/stats/slices.js';
import { mulberry32 } from '../../src/stats/bootstrap.js';
import { model, record, suite } from './fixtures.js';

export interface RandomRun {
  suites: ManifestSuite[];
  models: PublicModelSpec[];
  records: RunRecord[];
  slices: Map<string, SliceField[]>;
}

const LABELS = ['yes', 'no', 'maybe'];

export function randomRun(seed: number, itemsPerSuite = 40): RandomRun {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = <T>(p: number, v: T): T | null => (rnd() < p ? null : v);
  const suites = [
    suite('mc'),
    suite('lab', { metric: 'balanced_accuracy', secondary_metrics: ['macro_f1'], labels: LABELS, scorer: 'label' }),
    suite('code', { metric: 'pass_at_k', scorer: 'code', k: [1, 2] }),
    suite('ref', { scorer: 'reference' }),
  ];
  const models = [model('a', 7, 'domain'), model('b', 70, 'generic'), model('c', 3, 'generic')];
  const samplesOf = (s: string): number => (s === 'code' ? 4 : s === 'ref' ? 2 : 1);
  const records: RunRecord[] = [];
  const slices = new Map<string, SliceField[]>();
  const topics = new Map<string, string[]>();
  for (const s of [...suites.map((x) => x.name), 'stray']) {
    const ids = Array.from({ length: itemsPerSuite }, (_, i) => `${s}-${String(Math.floor(rnd() * 1e6)).padStart(6, '0')}-${i}`);
    if (s === 'mc') for (const id of ids) if (rnd() < 0.9) topics.set(id, rnd() < 0.1 ? ['law', 'tax'] : [pick(['law', 'tax', 'health'])]);
    for (const m of [...models.map((x) => x.id), 'extra']) {
      if (m === 'extra' && s !== 'mc') continue;
      const skill = 0.3 + 0.5 * rnd();
      for (const id of ids) {
        if (rnd() < 0.05) continue; // an item a model never reached
        const order = Array.from({ length: samplesOf(s) }, (_, k) => k).sort(() => rnd() - 0.5);
        for (const k of order) {
          const copies = rnd() < 0.08 ? 2 : 1; // a resumed run's retry replaces the earlier record
          for (let c = 0; c < copies; c++) records.push(randomRecord(s, id, m, k, skill));
        }
        if (s === 'mc' && rnd() < 0.3) records.push(...variants(id, m));
      }
    }
  }
  slices.set('mc', [{ field: 'topic', values: topics }]);
  return { suites, models, records, slices };

  function randomRecord(s: string, id: string, m: string, sample: number, skill: number): RunRecord {
    const u = rnd();
    const err = u < 0.06;
    const unscored = !err && u < 0.08;
    const correct = err || unscored ? null : rnd() < skill;
    const gold = s === 'lab' ? pick(LABELS) : s === 'code' ? null : pick(['A', 'B', 'C', 'D']);
    let reason: string | null = correct === false ? pick(['wrong', 'wrong', 'refused', 'no_text', 'no_answer', 'ambiguous', 'truncated']) : null;
    const unread = reason === 'no_answer' || reason === 'ambiguous' || reason === 'truncated';
    const extracted = correct === true ? gold : correct === false && !unread ? (s === 'lab' ? pick(LABELS) : 'B') : unread && rnd() < 0.2 ? 'C' : null;
    if (correct === null) reason = null;
    const out = maybe(0.1, Math.floor(rnd() * 400));
    return record({
      suite: s, item_id: id, model: m, sample, correct, gold, extracted, reason,
      error: err ? 'endpoint failed' : null,
      error_kind: err ? maybe(0.3, pick(['rate_limit', 'server', 'timeout'])) : null,
      latency_ms: maybe(0.05, 50 + rnd() * 3000),
      ttft_ms: maybe(0.15, 10 + rnd() * 500),
      decode_ms: maybe(0.2, rnd() < 0.05 ? 0 : rnd() * 2000),
      input_tokens: maybe(0.05, Math.floor(rnd() * 2000)),
      output_tokens: out,
      reasoning_tokens: rnd() < 0.3 ? Math.floor(rnd() * 100) : null,
      cost_usd: maybe(0.1, rnd() * 0.01),
      cached: rnd() < 0.15,
      ...((s === 'code' || s === 'ref') && correct !== null && rnd() < 0.9 ? { partial: correct ? 1 : Math.floor(rnd() * 5) / 5 } : {}),
    });
  }

  function variants(id: string, m: string): RunRecord[] {
    const out: RunRecord[] = [];
    const of = 3;
    for (let index = 0; index < of; index++) {
      const gold = Math.floor(rnd() * 4);
      const chosen = rnd() < 0.6 ? gold : Math.floor(rnd() * 4);
      out.push(record({
        suite: 'mc', item_id: id, model: m, correct: chosen === gold, variant: index === 0 ? null : `rot${index}`,
        rotation: { index, of, options: 4, gold_position: gold, chosen_position: chosen, chosen_original: 'ABCD'[chosen]! },
      }));
    }
    const right = rnd() < 0.5;
    out.push(record({ suite: 'mc', item_id: id, model: m, correct: rnd() < 0.4, variant: 'choices-only', choices_only: { options: 4 } }));
    out.push(record({
      suite: 'mc', item_id: id, model: m, correct: right, variant: 'likelihood',
      likelihood: { options: [], pred: 'A', pred_norm: 'A', correct_norm: rnd() < 0.5, gold_prob: rnd(), brier: rnd() },
    }));
    return out;
  }
}
