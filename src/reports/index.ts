/**
 * @module reports/index — the file reporters, by name. `bench report` renders each into the
 * run folder; the terminal table (reports/table) and `bench compare` (reports/compare) are not
 * file reporters.
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
export type { Reporter, ReportContext, Disagreement, HistoryPoint } from './types.js';
