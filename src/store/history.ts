/**
 * @module store/history — the history store: one DuckDB file per results folder
 * (`<out>/.history.duckdb`) with a row per (run, suite, model) of every complete run.
 *
 * DuckDB is loaded lazily (only when a store is opened, ./duckdb.ts), so `bench --help` stays fast.
 * Columns are only ever added (`ADDED`), so a store written by an older bench keeps working:
 * the first write adds them, a read-only open reads them as NULL.
 * A second process holding the file lock is waited for briefly; then the caller gets a
 * warning, never a crash (a run must not fail because its history could not be written).
 * The store is derived data: `rebuildHistory` recreates it from the run folders'
 * `manifest.json` + `summary.json`, read by DuckDB's `read_json`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { duckdb } from './duckdb.js';
import { listRunDirs, MANIFEST, SUMMARY } from './run-dir.js';
import type { Manifest, Summary } from './types.js';
import type { HistoryPoint } from '../reports/types.js';
import { selectionLabel } from './selection-label.js';

/**
 * Hidden like `.cache`: every visible entry of a results folder stays a run folder (user scripts
 * and tests take each visible entry as a run). Query it with `duckdb results/.history.duckdb`.
 */
export const HISTORY_FILE = '.history.duckdb';

/** One row of the `history` table. */
export interface HistoryRow extends HistoryPoint {
  status: string;
  metric: string | null;
  n: number | null;
  correct: number | null;
  errors: number | null;
  latency_ms_p95: number | null;
  cost_usd: number | null;
  suite_hash: string | null;
  model_fingerprint: string | null;
  bench_version: string | null;
  /**
   * The run's item selection in flag form (`--sample 100 --seed 7`; ./selection-label.ts), null
   * for a run over whole suites. Subset runs are listed, but kept out of the trends of whole runs.
   */
  selection: string | null;
}

export interface HistoryFilter {
  suites?: string[];
  models?: string[];
  /** Only the runs of this item selection (its label); null: only whole runs. @default any */
  selection?: string | null;
}

/** Thrown when the store stayed locked by another process for the whole wait. */
export class HistoryLockedError extends Error {
  constructor(file: string, cause: unknown) {
    super(`${file} is in use by another bench process (DuckDB allows one writer); history not updated this time — \`bench history --rebuild\` restores it from the run folders`, { cause });
    this.name = 'HistoryLockedError';
  }
}

const COLUMNS = `run_id VARCHAR NOT NULL, started_at VARCHAR NOT NULL, status VARCHAR, bench_version VARCHAR,
  suite VARCHAR NOT NULL, model VARCHAR NOT NULL, metric VARCHAR, n INTEGER, correct INTEGER,
  accuracy DOUBLE, ci_low DOUBLE, ci_high DOUBLE, errors INTEGER, latency_ms_p50 DOUBLE, latency_ms_p95 DOUBLE,
  cost_usd DOUBLE, cost_per_correct_usd DOUBLE, suite_hash VARCHAR, model_fingerprint VARCHAR, selection VARCHAR,
  PRIMARY KEY (run_id, suite, model)`;
const NAMES = ['run_id', 'started_at', 'status', 'bench_version', 'suite', 'model', 'metric', 'n', 'correct', 'accuracy', 'ci_low', 'ci_high',
  'errors', 'latency_ms_p50', 'latency_ms_p95', 'cost_usd', 'cost_per_correct_usd', 'suite_hash', 'model_fingerprint', 'selection'] as const;
/**
 * Columns added after the first release, with their type: a store written before them gains them
 * (NULL in its old rows) the first time it is opened for writing; read-only, they read as NULL.
 */
const ADDED: ReadonlyArray<readonly [(typeof NAMES)[number], string]> = [['selection', 'VARCHAR']];

export const historyFile = (out: string): string => path.join(path.resolve(out), HISTORY_FILE);

const isLockError = (e: unknown): boolean => /lock/i.test(String((e as Error)?.message ?? e));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Opens the store (creating the table), runs `fn`, closes it. Retries a held lock for about
 * `waitMs` (env BENCH_HISTORY_WAIT_MS overrides), then throws HistoryLockedError.
 */
export async function withHistory<T>(out: string, fn: (c: DuckDBConnection) => Promise<T>, opts: { readOnly?: boolean; waitMs?: number } = {}): Promise<T> {
  const { DuckDBInstance } = duckdb();
  const file = historyFile(out);
  const waitMs = opts.waitMs ?? (Number(process.env.BENCH_HISTORY_WAIT_MS) || 3000);
  const deadline = Date.now() + waitMs;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    let instance;
    try {
      instance = await DuckDBInstance.create(file, opts.readOnly ? { access_mode: 'READ_ONLY' } : {});
    } catch (e) {
      if (!isLockError(e)) throw e;
      if (Date.now() + delay > deadline) throw new HistoryLockedError(file, e);
      await sleep(delay);
      continue;
    }
    const c = await instance.connect();
    try {
      if (!opts.readOnly) {
        await c.run(`CREATE TABLE IF NOT EXISTS history (${COLUMNS})`);
        for (const [name, type] of ADDED) await c.run(`ALTER TABLE history ADD COLUMN IF NOT EXISTS ${name} ${type}`);
      }
      const result = await fn(c);
      // What was written goes from the write-ahead log into the file here, on DuckDB's threads;
      // left to the close, it would block this thread (the close is synchronous) for as long.
      if (!opts.readOnly) await c.run('CHECKPOINT');
      return result;
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  }
}

/** The history rows of one finished run (empty unless the run is complete). */
export function rowsOfRun(manifest: Manifest, summary: Summary): HistoryRow[] {
  if (manifest.status !== 'complete') return [];
  const selection = selectionLabel(manifest.selection);
  return summary.rows.map((r) => ({
    run_id: manifest.run_id, started_at: manifest.started_at, status: manifest.status, bench_version: manifest.bench_version ?? null,
    suite: r.suite, model: r.model, metric: r.metric ?? null, n: r.n, correct: r.correct, accuracy: r.accuracy,
    ci_low: r.ci95?.[0] ?? null, ci_high: r.ci95?.[1] ?? null, errors: r.errors,
    latency_ms_p50: r.latency_ms_p50, latency_ms_p95: r.latency_ms_p95, cost_usd: r.cost_usd, cost_per_correct_usd: r.cost_per_correct_usd,
    suite_hash: manifest.suites.find((s) => s.name === r.suite)?.hash ?? null,
    model_fingerprint: manifest.fingerprint_parts?.[`model:${r.model}`] ?? null,
    selection,
  }));
}

async function upsert(c: DuckDBConnection, rows: HistoryRow[]): Promise<void> {
  const sql = `INSERT OR REPLACE INTO history (${NAMES.join(', ')}) VALUES (${NAMES.map((_, i) => `$${i + 1}`).join(', ')})`;
  const { DOUBLE, INTEGER, VARCHAR } = duckdb();
  const types = NAMES.map((n) => (['n', 'correct', 'errors'].includes(n) ? INTEGER : /accuracy|ci_|latency|cost/.test(n) ? DOUBLE : VARCHAR));
  const prepared = await c.prepare(sql);
  for (const row of rows) {
    NAMES.forEach((n, i) => {
      const v = (row as unknown as Record<string, unknown>)[n] ?? null;
      prepared.bindValue(i + 1, v as never, types[i]!);
    });
    await prepared.run();
  }
}

/** Appends (or replaces) a finished run's rows. Throws HistoryLockedError when the store stays locked. */
export async function appendHistory(out: string, manifest: Manifest, summary: Summary): Promise<number> {
  const rows = rowsOfRun(manifest, summary);
  if (!rows.length) return 0;
  await withHistory(out, (c) => upsert(c, rows));
  return rows.length;
}

/** `have`: the store's columns (a store older than the selection column holds only whole runs). */
function whereOf(filter: HistoryFilter, have: ReadonlySet<string>): { sql: string; params: Record<string, string> } {
  const conds: string[] = [];
  const params: Record<string, string> = {};
  for (const [col, vals] of [['suite', filter.suites], ['model', filter.models]] as const) {
    if (!vals?.length) continue;
    conds.push(`(${vals.map((v, i) => { params[`${col}${i}`] = v; return `${col} = $${col}${i}`; }).join(' OR ')})`);
  }
  if (filter.selection !== undefined) {
    if (!have.has('selection')) {
      if (filter.selection !== null) conds.push('FALSE');
    } else if (filter.selection === null) conds.push('selection IS NULL');
    else {
      params.selection = filter.selection;
      conds.push('selection = $selection');
    }
  }
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

/** Rows in time order (oldest first). An absent store gives []. */
export async function readHistory(out: string, filter: HistoryFilter = {}, opts: { waitMs?: number } = {}): Promise<HistoryRow[]> {
  if (!fs.existsSync(historyFile(out))) return [];
  return withHistory(out, async (c) => selectHistory(c, filter, await columnsOf(c)), { readOnly: true, ...opts });
}

/** The store's columns: a store from before a column was added, opened read-only, lacks it. */
async function columnsOf(c: DuckDBConnection): Promise<Set<string>> {
  const cols = await c.runAndReadAll(`SELECT column_name FROM duckdb_columns() WHERE table_name = 'history'`);
  return new Set(cols.getRowObjectsJson().map((r) => String(r.column_name)));
}

/** Every column: a store opened for writing has gained the ADDED ones. */
const ALL_COLUMNS: ReadonlySet<string> = new Set(NAMES);

/** `have`: the store's columns (./columnsOf, or ALL_COLUMNS when opened for writing); a missing one reads as NULL. */
async function selectHistory(c: DuckDBConnection, filter: HistoryFilter, have: ReadonlySet<string>): Promise<HistoryRow[]> {
  const { sql, params } = whereOf(filter, have);
  const select = NAMES.map((n) => (have.has(n) ? n : `NULL AS ${n}`)).join(', ');
  const reader = await c.runAndReadAll(`SELECT ${select} FROM history ${sql} ORDER BY started_at, run_id, suite, model`, params);
  return reader.getRowObjectsJson() as unknown as HistoryRow[];
}

/**
 * Run folders whose manifest and summary both parse (a damaged folder is skipped, not fatal);
 * shards are parts of a run, left to their merge. With each, its run id and selection label.
 */
function readableRuns(out: string): Array<{ dir: string; run_id: string; selection: string | null }> {
  const runs: Array<{ dir: string; run_id: string; selection: string | null }> = [];
  for (const dir of listRunDirs(out)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Partial<Manifest>;
      JSON.parse(fs.readFileSync(path.join(dir, SUMMARY), 'utf8'));
      if (manifest.shard === undefined) runs.push({ dir, run_id: String(manifest.run_id), selection: selectionLabel(manifest.selection) });
    } catch {
      /* skipped */
    }
  }
  return runs;
}

const REBUILD = `
INSERT OR REPLACE INTO history (${NAMES.join(', ')})
WITH m AS (
  SELECT parse_dirpath(filename) AS dir, run_id, started_at, status, bench_version, suites, fingerprint_parts
  FROM read_json($manifests, columns = {run_id: 'VARCHAR', started_at: 'VARCHAR', status: 'VARCHAR', bench_version: 'VARCHAR', suites: 'JSON', fingerprint_parts: 'JSON'}, filename = true)
), s AS (
  SELECT parse_dirpath(filename) AS dir, unnest(rows) AS r
  FROM read_json($summaries, columns = {rows: 'JSON[]'}, filename = true)
)
SELECT m.run_id, m.started_at, m.status, m.bench_version, r->>'suite', r->>'model', r->>'metric',
  CAST(r->>'n' AS INTEGER), CAST(r->>'correct' AS INTEGER), CAST(r->>'accuracy' AS DOUBLE),
  CAST(r->'ci95'->>0 AS DOUBLE), CAST(r->'ci95'->>1 AS DOUBLE), CAST(r->>'errors' AS INTEGER),
  CAST(r->>'latency_ms_p50' AS DOUBLE), CAST(r->>'latency_ms_p95' AS DOUBLE),
  CAST(r->>'cost_usd' AS DOUBLE), CAST(r->>'cost_per_correct_usd' AS DOUBLE),
  (SELECT x->>'hash' FROM unnest(CAST(m.suites AS JSON[])) AS t(x) WHERE (x->>'name') = (r->>'suite') LIMIT 1),
  m.fingerprint_parts->>('model:' || (r->>'model')), NULL
FROM s JOIN m USING (dir)
WHERE m.status = 'complete' AND (r->>'suite') IS NOT NULL AND (r->>'model') IS NOT NULL`;

/** Recreates the store from the run folders under `out`. Returns the runs read and rows stored. */
export async function rebuildHistory(out: string): Promise<{ runs: number; rows: number }> {
  const runs = readableRuns(out);
  return withHistory(out, async (c) => {
    await c.run('DELETE FROM history');
    if (runs.length) {
      const { listValue, LIST, VARCHAR } = duckdb();
      const files = (name: string) => listValue(runs.map((r) => path.join(r.dir, name)));
      await c.run(REBUILD, { manifests: files(MANIFEST), summaries: files(SUMMARY) }, { manifests: LIST(VARCHAR), summaries: LIST(VARCHAR) });
      // The selection label is made in one place (./selection-label.ts), not again in SQL.
      for (const r of runs) if (r.selection !== null) await c.run('UPDATE history SET selection = $selection WHERE run_id = $run_id', { selection: r.selection, run_id: r.run_id });
    }
    const reader = await c.runAndReadAll('SELECT count(DISTINCT run_id) AS runs, count(*) AS rows FROM history');
    const row = reader.getRowObjectsJson()[0] as { runs: string | number; rows: string | number } | undefined;
    return { runs: Number(row?.runs ?? 0), rows: Number(row?.rows ?? 0) };
  });
}

/** The store's rows a run's trend is drawn from: its suites and models, over the runs of its selection. */
export function trendFilter(manifest: Manifest): HistoryFilter {
  return { suites: manifest.suites.map((s) => s.name), models: manifest.models.map((m) => m.id), selection: selectionLabel(manifest.selection) };
}

/** Adds (or replaces) a finished run's rows; never throws: a problem becomes a warning. */
export async function writeRunHistory(out: string, manifest: Manifest, summary: Summary, warn: (m: string) => void): Promise<void> {
  try {
    const own = rowsOfRun(manifest, summary);
    if (!own.length) return;
    await withHistory(out, (c) => upsert(c, own));
  } catch (e) {
    warn(historyWarning(out, e));
  }
}

const historyWarning = (out: string, e: unknown): string =>
  e instanceof HistoryLockedError ? e.message : `history store ${historyFile(out)}: ${(e as Error)?.message ?? String(e)}; the run is unaffected`;

/**
 * Appends a run's rows, then returns the trend points of its suites and models (this run
 * included) over the runs of the same selection — whole runs for a whole run, so a quick
 * `--sample` run never bends their trend. Never throws: a problem becomes a warning. (A run
 * reads the earlier rows while its requests are in flight instead: store/history-trend.)
 */
export async function recordRunHistory(out: string, manifest: Manifest, summary: Summary, warn: (m: string) => void): Promise<HistoryPoint[]> {
  try {
    const own = rowsOfRun(manifest, summary);
    if (!own.length && !fs.existsSync(historyFile(out))) return [];
    // One open of the store for both (opening and closing it is most of the cost).
    const rows = await withHistory(out, async (c) => {
      await upsert(c, own);
      return selectHistory(c, trendFilter(manifest), ALL_COLUMNS);
    });
    return trendOf(rows);
  } catch (e) {
    warn(historyWarning(out, e));
    return [];
  }
}

/** The trend points of a run's rows as the store orders them; none for fewer than two runs (one point is no trend). */
export function trendOf(rows: readonly HistoryRow[]): HistoryPoint[] {
  return new Set(rows.map((r) => r.run_id)).size >= 2 ? rows.map(toPoint) : [];
}

function toPoint(r: HistoryRow): HistoryPoint {
  return { run_id: r.run_id, started_at: r.started_at, suite: r.suite, model: r.model, accuracy: r.accuracy, ci_low: r.ci_low, ci_high: r.ci_high, latency_ms_p50: r.latency_ms_p50, cost_per_correct_usd: r.cost_per_correct_usd };
}
