/**
 * @module reports/context — builds the ReportContext every reporter renders, from a run's
 * manifest and records alone (what `bench report <run-dir>` needs).
 *
 * `records` is a factory because the records are read twice: once for the summary (small
 * per-record fields only) and once for the disagreement drill-down (sample-0 outputs of the
 * items models disagree on). Pass `() => array` when the records are already in memory, or a
 * function that streams records.jsonl again.
 */
import type { Manifest, RunRecord } from '../store/types.js';
import type { HistoryPoint, ReportContext } from './types.js';
import { buildSummary } from '../stats/summary.js';
import { collectDisagreements } from '../stats/disagreements.js';

export interface ContextInput {
  manifest: Manifest;
  records: () => Iterable<RunRecord>;
  /** The rendered user prompt of an item, for the drill-down (undefined → not shown). */
  promptOf?: (suite: string, itemId: string) => string | undefined;
  history?: HistoryPoint[];
  /** Non-inferiority margin in points. @default 2 */
  marginPoints?: number;
  /** Disagreements kept per suite, pair of models and direction. @default 25 */
  cap?: number;
}

export function buildReportContext(input: ContextInput): ReportContext {
  const { manifest } = input;
  const summary = buildSummary({
    run_id: manifest.run_id,
    complete: manifest.status === 'complete',
    suites: manifest.suites,
    models: manifest.models,
    records: input.records(),
    seed: manifest.seed,
    ...(input.marginPoints === undefined ? {} : { margin_points: input.marginPoints }),
  });
  const disagreements = collectDisagreements(input.records(), input.promptOf ?? (() => undefined), input.cap);
  return { summary, manifest, disagreements, ...(input.history ? { history: input.history } : {}) };
}
