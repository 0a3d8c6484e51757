/**
 * End to end: a rerun served from the response cache reads every cached reply again and records
 * the same results as the run that asked for them (only the cache markers and timings differ).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, readJsonl, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;

/** Fields a cached record may have of its own: the cache markers, timings and when it was written. */
const OWN = new Set(['cached', 'attempts', 'ttft_ms', 'latency_ms', 'decode_ms', 'finished_at']);
const results = (run: string): Array<Record<string, unknown>> =>
  readJsonl(path.join(run, 'records.jsonl'))
    .map((r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => !OWN.has(k))))
    .sort((a, b) => String(a.item_id).localeCompare(String(b.item_id)) || Number(a.sample) - Number(b.sample));

describe('bench run from a warm cache', () => {
  let dir: string;
  let server: Fake;

  beforeAll(async () => {
    dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 24);
    // Replies of every shape the readers clean up: plain, markdown, a think block, template debris, typographic quotes, none.
    const shapes = [
      (g: string) => `Answer: ${g}`, (g: string) => `**${g}**`, (g: string) => `<think>maybe A</think>\nThe answer is ${g}.`,
      (g: string) => `${g}<|im_end|>`, (g: string) => `I\u2019d say \u201C${g}\u201D`, () => 'I cannot answer that.',
      (g: string) => `# Final\n> ${g === 'A' ? 'B' : 'A'}`, (g: string) => `${g.toLowerCase()}`,
    ];
    server = await startOpenAIServer({
      answer: ({ messages }) => {
        const id = itemIdOf(messages)!;
        return shapes[Number(id.slice(-3)) % shapes.length]!(answers[id]!);
      },
    });
    fs.writeFileSync(path.join(dir, 'models.yaml'), ['models:', '  - id: m', '    provider: openai', '    model: m', `    base_url: ${server.url}`, '    params_b: 7', '    tuned: generic', '    price: { input_per_mtok: 1.0, output_per_mtok: 2.0 }', ''].join('\n'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('records the same results as the cold run, sends nothing, and reports the same figures', async () => {
    const out = path.join(dir, 'out');
    const args = ['run', '--suite', 'quiz', '--out', out, '--samples', '2'];
    const cold = await runBench(args, { cwd: dir });
    expect(cold.code, cold.stderr).toBe(0);
    const sent = server.requests.length;
    const warm = await runBench(args, { cwd: dir });
    expect(warm.code, warm.stderr).toBe(0);
    expect(server.requests.length).toBe(sent);
    const [first, second] = fs.readdirSync(out).filter((d) => !d.startsWith('.')).sort().map((d) => path.join(out, d));
    const warmRecords = readJsonl(path.join(second!, 'records.jsonl'));
    expect(warmRecords).toHaveLength(48);
    expect(warmRecords.every((r) => r.cached === true && r.attempts === 0)).toBe(true);
    expect(results(second!)).toEqual(results(first!));
    expect(new Set(results(first!).map((r) => r.extracted_by)).size).toBeGreaterThan(2);
    const rows = (run: string) => (JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8')) as { rows: Array<Record<string, unknown>> }).rows
      .map(({ accuracy, ci95, correct, n, cost_usd, no_answer }) => ({ accuracy, ci95, correct, n, cost_usd, no_answer }));
    expect(rows(second!)).toEqual(rows(first!));
  });
});
