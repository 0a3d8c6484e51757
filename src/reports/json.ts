/** @module reports/json — summary.json: the Summary, pretty-printed (CONTRACT.md names). */
import type { Reporter, ReportContext } from './types.js';

export function renderJson(ctx: ReportContext): string {
  return `${JSON.stringify(ctx.summary, null, 2)}\n`;
}

export const jsonReporter = { file: 'summary.json', render: renderJson } satisfies Reporter;
