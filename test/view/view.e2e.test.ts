/**
 * `bench view` end to end: the built binary serves a results folder of four runs (three complete
 * on three days, one interrupted) on 127.0.0.1, and headless Chromium reads the list, a trend
 * chart, a run's report and the compare page, with no request leaving 127.0.0.1 and no console
 * error; `--static` writes the same page as one file; Ctrl-C stops the server with exit 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeReports } from '../../src/runner/finalize.js';
import { BIN, runBench, tempDir } from '../helpers/bench.js';
import { manifest, records } from '../fixtures/nightly-runs.js';
import type { Manifest } from '../../src/store/types.js';

const CHROMIUM = '/usr/bin/chromium';
const MODELS = [
  { id: 'small', provider: 'openai', model: 'small', params_b: 1.5, tuned: 'domain', params: {} },
  { id: 'big', provider: 'openai', model: 'big', params_b: 70, tuned: 'generic', params: {} },
] as unknown as Manifest['models'];

/** A run folder written as `bench run` leaves it: manifest, records, then the reports built from them. */
async function writeRun(out: string, id: string, day: number, wrongSmall: number[], status: Manifest['status'] = 'complete'): Promise<void> {
  const dir = path.join(out, id);
  fs.mkdirSync(dir, { recursive: true });
  const started = `2026-11-${String(day).padStart(2, '0')}T02:00:00.000Z`;
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest({
    run_id: id, started_at: started, finished_at: started.replace('02:00', '02:05'), status, models: MODELS,
    suites: [{ name: 'quiz', version: '1', domain: 'test', metric: 'accuracy', hash: 'hash-quiz-1', items: 60, path: 'tasks/quiz', scorer: 'choice' }],
  })));
  const recs = [...records(60, wrongSmall, { model: 'small' }), ...records(60, [1, 2, 3], { model: 'big' })];
  fs.writeFileSync(path.join(dir, 'records.jsonl'), recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  await writeReports(dir, { margin: 2, seed: 1 });
}

function startView(args: string[]): Promise<{ child: ChildProcess; url: string; exit: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'view', ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME }, stdio: ['ignore', 'pipe', 'pipe'] });
    const exit = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    let out = '';
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) resolve({ child, url: m[0], exit });
    });
    child.on('error', reject);
    void exit.then((code) => reject(new Error(`bench view exited ${code} before serving: ${err}`)));
  });
}

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    }).on('error', reject);
  });
}

describe.skipIf(!fs.existsSync(CHROMIUM))('bench view', () => {
  let dir: string;
  let out: string;
  let view: Awaited<ReturnType<typeof startView>>;
  let browser: Browser;
  const outside: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    dir = tempDir('bench-view-');
    out = path.join(dir, 'results');
    await writeRun(out, '20261101-020000-000-aaaa', 1, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    await writeRun(out, '20261102-020000-000-bbbb', 2, [1, 2, 3, 4, 5, 6]);
    await writeRun(out, '20261103-020000-000-cccc', 3, [1, 2]);
    await writeRun(out, '20261104-020000-000-dddd', 4, [1], 'incomplete');
    view = await startView([out, '--port', '0']);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (view?.child.exitCode === null) view.child.kill('SIGKILL');
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => { if (!r.url().startsWith(view.url) && !r.url().startsWith('file://')) outside.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    const res = await page.goto(url, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    return page;
  }

  it('lists every run newest first with its status and verdict, and draws the trend of each model', async () => {
    const page = await open(view.url);
    const rows = page.locator('#runs tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-run')))).toEqual([
      '20261104-020000-000-dddd', '20261103-020000-000-cccc', '20261102-020000-000-bbbb', '20261101-020000-000-aaaa']);
    expect(await page.locator('#runs .status').allTextContents()).toEqual(['interrupted', 'complete', 'complete', 'complete']);
    expect(await rows.nth(1).locator('td.verd .tag').textContent()).toMatch(/^quiz: /);
    // One trend chart for the suite, a line per model over the three complete runs (the interrupted one is left out).
    const chart = page.locator('figure[data-chart="trend-quiz"]');
    expect(await chart.getAttribute('data-models')).toBe('2');
    expect(await chart.locator('svg').count()).toBe(1);
    expect(await chart.locator('g.mark-line.role-mark path').count()).toBe(2);
    expect(await chart.locator('g.mark-symbol.role-mark path').count()).toBe(6);
    await page.screenshot({ path: path.join(dir, 'view.png') });
    await page.close();
  });

  it("links each run to its report.html, served by the same server", async () => {
    const page = await open(view.url);
    await page.locator('#runs a', { hasText: '20261103-020000-000-cccc' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${view.url}runs/20261103-020000-000-cccc/report.html`);
    expect(await page.title()).toContain('20261103-020000-000-cccc');
    await page.close();
  });

  it('shows bench compare for the two runs chosen in the picker', async () => {
    const page = await open(view.url);
    await page.selectOption('#pick-a', '20261101-020000-000-aaaa');
    await page.selectOption('#pick-b', '20261103-020000-000-cccc');
    await Promise.all([page.waitForURL(/\/compare\?/), page.click('form.picker button')]);
    const cells = await page.locator('table.compare-rows tbody tr', { hasText: 'small' }).locator('td').allTextContents();
    expect(cells.slice(0, 6)).toEqual(['quiz', 'small', '60', '80.0%', '96.7%', '+16.7']);
    expect(cells[8]).toBe('improved');
    expect(await page.locator('details pre').textContent()).toMatch(/A = 20261101-020000-000-aaaa, B = 20261103-020000-000-cccc\n[^]*Change/);
    // At 1280 and 1440 px the table and bench compare's text (fitted to its columns) stay inside their box.
    await page.click('details summary');
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const fit = await page.evaluate(() => {
        const doc = (globalThis as any).document;
        const pre = doc.querySelector('details pre');
        const table = doc.querySelector('table.compare-rows').getBoundingClientRect();
        const box = doc.querySelector('section#compare').getBoundingClientRect();
        return { page: doc.documentElement.scrollWidth as number, pre: (pre.scrollWidth - pre.clientWidth) as number, table: (table.right - box.right) as number };
      });
      expect(fit).toEqual({ page: width, pre: 0, table: 0 });
    }
    await page.close();
  });

  it('sent no request beyond 127.0.0.1 and logged no console error', () => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('refuses paths outside the run folders, unknown runs, and a foreign Host header', async () => {
    for (const p of ['runs/..%2F..%2Fetc/passwd', 'runs/20261103-020000-000-cccc/..%2Fmanifest.json', 'runs/20261103-020000-000-cccc/records.jsonl',
      'runs/nope/report.html', '../../etc/passwd', 'runs/%2e%2e/report.html']) {
      expect((await get(view.url + p)).status, p).toBeGreaterThanOrEqual(400);
    }
    expect((await get(view.url, { host: 'attacker.example:80' })).status).toBe(403);
    expect((await get(`${view.url}compare?a=nope&b=20261103-020000-000-cccc`)).status).toBe(400);
  });

  it('--static writes one self-contained file: runs, trend, each run compared with the one before', async () => {
    const file = path.join(out, 'index.html');
    const res = await runBench(['view', out, '--static', file], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => { if (r.url() !== pathToFileURL(file).href) requests.push(r.url()); });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    expect(await page.locator('#runs tbody tr').count()).toBe(4);
    expect(await page.locator('figure[data-chart="trend-quiz"] svg').count()).toBe(1);
    expect(await page.locator('section.compare').count()).toBe(3);
    expect(await page.locator('#runs a').first().getAttribute('href')).toBe('20261104-020000-000-dddd/report.html');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('refuses a missing results folder and a port in use with exit 2 and one message', async () => {
    const missing = await runBench(['view', path.join(dir, 'nope')], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such results folder');
    const port = new URL(view.url).port;
    const busy = await runBench(['view', out, '--port', port], { cwd: dir });
    expect(busy.code).toBe(2);
    expect(busy.stderr).toContain(`--port ${port}: already in use`);
  });

  it('stops cleanly on Ctrl-C with exit code 0', async () => {
    view.child.kill('SIGINT');
    expect(await view.exit).toBe(0);
  });
});
