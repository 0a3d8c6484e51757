/**
 * `bench compare` pairs items by id AND prompt (stats/shared): an item whose question was edited
 * between two runs is left out, never paired, and the output says which and why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';

describe('bench compare on edited items', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startOpenAIServer>>;

  beforeAll(async () => {
    dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 10);
    server = await startOpenAIServer({ answer: ({ messages }) => `Answer: ${answers[itemIdOf(messages)!] ?? 'A'}` });
    fs.writeFileSync(path.join(dir, 'models.yaml'), `models:\n  - { id: served, provider: openai, model: m, base_url: ${server.url} }\n`);
  });
  afterAll(async () => server?.close());

  it('an item whose question was edited between the runs is left out of the comparison, and bench compare says so', async () => {
    const run = async (out: string) => {
      const res = await runBench(['run', '--suite', 'quiz', '--out', out, '--no-progress'], { cwd: dir });
      expect(res.code, res.stderr).toBe(0);
      return onlyRun(path.join(dir, out));
    };
    const a = await run('out-a');
    const items = path.join(dir, 'tasks', 'quiz', 'items.jsonl');
    const lines = fs.readFileSync(items, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    lines[2].question = `${lines[2].question} (reworded)`;
    fs.writeFileSync(items, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const b = await run('out-b');

    const res = await runBench(['compare', a, b], { cwd: dir, env: { COLUMNS: '200' } });
    expect(res.code, res.stderr).toBe(0);
    const row = res.stdout.split('\n').find((l) => /│ quiz\s+│ served/.test(l));
    expect(row).toMatch(/│ quiz\s+│ served\s+│ 9\s+│/);
    expect(res.stdout).toContain('quiz × served: left out 1 edited between the runs (same id, different prompt: not paired)');
  });
});
