/**
 * @module cli/commands/history — `bench history [--suite s] [--model m] [--rebuild]`: accuracy
 * (with its interval), latency and cost of each (suite, model) over the complete runs recorded in
 * `<out>/.history.duckdb`; `--rebuild` recreates that store from the run folders first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BenchError, InputError } from '../../errors.js';
import { HistoryLockedError, historyFile, readHistory, rebuildHistory, type HistoryRow } from '../../store/history.js';
import { listRunDirs } from '../../store/run-dir.js';
import { fmtCI, fmtMs, fmtPct, fmtPoints, fmtUsd } from '../../stats/format.js';
import { printJson, textOut } from '../json.js';
import { outputWidth } from '../width.js';
import { COMPACT, fitColumns } from '../../reports/table-fit.js';

export interface HistoryOptions {
  out: string;
  suite?: string;
  model?: string;
  rebuild?: boolean;
  /** One JSON document on stdout: `{ history_file, rebuilt?, rows }`. */
  json?: boolean;
  /** Every column, however wide (default: fit the terminal). */
  wide?: boolean;
}

/**
 * One table per (suite, model), oldest run first; a change of suite content or model config is
 * marked. A subset run (an item selection) is listed with `(subset)` after its id and its
 * selection below the table; its Change is against the previous run of the same selection, and
 * a whole run's against the previous whole run, so a quick subset never reads as a jump.
 */
const HEAD = ['Run started', 'Run', 'Accuracy', '95% CI', 'Change', 'Items', 'Errors', 'p50 latency', 'p95 latency', 'Cost', 'Cost per correct', 'Changed'];
/**
 * Narrower terminals lose, in this order: p95 latency, total cost, the start time (the run id
 * starts with it), items, errors, cost per correct, p50 latency, what changed. The run id (what
 * `bench compare` takes), accuracy, its interval and the change stay.
 */
const DROP_ORDER = [8, 9, 0, 5, 6, 10, 7, 11];

/** `width`: the terminal's columns (columns dropped until each table fits); without it every column. */
export function renderHistory(rows: HistoryRow[], width?: number): string {
  const groups = new Map<string, HistoryRow[]>();
  for (const r of rows) {
    const k = `${r.suite}\u0000${r.model}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const out: string[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const cells: string[][] = [];
    const subsets = new Map<string, string>();
    list.forEach((r, i) => {
      const prev = list.slice(0, i).findLast((p) => p.selection === r.selection);
      if (r.selection !== null) subsets.set(r.run_id, r.selection);
      const delta = prev && prev.accuracy !== null && r.accuracy !== null ? fmtPoints(r.accuracy - prev.accuracy, true) : '—';
      const changed = prev ? [prev.suite_hash !== r.suite_hash ? 'suite' : '', prev.model_fingerprint !== r.model_fingerprint ? 'model config' : ''].filter(Boolean).join(', ') : '';
      const ci: [number, number] | null = r.ci_low !== null && r.ci_high !== null ? [r.ci_low, r.ci_high] : null;
      cells.push([r.started_at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'), r.selection === null ? r.run_id : `${r.run_id} (subset)`, fmtPct(r.accuracy), fmtCI(ci), delta, String(r.n ?? '—'), String(r.errors ?? '—'),
        fmtMs(r.latency_ms_p50), fmtMs(r.latency_ms_p95), fmtUsd(r.cost_usd), fmtUsd(r.cost_per_correct_usd), changed || '—']);
    });
    const table = fitColumns(HEAD, cells, { dropOrder: DROP_ORDER, chars: COMPACT, ...(width !== undefined && { width }) });
    const notes = [...subsets].map(([id, sel]) => `\n(subset) ${id}: ${sel}`).join('');
    const legend = subsets.size ? `\n(subset): an item selection; compared only with runs of the same selection (Change, --baseline latest, trend charts)${notes}` : '';
    out.push(`${first.suite} × ${first.model} (${list.length} run(s))\n${table}${legend}`);
  }
  return out.join('\n\n') + '\n';
}

export async function historyCommand(opts: HistoryOptions): Promise<void> {
  const out = path.resolve(opts.out);
  const say = (text: string): void => void textOut(opts.json).write(text);
  let rebuilt: { runs: number; rows: number } | null = null;
  try {
    if (opts.rebuild) {
      if (!fs.existsSync(out)) throw new InputError(`--out ${opts.out}: no such results folder; pass the folder your runs were written to (bench run --out)`);
      rebuilt = await rebuildHistory(out);
      say(`rebuilt ${historyFile(out)}: ${rebuilt.rows} row(s) from ${rebuilt.runs} complete run(s)\n\n`);
    }
    const json = (rows: HistoryRow[]): void => printJson({ history_file: historyFile(out), ...(rebuilt && { rebuilt }), rows });
    if (!fs.existsSync(historyFile(out))) {
      const hint = listRunDirs(out).length ? `; ${out} has run folders: \`bench history --rebuild --out ${opts.out}\` builds it from them` : '';
      say(`no history yet: ${historyFile(out)} does not exist (every complete \`bench run\` adds to it)${hint}\n`);
      if (opts.json) json([]);
      return;
    }
    const rows = await readHistory(out, { ...(opts.suite ? { suites: [opts.suite] } : {}), ...(opts.model ? { models: [opts.model] } : {}) });
    if (opts.json) return json(rows);
    if (!rows.length) {
      const what = [opts.suite && `suite ${opts.suite}`, opts.model && `model ${opts.model}`].filter(Boolean).join(' and ');
      process.stdout.write(`no history${what ? ` for ${what}` : ''} in ${historyFile(out)}\n`);
      return;
    }
    process.stdout.write(renderHistory(rows, outputWidth(opts.wide)));
  } catch (e) {
    if (e instanceof HistoryLockedError) throw new BenchError('HISTORY_LOCKED', `${e.message.replace(/; history not updated.*$/, '')}; try again when the run has finished`, { exitCode: 3 });
    throw e;
  }
}
