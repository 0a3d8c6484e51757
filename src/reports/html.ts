/**
 * @module reports/html — report.html: one self-contained file that opens from file:// with
 * no network request. Verdicts on top; per suite, Vega-Lite charts rendered to SVG in Node
 * (accuracy with 95% whiskers vs cost per correct answer and vs p50 latency, Pareto frontier,
 * domain-tuned vs generic by colour and shape), sortable tables, the pairwise table; a trend
 * chart when history exists; a drill-down of the items two chosen models disagree on.
 *
 * Safety: every piece of run text is HTML-escaped; the drill-down data travels as a JSON block
 * with `<`, `>`, `&` escaped and is written into the page with `textContent` only; a
 * Content-Security-Policy allows no network at all and only the report's own script (by hash).
 */
import { createHash } from 'node:crypto';
import type { Comparison, SummaryRow, SuiteVerdict } from '../store/types.js';
import type { Reporter, ReportContext } from './types.js';
import { escapeHtml as h, jsonForScript } from './escape.js';
import { CSS, SCRIPT } from './html-assets.js';
import { chartPoints, renderSvg, scatterSpec, trendSpec } from './charts.js';
import { sliceDotSpec } from './slice-chart.js';
import { sliceNote, slicePairCells, sliceRowCells, slicesOf, SLICE_PAIR_HEADERS, SLICE_ROW_HEADERS } from './slices.js';
import { robustnessHtml } from './robustness-html.js';
import { judgingCostHtml, judgingHtml } from './judging-html.js';
import { ROBUSTNESS_NOTE } from './robustness-rows.js';
import { answerFormatText, METHODS_NOTE, PAIR_HEADERS, pairCells, rowCells, rowHeaders, showPassAtK, showReasoning, suitesOf } from './rows.js';
import { hasPartial, isolationNote, PARTIAL_NOTE, PARTIAL_PAIR_HEADERS, partialMeasure, partialPairCells } from './partial.js';
import { coverageNote, noteText } from './notes.js';

type Cell = { text: string; value: number | string | null };

function tableHtml(headers: readonly string[], rows: Cell[][], opts: { dotFor?: (row: number) => string; classFor?: (row: number, col: number) => string; left?: (col: number) => boolean } = {}): string {
  const head = headers.map((x, i) => `<th scope="col"${opts.left?.(i) ? ' class="l"' : ''}>${h(x)}</th>`).join('');
  const body = rows.map((cells, r) => `<tr>${cells.map((c, i) => {
    const cls = opts.classFor?.(r, i) ?? (opts.left?.(i) ? 'l' : '');
    const dot = i === 0 && opts.dotFor ? `<span class="dot ${opts.dotFor(r)}"></span>` : '';
    return `<td${cls ? ` class="${cls}"` : ''} data-v="${h(c.value === null ? '' : String(c.value))}">${dot}${h(c.text)}</td>`;
  }).join('')}</tr>`).join('\n');
  return `<div class="scroll"><table class="sortable"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** The verdict's kind (a CSS class: win, small, tie or none) and its short tag, as the report's verdict cards and `bench view` show them. */
export function verdictTag(v: SuiteVerdict): { cls: string; tag: string } {
  let cls = 'tie';
  let tag = 'no significant winner';
  if (v.best === null) { cls = ''; tag = 'no data'; }
  else if (v.smallest_competitive && v.smallest_competitive !== v.best) {
    cls = 'small';
    tag = v.non_inferior.includes(v.smallest_competitive)
      ? `smaller model as good: ${v.smallest_competitive}`
      : `smaller model not significantly worse: ${v.smallest_competitive}`;
  }
  else if (v.indistinguishable.length === 0 && v.non_inferior.length === 0) { cls = 'win'; tag = `winner: ${v.best}`; }
  return { cls, tag };
}

function verdictCard(v: SuiteVerdict): string {
  const { cls, tag } = verdictTag(v);
  const text = v.sentence.startsWith(`${v.suite}: `) ? v.sentence.slice(v.suite.length + 2) : v.sentence;
  const slices = (v.slice_sentences ?? []).map((s) => `<div class="slice-verdict">${h(s)}</div>`).join('');
  return `<div class="verdict ${cls}"><span class="tag">${h(v.suite)}</span><span class="tag">${h(tag)}</span><div>${h(text)}</div>${slices}</div>`;
}

async function chartsHtml(suite: string, index: number, rows: SummaryRow[]): Promise<string> {
  const figs: string[] = [];
  const defs: [string, string, (r: SummaryRow) => number | null, string][] = [
    ['Accuracy vs cost per correct answer', 'Cost per correct answer (USD)', (r) => r.cost_per_correct_usd, 'no cost'],
    ['Accuracy vs p50 latency', 'p50 latency (ms)', (r) => r.latency_ms_p50, 'no latency measured'],
  ];
  for (const [k, [title, xTitle, x, why]] of defs.entries()) {
    const { points, missing } = chartPoints(rows, x);
    const caption = missing.length > 0 ? `Not shown (${why}): ${missing.join(', ')}.` : 'Dashed line: Pareto frontier. Whiskers: 95% intervals.';
    if (points.length === 0) {
      figs.push(`<figure><figcaption>${h(title)}: nothing to plot (${h(why)}).</figcaption></figure>`);
      continue;
    }
    const svg = await renderSvg(scatterSpec(points, xTitle, `${suite}: ${title}`), `s${index}c${k}-`);
    figs.push(`<figure data-chart="${h(title)}" data-points="${points.length}">${svg}<figcaption>${h(caption)}</figcaption></figure>`);
  }
  return `<div class="charts">${figs.join('')}</div>`;
}

function pairsHtml(pairs: Comparison[]): string {
  const cells = pairs.map(pairCells);
  return tableHtml(PAIR_HEADERS, cells, {
    left: (c) => c <= 1 || c >= 9,
    classFor: (r, c) => {
      const v = pairs[r]!.verdict;
      return (c === 0 && v === 'a_better') || (c === 1 && v === 'b_better') ? 'l better' : c <= 1 || c >= 9 ? 'l' : '';
    },
  });
}

async function suiteHtml(ctx: ReportContext, suite: string, index: number): Promise<string> {
  const meta = ctx.manifest.suites.find((s) => s.name === suite);
  const rows = ctx.summary.rows.filter((r) => r.suite === suite);
  const pairs = ctx.summary.comparisons.filter((c) => c.suite === suite);
  const metaLine = meta ? `${meta.domain} · metric ${meta.metric} · version ${meta.version} · ${meta.items} items · hash ${meta.hash.slice(0, 12)}` : '';
  const charts = await chartsHtml(suite, index, rows);
  const slices = await slicesHtml(ctx, suite, index);
  const robustness = await robustnessHtml(ctx.summary, suite, index);
  const trend = (ctx.history ?? []).filter((p) => p.suite === suite && p.accuracy !== null);
  const trendSvg = trend.length > 0 ? `<h3>Trend</h3><div class="charts"><figure data-chart="trend">${await renderSvg(trendSpec(trend, `${suite}: accuracy over time (band: 95% CI)`), `s${index}t-`)}</figure></div>` : '';
  return `<section class="suite" id="suite-${h(suite)}"><h2>${h(suite)}</h2><div class="meta">${h(metaLine)}</div>
${charts}
<h3>Models</h3>${tableHtml(rowHeaders(showPassAtK(rows), rows), rows.map((r) => rowCells(r, showPassAtK(rows), showReasoning(rows))), { dotFor: (r) => (rows[r]!.tuned ?? 'unknown'), left: (c) => c <= 2 })}
${answerFormatText(ctx.summary, suite) ? `<p class="format-note"><strong>Note:</strong> ${h(answerFormatText(ctx.summary, suite)!)}</p>` : ''}
${unreadHtml(ctx, suite)}
${isolationNote(rows) ? `<p class="note">${h(isolationNote(rows)!)}</p>` : ''}
${pairs.length > 0 ? `<h3>Pairwise comparisons</h3>${pairsHtml(pairs)}` : ''}
${pairs.length > 0 && hasPartial(rows) ? `<h3>Partial credit: ${h(partialMeasure(rows))}, paired</h3>${tableHtml(PARTIAL_PAIR_HEADERS, pairs.map(partialPairCells), { left: (c) => c <= 1 || c >= 7 })}` : ''}
${slices}
${robustness}
${judgingHtml(ctx.summary, suite)}
${trendSvg}</section>`;
}

/** Per slice field: the verdict sentence, the dot plot, the sortable value × model table and the slice pairwise table. */
async function slicesHtml(ctx: ReportContext, suite: string, index: number): Promise<string> {
  const out: string[] = [];
  for (const [k, s] of slicesOf(ctx.summary.slices, suite).entries()) {
    const svg = s.rows.some((r) => r.accuracy !== null) ? await renderSvg(sliceDotSpec(s, `${suite}: accuracy by ${s.field}`), `s${index}sl${k}-`) : '';
    out.push(`<h3>By ${h(s.field)}</h3><p class="slice-verdict">${h(s.sentence)}</p>
${svg ? `<div class="charts"><figure data-chart="slices-${h(s.field)}" data-points="${s.rows.filter((r) => r.accuracy !== null).length}">${svg}<figcaption>${h(sliceNote(s))}</figcaption></figure></div>` : ''}
${tableHtml(SLICE_ROW_HEADERS, s.rows.map(sliceRowCells), { left: (c) => c <= 1 })}
${s.comparisons.length ? `<h4>Pairwise by ${h(s.field)}</h4>` + tableHtml(SLICE_PAIR_HEADERS, s.comparisons.map(slicePairCells), { left: (c) => c <= 2 || c >= 9 }) : ''}`);
  }
  return out.join('\n');
}

/** The replies the scorer could not read, per model, folded (the first ones by item id). */
function unreadHtml(ctx: ReportContext, suite: string): string {
  const list = (ctx.unread ?? []).filter((u) => u.suite === suite);
  if (list.length === 0) return '';
  const models = [...new Set(list.map((u) => u.model))];
  return `<h3>Unread replies</h3>${models.map((m) => {
    const mine = list.filter((u) => u.model === m);
    return `<details class="unread" data-model="${h(m)}"><summary>${h(m)}: ${mine.length} shown</summary>${mine
      .map((u) => `<div class="unread-reply"><div class="meta">${h(u.item_id)} · ${h(u.reason)}</div><pre>${h(u.output)}</pre></div>`)
      .join('')}</details>`;
  }).join('\n')}`;
}

function drillData(ctx: ReportContext): unknown {
  const models: Record<string, string[]> = {};
  const defaults: Record<string, [string, string]> = {};
  for (const suite of suitesOf(ctx.summary)) {
    const rows = ctx.summary.rows.filter((r) => r.suite === suite && r.n > 0);
    const bySize = [...rows].sort((a, b) => (a.params_b ?? Infinity) - (b.params_b ?? Infinity));
    models[suite] = rows.map((r) => r.model);
    const best = ctx.summary.verdicts.find((v) => v.suite === suite)?.best;
    const small = bySize[0]?.model ?? '';
    const other = best && best !== small ? best : bySize.at(-1)?.model ?? small;
    defaults[suite] = [small, other];
  }
  return { models, defaults, disagreements: ctx.disagreements };
}

/** report.html of `ctx`. */
export async function renderHtml(ctx: ReportContext): Promise<string> {
  const { summary, manifest } = ctx;
  const hash = createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
  const sections: string[] = [];
  for (const [i, suite] of suitesOf(summary).entries()) sections.push(await suiteHtml(ctx, suite, i));
  const models = manifest.models.map((m) => m.id).join(', ');
  const note = coverageNote(summary);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<title>bench — ${h(summary.run_id)}</title><style>${CSS}</style></head>
<body><header><h1>bench report · ${h(summary.run_id)}</h1>
<div class="meta">started ${h(manifest.started_at)} · bench ${h(manifest.bench_version)} · ${manifest.samples} sample(s) per item · seed ${manifest.seed} · models: ${h(models)}</div></header>
<main>${note === null ? '' : `<div class="banner">${h(noteText(note))}</div>`}
<section id="verdicts"><h2>Verdicts</h2><div class="verdicts">${summary.verdicts.map(verdictCard).join('\n')}</div></section>
${sections.join('\n')}
${judgingCostHtml(summary)}
<section class="suite" id="drilldown"><h2>Where two models disagree</h2>
<div class="controls"><label>Suite <select id="dd-suite"></select></label><label>Model A <select id="dd-a"></select></label><label>Model B <select id="dd-b"></select></label></div>
<div id="dd-out"></div></section>
</main><footer><p>${h(METHODS_NOTE)}</p><p>${h(ROBUSTNESS_NOTE)}</p>${ctx.summary.rows.some((r) => r.partial_credit !== undefined) ? `<p>${h(PARTIAL_NOTE)}</p>` : ''}</footer>
<script type="application/json" id="bench-data">${jsonForScript(drillData(ctx))}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}

export const htmlReporter = { file: 'report.html', render: renderHtml } satisfies Reporter;
