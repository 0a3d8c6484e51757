import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/reports/index.js';
import { renderMarkdown } from '../../src/reports/markdown.js';
import { renderCsv } from '../../src/reports/csv.js';
import { renderJson } from '../../src/reports/json.js';
import { renderHtml } from '../../src/reports/html.js';
import { warmUpCharts } from '../../src/reports/chart-warmup.js';
import { renderTerminal } from '../../src/reports/table.js';
import { escapeHtml, escapeMd, jsonForScript } from '../../src/reports/escape.js';
import { buildSummary } from '../../src/stats/summary.js';
import { fixtureContext, fixtureManifest } from './fixture-run.js';
import { model, record, suite } from '../stats/fixtures.js';

const ctx = fixtureContext();

function csvLines(text: string): string[][] {
  // results.csv has no quoted commas except errors_by_kind; parse minimal RFC 4180.
  const rows: string[][] = [];
  for (const line of text.trim().split('\n')) {
    const cells: string[] = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (q && ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') q = !q;
      else if (ch === ',' && !q) { cells.push(cur); cur = ''; } else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows;
}

describe('file reporters', () => {
  it('the registry names each file once', () => {
    expect(Object.values(reporters).map((r) => r.file).sort()).toEqual(['report.html', 'report.md', 'results.csv', 'summary.json']);
  });

  it('summary.json is the Summary, pretty-printed, with CONTRACT field names', () => {
    const text = renderJson(ctx);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(ctx.summary)));
    expect(text).toContain('\n  "rows": [');
    for (const k of ['suite', 'model', 'params_b', 'tuned', 'n', 'correct', 'accuracy', 'ci95', 'pass_at_k', 'errors', 'ttft_ms_p50', 'ttft_ms_p95',
      'latency_ms_p50', 'latency_ms_p95', 'output_tokens_per_s_p50', 'input_tokens', 'output_tokens', 'cost_usd', 'cost_per_correct_usd']) {
      expect(ctx.summary.rows[0]).toHaveProperty(k);
    }
    for (const k of ['model_a', 'model_b', 'accuracy_a', 'accuracy_b', 'diff', 'ci95', 'p_value', 'test', 'verdict']) expect(ctx.summary.comparisons[0]).toHaveProperty(k);
  });

  it('results.csv has one line per row, CONTRACT columns, ci95 split, pass@k per k, empty cells for no estimate', () => {
    const rows = csvLines(renderCsv(ctx));
    const head = rows[0]!;
    expect(head.slice(0, 10)).toEqual(['suite', 'model', 'params_b', 'tuned', 'metric', 'n', 'correct', 'accuracy', 'ci95_low', 'ci95_high']);
    expect(head).toContain('pass_at_1');
    expect(head).toContain('cost_per_correct_usd');
    expect(rows).toHaveLength(ctx.summary.rows.length + 1);
    const first = Object.fromEntries(head.map((h, i) => [h, rows[1]![i]]));
    const r0 = ctx.summary.rows[0]!;
    expect(Number(first.accuracy)).toBe(r0.accuracy);
    expect(Number(first.ci95_low)).toBe(r0.ci95![0]);
    expect(first.pass_at_1).toBe(''); // medical is not a code suite
    expect(JSON.parse(first.errors_by_kind!)).toEqual(r0.errors_by_kind);
  });

  it('report.md has the verdicts, a table per suite and the pairwise table', () => {
    const md = renderMarkdown(ctx);
    expect(md).toMatch(/^# bench report — `2026-01-05T10-00-00Z-abc123`/);
    expect(md).toContain('## Verdicts');
    for (const v of ctx.summary.verdicts) expect(md).toContain(escapeMd(v.sentence));
    for (const s of ['medical', 'legal', 'code']) {
      expect(md).toContain(`## ${s}`);
      expect(md).toContain(`### Pairwise comparisons (${s})`);
    }
    expect(md).toMatch(/\| med-1\.5b \| 1\.5B \| domain \| \d+ \| [\d.]+% \|/);
    expect(md).toContain('| pass@k |'); // only the code suite's table has it
  });

  it('report.md warns when the run did not finish, and escapes table-breaking ids', () => {
    const s = buildSummary({ run_id: 'r', complete: false, suites: [suite('s')], models: [model('a|b<x>', 1, 'domain')], records: [record({ suite: 's', item_id: '1', model: 'a|b<x>' })] });
    const md = renderMarkdown({ summary: s, manifest: fixtureManifest(), disagreements: [] });
    expect(md).toContain('**This run did not finish:**');
    expect(md).toContain('a\\|b&lt;x&gt;');
    expect(md).not.toContain('a|b<x>');
  });

  it('the terminal table shows each suite with its verdict sentence under it', () => {
    const out = renderTerminal(ctx.summary);
    for (const v of ctx.summary.verdicts) expect(out).toContain(v.sentence);
    expect(out).toMatch(/Accuracy ± 95% CI/);
    expect(out).toMatch(/med-1\.5b .*1\.5B .*\d+\.\d% \(\d+\.\d–\d+\.\d%\)/);
  });
});

describe('report.html (static checks; the browser test renders it)', () => {
  it('is one self-contained file: no external URL to load, a CSP that allows no network', async () => {
    const html = await renderHtml(ctx);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(http/i);
    expect((html.match(/<svg/g) ?? []).length).toBe(7); // 3 suites × 2 charts + 1 trend
  });
  it('escapes hostile outputs and ids everywhere', async () => {
    const records = [record({ suite: 's', item_id: 'i"1', model: 'x<img src=y>', correct: true, output: '</script><script>alert(1)</script>' }),
      record({ suite: 's', item_id: 'i"1', model: 'y', correct: false, output: 'ok' })];
    const models = [model('x<img src=y>', 1, 'domain'), model('y', 2, 'generic')];
    const summary = buildSummary({ run_id: 'run<b>', complete: true, suites: [suite('s')], models, records });
    const html = await renderHtml({ summary, manifest: { ...fixtureManifest(), models }, disagreements: [{ suite: 's', item_id: 'i"1', prompt: '<b>p</b>', gold: '<g>', answers: { 'x<img src=y>': { output: '</script><script>alert(1)</script>', extracted: null, correct: true, reason: null }, y: { output: 'ok', extracted: null, correct: false, reason: 'wrong' } } }] });
    expect(html).not.toContain('<img src=y>');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>p</b>');
    expect(html.match(/<script/g)).toHaveLength(2); // the JSON block and the report's own script
    expect(html).toContain('run&lt;b&gt;');
  });
  it('escape helpers', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(jsonForScript({ a: '</script><!--\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u2028"}');
    expect(JSON.parse(jsonForScript({ a: '</script>&' }))).toEqual({ a: '</script>&' });
  });
});

describe('report.html is a pure function of its context', () => {
  it("is the same page after the report thread's throwaway warm-up charts (reports/chart-warmup)", async () => {
    const before = await renderHtml(ctx);
    await warmUpCharts();
    expect(await renderHtml(ctx)).toBe(before);
  });

  it('renders byte-identical output twice', async () => {
    expect(await renderHtml(ctx)).toBe(await renderHtml(ctx));
  });
});

describe('reports on thin runs', () => {
  it('render an empty run, a single model, and models without a price without throwing', async () => {
    const empty = buildSummary({ run_id: 'e', complete: false, suites: [suite('s')], models: [model('m', 1, 'domain')], records: [] });
    const one = buildSummary({ run_id: 'o', complete: true, suites: [suite('s')], models: [model('m', 1, 'domain')], records: [record({ suite: 's', item_id: '1', model: 'm' })] });
    const unpriced = buildSummary({ run_id: 'u', complete: true, suites: [suite('s')], models: [model('m', 1, 'domain'), model('n', 9, 'generic')],
      records: [record({ suite: 's', item_id: '1', model: 'm', cost_usd: null }), record({ suite: 's', item_id: '1', model: 'n', cost_usd: null, correct: false })] });
    for (const summary of [empty, one, unpriced]) {
      const c = { summary, manifest: fixtureManifest(), disagreements: [] };
      for (const r of Object.values(reporters)) expect(typeof (await r.render(c))).toBe('string');
      expect(renderTerminal(summary)).toContain('s');
    }
    const html = await renderHtml({ summary: unpriced, manifest: fixtureManifest(), disagreements: [] });
    expect(html).toContain('nothing to plot (no cost)');
    expect(empty.verdicts[0]!.sentence).toBe('s: no model has a scored answer yet.');
    expect(one.verdicts[0]!.sentence).toMatch(/^s: m \(1B, domain\) scored 100\.0% \(95% CI 5\.5–100\.0%\) on 1 item; no other model/);
  });
});

