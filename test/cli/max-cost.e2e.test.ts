/**
 * End to end: `bench run --max-cost` through the built binary against a loopback OpenAI server:
 * the run stops sending once its records cost the limit, exits 3, and a resume with a higher
 * limit finishes it with each job recorded once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;

describe('bench run --max-cost', () => {
  let dir: string;
  let server: Fake;

  beforeAll(async () => {
    dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 12);
    server = await startOpenAIServer({ answer: ({ messages }) => `Answer: ${answers[itemIdOf(messages)!]}` });
    // $1 per thousand tokens: a request of ~30 tokens costs ~$0.03.
    fs.writeFileSync(
      path.join(dir, 'models.yaml'),
      ['models:', '  - id: pricey', '    provider: openai', '    model: pricey', `    base_url: ${server.url}`, '    price: { input_per_mtok: 1000, output_per_mtok: 1000 }', '    concurrency: 1',
        '  - id: free', '    provider: openai', '    model: free', `    base_url: ${server.url}`, ''].join('\n'),
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('stops sending when the spend reaches the limit, exits 3, and resumes with a higher limit', async () => {
    const out = path.join(dir, 'results');
    const res = await runBench(['run', '--suite', 'quiz', '--out', out, '--no-progress', '--no-cache', '--max-cost', '0.1', '--model', 'pricey'], { cwd: dir });
    expect(res.code, res.stderr).toBe(3);
    expect(res.stderr).toContain('bench: stopped at --max-cost $0.1');
    expect(res.stderr).toContain('--resume');
    const run = onlyRun(out);
    const records = readJsonl(path.join(run, 'records.jsonl'));
    const costs = records.map((r) => r.cost_usd as number);
    const spent = costs.reduce((a, c) => a + c, 0);
    // One request at a time: it stopped right after the record that reached the limit, and sent nothing unrecorded.
    expect(spent).toBeGreaterThanOrEqual(0.1);
    expect(spent - costs[costs.length - 1]!).toBeLessThan(0.1);
    expect(records.length).toBeLessThan(12);
    expect(server.requests).toHaveLength(records.length);
    const manifest = JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ status: 'incomplete', max_cost_usd: 0.1 });

    const resumed = await runBench(['run', '--suite', 'quiz', '--resume', run, '--no-progress', '--no-cache', '--max-cost', '5', '--model', 'pricey'], { cwd: dir });
    expect(resumed.code, resumed.stderr).toBe(0);
    const all = readJsonl(path.join(run, 'records.jsonl'));
    expect(all).toHaveLength(12);
    expect(new Set(all.map((r) => r.item_id)).size).toBe(12);
    expect(server.requests).toHaveLength(12);
    expect(JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8'))).toMatchObject({ status: 'complete', max_cost_usd: 5 });
  }, 90_000);

  it('warns that a model without a price is never stopped by the limit', async () => {
    const res = await runBench(['run', '--suite', 'quiz', '--out', path.join(dir, 'free'), '--no-progress', '--max-cost', '1', '--model', 'free', '--limit', '1'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain('--max-cost: no price for model(s) free');
  }, 90_000);

  it('refuses a negative or non-numeric limit with exit 2 naming the flag', async () => {
    const res = await runBench(['run', '--suite', 'quiz', '--max-cost', '-1'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--max-cost');
  }, 90_000);
});
