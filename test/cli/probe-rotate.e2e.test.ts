/**
 * End to end: `bench run --probe rotate` through the built binary against a loopback OpenAI server
 * with two scripted models — one that always answers "A", one that reads the options and knows
 * 60% of the answers — on a suite whose gold answer is "A" for 90% of the items as written, so the
 * always-A model wins significantly as written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { onlyRun, readJsonl, runBench, tempDir } from '../helpers/bench.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;
const TEXTS = ['alpha', 'bravo', 'charlie', 'delta'];
const N = 40;

function writeSuite(dir: string): void {
  const folder = path.join(dir, 'tasks', 'quiz');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'suite.yaml'), [
    'name: quiz', 'domain: test', 'description: gold mostly at A', 'version: "1"', 'scorer: { type: choice }',
    'template: "Question {{id}}: which is {{target}}?\\n\\n{{choices}}"', '',
  ].join('\n'));
  const lines: string[] = [];
  for (let i = 1; i <= N; i++) {
    const gold = i % 10 === 0 ? 1 : 0; // items 10, 20, 30, 40: gold at B; the rest at A
    const order = [...TEXTS.slice(0, 0), ...TEXTS];
    // The gold text sits at `gold`; the others fill the remaining letters in order.
    const target = TEXTS[i % 4]!;
    const rest = order.filter((t) => t !== target);
    rest.splice(gold, 0, target);
    const choices = Object.fromEntries(rest.map((t, p) => ['ABCD'[p]!, t]));
    lines.push(JSON.stringify({ id: `q${String(i).padStart(3, '0')}`, target, choices, answer: 'ABCD'[gold] }));
  }
  fs.writeFileSync(path.join(folder, 'items.jsonl'), lines.join('\n') + '\n');
}

/** "always-a" answers A; "knower" finds the option whose text is asked, except on items ≡ 1 or 2 mod 5, where it picks the first other text. */
function answer({ model, messages }: { model: string; messages: Array<{ role: string; content: string }> }): string {
  if (model === 'always-a') return 'Answer: A';
  const text = messages[messages.length - 1]!.content;
  const id = Number(/Question q(\d+)/.exec(text)![1]);
  const target = /which is (\w+)\?/.exec(text)![1]!;
  const options = [...text.matchAll(/^([A-D])\. (\w+)$/gm)].map((m) => ({ letter: m[1]!, text: m[2]! }));
  const wrongText = TEXTS.find((t) => t !== target)!;
  const want = id % 5 === 1 || id % 5 === 2 ? wrongText : target;
  return `Answer: ${options.find((o) => o.text === want)!.letter}`;
}

describe('bench run --probe rotate', () => {
  let dir: string;
  let server: Fake;
  let runDir: string;
  let result: Awaited<ReturnType<typeof runBench>>;

  beforeAll(async () => {
    dir = tempDir();
    writeSuite(dir);
    server = await startOpenAIServer({ answer });
    fs.writeFileSync(path.join(dir, 'models.yaml'), [
      'models:',
      '  - { id: always-a, provider: openai, model: always-a, base_url: "' + server.url + '", params_b: 70, tuned: generic }',
      '  - { id: knower, provider: openai, model: knower, base_url: "' + server.url + '", params_b: 1.5, tuned: domain }',
      '',
    ].join('\n'));
    result = await runBench(['run', '--suite', 'quiz', '--probe', 'rotate', '--out', 'out', '--no-progress'], { cwd: dir });
    runDir = onlyRun(path.join(dir, 'out'));
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it('asks every item under each rotation and records the variant with the original item id', () => {
    expect(result.code, result.stderr).toBe(0);
    const records = readJsonl(path.join(runDir, 'records.jsonl'));
    expect(records).toHaveLength(2 * N * 4);
    const q1 = records.filter((r) => r.model === 'knower' && r.item_id === 'q001');
    expect(q1.map((r) => r.variant ?? null).sort()).toEqual([null, 'rot1', 'rot2', 'rot3'].sort());
    // Rotation 1 puts the option that was at B first: the gold letter moves from A to D.
    const rot1 = q1.find((r) => r.variant === 'rot1');
    expect(rot1.gold).toBe('D');
    expect(rot1.rotation).toMatchObject({ index: 1, of: 4, options: 4, gold_position: 3 });
    expect(new Set(records.map((r) => r.prompt_hash)).size).toBe(N * 4);
  });

  it('keeps the variants out of the main accuracy', () => {
    const summary = JSON.parse(fs.readFileSync(path.join(runDir, 'summary.json'), 'utf8'));
    const row = (m: string) => summary.rows.find((r: any) => r.model === m);
    expect(row('always-a')).toMatchObject({ n: N, correct: 36, accuracy: 0.9 });
    expect(row('knower')).toMatchObject({ n: N, correct: 24, accuracy: 0.6 });
    // always-a right and knower wrong on 16 items, the reverse on 4: significant as written.
    expect(summary.comparisons[0]).toMatchObject({ model_a: 'always-a', model_b: 'knower', verdict: 'a_better' });
  });

  it('shows a strong position bias, circular accuracy zero and calls the always-A win an artifact', () => {
    const summary = JSON.parse(fs.readFileSync(path.join(runDir, 'summary.json'), 'utf8'));
    const rb = summary.robustness.find((r: any) => r.suite === 'quiz');
    const rot = (m: string) => rb.rotation.find((r: any) => r.model === m);
    expect(rot('always-a')).toMatchObject({ n: N, circular_correct: 0, circular_accuracy: 0, consistency: 0, top_position: 0, top_share: 1 });
    expect(rot('always-a').position_p).toBeLessThan(1e-6);
    // Gold positions are balanced by rotation: a quarter of the answered records at each.
    expect(rot('always-a').by_position.map((p: any) => p.gold_share)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(rot('always-a').by_position.map((p: any) => p.accuracy)).toEqual([1, 0, 0, 0]);
    expect(rot('knower')).toMatchObject({ n: N, circular_correct: 24, circular_accuracy: 0.6, consistency: 1 });
    expect(rot('knower').position_p).toBeGreaterThan(0.05);
    const circular = rb.methods.find((m: any) => m.method === 'circular');
    expect(circular.winner).toBe('knower');
    expect(circular.pairs[0]).toMatchObject({ model_a: 'always-a', model_b: 'knower', n: N, diff: -0.6, verdict: 'b_better' });
    expect(rb.sentences[0]).toMatch(/^quiz: always-a's win is an artifact of answer position/);
    expect(rb.sentences[0]).toContain('right under every rotation on 0.0% of items against 90.0% as written');
    // The terminal carries the headline under the verdict.
    expect(result.stdout).toContain("Is the win real? always-a's win is an artifact of answer position");
  });

  it('puts the section in report.md, report.html and results.csv', () => {
    const md = fs.readFileSync(path.join(runDir, 'report.md'), 'utf8');
    expect(md).toContain('### Is the win real? (quiz)');
    expect(md).toContain("always-a's win is an artifact of answer position");
    const html = fs.readFileSync(path.join(runDir, 'report.html'), 'utf8');
    expect(html).toContain('id="robustness-quiz"');
    expect(html).toContain('data-chart="robustness"');
    const csv = fs.readFileSync(path.join(runDir, 'results.csv'), 'utf8').trim().split('\n');
    expect(csv[0]!.split(',').at(-1)).toBe('method');
    expect(csv.filter((l) => l.endsWith(',circular'))).toHaveLength(2);
  });

  it('resumes with every variant already recorded, and refuses a resume with other probes', async () => {
    const before = server.requests.length;
    const again = await runBench(['run', '--suite', 'quiz', '--probe', 'rotate', '--resume', runDir, '--no-progress'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout + again.stderr).toContain(`${2 * N * 4} of ${2 * N * 4} already recorded`);
    expect(server.requests.length).toBe(before);
    const other = await runBench(['run', '--suite', 'quiz', '--probe', 'rotate=2', '--resume', runDir, '--no-progress'], { cwd: dir });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('probes: rotate → rotate=2');
  }, 60_000);

  it('serves the rerun from the cache, variants included', async () => {
    const before = server.requests.length;
    const again = await runBench(['run', '--suite', 'quiz', '--probe', 'rotate', '--out', 'out', '--no-progress'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(server.requests.length).toBe(before);
  }, 60_000);
});
