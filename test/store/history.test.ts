import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendHistory, historyFile, readHistory, rebuildHistory, recordRunHistory } from '../../src/store/history.js';
import { manifest, summary, summaryRow } from '../fixtures/nightly-runs.js';
import type { Manifest, Summary } from '../../src/store/types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function writeRun(out: string, m: Manifest, s: Summary): void {
  const dir = path.join(out, m.run_id);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
  fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(s, null, 2));
}

const night = (i: number, acc: number, status: Manifest['status'] = 'complete') => {
  const m = manifest({ run_id: `2026112${i}-010000-000${i}`, started_at: `2026-11-2${i}T01:00:00.000Z`, status });
  const s = summary(m.run_id, [summaryRow({ accuracy: acc, correct: acc * 200 }), summaryRow({ model: 'other', accuracy: 0.5 })]);
  return { m, s };
};

describe('history store', () => {
  it('appends complete runs only, reads them in time order, filtered, and a rebuild gives the same rows', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-hist-'));
    const nights = [night(3, 0.7), night(1, 0.85), night(2, 0.84), night(4, 0.9, 'incomplete')];
    for (const { m, s } of nights) {
      writeRun(out, m, s);
      await appendHistory(out, m, s);
    }
    fs.mkdirSync(path.join(out, '20261125-000000-dead'));
    fs.writeFileSync(path.join(out, '20261125-000000-dead', 'manifest.json'), '{ torn');
    const rows = await readHistory(out, { models: ['m'] });
    expect(rows.map((r) => [r.started_at.slice(0, 10), r.accuracy])).toEqual([['2026-11-21', 0.85], ['2026-11-22', 0.84], ['2026-11-23', 0.7]]);
    expect(rows[0]).toMatchObject({ suite: 'quiz', model: 'm', n: 200, ci_low: 0.79, ci_high: 0.89, suite_hash: 'hash-quiz-1', model_fingerprint: 'cfg-1', latency_ms_p95: 150 });
    const all = await readHistory(out);
    fs.rmSync(historyFile(out));
    expect(await rebuildHistory(out)).toEqual({ runs: 3, rows: 6 });
    expect(await readHistory(out)).toEqual(all);
  });

  it('re-recording the same run replaces its rows instead of duplicating them', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-hist-'));
    const { m, s } = night(1, 0.8);
    await appendHistory(out, m, s);
    await appendHistory(out, m, summary(m.run_id, [summaryRow({ accuracy: 0.81 })]));
    expect((await readHistory(out)).map((r) => [r.model, r.accuracy])).toEqual([['m', 0.81], ['other', 0.5]]);
  });

  it('a store held by another process is waited for briefly, then skipped with a warning (the run goes on)', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-hist-'));
    const { m, s } = night(1, 0.8);
    await appendHistory(out, m, s);
    const holder = spawn(process.execPath, ['-e', `
      const { DuckDBInstance } = await import(${JSON.stringify(path.join(ROOT, 'node_modules/@duckdb/node-api/lib/index.js'))});
      const i = await DuckDBInstance.create(${JSON.stringify(historyFile(out))});
      console.log('held'); setTimeout(() => i.closeSync(), 4000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
      process.env.BENCH_HISTORY_WAIT_MS = '300';
      const warnings: string[] = [];
      const t0 = Date.now();
      const points = await recordRunHistory(out, night(2, 0.7).m, night(2, 0.7).s, (w) => warnings.push(w));
      expect(points).toEqual([]);
      expect(Date.now() - t0).toBeLessThan(3000);
      expect(warnings).toEqual([expect.stringMatching(/history\.duckdb is in use by another bench process .* `bench history --rebuild` restores it/)]);
    } finally {
      delete process.env.BENCH_HISTORY_WAIT_MS;
      holder.kill();
    }
  });

  it('recordRunHistory returns trend points only once there are two runs', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-hist-'));
    const warn = (w: string) => { throw new Error(w); };
    expect(await recordRunHistory(out, night(1, 0.8).m, night(1, 0.8).s, warn)).toEqual([]);
    const points = await recordRunHistory(out, night(2, 0.7).m, night(2, 0.7).s, warn);
    expect(points.filter((p) => p.model === 'm').map((p) => p.accuracy)).toEqual([0.8, 0.7]);
  });
});
