/**
 * @module suites/importers/legalbench — a LegalBench task folder (test.tsv or train.tsv,
 * base_prompt.txt with {{column}} placeholders, README.md) → a label suite that keeps the task's
 * own prompt, scored by balanced accuracy as LegalBench scores it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../errors.js';
import type { Item } from '../types.js';
import { IdSet } from './parse.js';
import { findLicense, isUrl, licenseName, readSource, suiteSource, textOf } from './source.js';
import { parseTsv } from './tsv.js';
import type { ImportedSuite, Importer, ImportOptions } from './types.js';

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** The columns a prompt's `{{column}}` placeholders name, in order, each once. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** LegalBench's comparison form: lower-case, punctuation dropped, spaces collapsed. */
export function normalizeAnswer(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ').trim();
}

/**
 * Parse a LegalBench TSV into label items: id = `index` (or `<line>` when the file has no
 * index column), the other columns kept as fields. Answers that differ only in case or
 * punctuation are one label, written as its most common spelling.
 */
export function parseLegalBenchTsv(text: string, file: string, needed: string[] = []): { items: Item[]; labels: string[] } {
  const { header, rows } = parseTsv(text, file);
  for (const col of ['answer', ...needed]) {
    if (!header.includes(col)) {
      throw new InputError(`${file}:1: missing column "${col}" (the header has ${header.map((h) => `"${h}"`).join(', ')})`);
    }
  }
  const ids = new IdSet();
  const items = rows.map(({ line, values }) => {
    const where = `${file}:${line}`;
    const id = header.includes('index') ? (values.index ?? '').trim() : String(line);
    if (id === '') throw new InputError(`${where}: column "index" is empty; expected the row's id`);
    ids.add(id, where);
    const answer = (values.answer ?? '').trim();
    if (answer === '') throw new InputError(`${where} (index ${id}): column "answer" is empty; expected the gold label`);
    const item: Item = { id };
    for (const col of header) if (col !== 'index') item[col] = values[col];
    item.answer = answer;
    return item;
  });
  const spelling = canonicalSpellings(items.map((i) => i.answer as string));
  for (const item of items) item.answer = spelling.get(normalizeAnswer(item.answer as string));
  return { items, labels: [...new Set(spelling.values())].sort() };
}

/** normalised answer → its most common spelling (ties: the first in sort order). */
function canonicalSpellings(answers: string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const a of answers) {
    const key = normalizeAnswer(a);
    const forms = counts.get(key) ?? new Map<string, number>();
    forms.set(a, (forms.get(a) ?? 0) + 1);
    counts.set(key, forms);
  }
  const out = new Map<string, string>();
  for (const [key, forms] of counts) {
    const best = [...forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
    out.set(key, best[0]);
  }
  return out;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The task folder and the TSV to read (test.tsv before train.tsv, or the file given). */
async function locate(input: string): Promise<{ dir: string; tsv: string; split: string }> {
  if (isUrl(input)) throw new InputError(`legalbench takes a task folder on disk (with base_prompt.txt); got a URL: ${input}`);
  const full = path.resolve(input);
  const stat = await fs.stat(full).catch(() => undefined);
  if (!stat) throw new InputError(`${input}: no such folder`);
  if (stat.isFile()) return { dir: path.dirname(full), tsv: full, split: path.basename(full).replace(/\.tsv$/i, '') };
  for (const split of ['test', 'train']) {
    const tsv = path.join(full, `${split}.tsv`);
    if (await exists(tsv)) return { dir: full, tsv, split };
  }
  throw new InputError(`${input}: no test.tsv or train.tsv in this folder; expected a LegalBench task folder`);
}

/** Description and licence from the task's README.md (`### <one line>`, `**License**: [CC BY 4.0](…)`). */
async function readme(dir: string): Promise<{ summary?: string; license?: string }> {
  const text = await fs.readFile(path.join(dir, 'README.md'), 'utf8').catch(() => '');
  const summary = /^###\s+(.+)$/m.exec(text)?.[1]?.trim();
  const licLine = /\*\*Licen[cs]e\*\*:?\s*(.+)$/im.exec(text)?.[1]?.trim();
  const license = licLine ? licenseName(licLine.replace(/^\[([^\]]+)\].*$/, '$1')) : undefined;
  return { ...(summary ? { summary } : {}), ...(license ? { license } : {}) };
}

export const legalbench = {
  format: 'legalbench',
  async import(input: string, options: ImportOptions): Promise<ImportedSuite> {
    const { dir, tsv, split } = await locate(input);
    const task = path.basename(dir);
    const promptFile = path.join(dir, 'base_prompt.txt');
    const template = await fs.readFile(promptFile, 'utf8').catch(() => {
      throw new InputError(`${path.join(task, 'base_prompt.txt')}: not found; a LegalBench task folder has the task's prompt there`);
    });
    const src = await readSource(tsv);
    const file = `${task}/${src.name}`;
    const { items, labels } = parseLegalBenchTsv(textOf(src), file, placeholders(template));
    if (labels.length < 2) {
      throw new InputError(`${file}: every row has the answer "${labels[0] ?? ''}"; a label suite needs at least two labels`);
    }
    const info = await readme(dir);
    const license = (await findLicense(dir)).license ?? info.license;
    const name = options.name ?? `legalbench-${task.replace(/[^A-Za-z0-9._-]/g, '_')}`;
    return {
      suite: {
        name,
        domain: 'legal',
        description:
          `LegalBench (Guha et al., 2023) task "${task}"${info.summary ? `: ${info.summary}` : ''} ` +
          `The task's own prompt; scored by balanced accuracy on normalised exact match.`,
        version: '1',
        metric: 'balanced_accuracy',
        scorer: { type: 'label', labels },
        system: `Answer with the label only: one of ${labels.join(', ')}.`,
        template: template.replace(/\s+$/, ''),
        source: { ...suiteSource(src, `LegalBench/${task}`, split), file, ...(license ? { license } : {}) },
      },
      items,
    };
  },
} satisfies Importer;
