/**
 * @module runner/judge-extract — `extract: judge` for choice and label suites: which replies the
 * judge is asked to read (those the rules left unread: `no_answer`, `ambiguous`, a decline in words
 * included; never a provider-reported refusal (`refused`), an error or a truncated reply), what it may answer (the option letters or the labels), and the
 * records rewritten with what it read (`extracted_by` `judge:<id>`), counted apart in the summary.
 */
import fs from 'node:fs';
import { labelsFor } from '../scorers/label.js';
import { normalizeText } from '../scorers/normalize.js';
import { readRecords, serializeRecord } from '../store/records.js';
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

/** Rewrites the suite's records that the judge read (answer not null): scored from the judge's reading. */
export function applyExtractions(file: string, suite: Suite, judge: string, judgments: readonly JudgmentRecord[]): void {
  const by = new Map<string, JudgmentRecord>();
  for (const j of judgments) if (j.suite === suite.name && j.mode === 'extract' && j.error === null && j.grade !== null) by.set(`${j.item_id}\0${j.model}\0${j.sample}`, j);
  if (!by.size) return;
  const tmp = `${file}.extracted`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    for (const r of readRecords(file, { onTorn: () => undefined })) {
      const j = r.suite === suite.name && needsReading(r) ? by.get(`${r.item_id}\0${r.model}\0${r.sample}`) : undefined;
      fs.writeSync(fd, serializeRecord(j ? { ...r, extracted: j.grade, extracted_by: `judge:${judge}`, correct: j.passed === true, score: j.passed ? 1 : 0, reason: j.passed ? null : 'wrong', judge_reason: j.reason } : r));
    }
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}
