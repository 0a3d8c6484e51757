import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendHistory, historyFile, readHistory, rebuildHistory, recordRunHistory, withHistory } from '../../src/store/history.js';
import { selectionLabel } from '../../src/store/selection-label.js';
import { renderHistory } from '../../src/cli/commands/history.js';
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

  it('a subset run is stored with its selection, listed, and left out of the trend of whole runs (a rebuild gives the same)', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-hist-'));
    const warn = (w: string) => { throw new Error(w); };
    const quick = night(2, 0.3);
    quick.m.selection = { sample: { n: 20, seed: 7 }, selected: { quiz: 20 } };
    writeRun(out, night(1, 0.8).m, night(1, 0.8).s);
    writeRun(out, quick.m, quick.s);
    writeRun(out, night(3, 0.82).m, night(3, 0.82).s);
    await recordRunHistory(out, night(1, 0.8).m, night(1, 0.8).s, warn);
    // The subset run's own trend: only runs of its selection (one run: no trend yet).
    expect(await recordRunHistory(out, quick.m, quick.s, warn)).toEqual([]);
    const points = await recordRunHistory(out, night(3, 0.82).m, night(3, 0.82).s, warn);
    expect(points.filter((p) => p.model === 'm').map((p) => [p.run_id, p.accuracy])).toEqual([[night(1, 0).m.run_id, 0.8], [night(3, 0).m.run_id, 0.82]]);
    const rows = (await readHistory(out, { models: ['m'] })).map((r) => [r.accuracy, r.selection]);
    expect(rows).toEqual([[0.8, null], [0.3, '--sample 20 --seed 7'], [0.82, null]]);
    const all = await readHistory(out);
    fs.rmSync(historyFile(out));
    await rebuildHistory(out);
    expect(await readHistory(out)).toEqual(all);
    // bench history: listed and marked; the change of a whole run is against the previous whole run.
    const text = renderHistory(all.filter((r) => r.model === 'm'));
    expect(text).toContain(`${quick.m.run_id} (subset)`);
    expect(text).toContain(`(subset) ${quick.m.run_id}: --sample 20 --seed 7`);
    const line = text.split('\n').find((l) => l.includes(night(3, 0).m.run_id))!;
    expect(line).toContain('+2.0');
    expect(line).not.toContain('+52.0');
  });

  it('a store written before the selection column still reads (as null), and gains the column on the next write', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-hist-'));
    const old = night(1, 0.8);
    // The table as the first release created it.
    await withHistory(out, async (c) => {
      await c.run('DROP TABLE history');
      await c.run(`CREATE TABLE history (run_id VARCHAR NOT NULL, started_at VARCHAR NOT NULL, status VARCHAR, bench_version VARCHAR,
        suite VARCHAR NOT NULL, model VARCHAR NOT NULL, metric VARCHAR, n INTEGER, correct INTEGER,
        accuracy DOUBLE, ci_low DOUBLE, ci_high DOUBLE, errors INTEGER, latency_ms_p50 DOUBLE, latency_ms_p95 DOUBLE,
        cost_usd DOUBLE, cost_per_correct_usd DOUBLE, suite_hash VARCHAR, model_fingerprint VARCHAR, PRIMARY KEY (run_id, suite, model))`);
      await c.run(`INSERT INTO history (run_id, started_at, status, suite, model, accuracy) VALUES ('${old.m.run_id}', '${old.m.started_at}', 'complete', 'quiz', 'm', 0.8)`);
    });
    expect((await readHistory(out)).map((r) => [r.run_id, r.accuracy, r.selection])).toEqual([[old.m.run_id, 0.8, null]]);
    const quick = night(2, 0.3);
    quick.m.selection = { items: ['q1', 'q 2'], filter: '^q', selected: { quiz: 2 } };
    await appendHistory(out, quick.m, quick.s);
    expect((await readHistory(out, { models: ['m'] })).map((r) => [r.accuracy, r.selection])).toEqual([[0.8, null], [0.3, '--item q1 --item "q 2" --filter ^q']]);
  });
});

describe('selectionLabel', () => {
  it('gives each selection in flag form, null for whole suites, and a long --item list as a count and a hash of the ids', () => {
    expect(selectionLabel(undefined)).toBeNull();
    expect(selectionLabel({ failed_from: { run_id: 'r9', path: '/x/r9', items: 4 }, selected: {} })).toBe('--failed-from r9');
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const label = selectionLabel({ items: ids, selected: {} })!;
    expect(label).toMatch(/^--item ×6 \([0-9a-f]{8}\)$/);
    expect(selectionLabel({ items: [...ids].reverse(), selected: {} })).toBe(label);
    expect(selectionLabel({ items: [...ids.slice(1), 'g'], selected: {} })).not.toBe(label);
  });
});
