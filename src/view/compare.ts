/**
 * @module view/compare — `bench compare` of two run folders of the list, as HTML (reports/compare).
 * Its terminal text is fitted to `TEXT_COLUMNS`, as `bench compare` fits a terminal, so it reads
 * whole in the page's box at 1280 px and wider instead of running past it.
 */
import { compareRuns } from '../index.js';
import { BenchError } from '../errors.js';
import type { ViewRun } from './runs.js';
import { compareHtml } from './page.js';

/**
 * Columns of the "as bench compare prints it" text: a wide terminal, ≈ 1,130 px of the page's
 * 12.5 px monospace, inside the 1,200 px box a 1280 px window gives it (narrower windows scroll it in its box).
 */
export const TEXT_COLUMNS = 150;

/** The comparison of runs A and B (folder names from the list), or why it cannot be made (a run without a summary…). */
export async function compareByName(runs: ViewRun[], a: string, b: string): Promise<{ html: string } | { error: string }> {
  const ra = runs.find((r) => r.name === a);
  const rb = runs.find((r) => r.name === b);
  if (!ra || !rb) return { error: `no run folder named ${!ra ? a : b} in this results folder` };
  try {
    const result = await compareRuns(ra.dir, rb.dir, { width: TEXT_COLUMNS });
    return { html: compareHtml(result.rows, result.text) };
  } catch (e) {
    if (e instanceof BenchError) return { error: e.message };
    throw e;
  }
}
