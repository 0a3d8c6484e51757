/**
 * End to end: item selection on `bench run` (--item, --filter, --sample/--seed, --failed-from)
 * through the built binary against a loopback OpenAI server, and `bench compare` of a subset run
 * with the full run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';
import { sampleItems } from '../../src/runner/select.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;

describe('bench run item selection', () => {
  let dir: string;
  let server: Fake;
  let full: string;

  beforeAll(async () => {
    dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 12);
    // "good" answers all right; "half" gets the odd-numbered items wrong.
    server = await startOpenAIServer({
      answer: ({ model, messages }) => {
        const id = itemIdOf(messages)!;
        const gold = answers[id]!;
        return model === 'half' && Number(id.slice(-3)) % 2 === 1 ? `Answer: ${gold === 'A' ? 'B' : 'A'}` : `Answer: ${gold}`;
      },
    });
    fs.writeFileSync(
      path.join(dir, 'models.yaml'),
      ['models:', ...['good', 'half'].flatMap((m) => [`  - id: ${m}`, '    provider: openai', `    model: ${m}`, `    base_url: ${server.url}`])].join('\n') + '\n',
    );
    const res = await runBench(['run', '--suite', 'quiz', '--out', path.join(dir, 'full'), '--no-progress', '--no-cache'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    full = onlyRun(path.join(dir, 'full'));
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Runs bench with the flags into its own folder; returns the run folder and the item ids the server was asked. */
  async function selected(name: string, flags: string[]): Promise<{ run: string; asked: string[] }> {
    const sent = server.requests.length;
    const res = await runBench(['run', '--suite', 'quiz', '--out', path.join(dir, name), '--no-progress', '--no-cache', ...flags], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const asked = [...new Set(server.requests.slice(sent).map((r: any) => itemIdOf(r.body.messages)!))].sort();
    return { run: onlyRun(path.join(dir, name)), asked };
  }
  const manifestOf = (run: string) => JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8'));

  it('runs only the --item ids, records the selection, and compare pairs only the items both runs have', async () => {
    const { run, asked } = await selected('items', ['--item', 'quiz-002', '--item', 'quiz-005']);
    expect(asked).toEqual(['quiz-002', 'quiz-005']);
    expect(readJsonl(path.join(run, 'records.jsonl'))).toHaveLength(4);
    const m = manifestOf(run);
    expect(m.selection).toMatchObject({ items: ['quiz-002', 'quiz-005'], selected: { quiz: 2 } });
    expect(m.suites[0].items).toBe(2);

    const cmp = await runBench(['compare', full, run], { cwd: dir });
    expect(cmp.code, cmp.stderr).toBe(0);
    expect(cmp.stdout).toContain('quiz × good: left out 10 only in run A');
    expect(cmp.stdout).toMatch(/\b2\b/);
  }, 90_000);

  it('intersects --filter with a seeded --sample, the same items as the sampler gives', async () => {
    const { run, asked } = await selected('sample', ['--filter', '^quiz-00[1-8]$', '--sample', '3', '--seed', '5']);
    const pool = Array.from({ length: 8 }, (_, i) => ({ id: `quiz-00${i + 1}` })) as never[];
    expect(asked).toEqual(sampleItems(pool, 3, 5).map((i: { id: string }) => i.id).sort());
    expect(manifestOf(run).selection).toMatchObject({ filter: '^quiz-00[1-8]$', sample: { n: 3, seed: 5 }, selected: { quiz: 3 } });
  }, 90_000);

  it('runs only the items some model got wrong in --failed-from (the odd ones)', async () => {
    const { run, asked } = await selected('failed', ['--failed-from', full]);
    expect(asked).toEqual(['quiz-001', 'quiz-003', 'quiz-005', 'quiz-007', 'quiz-009', 'quiz-011']);
    expect(manifestOf(run).selection.failed_from).toMatchObject({ run_id: path.basename(full), items: 6 });
  }, 90_000);

  it('refuses a bad --filter and an unknown --item with exit 2, naming the flag and the nearest id', async () => {
    const bad = await runBench(['run', '--suite', 'quiz', '--filter', '(quiz', '--out', path.join(dir, 'bad')], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--filter: "(quiz" is not a valid regular expression');
    const typo = await runBench(['run', '--suite', 'quiz', '--item', 'quiz-O12', '--out', path.join(dir, 'bad')], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "quiz-012"');
    expect(fs.existsSync(path.join(dir, 'bad'))).toBe(false);
  }, 90_000);

  it('a subset run joins the history with its selection, and is not the next whole run\'s --baseline latest', async () => {
    const out = path.join(dir, 'full');
    const quick = await runBench(['run', '--suite', 'quiz', '--out', out, '--no-progress', '--no-cache', '--sample', '4', '--seed', '1'], { cwd: dir });
    expect(quick.code, quick.stderr).toBe(0);
    const next = await runBench(['run', '--suite', 'quiz', '--out', out, '--no-progress', '--no-cache', '--baseline', 'latest'], { cwd: dir });
    expect(next.code, next.stderr).toBe(0);
    const latest = fs.readdirSync(out).filter((d) => !d.startsWith('.')).sort().at(-1)!;
    const report = JSON.parse(fs.readFileSync(path.join(out, latest, 'regressions.json'), 'utf8'));
    expect(report.baseline_run_id).toBe(path.basename(full));
    const hist = await runBench(['history', '--out', out, '--model', 'good', '--json'], { cwd: dir });
    expect(hist.code, hist.stderr).toBe(0);
    expect(JSON.parse(hist.stdout).rows.map((r: any) => r.selection)).toEqual([null, '--sample 4 --seed 1', null]);
  }, 90_000);
});
