/**
 * @module view/runs — what `bench view` shows of a results folder: every run folder in it (date,
 * suites, models, verdicts, status) and the accuracy trend of each (suite, model) over its
 * complete runs, read from the folders themselves (manifest.json, summary.json), so the page
 * works on a copied folder or CI artifact with no history store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listRunDirs, readManifest, SUMMARY } from '../store/run-dir.js';
import { lockedByLiveProcess } from '../store/lock.js';
import type { Manifest, Summary, SuiteVerdict } from '../store/types.js';
import type { HistoryPoint } from '../reports/types.js';
import { selectionLabel } from '../store/selection-label.js';

/**
 * `complete`; `partial`: one shard of a run, or a merge that lacks shards (`--allow-partial`);
 * `running`: a live process holds the folder; `interrupted`: stopped before the end (Ctrl-C, a
 * stopped model, a kill), resumable with `--resume`.
 */
export type RunStatus = 'complete' | 'partial' | 'running' | 'interrupted';

export interface ViewRun {
  run_id: string;
  /** The folder name under the results folder (the run id unless renamed). */
  name: string;
  dir: string;
  started_at: string;
  finished_at: string | null;
  status: RunStatus;
  suites: string[];
  models: string[];
  verdicts: SuiteVerdict[];
  /** Null when the run wrote no summary (killed before the end). */
  summary: Summary | null;
  has_report: boolean;
  /** The run's item selection in flag form (`--sample 100 --seed 7`), null for a run over whole suites. */
  selection: string | null;
}

function statusOf(dir: string, m: Manifest, s: Summary | null): RunStatus {
  if (m.shard || s?.partial) return 'partial';
  if (m.status === 'complete') return 'complete';
  if (m.status === 'running' && lockedByLiveProcess(dir)) return 'running';
  return 'interrupted';
}

function readSummary(dir: string): Summary | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, SUMMARY), 'utf8')) as Summary;
  } catch {
    return null;
  }
}

/** The run folders of `out`, newest first; folders whose manifest does not read are skipped. */
export function scanRuns(out: string): ViewRun[] {
  const runs: ViewRun[] = [];
  for (const dir of listRunDirs(out)) {
    let m: Manifest;
    try {
      m = readManifest(dir);
    } catch {
      continue;
    }
    const summary = readSummary(dir);
    runs.push({
      run_id: m.run_id, name: path.basename(dir), dir, started_at: m.started_at, finished_at: m.finished_at,
      status: statusOf(dir, m, summary), suites: m.suites.map((s) => s.name), models: m.models.map((x) => x.id),
      verdicts: summary?.verdicts ?? [], summary, has_report: fs.existsSync(path.join(dir, 'report.html')),
      selection: selectionLabel(m.selection),
    });
  }
  return runs.sort((a, b) => b.started_at.localeCompare(a.started_at) || b.name.localeCompare(a.name));
}

/**
 * Trend points of every (suite, model) over the complete runs over whole suites, oldest first: a
 * subset run (an item selection) is listed, but left out of the trend, as in `bench history`.
 */
export function trendPoints(runs: ViewRun[]): HistoryPoint[] {
  const points: HistoryPoint[] = [];
  for (const r of [...runs].reverse()) {
    if (r.status !== 'complete' || !r.summary || r.selection !== null) continue;
    for (const row of r.summary.rows) {
      points.push({
        run_id: r.run_id, started_at: r.started_at, suite: row.suite, model: row.model, accuracy: row.accuracy,
        ci_low: row.ci95?.[0] ?? null, ci_high: row.ci95?.[1] ?? null, latency_ms_p50: row.latency_ms_p50, cost_per_correct_usd: row.cost_per_correct_usd,
      });
    }
  }
  return points;
}

/** Consecutive pairs of runs that can be compared (both wrote a summary), each run against the one before it. */
export function consecutivePairs(runs: ViewRun[]): Array<[ViewRun, ViewRun]> {
  const usable = [...runs].reverse().filter((r) => r.summary !== null);
  return usable.slice(1).map((r, i) => [usable[i]!, r]);
}
