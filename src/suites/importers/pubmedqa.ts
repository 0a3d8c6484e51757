/**
 * @module suites/importers/pubmedqa — PubMedQA ori_pqal.json (an object keyed by PMID with
 * QUESTION, CONTEXTS, final_decision) → a yes/no/maybe label suite; `--ids` keeps a split.
 */
import { obviousAliases } from '../../scorers/label-forms.js';
import { InputError } from '../../errors.js';
import type { Item } from '../types.js';
import { rawMembers } from './json-raw.js';
import { IdSet, isObject, kind, parseJson, requireObject, requireString } from './parse.js';
import { readSource, suiteSource, textOf } from './source.js';
import type { ImportedSuite, Importer, ImportOptions } from './types.js';

export const PUBMEDQA_LABELS = ['yes', 'no', 'maybe'];

export const PUBMEDQA_SYSTEM =
  'You answer biomedical research questions from the abstract given. ' +
  'Reply with one word: yes, no, or maybe.';

export const PUBMEDQA_TEMPLATE = 'Abstract:\n{{context}}\n\nQuestion: {{question}}\n\nAnswer yes, no, or maybe.';

/** Parse ori_pqal.json text into label items, in file order (every entry validated). */
export function parsePubMedQa(text: string, file: string): Item[] {
  const data = requireObject(parseJson(text, file), `${file}:1`, 'a JSON object keyed by PMID');
  const ids = new IdSet();
  const items: Item[] = [];
  let line = 1;
  let upTo = 0;
  for (const m of rawMembers(text)) {
    line += newlinesBetween(text, upTo, m.start);
    upTo = m.start;
    const where = `${file}:${line}`;
    ids.add(m.key, where);
    const at = `${where} (PMID ${m.key})`;
    if (m.key.trim() === '') throw new InputError(`${where}: an entry has an empty PMID as its key`);
    const e = requireObject(data[m.key], at);
    const question = requireString(e, 'QUESTION', at);
    const contexts = e.CONTEXTS;
    if (!Array.isArray(contexts) || contexts.length === 0 || !contexts.every((c) => typeof c === 'string')) {
      const what = contexts === undefined ? 'it is missing' : `got ${kind(contexts)}`;
      throw new InputError(`${at}: field "CONTEXTS" must be a non-empty list of strings; ${what}`);
    }
    const answer = requireString(e, 'final_decision', at).trim().toLowerCase();
    if (!PUBMEDQA_LABELS.includes(answer)) {
      throw new InputError(`${at}: field "final_decision" is "${String(e.final_decision)}"; expected yes, no or maybe`);
    }
    const item: Item = { id: m.key, question, context: (contexts as string[]).join('\n\n'), answer };
    // The publication year, kept for `--by year` (not sliced by default: 30 years, a dozen of them under 10 items).
    if (typeof e.YEAR === 'string' && /^\d{4}$/.test(e.YEAR.trim())) item.year = e.YEAR.trim();
    items.push(item);
  }
  return items;
}

function newlinesBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The ids a split file lists: an object keyed by id (test_ground_truth.json) or a list of ids. */
export function parseIdList(text: string, file: string): string[] {
  const v = parseJson(text, file);
  if (isObject(v)) return Object.keys(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map(String);
  throw new InputError(`${file}: expected an object keyed by PMID (like test_ground_truth.json) or a list of PMIDs; got ${kind(v)}`);
}

/** Keep the items whose ids are listed, in file order; every listed id must exist. */
export function selectIds(items: Item[], ids: string[], idsFile: string, dataFile: string): Item[] {
  const have = new Set(items.map((i) => i.id));
  const missing = ids.filter((id) => !have.has(id));
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).map((m) => `"${m}"`).join(', ');
    throw new InputError(
      `${idsFile}: ${missing.length} id(s) are not in ${dataFile}: ${shown}${missing.length > 5 ? ', …' : ''}`,
    );
  }
  const keep = new Set(ids);
  return items.filter((i) => keep.has(i.id));
}

export const pubmedqa = {
  format: 'pubmedqa',
  async import(input: string, options: ImportOptions): Promise<ImportedSuite> {
    const src = await readSource(input, { cacheDir: options.cacheDir });
    let items = parsePubMedQa(textOf(src), src.name);
    let split = `PQA-L (all ${items.length} expert-labelled)`;
    if (options.ids !== undefined) {
      const idSrc = await readSource(options.ids, { cacheDir: options.cacheDir });
      items = selectIds(items, parseIdList(textOf(idSrc), idSrc.name), idSrc.name, src.name);
      split = `test (${items.length} ids from ${idSrc.name})`;
    }
    return {
      suite: {
        name: options.name ?? 'pubmedqa',
        domain: 'medical',
        description:
          'PubMedQA (Jin et al., 2019), PQA-L: yes/no/maybe questions about PubMed abstracts, answered from the ' +
          'abstract without its conclusion (reasoning-required setting). The paper reports accuracy and macro-F1.',
        version: '1',
        metric: 'accuracy',
        secondary_metrics: ['macro_f1'],
        scorer: { type: 'label', labels: [...PUBMEDQA_LABELS], aliases: obviousAliases(PUBMEDQA_LABELS)! },
        system: PUBMEDQA_SYSTEM,
        template: PUBMEDQA_TEMPLATE,
        source: suiteSource(src, 'PubMedQA (PQA-L)', split),
      },
      items,
    };
  },
} satisfies Importer;
