/**
 * @module scorers/judge/scale — a judge's grade scale: a list of grades (best first, some of
 * which pass) or whole numbers from `min` to `max` with a pass mark. A grade off the scale is
 * no grade at all (the judgment is an error), never the nearest grade.
 */
import type { ScorerConfig } from '../../suites/types.js';

export type JudgeScale =
  | { kind: 'labels'; grades: string[]; pass: string[] }
  | { kind: 'numeric'; min: number; max: number; pass: number };

export const DEFAULT_GRADES = ['correct', 'partially_correct', 'incorrect'];

/** A grade read on the scale: its canonical text, whether it passes, and its place from 0 (worst) to 1 (best). */
export interface ScaleGrade {
  grade: string;
  correct: boolean;
  score: number;
}

/** The scale a suite's scorer block asks for (checked by the suite schema). */
export function scaleOf(config: Pick<ScorerConfig, 'grades' | 'pass'>): JudgeScale {
  const g = config.grades;
  if (g !== undefined && !Array.isArray(g)) return { kind: 'numeric', min: g.min, max: g.max, pass: g.pass };
  const grades = g ?? DEFAULT_GRADES;
  return { kind: 'labels', grades, pass: config.pass ?? [grades[0]!] };
}

/** Problems with `pass` against the grades (a pass grade that is not on the scale). */
export function scaleProblems(config: Pick<ScorerConfig, 'grades' | 'pass'>): string[] {
  if (config.pass === undefined) return [];
  if (config.grades !== undefined && !Array.isArray(config.grades)) return ['field `pass`: applies to a list of grades; a numeric scale has its own `pass` mark'];
  const grades = config.grades ?? DEFAULT_GRADES;
  return config.pass.filter((p) => !grades.includes(p)).map((p) => `field \`pass\`: ${JSON.stringify(p)} is not one of the grades (${grades.join(', ')})`);
}

/** Reads a judge's grade on the scale; null when it is not on it. Label grades match case-insensitively, spaces as `_`. */
export function readGrade(scale: JudgeScale, raw: unknown): ScaleGrade | null {
  if (scale.kind === 'numeric') {
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(n) || n < scale.min || n > scale.max) return null;
    return { grade: String(n), correct: n >= scale.pass, score: (n - scale.min) / (scale.max - scale.min) };
  }
  if (typeof raw !== 'string') return null;
  const key = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const i = scale.grades.findIndex((g) => g.toLowerCase().replace(/[\s-]+/g, '_') === key);
  if (i < 0) return null;
  const grade = scale.grades[i]!;
  return { grade, correct: scale.pass.includes(grade), score: scale.grades.length === 1 ? 1 : 1 - i / (scale.grades.length - 1) };
}

/** The scale as the judge's prompt states it. */
export function describeScale(scale: JudgeScale): string {
  if (scale.kind === 'numeric') {
    return `a whole number from ${scale.min} (worst) to ${scale.max} (best); ${scale.pass} or more means the answer is acceptable`;
  }
  return `one of ${scale.grades.map((g) => JSON.stringify(g)).join(', ')} (best first)`;
}

/** Every grade of the scale, as categories for agreement statistics. */
export function scaleCategories(scale: JudgeScale): string[] {
  if (scale.kind === 'labels') return [...scale.grades];
  const out: string[] = [];
  for (let n = scale.min; n <= scale.max; n++) out.push(String(n));
  return out;
}
