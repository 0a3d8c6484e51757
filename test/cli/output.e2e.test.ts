/**
 * End to end through the built binary: terminal output that fits the terminal (COLUMNS, --wide).
 * Two runs of two models on one loopback server; the second run misses five items.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

describe('terminal output', () => {
  let dir: string;
  let out: string;
  let server: Awaited<ReturnType<typeof startOpenAIServer>>;
  const runs: string[] = [];
  let first: Awaited<ReturnType<typeof runBench>>;

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
      const res = await runBench(['run', '--suite', 'quiz', '--models', `day${i + 1}.yaml`, '--out', out, '--no-progress'], { cwd: dir, env: { COLUMNS: '80' } });
      expect(res.code, res.stderr).toBe(0);
      if (i === 0) first = res;
      runs.push(res.stdout.match(/run folder: (.+)/)![1]!.trim());
    }
  }, 60_000);
  afterAll(async () => server?.close());

  it('bench run at 80 columns prints no line wider than 80, with accuracy, interval and verdict', () => {
    expect(widest(first.stdout.replace(/\nrun folder: .*/, ''))).toBeLessThanOrEqual(80);
    expect(first.stdout).toMatch(/domain-tuned-small-model[^\n]*100\.0% \(\d+\.\d–100\.0%\)/);
    expect(first.stdout).toMatch(/^quiz: /m);
  });

  it('bench report fits 100 columns, and --wide prints every column however wide', async () => {
    const narrow = await runBench(['report', runs[1]!], { cwd: dir, env: { COLUMNS: '100' } });
    expect(narrow.code, narrow.stderr).toBe(0);
    const table = narrow.stdout.replace(/\nreports written to .*/, '');
    expect(widest(table)).toBeLessThanOrEqual(100);
    expect(table).toMatch(/75\.0% \(\d+\.\d–\d+\.\d%\)/);
    const wide = await runBench(['report', runs[1]!, '--wide'], { cwd: dir, env: { COLUMNS: '100' } });
    expect(wide.code, wide.stderr).toBe(0);
    for (const head of ['Params', 'Refused', 'Unread', 'p50 / p95 latency', 'p50 TTFT', 'Tok/s', 'Cost/correct']) expect(wide.stdout).toContain(head);
    expect(widest(wide.stdout)).toBeGreaterThan(100);
  });
});
