/**
 * @module runner/baseline — `bench run --baseline <run-dir|latest>`: compare the finished run
 * with a baseline run, write `regressions.json` and `junit.xml` in the run folder, append a
 * Markdown section to $GITHUB_STEP_SUMMARY, and return the result (rows, whether a row
 * regressed, the text and notes to show): printing it and the exit code are the CLI's.
 *
 * `latest` = the newest other run in the same results folder whose manifest says `complete`,
 * whose suites and models are the same names, and which did not fail its own regression check
 * (so a regression keeps failing night after night until it is fixed or accepted), and whose item
 * selection (`--item`, `--filter`, `--sample`, `--failed-from`) is the same: a quick subset run
 * is never the bar for whole runs, nor a whole run for a nightly `--sample` run. When there is none yet (the first night),
 * the check says so plainly, marks every JUnit test case skipped and returns 0: the run itself
 * becomes the baseline of the next night. A baseline folder given by path that is not a run
 * folder is bad input (exit 2).
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { listRunDirs, readManifest, SUMMARY } from '../store/run-dir.js';
import { loadBenchConfig } from '../store/bench-config.js';
import { compareWithBaseline, type RegressionRow, type RegressionThresholds } from '../stats/regression.js';
import { modelChanges } from '../reports/compare.js';
import { loadRunData, type RunData } from '../store/run-data.js';
import { headline, regressionReporters, renderRegressionText, REGRESSIONS } from '../reports/regression.js';
import { writeOutputs } from '../reports/write.js';
import type { Manifest, RegressionReport } from '../store/types.js';
import { selectionLabel } from '../store/selection-label.js';

export { REGRESSIONS } from '../reports/regression.js';
export { JUNIT } from '../reports/junit.js';

export interface BaselineOptions {
  baseline?: string;
  maxDrop?: number;
  maxLatencyIncrease?: number;
  maxCostIncrease?: number;
  /** `github` (the step summary is written whenever $GITHUB_STEP_SUMMARY is set: reports/write). */
  format?: string;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');

/** True when the run's own regression check failed (its regressions.json says so). */
function regressed(dir: string): boolean {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dir, REGRESSIONS), 'utf8')) as Partial<RegressionReport>).regression === true;
  } catch {
    return false;
  }
}

/**
 * The newest complete run in `out` (other than `exclude`) with the same suite names and model
 * ids that did not itself fail a regression check: a bad night never becomes the bar for the
 * next one. `skipped` lists the newer matching runs passed over because they regressed.
 */
export function findLatestBaseline(out: string, current: Manifest, exclude: string): { dir: string | null; skipped: string[] } {
  const suites = current.suites.map((s) => s.name);
  const models = current.models.map((m) => m.id);
  const selection = selectionLabel(current.selection);
  const skipped: string[] = [];
  for (const dir of listRunDirs(out)) {
    if (path.resolve(dir) === path.resolve(exclude)) continue;
    try {
      const m = readManifest(dir);
      if (m.status !== 'complete' || m.shard || !fs.existsSync(path.join(dir, SUMMARY))) continue; // a shard is not a whole run
      if (!sameSet(m.suites.map((s) => s.name), suites) || !sameSet(m.models.map((x) => x.id), models)) continue;
      if (selectionLabel(m.selection) !== selection) continue; // a subset run only against runs of the same selection
      if (regressed(dir)) {
        skipped.push(m.run_id);
        continue;
      }
      return { dir, skipped };
    } catch {
      /* a damaged folder is not a baseline */
    }
  }
  return { dir: null, skipped };
}

/** Flags win over `bench.config.yaml`'s `regression:` block; alpha defaults to 0.05. */
export async function resolveThresholds(opts: BaselineOptions, cwd = process.cwd()): Promise<RegressionThresholds> {
  const cfg = (await loadBenchConfig(cwd)).regression ?? {};
  const th: RegressionThresholds = { alpha: cfg.alpha ?? 0.05 };
  const maxDrop = opts.maxDrop ?? cfg.max_drop;
  const maxLat = opts.maxLatencyIncrease ?? cfg.max_latency_increase;
  const maxCost = opts.maxCostIncrease ?? cfg.max_cost_increase;
  for (const [flag, v] of [['--max-drop', maxDrop], ['--max-latency-increase', maxLat], ['--max-cost-increase', maxCost]] as const) {
    if (v !== undefined && !(v >= 0)) throw new InputError(`${flag}: expected a number ≥ 0, got ${v}`);
  }
  if (maxDrop !== undefined) th.maxDrop = maxDrop;
  if (maxLat !== undefined) th.maxLatencyIncrease = maxLat;
  if (maxCost !== undefined) th.maxCostIncrease = maxCost;
  return th;
}

/** The baseline folder, or null when `latest` finds none. Throws InputError for a bad path. */
export function resolveBaseline(runDir: string, spec: string, current: Manifest, note: (line: string) => void = () => undefined): string | null {
  if (spec === 'latest') {
    const { dir, skipped } = findLatestBaseline(path.dirname(path.resolve(runDir)), current, runDir);
    if (skipped.length) note(`baseline: passed over ${skipped.length} newer run(s) that failed their own regression check (${skipped.join(', ')}); to accept a new level, run once with --baseline <that run's folder>`);
    return dir;
  }
  const dir = path.resolve(spec);
  if (dir === path.resolve(runDir)) throw new InputError(`--baseline ${spec}: is this run itself; pass an earlier run folder or "latest"`);
  notAShard(spec, readManifest(dir)); // readManifest throws a clear InputError when it is not a run folder
  if (!fs.existsSync(path.join(dir, SUMMARY))) throw new InputError(`--baseline ${spec}: has no ${SUMMARY} (that run never finished); run \`bench report ${spec}\` first or pick another run`);
  return dir;
}

/** How the "no baseline yet" sentence names the run's selection (subset runs are compared only with the same selection). */
function selectionNote(m: Manifest): string {
  const label = selectionLabel(m.selection);
  return label === null ? ' over whole suites' : ` and the same item selection (${label})`;
}

/** A shard holds part of a run: the baseline is the merged run. */
function notAShard(spec: string, m: Manifest): void {
  if (m.shard) throw new InputError(`--baseline ${spec}: is shard ${m.shard.index}/${m.shard.count} of a run, not a whole run; pass the folder \`bench merge\` wrote`);
}

function regressionReport(cur: RunData, base: RunData | null, th: RegressionThresholds, rows: RegressionRow[]): RegressionReport {
  return {
    schema_version: 1,
    run_id: cur.manifest.run_id,
    baseline_run_id: base?.manifest.run_id ?? null,
    baseline_dir: base?.dir ?? null,
    thresholds: { alpha: th.alpha, max_drop: th.maxDrop ?? null, max_latency_increase: th.maxLatencyIncrease ?? null, max_cost_increase: th.maxCostIncrease ?? null },
    regression: rows.some((r) => r.status === 'regression'),
    rows,
  };
}

/**
 * Checks what can be checked before a run starts (bench.config.yaml, the flags, an explicit
 * baseline folder), so bad input stops the command before any request is sent. Throws InputError.
 */
export async function preflightBaseline(opts: BaselineOptions, cwd = process.cwd()): Promise<void> {
  await resolveThresholds(opts, cwd);
  if (opts.baseline === undefined || opts.baseline === 'latest') return;
  notAShard(opts.baseline, readManifest(path.resolve(opts.baseline)));
  if (!fs.existsSync(path.join(path.resolve(opts.baseline), SUMMARY))) throw new InputError(`--baseline ${opts.baseline}: has no ${SUMMARY} (that run never finished); run \`bench report ${opts.baseline}\` first or pick another run`);
}

/** The outcome of a regression check. */
export interface BaselineCheck {
  /** True when a row regressed (the CLI exits 1). */
  regression: boolean;
  /** The baseline's run id, or null when `latest` found none (the first night). */
  baselineRunId: string | null;
  rows: RegressionRow[];
  /** The terminal rendering of the check ('' when there was no baseline). */
  text: string;
  /** Lines for stderr, in order: what was passed over, no baseline yet, the headline of a regression. */
  notes: string[];
}

/** Runs the regression check for a finished run and writes its files. */
export async function checkBaseline(runDir: string, opts: BaselineOptions): Promise<BaselineCheck> {
  const notes: string[] = [];
  const th = await resolveThresholds(opts);
  const cur = await loadRunData(path.resolve(runDir));
  const spec = opts.baseline ?? 'latest';
  const baseDir = resolveBaseline(runDir, spec, cur.manifest, (line) => notes.push(line));
  const timestamp = cur.manifest.started_at;
  if (baseDir === null) {
    const why = `no baseline yet: no earlier complete run that passed its own check in ${path.dirname(path.resolve(runDir))} with suites ${cur.manifest.suites.map((s) => s.name).join(', ')} and models ${cur.manifest.models.map((m) => m.id).join(', ')}${selectionNote(cur.manifest)}; this run is the baseline for the next \`--baseline latest\``;
    notes.push(`bench: ${why}`);
    const rows = compareWithBaseline({ current: cur, baseline: { manifest: { ...cur.manifest, suites: [], models: [] }, records: [] }, thresholds: th });
    await writeOutputs(runDir, regressionReporters, { report: regressionReport(cur, null, th, rows), timestamp, thresholds: th, skippedReason: why });
    return { regression: false, baselineRunId: null, rows, text: '', notes };
  }
  const base = await loadRunData(baseDir);
  if (base.manifest.status !== 'complete') notes.push(`warning: baseline ${baseDir} did not finish (status ${base.manifest.status}); comparing the items it has`);
  const shared = cur.manifest.suites.some((s) => base.manifest.suites.some((b) => b.name === s.name)) && cur.manifest.models.some((m) => base.manifest.models.some((b) => b.id === m.id));
  if (!shared) throw new InputError(`--baseline ${spec}: run ${base.manifest.run_id} has no suite and model in common with this run (suites ${base.manifest.suites.map((s) => s.name).join(', ')}; models ${base.manifest.models.map((m) => m.id).join(', ')})`);
  const rows = compareWithBaseline({
    current: cur,
    baseline: base,
    thresholds: th,
    modelChanges: (id) => modelChanges(base.manifest.models.find((m) => m.id === id), cur.manifest.models.find((m) => m.id === id)).filter((f) => f !== '(model missing in one run)'),
  });
  const baseId = base.manifest.run_id;
  const text = renderRegressionText(rows, baseId, th);
  await writeOutputs(runDir, regressionReporters, { report: regressionReport(cur, base, th, rows), timestamp, thresholds: th });
  const bad = rows.some((r) => r.status === 'regression');
  if (bad) notes.push(`bench: ${headline(rows, baseId)}`);
  return { regression: bad, baselineRunId: baseId, rows, text, notes };
}
