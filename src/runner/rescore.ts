/**
 * @module runner/rescore — a run's saved outputs scored again with today's scorers, without a request.
 *
 * `rescoreRun(dir)` reads the run folder alone (manifest, records, suite snapshots) and writes a
 * new run folder beside it (or under `out`): every record copied, and each scored one (not an
 * endpoint error) given the verdict today's scorer reads from its `output` — `extracted`,
 * `extracted_by`, `score`, `correct`, `reason` (and `exec_ms` for code), plus a probe's
 * annotations. Timings, tokens, cost, cache and attempts are the original run's: the answers
 * are the same answers. The manifest is the original's with a new run id and `rescore`, which
 * records both runs' scorer versions; `bench compare <old> <new>` then shows what changed.
 * Nothing is written to stdout; bad input (not a run folder, a suite snapshot that no longer
 * loads) is an InputError before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { createScorer } from '../scorers/index.js';
import { SCORER_VERSIONS, type Scorer } from '../scorers/types.js';
import { loadSuite } from '../suites/load.js';
import { readRecords, serializeRecord } from '../store/records.js';
import { newRunId, readManifest, writeManifest, RECORDS } from '../store/run-dir.js';
import { redact } from '../secrets.js';
import { parseProbes, type Probe } from './probes.js';
import type { Manifest, RunRecord, Summary } from '../store/types.js';
import type { Item, Suite } from '../suites/types.js';

export interface RescoreOptions {
  /** Results folder for the new run folder. @default the folder holding the original run */
  out?: string;
  /** The command line, for the manifest (redacted). @default [] */
  command?: string[];
  /** Non-inferiority margin of the verdicts. @default 2 */
  margin?: number;
  /** Code suites: sandboxes in parallel. */
  workers?: number;
  /** The terminal's width: `terminal` fits it. @default no limit */
  width?: number;
  onWarning?(message: string): void;
}

export interface RescoreResult {
  runDir: string;
  summary: Summary;
  terminal: string;
  /** Records read, records re-scored (not endpoint errors), and records whose verdict changed. */
  records: number;
  rescored: number;
  changed: number;
  /** Per (suite, model): records whose extracted answer or correctness changed. */
  changes: Array<{ suite: string; model: string; changed: number; rescored: number }>;
}

interface SuiteScoring {
  suite: Suite;
  scorer: Scorer;
  items: Map<string, Item>;
}

async function loadScoring(runDir: string, manifest: Manifest, workers: number | undefined): Promise<Map<string, SuiteScoring>> {
  const out = new Map<string, SuiteScoring>();
  const snapshots = path.join(runDir, 'suites');
  for (const s of manifest.suites) {
    const dir = path.join(snapshots, s.name);
    if (!fs.existsSync(path.join(dir, 'suite.yaml'))) {
      throw new InputError(`${runDir}: no snapshot of suite ${s.name} (suites/${s.name}/suite.yaml): the run folder cannot be re-scored from itself`);
    }
    const suite = await loadSuite(dir, { tasksDir: snapshots });
    if (suite.scorer.type === 'judge') {
      throw new InputError(`suite ${s.name} is scored by a judge model: rescoring re-reads replies by bench's own rules and asks no model; run the suite again instead (unchanged judgments come from the cache)`);
    }
    const scorer = await createScorer({ ...suite.scorer, ...(workers !== undefined && { workers }) }, suite);
    out.set(s.name, { suite, scorer, items: new Map(suite.items.map((i) => [i.id, i])) });
  }
  return out;
}

const same = (a: RunRecord, b: RunRecord): boolean => a.extracted === b.extracted && a.correct === b.correct && a.score === b.score;

/** The record `r` scored again by `s`'s scorer (with the probe's variant item for a variant record). */
async function rescoreRecord(r: RunRecord, s: SuiteScoring, probes: Probe[], stop: readonly string[], signal: AbortSignal): Promise<RunRecord> {
  // A likelihood record is judged from its log-likelihoods, not read from text: nothing to re-score.
  if (r.likelihood !== undefined || r.variant === 'likelihood') return r;
  const item = s.items.get(r.item_id);
  if (item === undefined) throw new InputError(`record ${r.suite} / ${r.item_id}: the item is not in the run's snapshot of suite ${r.suite}`);
  let scoreItem = item;
  let scoreSuite = s.suite;
  let annotate: ((extracted: string | null) => Partial<RunRecord>) | undefined;
  if (r.variant) {
    const spec = probes.flatMap((p) => p.variants(s.suite, item)).find((v) => v.variant === r.variant);
    if (spec === undefined) return r; // a variant this bench no longer makes: kept as it was scored
    scoreItem = spec.item;
    scoreSuite = spec.suite ?? s.suite;
    annotate = spec.annotate;
  } else {
    for (const p of probes) annotate = p.annotateMain?.(s.suite, item) ?? annotate;
  }
  const v = await s.scorer.score(scoreItem, r.output ?? '', { suite: scoreSuite, signal, finishReason: r.finish_reason, stop });
  const next: RunRecord = {
    ...r,
    extracted: v.extracted,
    extracted_by: v.extractedBy ?? null,
    score: v.score,
    correct: v.correct,
    reason: v.correct ? null : v.reason,
    ...(v.execMs !== undefined && { exec_ms: Math.round(v.execMs * 100) / 100 }),
    ...(v.testsPassed === undefined && v.partial !== undefined && { partial: v.partial }),
  };
  return annotate ? { ...next, ...annotate(next.extracted) } : next;
}

/** Re-scores the run in `runDir` into a new run folder; see the module comment. */
export async function rescoreRun(runDir: string, opts: RescoreOptions = {}): Promise<RescoreResult> {
  const src = path.resolve(runDir);
  const manifest = readManifest(src);
  const recordsFile = path.join(src, RECORDS);
  if (!fs.existsSync(recordsFile)) throw new InputError(`${src}: no ${RECORDS}: nothing to re-score`);
  // `scoring=…` entries record likelihood scoring (no text to re-read); the rest are `--probe` values.
  const probes = parseProbes((manifest.probes ?? []).filter((p) => !p.startsWith('scoring=')));
  const scoring = await loadScoring(src, manifest, opts.workers);
  const stops = new Map(manifest.models.map((m) => [m.id, (m.params as { stop?: string[] }).stop ?? []]));
  const out = path.resolve(opts.out ?? path.dirname(src));
  const runId = newRunId();
  fs.mkdirSync(out, { recursive: true, mode: 0o700 });
  const tmp = path.join(out, `.rescore-${runId}`);
  fs.mkdirSync(tmp, { mode: 0o700 });
  const signal = new AbortController().signal;
  const counts = new Map<string, { suite: string; model: string; changed: number; rescored: number }>();
  let records = 0;
  let rescored = 0;
  let changed = 0;
  try {
    const fd = fs.openSync(path.join(tmp, RECORDS), 'w', 0o600);
    try {
      for (const r of readRecords(recordsFile, { onTorn: ({ line }) => opts.onWarning?.(`${recordsFile}: torn last line ${line} left out`) })) {
        records += 1;
        const s = scoring.get(r.suite);
        let next = r;
        if (s !== undefined && !r.error && r.output !== null && typeof r.correct === 'boolean') {
          next = await rescoreRecord(r, s, probes, stops.get(r.model) ?? [], signal);
          rescored += 1;
          const key = `${r.suite}\0${r.model}`;
          const c = counts.get(key) ?? { suite: r.suite, model: r.model, changed: 0, rescored: 0 };
          c.rescored += 1;
          if (!same(r, next)) {
            c.changed += 1;
            changed += 1;
          }
          counts.set(key, c);
        }
        fs.writeSync(fd, serializeRecord(next));
      }
    } finally {
      fs.closeSync(fd);
    }
    fs.cpSync(path.join(src, 'suites'), path.join(tmp, 'suites'), { recursive: true });
    const now = new Date().toISOString();
    const used = [...new Set(manifest.suites.map((s) => s.scorer))];
    const next: Manifest = {
      ...manifest,
      run_id: runId,
      command: (opts.command ?? []).map(redact),
      status: manifest.status === 'complete' ? 'complete' : 'incomplete',
      finished_at: manifest.status === 'running' ? now : manifest.finished_at,
      scorer_versions: Object.fromEntries(used.map((t) => [t, SCORER_VERSIONS[t] ?? 'unknown'])),
      rescore: {
        from_run_id: manifest.run_id,
        rescored_at: now,
        scorer_versions_before: manifest.scorer_versions ?? Object.fromEntries(used.map((t) => [t, 'unknown'])),
        records,
        rescored,
        changed,
      },
    };
    await writeManifest(tmp, next);
    const dir = path.join(out, runId);
    fs.renameSync(tmp, dir);
    const { writeReports } = await import('./finalize.js');
    const written = await writeReports(dir, { margin: opts.margin ?? 2, seed: manifest.seed, ...(opts.width !== undefined && { width: opts.width }), ...(opts.onWarning && { onWarning: opts.onWarning }) });
    return { runDir: dir, summary: written.summary, terminal: written.terminal, records, rescored, changed, changes: [...counts.values()] };
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  } finally {
    await Promise.allSettled([...scoring.values()].map((s) => s.scorer.close?.()));
  }
}
