import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/stats/summary.js';
import type { RunRecord } from '../../src/store/types.js';
import { model, suite } from './fixtures.js';

/** 100 000 synthetic records, generated lazily (never held in an array), each with a 2 kB output. */
function* synthetic(onTick: () => void): Generator<RunRecord> {
  const out = 'x'.repeat(2000);
  const models = ['m1', 'm2', 'm3', 'm4', 'm5'];
  let i = 0;
  // choice: 2 suites × 5 models × 5000 items = 50 000; code: 5 models × 1000 items × 10 samples = 50 000.
  for (const s of ['s1', 's2']) for (let it = 0; it < 5000; it++) for (const m of models) {
    if (++i % 5000 === 0) onTick();
    yield { suite: s, item_id: `i${it}`, model: m, sample: 0, prompt_hash: 'h', output: out + i, extracted: 'A', gold: 'A',
      score: 1, correct: (it * 7 + m.length * i) % 10 < 7, reason: null, error: i % 97 === 0 ? 'e' : null, error_kind: i % 97 === 0 ? 'server' : null,
      ttft_ms: 50 + (i % 100), latency_ms: 400 + (i % 300), exec_ms: null, input_tokens: 100, output_tokens: 30, cost_usd: 1e-4,
      cached: i % 13 === 0, attempts: 1, finish_reason: 'stop', finished_at: '' };
  }
  for (let it = 0; it < 1000; it++) for (const m of models) for (let k = 0; k < 10; k++) {
    if (++i % 5000 === 0) onTick();
    yield { suite: 'code', item_id: `c${it}`, model: m, sample: k, prompt_hash: 'h', output: out + i, extracted: null, gold: null,
      score: 0, correct: (it + k + m.charCodeAt(1)) % 3 === 0, reason: null, error: null, error_kind: null, ttft_ms: 80, latency_ms: 900,
      exec_ms: 40, input_tokens: 200, output_tokens: 120, cost_usd: 2e-4, cached: false, attempts: 1, finish_reason: 'stop', finished_at: '' };
  }
}

describe('buildSummary at scale', () => {
  it('streams 100 000 records in under 150 MB of heap', () => {
    const models = ['m1', 'm2', 'm3', 'm4', 'm5'].map((id, k) => model(id, k + 1, k % 2 ? 'generic' : 'domain'));
    const suites = [suite('s1'), suite('s2'), suite('code', { metric: 'pass_at_k', scorer: 'code' })];
    globalThis.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let peak = heap0;
    const tick = (): void => void (peak = Math.max(peak, process.memoryUsage().heapUsed));
    const t0 = performance.now();
    const s = buildSummary({ run_id: 'big', complete: true, suites, models, records: synthetic(tick) });
    const ms = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const mb = (peak - heap0) / 2 ** 20;
    process.stdout.write(`buildSummary(100k records): ${ms.toFixed(0)} ms, peak heap growth (sampled every 5000 records) ${mb.toFixed(0)} MB\n`);
    expect(s.rows).toHaveLength(15);
    expect(s.comparisons).toHaveLength(30);
    expect(s.rows.find((r) => r.suite === 'code')!.pass_at_k!['10']).toBeGreaterThan(0);
    // Its time is printed, not asserted: speed targets live in `npm run bench:perf` (a timed
    // assertion failed here at 2.4–3.9 s under a load of 17 on 2 cores; < 1 s on an idle machine).
    expect(mb).toBeLessThan(150);
  });
});
