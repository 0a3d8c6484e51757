/**
 * End to end: the built `bench` binary against loopback OpenAI and Ollama
 * servers that speak the real wire formats and are scripted to answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { startOllamaServer } from '../fixtures/ollama-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;
const KEY = 'sk-test-SECRET-abcdef1234567890';

/** Model "good" answers all right; "half" right on even items; "bad" always "Z" (no answer). */
function scripted(answers: Record<string, string>) {
  return ({ model, messages }: { model: string; messages: Array<{ role: string; content: string }> }): string => {
    const id = itemIdOf(messages)!;
    const gold = answers[id]!;
    const n = Number(id.slice(-3));
    if (model === 'good') return `The answer is ${gold}.`;
    if (model === 'half') return n % 2 === 0 ? `**${gold}**` : `Answer: ${gold === 'A' ? 'B' : 'A'}`;
    return 'I cannot answer that.';
  };
}

describe('bench run end to end', () => {
  let dir: string;
  let openai: Fake;
  let ollama: Fake;
  let answers: Record<string, string>;

  beforeAll(async () => {
    dir = tempDir();
    ({ answers } = writeChoiceSuite(dir, 'quiz', 12));
    openai = await startOpenAIServer({ answer: scripted(answers) });
    ollama = await startOllamaServer({ answer: scripted(answers) });
    fs.writeFileSync(
      path.join(dir, 'models.yaml'),
      [
        'models:',
        '  - id: big-good',
        '    provider: openai',
        '    model: good',
        `    base_url: ${openai.url}`,
        '    api_key_env: TEST_KEY',
        '    params_b: 70',
        '    tuned: generic',
        '    price: { input_per_mtok: 1.0, output_per_mtok: 2.0 }',
        '  - id: small-half',
        '    provider: ollama',
        '    model: half',
        `    base_url: ${ollama.url}`,
        '    params_b: 1.5',
        '    tuned: domain',
        '    price: { per_hour: 0.5 }',
        '  - id: none',
        '    provider: openai',
        '    model: bad',
        `    base_url: ${openai.url}`,
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await openai?.close();
    await ollama?.close();
  });

  it('scores exactly what the servers were scripted to answer, one record per (item, model)', async () => {
    const out = path.join(dir, 'out1');
    const res = await runBench(['run', '--suite', 'quiz', '--out', out], { cwd: dir, env: { TEST_KEY: KEY } });
    expect(res.stderr).not.toContain('internal error');
    expect(res.code, res.stderr).toBe(0);
    const run = onlyRun(out);
    const records = readJsonl(path.join(run, 'records.jsonl'));
    expect(records).toHaveLength(36);
    const keys = new Set(records.map((r) => `${r.model}/${r.item_id}/${r.sample}`));
    expect(keys.size).toBe(36);
    const summary = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));
    const row = (m: string) => summary.rows.find((r: any) => r.model === m);
    expect(row('big-good').accuracy).toBe(1);
    expect(row('small-half').accuracy).toBe(0.5);
    expect(row('none').accuracy).toBe(0);
    expect(row('none').errors).toBe(0);
    expect(records.filter((r) => r.model === 'none').every((r) => r.reason === 'no_answer')).toBe(true);
    for (const r of summary.rows) {
      expect(r.ci95[0]).toBeLessThanOrEqual(r.accuracy);
      expect(r.ci95[1]).toBeGreaterThanOrEqual(r.accuracy);
    }
    expect(summary.comparisons).toHaveLength(3);
    for (const f of ['manifest.json', 'records.jsonl', 'summary.json', 'results.csv', 'report.md', 'report.html']) {
      expect(fs.existsSync(path.join(run, f)), f).toBe(true);
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8'));
    expect(manifest.status).toBe('complete');
    expect(manifest.env_vars).toContain('TEST_KEY');
    // The key never reaches the disk or the terminal.
    for (const f of fs.readdirSync(run)) {
      const p = path.join(run, f);
      if (fs.statSync(p).isFile()) expect(fs.readFileSync(p, 'utf8')).not.toContain(KEY);
    }
    expect(res.stdout + res.stderr).not.toContain(KEY);
    // The terminal shows a table per suite.
    expect(res.stdout).toContain('big-good');
    expect(res.stdout).toContain('small-half');
    // Requests carried the key as a bearer token (it is used, just never written).
    expect(openai.requests.some((r) => String(r.headers.authorization).includes(KEY))).toBe(true);
  });

  it('a rerun of the same command is served from the cache and sends nothing', async () => {
    const out = path.join(dir, 'out-cache');
    await runBench(['run', '--suite', 'quiz', '--out', out, '--model', 'big-good'], { cwd: dir, env: { TEST_KEY: KEY } });
    const before = openai.requests.length;
    const res = await runBench(['run', '--suite', 'quiz', '--out', out, '--model', 'big-good'], { cwd: dir, env: { TEST_KEY: KEY } });
    expect(res.code, res.stderr).toBe(0);
    expect(openai.requests.length).toBe(before);
    const runs = fs.readdirSync(out).filter((d) => !d.startsWith('.')).sort();
    const records = readJsonl(path.join(out, runs[1]!, 'records.jsonl'));
    expect(records.every((r) => r.cached === true && r.attempts === 0)).toBe(true);
    // --no-cache sends them again.
    await runBench(['run', '--suite', 'quiz', '--out', out, '--model', 'big-good', '--no-cache'], { cwd: dir, env: { TEST_KEY: KEY } });
    expect(openai.requests.length).toBe(before + 12);
  });
});
