/**
 * @module reports/index — the reporters of a run's summary, by name. A run and `bench report`
 * render each into the run folder through reports/write (report.md also goes to the CI step
 * summary); the regression check's reporters are in reports/regression. The terminal table
 * (reports/table) and `bench compare` (reports/compare) print, they write no file.
 */
import type { Reporter } from './types.js';
import { csvReporter } from './csv.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { markdownReporter } from './markdown.js';

export type ReporterName = 'json' | 'csv' | 'markdown' | 'html';

export const reporters = {
  json: jsonReporter,
  csv: csvReporter,
  markdown: markdownReporter,
  html: htmlReporter,
} satisfies Record<ReporterName, Reporter>;

export { renderTerminal } from './table.js';
export { compareRuns } from './compare.js';
export { regressionReporters } from './regression.js';
export { writeOutputs } from './write.js';
export type { Reporter, ReportContext, RegressionContext, Disagreement, HistoryPoint } from './types.js';
