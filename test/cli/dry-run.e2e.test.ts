/**
 * End to end: `bench run --dry-run` through the built binary. The loopback server counts the
 * requests: a dry run sends none and writes no run folder, before and after a real run whose
 * records then feed the output-token and time estimates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, readJsonl, onlyRun, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;

describe('bench run --dry-run', () => {
  let dir: string;
  let server: Fake;

  beforeAll(async () => {
    dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 8);
    server = await startOpenAIServer({ answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}, clearly.` });
    fs.writeFileSync(
      path.join(dir, 'models.yaml'),
      [
        'models:',
        '  - id: hosted',
        '    provider: openai',
        '    model: hosted',
        `    base_url: ${server.url}`,
        '    params: { max_tokens: 50 }',
        '    price: { input_per_mtok: 3, output_per_mtok: 15 }',
        '    concurrency: 4',
        '  - id: local',
        '    provider: openai',
        '    model: local',
        `    base_url: ${server.url}`,
        '    price: { per_hour: 2 }',
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('prints the plan from max_tokens and the prices, sends nothing and writes nothing', async () => {
    const out = path.join(dir, 'results');
    const res = await runBench(['run', '--suite', 'quiz', '--out', out, '--dry-run', '--json'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(fs.existsSync(out)).toBe(false);
    const plan = JSON.parse(res.stdout);
    const hosted = plan.models.find((m: any) => m.model === 'hosted');
    expect(hosted).toMatchObject({ jobs: 8, output_tokens: 400, output_tokens_source: { quiz: 'max_tokens' }, time_s: null, concurrency: 4 });
    expect(hosted.input_tokens).toBeGreaterThan(8 * 10);
    expect(hosted.cost_usd).toBeCloseTo((hosted.input_tokens * 3 + 400 * 15) / 1e6, 12);
    // Priced per hour with no past latency: cost and time are unknown, and said so.
    expect(plan.models.find((m: any) => m.model === 'local')).toMatchObject({ jobs: 8, output_tokens: null, cost_usd: null, time_s: null });
    expect(plan.total).toMatchObject({ jobs: 16, cost_usd: null });
    expect(plan.input_tokens_method).toContain('characters / 4');

    const text = await runBench(['run', '--suite', 'quiz', '--out', out, '--dry-run', '--sample', '3', '--max-cost', '0.000001'], { cwd: dir });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('nothing sent, nothing written: 6 jobs');
    expect(text.stdout).toContain('max_tokens (upper bound)');
    expect(text.stdout).toContain('time unknown');
    expect(text.stdout).toContain('The estimate reaches --max-cost $0.000001');
    expect(server.requests).toHaveLength(0);
  }, 90_000);

  it('takes output tokens and latency from an earlier run of the same suite and models', async () => {
    const out = path.join(dir, 'results2');
    const real = await runBench(['run', '--suite', 'quiz', '--out', out, '--no-progress'], { cwd: dir });
    expect(real.code, real.stderr).toBe(0);
    const run = onlyRun(out);
    const records = readJsonl(path.join(run, 'records.jsonl')).filter((r) => r.model === 'hosted');
    const meanOut = records.reduce((a, r) => a + r.output_tokens, 0) / records.length;
    const meanLatency = records.reduce((a, r) => a + r.latency_ms, 0) / records.length;
    const sent = server.requests.length;

    const res = await runBench(['run', '--suite', 'quiz', '--out', out, '--dry-run', '--json'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(server.requests.length).toBe(sent);
    expect(fs.readdirSync(out).filter((d) => !d.startsWith('.'))).toEqual([path.basename(run)]);
    const plan = JSON.parse(res.stdout);
    const hosted = plan.models.find((m: any) => m.model === 'hosted');
    expect(hosted.output_tokens_source).toEqual({ quiz: `history ${path.basename(run)}` });
    expect(hosted.output_tokens).toBe(Math.round(8 * meanOut));
    expect(hosted.time_s).toBeCloseTo((8 * meanLatency) / 4 / 1000, 6);
    const local = plan.models.find((m: any) => m.model === 'local');
    expect(local.cost_usd).toBeCloseTo((2 * local.time_s) / 3600, 12);
    expect(plan.total.time_s).toBe(Math.max(hosted.time_s, local.time_s));
  }, 90_000);
});
