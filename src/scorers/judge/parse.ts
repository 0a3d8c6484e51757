/**
 * @module scorers/judge/parse — a judge's reply → its grade, validated with zod. The reply must be
 * one JSON object, optionally inside a Markdown code fence; anything else (prose around it, a
 * missing field, a grade off the scale) is no grade: the judgment becomes an error record
 * (`judge_invalid`), never a wrong answer, and is never cached.
 */
import { z } from 'zod';
import { readGrade, type JudgeScale, type ScaleGrade } from './scale.js';

const GradeReply = z.strictObject({
  grade: z.union([z.string(), z.number()]),
  reason: z.string().trim().min(1),
});

const PairwiseReply = z.strictObject({
  winner: z.enum(['A', 'B', 'tie']),
  reason: z.string().trim().min(1),
});

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const FENCE = /^```(?:json|JSON)?\s*\n([\s\S]*?)\n?```$/;

/** The JSON value of a reply that is only a JSON object, or only one inside a code fence. */
function jsonOf(text: string): Parsed<unknown> {
  const trimmed = text.trim();
  const body = FENCE.exec(trimmed)?.[1] ?? trimmed;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, error: `the reply is not a JSON object: ${JSON.stringify(trimmed.slice(0, 120))}` };
  }
}

function issues(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.join('.') || '(reply)'}: ${i.message}`).join('; ');
}

/** A grading reply → the grade on `scale` and the judge's reason. */
export function parseGrade(text: string, scale: JudgeScale): Parsed<ScaleGrade & { reason: string }> {
  const json = jsonOf(text);
  if (!json.ok) return json;
  const r = GradeReply.safeParse(json.value);
  if (!r.success) return { ok: false, error: `the reply is not {grade, reason}: ${issues(r.error)}` };
  const g = readGrade(scale, r.data.grade);
  if (g === null) return { ok: false, error: `grade ${JSON.stringify(r.data.grade)} is not on the scale` };
  return { ok: true, value: { ...g, reason: r.data.reason } };
}

/** A pairwise reply → which shown answer won (`A`, `B` or `tie`) and why. */
export function parsePairwise(text: string): Parsed<{ winner: 'A' | 'B' | 'tie'; reason: string }> {
  const json = jsonOf(text);
  if (!json.ok) return json;
  const r = PairwiseReply.safeParse(json.value);
  if (!r.success) return { ok: false, error: `the reply is not {winner, reason}: ${issues(r.error)}` };
  return { ok: true, value: r.data };
}

const ExtractReply = z.strictObject({
  answer: z.union([z.string(), z.null()]),
  reason: z.string().trim().min(1),
});

/** An extraction reply → one of `allowed` (matched case-insensitively) or null (the reply commits to none). */
export function parseExtract(text: string, allowed: readonly string[]): Parsed<{ answer: string | null; reason: string }> {
  const json = jsonOf(text);
  if (!json.ok) return json;
  const r = ExtractReply.safeParse(json.value);
  if (!r.success) return { ok: false, error: `the reply is not {answer, reason}: ${issues(r.error)}` };
  if (r.data.answer === null) return { ok: true, value: { answer: null, reason: r.data.reason } };
  const want = r.data.answer.trim().toLowerCase();
  const hit = allowed.find((a) => a.toLowerCase() === want);
  if (hit === undefined) return { ok: false, error: `answer ${JSON.stringify(r.data.answer)} is not one of the allowed answers` };
  return { ok: true, value: { answer: hit, reason: r.data.reason } };
}
