/**
 * @module stats/kappa — chance-corrected agreement between raters on nominal categories.
 *
 * - Cohen's κ (two raters): κ = (p_o − p_e) / (1 − p_e), p_o the share of units both rate alike,
 *   p_e = Σ_k p_1k·p_2k from each rater's own category shares. Cohen (1960), "A coefficient of
 *   agreement for nominal scales", Educational and Psychological Measurement 20(1).
 * - Fleiss' κ (m ≥ 2 raters, each rating every unit): κ = (P̄ − P̄_e) / (1 − P̄_e), P_i =
 *   (Σ_j n_ij² − m) / (m(m − 1)), P̄_e = Σ_j p_j². Fleiss (1971), "Measuring nominal scale
 *   agreement among many raters", Psychological Bulletin 76(5).
 * - The 95% interval is a percentile bootstrap over items (clusters: every unit of an item is
 *   resampled together, as the answers of several models to one item are not independent),
 *   seeded, so the same judgments always give the same interval.
 *
 * κ is undefined (null) when chance agreement is 1 (every rating in one category) or there are no units.
 */
import { mulberry32 } from './bootstrap.js';
import { quantileSorted } from './percentile.js';

/** Cohen's κ of two raters' paired ratings; null when undefined. */
export function cohenKappa(a: readonly string[], b: readonly string[]): number | null {
  const n = Math.min(a.length, b.length);
  if (n === 0) return null;
  const ca = new Map<string, number>();
  const cb = new Map<string, number>();
  let same = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) same++;
    ca.set(a[i]!, (ca.get(a[i]!) ?? 0) + 1);
    cb.set(b[i]!, (cb.get(b[i]!) ?? 0) + 1);
  }
  let pe = 0;
  for (const [k, x] of ca) pe += (x / n) * ((cb.get(k) ?? 0) / n);
  if (pe >= 1 - 1e-12) return null;
  return (same / n - pe) / (1 - pe);
}

/** Fleiss' κ from a table: one row per unit, one column per category, each cell the raters who chose it (rows sum to the same m ≥ 2). */
export function fleissKappaCounts(counts: readonly (readonly number[])[]): number | null {
  const N = counts.length;
  if (N === 0) return null;
  const m = counts[0]!.reduce((s, x) => s + x, 0);
  if (m < 2) return null;
  const k = counts[0]!.length;
  const colSum = new Array<number>(k).fill(0);
  let pBar = 0;
  for (const row of counts) {
    let sq = 0;
    row.forEach((x, j) => {
      sq += x * x;
      colSum[j]! += x;
    });
    pBar += (sq - m) / (m * (m - 1));
  }
  pBar /= N;
  const pe = colSum.reduce((s, c) => s + (c / (N * m)) ** 2, 0);
  if (pe >= 1 - 1e-12) return null;
  return (pBar - pe) / (1 - pe);
}

/** Fleiss' κ of ratings given as one row per unit, one rating per rater. */
export function fleissKappa(ratings: readonly (readonly string[])[]): number | null {
  const cats = [...new Set(ratings.flat())].sort();
  return fleissKappaCounts(ratings.map((row) => cats.map((c) => row.filter((x) => x === c).length)));
}

/** κ of one unit list: Cohen's for two raters, Fleiss' for more. */
export function kappaOf(units: readonly (readonly string[])[]): number | null {
  if (!units.length) return null;
  const raters = units[0]!.length;
  if (raters === 2) return cohenKappa(units.map((u) => u[0]!), units.map((u) => u[1]!));
  return fleissKappa(units);
}

export interface KappaEstimate {
  statistic: 'cohen_kappa' | 'fleiss_kappa';
  kappa: number | null;
  /** 95% percentile bootstrap over items; null when κ is undefined or there are fewer than 2 items. */
  ci95: [number, number] | null;
  /** Units rated (answers graded by every rater). */
  n: number;
  /** Items they come from (the bootstrap's clusters). */
  items: number;
}

/** κ with its item-bootstrap interval. `byItem`: per item, its units (each the raters' ratings in rater order). */
export function kappaWithInterval(byItem: ReadonlyMap<string, readonly (readonly string[])[]>, seed: number, reps = 1000): KappaEstimate | null {
  const groups = [...byItem.values()].filter((g) => g.length > 0);
  const units = groups.flat();
  if (!units.length) return null;
  const raters = units[0]!.length;
  const statistic = raters === 2 ? 'cohen_kappa' : 'fleiss_kappa';
  const kappa = kappaOf(units);
  let ci95: [number, number] | null = null;
  if (kappa !== null && groups.length >= 2) {
    const rand = mulberry32(seed);
    const values: number[] = [];
    for (let r = 0; r < reps; r++) {
      const sample: (readonly string[])[] = [];
      for (let i = 0; i < groups.length; i++) sample.push(...groups[Math.floor(rand() * groups.length)]!);
      const k = kappaOf(sample);
      // A resample with every rating in one category has no κ: it counts as full agreement only if the raters agree on it.
      values.push(k ?? (sample.every((u) => u.every((x) => x === u[0])) ? 1 : 0));
    }
    values.sort((x, y) => x - y);
    ci95 = [quantileSorted(values, 0.025)!, quantileSorted(values, 0.975)!];
  }
  return { statistic, kappa, ci95, n: units.length, items: groups.length };
}
