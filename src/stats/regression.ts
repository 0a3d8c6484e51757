/**
 * @module stats/regression — is tonight's run worse than the baseline? Each (suite, model) is
 * compared with the same (suite, model) of the baseline run on their shared items.
 *
 * Shared items (stats/shared): the same `item_id` with the same `prompt_hash` in both runs (an
 * edited item is not compared as if unchanged), scored (no endpoint error) in both. One sample per item: the
 * exact McNemar test (stats/mcnemar) with Newcombe's paired interval (stats/paired); several
 * samples: per-item pass rates and the exact sign test. p-values are Holm-adjusted across all
 * rows (stats/holm). Latency p50/p95 (type-7 percentiles over the shared items' non-cached
 * records) and cost per correct answer (Σ cost / Σ correct on the shared items, summed in
 * ascending id order: stats/id-order) are compared as relative changes.
 *
 * A row regresses when accuracy dropped significantly (adjusted p < α and current < baseline),
 * or dropped by more than `maxDrop` points, or latency / cost rose by more than their
 * thresholds (checked only when set).
 */
import type { Manifest, RunRecord } from '../store/types.js';
import { holm } from './holm.js';
import { mcnemarExact, signTestExact } from './mcnemar.js';
import { newcombePaired } from './paired.js';
import { percentiles } from './percentile.js';
import { fmtP, fmtPoints } from './format.js';
import { itemTable, itemsDiffer, sharedItems, type ItemOutcome } from './shared.js';

export interface RegressionThresholds {
  /** Accuracy points (0–100). */
  maxDrop?: number;
  /** Percent. */
  maxLatencyIncrease?: number;
  /** Percent. */
  maxCostIncrease?: number;
  /** Significance level after Holm's correction. */
  alpha: number;
}

export interface RunView {
  manifest: Manifest;
  records: Iterable<RunRecord>;
}

export type RowStatus = 'regression' | 'ok' | 'not_compared' | 'no_baseline';

export interface RegressionRow {
  suite: string;
  model: string;
  status: RowStatus;
  /** Why the row counts as a regression (empty unless status is `regression`). */
  reasons: string[];
  /** What changed between the runs (suite content, model config, errors): said, never silent. */
  notes: string[];
  n_shared: number;
  /** Items in either run that were not compared: added, removed or edited (prompt changed). */
  items_differ: number;
  /** Of those, items edited between the runs (same id, different prompt). */
  items_changed: number;
  suite_changed: boolean;
  model_changed: boolean;
  accuracy_baseline: number | null;
  accuracy_current: number | null;
  /** current − baseline, on the shared items. */
  change: number | null;
  ci95: [number, number] | null;
  test: 'mcnemar_exact' | 'sign_test_exact';
  p_value: number | null;
  p_adjusted: number | null;
  latency_ms_p50_baseline: number | null;
  latency_ms_p50_current: number | null;
  latency_ms_p95_baseline: number | null;
  latency_ms_p95_current: number | null;
  cost_per_correct_baseline: number | null;
  cost_per_correct_current: number | null;
  errors_baseline: number;
  errors_current: number;
}

type RowItems = ReadonlyMap<string, ItemOutcome>;

interface Side {
  latency: number[];
  cost: number;
  costKnown: boolean;
  correct: number;
  errors: number;
}

const side = (): Side => ({ latency: [], cost: 0, costKnown: false, correct: 0, errors: 0 });

function add(s: Side, a: ItemOutcome): void {
  for (const l of a.latency) s.latency.push(l);
  s.cost += a.cost;
  s.costKnown ||= a.costKnown;
  s.correct += a.correct;
}

const perCorrect = (s: Side): number | null => (s.costKnown && s.correct > 0 ? s.cost / s.correct : null);

/** Compares one row's items; p_adjusted and status are filled in later. */
function compareRow(suite: string, model: string, cur: RowItems, base: RowItems): RegressionRow {
  const c = side();
  const b = side();
  for (const a of cur.values()) c.errors += a.errors;
  for (const a of base.values()) b.errors += a.errors;
  const rc: number[] = [];
  const rb: number[] = [];
  const t = { n11: 0, n10: 0, n01: 0, n00: 0 }; // first index: current right, second: baseline right
  let multi = false;
  const shared = sharedItems(cur, base);
  for (const [, x, y] of shared.pairs) {
    if (x.scored > 1 || y.scored > 1) multi = true;
    rc.push(x.correct / x.scored);
    rb.push(y.correct / y.scored);
    const [xc, yc] = [x.s0 ?? x.correct > 0, y.s0 ?? y.correct > 0];
    if (xc) { if (yc) t.n11++; else t.n10++; } else if (yc) t.n01++; else t.n00++;
    add(c, x);
    add(b, y);
  }
  const n = rc.length;
  const mean = (v: number[]) => (v.length ? v.reduce((s, x) => s + x, 0) / v.length : null);
  const ci = multi ? null : newcombePaired(t);
  const [cp50, cp95] = percentiles(c.latency, [0.5, 0.95]);
  const [bp50, bp95] = percentiles(b.latency, [0.5, 0.95]);
  const accC = mean(rc);
  const accB = mean(rb);
  return {
    suite, model, status: 'ok', reasons: [], notes: [], n_shared: n, items_differ: itemsDiffer(shared), items_changed: shared.changed.length,
    suite_changed: false, model_changed: false,
    accuracy_baseline: accB, accuracy_current: accC, change: accC !== null && accB !== null ? accC - accB : null,
    ci95: ci ? [ci.low, ci.high] : null, test: multi ? 'sign_test_exact' : 'mcnemar_exact',
    p_value: n === 0 ? null : multi ? signTestExact(rc, rb) : mcnemarExact(t.n10, t.n01), p_adjusted: null,
    latency_ms_p50_baseline: bp50 ?? null, latency_ms_p50_current: cp50 ?? null,
    latency_ms_p95_baseline: bp95 ?? null, latency_ms_p95_current: cp95 ?? null,
    cost_per_correct_baseline: perCorrect(b), cost_per_correct_current: perCorrect(c),
    errors_baseline: b.errors, errors_current: c.errors,
  };
}

/** Relative change in percent, or null when either side is missing or the baseline is 0. */
export function relChange(base: number | null, cur: number | null): number | null {
  if (base === null || cur === null || !(base > 0)) return null;
  return ((cur - base) / base) * 100;
}

const pct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(0)}%`;

function judge(r: RegressionRow, th: RegressionThresholds, rows: number): string[] {
  const why: string[] = [];
  if (r.change !== null && r.change < 0 && r.p_adjusted !== null && r.p_adjusted < th.alpha) {
    why.push(`accuracy dropped ${fmtPoints(-r.change)} points, statistically real (${r.test === 'mcnemar_exact' ? 'exact McNemar' : 'exact sign test'}, ${fmtP(r.p_adjusted)} Holm-adjusted over ${rows} row(s) < ${th.alpha})`);
  }
  if (th.maxDrop !== undefined && r.change !== null && -r.change * 100 > th.maxDrop + 1e-9) {
    why.push(`accuracy dropped ${fmtPoints(-r.change)} points, more than the allowed ${th.maxDrop} (max_drop)`);
  }
  if (th.maxLatencyIncrease !== undefined) {
    for (const [q, b, c] of [['p50', r.latency_ms_p50_baseline, r.latency_ms_p50_current], ['p95', r.latency_ms_p95_baseline, r.latency_ms_p95_current]] as const) {
      const d = relChange(b, c);
      if (d !== null && d > th.maxLatencyIncrease) why.push(`${q} latency ${pct(d)} (${Math.round(b!)} → ${Math.round(c!)} ms), more than the allowed +${th.maxLatencyIncrease}% (max_latency_increase)`);
    }
  }
  if (th.maxCostIncrease !== undefined) {
    const d = relChange(r.cost_per_correct_baseline, r.cost_per_correct_current);
    if (d !== null && d > th.maxCostIncrease) why.push(`cost per correct answer ${pct(d)}, more than the allowed +${th.maxCostIncrease}% (max_cost_increase)`);
  }
  return why;
}

/** What changed between the runs for this row, in words. */
function changeNotes(r: RegressionRow, cur: Manifest, base: Manifest, modelFields: string[]): string[] {
  const notes: string[] = [];
  const hc = cur.suites.find((s) => s.name === r.suite)?.hash;
  const hb = base.suites.find((s) => s.name === r.suite)?.hash;
  r.suite_changed = hc !== undefined && hb !== undefined && hc !== hb;
  if (r.suite_changed) {
    notes.push(r.items_differ > 0
      ? `suite changed: ${r.items_differ} item(s) differ, compared on ${r.n_shared} shared`
      : `suite changed (content hash ${hb!.slice(0, 8)} → ${hc!.slice(0, 8)}), no item prompt changed; compared on ${r.n_shared} shared`);
  } else if (r.items_differ > 0) notes.push(`${r.items_differ} item(s) differ (limit or prompts), compared on ${r.n_shared} shared`);
  const fc = cur.fingerprint_parts?.[`model:${r.model}`];
  const fb = base.fingerprint_parts?.[`model:${r.model}`];
  r.model_changed = (fc !== undefined && fb !== undefined && fc !== fb) || modelFields.length > 0;
  if (r.model_changed) notes.push(`model config changed${modelFields.length ? `: ${modelFields.join(', ')}` : ''}`);
  if (r.errors_current > r.errors_baseline) notes.push(`endpoint errors ${r.errors_baseline} → ${r.errors_current} (errored items are not compared)`);
  return notes;
}

export interface RegressionInput {
  current: RunView;
  baseline: RunView;
  thresholds: RegressionThresholds;
  /** Fields of a model's config that differ between runs (reports/compare `modelChanges`). */
  modelChanges?: (model: string) => string[];
}

/** Every (suite, model) of the current run against the baseline, in the current run's order. */
export function compareWithBaseline(input: RegressionInput): RegressionRow[] {
  const cur = itemTable(input.current.records);
  const base = itemTable(input.baseline.records);
  const rows: RegressionRow[] = [];
  for (const s of input.current.manifest.suites) {
    for (const m of input.current.manifest.models) {
      const key = `${s.name}\u0000${m.id}`;
      const inBase = input.baseline.manifest.suites.some((x) => x.name === s.name) && input.baseline.manifest.models.some((x) => x.id === m.id);
      const row = compareRow(s.name, m.id, cur.get(key) ?? new Map(), base.get(key) ?? new Map());
      if (!inBase) {
        row.status = 'no_baseline';
        row.notes.push('not in the baseline run: nothing to compare with');
      } else {
        row.notes.push(...changeNotes(row, input.current.manifest, input.baseline.manifest, input.modelChanges?.(m.id) ?? []));
        if (row.n_shared === 0) {
          row.status = 'not_compared';
          row.notes.push('no shared items: not compared');
        }
      }
      rows.push(row);
    }
  }
  const adjusted = holm(rows.map((r) => (r.status === 'no_baseline' ? null : r.p_value)));
  const tested = adjusted.filter((p) => p !== null).length;
  rows.forEach((r, i) => {
    r.p_adjusted = adjusted[i] ?? null;
    if (r.status !== 'ok') return;
    r.reasons = judge(r, input.thresholds, tested);
    if (r.reasons.length) r.status = 'regression';
  });
  return rows;
}
