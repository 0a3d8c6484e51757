/**
 * @module reports/chart-warmup — renders throwaway charts of each kind report.html draws
 * (scatter on a linear and on a log axis, trend), so a thread that will render a run's report
 * pays Vega's first-use costs (lazy compilation, cold caches: the first chart of a process costs
 * several times the next one) while the run's requests are still in flight. Nothing is kept:
 * the SVGs are dropped, and a later rendering is the same with or without it.
 */
import { renderSvg, scatterSpec, trendSpec, type ChartPoint } from './charts.js';
import type { HistoryPoint } from './types.js';

const point = (i: number, x: number): ChartPoint => ({ model: `m${i}`, label: `m${i}`, type: i ? 'generic' : 'domain-tuned', acc: 60 + 10 * i, lo: 50 + 10 * i, hi: 70 + 10 * i, x, frontier: true });
const trend = (i: number, day: number): HistoryPoint => ({ run_id: `r${day}`, started_at: `2026-01-0${day}T00:00:00.000Z`, suite: 's', model: `m${i}`, accuracy: 0.6 + i / 10, ci_low: 0.5, ci_high: 0.8, latency_ms_p50: 1, cost_per_correct_usd: null });

/** Renders one chart of each kind; stops before the next one once `stop()` says so. */
export async function warmUpCharts(stop: () => boolean = () => false): Promise<void> {
  const specs = [
    () => scatterSpec([point(0, 0.001), point(1, 0.002)], 'x', 'warm-up'),
    () => scatterSpec([point(0, 0.001), point(1, 1)], 'x', 'warm-up'),
    () => trendSpec([trend(0, 1), trend(0, 2), trend(1, 1), trend(1, 2)], 'warm-up'),
  ];
  for (const spec of specs) {
    if (stop()) return;
    await renderSvg(spec(), 'warm-');
  }
}
