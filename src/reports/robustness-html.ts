/**
 * @module reports/robustness-html — the "Is the win real?" section of report.html for one suite:
 * the sentences, a small chart (each model's accuracy under each method, 95% whiskers), and the
 * tables of reports/robustness-rows.
 */
import type * as vl from 'vega-lite';
import type { SuiteRobustness, Summary } from '../store/types.js';
import { escapeHtml as h } from './escape.js';
import { renderSvg } from './charts.js';
import { choicesOnlyTable, CHOICES_ONLY_NOTE, likelihoodTable, methodPairsTable, methodsTable, robustnessOf, rotationTable, ROBUSTNESS_TITLE, type CellTable } from './robustness-rows.js';

/** Short axis names for the methods bench knows; other probes' methods show their own label. */
const SHORT: Record<string, string> = {
  generative: 'generative', circular: 'rotation (circular)', likelihood_acc: 'likelihood (acc)', likelihood_acc_norm: 'likelihood (acc_norm)',
};
const axisName = (m: { method: string; label: string }): string => SHORT[m.method] ?? m.label;

/** Each model's accuracy under each method, with its 95% interval. */
export function robustnessSpec(r: SuiteRobustness): vl.TopLevelSpec {
  const values = r.methods.flatMap((m) => m.models.filter((x) => x.accuracy !== null).map((x) => ({
    method: axisName(m), model: x.model, acc: x.accuracy! * 100, lo: (x.ci95?.[0] ?? x.accuracy!) * 100, hi: (x.ci95?.[1] ?? x.accuracy!) * 100,
  })));
  const y = { field: 'method', type: 'nominal' as const, title: null, sort: r.methods.map(axisName), axis: { labelLimit: 320 } };
  const yOffset = { field: 'model', type: 'nominal' as const };
  const color = { field: 'model', type: 'nominal' as const, title: 'Model', legend: { orient: 'bottom' as const, direction: 'horizontal' as const } };
  const x = { field: 'acc', type: 'quantitative' as const, title: 'Accuracy (%)', scale: { domain: [0, 100] } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: `${r.suite}: accuracy under each scoring method`, anchor: 'start', fontSize: 13, fontWeight: 600 },
    width: 420, height: { step: 14 * Math.max(1, new Set(values.map((v) => v.model)).size) },
    data: { values },
    config: { font: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif', view: { stroke: '#e3e3e3' }, axis: { gridColor: '#eeeeee', labelColor: '#444', titleColor: '#333' } },
    layer: [
      { mark: { type: 'rule', strokeWidth: 1.5 }, encoding: { y, yOffset, x: { field: 'lo', type: 'quantitative', title: 'Accuracy (%)', scale: { domain: [0, 100] } }, x2: { field: 'hi' }, color } },
      { mark: { type: 'point', filled: true, size: 60 }, encoding: { y, yOffset, x, color } },
    ],
  } as vl.TopLevelSpec;
}

function tableHtml(t: CellTable, numericFrom: number): string {
  const head = t.headers.map((x, i) => `<th scope="col"${i < numericFrom ? ' class="l"' : ''}>${h(x)}</th>`).join('');
  const body = t.rows.map((cells) => `<tr>${cells.map((c, i) => `<td${i < numericFrom ? ' class="l"' : ''} data-v="${h(c.value === null ? '' : String(c.value))}">${h(c.text)}</td>`).join('')}</tr>`).join('\n');
  return `<div class="scroll"><table class="sortable"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

export async function robustnessHtml(summary: Summary, suite: string, index: number): Promise<string> {
  const r = robustnessOf(summary, suite);
  if (!r) return '';
  const parts = [`<h3>${h(ROBUSTNESS_TITLE)}</h3><ul class="robustness">${r.sentences.map((s) => `<li>${h(s)}</li>`).join('')}</ul>`];
  if (r.methods.length > 1) {
    const svg = await renderSvg(robustnessSpec(r), `s${index}r-`);
    parts.push(`<div class="charts"><figure data-chart="robustness">${svg}<figcaption>Whiskers: 95% intervals.</figcaption></figure></div>`);
    parts.push(tableHtml(methodsTable(r), 2));
    const pairs = methodPairsTable(r.methods.filter((m) => m.method !== 'generative'));
    if (pairs.rows.length) parts.push(tableHtml(pairs, 2));
  }
  const rot = rotationTable(r);
  if (rot) parts.push(`<h4>Option rotation</h4>${tableHtml(rot, 1)}`);
  const lik = likelihoodTable(r);
  if (lik) parts.push(`<h4>Likelihood scoring</h4>${tableHtml(lik, 1)}`);
  const co = choicesOnlyTable(r);
  if (co) parts.push(`<h4>Choices only: the question withheld</h4>${tableHtml(co, 1)}<p class="note">${h(CHOICES_ONLY_NOTE)}</p>`);
  return `<div class="robustness" id="robustness-${h(suite)}">${parts.join('\n')}</div>`;
}
