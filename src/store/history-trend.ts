/**
 * @module store/history-trend — a run's trend points without waiting for its own write to the
 * history store (store/history): the store's rows for the run's suites and models are read while
 * its requests are in flight (`readTrendRows`), and the run's own rows are put in place the way
 * the store would give them back (`trendPoints`), so report.html's trend charts render while the
 * rows are being written. The points are those `recordRunHistory` reads back after its write.
 */
import { readHistory, rowsOfRun, trendFilter, trendOf, type HistoryRow } from './history.js';
import type { Manifest, Summary } from './types.js';
import type { HistoryPoint } from '../reports/types.js';

/**
 * The rows a run's trend is drawn from as the store holds them before the run's own rows are
 * written, read while its requests are in flight (so report.html's trend never waits for the
 * write). Null when the store could not be read (locked, damaged): the caller then writes and
 * reads in one go (`recordRunHistory`), which reports the problem.
 */
export async function readTrendRows(out: string, manifest: Manifest): Promise<HistoryRow[] | null> {
  try {
    return await readHistory(out, trendFilter(manifest));
  } catch {
    return null;
  }
}

/**
 * The trend points once the run's rows are added to `before` (./readTrendRows): what
 * `recordRunHistory` reads back after its write, without waiting for it: the run's rows replace
 * theirs (same key), in the store's order, as the store would give their values back.
 */
export function trendPoints(before: HistoryRow[], manifest: Manifest, summary: Summary): HistoryPoint[] {
  const own = rowsOfRun(manifest, summary).map(asStored);
  const key = (r: HistoryRow): string => `${r.run_id}\0${r.suite}\0${r.model}`;
  const replaced = new Set(own.map(key));
  return trendOf([...before.filter((r) => !replaced.has(key(r))), ...own].sort(storeOrder));
}

/** `ORDER BY started_at, run_id, suite, model` as DuckDB sorts text: by its UTF-8 bytes. */
function storeOrder(a: HistoryRow, b: HistoryRow): number {
  for (const k of ['started_at', 'run_id', 'suite', 'model'] as const) {
    const d = a[k] === b[k] ? 0 : Buffer.compare(Buffer.from(a[k], 'utf8'), Buffer.from(b[k], 'utf8'));
    if (d !== 0) return d;
  }
  return 0;
}

/** A row as read back from the store: a DOUBLE that is not finite reads as text (`NaN`, `Infinity`). */
function asStored(row: HistoryRow): HistoryRow {
  const out = { ...row } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (typeof v === 'number' && !Number.isFinite(v)) out[k] = String(v);
  return out as unknown as HistoryRow;
}
