/**
 * End to end: the verdict under partial credit. A code suite where the big model passes 8 of 12
 * items outright and fails the rest completely, while the small model passes 3 of the 4 asserts
 * of every item: all-or-nothing, big wins; by the share of test cases passed, small is ahead, and
 * the "Is the win real?" section says the lead disappears under partial credit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { onlyRun, runBench, tempDir } from '../helpers/bench.js';

const N = 12;

describe('the verdict under partial credit, end to end', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startOpenAIServer>>;

  beforeAll(async () => {
    dir = tempDir();
    const folder = path.join(dir, 'tasks', 'adders');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'suite.yaml'), ['name: adders', 'domain: code', 'description: add a constant', 'version: "1"',
      'scorer: { type: code, harness: humaneval, language: python }', 'template: "Complete the function.\\n\\n{{prompt}}"', ''].join('\n'));
    const lines: string[] = [];
    for (let i = 0; i < N; i++) {
      lines.push(JSON.stringify({
        id: `add-${String(i).padStart(2, '0')}`, entry_point: `add${i}`,
        prompt: `def add${i}(x):\n    """Return x + ${i}."""\n`,
        test: `def check(candidate):\n${[0, 1, 2, 3].map((x) => `    assert candidate(${x}) == ${x + i}`).join('\n')}\n`,
      }));
    }
    fs.writeFileSync(path.join(folder, 'items.jsonl'), lines.join('\n') + '\n');
    server = await startOpenAIServer({
      answer: ({ model, messages }) => {
        const i = Number(/def add(\d+)/.exec(messages.at(-1)!.content)![1]);
        const body = model === 'big' ? (i < 8 ? `return x + ${i}` : 'return None') : `return x + ${i} if x != 3 else -1`;
        return `\`\`\`python\ndef add${i}(x):\n    ${body}\n\`\`\``;
      },
    });
    const spec = (id: string, size: number) => [`  - id: ${id}`, '    provider: openai', `    model: ${id}`, `    base_url: ${server.url}`, `    params_b: ${size}`];
    fs.writeFileSync(path.join(dir, 'models.yaml'), ['models:', ...spec('big', 70), ...spec('small', 1.5), ''].join('\n'));
  });
  afterAll(async () => server?.close());

  it('says the all-or-nothing lead disappears when the share of test cases passed counts', async () => {
    const out = path.join(dir, 'out');
    const res = await runBench(['run', '--suite', 'adders', '--out', out, '--no-progress', '--workers', '2'], { cwd: dir, timeoutMs: 120_000 });
    expect(res.code, res.stderr).toBe(0);
    const summary = JSON.parse(fs.readFileSync(path.join(onlyRun(out), 'summary.json'), 'utf8'));
    const c = summary.comparisons[0];
    expect(c).toMatchObject({ model_a: 'big', model_b: 'small', verdict: 'a_better' });
    expect(c.partial_a).toBeCloseTo(8 / 12, 12);
    expect(c.partial_b).toBeCloseTo(0.75, 12);
    const sentences: string[] = summary.robustness[0].sentences;
    expect(sentences).toContain(
      `Under partial credit big's lead over small disappears: 66.7% against 75.0% of test cases passed (−8.3 points, Holm p=${c.partial_p_value >= 0.995 ? '1.0' : c.partial_p_value.toFixed(2)}).`,
    );
  });
});
