/**
 * @module config/issues — zod issues turned into located, actionable messages: where, expected what, got what, did you mean.
 */
import type { z } from 'zod';
import { nearest } from './suggest.js';
import { at, describeValue, formatPath, offsetOf, valueAt, type Path, type Problem, type YamlFile } from './yaml.js';

export interface IssueContext {
  file: YamlFile;
  /** The parsed data the schema was run on. */
  data: unknown;
  schema: z.ZodType;
  /** How a path is named in messages (default: `.a.b[0]`). */
  name?: (p: Path) => string;
  /** What to show instead of a value that must not be echoed (came from `${VAR}`, may be a key). */
  conceal?: (p: Path) => string | undefined;
  /** Extra advice for an unknown key. */
  unknownKeyHint?: (p: Path, key: string) => string | undefined;
}

interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}

function def(schema: z.ZodType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

/** The schema without optional/default/nullable wrappers (and a pipe's input side). */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let d = def(s); d.innerType || (d.type === 'pipe' && d.in); d = def(s)) s = (d.innerType ?? d.in)!;
  return s;
}

/** The schemas that describe the value at `p` (several under a union). */
export function schemasAt(schema: z.ZodType, p: Path): z.ZodType[] {
  let current = [unwrap(schema)];
  for (const seg of p) {
    const next: z.ZodType[] = [];
    for (const s of current.flatMap(expandUnion)) {
      const d = def(s);
      const child = d.type === 'object' ? d.shape?.[String(seg)] : d.type === 'array' ? d.element : d.type === 'record' ? d.valueType : undefined;
      if (child) next.push(unwrap(child));
    }
    current = next;
  }
  return current.flatMap(expandUnion);
}

function expandUnion(s: z.ZodType): z.ZodType[] {
  const d = def(s);
  return d.type === 'union' && d.options ? d.options.map(unwrap).flatMap(expandUnion) : [s];
}

/** The keys an object at `p` may have. */
export function keysAt(schema: z.ZodType, p: Path): string[] {
  return [...new Set(schemasAt(schema, p).flatMap((s) => Object.keys(def(s).shape ?? {})))];
}

/** The primitive type expected at `p` (`number`, `boolean`, `string`…), when there is exactly one. */
export function leafTypeAt(schema: z.ZodType, p: Path): string | undefined {
  const types = new Set(schemasAt(schema, p).map((s) => def(s).type));
  return types.size === 1 ? [...types][0] : undefined;
}

const ARTICLE: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  record: 'a mapping',
};

/** Every zod issue as one located message. */
export function issueProblems(issues: readonly z.core.$ZodIssue[], ctx: IssueContext): Problem[] {
  const name = ctx.name ?? ((p: Path) => formatPath(p).replace(/^\./, '') || '(top level)');
  const out: Problem[] = [];
  for (const issue of issues) {
    const p = issue.path;
    if (issue.code === 'unrecognized_keys') {
      const valid = keysAt(ctx.schema, p);
      for (const key of issue.keys) {
        const pos = offsetOf(ctx.file.doc, p, key);
        const hint = ctx.unknownKeyHint?.(p, key);
        const guess = nearest(key, valid);
        const advice = hint ?? (guess ? `did you mean \`${guess}\`?` : `valid keys: ${valid.join(', ')}`);
        out.push({ pos, text: `${at(ctx.file, pos)} ${name([...p, key])}: unknown key \`${key}\`; ${advice}` });
      }
      continue;
    }
    const pos = offsetOf(ctx.file.doc, p);
    const value = valueAt(ctx.data, p);
    const expected = expectation(issue);
    const text =
      value === undefined && issue.code === 'invalid_type'
        ? `missing; ${expected}`
        : `${expected}, got ${ctx.conceal?.(p) ?? describeValue(value)}`;
    const guess = issue.code === 'invalid_value' && typeof value === 'string' ? nearest(value, issue.values.map(String)) : undefined;
    out.push({ pos, text: `${at(ctx.file, pos)} ${name(p)}: ${text}${guess ? ` (did you mean \`${guess}\`?)` : ''}` });
  }
  return out;
}

function expectation(issue: z.core.$ZodIssue): string {
  const msg = issue.message;
  if (msg.startsWith('expected')) return msg;
  if (issue.code === 'invalid_type') return `expected ${ARTICLE[issue.expected] ?? issue.expected}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => String(v)).join(' | ')}`;
  return `expected a valid value (${msg})`;
}
