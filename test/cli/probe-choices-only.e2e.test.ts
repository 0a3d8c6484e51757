/**
 * End to end: `--probe choices-only`. A scripted loopback model that answers right without the
 * question (it reads the options) is flagged, with the one-sided exact p against chance computed
 * here independently; the main figures ignore the probe; the win is re-tested on the items that
 * need the question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { onlyRun, readJsonl, runBench, tempDir } from '../helpers/bench.js';

const N = 40;
/** Items 0..19 have four options, 20..39 five; the gold letter cycles. */
const letters = (i: number) => (i < 20 ? 'ABCD' : 'ABCDE').split('');
const gold = (i: number) => letters(i)[i % letters(i).length]!;
const wrong = (i: number) => (gold(i) === 'A' ? 'B' : 'A');

/**
 * cheater (1.5B): right on every item with the question; without it, right on items 0..29.
 * reader (70B): right with the question on items 10..39; without it, always wrong.
 */
function answer(model: string, i: number, withheld: boolean): string {
  if (model === 'cheater') return withheld ? (i < 30 ? gold(i) : wrong(i)) : gold(i);
  return withheld ? wrong(i) : i >= 10 ? gold(i) : wrong(i);
}

/** P(X ≥ x) for independent trials with probabilities ps, item by item. */
function tail(x: number, ps: number[]): number {
  let dist = [1];
  for (const p of ps) {
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((d, k) => {
      next[k] = next[k]! + d * (1 - p);
      next[k + 1] = next[k + 1]! + d * p;
    });
    dist = next;
  }
  return dist.slice(x).reduce((a, b) => a + b, 0);
}

describe('--probe choices-only end to end', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startOpenAIServer>>;
  const prompts: string[] = [];

  beforeAll(async () => {
    dir = tempDir();
    const folder = path.join(dir, 'tasks', 'mc');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'suite.yaml'), ['name: mc', 'domain: medical', 'description: probe suite', 'version: "1"',
      'scorer: { type: choice }', 'template: "Question: {{question}}\\n\\n{{choices}}\\nReply with the letter."', ''].join('\n'));
    const lines: string[] = [];
    for (let i = 0; i < N; i++) {
      const id = `q${String(i).padStart(2, '0')}`;
      const choices = Object.fromEntries(letters(i).map((l) => [l, `option ${l} of ${id}`]));
      lines.push(JSON.stringify({ id, question: `What is the answer to ${id}?`, choices, answer: gold(i) }));
    }
    fs.writeFileSync(path.join(folder, 'items.jsonl'), lines.join('\n') + '\n');
    server = await startOpenAIServer({
      answer: ({ model, messages }) => {
        const text = messages.at(-1)!.content;
        prompts.push(text);
        const i = Number(/of q(\d\d)/.exec(text)![1]);
        return `Answer: ${answer(model, i, !text.includes('What is the answer'))}`;
      },
    });
    const spec = (id: string, size: number) => [`  - id: ${id}`, '    provider: openai', `    model: ${id}`, `    base_url: ${server.url}`, `    params_b: ${size}`];
    fs.writeFileSync(path.join(dir, 'models.yaml'), ['models:', ...spec('cheater', 1.5), ...spec('reader', 70), ''].join('\n'));
  });
  afterAll(async () => server?.close());

  it('flags the model right without the question with the exact p, keeps the main figures apart, and re-tests the win on the items that need the question', async () => {
    const out = path.join(dir, 'out');
    const res = await runBench(['run', '--suite', 'mc', '--out', out, '--probe', 'choices-only', '--no-progress'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const run = onlyRun(out);

    // Every item asked twice per model; the variant's prompt has the options, the notice, and not the question.
    const records = readJsonl(path.join(run, 'records.jsonl'));
    expect(records).toHaveLength(2 * N * 2);
    const co = records.filter((r) => r.variant === 'choices-only');
    expect(co).toHaveLength(2 * N);
    expect(co.find((r) => r.item_id === 'q25').choices_only).toEqual({ options: 5 });
    const withheld = prompts.filter((p) => p.includes('The question is withheld'));
    expect(withheld).toHaveLength(2 * N);
    expect(withheld.every((p) => !p.includes('What is the answer') && p.startsWith('Question: [The question is withheld') && p.includes('Reply with the letter.'))).toBe(true);

    const summary = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));
    // The main accuracy never sees the probe.
    expect(summary.rows.find((r: any) => r.model === 'cheater')).toMatchObject({ n: N, correct: N, accuracy: 1 });
    expect(summary.rows.find((r: any) => r.model === 'reader')).toMatchObject({ n: N, correct: 30 });

    const rb = summary.robustness.find((r: any) => r.suite === 'mc');
    const cheater = rb.choices_only.models.find((m: any) => m.model === 'cheater');
    const ps = Array.from({ length: N }, (_, i) => 1 / letters(i).length);
    expect(cheater).toMatchObject({ n: N, correct: 30, above_chance: true });
    expect(cheater.chance).toBeCloseTo(ps.reduce((a, b) => a + b, 0) / N, 12);
    expect(cheater.p_value).toBeGreaterThan(0);
    expect(cheater.p_value / tail(30, ps)).toBeCloseTo(1, 9);
    expect(cheater.items_right).toEqual(Array.from({ length: 30 }, (_, i) => `q${String(i).padStart(2, '0')}`));
    const reader = rb.choices_only.models.find((m: any) => m.model === 'reader');
    expect(reader).toMatchObject({ correct: 0, above_chance: false, p_value: 1, items_right: [] });

    // Items 30..39 need the question; there both models are right on all 10: the lead disappears.
    expect(rb.choices_only.items_needing_question).toBe(10);
    const need = rb.methods.find((m: any) => m.method === 'needs_question');
    expect(need.models.map((m: any) => [m.model, m.n, m.correct])).toEqual([['cheater', 10, 10], ['reader', 10, 10]]);
    const sentences: string = rb.sentences.join(' ');
    expect(sentences).toMatch(/cheater answers 75\.0% right without the question \(30 of 40 items; 22\.5% by chance, one-sided exact p<0\.001\)/);
    expect(sentences).toContain("cheater's lead over reader disappears on the 10 items that need the question");

    // Every report carries it.
    const md = fs.readFileSync(path.join(run, 'report.md'), 'utf8');
    expect(md).toContain('Choices only (10 items need the question)');
    expect(fs.readFileSync(path.join(run, 'report.html'), 'utf8')).toContain('Choices only: the question withheld');
    const csv = fs.readFileSync(path.join(run, 'results.csv'), 'utf8').trim().split('\n');
    const head = csv[0]!.split(',');
    const line = csv.map((l) => l.split(',')).find((c) => c[head.indexOf('method')] === 'choices_only' && c[1] === 'cheater')!;
    expect(Number(line[head.indexOf('accuracy')])).toBe(0.75);
    expect(Number(line[head.indexOf('p_vs_chance')])).toBeCloseTo(cheater.p_value, 15);

    // bench compare between runs ignores the probe's records.
    const cmp = await runBench(['compare', run, run], { cwd: dir });
    expect(cmp.code, cmp.stderr).toBe(0);
    expect(cmp.stdout).toMatch(/cheater.*│\s*40\s*│/);
  });
});
