/**
 * @module stats/mcnemar — exact McNemar test: two models on the same items.
 *
 * Reference: Q. McNemar (1947), Psychometrika 12:153–157; the exact (conditional) version is
 * the two-sided binomial test on the discordant pairs: given m = b + c items where exactly one
 * model is right, b ~ Binomial(m, ½) under H0, and p = min(1, 2·P(X ≤ min(b, c)))
 * (Fagerland, Lydersen & Laake 2013, BMC Med Res Methodol 13:91, "McNemar exact conditional").
 * No discordant pairs → p = 1 (no evidence of a difference). Mid-p is not used.
 */
import { logChoose } from './special.js';

function checkCount(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 0) throw new RangeError(`Expected ${name} to be a non-negative integer, got ${v}`);
}

/**
 * Two-sided exact McNemar p-value.
 * @param b items model A got right and model B wrong
 * @param c items model B got right and model A wrong
 */
export function mcnemarExact(b: number, c: number): number {
  checkCount('b', b);
  checkCount('c', c);
  const m = b + c;
  if (m === 0) return 1;
  const k = Math.min(b, c);
  const ln2m = m * Math.LN2;
  // Sum the lower tail in log space, scaled by its largest term, so m in the 100 000s is fine.
  const logs: number[] = [];
  for (let i = 0; i <= k; i++) logs.push(logChoose(m, i) - ln2m);
  const max = Math.max(...logs);
  let s = 0;
  for (const l of logs) s += Math.exp(l - max);
  return Math.min(1, 2 * Math.exp(max) * s);
}

/**
 * Exact sign test on paired per-item scores (e.g. pass rates when samples > 1): items where A
 * scored higher count as b, lower as c, ties are dropped. With one binary sample per item this
 * is exactly McNemar's test.
 */
export function signTestExact(a: readonly number[], b: readonly number[]): number | null {
  if (a.length !== b.length) throw new RangeError(`Expected paired arrays of equal length, got ${a.length} and ${b.length}`);
  if (a.length === 0) return null;
  let plus = 0;
  let minus = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d > 0) plus++;
    else if (d < 0) minus++;
  }
  return mcnemarExact(plus, minus);
}
