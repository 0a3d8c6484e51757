/**
 * @module view/static — `bench view --static <file>`: the page of `bench view` as one
 * self-contained HTML file (for CI artifacts): the runs, the trends, and `bench compare` of each
 * run against the one before it (consecutive pairs, oldest first). Links to each run's
 * report.html are relative to the file, so they work while the file stays beside the results.
 */
import fs from 'node:fs';
import path from 'node:path';
import { consecutivePairs, scanRuns } from './runs.js';
import { renderIndex } from './page.js';
import { compareByName } from './compare.js';
import { escapeHtml as h } from '../reports/escape.js';

export async function writeStaticView(out: string, file: string, label = out): Promise<{ runs: number; comparisons: number }> {
  const runs = scanRuns(out);
  const comparisons = [];
  for (const [a, b] of consecutivePairs(runs)) {
    const c = await compareByName(runs, a.name, b.name);
    comparisons.push({ a, b, html: 'error' in c ? `<div class="banner">${h(c.error)}</div>` : c.html });
  }
  const dir = path.dirname(path.resolve(file));
  const href = (p: string): string => path.relative(dir, p).split(path.sep).map(encodeURIComponent).join('/');
  const html = await renderIndex(label, runs, { kind: 'static', reportHref: (r) => href(path.join(r.dir, 'report.html')) }, comparisons);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${path.resolve(file)}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, html);
  fs.renameSync(tmp, path.resolve(file));
  return { runs: runs.length, comparisons: comparisons.length };
}
