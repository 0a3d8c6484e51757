/**
 * @module runner/judge-extract — `extract: judge` for choice and label suites: which replies the
 * judge is asked to read (those the rules left unread: `no_answer`, `ambiguous`, a decline in words
 * included; never a provider-reported refusal (`refused`), an error or a truncated reply), what it may answer (the option letters or the labels), and the
 * records rewritten with what it read (`extracted_by` `judge:<id>`), counted apart in the summary.
 */
import { labelsFor } from '../scorers/label-config.js';
import { normalizeText } from '../scorers/normalize.js';
import { answerKey, type RecordUpdate } from './judge-records.js';
import type { JudgmentRecord } from '../store/judgments.js';
import type { RunRecord } from '../store/types.js';
import type { Item, Suite } from '../suites/types.js';

export const UNREAD = new Set(['no_answer', 'ambiguous']);

/** A record the judge should read: answered, scored, and left unread by the rules. */
export function needsReading(r: RunRecord): boolean {
  return !r.variant && r.error === null && typeof r.output === 'string' && r.extracted === null && UNREAD.has(String(r.reason));
}

/** The answers the judge may give: option letters with their texts (choice), or the labels (label). */
export function allowedAnswers(suite: Suite, item: Item): { allowed: string[]; shown: string[] } {
  if (suite.scorer.type === 'choice') {
    const letters = Object.keys(item.choices ?? {});
    return { allowed: letters, shown: letters.map((l) => `${l} (${item.choices![l]})`) };
  }
  const labels = labelsFor(item, suite.scorer) ?? [];
  return { allowed: labels, shown: labels };
}

/** Whether the answer read is the item's gold answer. */
export function isGold(suite: Suite, item: Item, answer: string): boolean {
  if (suite.scorer.type === 'choice') return answer.toUpperCase() === String(item.answer).toUpperCase();
  return normalizeText(answer) === normalizeText(String(item.answer));
}

/**
 * How the suite's records the judge read (answer not null) are rewritten: scored from the judge's
 * reading (undefined for any other record); null when the judge read none.
 */
export function extractionUpdate(suite: Suite, judge: string, judgments: readonly JudgmentRecord[]): RecordUpdate | null {
  const by = new Map<string, JudgmentRecord>();
  for (const j of judgments) if (j.suite === suite.name && j.mode === 'extract' && j.error === null && j.grade !== null) by.set(answerKey(j), j);
  if (!by.size) return null;
  return (r) => {
    const j = needsReading(r) ? by.get(answerKey(r)) : undefined;
    return j && { ...r, extracted: j.grade, extracted_by: `judge:${judge}`, correct: j.passed === true, score: j.passed ? 1 : 0, reason: j.passed ? null : 'wrong', judge_reason: j.reason };
  };
}
