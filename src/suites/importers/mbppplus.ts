/**
 * @module suites/importers/mbppplus — MBPP+ JSONL(.gz) (evalplus/mbppplus_release, v0.2.0) →
 * a code suite whose tests run the base and plus inputs against the reference solution.
 */
import { InputError } from '../../errors.js';
import type { Item } from '../types.js';
import { CODE_SYSTEM } from './humaneval.js';
import { rawMembers, sanitizeNonFinite } from './json-raw.js';
import { mbppCheckSource } from './mbppplus-check.js';
import { IdSet, isObject, jsonlLines, kind, parseJson, requireObject, requireString } from './parse.js';
import { readSource, suiteSource, textOf } from './source.js';
import type { ImportedSuite, Importer, ImportOptions } from './types.js';

export const MBPP_TEMPLATE = [
  'Write a Python function named `{{entry_point}}` for the task below. The assert shows how it is called',
  'and what it must return. Reply with the complete function, plus any imports or helpers it needs,',
  'in one ```python code block. Do not include tests or example calls.',
  '',
  '{{prompt}}',
].join('\n');

/** Seconds per program (CPU time, with a wall-clock backstop; before the sandbox's calibration); EvalPlus caps a program at 60 s. */
export const MBPP_TIMEOUT_S = 60;
/** Mbpp/255 peaks near 2.2 GB of address space (its check runs the reference too): 3 GB per program. */
export const MBPP_MEMORY_MB = 3072;

/** Parse one MBPP+ JSONL text into code items (every row validated). */
export function parseMbppPlus(text: string, file: string): Item[] {
  const ids = new IdSet();
  return jsonlLines(text).map(({ line, text: t }) => {
    const where = `${file}:${line}`;
    const clean = sanitizeNonFinite(t);
    const row = requireObject(parseJson(clean, file, line), where);
    const id = requireString(row, 'task_id', where);
    ids.add(id, where);
    const at = `${where} (${id})`;
    const prompt = requireString(row, 'prompt', at);
    const entry = requireString(row, 'entry_point', at);
    const solution = requireString(row, 'canonical_solution', at);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(entry)) {
      throw new InputError(`${at}: field "entry_point" must be a Python identifier; got "${entry.slice(0, 40)}"`);
    }
    const raw = new Map(rawMembers(t).map((m) => [m.key, m.raw]));
    const [base, baseJson] = inputs(row.base_input, raw.get('base_input'), 'base_input', at);
    const [plus, plusJson] = inputs(row.plus_input, raw.get('plus_input'), 'plus_input', at);
    if (typeof row.atol !== 'number' && row.atol !== undefined && row.atol !== null) {
      throw new InputError(`${at}: field "atol" must be a number; got ${kind(row.atol)}`);
    }
    const item: Item = {
      id,
      prompt,
      entry_point: entry,
      canonical_solution: solution,
      test: mbppCheckSource({
        taskId: id,
        entryPoint: entry,
        reference: prompt + solution,
        baseInputJson: baseJson,
        plusInputJson: plusJson,
        baseCount: base,
        plusCount: plus,
        atol: raw.get('atol') ?? '0',
      }),
      language: 'python',
    };
    if (typeof row.assertion === 'string') item.assertion = row.assertion;
    return item;
  });
}

/** Count and raw JSON of an inputs field: a list of argument lists (`{}`, as Mbpp/793 has, is none). */
function inputs(v: unknown, raw: string | undefined, field: string, at: string): [number, string] {
  if (isObject(v) && Object.keys(v).length === 0) return [0, '[]'];
  if (!Array.isArray(v) || raw === undefined) {
    const what = v === undefined ? 'it is missing' : `got ${kind(v)}`;
    throw new InputError(`${at}: field "${field}" must be a list of argument lists; ${what}`);
  }
  const bad = v.findIndex((args) => !Array.isArray(args));
  if (bad !== -1) {
    throw new InputError(`${at}: field "${field}"[${bad}] must be a list of arguments; got ${kind(v[bad])}`);
  }
  return [v.length, raw];
}

export const mbppplus = {
  format: 'mbppplus',
  async import(input: string, options: ImportOptions): Promise<ImportedSuite> {
    const src = await readSource(input, { cacheDir: options.cacheDir });
    const items = parseMbppPlus(textOf(src), src.name);
    return {
      suite: {
        name: options.name ?? 'mbppplus',
        domain: 'code',
        description:
          'MBPP+ (EvalPlus; Liu et al., 2023): crowd-sourced Python programming problems from MBPP with many more ' +
          'test inputs; a solution passes when it matches the reference solution on every base and plus input.',
        version: '1',
        metric: 'pass_at_k',
        // The check runs the reference solution too, and a few tasks' reference alone takes
        // seconds (Mbpp/599: ~8 s, 100 calls summing ranges of 10^8): allow EvalPlus's 60 s cap.
        scorer: { type: 'code', harness: 'humaneval', language: 'python', timeout_s: MBPP_TIMEOUT_S, memory_mb: MBPP_MEMORY_MB },
        system: CODE_SYSTEM,
        template: MBPP_TEMPLATE,
        source: suiteSource(src, 'MBPP+', 'test'),
      },
      items,
    };
  },
} satisfies Importer;
