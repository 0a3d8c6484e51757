/**
 * @module runner/report-phase — the report phase of a run (`writeReports`: summary, report
 * files, history store) on a worker thread (runner/report-worker) started when the jobs start,
 * when the run is small and a core is free (`startReportPhase`), so its modules load while the
 * requests are in flight and off the thread that stamps the responses; else on the caller's
 * thread, its modules loaded before the first request goes out (`ready`). Same inputs, same files:
 * the worker reads the run folder as `bench report` does.
 *
 * If the thread cannot give a result (it could not start, a module failed to load, the phase
 * threw, the thread died), the phase runs again on the caller's thread, which throws what it
 * always threw, with the same message and class (so the same exit code). What the worker
 * wrote before failing is written again (report files atomically, history rows by run id).
 * Warnings of a phase that succeeded on the thread are passed on in order, after it.
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { SHARE_ENV, Worker } from 'node:worker_threads';
import { registeredSecrets } from '../secrets.js';
import type { ReportOptions, ReportsWritten } from './finalize.js';
import type { HistoryRow } from '../store/history.js';
import type { Manifest } from '../store/types.js';
import { warnToStderr } from './run-types.js';

/** What the report thread is asked: `writeReports(runDir, opts)`, with the secrets to redact. */
export interface ReportRequest {
  runDir: string;
  opts: ThreadReportOptions;
  secrets: string[];
}

export type ReportReply = { ok: true; written: ReportsWritten; warnings: string[] } | { ok: false; error: string };

/** The report options that can cross to another thread (no callbacks, no history points). */
export type ThreadReportOptions = Omit<ReportOptions, 'onWarning' | 'onSummary' | 'history' | 'historyBefore' | 'records'>;

/** The report phase's callbacks, on the caller's thread (`onSummary` is not called when the phase ran on the report thread). */
export type ReportHooks = Pick<ReportOptions, 'onWarning' | 'onSummary'>;

/** What the report phase is told when the jobs start. */
export interface ReportPhaseStart {
  /** Jobs of the run (records, resumed ones included): a large run finalizes on the calling thread. */
  jobs: number;
  /**
   * [nightly] The results folder whose history store the run will write, and the run's manifest:
   * the store's earlier rows for its trend are read now, while the requests are in flight.
   */
  history?: { out: string; manifest: Manifest };
  /**
   * The records.jsonl the run appends to: the report thread reads it as it grows, so the
   * summary starts from records already parsed. Absent when the run rewrites its records (a retry).
   */
  records?: string;
}

/** What the report thread is started with (`workerData`). */
export type ReportThreadData = Pick<ReportPhaseStart, 'history' | 'records'>;

export interface ReportPhase {
  /** Writes the run folder's reports (on the report thread when it can); ends the thread. */
  write(runDir: string, opts: ThreadReportOptions, hooks?: ReportHooks): Promise<ReportsWritten>;
  /** Ends the thread without writing anything. Safe to call twice. */
  close(): void;
  /**
   * Settles once the phase no longer loads code on the calling thread: the run sends its first
   * request after it. Module loading blocks the event loop, and a response that arrives
   * meanwhile would be stamped late: its latency would hold the loading.
   */
  ready: Promise<void>;
}

const WORKER = new URL('./report-worker.js', import.meta.url);

/**
 * Runs of more jobs than this finalize on the calling thread: a second thread's heap beside the
 * first costs memory that grows with the run (+30–45 MB at 2,000 records, +100 MB at 100,000),
 * while the time it could save (≈ 0.3 s) is under a tenth of such a run even at 0 ms per request.
 */
export const REPORT_THREAD_MAX_JOBS = 5_000;

/**
 * The report phase of a run, started when its requests start. On a thread when the run has at
 * most REPORT_THREAD_MAX_JOBS jobs and the machine a core to spare; else on this thread, its
 * modules loaded before the first request is sent (`ready`). With `history`, DuckDB is loaded
 * too and the trend's earlier rows are read while the requests are in flight.
 *
 * A thread pays only with an idle core: it costs ≈ 0.1–0.2 s more CPU than loading on this thread
 * (its own start-up, modules both threads load), which on a saturated machine is wall time (at
 * load ≈ 10 on 2 cores runs took longer with it); with a core free it keeps the module loading
 * and the report phase off the thread that stamps responses.
 */
export function startReportPhase(start: ReportPhaseStart): ReportPhase {
  return start.jobs <= REPORT_THREAD_MAX_JOBS && coreToSpare() ? threadReportPhase(start) : preloadedHere(start);
}

/** A core is likely idle: the 1-minute load average is below the number of cores (as `make -l` gates jobs by load). */
function coreToSpare(): boolean {
  return (os.loadavg()[0] ?? 0) < os.availableParallelism();
}

/**
 * The phase on this thread, its modules loaded before the first request is sent (`ready`), not
 * while requests are in flight: loading them blocks this thread, which stamps the responses
 * (under load a first request recorded ≈ 250 ms more than the server's time). Where the loading
 * costs CPU the run would spend anyway (no core to spare, or a large run), it moves, not grows.
 */
function preloadedHere(start: ReportPhaseStart): ReportPhase {
  // A module that fails to load fails in `writeReportsHere`, where it always did.
  const loaded = import('./finalize.js').then(() => undefined, () => undefined);
  // With history, DuckDB's library and the trend's reader too; the trend's rows are then read
  // while the requests are in flight (DuckDB works on its own threads).
  const reader = start.history ? trendReader() : Promise.resolve(null);
  const before = trendRowsEarly(start, reader);
  const ready = Promise.all([loaded, reader]).then(() => undefined);
  return {
    close: () => undefined,
    ready,
    write: async (runDir, opts, hooks) => writeReportsHere(runDir, opts, hooks, (await before) ?? undefined),
  };
}

/**
 * [nightly] The history store's rows for the run's trend, read while its requests are in flight
 * (DuckDB loaded meanwhile); null without a store to write or when they could not be read (the
 * report phase then reads them itself). `reader`: the trend's reader, when its loading has started.
 */
export async function trendRowsEarly(start: Pick<ReportPhaseStart, 'history'>, reader?: Promise<TrendRead | null>): Promise<HistoryRow[] | null> {
  if (!start.history) return null;
  const read = await (reader ?? trendReader());
  return read ? read(start.history) : null;
}

type TrendRead = (history: NonNullable<ReportPhaseStart['history']>) => Promise<HistoryRow[] | null>;

/** Loads DuckDB's library and the trend's reader; null when they could not be loaded. */
async function trendReader(): Promise<TrendRead | null> {
  try {
    (await import('../store/duckdb.js')).duckdb();
    const { readTrendRows } = await import('../store/history-trend.js');
    return (history) => readTrendRows(history.out, history.manifest).catch(() => null);
  } catch {
    return null;
  }
}

/** The report phase on its own thread, started now (its modules start loading). */
export function threadReportPhase(start: ReportPhaseStart): ReportPhase {
  let worker: Worker | undefined;
  let exited = false;
  try {
    // Run from the TypeScript sources (no built worker file), the phase runs on this thread.
    if (fs.existsSync(fileURLToPath(WORKER))) worker = new Worker(WORKER, { workerData: { history: start.history, records: start.records } satisfies ReportThreadData, env: SHARE_ENV });
  } catch {
    worker = undefined;
  }
  if (worker) {
    // Idle, it never keeps the process alive; an error at start-up is seen when the phase is asked for.
    worker.unref();
    worker.on('error', () => undefined);
    worker.once('exit', () => (exited = true));
  }
  const close = (): void => {
    if (worker && !exited) {
      // Its end is not waited for: the process may exit while the thread winds down.
      worker.unref();
      void worker.terminate();
    }
    worker = undefined;
  };
  return {
    close,
    // The thread loads its own modules: nothing blocks this one.
    ready: Promise.resolve(),
    async write(runDir, opts, hooks = {}) {
      const thread = worker !== undefined && !exited ? worker : undefined;
      const reply = thread ? await ask(thread, { runDir, opts, secrets: registeredSecrets() }).catch(() => null) : null;
      close();
      if (reply?.ok) {
        for (const m of reply.warnings) (hooks.onWarning ?? warnToStderr)(m);
        return reply.written;
      }
      return writeReportsHere(runDir, opts, hooks);
    },
  };
}

/** The report phase on the caller's thread (a run finalized without its report thread, or the fallback). */
export async function writeReportsHere(runDir: string, opts: ThreadReportOptions, hooks: ReportHooks = {}, historyBefore?: HistoryRow[]): Promise<ReportsWritten> {
  const { writeReports } = await import('./finalize.js');
  return writeReports(runDir, { ...opts, ...hooks, ...(historyBefore && { historyBefore }) });
}

/** Posts the request; resolves with the thread's reply, rejects if the thread ends first. */
function ask(worker: Worker, req: ReportRequest): Promise<ReportReply> {
  return new Promise((resolve, reject) => {
    const settle = (): void => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: ReportReply): void => {
      settle();
      resolve(reply);
    };
    const onExit = (code: number): void => {
      settle();
      reject(new Error(`the report thread exited (${code}) before replying`));
    };
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    // Waiting for the reply keeps the process alive.
    worker.ref();
    worker.postMessage(req);
  });
}
