/**
 * @module runner/report-worker — the thread a run's report phase runs on (started by
 * runner/report-phase when the jobs start). It loads the report stack (the summary, Vega for
 * the charts, DuckDB for the history store: ≈ 0.6 s of CPU) while the requests are in flight,
 * so that work neither waits for the last record nor delays the responses the main thread
 * stamps; until it is asked, it renders throwaway charts (reports/chart-warmup: Vega's first-use
 * costs); then it writes the reports of the one run folder it is sent (`writeReports`, the same
 * function `bench report` calls) and posts back what the caller prints.
 *
 * It registers the caller's secrets before writing, so every file passes the same redaction.
 * A failure is posted back as text: the caller then runs the phase again on its own thread,
 * where the error surfaces as it always did.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { registerSecret } from '../secrets.js';
import { trendRowsEarly, type ReportRequest, type ReportReply, type ReportThreadData } from './report-phase.js';

const port = parentPort;
if (port === null) throw new Error('runner/report-worker runs as a worker thread');

const data = (workerData ?? {}) as ReportThreadData;
const loading = import('./finalize.js');
// A module that fails to load fails when the phase is asked for (and again on the caller's thread).
loading.catch(() => undefined);
// [nightly] The history store's rows for the trend, read while the requests are in flight.
const before = loading.then(() => trendRowsEarly(data), () => null);

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
    const written = await writeReports(req.runDir, { ...req.opts, onWarning: (m) => warnings.push(m), ...(historyBefore && { historyBefore }) });
    reply({ ok: true, written, warnings });
  })().catch((err: unknown) => reply({ ok: false, error: String((err as Error | undefined)?.stack ?? err) }));
});
