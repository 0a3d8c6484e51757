/**
 * @module reports/charts — Vega-Lite specs for the HTML report, compiled and rendered to SVG
 * in Node (vega-lite `compile` → vega `View` with `renderer: 'none'` → `toSVG()`), so the
 * report carries finished SVG and needs no script or network to show a chart.
 *
 * Accuracy (with 95% whiskers) against cost per correct answer and against p50 latency; the
 * Pareto frontier (no other model is both more accurate and cheaper/faster) as a dashed line;
 * domain-tuned and generic models told apart by colour and shape.
 */
import * as vl from 'vega-lite';
import * as vega from 'vega';
import type { SummaryRow } from '../store/types.js';
import type { HistoryPoint } from './types.js';
import { fmtParams } from '../stats/format.js';

export interface ChartPoint {
  model: string;
  label: string;
  type: string;
  acc: number;
  lo: number;
  hi: number;
  x: number;
  frontier: boolean;
}

const TYPE_DOMAIN = ['domain-tuned', 'generic', 'unknown'];
const TYPE_COLORS = ['#0f8a6a', '#6a51a3', '#8c8c8c'];
const TYPE_SHAPES = ['circle', 'square', 'triangle-up'];

const typeOf = (t: string | null): string => (t === 'domain' ? 'domain-tuned' : t === 'generic' ? 'generic' : 'unknown');

/** Points with a known x; the frontier maximises accuracy while minimising x. */
export function chartPoints(rows: SummaryRow[], x: (r: SummaryRow) => number | null): { points: ChartPoint[]; missing: string[] } {
  const points: ChartPoint[] = [];
  const missing: string[] = [];
  for (const r of rows) {
    const xv = x(r);
    if (r.accuracy === null) continue;
    if (xv === null || !(xv > 0)) { missing.push(r.model); continue; }
    const size = fmtParams(r.params_b);
    points.push({
      model: r.model, label: size ? `${r.model} (${size})` : r.model, type: typeOf(r.tuned),
      acc: r.accuracy * 100, lo: (r.ci95?.[0] ?? r.accuracy) * 100, hi: (r.ci95?.[1] ?? r.accuracy) * 100, x: xv, frontier: false,
    });
  }
  let bestAcc = -Infinity;
  for (const p of [...points].sort((a, b) => a.x - b.x || b.acc - a.acc)) {
    if (p.acc > bestAcc) { p.frontier = true; bestAcc = p.acc; }
  }
  return { points, missing };
}

function yDomain(points: { lo: number; hi: number }[]): [number, number] {
  const lo = Math.min(...points.map((p) => p.lo));
  const hi = Math.max(...points.map((p) => p.hi));
  return [Math.max(0, Math.floor((lo - 5) / 5) * 5), Math.min(100, Math.ceil((hi + 5) / 5) * 5)];
}

/** Colour and shape scales restricted to the model types present (the legend shows only those). */
function typeScales(points: ChartPoint[]): { color: { domain: string[]; range: string[] }; shape: { domain: string[]; range: string[] } } {
  const idx = TYPE_DOMAIN.map((t, i) => [t, i] as const).filter(([t]) => points.some((p) => p.type === t)).map(([, i]) => i);
  return {
    color: { domain: idx.map((i) => TYPE_DOMAIN[i]!), range: idx.map((i) => TYPE_COLORS[i]!) },
    shape: { domain: idx.map((i) => TYPE_DOMAIN[i]!), range: idx.map((i) => TYPE_SHAPES[i]!) },
  };
}

/** Tick values for a log axis: 1-2-5 steps per decade when the range is short, decades when long. */
export function logTicks(min: number, max: number): number[] {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  const steps = hi - lo <= 2 ? [1, 2, 5] : [1];
  const out: number[] = [];
  for (let e = lo; e <= hi; e++) for (const m of steps) out.push(Number((m * 10 ** e).toPrecision(1)));
  return out;
}

/** The Vega-Lite spec of one accuracy-vs-x scatter. */
export function scatterSpec(points: ChartPoint[], xTitle: string, title: string): vl.TopLevelSpec {
  const xs = points.map((p) => p.x);
  const log = Math.max(...xs) / Math.min(...xs) > 20;
  const scales = typeScales(points);
  const x = {
    field: 'x', type: 'quantitative' as const, title: log ? `${xTitle} (log scale)` : xTitle,
    scale: log ? { type: 'log' as const, nice: true } : { type: 'linear' as const, zero: false, nice: true },
    axis: log ? { values: logTicks(Math.min(...xs), Math.max(...xs)), format: '~g', labelOverlap: true } : { tickCount: 5, labelOverlap: true },
  };
  const y = { field: 'acc', type: 'quantitative' as const, title: 'Accuracy (%)', scale: { domain: yDomain(points), zero: false } };
  const color = { field: 'type', type: 'nominal' as const, title: 'Model type', scale: scales.color, legend: { orient: 'bottom' as const, direction: 'horizontal' as const } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start', fontSize: 13, fontWeight: 600 },
    width: 340, height: 240,
    data: { values: points },
    config: { font: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif', view: { stroke: '#e3e3e3' }, axis: { gridColor: '#eeeeee', labelColor: '#444', titleColor: '#333' } },
    layer: [
      { transform: [{ filter: 'datum.frontier' }], mark: { type: 'line', strokeDash: [5, 4], color: '#b0b0b0', strokeWidth: 1.5 }, encoding: { x, y, order: { field: 'x' } } },
      { mark: { type: 'rule', strokeWidth: 1.5, opacity: 0.7 }, encoding: { x, y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' }, color } },
      { name: 'points', mark: { type: 'point', filled: true, size: 110, opacity: 1, stroke: 'white', strokeWidth: 1 }, encoding: { x, y, color, shape: { field: 'type', type: 'nominal', scale: scales.shape, title: 'Model type' } } },
      { mark: { type: 'text', align: 'left', dx: 8, dy: -7, fontSize: 11, color: '#222' }, encoding: { x, y, text: { field: 'label' } } },
    ],
  } as vl.TopLevelSpec;
}

/** Accuracy with its interval band over time, one line per model. */
export function trendSpec(points: HistoryPoint[], title: string): vl.TopLevelSpec {
  const values = points.filter((p) => p.accuracy !== null).map((p) => ({
    model: p.model, t: p.started_at, acc: p.accuracy! * 100, lo: (p.ci_low ?? p.accuracy!) * 100, hi: (p.ci_high ?? p.accuracy!) * 100,
  }));
  // Runs spread over days: one tick a day; within two days (a day of experiments): hours and minutes; within an hour: seconds.
  const times = values.map((v) => Date.parse(v.t)).filter(Number.isFinite);
  const span = times.length > 0 ? Math.max(...times) - Math.min(...times) : Infinity;
  const axis = span < 3_600_000 ? { format: '%H:%M:%S', tickCount: 4, labelOverlap: true }
    : span < 2 * 86_400_000 ? { format: '%b %d %H:%M', tickCount: 5, labelOverlap: true }
      : { format: '%b %d', tickCount: 'day', labelOverlap: true };
  const x = { field: 't', type: 'temporal' as const, title: 'Run start', axis };
  const color = { field: 'model', type: 'nominal' as const, title: 'Model', legend: { orient: 'bottom' as const } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start', fontSize: 13, fontWeight: 600 },
    width: 720, height: 220, data: { values },
    config: { font: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif', view: { stroke: '#e3e3e3' }, legend: { symbolOpacity: 1, symbolType: 'stroke', symbolStrokeWidth: 3 } },
    layer: [
      { mark: { type: 'area', opacity: 0.15 }, encoding: { x, y: { field: 'lo', type: 'quantitative', title: 'Accuracy (%)', scale: { zero: false } }, y2: { field: 'hi' }, color } },
      { mark: { type: 'line', point: true }, encoding: { x, y: { field: 'acc', type: 'quantitative' }, color } },
    ],
  } as vl.TopLevelSpec;
}

/** Renders a Vega-Lite spec to an SVG string; element ids get `prefix` so inline SVGs never clash. */
export async function renderSvg(spec: vl.TopLevelSpec, prefix: string): Promise<string> {
  // A turn of the event loop before each chart (tens of ms of JavaScript): I/O this thread is
  // waiting on meanwhile (a run's history store being written) goes on between charts.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.replace(/\bid="([^"]+)"/g, `id="${prefix}$1"`).replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`);
  } finally {
    view.finalize();
  }
}
