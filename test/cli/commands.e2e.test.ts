/**
 * End to end: the commands around `bench run` — report, compare, list, plan, import — as
 * the README describes them, through the built binary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';

describe('report, compare, list, plan, import', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startOpenAIServer>>;
  const runs: string[] = [];

  beforeAll(async () => {
    dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 20);
    // "day1" answers every item right; "day2" misses the first five.
    server = await startOpenAIServer({
      answer: ({ model, messages }) => {
        const id = itemIdOf(messages)!;
        const wrong = model === 'day2' && Number(id.slice(-3)) <= 5;
        return `Answer: ${wrong ? (answers[id] === 'A' ? 'B' : 'A') : answers[id]}`;
      },
    });
    for (const day of ['day1', 'day2']) {
      fs.writeFileSync(
        path.join(dir, `${day}.yaml`),
        `models:\n  - { id: served, provider: openai, model: ${day}, base_url: ${server.url}, params_b: 7, tuned: domain }\n`,
      );
      const out = path.join(dir, `out-${day}`);
      const res = await runBench(['run', '--suite', 'quiz', '--models', `${day}.yaml`, '--out', out, '--no-progress'], { cwd: dir });
      expect(res.code, res.stderr).toBe(0);
      runs.push(path.join(out, fs.readdirSync(out).find((d) => !d.startsWith('.'))!));
    }
  });
  afterAll(async () => server?.close());

  it('bench report rebuilds every report file from the run folder alone, with the same summary', async () => {
    const run = runs[0]!;
    const before = fs.readFileSync(path.join(run, 'summary.json'), 'utf8');
    for (const f of ['summary.json', 'results.csv', 'report.md', 'report.html']) fs.rmSync(path.join(run, f));
    const res = await runBench(['report', run], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(fs.readFileSync(path.join(run, 'summary.json'), 'utf8')).toBe(before);
    for (const f of ['results.csv', 'report.md', 'report.html']) expect(fs.existsSync(path.join(run, f)), f).toBe(true);
    expect(fs.readFileSync(path.join(run, 'report.md'), 'utf8')).toContain('price.per_hour'); // the cost assumption is stated
    expect(res.stdout).toContain('served');
  });

  it('--format github appends the Markdown report to $GITHUB_STEP_SUMMARY, or prints it when that is not set', async () => {
    const summaryFile = path.join(dir, 'step-summary.md');
    const a = await runBench(['run', '--suite', 'quiz', '--models', 'day1.yaml', '--out', path.join(dir, 'out-gh'), '--no-progress'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(a.code, a.stderr).toBe(0);
    expect(fs.readFileSync(summaryFile, 'utf8')).toMatch(/^# bench report/);
    const b = await runBench(['run', '--suite', 'quiz', '--models', 'day1.yaml', '--out', path.join(dir, 'out-gh'), '--no-progress', '--format', 'github'], { cwd: dir });
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/^# bench report/m);
    expect(b.stdout).toContain('| Model |');
  });

  it('bench compare shows the change between two runs on their shared items', async () => {
    const res = await runBench(['compare', runs[0]!, runs[1]!], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('served');
    expect(res.stdout).toMatch(/100\.0%/);
    expect(res.stdout).toMatch(/75\.0%/);
  });

  it('bench list shows the suites under tasks/ and the models of the models file', async () => {
    const res = await runBench(['list', '--models', 'day1.yaml'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/quiz\s+20 items/);
    expect(res.stdout).toMatch(/served\s+openai\s+7B\s+domain/);
  });

  it('bench plan says how many items a margin needs, and rejects an impossible accuracy', async () => {
    const ok = await runBench(['plan', '--margin', '2', '--expected', '0.8'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/\d[\d,]* items/);
    const bad = await runBench(['plan', '--expected', '1.5'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--expected');
  });

  it('bench import writes a suite folder that bench list and bench run then use', async () => {
    const file = path.join(dir, 'medqa.jsonl');
    const row = (i: number, idx: string) => JSON.stringify({ question: `Question mq-${i}: pick ${idx}`, options: { A: 'a', B: 'b', C: 'c', D: 'd' }, answer_idx: idx, answer: idx.toLowerCase(), meta_info: 'step1', realidx: `mq-${i}` });
    fs.writeFileSync(file, [row(1, 'A'), row(2, 'C'), row(3, 'D')].join('\n') + '\n');
    const res = await runBench(['import', 'medqa', file, '--out', 'tasks', '--name', 'mini-medqa'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('wrote 3 items');
    const list = await runBench(['list', '--models', 'day1.yaml'], { cwd: dir });
    expect(list.stdout).toMatch(/mini-medqa\s+3 items/);
    const again = await runBench(['import', 'medqa', file, '--out', 'tasks', '--name', 'mini-medqa'], { cwd: dir });
    expect(again.code).toBe(2); // an existing suite folder is not overwritten without --force
  });
});
