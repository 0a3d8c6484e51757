import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { renderHtml } from '../../src/reports/html.js';
import { fixtureContext, MODELS } from './fixture-run.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe.skipIf(!existsSync(CHROMIUM))(`report.html in headless Chromium (${CHROMIUM}; skipped when it is not installed)`, () => {
  let browser: BrowserContext;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bench-html-'));
    file = path.join(dir, 'report.html');
    writeFileSync(file, await renderHtml(fixtureContext()));
    // A fresh profile directory per run (launchPersistentContext passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens from file:// with zero network requests, renders one point per model, logs no errors', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => { if (r.url() !== pathToFileURL(file).href) requests.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // 3 suites × 2 scatter charts + 1 trend chart, each a real SVG.
    const charts = page.locator('figure[data-chart] svg');
    expect(await charts.count()).toBe(7);
    const points = await page.$$eval('figure[data-chart^="Accuracy"] svg', (svgs) =>
      svgs.map((s) => s.querySelectorAll('g.mark-symbol.role-mark path').length));
    expect(points).toEqual(Array(6).fill(MODELS.length));

    // Sorting: click "Accuracy" twice → descending by accuracy.
    const table = page.locator('#suite-medical table').first();
    await table.locator('th', { hasText: /^Accuracy$/ }).click();
    await table.locator('th', { hasText: /^Accuracy$/ }).click();
    const accs = await table.locator('tbody tr td:nth-child(5)').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-v'))));
    expect(accs).toEqual([...accs].sort((a, b) => b - a));

    // Drill-down: choose llama-8b vs gpt-4o on medical; outputs appear as text, never as markup.
    await page.selectOption('#dd-suite', 'medical');
    await page.selectOption('#dd-a', 'llama-8b');
    await page.selectOption('#dd-b', 'gpt-4o');
    const heads = await page.locator('#dd-out h3').allTextContents();
    expect(heads[0]).toMatch(/^llama-8b right, gpt-4o wrong \(\d+\)$/);
    expect(heads[1]).toMatch(/^gpt-4o right, llama-8b wrong \(\d+\)$/);
    // The hostile output of llama-8b on medical-003 is shown as text and runs nothing.
    expect(await page.locator('#dd-out pre', { hasText: '<script>window.__pwned = 1</script>' }).count()).toBe(1);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#dd-out img').count()).toBe(0);
    await page.locator('#dd-out details').first().evaluate((d) => ((d as unknown as { open: boolean }).open = true));
    await page.locator('#dd-out details').first().screenshot({ path: path.join(ROOT, 'test-artifacts/report-drilldown.png') });
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));

    mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-artifacts/report.png'), fullPage: false });
    await page.screenshot({ path: path.join(ROOT, 'test-artifacts/report-full.png'), fullPage: true });
    expect(requests).toEqual([]);
    await page.close();
  });
});
