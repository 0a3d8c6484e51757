/**
 * @module stats/plan — `bench plan`: how many items a suite needs to tell models apart.
 *
 * Assumes two models both expected near `expected` accuracy. Without a measured discordance
 * (the fraction of items exactly one of the two models gets right) it assumes independent
 * errors, ψ = 2p(1 − p); models that fail on the same items have a lower ψ and need fewer
 * items, so pass a measured `discordant` when an earlier run exists. Formulas in power.ts.
 */
import { InputError } from '../errors.js';
import { mcnemarSampleSize, nonInferioritySampleSize } from './power.js';

export interface PlanInput {
  /** Non-inferiority margin / difference to detect, in accuracy points (2 = 2 points). */
  marginPoints: number;
  /** Expected accuracy of the models, 0..1. */
  expected: number;
  /** @default 0.8 */
  power?: number;
  /** Two-sided α. @default 0.05 */
  alpha?: number;
  /** Measured discordant fraction ψ (0..1); default 2p(1 − p). */
  discordant?: number;
}

export interface Plan {
  /** Items to show a model within the margin of the best, when truly equal. */
  non_inferiority_items: number | null;
  /** Items to detect a true difference of `marginPoints` with McNemar's test. */
  difference_items: number | null;
  discordant: number;
  sentence: string;
}

function checkRange(name: string, v: number, lo: number, hi: number, flag: string): void {
  if (!Number.isFinite(v) || v <= lo || v >= hi) {
    throw new InputError(`${flag}: expected a number between ${lo} and ${hi} (exclusive) for ${name}, got ${String(v)}`);
  }
}

const fmtInt = (n: number | null): string => (n === null ? 'no finite number of' : n.toLocaleString('en-US'));

/** Items needed for non-inferiority within the margin, and to detect a difference of that size. */
export function planSampleSize(input: PlanInput): Plan {
  const { marginPoints, expected } = input;
  checkRange('the margin in points', marginPoints, 0, 100, '--margin');
  checkRange('the expected accuracy', expected, 0, 1, '--expected');
  const power = input.power ?? 0.8;
  const alpha = input.alpha ?? 0.05;
  checkRange('the power', power, 0, 1, '--power');
  checkRange('alpha', alpha, 0, 1, '--alpha');
  const m = marginPoints / 100;
  const psi = input.discordant ?? 2 * expected * (1 - expected);
  if (input.discordant !== undefined) checkRange('the discordant fraction', psi, 0, 1, '--discordant');
  const ni = nonInferioritySampleSize(m, 0, psi, { alpha, power });
  const p2 = Math.max(0, expected - m);
  const psiDiff = input.discordant ?? expected * (1 - p2) + p2 * (1 - expected);
  const diff = mcnemarSampleSize(m, psiDiff, { alpha, power });
  const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
  const assumption = input.discordant === undefined
    ? `independent errors (${pct(psi)} of items answered right by exactly one model)`
    : `${pct(psi)} of items answered right by exactly one model`;
  const sentence =
    `At ${pct(expected)} expected accuracy and ${assumption}, showing that a model is within ${marginPoints} points of the best ` +
    `(non-inferiority, ${pct(power)} power, 95% interval) needs about ${fmtInt(ni)} items; detecting a true ${marginPoints}-point ` +
    `difference with McNemar's exact test (α ${alpha}, ${pct(power)} power) needs about ${fmtInt(diff)} items. ` +
    `Models that fail on the same items need fewer.`;
  return { non_inferiority_items: ni, difference_items: diff, discordant: psi, sentence };
}
