/**
 * @module reports/compare — `bench compare <run-a> <run-b>`: the same (suite, model) in two
 * runs, on their shared items (stats/shared: same id and same prompt, sample 0 scored in both);
 * items edited between the runs are left out, never paired, and the output says so.
 *
 * Per row: accuracy in each run on the shared items, the change (B − A) with Newcombe's
 * method-10 paired interval, the exact McNemar p; p-values Holm-adjusted across all rows.
 * A row is flagged when the suite's content hash or the model's configuration changed between
 * the runs (then a difference may come from the change, not from chance or drift).
 */
import type { Manifest, RunRecord, Summary } from '../store/types.js';
import type { PublicModelSpec } from '../config/types.js';
import { holm } from '../stats/holm.js';
import { mcnemarExact } from '../stats/mcnemar.js';
import { newcombePaired } from '../stats/paired.js';
import { fmtCI, fmtP, fmtPct, fmtPoints } from '../stats/format.js';
import { escapeMd } from './escape.js';
import { itemTable, rowKey, sharedItems, type ItemTable, type SharedItems } from '../stats/shared.js';
import { compareSlices, renderSliceMd, renderSliceText, type RunSliceRow } from './compare-slices.js';
import { COMPACT, fitColumns, widest, wrapText } from './table-fit.js';
import type { SliceField } from '../stats/slices.js';

export interface RunSide {
  summary: Summary;
  manifest: Manifest;
  records: Iterable<RunRecord>;
}

export interface RunComparisonRow {
  suite: string;
  model: string;
  /** Items scored (sample 0) in both runs. */
  n: number;
  accuracy_a: number | null;
  accuracy_b: number | null;
  /** accuracy_b − accuracy_a. */
  change: number | null;
  ci95: [number, number] | null;
  p_value: number | null;
  p_adjusted: number | null;
  verdict: 'improved' | 'regressed' | 'no_significant_difference';
  suite_hash_changed: boolean;
  /** Model fields that differ between the runs (`model`, `params.temperature`, …). */
  model_changes: string[];
  /** The suite's scorer version in each run, when they differ (`choice 1.0.0 → 2.0.0`): a change may come from the scorer. */
  scorer_change?: string;
  /** Items left out (stats/shared): edited between the runs (same id, other prompt), never paired. */
  items_changed: number;
  /** Item ids in one run only. */
  items_only_a: number;
  items_only_b: number;
  /** Items of both runs not scored on sample 0 in both (endpoint errors). */
  items_unscored: number;
}

/** "choice 1.0.0 → 2.0.0" when the suite's scorer version differs between the runs, else undefined. */
function scorerChange(a: Manifest, b: Manifest, suite: string): string | undefined {
  const type = b.suites.find((s) => s.name === suite)?.scorer ?? a.suites.find((s) => s.name === suite)?.scorer;
  if (type === undefined) return undefined;
  const va = a.scorer_versions?.[type] ?? (b.rescore?.from_run_id === a.run_id ? b.rescore.scorer_versions_before[type] : undefined) ?? 'unknown';
  const vb = b.scorer_versions?.[type] ?? 'unknown';
  return va === vb ? undefined : `${type} ${va} → ${vb}`;
}

const IGNORED = new Set(['source', 'concurrency', 'rpm', 'timeout_s', 'api_key_env', 'threads']);

/** The configuration fields that differ between two model specs (those that can change answers or cost). */
export function modelChanges(a: PublicModelSpec | undefined, b: PublicModelSpec | undefined): string[] {
  if (!a || !b) return a === b ? [] : ['(model missing in one run)'];
  const out: string[] = [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of [...keys].sort()) {
    if (IGNORED.has(k)) continue;
    const va = (a as unknown as Record<string, unknown>)[k];
    const vb = (b as unknown as Record<string, unknown>)[k];
    if (k === 'params' || k === 'price') {
      const pa = (va ?? {}) as Record<string, unknown>;
      const pb = (vb ?? {}) as Record<string, unknown>;
      for (const p of [...new Set([...Object.keys(pa), ...Object.keys(pb)])].sort()) {
        if (JSON.stringify(pa[p]) !== JSON.stringify(pb[p])) out.push(`${k}.${p}`);
      }
    } else if (JSON.stringify(va) !== JSON.stringify(vb)) out.push(k);
  }
  return out;
}

/** Sample-0 correctness of the paired items of each (suite, model), keyed `suite \0 model \0 item_id`, and what was left out. */
function pairUp(a: ItemTable, b: ItemTable, pairs: ReadonlyArray<{ suite: string; model: string }>): { ra: Map<string, boolean>; rb: Map<string, boolean>; shared: Map<string, SharedItems> } {
  const ra = new Map<string, boolean>();
  const rb = new Map<string, boolean>();
  const shared = new Map<string, SharedItems>();
  for (const { suite, model } of pairs) {
    const key = rowKey(suite, model);
    const s = sharedItems(a.get(key), b.get(key), (x) => x.s0 !== null);
    shared.set(key, s);
    for (const [id, x, y] of s.pairs) {
      ra.set(`${key}\u0000${id}`, x.s0!);
      rb.set(`${key}\u0000${id}`, y.s0!);
    }
  }
  return { ra, rb, shared };
}

function compareRow(suite: string, model: string, s: SharedItems): Omit<RunComparisonRow, 'p_adjusted' | 'verdict' | 'suite_hash_changed' | 'model_changes'> {
  const t = { n11: 0, n10: 0, n01: 0, n00: 0 }; // "1" = run B right, second index = run A
  for (const [, x, y] of s.pairs) {
    const [a, b] = [x.s0!, y.s0!];
    if (b) { if (a) t.n11++; else t.n10++; } else if (a) t.n01++; else t.n00++;
  }
  const n = t.n11 + t.n10 + t.n01 + t.n00;
  const ci = newcombePaired(t);
  return {
    suite, model, n, accuracy_a: n ? (t.n11 + t.n01) / n : null, accuracy_b: n ? (t.n11 + t.n10) / n : null,
    change: ci?.estimate ?? null, ci95: ci ? [ci.low, ci.high] : null, p_value: n ? mcnemarExact(t.n10, t.n01) : null,
    items_changed: s.changed.length, items_only_a: s.onlyA, items_only_b: s.onlyB, items_unscored: s.unscored,
  };
}

/** One line per row that left items out, saying how many and why. */
function leftOut(rows: RunComparisonRow[]): string[] {
  const lines: string[] = [];
  for (const r of rows) {
    const why = [
      r.items_changed ? `${r.items_changed} edited between the runs (same id, different prompt: not paired)` : '',
      r.items_only_a ? `${r.items_only_a} only in run A` : '',
      r.items_only_b ? `${r.items_only_b} only in run B` : '',
      r.items_unscored ? `${r.items_unscored} not scored in both (endpoint errors)` : '',
    ].filter(Boolean);
    if (why.length) lines.push(`${r.suite} × ${r.model}: left out ${why.join(', ')}`);
  }
  return lines;
}

/** Column indexes of the text table dropped, in this order, until it fits the width. */
const DROP_ORDER = [6, 7, 2];

/**
 * The terminal table. With `width`: the run ids (and the suite, when there is one) move to a line
 * above the table ("Acc. A" and "Acc. B" as headings), columns are dropped (interval, p, items)
 * until it fits, then "Changed" moves below the table; when even that is too wide, one wrapped
 * line per row.
 */
function renderText(rows: RunComparisonRow[], a: string, b: string, width?: number): string {
  const verdict = (r: RunComparisonRow): string => (width !== undefined && r.verdict === 'no_significant_difference' ? 'not significant' : r.verdict.replace(/_/g, ' '));
  const change = (r: RunComparisonRow): string => (r.change === null ? '—' : fmtPoints(r.change, true));
  const cells = rows.map((r) => [r.suite, r.model, String(r.n), fmtPct(r.accuracy_a), fmtPct(r.accuracy_b), change(r), fmtCI(r.ci95, true), fmtP(r.p_adjusted), verdict(r), flags(r) || '—']);
  const out = leftOut(rows);
  if (width === undefined) {
    const head = ['Suite', 'Model', 'Items', `Acc. ${a}`, `Acc. ${b}`, 'Change (points)', '95% CI', 'p (Holm)', 'Verdict', 'Changed'];
    return `${fitColumns(head, cells, { dropOrder: [] })}\n${out.length ? `${out.join('\n')}\n` : ''}`;
  }
  const head = ['Suite', 'Model', 'Items', 'Acc. A', 'Acc. B', 'Change', '95% CI', 'p (Holm)', 'Verdict', 'Changed'];
  const suites = [...new Set(rows.map((r) => r.suite))];
  const drop = suites.length === 1 ? [0, ...DROP_ORDER] : DROP_ORDER;
  let table = fitColumns(head, cells, { width, dropOrder: drop, chars: COMPACT });
  const below = [...out];
  if (widest(table) > width) {
    table = fitColumns(head, cells, { width, dropOrder: [...drop, 9], chars: COMPACT });
    below.unshift(...rows.filter((r) => flags(r)).map((r) => `${r.suite} × ${r.model}: changed ${flags(r)}`));
  }
  if (widest(table) > width) {
    table = rows.map((r) => `${r.suite} × ${r.model}: ${fmtPct(r.accuracy_a)} → ${fmtPct(r.accuracy_b)}, ${change(r)} points (95% CI ${fmtCI(r.ci95, true)}), ${r.n} items, p (Holm) ${fmtP(r.p_adjusted)}: ${verdict(r)}${flags(r) ? `; changed ${flags(r)}` : ''}`).join('\n');
    below.splice(0, below.length, ...out);
  }
  return `${wrapText(`${suites.length === 1 ? `${suites[0]}: ` : ''}A = ${a}, B = ${b}\n${table}${below.length ? `\n${below.join('\n')}` : ''}`, width)}\n`;
}

const flags = (r: RunComparisonRow): string =>
  [r.suite_hash_changed ? 'suite content' : '', r.model_changes.length ? `model: ${r.model_changes.join(', ')}` : '', r.scorer_change ? `scorer: ${r.scorer_change}` : ''].filter(Boolean).join('; ');

function renderMd(rows: RunComparisonRow[], a: string, b: string): string {
  const lines = [`## Comparing run \`${escapeMd(a)}\` → \`${escapeMd(b)}\``, '', 'Shared items only (sample 0); exact McNemar test, Holm-adjusted across rows; change = B − A with Newcombe\'s paired 95% interval.', '',
    '| Suite | Model | Items | Acc. A | Acc. B | Change | 95% CI | p (Holm) | Verdict | Changed |', '| :--- | :--- | ---: | ---: | ---: | ---: | ---: | ---: | :--- | :--- |'];
  for (const r of rows) {
    lines.push(`| ${[r.suite, r.model, String(r.n), fmtPct(r.accuracy_a), fmtPct(r.accuracy_b), r.change === null ? '—' : fmtPoints(r.change, true),
      fmtCI(r.ci95, true), fmtP(r.p_adjusted), r.verdict.replace(/_/g, ' '), flags(r) || '—'].map(escapeMd).join(' | ')} |`);
  }
  const out = leftOut(rows);
  if (out.length) lines.push('', ...out.map((l) => `- ${escapeMd(l)}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Compares the same (suite, model) pairs across two runs on their shared items; with `slices`
 * (suite → slice fields and item values), per slice value too (reports/compare-slices).
 */
export function compareRuns(a: RunSide, b: RunSide, opts: { slices?: ReadonlyMap<string, readonly SliceField[]>; width?: number } = {}): { text: string; markdown: string; rows: RunComparisonRow[]; slice_rows: RunSliceRow[] } {
  const inB = new Set(b.summary.rows.map((r) => rowKey(r.suite, r.model)));
  const pairs = a.summary.rows.filter((r) => inB.has(rowKey(r.suite, r.model)));
  const { ra, rb, shared } = pairUp(itemTable(a.records), itemTable(b.records), pairs);
  const base = pairs.map((r) => compareRow(r.suite, r.model, shared.get(rowKey(r.suite, r.model))!));
  const adj = holm(base.map((r) => r.p_value));
  const rows: RunComparisonRow[] = base.map((r, i) => {
    const p = adj[i] ?? null;
    const verdict = p !== null && p < 0.05 && r.change ? (r.change > 0 ? 'improved' : 'regressed') : 'no_significant_difference';
    const ha = a.manifest.suites.find((s) => s.name === r.suite)?.hash;
    const hb = b.manifest.suites.find((s) => s.name === r.suite)?.hash;
    const changes = modelChanges(a.manifest.models.find((m) => m.id === r.model), b.manifest.models.find((m) => m.id === r.model));
    const scorer = scorerChange(a.manifest, b.manifest, r.suite);
    return { ...r, p_adjusted: p, verdict, suite_hash_changed: ha !== hb, model_changes: changes, ...(scorer && { scorer_change: scorer }) };
  });
  const [ida, idb] = [a.summary.run_id, b.summary.run_id];
  const sliceRows = opts.slices?.size ? compareSlices(ra, rb, pairs, opts.slices) : [];
  return { text: renderText(rows, ida, idb, opts.width) + renderSliceText(sliceRows, opts.width), markdown: renderMd(rows, ida, idb) + renderSliceMd(sliceRows), rows, slice_rows: sliceRows };
}
