/** Small run fixtures for the nightly unit tests: manifests, records and summaries built in memory. */
import type { Manifest, RunRecord, Summary, SummaryRow } from '../../src/store/types.js';

export function record(p: Partial<RunRecord> & Pick<RunRecord, 'item_id'>): RunRecord {
  return {
    suite: 'quiz', model: 'm', sample: 0, prompt_hash: `h-${p.item_id}`, output: 'A', extracted: 'A', gold: 'A',
    score: p.correct === false ? 0 : 1, correct: true, reason: null, error: null, error_kind: null, ttft_ms: 5, latency_ms: 100,
    exec_ms: null, input_tokens: 10, output_tokens: 2, cost_usd: 0.001, cached: false, attempts: 1, finish_reason: 'stop',
    finished_at: '2026-11-24T00:00:00.000Z', ...p,
  };
}

/** `n` records of one (suite, model); the items in `wrong` (1-based) are answered wrong. */
export function records(n: number, wrong: Iterable<number>, p: Partial<RunRecord> = {}): RunRecord[] {
  const w = new Set(wrong);
  return Array.from({ length: n }, (_, i) => record({ item_id: `q${i + 1}`, correct: !w.has(i + 1), ...p }));
}

export function manifest(p: Partial<Manifest> = {}): Manifest {
  return {
    schema_version: 1, run_id: 'r1', started_at: '2026-11-20T01:00:00.000Z', finished_at: '2026-11-20T01:05:00.000Z', status: 'complete',
    bench_version: '0.1.0', node_version: 'v20', platform: 'linux-x64', command: [], seed: 1, samples: 1, limit: null,
    suites: [{ name: 'quiz', version: '1', domain: 'test', metric: 'accuracy', hash: 'hash-quiz-1', items: 200, path: 'tasks/quiz', scorer: 'choice' }],
    models: [{ id: 'm', provider: 'openai', model: 'fake', params: {} } as unknown as Manifest['models'][number]],
    fingerprint: 'f', fingerprint_parts: { 'suite:quiz': 'hash-quiz-1', 'model:m': 'cfg-1' }, env_vars: [], ...p,
  };
}

export function summaryRow(p: Partial<SummaryRow> = {}): SummaryRow {
  return {
    suite: 'quiz', model: 'm', params_b: 7, tuned: null, metric: 'accuracy', n: 200, correct: 170, accuracy: 0.85, ci95: [0.79, 0.89],
    pass_at_k: null, errors: 0, errors_by_kind: {}, ttft_ms_p50: 5, ttft_ms_p95: 9, latency_ms_p50: 100, latency_ms_p95: 150,
    output_tokens_per_s_p50: 20, input_tokens: 2000, output_tokens: 400, cost_usd: 0.2, cost_per_correct_usd: 0.2 / 170, ...p,
  };
}

export function summary(runId: string, rows: SummaryRow[]): Summary {
  return { schema_version: 1, run_id: runId, complete: true, rows, comparisons: [], verdicts: [] };
}
