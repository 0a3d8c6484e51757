/**
 * @module runner/report-worker — the thread a run's report phase runs on (started by
 * runner/report-phase when the jobs start). It loads the report stack (the summary, Vega for
 * the charts, DuckDB for the history store: ≈ 0.6 s of CPU) while the requests are in flight,
 * so that work neither waits for the last record nor delays the responses the main thread
 * stamps. Meanwhile it reads the history store's rows for the trend, parses the run's
 * records.jsonl as it grows (store/records-follow), and renders throwaway charts
 * (reports/chart-warmup: Vega's first-use costs); then it writes the reports of the one run
 * folder it is sent (`writeReports`, the same function `bench report` calls, from the records
 * it holds when they are the file's) and posts back what the caller prints.
 *
 * It registers the caller's secrets before writing, so every file passes the same redaction.
 * A failure is posted back as text: the caller then runs the phase again on its own thread,
 * where the error surfaces as it always did.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { RECORDS } from '../store/run-dir.js';
import { registerSecret } from '../secrets.js';
import { RecordsFollower } from '../store/records-follow.js';
import { trendRowsEarly, type ReportRequest, type ReportReply, type ReportThreadData } from './report-phase.js';

const port = parentPort;
if (port === null) throw new Error('runner/report-worker runs as a worker thread');

/** How often the run's records.jsonl is read while it grows, ms. */
const FOLLOW_MS = 100;

const data = (workerData ?? {}) as ReportThreadData;
const loading = import('./finalize.js');
// A module that fails to load fails when the phase is asked for (and again on the caller's thread).
loading.catch(() => undefined);
// [nightly] The history store's rows for the trend, read while the requests are in flight.
const before = loading.then(() => trendRowsEarly(data), () => null);
// The run's records, parsed as they are appended (a few times a second, off the thread that stamps responses).
const follower = data.records === undefined ? undefined : new RecordsFollower(data.records);
const following = follower && setInterval(() => follower.poll(), FOLLOW_MS);
following?.unref();

/** Set when the phase is asked for: the warm-up stops after the chart it is rendering. */
let asked = false;
// Vega's first chart in a process costs several times the next ones: paid here, while the run's
// requests are in flight, instead of after its last answer. Its failure is no failure of the phase.
const warming = loading
  .then(async () => (await import('../reports/chart-warmup.js')).warmUpCharts(() => asked))
  .catch(() => undefined);

port.once('message', (req: ReportRequest) => {
  asked = true;
  const warnings: string[] = [];
  const reply = (r: ReportReply): void => port.postMessage(r);
  (async () => {
    for (const s of req.secrets) registerSecret(s);
    const { writeReports } = await loading;
    await warming;
    const historyBefore = (await before) ?? undefined;
    clearInterval(following);
    // Held only for the run folder it followed, and only when they are the file's records (else read from the file).
    const records = follower && path.resolve(follower.file) === path.resolve(req.runDir, RECORDS) ? follower.finish() : null;
    follower?.close();
    const written = await writeReports(req.runDir, { ...req.opts, onWarning: (m) => warnings.push(m), ...(historyBefore && { historyBefore }), ...(records && { records }) });
    reply({ ok: true, written, warnings });
  })().catch((err: unknown) => reply({ ok: false, error: String((err as Error | undefined)?.stack ?? err) }));
});
