/**
 * @module suites/slices — the item fields a suite is sliced by (`slices: [topic]` in suite.yaml,
 * or `--by <field>`): which values an item has, and the check that a field is usable.
 *
 * A slice field is any item field holding a string or a list of strings; an item with a list is
 * in every slice it names; an item without the field is in the slice `(none)`. A field that no
 * item carries is an error (a typo would otherwise give one slice of everything).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeValue } from '../config/yaml.js';
import { nearest } from '../config/suggest.js';
import { NO_VALUE } from '../stats/slices.js';
import { byteLines } from './byte-lines.js';

/** An item's values of a slice field (`(none)` when it lacks it); null when the value is not a string or a list of strings. */
export function sliceValuesOf(item: Record<string, unknown>, field: string): string[] | null {
  const v = item[field];
  if (v === undefined || v === null) return [NO_VALUE];
  if (typeof v === 'string') return v.trim() === '' ? [NO_VALUE] : [v.trim()];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    const vals = [...new Set((v as string[]).map((s) => s.trim()).filter(Boolean))];
    return vals.length ? vals : [NO_VALUE];
  }
  return null;
}

/**
 * Problems with slicing these items by `field`: none carries it (with the nearest field name
 * suggested), or an item holds something that is not a string or a list of strings.
 */
export function sliceFieldProblems(items: readonly Record<string, unknown>[], field: string): string[] {
  const out: string[] = [];
  let carried = 0;
  for (const item of items) {
    if (item[field] === undefined || item[field] === null) continue;
    carried++;
    if (sliceValuesOf(item, field) === null && out.length < 5) {
      out.push(`item "${String(item.id)}": field \`${field}\`: expected a string or a list of strings to slice by, got ${describeValue(item[field])}`);
    }
  }
  if (carried === 0) {
    const fields = [...new Set(items.slice(0, 200).flatMap((i) => Object.keys(i)))].filter((f) => f !== 'id');
    const guess = nearest(field, fields);
    out.unshift(`no item has a field "${field}" to slice by${guess ? ` (did you mean "${guess}"?)` : ''}; the items carry: ${fields.join(', ')}`);
  }
  return out;
}

/** item id → values, per field. */
export type SliceValues = Map<string, Map<string, string[]>>;

/**
 * Reads the values of `fields` for every item of a suite folder (a run's snapshot), streaming
 * its items file; values that cannot slice count as `(none)`.
 */
export async function readSliceValues(suiteDir: string, fields: readonly string[]): Promise<SliceValues> {
  const out: SliceValues = new Map(fields.map((f) => [f, new Map()]));
  if (!fields.length) return out;
  const file = path.join(suiteDir, (await suiteYamlOf(suiteDir)).items ?? 'items.jsonl');
  const decoder = new TextDecoder('utf-8');
  for await (const { bytes } of byteLines(file, file)) {
    const text = decoder.decode(bytes).trim();
    if (!text) continue;
    let item: Record<string, unknown>;
    try {
      item = JSON.parse(text) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (typeof item?.id !== 'string') continue;
    for (const f of fields) out.get(f)!.set(item.id, sliceValuesOf(item, f) ?? [NO_VALUE]);
  }
  return out;
}

/** The `slices` and `items` keys of a suite folder's suite.yaml (already validated when the run started). */
export async function suiteYamlOf(suiteDir: string): Promise<{ slices?: string[]; items?: string }> {
  try {
    const v = parseYaml(await readFile(path.join(suiteDir, 'suite.yaml'), 'utf8')) as Record<string, unknown> | null;
    const slices = Array.isArray(v?.slices) ? v.slices.filter((s): s is string => typeof s === 'string') : undefined;
    return { ...(slices ? { slices } : {}), ...(typeof v?.items === 'string' ? { items: v.items } : {}) };
  } catch {
    return {};
  }
}

/**
 * `--by <field>` for a run: the field must be a slice field of at least one suite (suites
 * without it are not sliced). Returns the error message, or null when it is usable.
 */
export function byFieldError(suites: ReadonlyArray<{ name: string; items: readonly Record<string, unknown>[] }>, field: string): string | null {
  const problems = suites.map((s) => ({ name: s.name, problems: sliceFieldProblems(s.items, field) }));
  if (problems.some((p) => p.problems.length === 0)) return null;
  return `--by ${field}: ${problems.map((p) => `suite ${p.name}: ${p.problems[0]}`).join('; ')}`;
}
