/** A realistic scripted run (3 suites, 4 models) and its ReportContext, for the report tests. */
import type { Manifest, RunRecord } from '../../src/store/types.js';
import type { ReportContext, HistoryPoint } from '../../src/reports/types.js';
import { buildSummary } from '../../src/stats/summary.js';
import { collectDisagreements } from '../../src/stats/disagreements.js';
import { mulberry32 } from '../../src/stats/bootstrap.js';
import { model, record, suite } from '../stats/fixtures.js';

export const MODELS = [
  model('med-1.5b', 1.5, 'domain', { price: { per_hour: 0.4 } }),
  model('llama-8b', 8, 'generic'),
  model('qwen-32b', 32, 'generic'),
  model('gpt-4o', 200, 'generic', { price: { input_per_mtok: 2.5, output_per_mtok: 10 } }),
];
/** model → [accuracy per suite, cost per answer, median latency]. */
const PROFILE: Record<string, { acc: Record<string, number>; cost: number; lat: number }> = {
  'med-1.5b': { acc: { medical: 0.83, legal: 0.62, code: 0.35 }, cost: 0.00004, lat: 260 },
  'llama-8b': { acc: { medical: 0.71, legal: 0.66, code: 0.4 }, cost: 0.0002, lat: 540 },
  'qwen-32b': { acc: { medical: 0.8, legal: 0.74, code: 0.55 }, cost: 0.0009, lat: 1300 },
  'gpt-4o': { acc: { medical: 0.85, legal: 0.81, code: 0.7 }, cost: 0.004, lat: 950 },
};
export const SUITES = [
  suite('medical', { domain: 'medicine', items: 120 }),
  suite('legal', { domain: 'law', items: 80 }),
  suite('code', { domain: 'code', items: 40, metric: 'pass_at_k', scorer: 'code' }),
];
const INJECT = '</script><script>window.__pwned = 1</script><img src="http://127.0.0.2:9/x.png" onerror="window.__pwned=2">';

export function fixtureRecords(): RunRecord[] {
  const rand = mulberry32(99);
  const out: RunRecord[] = [];
  for (const s of SUITES) {
    const samples = s.name === 'code' ? 5 : 1;
    for (let i = 0; i < s.items; i++) {
      const difficulty = rand();
      for (const m of MODELS) {
        const p = PROFILE[m.id]!;
        for (let k = 0; k < samples; k++) {
          const correct = difficulty * 0.6 + rand() * 0.4 < p.acc[s.name]!;
          const lat = p.lat * (0.6 + rand() * 0.9);
          const err = rand() < 0.01;
          out.push(record({
            suite: s.name, item_id: `${s.name}-${String(i).padStart(3, '0')}`, model: m.id, sample: k, gold: s.name === 'code' ? null : 'B',
            output: i === 3 && m.id === 'llama-8b' ? INJECT : correct ? 'The answer is B.' : 'I think it is C & maybe <D>.',
            extracted: correct ? 'B' : 'C', correct: err ? null : correct, reason: err || correct ? null : 'wrong',
            error: err ? 'HTTP 503 from endpoint' : null, error_kind: err ? 'server' : null,
            latency_ms: lat, ttft_ms: lat * 0.2, output_tokens: 40, input_tokens: 300, cost_usd: p.cost * (0.8 + rand() * 0.4), cached: rand() < 0.05,
          }));
          if (s.name === 'medical' && i === 3 && (m.id === 'llama-8b' || m.id === 'gpt-4o')) {
            // A hostile output on an item the two disagree on, so the drill-down must show it.
            Object.assign(out.at(-1)!, { correct: m.id === 'gpt-4o', error: null, error_kind: null, reason: m.id === 'gpt-4o' ? null : 'wrong', extracted: m.id === 'gpt-4o' ? 'B' : 'C' });
          }
        }
      }
    }
  }
  return out;
}

export function fixtureManifest(): Manifest {
  return {
    schema_version: 1, run_id: '2026-01-05T10-00-00Z-abc123', started_at: '2026-01-05T10:00:00Z', finished_at: '2026-01-05T10:20:00Z',
    status: 'complete', bench_version: '0.1.0', node_version: 'v20', platform: 'linux', command: ['bench', 'run'], seed: 1, samples: 1,
    limit: null, suites: SUITES, models: MODELS, fingerprint: 'f', fingerprint_parts: {}, env_vars: [],
  };
}

function history(): HistoryPoint[] {
  const pts: HistoryPoint[] = [];
  for (let d = 0; d < 6; d++) for (const m of MODELS) {
    const acc = PROFILE[m.id]!.acc.medical! - 0.05 + d * 0.01;
    pts.push({ run_id: `r${d}`, started_at: `2026-01-0${d + 1}T02:00:00Z`, suite: 'medical', model: m.id, accuracy: acc, ci_low: acc - 0.06, ci_high: acc + 0.05, latency_ms_p50: 500, cost_per_correct_usd: 0.001 });
  }
  return pts;
}

export function fixtureContext(opts: { history?: boolean } = {}): ReportContext {
  const records = fixtureRecords();
  const manifest = fixtureManifest();
  const summary = buildSummary({ run_id: manifest.run_id, complete: true, suites: SUITES, models: MODELS, records, seed: 1 });
  const disagreements = collectDisagreements(records, (s, id) => `Question ${id} of ${s}: which option is right? <b>not bold</b>`, 10);
  return { summary, manifest, disagreements, ...(opts.history === false ? {} : { history: history() }) };
}
