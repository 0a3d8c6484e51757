/**
 * @module view/page — the pages of `bench view`: the runs of a results folder (date, suites,
 * models, verdicts, status, a link to each report), the accuracy trend of each (suite, model) as
 * charts rendered to SVG in Node (reports/charts, as report.html), and a compare picker whose
 * result is `bench compare` (reports/compare). Pages carry no script and load nothing: every
 * chart is inline SVG, the picker is a plain form (served) or links to pre-rendered sections
 * (static), and a Content-Security-Policy forbids any request elsewhere.
 */
import { escapeHtml as h } from '../reports/escape.js';
import { CSS } from '../reports/html-assets.js';
import { renderSvg, trendSpec } from '../reports/charts.js';
import { verdictTag } from '../reports/html.js';
import type { RunComparisonRow } from '../reports/compare.js';
import { fmtCI, fmtP, fmtPct, fmtPoints } from '../stats/format.js';
import type { ViewRun } from './runs.js';
import { trendPoints } from './runs.js';

const VIEW_CSS = `${CSS}
.status{display:inline-block;font-size:11.5px;font-weight:600;padding:1px 8px;border-radius:10px}
.status.complete{background:#e0f3ec;color:#0f6b53}.status.partial{background:#fdf0d9;color:#9a5b00}
.status.interrupted{background:#fdecea;color:#b3261e}.status.running{background:#e4eefc;color:#1a56b8}
.status.subset{background:#eceef1;color:#4a5160;margin-left:4px}
td.verd{white-space:normal;text-align:left;min-width:260px}
td.verd .tag{margin:1px 4px 1px 0}
.tag.win{background:#e4eefc;color:#1a56b8}.tag.small{background:#e0f3ec;color:var(--dom)}.tag.tie{background:#fdf0d9;color:#9a5b00}
td.wrap{white-space:normal;text-align:left}
form.picker{display:flex;gap:14px;flex-wrap:wrap;align-items:center;margin:8px 0 12px}
button{font:inherit;padding:4px 12px;border:1px solid #1a56b8;border-radius:6px;background:#1a56b8;color:#fff;cursor:pointer}
a{color:#1a56b8}
ul.pairs{columns:2;padding-left:18px}
pre.terminal{white-space:pre;word-break:normal;max-height:none;overflow-x:auto}
`;

/** `served`: links and forms for the local server; `static`: one self-contained file (links relative to it). */
export interface PageMode {
  kind: 'served' | 'static';
  /** The link to a run's report.html. */
  reportHref(run: ViewRun): string;
}

function page(title: string, meta: string, body: string, mode: PageMode): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action ${mode.kind === 'served' ? "'self'" : "'none'"}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<title>${h(title)}</title><style>${VIEW_CSS}</style></head>
<body><header><h1>${h(title)}</h1><div class="meta">${h(meta)}</div></header>
<main>${body}</main></body></html>
`;
}

const date = (iso: string): string => iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');

function runsTable(runs: ViewRun[], mode: PageMode): string {
  const rows = runs.map((r) => {
    const verdicts = r.verdicts.map((v) => {
      const { cls, tag } = verdictTag(v);
      return `<span class="tag ${cls}" title="${h(v.sentence)}">${h(v.suite)}: ${h(tag)}</span>`;
    }).join(' ');
    const id = r.has_report ? `<a href="${h(mode.reportHref(r))}">${h(r.name)}</a>` : h(r.name);
    const subset = r.selection === null ? '' : `<span class="status subset" title="${h(`item selection: ${r.selection}; left out of the trends`)}">subset</span>`;
    return `<tr data-run="${h(r.name)}"${r.selection === null ? '' : ` data-selection="${h(r.selection)}"`}><td class="l">${h(date(r.started_at))}</td><td class="l">${id}</td><td class="l"><span class="status ${r.status}">${r.status}</span>${subset}</td>`
      + `<td class="wrap">${h(r.suites.join(', '))}</td><td class="wrap">${h(r.models.join(', '))}</td><td class="verd">${verdicts || '<span class="muted">no summary</span>'}</td></tr>`;
  }).join('\n');
  return `<div class="scroll"><table id="runs"><thead><tr><th class="l">Started</th><th class="l">Run (report)</th><th class="l">Status</th><th class="l">Suites</th><th class="l">Models</th><th class="l">Verdicts</th></tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

async function trendsHtml(runs: ViewRun[]): Promise<string> {
  const points = trendPoints(runs).filter((p) => p.accuracy !== null);
  const suites = [...new Set(points.map((p) => p.suite))].sort();
  if (suites.length === 0) return '<p class="muted">No complete run over whole suites yet: trends appear once one has finished (subset runs are left out).</p>';
  const figs: string[] = [];
  for (const [i, suite] of suites.entries()) {
    const mine = points.filter((p) => p.suite === suite);
    const runsOf = new Set(mine.map((p) => p.run_id)).size;
    const svg = await renderSvg(trendSpec(mine, `${suite}: accuracy over time (band: 95% CI)`), `t${i}-`);
    figs.push(`<figure data-chart="trend-${h(suite)}" data-models="${new Set(mine.map((p) => p.model)).size}">${svg}<figcaption>${h(`${suite}: ${runsOf} complete run(s) over the whole suite; one line per model.`)}</figcaption></figure>`);
  }
  return `<div class="charts">${figs.join('')}</div>`;
}

function picker(runs: ViewRun[], chosen: { a?: string; b?: string }): string {
  const usable = runs.filter((r) => r.summary !== null);
  if (usable.length < 2) return '<p class="muted">Two runs with a summary are needed to compare.</p>';
  const a = chosen.a ?? usable[1]!.name;
  const b = chosen.b ?? usable[0]!.name;
  const options = (sel: string) => usable.map((r) => `<option value="${h(r.name)}"${r.name === sel ? ' selected' : ''}>${h(`${r.name} (${r.suites.join(', ')})`)}</option>`).join('');
  return `<form class="picker" method="get" action="/compare"><label>Run A <select name="a" id="pick-a">${options(a)}</select></label>`
    + `<label>Run B <select name="b" id="pick-b">${options(b)}</select></label><button type="submit">Compare</button></form>`;
}

/** The index page: runs, trends, and the compare picker (served) or the pre-rendered comparisons (static). */
export async function renderIndex(label: string, runs: ViewRun[], mode: PageMode, comparisons: Array<{ a: ViewRun; b: ViewRun; html: string }> = []): Promise<string> {
  const complete = runs.filter((r) => r.status === 'complete').length;
  let compare: string;
  if (mode.kind === 'served') compare = picker(runs, {});
  else if (comparisons.length === 0) compare = '<p class="muted">Two runs with a summary are needed to compare.</p>';
  else {
    compare = `<p>Each run against the one before it, as <code>bench compare</code> shows it:</p><ul class="pairs">${comparisons.map((c) => `<li><a href="#${h(cmpId(c.a, c.b))}">${h(c.a.name)} → ${h(c.b.name)}</a></li>`).join('')}</ul>`
      + comparisons.map((c) => `<section class="suite compare" id="${h(cmpId(c.a, c.b))}"><h3>${h(c.a.name)} → ${h(c.b.name)}</h3>${c.html}</section>`).join('\n');
  }
  const body = `<section id="runs-list"><h2>Runs</h2>${runsTable(runs, mode)}</section>
<section id="trends"><h2>Trends</h2>${await trendsHtml(runs)}</section>
<section id="compare"><h2>Compare two runs</h2>${compare}</section>`;
  return page(`bench view · ${label}`, `${runs.length} run(s), ${complete} complete · newest first`, body, mode);
}

const cmpId = (a: ViewRun, b: ViewRun): string => `cmp-${a.name}-${b.name}`.replace(/[^\w-]/g, '_');

/** One comparison as HTML: the rows of `bench compare` as a table, what was left out, and the terminal text itself. */
export function compareHtml(rows: RunComparisonRow[], text: string): string {
  const body = rows.map((r) => {
    const changed = [r.suite_hash_changed ? 'suite content' : '', r.model_changes.length ? `model: ${r.model_changes.join(', ')}` : '', r.scorer_change ? `scorer: ${r.scorer_change}` : ''].filter(Boolean).join('; ');
    const cls = r.verdict === 'regressed' ? ' class="l" style="color:#b3261e;font-weight:600"' : r.verdict === 'improved' ? ' class="l better"' : ' class="l"';
    return `<tr><td class="l">${h(r.suite)}</td><td class="l">${h(r.model)}</td><td>${r.n}</td><td>${fmtPct(r.accuracy_a)}</td><td>${fmtPct(r.accuracy_b)}</td>`
      + `<td>${r.change === null ? '—' : h(fmtPoints(r.change, true))}</td><td>${h(fmtCI(r.ci95, true))}</td><td>${h(fmtP(r.p_adjusted))}</td><td${cls}>${h(r.verdict.replace(/_/g, ' '))}</td><td class="wrap">${h(changed || '—')}</td></tr>`;
  }).join('\n');
  if (rows.length === 0) return '<p class="banner">The two runs have no (suite, model) in common: nothing to compare.</p>';
  return `<div class="scroll"><table class="compare-rows"><thead><tr><th class="l">Suite</th><th class="l">Model</th><th>Items</th><th>Acc. A</th><th>Acc. B</th><th>Change (points)</th><th>95% CI</th><th>p (Holm)</th><th class="l">Verdict</th><th class="l">Changed</th></tr></thead><tbody>\n${body}\n</tbody></table></div>
<p class="muted">Shared items only (same id and prompt, sample 0 scored in both); exact McNemar test, Holm-adjusted across rows; change = B − A with Newcombe's paired 95% interval.</p>
<details><summary>As <code>bench compare</code> prints it</summary><pre class="terminal">${h(text)}</pre></details>`;
}

/** The served compare page: the picker (with this pair chosen) above the comparison, or the reason it could not be made. */
export function renderComparePage(label: string, runs: ViewRun[], a: string, b: string, content: { html: string } | { error: string }, mode: PageMode): string {
  const result = 'error' in content ? `<div class="banner">${h(content.error)}</div>` : content.html;
  const body = `<p><a href="/">← all runs</a></p><section id="compare"><h2>Compare ${h(a)} → ${h(b)}</h2>${picker(runs, { a, b })}${result}</section>`;
  return page(`bench view · compare`, label, body, mode);
}
