/**
 * End to end through the built binary: terminal output that fits the terminal (COLUMNS, --wide),
 * and --json on run, compare, list, plan and history (one JSON document on stdout).
 * Two runs of two models on one loopback server; the second run misses five items.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

describe('terminal output and --json', () => {
  let dir: string;
  let out: string;
  let server: Awaited<ReturnType<typeof startOpenAIServer>>;
  const runs: string[] = [];
  let first: Awaited<ReturnType<typeof runBench>>;
  let second: Awaited<ReturnType<typeof runBench>>;

  beforeAll(async () => {
    dir = tempDir();
    out = path.join(dir, 'results');
    const { answers } = writeChoiceSuite(dir, 'quiz', 20);
    server = await startOpenAIServer({
      answer: ({ model, messages }) => {
        const id = itemIdOf(messages)!;
        const wrong = model === 'worse' && Number(id.slice(-3)) <= 5;
        return `Answer: ${wrong ? (answers[id] === 'A' ? 'B' : 'A') : answers[id]}`;
      },
    });
    for (const [i, m] of ['good', 'worse'].entries()) {
      fs.writeFileSync(path.join(dir, `day${i + 1}.yaml`), [
        'models:',
        `  - { id: domain-tuned-small-model, provider: openai, model: good, base_url: ${server.url}, params_b: 1.5, tuned: domain, price: { input_per_mtok: 0.1, output_per_mtok: 0.2 } }`,
        `  - { id: generic-large-model, provider: openai, model: ${m}, base_url: ${server.url}, params_b: 70, tuned: generic, price: { input_per_mtok: 2.5, output_per_mtok: 10 } }`,
        '',
      ].join('\n'));
      // The second run: --json, against the first as baseline with a 10-point threshold (it drops 25: exit 1).
      const extra = i === 0 ? [] : ['--json', '--baseline', runs[0]!, '--max-drop', '10'];
      const res = await runBench(['run', '--suite', 'quiz', '--models', `day${i + 1}.yaml`, '--out', out, ...extra], { cwd: dir, env: { COLUMNS: i === 0 ? '80' : '100' } });
      expect(res.code, res.stderr).toBe(i === 0 ? 0 : 1);
      if (i === 0) first = res;
      else second = res;
      runs.push(i === 0 ? res.stdout.match(/run folder: (.+)/)![1]!.trim() : JSON.parse(res.stdout).run_dir);
    }
  }, 60_000);
  afterAll(async () => server?.close());

  it('bench run at 80 columns prints no line wider than 80, with accuracy, interval and verdict', () => {
    expect(widest(first.stdout.replace(/\nrun folder: .*/, ''))).toBeLessThanOrEqual(80);
    expect(first.stdout).toMatch(/domain-tuned-small-model[^\n]*100\.0% \(\d+\.\d–100\.0%\)/);
    expect(first.stdout).toMatch(/^quiz: /m);
  });

  it('at 100 columns the table (on stderr with --json) fits, and bench report --wide prints every column however wide', async () => {
    const table = second.stderr.slice(second.stderr.indexOf('quiz\n'), second.stderr.indexOf('\nrun folder:'));
    expect(table).toMatch(/75\.0% \(\d+\.\d–\d+\.\d%\)/);
    expect(widest(table)).toBeLessThanOrEqual(100);
    const wide = await runBench(['report', runs[1]!, '--wide'], { cwd: dir, env: { COLUMNS: '100' } });
    expect(wide.code, wide.stderr).toBe(0);
    for (const head of ['Params', 'Refused', 'Unread', 'p50 / p95 latency', 'p50 TTFT', 'Tok/s', 'Cost/correct']) expect(wide.stdout).toContain(head);
    expect(widest(wide.stdout)).toBeGreaterThan(100);
  });

  it('bench run --json prints summary.json\'s fields as one JSON document on stdout, the table on stderr, and still exits 1 on a regression', () => {
    const doc = JSON.parse(second.stdout);
    const summary = JSON.parse(fs.readFileSync(path.join(doc.run_dir, 'summary.json'), 'utf8'));
    for (const k of Object.keys(summary)) expect(doc[k], k).toEqual(summary[k]);
    expect(doc.incomplete).toBeNull();
    expect(doc.baseline.regression).toBe(true);
    expect(doc.baseline.baseline_run_id).toBe(path.basename(runs[0]!));
    expect(doc.baseline.rows.find((r: any) => r.model === 'generic-large-model').status).toBe('regression');
    expect(second.stderr).toContain('Accuracy ± 95% CI');
    expect(second.stderr).toContain('run folder:');
  });

  it('bench compare at 80 columns fits (run ids on a line above the table) and --wide keeps every column', async () => {
    const narrow = await runBench(['compare', runs[0]!, runs[1]!], { cwd: dir, env: { COLUMNS: '80' } });
    expect(narrow.code, narrow.stderr).toBe(0);
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(80);
    expect(narrow.stdout).toContain(`quiz: A = ${path.basename(runs[0]!)}, B = ${path.basename(runs[1]!)}`);
    expect(narrow.stdout).toMatch(/generic-large-model[^\n]*100\.0%[^\n]*75\.0%[^\n]*−25\.0[^\n]*not significant/);
    expect(narrow.stdout).toContain("quiz × generic-large-model: changed model: model");
    const wide = await runBench(['compare', runs[0]!, runs[1]!, '--wide'], { cwd: dir, env: { COLUMNS: '80' } });
    for (const head of ['Items', '95% CI', 'p (Holm)', 'Changed', `Acc. ${path.basename(runs[0]!)}`]) expect(wide.stdout).toContain(head);
    expect(widest(wide.stdout)).toBeGreaterThan(80);
  });

  it('bench compare --json gives both runs and one row per (suite, model) on the shared items', async () => {
    const res = await runBench(['compare', runs[0]!, runs[1]!, '--json'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const doc = JSON.parse(res.stdout);
    expect(doc.run_a.run_id).toBe(path.basename(runs[0]!));
    expect(doc.run_b.run_id).toBe(path.basename(runs[1]!));
    const row = doc.rows.find((r: any) => r.model === 'generic-large-model');
    expect(row).toMatchObject({ suite: 'quiz', n: 20, accuracy_a: 1, accuracy_b: 0.75 });
    expect(row.change).toBeCloseTo(-0.25, 10);
    expect(doc.slice_rows).toEqual([]);
  });

  it('bench list, plan and history --json each print one JSON document; the history table fits 80 columns', async () => {
    const [list, plan, history, table] = await Promise.all([
      runBench(['list', '--models', 'day1.yaml', '--json'], { cwd: dir }),
      runBench(['plan', '--margin', '5', '--expected', '0.8', '--json'], { cwd: dir }),
      runBench(['history', '--out', out, '--model', 'generic-large-model', '--json'], { cwd: dir }),
      runBench(['history', '--out', out, '--model', 'generic-large-model'], { cwd: dir, env: { COLUMNS: '80' } }),
    ]);
    for (const r of [list, plan, history, table]) expect(r.code, r.stderr).toBe(0);
    // The history table without --json fits 80 columns, keeping accuracy, interval and change.
    expect(widest(table.stdout)).toBeLessThanOrEqual(80);
    expect(table.stdout).toMatch(/75\.0% +│ [\d.]+–[\d.]+% +│ −25\.0/);
    const l = JSON.parse(list.stdout);
    expect(l.suites).toEqual([expect.objectContaining({ name: 'quiz', items: 20, domain: 'test' })]);
    expect(l.models.map((m: any) => [m.id, m.params_b, m.tuned])).toEqual([['domain-tuned-small-model', 1.5, 'domain'], ['generic-large-model', 70, 'generic']]);
    expect(l.models_error).toBeNull();
    const p = JSON.parse(plan.stdout);
    expect(p).toMatchObject({ margin_points: 5, expected: 0.8, power: 0.8 });
    expect(p.difference_items).toBeGreaterThan(0);
    expect(typeof p.sentence).toBe('string');
    const h = JSON.parse(history.stdout);
    expect(h.rows.map((r: any) => [r.run_id, r.accuracy])).toEqual([[path.basename(runs[0]!), 1], [path.basename(runs[1]!), 0.75]]);
  });

  it('--json keeps exit codes: bad input is exit 2 with nothing on stdout', async () => {
    const res = await runBench(['plan', '--expected', '2', '--json'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('--expected');
  });
});
