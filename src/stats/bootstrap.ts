/**
 * @module stats/bootstrap — seeded percentile bootstrap, resampling whole items (clusters).
 *
 * Reference: B. Efron & R. Tibshirani (1993), An Introduction to the Bootstrap, ch. 13
 * (percentile interval); resampling clusters rather than observations when observations within
 * a cluster are correlated: A. C. Davison & D. V. Hinkley (1997), Bootstrap Methods and their
 * Application, §3.8. Here the unit is always the item: when an item has several samples, the
 * item (with all its samples) is what is drawn, so intervals do not shrink with the samples.
 * PRNG: mulberry32 (Tommy Ettinger, public domain) — deterministic for a given seed.
 */
import { quantileSorted } from './percentile.js';

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

export interface BootstrapOptions {
  /** Resamples. @default 2000 */
  reps?: number;
  /** PRNG seed: same seed, same interval. @default 20240521 */
  seed?: number;
  /** Coverage. @default 0.95 */
  level?: number;
}

export const DEFAULT_SEED = 20240521;

/** mulberry32: a small, fast, seeded 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentileInterval(estimate: number, stats: number[], level: number): Interval {
  const s = Float64Array.from(stats).sort();
  const a = (1 - level) / 2;
  return { estimate, low: quantileSorted(s, a) ?? estimate, high: quantileSorted(s, 1 - a) ?? estimate };
}

/**
 * Percentile bootstrap interval of `stat` over units (items), each resample drawing
 * units.length units with replacement. Resamples where `stat` gives null are skipped.
 * Empty input, or a null estimate → null.
 */
export function bootstrapCI<T>(
  units: readonly T[],
  stat: (sample: readonly T[]) => number | null,
  opts: BootstrapOptions = {},
): Interval | null {
  const n = units.length;
  if (n === 0) return null;
  const estimate = stat(units);
  if (estimate === null) return null;
  const rand = mulberry32(opts.seed ?? DEFAULT_SEED);
  const stats: number[] = [];
  const sample: T[] = new Array<T>(n);
  for (let r = 0; r < (opts.reps ?? 2000); r++) {
    for (let i = 0; i < n; i++) sample[i] = units[Math.floor(rand() * n)]!;
    const v = stat(sample);
    if (v !== null && Number.isFinite(v)) stats.push(v);
  }
  return percentileInterval(estimate, stats, opts.level ?? 0.95);
}

/**
 * Fast path for the mean of one number per item (a per-item pass rate, pass@k, a paired
 * difference): the same percentile interval as `bootstrapCI(values, mean)`, without allocation.
 */
export function bootstrapMeanCI(values: ArrayLike<number>, opts: BootstrapOptions = {}): Interval | null {
  const n = values.length;
  if (n === 0) return null;
  let total = 0;
  for (let i = 0; i < n; i++) total += values[i]!;
  const rand = mulberry32(opts.seed ?? DEFAULT_SEED);
  const reps = opts.reps ?? 2000;
  const stats: number[] = new Array<number>(reps);
  for (let r = 0; r < reps; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[Math.floor(rand() * n)]!;
    stats[r] = s / n;
  }
  return percentileInterval(total / n, stats, opts.level ?? 0.95);
}
