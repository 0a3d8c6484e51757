/**
 * Nightly regression runs end to end: the built `bench` binary against one loopback OpenAI
 * server whose model is scripted night by night (which seeded subset of 200 items it gets
 * wrong, how slowly it answers), the results folder kept between nights as a CI cache would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, readJsonl, runBench, tempDir, writeChoiceSuite, type BenchResult } from '../helpers/bench.js';

const N = 200;
const CHROMIUM = '/usr/bin/chromium';

/** `count` distinct item indexes drawn with a seeded LCG: the items the model gets wrong tonight. */
function wrongSet(seed: number, count: number): Set<number> {
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const idx = Array.from({ length: N }, (_, i) => i + 1);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return new Set(idx.slice(0, count));
}

describe('nightly regression runs against a baseline', () => {
  let dir: string;
  let out: string;
  let answers: Record<string, string>;
  let server: Awaited<ReturnType<typeof startOpenAIServer>>;
  /** Tonight's script: the items answered wrong and the server's handling delay. */
  const tonight = { wrong: new Set<number>(), delayMs: 50 };
  const runs: Record<string, string> = {};

  const night = async (name: string, extra: string[]): Promise<BenchResult> => {
    const before = new Set(fs.existsSync(out) ? fs.readdirSync(out) : []);
    const res = await runBench(['run', '--suite', 'quiz', '--out', out, '--no-cache', '--no-progress', '--concurrency', '16', ...extra], { cwd: dir, env: { TEST_KEY: 'sk-test-nightly-0123456789' } });
    expect(res.stderr).not.toContain('internal error');
    const added = fs.readdirSync(out).filter((d) => !before.has(d) && !d.startsWith('.') && !d.endsWith('.duckdb') && !d.endsWith('.wal'));
    expect(added, res.stderr).toHaveLength(1);
    runs[name] = path.join(out, added[0]!);
    return res;
  };

  beforeAll(async () => {
    dir = tempDir('bench-nightly-');
    out = path.join(dir, 'results');
    ({ answers } = writeChoiceSuite(dir, 'quiz', N));
    server = await startOpenAIServer({
      answer: ({ messages }) => {
        const id = itemIdOf(messages)!;
        const gold = answers[id]!;
        return tonight.wrong.has(Number(id.slice(-3))) ? `Answer: ${gold === 'A' ? 'B' : 'A'}` : `Answer: ${gold}`;
      },
      faults: () => ({ kind: 'no-headers', ms: tonight.delayMs }),
    });
    fs.writeFileSync(path.join(dir, 'models.yaml'), [
      'models:', '  - id: served', '    provider: openai', '    model: served-model', `    base_url: ${server.url}`,
      '    api_key_env: TEST_KEY', '    params_b: 7', '    price: { input_per_mtok: 1.0, output_per_mtok: 2.0 }', '',
    ].join('\n'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('night 1: no baseline yet is said plainly, exits 0 and marks every JUnit case skipped', async () => {
    tonight.wrong = wrongSet(1, 30); // 85%
    const res = await night('n1', ['--baseline', 'latest']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/no baseline yet: no earlier complete run that passed its own check in .* with suites quiz and models served/);
    const junit = fs.readFileSync(path.join(runs.n1!, 'junit.xml'), 'utf8');
    expect(junit).toContain('<skipped message="no baseline yet');
    expect(JSON.parse(fs.readFileSync(path.join(runs.n1!, 'regressions.json'), 'utf8'))).toMatchObject({ baseline_run_id: null, regression: false });
  });

  it('night 2: the same true accuracy with different noise is no regression (exit 0)', async () => {
    tonight.wrong = wrongSet(2, 30); // 85%, another 30 items wrong
    const res = await night('n2', ['--baseline', 'latest']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain(`no regression against baseline ${path.basename(runs.n1!)}`);
    const report = JSON.parse(fs.readFileSync(path.join(runs.n2!, 'regressions.json'), 'utf8'));
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ suite: 'quiz', model: 'served', status: 'ok', n_shared: N, accuracy_baseline: 0.85, accuracy_current: 0.85 });
    expect(fs.readFileSync(path.join(runs.n2!, 'junit.xml'), 'utf8')).not.toContain('<failure');
  });

  it('night 3: a drop from 85% to 70% on 200 items exits 1 naming the row and why', async () => {
    tonight.wrong = wrongSet(3, 60); // 70%
    const res = await night('n3', ['--baseline', 'latest']);
    expect(res.code, res.stdout + res.stderr).toBe(1);
    expect(res.stderr).toContain(`REGRESSION against baseline ${path.basename(runs.n2!)}: quiz × served`);
    expect(res.stdout).toMatch(/85\.0% → 70\.0%/);
    expect(res.stdout).toMatch(/REGRESSION quiz × served: accuracy dropped 15\.0 points, statistically real/);
    const row = JSON.parse(fs.readFileSync(path.join(runs.n3!, 'regressions.json'), 'utf8')).rows[0];
    expect(row.status).toBe('regression');
    expect(row.reasons).toEqual([expect.stringMatching(/^accuracy dropped 15\.0 points, statistically real \(exact McNemar, p[<=][\d.]+ Holm-adjusted over 1 row\(s\) < 0\.05\)$/)]);
    expect(row.p_adjusted).toBeLessThan(0.05);
    const junit = fs.readFileSync(path.join(runs.n3!, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testcase classname="bench\.quiz" name="quiz × served" time="0">\s*<failure message="accuracy dropped 15\.0 points/);
    expect(junit).toContain('failures="1"');
  });

  it('the night after a regression still fails: a regressed run is never the next baseline', async () => {
    tonight.wrong = wrongSet(4, 60); // still 70%
    const res = await night('n3b', ['--baseline', 'latest']);
    expect(res.code, res.stdout + res.stderr).toBe(1);
    expect(res.stderr).toContain(`passed over 1 newer run(s) that failed their own regression check (${path.basename(runs.n3!)})`);
    expect(JSON.parse(fs.readFileSync(path.join(runs.n3b!, 'regressions.json'), 'utf8')).baseline_run_id).toBe(path.basename(runs.n2!));
  });

  it('a sixfold latency with unchanged answers fails only when --max-latency-increase is set', async () => {
    tonight.wrong = wrongSet(2, 30); // exactly night 2's answers
    // Six times the baseline's 50 ms (not twice): under CPU load the baseline's own p50 grows by
    // tens of ms, and a doubling then fell under the +30% threshold (exit 0 where 1 was expected).
    tonight.delayMs = 300;
    const quiet = await night('n4a', ['--baseline', runs.n2!]);
    expect(quiet.code, quiet.stdout + quiet.stderr).toBe(0);
    expect(quiet.stdout).toContain('no regression');
    const step = path.join(dir, 'step-summary.md');
    const loud = await runBenchStep(['--baseline', runs.n2!, '--max-latency-increase', '30'], step);
    expect(loud.code, loud.stdout + loud.stderr).toBe(1);
    expect(loud.stdout).toContain('REGRESSION');
    const row = JSON.parse(fs.readFileSync(path.join(runs.n4b!, 'regressions.json'), 'utf8')).rows[0];
    expect(row).toMatchObject({ status: 'regression', change: 0 });
    expect(row.reasons[0]).toMatch(/^p50 latency \+\d+% \(\d+ → \d+ ms\), more than the allowed \+30% \(max_latency_increase\)$/);
    const md = fs.readFileSync(step, 'utf8');
    expect(md).toContain('## Regression check against');
    expect(md).toContain('**REGRESSION against baseline');
    tonight.delayMs = 50;
  });

  /** A night run with GITHUB_STEP_SUMMARY set. */
  async function runBenchStep(extra: string[], step: string): Promise<BenchResult> {
    const before = new Set(fs.readdirSync(out));
    const res = await runBench(['run', '--suite', 'quiz', '--out', out, '--no-cache', '--no-progress', '--concurrency', '16', ...extra],
      { cwd: dir, env: { TEST_KEY: 'sk-test-nightly-0123456789', GITHUB_STEP_SUMMARY: step } });
    const added = fs.readdirSync(out).filter((d) => !before.has(d) && !d.startsWith('.') && !d.includes('.duckdb'));
    runs.n4b = path.join(out, added[0]!);
    return res;
  }

  it('a changed suite file is reported as changed, compared on the unchanged items only', async () => {
    const file = path.join(dir, 'tasks/quiz/items.jsonl');
    const items = readJsonl(file);
    for (const i of [4, 9, 14]) items[i].question = `${items[i].question} (reworded)`;
    fs.writeFileSync(file, items.map((x) => JSON.stringify(x)).join('\n') + '\n');
    const res = await night('n5', ['--baseline', 'latest']);
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toContain('suite changed: 3 item(s) differ, compared on 197 shared');
    const row = JSON.parse(fs.readFileSync(path.join(runs.n5!, 'regressions.json'), 'utf8')).rows[0];
    expect(row).toMatchObject({ suite_changed: true, items_differ: 3, n_shared: 197, model_changed: false });
    // latest = the newest run that passed its own check: n4a, not the latency-regressed n4b
    expect(JSON.parse(fs.readFileSync(path.join(runs.n5!, 'regressions.json'), 'utf8')).baseline_run_id).toBe(path.basename(runs.n4a!));
  });

  it('bench history shows every night in order, and --rebuild recreates the same store from the run folders', async () => {
    const res = await runBench(['history', '--out', out], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('quiz × served (7 run(s))');
    const order = ['n1', 'n2', 'n3', 'n3b', 'n4a', 'n4b', 'n5'].map((k) => res.stdout.indexOf(path.basename(runs[k]!)));
    expect(order.every((p) => p > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(res.stdout).toMatch(/70\.0%.*−15\.0/);
    const lastLine = res.stdout.split('\n').find((l) => l.includes(path.basename(runs.n5!)))!;
    expect(lastLine).toContain('suite');

    // The store is hidden like .cache: every visible entry of the results folder is a run folder.
    expect(fs.readdirSync(out).filter((d) => !d.startsWith('.')).every((d) => fs.existsSync(path.join(out, d, 'manifest.json')))).toBe(true);
    fs.rmSync(path.join(out, '.history.duckdb'));
    const rebuilt = await runBench(['history', '--out', out, '--rebuild', '--model', 'served'], { cwd: dir });
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toContain('7 row(s) from 7 complete run(s)');
    expect(rebuilt.stdout.slice(rebuilt.stdout.indexOf('quiz ×'))).toBe(res.stdout.slice(res.stdout.indexOf('quiz ×')));
    const missing = await runBench(['history', '--out', path.join(dir, 'no-such-results'), '--rebuild'], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('no such results folder')]);
  });

  it.skipIf(!fs.existsSync(CHROMIUM))(`report.html draws the trend across nights and junit.xml parses as XML (headless ${CHROMIUM})`, async () => {
    const { chromium } = await import('playwright-core');
    const ctx = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM, headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await ctx.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(String(e)));
      await page.goto(pathToFileURL(path.join(runs.n5!, 'report.html')).href, { waitUntil: 'load' });
      const trend = page.locator('figure[data-chart="trend"] svg');
      expect(await trend.count()).toBe(1);
      const box = await trend.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      // One line point per night (Vega-Lite `line` with `point: true` draws symbols).
      expect(await page.$$eval('figure[data-chart="trend"] svg g.mark-symbol.role-mark path', (p) => p.length)).toBe(7);
      expect(problems).toEqual([]);
      const junit = fs.readFileSync(path.join(runs.n3!, 'junit.xml'), 'utf8');
      const parsed = await page.evaluate((xml) => {
        const doc = new (globalThis as unknown as { DOMParser: new () => { parseFromString(s: string, t: string): { getElementsByTagName(n: string): { length: number } } } }).DOMParser().parseFromString(xml, 'application/xml');
        return { error: doc.getElementsByTagName('parsererror').length, cases: doc.getElementsByTagName('testcase').length, failures: doc.getElementsByTagName('failure').length };
      }, junit);
      expect(parsed).toEqual({ error: 0, cases: 1, failures: 1 });
    } finally {
      await ctx.close();
    }
  });
});
