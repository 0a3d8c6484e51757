/**
 * @module suites/items — items.jsonl read as a stream, line by line: strict UTF-8, one JSON object a line,
 * each checked against the scorer's own item rule (scorers/index `itemCheck`) and the template; every problem named by file:line and item id.
 */
import type { Hash } from 'node:crypto';
import { InputError } from '../errors.js';
import { describeValue, MAX_PROBLEMS } from '../config/yaml.js';
import { missingFields, templateFields } from './template.js';
import { itemCheck } from '../scorers/index.js';
import { markItemsChecked, type ItemCheck } from '../scorers/types.js';
import type { Item, ScorerConfig } from './types.js';
import { SpanRecorder, type ItemSpans } from './item-spans.js';

/** Largest items file bench reads. */
export const MAX_ITEMS_BYTES = 1024 ** 3;
import { byteLineBatches } from './byte-lines.js';
export { byteLines, MAX_LINE_BYTES } from './byte-lines.js';

export interface ItemRules {
  scorer: ScorerConfig;
  template: string;
  /** `items.jsonl` as named in messages. */
  label: string;
}

export interface ItemsResult {
  items: Item[];
  /** Where each kept item's line lies in the file (suites/item-spans). */
  spans: Omit<ItemSpans, 'bytes'>;
  /** At most MAX_PROBLEMS + 1 kept; `problemCount` has them all. */
  problems: Array<{ line: number; text: string }>;
  problemCount: number;
}

/** Reads and checks every item; never throws for a bad item (they are all collected), only for an unreadable file. */
export async function readItems(file: string, rules: ItemRules, hash: Hash): Promise<ItemsResult> {
  const spans = new SpanRecorder();
  const result: Omit<ItemsResult, 'spans'> = { items: [], problems: [], problemCount: 0 };
  const add = (line: number, text: string): void => {
    result.problemCount++;
    if (result.problems.length <= MAX_PROBLEMS) result.problems.push({ line, text: `${rules.label}:${line}${text}` });
  };
  const firstLine = new Map<string, number>();
  const check = await itemCheck(rules.scorer.type);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const batch of byteLineBatches(file, rules.label, hash)) for (const { line, bytes, offset } of batch) {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      add(line, ': not valid UTF-8 (save the file as UTF-8)');
      continue;
    }
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      add(line, `: not valid JSON (${(e as Error).message}); expected one JSON object a line`);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      add(line, `: expected a JSON object, got ${describeValue(value)}`);
      continue;
    }
    const item = value as Record<string, unknown>;
    if (typeof item.id !== 'string' || item.id.trim() === '') {
      add(line, `: field \`id\`: expected a non-empty string, got ${describeValue(item.id)}`);
      continue;
    }
    const first = firstLine.get(item.id);
    if (first !== undefined) add(line, ` item "${item.id}": duplicate id (first on line ${first}); ids must be unique`);
    else firstLine.set(item.id, line);
    const problems = itemProblems(item, rules, check);
    for (const p of problems) add(line, ` item "${item.id}": ${p}`);
    if (problems.length === 0 && first === undefined) {
      result.items.push(item as Item);
      spans.add(offset, bytes.length);
    }
  }
  // Each kept item passed the scorer's own check: the scorer made for this suite need not run it again.
  if (check && result.problemCount === 0) markItemsChecked(result.items, check, rules.scorer);
  return { ...result, spans: spans.finish(result.items) };
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * What is wrong with an item, in this order: the scorer's own rule for its items (`check`: scorers/index
 * `itemCheck`; none for an unknown type, the factory's to refuse), the grading fields any item may carry,
 * and the template's fields it lacks. An item without problems (nearly all) gets the shared empty
 * list back; the template check still builds its (empty) list of missing fields.
 */
function itemProblems(item: Record<string, unknown>, rules: ItemRules, check: ItemCheck | undefined): readonly string[] {
  const scorer = check ? check(item, rules.scorer) : NONE;
  const grading = item.rubric === undefined && item.human_grade === undefined ? NONE : gradingProblems(item);
  const missing = missingFields(rules.template, templateFields(rules, item));
  if (scorer.length === 0 && grading.length === 0 && missing.length === 0) return NONE;
  return [...scorer, ...grading, ...missing.map((f) => `template uses {{${f}}} but the item has no field "${f}"`)];
}

/** `rubric` (a non-empty string) and `human_grade` (a grade: a non-empty string or a number, or a mapping model id → grade), both optional. */
function gradingProblems(item: Record<string, unknown>): string[] {
  const out: string[] = [];
  const { rubric, human_grade: grade } = item;
  if (rubric !== undefined && (typeof rubric !== 'string' || rubric.trim() === '')) out.push(`field \`rubric\`: expected a non-empty string, got ${describeValue(rubric)}`);
  const isGrade = (g: unknown): boolean => (typeof g === 'string' && g.trim() !== '') || (typeof g === 'number' && Number.isFinite(g));
  // A mapping model id → grade pairs each grade with that model's answer (judge-vs-human agreement needs it).
  const isMapping = grade !== null && typeof grade === 'object' && !Array.isArray(grade) && Object.values(grade).length > 0 && Object.values(grade).every(isGrade);
  if (grade !== undefined && !isGrade(grade) && !isMapping) {
    out.push(`field \`human_grade\`: expected a grade (a non-empty string or a number) or a mapping of model id → grade, got ${describeValue(grade)}`);
  }
  return out;
}
