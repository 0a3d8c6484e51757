/**
 * @module suites/items — items.jsonl read as a stream, line by line: strict UTF-8, one JSON object a line,
 * each checked against the scorer and the template; every problem named by file:line and item id.
 */
import { createReadStream } from 'node:fs';
import type { Hash } from 'node:crypto';
import { InputError } from '../errors.js';
import { describeValue, MAX_PROBLEMS } from '../config/yaml.js';
import { missingFields, templateFields } from './template.js';
import type { Item, ScorerConfig } from './types.js';

/** Largest items file bench reads. */
export const MAX_ITEMS_BYTES = 1024 ** 3;
/** Largest single line (one item). */
export const MAX_LINE_BYTES = 64 * 1024 ** 2;

/** The lines of a file as bytes (LF or CRLF), streamed; each chunk also feeds `hash`. */
export async function* byteLines(file: string, label: string, hash?: Hash): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  const take = (piece: Buffer): Buffer => {
    const all = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
    pending = [];
    pendingBytes = 0;
    return all.length > 0 && all[all.length - 1] === 0x0d ? all.subarray(0, -1) : all;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash?.update(chunk);
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      yield { line: ++line, bytes: take(chunk.subarray(start, nl)) };
      start = nl + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_LINE_BYTES) throw new InputError(`${label}:${line + 1}: line longer than ${MAX_LINE_BYTES / 1024 ** 2} MiB; one item a line`);
    }
  }
  if (pendingBytes > 0) yield { line: ++line, bytes: take(Buffer.alloc(0)) };
}

export interface ItemRules {
  scorer: ScorerConfig;
  template: string;
  /** `items.jsonl` as named in messages. */
  label: string;
}

export interface ItemsResult {
  items: Item[];
  /** At most MAX_PROBLEMS + 1 kept; `problemCount` has them all. */
  problems: Array<{ line: number; text: string }>;
  problemCount: number;
}

/** Reads and checks every item; never throws for a bad item (they are all collected), only for an unreadable file. */
export async function readItems(file: string, rules: ItemRules, hash: Hash): Promise<ItemsResult> {
  const result: ItemsResult = { items: [], problems: [], problemCount: 0 };
  const add = (line: number, text: string): void => {
    result.problemCount++;
    if (result.problems.length <= MAX_PROBLEMS) result.problems.push({ line, text: `${rules.label}:${line}${text}` });
  };
  const firstLine = new Map<string, number>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const { line, bytes } of byteLines(file, rules.label, hash)) {
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
    const where = ` item "${item.id}"`;
    const first = firstLine.get(item.id);
    if (first !== undefined) add(line, `${where}: duplicate id (first on line ${first}); ids must be unique`);
    else firstLine.set(item.id, line);
    const problems = [...checkScorerFields(item, rules.scorer), ...templateProblems(item, rules)];
    for (const p of problems) add(line, `${where}: ${p}`);
    if (problems.length === 0 && first === undefined) result.items.push(item as Item);
  }
  return result;
}

function templateProblems(item: Record<string, unknown>, rules: ItemRules): string[] {
  return missingFields(rules.template, templateFields(rules, item)).map((f) => `template uses {{${f}}} but the item has no field "${f}"`);
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const norm = (s: string): string => s.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The fields each scorer type needs. */
export function checkScorerFields(item: Record<string, unknown>, scorer: ScorerConfig): string[] {
  const out: string[] = [];
  const field = (name: string, expected: string): string => `field \`${name}\`: expected ${expected}, got ${describeValue(item[name])}`;
  switch (scorer.type) {
    case 'choice': {
      const c = item.choices;
      if (c === null || typeof c !== 'object' || Array.isArray(c)) return [field('choices', 'an object of letter → option text')];
      const keys = Object.keys(c);
      if (keys.length < 2) out.push(field('choices', 'at least two options'));
      const badKey = keys.find((k) => !/^[A-Z]$/.test(k));
      if (badKey !== undefined) out.push(`field \`choices\`: expected capital letters A-Z as keys, got "${badKey}"`);
      const empty = keys.find((k) => !isText((c as Record<string, unknown>)[k]));
      if (empty !== undefined) out.push(`field \`choices.${empty}\`: expected the option's text, got ${describeValue((c as Record<string, unknown>)[empty])}`);
      if (typeof item.answer !== 'string' || !keys.includes(item.answer)) out.push(field('answer', `one of the choice letters ${keys.join(', ')}`));
      return out;
    }
    case 'label': {
      const own = item.labels;
      if (own !== undefined && (!Array.isArray(own) || own.length < 2 || !own.every(isText))) {
        return [field('labels', 'a list of at least two non-empty labels')];
      }
      const labels = (own as string[] | undefined) ?? scorer.labels;
      if (labels === undefined) return ['field `labels`: missing; the suite sets no scorer.labels, so each item needs its own `labels`'];
      if (typeof item.answer !== 'string' || !labels.some((l) => norm(l) === norm(item.answer as string))) {
        const list = labels.length > 12 ? `${labels.slice(0, 12).join(', ')}, …` : labels.join(', ');
        out.push(field('answer', `one of the labels (${list})`));
      }
      return out;
    }
    case 'exact':
      return isText(item.answer) ? [] : [field('answer', 'a non-empty string')];
    case 'code':
      return (['prompt', 'test', 'entry_point'] as const).filter((f) => !isText(item[f])).map((f) => field(f, 'a non-empty string'));
  }
}
