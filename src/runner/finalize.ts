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
import { renderHtml } from '../reports/html.js';
import { writeOutputs } from '../reports/write.js';
import { renderTerminal } from '../reports/table.js';
import { loadSliceFields } from './slices.js';
import { renderMessages } from '../suites/template.js';
import { readRecords } from '../store/records.js';
import { readManifest, RECORDS } from '../store/run-dir.js';
import { partialOf } from '../store/merge.js';
import { replicaRows } from '../stats/replicas.js';
import type { Manifest, RunRecord, Summary } from '../store/types.js';
import type { ReportContext, HistoryPoint } from '../reports/types.js';
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
  /** Where warnings go (a locked history store…). @default stderr */
  onWarning?(message: string): void;
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
  const file = path.join(runDir, RECORDS);
  // Records stream through the summary and are never all held: memory stays flat at any size.
  const lite = () => readRecords(file, { dropOutput: true, onTorn: () => undefined });
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
  });
  if (manifest.judging) addJudging(summary, manifest.judging, runDir, opts.seed);
  const partial = partialOf(manifest);
  if (partial) summary.partial = partial;
  if (manifest.models.some((m) => m.replicas)) summary.replicas = replicaRows(lite());

  const wanted = disagreementKeys(lite());
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

  // [nightly] The history store is written while the report files render (DuckDB works off this
  // thread); only report.html's trend charts wait for its points, and they come last in the page.
  const history = historyOf(opts, manifest, summary);
  const ctx: ReportContext = { summary, manifest, disagreements, ...(unread.length ? { unread } : {}) };
  const trendLater = history.then((h) => (h.length ? h : undefined));
  trendLater.catch(() => undefined); // its failure is thrown below, not left unhandled when no page awaits it
  const outputs = writeOutputs(runDir, { ...reporters, html: { ...reporters.html, render: (c: ReportContext) => renderHtml(c, trendLater) } }, ctx);
  // Both settle before this returns; the history store's failure first (it came first before they overlapped).
  const [hist, out] = await Promise.allSettled([history, outputs]);
  if (hist.status === 'rejected') throw hist.reason;
  if (out.status === 'rejected') throw out.reason;
  const written = out.value;
  const markdown = written.markdown;
  // `--format github` outside a GitHub job prints report.md instead of the table.
  const stepSummary = process.env.GITHUB_STEP_SUMMARY;
  const terminal = opts.format === 'github' && !stepSummary ? markdown : renderTerminal(summary, { slices: opts.wide === true || opts.by !== undefined, ...(opts.width !== undefined && { width: opts.width }) });
  return { summary, markdown, terminal };
}

/**
 * The trend points of the run's suites and models: `opts.history`, or when the run is complete
 * and `historyOut` is given, from the history store after this run's rows are added (never
 * fails the run: a locked store is a warning). A shard is part of a run, not a run: only its
 * merge joins the history.
 */
async function historyOf(opts: ReportOptions, manifest: Manifest, summary: Summary): Promise<HistoryPoint[]> {
  if (opts.historyOut === undefined || manifest.status !== 'complete' || manifest.shard) return opts.history ?? [];
  const { recordRunHistory } = await import('../store/history.js');
  return recordRunHistory(opts.historyOut, manifest, summary, opts.onWarning ?? warnToStderr);
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
