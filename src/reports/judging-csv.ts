/**
 * @module reports/judging-csv — results.csv lines of a judged run: per (suite, model, judge) the
 * accuracy under that judge (`method` `judge:<id>`), and per judge its own bill (`method`
 * `judging`, `model` the judge, `suite` empty) so a spreadsheet never adds it to a candidate.
 */
import type { Summary } from '../store/types.js';

export function judgingCsvRecords(summary: Summary): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const s of summary.judging?.suites ?? []) {
    for (const b of s.by_judge) {
      for (const x of b.rows ?? []) {
        const whole = summary.rows.find((r) => r.suite === s.suite && r.model === x.model);
        out.push({
          suite: s.suite, model: x.model, params_b: whole?.params_b ?? null, tuned: whole?.tuned ?? null, metric: 'accuracy',
          n: x.n, correct: x.correct, accuracy: x.accuracy, ci95_low: x.ci95?.[0] ?? null, ci95_high: x.ci95?.[1] ?? null, errors: x.errors,
          method: `judge:${b.judge}`, self_judged: String(x.self_judged),
        });
      }
    }
  }
  for (const j of summary.judging?.judges ?? []) {
    out.push({
      suite: '', model: j.judge, n: j.judgments, errors: j.errors, errors_by_kind: JSON.stringify(j.errors_by_kind), latency_ms_p50: j.latency_ms_p50, latency_ms_p95: j.latency_ms_p95,
      input_tokens: j.input_tokens, output_tokens: j.output_tokens, cost_usd: j.cost_usd, method: 'judging',
    });
  }
  return out;
}
