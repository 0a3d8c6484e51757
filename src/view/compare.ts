/** @module view/compare — `bench compare` of two run folders of the list, as HTML (reports/compare). */
import { compareRuns } from '../index.js';
import { BenchError } from '../errors.js';
import type { ViewRun } from './runs.js';
import { compareHtml } from './page.js';

/** The comparison of runs A and B (folder names from the list), or why it cannot be made (a run without a summary…). */
export async function compareByName(runs: ViewRun[], a: string, b: string): Promise<{ html: string } | { error: string }> {
  const ra = runs.find((r) => r.name === a);
  const rb = runs.find((r) => r.name === b);
  if (!ra || !rb) return { error: `no run folder named ${!ra ? a : b} in this results folder` };
  try {
    const result = await compareRuns(ra.dir, rb.dir);
    return { html: compareHtml(result.rows, result.text) };
  } catch (e) {
    if (e instanceof BenchError) return { error: e.message };
    throw e;
  }
}
