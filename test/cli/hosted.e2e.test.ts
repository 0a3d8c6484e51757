/**
 * End to end: the README's hosted-API examples run through the built binary against loopback
 * servers speaking each wire format; no key, header secret or query secret appears in
 * anything bench wrote or printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAnthropicServer } from '../fixtures/anthropic-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';
import { readmeExample, writeModels } from '../helpers/readme-example.js';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => Promise.all(closers.map((c) => c())));

/** Every file under `dir`, as text. */
function everything(dir: string): string {
  let out = '';
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out += fs.readFileSync(path.join(entry.parentPath, entry.name), 'latin1');
  }
  return out;
}

function expectNoSecret(secrets: string[], ...texts: string[]): void {
  for (const text of texts) for (const s of secrets) expect(text.includes(s), `secret ${s.slice(0, 6)}… found`).toBe(false);
}

describe('README examples: hosted APIs, end to end', () => {
  it('anthropic: both models answer, thinking is never the answer and is billed as output', async () => {
    const dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 6);
    const key = 'sk-ant-e2e-SECRET-abcdef0123456789';
    const thought = 'Thinking it through carefully, step by step. ';
    const server = await startAnthropicServer({
      apiKey: key,
      answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.`,
      thinking: () => thought,
    });
    closers.push(() => server.close());
    const models = readmeExample('anthropic').map((m) => ({ ...m, base_url: server.url }));
    writeModels(dir, models);
    const res = await runBench(['run', '--suite', 'quiz', '--out', 'results'], { cwd: dir, env: { ANTHROPIC_API_KEY: key } });
    expect(res.code, res.stderr).toBe(0);
    const run = onlyRun(path.join(dir, 'results'));
    const records = readJsonl(path.join(run, 'records.jsonl'));
    expect(records).toHaveLength(12);
    expect(records.every((r) => r.correct === true && r.error === null)).toBe(true);
    const thinking = records.filter((r) => r.model === 'claude-sonnet-thinking');
    const plain = records.filter((r) => r.model === 'claude-sonnet');
    for (const r of thinking) {
      expect(r.output).not.toContain('Thinking');
      expect(r.output_tokens).toBe(Math.ceil(r.output.length / 4) + Math.ceil(thought.length / 4));
      expect(r.cost_usd).toBeCloseTo((r.input_tokens * 3 + r.output_tokens * 15) / 1e6, 12);
    }
    for (const r of plain) expect(r.output_tokens).toBe(Math.ceil(r.output.length / 4));
    const sent = server.requests.find((r) => r.model === 'claude-sonnet-4-5' && r.body.thinking);
    expect(sent?.body).toMatchObject({ max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 }, system: 'Answer with the letter only.' });
    expectNoSecret([key], everything(dir), res.stdout, res.stderr);
  });
});
