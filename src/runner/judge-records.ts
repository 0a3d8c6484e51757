/**
 * @module runner/judge-records — how the judges' word enters records.jsonl: a judge-scored suite's
 * records take the first judge's grades, an `extract: judge` suite's unread replies the judge's
 * readings (runner/judge-extract); the file is rewritten once, atomically, for all of them.
 */
import fs from 'node:fs';
import { readRecords, serializeRecord } from '../store/records.js';
import type { JudgmentRecord } from '../store/judgments.js';
import type { RunRecord } from '../store/types.js';
import type { SuiteJudging } from './judge-plan.js';

/** A record's new form after judging, or undefined to keep it as it is. */
export type RecordUpdate = (r: RunRecord) => RunRecord | undefined;

/** The answer a record or a grade/extract judgment is about: item, model, sample. */
export function answerKey(r: { item_id: string; model: string | null; sample: number }): string {
  return `${r.item_id}\0${r.model}\0${r.sample}`;
}

/** Rewrites records.jsonl once (atomically) with every judged suite's update (suite name → update). */
export function rewriteJudged(file: string, updates: ReadonlyMap<string, RecordUpdate>): void {
  if (!updates.size) return;
  const tmp = `${file}.judged`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    for (const r of readRecords(file, { onTorn: () => undefined })) fs.writeSync(fd, serializeRecord(updates.get(r.suite)?.(r) ?? r));
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

/**
 * A judge-scored suite: the first judge's grade becomes each record's score (`extracted` = the
 * grade, `extracted_by` = `judge:<id>`, `judge_reason`); a failed judgment makes it an error
 * record; a missing one (judge stopped) leaves it unscored for a resume.
 */
export function gradeUpdate(sj: SuiteJudging, judgments: JudgmentRecord[]): RecordUpdate {
  const primary = sj.judges[0]!;
  const by = new Map<string, JudgmentRecord>();
  for (const j of judgments) if (j.suite === sj.suite && j.judge === primary && j.mode === 'grade') by.set(answerKey(j), j);
  return (r) => {
    const j = !r.variant && typeof r.output === 'string' ? by.get(answerKey(r)) : undefined;
    return j && graded(r, j, primary);
  };
}

function graded(r: RunRecord, j: JudgmentRecord, judge: string): RunRecord {
  const out: RunRecord = { ...r, extracted_by: `judge:${judge}`, judge_reason: j.reason };
  if (j.error !== null) return { ...out, extracted: null, score: null, correct: null, reason: null, error: j.error, error_kind: j.error_kind };
  return { ...out, extracted: j.grade, score: j.score, correct: j.passed, reason: j.passed ? null : 'wrong', error: null, error_kind: null };
}
