/** Scripted records and manifests for the summary and report tests. */
import type { ManifestSuite, RunRecord } from '../../src/store/types.js';
import type { PublicModelSpec } from '../../src/config/types.js';

export function record(p: Partial<RunRecord> & Pick<RunRecord, 'suite' | 'item_id' | 'model'>): RunRecord {
  const correct = p.correct === undefined ? true : p.correct;
  return {
    sample: 0, prompt_hash: 'h', output: 'A', extracted: 'A', gold: 'A', score: correct === null ? null : correct ? 1 : 0,
    correct, reason: correct === false ? 'wrong' : null, error: null, error_kind: null, ttft_ms: 100, latency_ms: 500,
    exec_ms: null, input_tokens: 50, output_tokens: 20, cost_usd: 0.001, cached: false, attempts: 1, finish_reason: 'stop',
    finished_at: '2026-01-01T00:00:00Z', ...p,
  };
}

export function suite(name: string, extra: Partial<ManifestSuite> = {}): ManifestSuite {
  return { name, version: '1', domain: name, metric: 'accuracy', hash: `hash-${name}`, items: 0, path: `tasks/${name}`, scorer: 'choice', ...extra };
}

export function model(id: string, params_b: number, tuned: 'domain' | 'generic', extra: Partial<PublicModelSpec> = {}): PublicModelSpec {
  return { id, provider: 'openai', model: id, params: {}, params_b, tuned, concurrency: 1, timeout_s: 60, ...extra };
}

/**
 * Two models on n items: `a` right on the first round(n·pa) items, `b` right on items
 * [offset, offset + round(n·pb)) — so the overlap (and the discordance) is controlled.
 */
export function scripted(suiteName: string, n: number, a: [string, number], b: [string, number], opts: { offset?: number; costA?: number; costB?: number; latA?: number; latB?: number } = {}): RunRecord[] {
  const out: RunRecord[] = [];
  const ka = Math.round(n * a[1]);
  const kb = Math.round(n * b[1]);
  const off = opts.offset ?? 0;
  for (let i = 0; i < n; i++) {
    const id = `q${String(i).padStart(4, '0')}`;
    out.push(record({ suite: suiteName, item_id: id, model: a[0], correct: i < ka, cost_usd: opts.costA ?? 0.001, latency_ms: opts.latA ?? 500 }));
    const j = (i - off + n) % n;
    out.push(record({ suite: suiteName, item_id: id, model: b[0], correct: j < kb, cost_usd: opts.costB ?? 0.001, latency_ms: opts.latB ?? 500 }));
  }
  return out;
}
