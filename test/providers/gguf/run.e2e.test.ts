/**
 * @module test/providers/gguf/run.e2e.test — `bench run` end to end with in-process gguf models, no server:
 * tiny models that always answer one letter score exactly the share of items whose answer is that letter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { onlyRun, readJsonl, runBench, tempDir, writeChoiceSuite } from '../../helpers/bench.js';
import { hasLlama, writeTinyGguf } from '../../fixtures/gguf/tiny-gguf.js';


describe.skipIf(!hasLlama)('bench run with gguf models (skipped: node-llama-cpp, an optional dependency, is not installed)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = tempDir('bench-gguf-e2e-');
    writeChoiceSuite(dir, 'quiz', 12); // answers cycle A, B, C, D
    await writeTinyGguf(path.join(dir, 'says-b.gguf'), { script: 'B' });
    await writeTinyGguf(path.join(dir, 'says-d.gguf'), { script: 'D' });
    fs.writeFileSync(
      path.join(dir, 'models.yaml'),
      [
        'models:',
        '  - id: tiny-b',
        '    provider: gguf',
        '    model: says-b.gguf',
        '    params: { temperature: 0, max_tokens: 8 }',
        '    threads: 1',
        '    params_b: 0.0002',
        '    tuned: domain',
        '    price: { per_hour: 3.6 }',
        '  - id: tiny-d',
        '    provider: gguf',
        '    model: says-d.gguf',
        '    params: { max_tokens: 8 }',
        '    threads: 1',
        '    price: { per_hour: 3.6 }',
        '',
      ].join('\n'),
    );
  });

  it('scores each fixed-letter model at the share of items with that answer, with timings, tokens and cost', async () => {
    const out = path.join(dir, 'out');
    const res = await runBench(['run', '--suite', 'quiz', '--out', out], { cwd: dir, timeoutMs: 120_000 });
    expect(res.stderr).not.toContain('internal error');
    expect(res.code, res.stderr).toBe(0);
    const run = onlyRun(out);
    const records = readJsonl(path.join(run, 'records.jsonl'));
    expect(records).toHaveLength(24);
    for (const r of records) {
      expect(r.error).toBeNull();
      expect(r.output).toBe(r.model === 'tiny-b' ? 'B' : 'D');
      expect(r.output_tokens).toBe(1);
      expect(r.input_tokens).toBeGreaterThan(20);
      expect(r.latency_ms).toBeGreaterThan(0);
      expect(r.ttft_ms).toBeLessThanOrEqual(r.latency_ms);
      const expected = (3.6 * r.latency_ms) / 3_600_000; // per_hour × the model's work time (latency_ms is rounded)
      expect(Math.abs(r.cost_usd - expected)).toBeLessThan(expected * 0.02 + 1e-9);
    }
    const summary = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));
    const row = (m: string) => summary.rows.find((r: { model: string }) => r.model === m);
    expect(row('tiny-b')).toMatchObject({ n: 12, correct: 3, accuracy: 0.25, errors: 0 });
    expect(row('tiny-d')).toMatchObject({ n: 12, correct: 3, accuracy: 0.25, errors: 0 });
  });

  it('a missing model file stops the run with one line naming the file, exit 2, no stack', async () => {
    fs.writeFileSync(path.join(dir, 'missing.yaml'), 'models:\n  - id: gone\n    provider: gguf\n    model: nowhere/model.gguf\n');
    const res = await runBench(['run', '--suite', 'quiz', '--models', 'missing.yaml', '--out', path.join(dir, 'out-missing')], { cwd: dir });
    expect(res.code, res.stderr).toBe(2);
    expect(res.stderr).toContain(path.join(dir, 'nowhere/model.gguf'));
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });
});
