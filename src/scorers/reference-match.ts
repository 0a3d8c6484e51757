/**
 * @module scorers/reference-match — comparing a short free-text answer with its reference: pure functions.
 *
 * SQuAD-style normalisation (lower-case, punctuation and the articles a/an/the dropped, whitespace
 * collapsed; on top of scorers/normalize's clean-up, so markdown, reasoning blocks and typographic
 * quotes are gone too and thousands separators and decimal points survive), token F1 (the harmonic
 * mean of token precision and recall, tokens counted with multiplicity, as in Rajpurkar et al.
 * 2016, SQuAD's evaluation script), and numbers read from a bare numeric answer.
 */
import { cleanOutput, normalizeText } from './normalize.js';

/** The comparison form: normalizeText, then the articles a/an/the dropped. */
export function normalizeAnswer(text: string): string {
  return normalizeText(text)
    .replace(/(^| )(?:a|an|the)(?= |$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The tokens of an answer's comparison form. */
export function answerTokens(text: string): string[] {
  const n = normalizeAnswer(text);
  return n === '' ? [] : n.split(' ');
}

/**
 * Token F1 between a prediction and one gold answer. Two empty answers agree (1); one empty
 * answer against a non-empty one is 0.
 */
export function tokenF1(prediction: string, gold: string): number {
  return tokensF1(answerTokens(prediction), answerTokens(gold));
}

/** Token F1 of two answers already split by answerTokens. */
export function tokensF1(p: readonly string[], g: readonly string[]): number {
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      common++;
      counts.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** A number, optionally signed, with `,` thousands separators, then an optional unit of up to three words (`7.4 mmol/L`, `12 %`). */
const NUMERIC = /^[=~≈]?\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)\s*(?:%|[\p{L}µ°/][\p{L}\p{N}µ°/^.]*(?:\s+[\p{L}µ°/][\p{L}\p{N}µ°/^.]*){0,2})?\s*\.?$/u;

/** The value of a bare numeric answer ("140", "-3.5", "1,200 mg", "7.4 mmol/L"), or null when the text is not one number. */
export function readNumber(text: string): number | null {
  const m = NUMERIC.exec(cleanOutput(text).trim());
  if (!m) return null;
  const v = Number(m[1]!.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/** Whether `got` is within `tolerance` (absolute) of `want`; a tiny epsilon absorbs binary rounding (0.1 + 0.2). */
export function withinTolerance(got: number, want: number, tolerance: number): boolean {
  return Math.abs(got - want) <= tolerance + 1e-9 * Math.max(1, Math.abs(want));
}
