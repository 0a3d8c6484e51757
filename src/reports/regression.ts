/**
 * @module reports/regression — the regression check as a terminal table, and its reporters:
 * regressions.json, junit.xml (reports/junit) and a Markdown section for the CI step summary.
 */
import Table from 'cli-table3';
import { escapeMd } from './escape.js';
import { fmtMs, fmtP, fmtPct, fmtPoints, fmtUsd } from '../stats/format.js';
import { relChange, type RegressionRow, type RegressionThresholds } from '../stats/regression.js';
import { junitReporter } from './junit.js';
import { COMPACT } from './table-fit.js';
import type { RegressionContext, Reporter } from './types.js';

const RESULT: Record<RegressionRow['status'], string> = { regression: 'REGRESSION', ok: 'ok', not_compared: 'not compared', no_baseline: 'no baseline' };

function change(base: number | null, cur: number | null, fmt: (x: number | null) => string): string {
  if (base === null && cur === null) return '—';
  const d = relChange(base, cur);
  return `${fmt(base)} → ${fmt(cur)}${d === null ? '' : ` (${d >= 0 ? '+' : '−'}${Math.abs(d).toFixed(0)}%)`}`;
}

function cells(r: RegressionRow): string[] {
  return [
    r.suite, r.model, String(r.n_shared),
    `${fmtPct(r.accuracy_baseline)} → ${fmtPct(r.accuracy_current)}`,
    r.change === null ? '—' : fmtPoints(r.change, true),
    r.p_adjusted === null ? '—' : fmtP(r.p_adjusted),
    change(r.latency_ms_p50_baseline, r.latency_ms_p50_current, fmtMs),
    change(r.latency_ms_p95_baseline, r.latency_ms_p95_current, fmtMs),
    change(r.cost_per_correct_baseline, r.cost_per_correct_current, fmtUsd),
    RESULT[r.status],
    [...r.reasons, ...r.notes].join('; ') || '—',
  ];
}

const HEAD = ['Suite', 'Model', 'Shared items', 'Accuracy (baseline → now)', 'Change (points)', 'p (Holm)', 'p50 latency', 'p95 latency', 'Cost per correct', 'Result', 'Why / what changed'];

export function thresholdsLine(th: RegressionThresholds): string {
  const parts = [`a significant accuracy drop (Holm-adjusted p < ${th.alpha})`];
  if (th.maxDrop !== undefined) parts.push(`a drop of more than ${th.maxDrop} points`);
  if (th.maxLatencyIncrease !== undefined) parts.push(`p50/p95 latency up more than ${th.maxLatencyIncrease}%`);
  if (th.maxCostIncrease !== undefined) parts.push(`cost per correct answer up more than ${th.maxCostIncrease}%`);
  return `A regression is ${parts.join(', or ')}.`;
}

export function headline(rows: RegressionRow[], baselineId: string): string {
  const bad = rows.filter((r) => r.status === 'regression');
  if (bad.length) return `REGRESSION against baseline ${baselineId}: ${bad.map((r) => `${r.suite} × ${r.model}`).join(', ')} (${bad.length} of ${rows.length} row(s))`;
  const compared = rows.filter((r) => r.status === 'ok').length;
  return `no regression against baseline ${baselineId} (${compared} of ${rows.length} row(s) compared)`;
}

/** The table (figures only), then one line per reason or note: long explanations do not squeeze the table. */
export function renderRegressionText(rows: RegressionRow[], baselineId: string, th: RegressionThresholds): string {
  const t = new Table({ head: HEAD.slice(0, -1), style: { head: [], border: [] }, chars: COMPACT });
  for (const r of rows) t.push(cells(r).slice(0, -1));
  const lines: string[] = [];
  for (const r of rows) {
    for (const why of r.reasons) lines.push(`  REGRESSION ${r.suite} × ${r.model}: ${why}`);
    for (const note of r.notes) lines.push(`  note ${r.suite} × ${r.model}: ${note}`);
  }
  return `\nRegression check against baseline ${baselineId} (shared items: same id and same prompt)\n${t.toString()}\n${lines.length ? `${lines.join('\n')}\n` : ''}${thresholdsLine(th)}\n${headline(rows, baselineId)}\n`;
}

const md = (s: string) => escapeMd(s).replace(/\n/g, ' ');

export function renderRegressionMarkdown(rows: RegressionRow[], baselineId: string, th: RegressionThresholds): string {
  const lines = [
    `## Regression check against ${md(baselineId)}`, '',
    `**${md(headline(rows, baselineId))}**`, '',
    `${thresholdsLine(th)} Shared items only (same id and prompt); exact McNemar test, Holm-adjusted across rows.`, '',
    `| ${HEAD.join(' | ')} |`, `| ${HEAD.map((_, i) => (i <= 1 || i >= 9 ? ':---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${cells(r).map(md).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

export const REGRESSIONS = 'regressions.json';

/** regressions.json (store/types `RegressionReport`). */
export const regressionJsonReporter = {
  file: REGRESSIONS,
  render: (ctx: RegressionContext) => `${JSON.stringify(ctx.report, null, 2)}\n`,
} satisfies Reporter<RegressionContext>;

/** The check as a Markdown section: no file, the CI step summary only. */
export const regressionMarkdownReporter = {
  stepSummary: true,
  render: (ctx: RegressionContext) => (ctx.report.baseline_run_id === null
    ? `## Regression check\n\n${ctx.skippedReason ?? 'no baseline'}.\n`
    : renderRegressionMarkdown(ctx.report.rows, ctx.report.baseline_run_id, ctx.thresholds)),
} satisfies Reporter<RegressionContext>;

export type RegressionReporterName = 'json' | 'junit' | 'markdown';

export const regressionReporters = {
  json: regressionJsonReporter,
  junit: junitReporter,
  markdown: regressionMarkdownReporter,
} satisfies Record<RegressionReporterName, Reporter<RegressionContext>>;
