/**
 * @module reports/csv — results.csv: one line per (suite, model) with CONTRACT.md's column
 * names; `ci95` as `ci95_low`/`ci95_high`, pass@k as one `pass_at_<k>` column per k seen,
 * `errors_by_kind` as a JSON object. Empty cell = no estimate.
 *
 * Then one line per (suite, slice field, slice value, model) of a sliced suite: the same
 * columns where the slice has the figure (`n`, `correct`, `accuracy`, `ci95_*`, `cost_usd`,
 * `cost_per_correct_usd`, the model's `params_b`/`tuned`), with `slice_field` (e.g. `topic`) and
 * `slice` (its value) set; both are empty on the whole-suite lines. Filter on `slice_field` to
 * keep one kind.
 *
 * `no_answer`, `ambiguous` and `unparsed_share` count the replies the scorer could not read.
 *
 * Code suites' whole-suite lines also fill `partial_credit`, `partial_credit_ci95_low`/`_high` (the
 * mean share of test cases passed) and `isolation` (`checker` | `in_process`), the last columns
 * (present when the run has a code suite).
 *
 * Last, one line per (suite, model, scoring method) of the "Is the win real?" section with `n`,
 * `correct`, `accuracy` and `ci95_*`, and `method` set (`circular`, `likelihood_acc`,
 * `likelihood_acc_norm`, `needs_question`, …); every other line has `method` generative. With the
 * choices-only probe, one more line per (suite, model) with `method` choices_only (accuracy with
 * the question withheld) and `chance_accuracy` and `p_vs_chance` set (empty on every other line).
 */
import { stringify } from 'csv-stringify/sync';
import type { SummaryRow } from '../store/types.js';
import type { Reporter, ReportContext } from './types.js';
import { judgingCsvRecords } from './judging-csv.js';

const BEFORE = ['suite', 'model', 'params_b', 'tuned', 'metric', 'n', 'correct', 'accuracy', 'ci95_low', 'ci95_high'] as const;
const AFTER = ['errors', 'errors_by_kind', 'refused', 'ttft_ms_p50', 'ttft_ms_p95', 'latency_ms_p50', 'latency_ms_p95', 'output_tokens_per_s_p50',
  'input_tokens', 'output_tokens', 'cost_usd', 'cost_per_correct_usd', 'cost_per_correct_ci95_low', 'cost_per_correct_ci95_high',
  'no_answer', 'ambiguous', 'unparsed_share'] as const;

/** Choices-only lines (`method` choices_only): the accuracy chance gives and the one-sided exact p against it. */
const CHOICES_ONLY_COLUMNS = ['chance_accuracy', 'p_vs_chance'] as const;

/** Last, so the whole-suite columns keep their places. */
const SLICE_COLUMNS = ['slice_field', 'slice'] as const;
/** Code suites: partial credit (share of test cases passed) and where the tests ran; empty elsewhere. */
const PARTIAL_COLUMNS = ['partial_credit', 'partial_credit_ci95_low', 'partial_credit_ci95_high', 'isolation'] as const;

export function renderCsv(ctx: ReportContext): string {
  const ks = [...new Set(ctx.summary.rows.flatMap((r) => Object.keys(r.pass_at_k ?? {})))].sort((a, b) => Number(a) - Number(b));
  // Conditional columns last, so the others keep their places: reasoning_tokens only where a model reported them.
  const columns = [...BEFORE, ...ks.map((k) => `pass_at_${k}`), ...AFTER, ...SLICE_COLUMNS, 'method',
    ...(ctx.summary.robustness?.some((r) => r.choices_only) ? CHOICES_ONLY_COLUMNS : []),
    ...(ctx.summary.rows.some((r) => r.partial_credit !== undefined) ? PARTIAL_COLUMNS : []),
    ...(ctx.summary.rows.some((r) => typeof r.reasoning_tokens === 'number') ? ['reasoning_tokens'] : []),
    ...(ctx.summary.judging ? ['self_judged'] : [])];
  const records = ctx.summary.rows.map((r: SummaryRow) => {
    const base: Record<string, unknown> = { ...r, ci95_low: r.ci95?.[0] ?? null, ci95_high: r.ci95?.[1] ?? null, errors_by_kind: JSON.stringify(r.errors_by_kind),
      cost_per_correct_ci95_low: r.cost_per_correct_ci95?.[0] ?? null, cost_per_correct_ci95_high: r.cost_per_correct_ci95?.[1] ?? null, method: 'generative',
      partial_credit_ci95_low: r.partial_credit_ci95?.[0] ?? null, partial_credit_ci95_high: r.partial_credit_ci95?.[1] ?? null,
      self_judged: ctx.summary.judging ? String(r.self_judged === true) : null };
    for (const k of ks) base[`pass_at_${k}`] = r.pass_at_k?.[k] ?? null;
    return columns.map((c) => base[c] ?? '');
  });
  for (const sl of ctx.summary.slices ?? []) {
    for (const r of sl.rows) {
      const whole = ctx.summary.rows.find((x) => x.suite === r.suite && x.model === r.model);
      const base: Record<string, unknown> = {
        suite: r.suite, model: r.model, params_b: whole?.params_b ?? null, tuned: whole?.tuned ?? null, metric: whole?.metric ?? null,
        n: r.n, correct: r.correct, accuracy: r.accuracy, ci95_low: r.ci95?.[0] ?? null, ci95_high: r.ci95?.[1] ?? null,
        cost_usd: r.cost_usd, cost_per_correct_usd: r.cost_per_correct_usd, slice_field: r.field, slice: r.value, method: 'generative',
      };
      records.push(columns.map((c) => base[c] ?? ''));
    }
  }
  for (const rb of ctx.summary.robustness ?? []) {
    for (const m of rb.methods) {
      if (m.method === 'generative') continue;
      for (const x of m.models) {
        const whole = ctx.summary.rows.find((r) => r.suite === rb.suite && r.model === x.model);
        const base: Record<string, unknown> = {
          suite: rb.suite, model: x.model, params_b: whole?.params_b ?? null, tuned: whole?.tuned ?? null, metric: 'accuracy',
          n: x.n, correct: x.correct, accuracy: x.accuracy, ci95_low: x.ci95?.[0] ?? null, ci95_high: x.ci95?.[1] ?? null, method: m.method,
        };
        records.push(columns.map((c) => base[c] ?? ''));
      }
    }
  }
  for (const rb of ctx.summary.robustness ?? []) {
    for (const x of rb.choices_only?.models ?? []) {
      const whole = ctx.summary.rows.find((r) => r.suite === rb.suite && r.model === x.model);
      const base: Record<string, unknown> = {
        suite: rb.suite, model: x.model, params_b: whole?.params_b ?? null, tuned: whole?.tuned ?? null, metric: 'accuracy',
        n: x.n, correct: x.correct, accuracy: x.accuracy, ci95_low: x.ci95?.[0] ?? null, ci95_high: x.ci95?.[1] ?? null,
        method: 'choices_only', chance_accuracy: x.chance, p_vs_chance: x.p_value,
      };
      records.push(columns.map((c) => base[c] ?? ''));
    }
  }
  for (const base of judgingCsvRecords(ctx.summary)) records.push(columns.map((c) => base[c] ?? ''));
  return stringify(records, { header: true, columns, cast: { number: (v) => String(v) } });
}

export const csvReporter = { file: 'results.csv', render: renderCsv } satisfies Reporter;
