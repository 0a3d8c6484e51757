/**
 * @module store/judgments — `judgments.jsonl` of a run folder: one line per question asked of a
 * judge (a grade of one answer, or one order of a pairwise comparison). Written whole at the end
 * of the judging phase (atomically); `bench report` rebuilds the judging section from it alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic.js';
import { redactDeep } from '../secrets.js';
import type { JudgeCallUsage } from '../runner/judge-call.js';

export const JUDGMENTS = 'judgments.jsonl';

export interface JudgmentRecord extends JudgeCallUsage {
  suite: string;
  item_id: string;
  judge: string;
  /** `extract`: reading a reply the rules left unread (`grade` = the answer read, null when none). */
  mode: 'grade' | 'pairwise' | 'extract';
  /** grade: the candidate whose answer was graded (pairwise: null). */
  model: string | null;
  sample: number;
  /** pairwise: the pair compared (model_a shown first when `order` is `ab`). */
  model_a: string | null;
  model_b: string | null;
  order: 'ab' | 'ba' | null;
  /** grade: the grade on the suite's scale, whether it passes, its place 0..1. */
  grade: string | null;
  passed: boolean | null;
  score: number | null;
  /** pairwise: the position the judge preferred (`A` = shown first) and the model that is. */
  winner: 'A' | 'B' | 'tie' | null;
  preferred: string | null;
  /** The judge's one-sentence reason. */
  reason: string | null;
  /** The judgment failed (endpoint error, or a reply that was not a valid grade): no grade. */
  error: string | null;
  error_kind: string | null;
  /** grade: the item's human grade for this model's answer, when the item carries one. */
  human_grade: string | null;
  /** grade, suites scored by their own scorer (e.g. reference): that scorer's verdict on the answer. */
  scorer_correct: boolean | null;
  prompt_version: string;
}

export async function writeJudgments(runDir: string, records: JudgmentRecord[]): Promise<void> {
  await writeFileAtomic(path.join(runDir, JUDGMENTS), records.map((r) => JSON.stringify(redactDeep(r)) + '\n').join(''));
}

/**
 * The order judgments.jsonl is written in, and the order the judging summary reads them in:
 * suite, judge, item, model, sample, pair, order, mode. The judges answer in completion order and
 * a merge puts one shard's judgments after another's; figures taken in this order (the judges'
 * bill, the κ bootstrap's clusters) are the same for a run, its rerun and a merge of its shards.
 */
export function compareJudgments(x: JudgmentRecord, y: JudgmentRecord): number {
  const kx = judgmentKey(x);
  const ky = judgmentKey(y);
  return kx < ky ? -1 : kx > ky ? 1 : 0;
}

const judgmentKey = (j: JudgmentRecord): string =>
  [j.suite, j.judge, j.item_id, j.model ?? '', String(j.sample), j.model_a ?? '', j.model_b ?? '', j.order ?? '', j.mode].join('\0');

/** The run's judgments; none when the run judged nothing. */
export function readJudgments(runDir: string): JudgmentRecord[] {
  const file = path.join(runDir, JUDGMENTS);
  if (!fs.existsSync(file)) return [];
  const out: JudgmentRecord[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as JudgmentRecord);
  return out;
}
