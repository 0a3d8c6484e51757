import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendHistory, historyFile, recordRunHistory } from '../../src/store/history.js';
import { readTrendRows, trendPoints } from '../../src/store/history-trend.js';
import { manifest, summary, summaryRow } from '../fixtures/nightly-runs.js';
import type { Manifest } from '../../src/store/types.js';

const never = (w: string): void => {
  throw new Error(w);
};
// Model ids whose UTF-16 order differs from the store's (UTF-8 byte) order: U+E000 sorts after a surrogate pair in UTF-16, before it in UTF-8.
const MODELS = ['m', '\uE000 private', '😀 emoji', 'Ünïcode'];
const models = MODELS.map((id) => ({ id, provider: 'openai', model: 'fake', params: {} }) as unknown as Manifest['models'][number]);

function run(runId: string, startedAt: string, acc: number, extra: Partial<Manifest> = {}) {
  const m = manifest({ run_id: runId, started_at: startedAt, models, ...extra });
  const s = summary(runId, MODELS.map((model, i) => summaryRow({ model, accuracy: acc - i / 100, latency_ms_p50: i === 3 ? Infinity : 100 + i })));
  return { m, s };
}

/** The points `recordRunHistory` reads back after writing `r`, on a copy of the store (the original stays as it was). */
async function readBack(out: string, r: ReturnType<typeof run>): Promise<unknown> {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-trend-copy-'));
  if (fs.existsSync(historyFile(out))) fs.copyFileSync(historyFile(out), historyFile(copy));
  return recordRunHistory(copy, r.m, r.s, never);
}

describe('trend points drawn before a run writes its history rows', () => {
  it("equal the points the store reads back after the write: order, values, the run's own rows replacing earlier ones, other selections left out", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-trend-'));
    const first = run('20261121-010000-0001', '2026-11-21T01:00:00.000Z', 0.8);
    // No store yet, then a store with one run: no trend (one point is no trend), as after the write.
    expect(await readTrendRows(out, first.m)).toEqual([]);
    expect(trendPoints([], first.m, first.s)).toEqual(await readBack(out, first));
    expect(trendPoints([], first.m, first.s)).toEqual([]);
    await appendHistory(out, first.m, first.s);
    // Two runs started at the same instant (ordered by run id), a subset run, and an incomplete one.
    await appendHistory(out, ...Object.values(run('20261122-010000-0003', '2026-11-22T01:00:00.000Z', 0.7)) as [Manifest, ReturnType<typeof summary>]);
    await appendHistory(out, ...Object.values(run('20261122-010000-0002', '2026-11-22T01:00:00.000Z', 0.75)) as [Manifest, ReturnType<typeof summary>]);
    const subset = run('20261123-010000-0004', '2026-11-23T01:00:00.000Z', 0.3, { selection: { sample: { n: 20, seed: 7 }, selected: { quiz: 20 } } });
    await appendHistory(out, subset.m, subset.s);
    // This run, recorded once before (a report regenerated) with a model it no longer has: that row stays, as in the store.
    const now = run('20261124-010000-0005', '2026-11-24T01:00:00.000Z', 0.9);
    const earlier = run(now.m.run_id, now.m.started_at, 0.1);
    await appendHistory(out, earlier.m, earlier.s);
    const before = await readTrendRows(out, now.m);
    expect(before).not.toBeNull();
    const points = trendPoints(before!, now.m, now.s);
    expect(points).toEqual(await readBack(out, now));
    expect(points.filter((p) => p.model === 'm').map((p) => [p.run_id, p.accuracy])).toEqual([
      ['20261121-010000-0001', 0.8], ['20261122-010000-0002', 0.75], ['20261122-010000-0003', 0.7], ['20261124-010000-0005', 0.9],
    ]);
    // The subset run's own trend: only runs of its selection.
    expect(trendPoints((await readTrendRows(out, subset.m))!, subset.m, subset.s)).toEqual(await readBack(out, subset));
  });

  it('a store that cannot be read gives no rows (null), so the run writes and reads in one go instead', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-trend-'));
    fs.mkdirSync(historyFile(out)); // a folder where the store's file goes
    expect(await readTrendRows(out, run('r', '2026-11-21T01:00:00.000Z', 0.5).m)).toBeNull();
  });
});
