/**
 * What `bench view` reads of a results folder (src/view/runs.ts, page.ts): a subset run (an item
 * selection) is listed and marked, and left out of the trend charts of whole runs.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanRuns, trendPoints } from '../../src/view/runs.js';
import { renderIndex } from '../../src/view/page.js';
import { manifest, summary, summaryRow } from '../fixtures/nightly-runs.js';
import type { Manifest } from '../../src/store/types.js';

describe('bench view and subset runs', () => {
  it('lists a subset run with its mark and selection, and draws the trend from whole runs only', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-view-runs-'));
    const write = (i: number, accuracy: number, selection?: Manifest['selection']) => {
      const m = manifest({ run_id: `2026112${i}-010000-000${i}`, started_at: `2026-11-2${i}T01:00:00.000Z`, ...(selection && { selection }) });
      fs.mkdirSync(path.join(out, m.run_id));
      fs.writeFileSync(path.join(out, m.run_id, 'manifest.json'), JSON.stringify(m));
      fs.writeFileSync(path.join(out, m.run_id, 'summary.json'), JSON.stringify(summary(m.run_id, [summaryRow({ accuracy })])));
    };
    write(1, 0.8);
    write(2, 0.3, { filter: '^quiz-00', selected: { quiz: 9 } });
    write(3, 0.82);
    const runs = scanRuns(out);
    expect(runs.map((r) => r.selection)).toEqual([null, '--filter ^quiz-00', null]);
    expect(trendPoints(runs).map((p) => p.accuracy)).toEqual([0.8, 0.82]);
    const html = await renderIndex('results', runs, { kind: 'static', reportHref: () => '#' });
    expect(html).toContain('data-selection="--filter ^quiz-00"');
    expect(html).toMatch(/<span class="status subset" title="item selection: --filter \^quiz-00; left out of the trends">subset<\/span>/);
    expect(html).toContain('quiz: 2 complete run(s) over the whole suite');
  });
});
