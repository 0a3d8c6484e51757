/**
 * @module runner/finalize — the report phase (`writeReports`): rebuild the summary and every
 * report file of a run folder from its manifest, records and suite snapshots alone. A run
 * calls it at its end (runner/run.ts), `bench report` and `report()` call it again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSummary } from '../stats/summary.js';
import { collectDisagreements } from '../stats/disagreements.js';
import { UnreadCollector } from '../stats/unread.js';
import { reporters } from '../reports/index.js';
import { writeOutputs } from '../reports/write.js';
import { renderTerminal } from '../reports/table.js';
import { loadSliceFields } from './slices.js';
import { renderMessages } from '../suites/template.js';
import { readRecords } from '../store/records.js';
import { readManifest, RECORDS } from '../store/run-dir.js';
import { partialOf } from '../store/merge.js';
import { replicaRows } from '../stats/replicas.js';
import type { Manifest, RunRecord, Summary } from '../store/types.js';
import type { Planned } from '../stats/aggregate.js';
import type { ReportContext, HistoryPoint } from '../reports/types.js';
import type { HistoryRow } from '../store/history.js';
import type { ManifestJudging } from '../stats/judging-types.js';
import { buildJudging } from '../stats/judging.js';
import { readJudgments } from '../store/judgments.js';
import { warnToStderr } from './run-types.js';

export interface ReportOptions {
  margin: number;
  seed: number;
  /** `github`: print report.md instead of the table when $GITHUB_STEP_SUMMARY is not set (when it is, report.md is always appended there). */
  format?: string;
  /** Trend points from the history store, when there is one. */
  history?: HistoryPoint[];
  /**
   * [nightly] The history store's rows this run's trend is drawn from, read before its rows are
   * written (store/history-trend `readTrendRows`, while a run's requests are in flight); read
   * here when absent.
   */
  historyBefore?: HistoryRow[];
  /**
   * [nightly] Results folder whose history store (`<out>/.history.duckdb`) gets this run's rows
   * when the run is complete; the trend points of its suites and models then feed the reports.
   */
  historyOut?: string;
  /** Slice every suite whose items carry this field by it, instead of the suites' own `slices`. */
  by?: string;
  /** Show the slice tables in the terminal (always shown with `by`). */
  wide?: boolean;
  /** The terminal's width in columns: `terminal` fits it (reports/table-fit). @default no limit: every column */
  width?: number;
  /**
   * The run's records without their outputs, exactly as `readRecords(records.jsonl, { dropOutput:
   * true })` gives them, when the caller already holds them (read while the run appended them:
   * store/records-follow); the summary's passes then use them instead of parsing the file.
   */
  records?: readonly RunRecord[];
  /** Where warnings go (a locked history store…). @default stderr */
  onWarning?(message: string): void;
  /**
   * The summary is built: the pass over the records is done and what it held per record is
   * garbage; the report files and the history store come next (the CLI collects that garbage
   * here for a large run, cli/heap).
   */
  onSummary?(summary: Summary): void;
}

/** Disagreements shown per suite in the HTML drill-down. */
const DISAGREEMENT_CAP = 200;

export interface ReportsWritten {
  summary: Summary;
  /** report.md as written. */
  markdown: string;
  /** What a terminal shows: the table, or with `format: 'github'` outside a GitHub job, report.md. */
  terminal: string;
}

export async function writeReports(runDir: string, opts: ReportOptions): Promise<ReportsWritten> {
  const manifest = readManifest(runDir);
  // [nightly] The store's earlier rows for the trend (read while the summary is built, unless read before).
  const before = trendRowsOf(opts, manifest);
  before.catch(() => undefined); // awaited below; not left unhandled if the summary throws first
  const file = path.join(runDir, RECORDS);
  // Records stream through the summary and are never all held (memory stays flat at any size),
  // unless the report phase already holds them (a small run's report thread, runner/report-worker).
  const lite = (): Iterable<RunRecord> => (opts.records ? copies(opts.records) : readRecords(file, { dropOutput: true, onTorn: () => undefined }));
  const slices = await loadSliceFields(runDir, manifest.suites.map((s) => s.name), opts.by);
  const summary = buildSummary({
    run_id: manifest.run_id,
    complete: manifest.status === 'complete',
    suites: manifest.suites,
    models: manifest.models,
    records: lite(),
    margin_points: opts.margin,
    seed: opts.seed,
    slices,
    planned: plannedOf(manifest),
  });
  if (manifest.judging) addJudging(summary, manifest.judging, runDir, opts.seed);
  const partial = partialOf(manifest);
  if (partial) summary.partial = partial;
  if (manifest.models.some((m) => m.replicas)) summary.replicas = replicaRows(lite());
  opts.onSummary?.(summary);
  // [nightly] This run's rows go into the history store (started now, on DuckDB's threads) while
  // the drill-down and the report files are made; the trend points are known before: the store's
  // earlier rows were read while the requests ran (or just now), this run's are its summary's.
  const history = await historyOf(opts, manifest, summary, before);

  // The history store's write settles before this returns, whatever the files do (its warning first).
  const [files] = await Promise.allSettled([reportFiles(runDir, opts, { manifest, summary, lite, points: history.points })]);
  await history.stored;
  if (files.status === 'rejected') throw files.reason;
  return { summary, ...files.value };
}

/** The drill-down, the report files written, and the terminal's text. */
async function reportFiles(
  runDir: string, opts: ReportOptions,
  run: { manifest: Manifest; summary: Summary; lite: () => Iterable<RunRecord>; points: HistoryPoint[] },
): Promise<{ markdown: string; terminal: string }> {
  const { manifest, summary, lite } = run;
  const file = path.join(runDir, RECORDS);
  // Models differ only where there are two: a one-model run skips the pass (a map of every item id, at the phase's peak of memory).
  const wanted = manifest.models.length > 1 ? disagreementKeys(lite()) : new Set<string>();
  const full: RunRecord[] = [];
  const unreadReplies = new UnreadCollector();
  const anyUnread = summary.rows.some((r) => (r.no_answer ?? 0) + (r.ambiguous ?? 0) > 0);
  if (wanted.size || anyUnread) {
    for (const r of readRecords(file, { onTorn: () => undefined })) {
      if (r.sample === 0 && r.error === null && !r.variant && wanted.has(`${r.suite}\0${r.item_id}`)) full.push(r);
      if (anyUnread) unreadReplies.add(r);
    }
  }
  const unread = unreadReplies.list();
  const prompts = await promptLookup(runDir, manifest.suites.map((s) => s.name), wanted);
  const disagreements = collectDisagreements(full, (suite, id) => prompts.get(`${suite}\0${id}`), DISAGREEMENT_CAP);

  const ctx: ReportContext = { summary, manifest, disagreements, ...(unread.length ? { unread } : {}), ...(run.points.length ? { history: run.points } : {}) };
  const { markdown } = await writeOutputs(runDir, reporters, ctx);
  // `--format github` outside a GitHub job prints report.md instead of the table.
  const stepSummary = process.env.GITHUB_STEP_SUMMARY;
  const terminal = opts.format === 'github' && !stepSummary ? markdown : renderTerminal(summary, { slices: opts.wide === true || opts.by !== undefined, ...(opts.width !== undefined && { width: opts.width }) });
  return { markdown, terminal };
}

/**
 * The records expected per model of each suite (run items × samples), sizing the summary's
 * columns once instead of by doubling (stats/aggregate). None for a shard: its share of each
 * suite is not recorded per suite.
 */
function plannedOf(manifest: Manifest): (suite: string) => Planned | undefined {
  if (manifest.shard) return () => undefined;
  const items = new Map<string, number>();
  for (const s of manifest.suites) {
    const selected = manifest.selection?.selected[s.name];
    items.set(s.name, selected === undefined ? s.items : Math.min(selected, manifest.limit ?? selected));
  }
  return (suite) => {
    const n = items.get(suite);
    return n === undefined ? undefined : { items: n, samples: manifest.samples };
  };
}

/** Each record a fresh shallow copy (as each pass over the file gets its own objects). */
function* copies(records: readonly RunRecord[]): Generator<RunRecord> {
  for (const r of records) yield { ...r };
}

/** Whether the run's rows go into the history store: a complete run with `historyOut`, not a shard (only its merge joins the history). */
const recordsHistory = (opts: ReportOptions, manifest: Manifest): opts is ReportOptions & { historyOut: string } =>
  opts.historyOut !== undefined && manifest.status === 'complete' && !manifest.shard;

/** The store's rows this run's trend is drawn from: `opts.historyBefore`, else read now (null: unreadable). */
async function trendRowsOf(opts: ReportOptions, manifest: Manifest): Promise<HistoryRow[] | null> {
  if (opts.historyBefore !== undefined || !recordsHistory(opts, manifest)) return opts.historyBefore ?? [];
  return (await import('../store/history-trend.js')).readTrendRows(opts.historyOut, manifest);
}

/**
 * The trend points of the run's suites and models, and the write of this run's rows to the
 * history store (started here, never rejecting: a locked store is a warning). Without a store to
 * write, the points are `opts.history`. When the earlier rows could not be read, the rows are
 * written and the points read back in one go before the reports render.
 */
async function historyOf(opts: ReportOptions, manifest: Manifest, summary: Summary, before: Promise<HistoryRow[] | null>): Promise<{ points: HistoryPoint[]; stored: Promise<void> }> {
  if (!recordsHistory(opts, manifest)) return { points: opts.history ?? [], stored: Promise.resolve() };
  const warn = opts.onWarning ?? warnToStderr;
  const store = await import('../store/history.js');
  const rows = await before;
  if (rows === null) return { points: await store.recordRunHistory(opts.historyOut, manifest, summary, warn), stored: Promise.resolve() };
  const { trendPoints } = await import('../store/history-trend.js');
  return { points: trendPoints(rows, manifest, summary), stored: store.writeRunHistory(opts.historyOut, manifest, summary, warn) };
}

/** [judged suites] The judging section, and the self-judged mark on the rows of candidates that judge their own suite. */
function addJudging(summary: Summary, plan: ManifestJudging, runDir: string, seed: number): void {
  summary.judging = buildJudging(plan, readJudgments(runDir), summary.rows, seed);
  for (const row of summary.rows) {
    if (plan.suites.some((s) => s.suite === row.suite && s.judges.includes(row.model))) row.self_judged = true;
  }
}

/** (suite, item) pairs where models differ in correctness on sample 0, capped per suite. */
function disagreementKeys(records: Iterable<RunRecord>): Set<string> {
  // Per suite, per item a 2-bit mask: 1 = some model right, 2 = some model wrong; 3 = a disagreement.
  // Keyed by the record's own item id (no suite-and-id string made and held per record: this
  // pass runs at the report phase's peak of resident memory).
  const bySuite = new Map<string, Map<string, number>>();
  for (const r of records) {
    if (r.sample !== 0 || r.correct === null || r.variant) continue;
    let byItem = bySuite.get(r.suite);
    if (byItem === undefined) bySuite.set(r.suite, (byItem = new Map()));
    byItem.set(r.item_id, (byItem.get(r.item_id) ?? 0) | (r.correct ? 1 : 2));
  }
  const out = new Set<string>();
  for (const [suite, byItem] of bySuite) {
    let n = 0;
    for (const [id, mask] of byItem) {
      if (mask !== 3) continue;
      if (n++ >= DISAGREEMENT_CAP) break;
      out.add(`${suite}\0${id}`);
    }
  }
  return out;
}

/** The rendered user prompt of each wanted item, from the run's suite snapshots. */
async function promptLookup(runDir: string, suites: string[], wanted: Set<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!wanted.size) return out;
  // Loaded only here: the suite loader brings zod and the suite schema, which most report phases never need.
  const { loadSuite } = await import('../suites/load.js');
  for (const name of suites) {
    const dir = path.join(runDir, 'suites', name);
    if (!fs.existsSync(path.join(dir, 'suite.yaml'))) continue;
    try {
      const suite = await loadSuite(dir, { tasksDir: path.join(runDir, 'suites') });
      for (const item of suite.items) {
        const k = `${name}\0${item.id}`;
        if (!wanted.has(k)) continue;
        const msgs = renderMessages(suite, item);
        out.set(k, msgs[msgs.length - 1]?.content ?? '');
      }
    } catch {
      /* a snapshot that no longer loads: reports go on without prompts */
    }
  }
  return out;
}
