/**
 * `bench run --probe rotate --scoring likelihood` end to end on in-process gguf models: tiny models that
 * always answer one letter show the position bias rotation is meant to catch, and their likelihood
 * records equal the log-likelihoods computed from the model's weights.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { onlyRun, readJsonl, runBench, tempDir, writeChoiceSuite } from '../../helpers/bench.js';
import { hasLlama, scriptNextLogprobs, tinyTokens, TOKEN, writeTinyGguf } from '../../fixtures/gguf/tiny-gguf.js';

describe.skipIf(!hasLlama)('bench run --probe rotate --scoring likelihood with gguf models (skipped: node-llama-cpp is not installed)', () => {
  let dir: string;
  let run: string;
  let res: Awaited<ReturnType<typeof runBench>>;

  beforeAll(async () => {
    dir = tempDir('bench-gguf-probes-');
    writeChoiceSuite(dir, 'quiz', 8); // answers cycle A, B, C, D; options alpha, bravo, charlie, delta
    await writeTinyGguf(path.join(dir, 'says-b.gguf'), { script: 'B' });
    await writeTinyGguf(path.join(dir, 'says-d.gguf'), { script: 'D' });
    fs.writeFileSync(path.join(dir, 'models.yaml'), [
      'models:',
      '  - { id: tiny-b, provider: gguf, model: says-b.gguf, params: { max_tokens: 8 }, threads: 1 }',
      '  - { id: tiny-d, provider: gguf, model: says-d.gguf, params: { max_tokens: 8 }, threads: 1 }',
      '',
    ].join('\n'));
    res = await runBench(['run', '--suite', 'quiz', '--probe', 'rotate', '--scoring', 'likelihood', '--out', 'out', '--no-progress'], { cwd: dir, timeoutMs: 180_000 });
    run = onlyRun(path.join(dir, 'out'));
  }, 200_000);

  it('runs the item as written, its rotations and its likelihood scoring for every model', () => {
    expect(res.code, res.stderr).toBe(0);
    const records = readJsonl(path.join(run, 'records.jsonl'));
    expect(records.filter((r) => r.error !== null)).toEqual([]);
    // 8 items × 2 models × (1 as written + 3 rotations + 1 likelihood)
    expect(records).toHaveLength(8 * 2 * 5);
  });

  it('shows a one-letter model right under no full rotation, with all its answers at one position', () => {
    const summary = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));
    const rb = summary.robustness.find((r: any) => r.suite === 'quiz');
    for (const m of ['tiny-b', 'tiny-d']) {
      const rot = rb.rotation.find((x: any) => x.model === m);
      expect(rot).toMatchObject({ n: 8, circular_correct: 0, circular_accuracy: 0, consistency: 0, top_share: 1 });
      expect(rot.top_position).toBe(m === 'tiny-b' ? 1 : 3);
      expect(rot.position_p).toBeLessThan(0.001);
    }
    expect(rb.methods.map((m: any) => m.method)).toEqual(['generative', 'circular', 'likelihood_acc', 'likelihood_acc_norm']);
  });

  it("records the options' log-likelihoods that the model's weights give", () => {
    const records = readJsonl(path.join(run, 'records.jsonl')).filter((r) => r.variant === 'likelihood' && r.item_id === 'quiz-001');
    expect(records).toHaveLength(2);
    for (const r of records) {
      const script = r.model === 'tiny-b' ? 'B' : 'D';
      const context = 'Question: Question quiz-001: which letter is A?\nAnswer:';
      for (const o of r.likelihood.options) {
        const text = { A: ' alpha', B: ' bravo', C: ' charlie', D: ' delta' }[o.key as 'A']!;
        const all = [TOKEN.bos, ...tinyTokens(context + text)];
        let sum = 0;
        for (let i = 1 + tinyTokens(context).length; i < all.length; i++) sum += scriptNextLogprobs({ script }, all[i - 1]!)[all[i]!]!;
        expect(o.logprob).toBeCloseTo(sum, 3);
        expect(o.tokens).toBe(text.length);
      }
    }
  });
});
