/**
 * @module stats/paired — 95% interval for the difference of two paired proportions
 * (two models, the same items).
 *
 * Method: Newcombe's square-and-add interval, method 10 of R. G. Newcombe (1998), "Improved
 * confidence intervals for the difference between binomial proportions based on paired data",
 * Stat. Med. 17:2635–2650: Wilson score limits for each marginal proportion, combined with the
 * continuity-corrected φ of the 2×2 table (φ = (A − N/2)/√P if A > N/2; 0 if 0 ≤ A ≤ N/2;
 * A/√P if A < 0, with A = n11·n00 − n10·n01 and P the product of the margins), as in
 * Fagerland, Lydersen & Laake (2017), Statistical Analysis of Contingency Tables, ch. 8.
 * Empty table → null.
 */
import { wilson, Z95 } from './proportion.js';
import type { Interval } from './bootstrap.js';

/** A paired 2×2 table: n10 = A right and B wrong, n01 = B right and A wrong. */
export interface PairedTable {
  n11: number;
  n10: number;
  n01: number;
  n00: number;
}

/** Builds the paired table from per-item correctness (same order, same items). */
export function pairedTable(a: readonly boolean[], b: readonly boolean[]): PairedTable {
  if (a.length !== b.length) throw new RangeError(`Expected paired arrays of equal length, got ${a.length} and ${b.length}`);
  const t: PairedTable = { n11: 0, n10: 0, n01: 0, n00: 0 };
  for (let i = 0; i < a.length; i++) {
    if (a[i]) { if (b[i]) t.n11++; else t.n10++; } else if (b[i]) t.n01++; else t.n00++;
  }
  return t;
}

/** Newcombe (1998) method 10 interval for p_A − p_B; estimate = (n10 − n01)/N. */
export function newcombePaired(t: PairedTable, z: number = Z95): Interval | null {
  const { n11, n10, n01, n00 } = t;
  const N = n11 + n10 + n01 + n00;
  if (N === 0) return null;
  const r1 = n11 + n10; // A right
  const r2 = n01 + n00; // A wrong
  const c1 = n11 + n01; // B right
  const c2 = n10 + n00; // B wrong
  const w1 = wilson(r1, N, z)!;
  const w2 = wilson(c1, N, z)!;
  const p1 = r1 / N;
  const p2 = c1 / N;
  const estimate = p1 - p2;
  let phi = 0;
  const prod = r1 * r2 * c1 * c2;
  if (prod > 0) {
    const A = n11 * n00 - n10 * n01;
    if (A > N / 2) phi = (A - N / 2) / Math.sqrt(prod);
    else if (A < 0) phi = A / Math.sqrt(prod);
  }
  const dl1 = p1 - w1.low;
  const du1 = w1.high - p1;
  const dl2 = p2 - w2.low;
  const du2 = w2.high - p2;
  const lowSq = dl1 * dl1 - 2 * phi * dl1 * du2 + du2 * du2;
  const highSq = du1 * du1 - 2 * phi * du1 * dl2 + dl2 * dl2;
  return {
    estimate,
    low: Math.max(-1, estimate - Math.sqrt(Math.max(0, lowSq))),
    high: Math.min(1, estimate + Math.sqrt(Math.max(0, highSq))),
  };
}
