/**
 * @module stats/format — how numbers are written in verdicts and reports: accuracy as a
 * percentage with one decimal, differences in points, p-values with two significant digits.
 */
import type { PublicModelSpec } from '../config/types.js';

export const fmtPct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** A difference in points, signed when asked: 0.041 → "4.1" / "+4.1". Uses a true minus sign. */
export function fmtPoints(x: number, signed = false): string {
  const v = (x * 100).toFixed(1);
  const neg = v.startsWith('-') && Number(v) !== 0;
  const abs = neg ? v.slice(1) : v.replace(/^-/, '');
  return neg ? `−${abs}` : signed ? `+${abs}` : abs;
}

/** An interval: "70.2–88.6%" for proportions, "−4.1 to +2.3" for signed differences (points). */
export function fmtCI(ci: [number, number] | null, points = false): string {
  if (ci === null) return '—';
  if (points) return `${fmtPoints(ci[0], true)} to ${fmtPoints(ci[1], true)}`;
  return `${(ci[0] * 100).toFixed(1)}–${(ci[1] * 100).toFixed(1)}%`;
}

export function fmtP(p: number | null): string {
  if (p === null) return 'p n/a';
  if (p < 0.001) return 'p<0.001';
  return `p=${p < 0.01 ? p.toFixed(3) : p >= 0.995 ? '1.0' : p.toFixed(2)}`;
}

export function fmtParams(b: number | null | undefined): string | null {
  if (b === null || b === undefined) return null;
  return `${Number(b.toPrecision(b < 10 ? 2 : 3))}B`;
}

/** "coder-1.5b (1.5B, domain)". */
export function describeModel(id: string, spec: Pick<PublicModelSpec, 'params_b' | 'tuned'> | undefined): string {
  const parts = [fmtParams(spec?.params_b), spec?.tuned].filter(Boolean);
  return parts.length > 0 ? `${id} (${parts.join(', ')})` : id;
}

/** How the candidate's cost per correct answer compares with the reference's. */
export function costPhrase(ref: number | null, cand: number | null): string {
  if (ref === null || cand === null || ref <= 0 || cand <= 0) return '';
  const r = ref / cand;
  if (r >= 2) return `1/${Math.round(r)} of the cost per correct answer`;
  if (r >= 1.05) return `${Math.round((1 - 1 / r) * 100)}% lower cost per correct answer`;
  if (r <= 1 / 1.05) return `${(1 / r).toFixed(1)}× the cost per correct answer`;
  return 'about the same cost per correct answer';
}

export function latencyPhrase(ref: number | null, cand: number | null): string {
  if (ref === null || cand === null || ref <= 0 || cand <= 0) return '';
  const r = ref / cand;
  if (r >= 1.05) return `${r.toFixed(1)}× lower p50 latency`;
  if (r <= 1 / 1.05) return `${(1 / r).toFixed(1)}× higher p50 latency`;
  return 'similar p50 latency';
}

export const fmtUsd = (x: number | null): string =>
  x === null ? '—' : x === 0 ? '$0' : x >= 1 ? `$${x.toFixed(2)}` : `$${x.toPrecision(2)}`;

export const fmtMs = (x: number | null): string =>
  x === null ? '—' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`;
