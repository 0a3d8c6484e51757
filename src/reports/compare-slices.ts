/**
 * @module reports/compare-slices — `bench compare` per slice: the same (suite, model) in two
 * runs, on the shared items of each slice value (sample 0, errors excluded): accuracy in each
 * run, the change B − A, the exact McNemar p, Holm-adjusted across every slice row of the
 * comparison; a slice with fewer than MIN_SLICE_ITEMS shared items is shown without a verdict.
 */
import { COMPACT, fitColumns, wrapText } from './table-fit.js';
import { holm } from '../stats/holm.js';
import { mcnemarExact } from '../stats/mcnemar.js';
import { MIN_SLICE_ITEMS, NO_VALUE, type SliceField } from '../stats/slices.js';
import { fmtP, fmtPct, fmtPoints } from '../stats/format.js';
import { escapeMd } from './escape.js';

export interface RunSliceRow {
  suite: string;
  model: string;
  field: string;
  value: string;
  /** Items of the slice scored (sample 0) in both runs. */
  n: number;
  accuracy_a: number | null;
  accuracy_b: number | null;
  /** accuracy_b − accuracy_a. */
  change: number | null;
  p_value: number | null;
  p_adjusted: number | null;
  verdict: 'improved' | 'regressed' | 'no_significant_difference' | 'too_few_items';
}

/**
 * `ra`/`rb`: sample-0 correctness keyed `suite \0 model \0 item_id`; `pairs`: the (suite, model)
 * present in both runs; `slices`: each suite's slice fields with the items' values.
 */
export function compareSlices(ra: ReadonlyMap<string, boolean>, rb: ReadonlyMap<string, boolean>, pairs: ReadonlyArray<{ suite: string; model: string }>, slices: ReadonlyMap<string, readonly SliceField[]>): RunSliceRow[] {
  const tables = new Map<string, { row: Omit<RunSliceRow, 'n' | 'accuracy_a' | 'accuracy_b' | 'change' | 'p_value' | 'p_adjusted' | 'verdict'>; t: [number, number, number, number] }>();
  const wanted = new Set(pairs.map((p) => `${p.suite}\u0000${p.model}`));
  for (const [key, a] of ra) {
    const b = rb.get(key);
    if (b === undefined) continue;
    const [suite, model, item] = key.split('\u0000') as [string, string, string];
    if (!wanted.has(`${suite}\u0000${model}`)) continue;
    for (const { field, values } of slices.get(suite) ?? []) {
      for (const value of values.get(item) ?? [NO_VALUE]) {
        const k = [suite, model, field, value].join('\u0000');
        let e = tables.get(k);
        if (!e) tables.set(k, (e = { row: { suite, model, field, value }, t: [0, 0, 0, 0] }));
        e.t[(a ? 2 : 0) + (b ? 1 : 0)]!++; // [neither, only B, only A, both]
      }
    }
  }
  const rows: RunSliceRow[] = [...tables.values()]
    .sort((x, y) => cmp(x.row.suite, y.row.suite) || cmp(x.row.field, y.row.field) || cmpValue(x.row.value, y.row.value) || cmp(x.row.model, y.row.model))
    .map(({ row, t: [n00, onlyB, onlyA, n11] }) => {
      const n = n00 + onlyB + onlyA + n11;
      return {
        ...row, n, accuracy_a: n ? (onlyA + n11) / n : null, accuracy_b: n ? (onlyB + n11) / n : null, change: n ? (onlyB - onlyA) / n : null,
        p_value: n ? mcnemarExact(onlyB, onlyA) : null, p_adjusted: null, verdict: n < MIN_SLICE_ITEMS ? 'too_few_items' : 'no_significant_difference',
      };
    });
  const family = rows.filter((r) => r.verdict !== 'too_few_items');
  const adj = holm(family.map((r) => r.p_value));
  family.forEach((r, i) => {
    r.p_adjusted = adj[i] ?? null;
    if (r.p_adjusted !== null && r.p_adjusted < 0.05 && r.change) r.verdict = r.change > 0 ? 'improved' : 'regressed';
  });
  return rows;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const cmpValue = (a: string, b: string): number => (a === NO_VALUE ? 1 : b === NO_VALUE ? -1 : cmp(a, b));

const cells = (r: RunSliceRow): string[] => [r.suite, r.field, r.value, r.model, String(r.n), fmtPct(r.accuracy_a), fmtPct(r.accuracy_b),
  r.change === null ? '—' : fmtPoints(r.change, true), fmtP(r.p_value), r.verdict === 'too_few_items' ? '—' : fmtP(r.p_adjusted), r.verdict.replace(/_/g, ' ')];
const HEAD = ['Suite', 'Field', 'Value', 'Model', 'Items', 'Acc. A', 'Acc. B', 'Change (points)', 'p', 'p (Holm)', 'Verdict'];

function note(rows: RunSliceRow[]): string {
  const tests = rows.filter((r) => r.verdict !== 'too_few_items').length;
  return `By slice: shared items of each slice value (sample 0); exact McNemar test, Holm-adjusted across the ${tests} slice row${tests === 1 ? '' : 's'} with at least ${MIN_SLICE_ITEMS} shared items; smaller slices are shown without a verdict.`;
}

/** With `width`, columns are dropped (raw p, items, suite, field) until the table fits. */
export function renderSliceText(rows: RunSliceRow[], width?: number): string {
  if (!rows.length) return '';
  const table = fitColumns(HEAD, rows.map(cells), width === undefined ? { dropOrder: [] } : { width, dropOrder: [8, 4, 0, 1], chars: COMPACT });
  return `${table}\n${wrapText(note(rows), width)}\n`;
}

export function renderSliceMd(rows: RunSliceRow[]): string {
  if (!rows.length) return '';
  return [`### By slice`, '', note(rows), '', `| ${HEAD.join(' | ')} |`, `| ${HEAD.map((_, i) => (i >= 4 && i <= 9 ? '---:' : ':---')).join(' | ')} |`,
    ...rows.map((r) => `| ${cells(r).map(escapeMd).join(' | ')} |`), ''].join('\n');
}
