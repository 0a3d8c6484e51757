import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/stats/summary.js';
import { randomRun } from './random-run.js';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');

// The golden files were written by the summary pass that kept one object per record (before the
// columnar pass): every figure, key order included, must stay the same. Rewrite them only for a
// deliberate change of a figure: BENCH_WRITE_GOLDEN=1.
describe('summary on seeded random runs (golden files)', () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: rows, comparisons, slices, robustness and answer-format notes are exactly as recorded`, () => {
      const run = randomRun(seed);
      const summary = buildSummary({ run_id: `random-${seed}`, complete: true, ...run, seed: 42 });
      const file = path.join(GOLDEN, `summary-random-${seed}.txt`);
      // One line per row, comparison, slice…: a changed figure shows as the lines that differ.
      const lines = Object.entries(summary).flatMap(([k, v]) =>
        Array.isArray(v) ? v.map((x, i) => `${k}[${i}] ${JSON.stringify(x)}`) : [`${k} ${JSON.stringify(v)}`]);
      if (process.env.BENCH_WRITE_GOLDEN === '1') fs.writeFileSync(file, lines.join('\n') + '\n');
      expect(lines).toEqual(fs.readFileSync(file, 'utf8').trimEnd().split('\n'));
    });

    it(`seed ${seed}: the columns sized from a plan (short, exact or long) give the same summary as grown ones`, () => {
      const run = randomRun(seed);
      const grown = JSON.stringify(buildSummary({ run_id: `random-${seed}`, complete: true, ...run, seed: 42 }));
      const items = new Map<string, Set<string>>();
      for (const r of run.records) (items.get(r.suite) ?? items.set(r.suite, new Set()).get(r.suite)!).add(r.item_id);
      for (const scale of [0.3, 1, 3]) {
        const planned = (suite: string) => ({ items: Math.round((items.get(suite)?.size ?? 0) * scale), samples: 1 });
        expect(JSON.stringify(buildSummary({ run_id: `random-${seed}`, complete: true, ...run, seed: 42, planned }))).toBe(grown);
      }
    });
  }
});
