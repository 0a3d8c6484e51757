/**
 * @module suites/importers/parse — JSON and JSONL reading with errors that name file:line,
 * plus the field checks every importer shares.
 */
import { InputError } from '../../errors.js';

export interface Line {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

/** Non-blank lines of a JSONL text (CRLF accepted). */
export function jsonlLines(text: string): Line[] {
  const out: Line[] = [];
  const parts = text.split('\n');
  for (let i = 0; i < parts.length; i++) {
    const t = (parts[i] ?? '').replace(/\r$/, '');
    if (t.trim() !== '') out.push({ line: i + 1, text: t });
  }
  return out;
}

/**
 * JSON.parse with a message that says where and why: `file:line: not valid JSON (...)`.
 * `firstLine` is the line `text` starts on; a multi-line text gets the line of the fault.
 */
export function parseJson(text: string, file: string, firstLine = 1): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? Number(pos[1]) : text.length;
    const line = firstLine + countNewlines(text, at);
    const atEnd = at >= text.trimEnd().length - 1 || /end of JSON|Unterminated/i.test(msg);
    const why = atEnd ? 'the JSON ends early: truncated?' : msg.replace(/ in JSON at position \d+.*$/, '');
    throw new InputError(`${file}:${line}: not valid JSON (${why})`);
  }
}

export function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Describe a value's type for messages: `a number (3)`, `nothing`. */
export function kind(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v === '' ? 'an empty string' : 'a string';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v} (${String(v)})`;
}

/** A required non-empty string field, or an error naming where, the field and what came. */
export function requireString(row: Record<string, unknown>, field: string, where: string): string {
  const v = row[field];
  if (typeof v === 'string' && v.trim() !== '') return v;
  const what = v === undefined ? 'it is missing' : `got ${kind(v)}`;
  throw new InputError(`${where}: field "${field}" must be a non-empty string; ${what}`);
}

/** A required JSON object row. */
export function requireObject(v: unknown, where: string, what = 'a JSON object'): Record<string, unknown> {
  if (isObject(v)) return v;
  throw new InputError(`${where}: expected ${what}; got ${kind(v)}`);
}

/** Tracks ids and throws on the second use of one, naming both places. */
export class IdSet {
  private readonly seen = new Map<string, string>();

  add(id: string, where: string): void {
    const first = this.seen.get(id);
    if (first !== undefined) throw new InputError(`${where}: duplicate id "${id}" (first used at ${first})`);
    this.seen.set(id, where);
  }
}
