/**
 * @module reports/slice-chart — the dot plot of a sliced suite: one row per slice value, each
 * model's accuracy as a dot with its 95% interval as a whisker, models side by side within a
 * row (colour). Rendered to SVG by reports/charts' `renderSvg`, like the other charts.
 */
import type * as vl from 'vega-lite';
import type { SuiteSlices } from '../store/types.js';

/** The Vega-Lite spec of a slice × model dot plot (slices without a scored item are left out). */
export function sliceDotSpec(s: SuiteSlices, title: string): vl.TopLevelSpec {
  const values = s.rows.filter((r) => r.accuracy !== null).map((r) => ({
    value: r.value, model: r.model, n: r.n, acc: r.accuracy! * 100, lo: (r.ci95?.[0] ?? r.accuracy!) * 100, hi: (r.ci95?.[1] ?? r.accuracy!) * 100,
  }));
  const order = s.values.filter((v) => values.some((x) => x.value === v));
  const y = { field: 'value', type: 'nominal' as const, title: s.field, sort: order, axis: { labelLimit: 180 } };
  const x = { field: 'acc', type: 'quantitative' as const, title: 'Accuracy (%) with 95% interval', scale: { domain: [0, 100] } };
  const color = { field: 'model', type: 'nominal' as const, title: 'Model', legend: { orient: 'bottom' as const } };
  const yOffset = { field: 'model', type: 'nominal' as const };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start', fontSize: 13, fontWeight: 600 },
    width: 520, height: { step: 12 },
    data: { values },
    config: { font: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif', view: { stroke: '#e3e3e3' }, axis: { gridColor: '#eeeeee', labelColor: '#444', titleColor: '#333' } },
    layer: [
      { mark: { type: 'rule', strokeWidth: 1.5, opacity: 0.7 }, encoding: { y, yOffset, x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' }, color } },
      { mark: { type: 'point', filled: true, size: 60, opacity: 1 }, encoding: { y, yOffset, x, color, tooltip: [{ field: 'model' }, { field: 'value' }, { field: 'n' }, { field: 'acc', format: '.1f' }] } },
    ],
  } as vl.TopLevelSpec;
}
