/** @module cli/dry-run-output — `bench run --dry-run`'s plan as text: one line per model, a total, and where each estimate comes from. */
import type { DryRunPlan } from '../runner/dry-run.js';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const usd = (n: number | null): string => (n === null ? '?' : n < 0.01 && n > 0 ? `$${n.toFixed(4)}` : `$${n.toFixed(2)}`);

export function formatDuration(s: number | null): string {
  if (s === null) return '?';
  if (s < 90) return `${Math.max(1, Math.round(s))} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

export function renderDryRun(plan: DryRunPlan): string {
  const lines: string[] = [];
  const suites = plan.suites.map((s) => `${s.name} (${s.items} items)`).join(', ');
  lines.push(`dry run — nothing sent, nothing written: ${plan.total.jobs} jobs; suites ${suites}${plan.already_done ? `; ${plan.already_done} already recorded` : ''}`);
  const head = ['model', 'jobs', 'input tok', 'output tok', 'cost', 'time', 'conc.'];
  const rows = plan.models.map((m) => [m.model, int(m.jobs), int(m.input_tokens), m.output_tokens === null ? '?' : int(m.output_tokens), usd(m.cost_usd), formatDuration(m.time_s), String(m.concurrency)]);
  rows.push(['total', int(plan.total.jobs), int(plan.total.input_tokens), plan.total.output_tokens === null ? '?' : int(plan.total.output_tokens), usd(plan.total.candidates_cost_usd), formatDuration(plan.total.time_s), '']);
  lines.push('', ...columns(head, rows), '');
  lines.push(`input tokens: ${plan.input_tokens_method}`);
  for (const m of plan.models) {
    if (!m.jobs) continue;
    const sources = Object.entries(m.output_tokens_source).map(([suite, src]) => `${suite}: ${src === 'max_tokens' ? 'max_tokens (upper bound)' : src === 'unknown' ? 'unknown (no max_tokens, no past run)' : `mean of past run ${src.slice('history '.length)}`}`);
    const latency = Object.keys(m.latency_source).length ? `latency from past run(s) ${[...new Set(Object.values(m.latency_source))].join(', ')}` : 'time unknown: no past run of this suite and model config';
    lines.push(`${m.model}: output tokens — ${sources.join('; ')}; ${latency}${m.cost_note ? `; cost unknown: ${m.cost_note}` : ''}`);
  }
  lines.push(...judgeLines(plan));
  if (plan.batch) lines.push('--batch: costs at the batch price (token prices less price.batch_discount, default half); no time estimate: a batch takes up to its provider\'s 24 h window.');
  if (plan.over_max_cost) lines.push(`The estimate reaches --max-cost $${plan.max_cost_usd}: the run would stop sending there (exit 3; resume with a higher limit).`);
  lines.push('Models run side by side: the total time is the slowest model\'s. Cached answers (if any) would cost nothing and are not counted.');
  return lines.join('\n');
}

/** Left-aligned first column, the others right-aligned, two spaces apart. */
function columns(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [fmt(head), ...rows.map(fmt)];
}

/** [judged suites] The judges' questions and bill, apart from the candidates', then the run's whole bill. */
function judgeLines(plan: DryRunPlan): string[] {
  if (!plan.judges.length) return [];
  const head = ['judge', 'questions', 'input tok', 'output tok', 'cost'];
  const rows = plan.judges.map((j) => [j.judge, `${j.questions_upper_bound ? '≤ ' : ''}${int(j.questions)}`, j.input_tokens === null ? '?' : int(j.input_tokens), j.output_tokens === null ? '?' : int(j.output_tokens), usd(j.cost_usd)]);
  const lines = ['', 'Judging (asked after the candidates answer; the judges\' bill, apart from the candidates\'):', '', ...columns(head, rows), ''];
  for (const j of plan.judges) {
    const what = Object.entries(j.suites).map(([suite, mode]) => `${suite}: ${mode === 'extract' ? 'extract (only replies the rules leave unread: at most one question per answer)' : mode}`);
    lines.push(`${j.judge}: ${what.join('; ')}; output tokens — ${j.output_tokens === null ? 'unknown (no max_tokens on the judge)' : 'max_tokens (upper bound)'}${j.cost_note ? `; cost unknown: ${j.cost_note}` : ''}`);
  }
  lines.push(`Whole bill (candidates and judges): ${usd(plan.total.cost_usd)}`);
  return lines;
}
