/**
 * @module suites/importers/medqa — MedQA USMLE 4-option JSONL (`question`, `options` {A..D},
 * `answer_idx`) → a multiple-choice suite scored by accuracy.
 */
import { InputError } from '../../errors.js';
import type { Item } from '../types.js';
import { IdSet, isObject, jsonlLines, kind, parseJson, requireObject, requireString } from './parse.js';
import { readSource, suiteSource, textOf } from './source.js';
import type { ImportedSuite, Importer, ImportOptions } from './types.js';

export const MEDQA_SYSTEM =
  'You are a physician answering USMLE-style multiple-choice questions. ' +
  'Think it through briefly if you need to, then end with the line "Answer: X" where X is the letter of the single best option.';

export const MEDQA_TEMPLATE = '{{question}}\n\n{{choices}}';

interface Row {
  line: number;
  realidx: unknown;
  item: Item;
}

/** Parse a MedQA JSONL text into choice items (every row validated). */
export function parseMedQa(text: string, file: string): Item[] {
  const rows: Row[] = jsonlLines(text).map(({ line, text: t }) => {
    const where = `${file}:${line}`;
    const row = requireObject(parseJson(t, file, line), where);
    const question = requireString(row, 'question', where);
    const choices = options(row.options, where);
    const answer = requireString(row, 'answer_idx', where).trim();
    if (!(answer in choices)) {
      throw new InputError(
        `${where}: field "answer_idx" is "${answer}", which is not one of the options (${Object.keys(choices).join(', ')})`,
      );
    }
    const item: Item = { id: '', question, choices, answer };
    if (typeof row.meta_info === 'string') item.meta_info = row.meta_info;
    return { line, realidx: row.realidx, item };
  });
  const useRealidx = realidxUsable(rows);
  const ids = new IdSet();
  for (const r of rows) {
    r.item.id = useRealidx ? String(r.realidx) : `medqa-${r.line}`;
    ids.add(r.item.id, `${file}:${r.line}`);
  }
  return rows.map((r) => r.item);
}

/** `realidx` becomes the id when every row has one (a number or a string) and no two are equal. */
function realidxUsable(rows: Row[]): boolean {
  const seen = new Set<string>();
  for (const r of rows) {
    const v = r.realidx;
    if (!(typeof v === 'number' || (typeof v === 'string' && v.trim() !== ''))) return false;
    if (seen.has(String(v))) return false;
    seen.add(String(v));
  }
  return rows.length > 0;
}

function options(v: unknown, where: string): Record<string, string> {
  if (!isObject(v)) {
    const what = v === undefined ? 'it is missing' : `got ${kind(v)}`;
    throw new InputError(`${where}: field "options" must be an object of letter → option text; ${what}`);
  }
  const keys = Object.keys(v).sort();
  if (keys.length < 2) throw new InputError(`${where}: field "options" must hold at least two options; got ${keys.length}`);
  const out: Record<string, string> = {};
  for (const k of keys) {
    const text = v[k];
    if (!/^[A-Z]$/.test(k)) throw new InputError(`${where}: field "options" has key "${k}"; expected letters A, B, C, …`);
    if (typeof text !== 'string' || text.trim() === '') {
      throw new InputError(`${where}: field "options.${k}" must be a non-empty string; got ${kind(text)}`);
    }
    out[k] = text;
  }
  return out;
}

export const medqa = {
  format: 'medqa',
  async import(input: string, options: ImportOptions): Promise<ImportedSuite> {
    const src = await readSource(input, { cacheDir: options.cacheDir });
    const items = parseMedQa(textOf(src), src.name);
    const n = Object.keys(items[0]?.choices ?? {}).length || 4;
    return {
      suite: {
        name: options.name ?? 'medqa',
        domain: 'medical',
        description:
          `MedQA (Jin et al., 2021): USMLE-style medical licensing exam questions, ${n} options each; ` +
          'multiple choice scored by accuracy.',
        version: '1',
        metric: 'accuracy',
        // The exam step each question comes from (step1, step2&3): the suite is reported by it.
        ...(items.some((i) => typeof i.meta_info === 'string') ? { slices: ['meta_info'] } : {}),
        scorer: { type: 'choice' },
        system: MEDQA_SYSTEM,
        template: MEDQA_TEMPLATE,
        source: suiteSource(src, 'MedQA (USMLE, 4 options)', 'test'),
      },
      items,
    };
  },
} satisfies Importer;
