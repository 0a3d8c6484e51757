/**
 * @module suites/importers/legalbench — a LegalBench task folder (test.tsv or train.tsv,
 * base_prompt.txt with {{column}} placeholders, README.md) → a label suite that keeps the task's
 * own prompt, scored by balanced accuracy as LegalBench scores it; a folder of task folders →
 * one suite of all of them, sliced by task.
 */
import { obviousAliases } from '../../scorers/label-forms.js';
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

/** One task folder read: its prompt, items and labels, and where they came from. */
interface Task {
  task: string;
  template: string;
  items: Item[];
  labels: string[];
  file: string;
  split: string;
  src: Awaited<ReturnType<typeof readSource>>;
  summary?: string;
  license?: string;
}

async function readTask(dir: string, tsv: string, split: string): Promise<Task> {
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
  return { task, template: template.replace(/\s+$/, ''), items, labels, file, split, src, ...(info.summary ? { summary: info.summary } : {}), ...(license ? { license } : {}) };
}

/** The task folders directly inside `dir` (each with base_prompt.txt and a TSV), by name. */
async function taskFolders(dir: string): Promise<Array<{ dir: string; tsv: string; split: string }>> {
  const out = [];
  for (const e of (await fs.readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const sub = path.join(dir, e.name);
    if (!(await exists(path.join(sub, 'base_prompt.txt')))) continue;
    for (const split of ['test', 'train']) {
      const tsv = path.join(sub, `${split}.tsv`);
      if (await exists(tsv)) {
        out.push({ dir: sub, tsv, split });
        break;
      }
    }
  }
  return out;
}

/** {{column}} placeholders filled from an item's fields (a missing column is an error naming the row). */
function fill(template: string, item: Item, where: string): string {
  return template.replace(PLACEHOLDER, (_, col: string) => {
    const v = item[col];
    if (typeof v !== 'string') throw new InputError(`${where}: no column "${col}" for the task's prompt`);
    return v;
  });
}

/**
 * Several tasks in one suite (a folder of task folders, such as LegalBench's `tasks/`): each
 * item keeps its task's name in `task` (the suite is sliced by it, and by LegalBench's own
 * `slice` column where a task has one), its task's labels in `labels`, and its prompt — the
 * task's base_prompt filled from the row — in `prompt`; ids are `<task>/<index>`.
 */
function combine(tasks: Task[], root: string, options: ImportOptions): ImportedSuite {
  const items: Item[] = [];
  for (const t of tasks) {
    for (const it of t.items) {
      const where = `${t.file} (index ${it.id})`;
      items.push({ ...it, id: `${t.task}/${it.id}`, task: t.task, labels: t.labels, prompt: fill(t.template, it, where) });
    }
  }
  const labels = [...new Set(tasks.flatMap((t) => t.labels))].sort();
  const licenses = [...new Set(tasks.map((t) => t.license).filter((l): l is string => Boolean(l)))];
  const hasSlice = items.some((i) => typeof i.slice === 'string' && i.slice.trim() !== '');
  return {
    suite: {
      name: options.name ?? `legalbench-${path.basename(root).replace(/[^A-Za-z0-9._-]/g, '_')}`,
      domain: 'legal',
      description:
        `LegalBench (Guha et al., 2023), ${tasks.length} tasks: ${tasks.map((t) => t.task).join(', ')}. ` +
        `Each task's own prompt; scored by balanced accuracy on normalised exact match (pooled), and by task.`,
      version: '1',
      metric: 'balanced_accuracy',
      slices: hasSlice ? ['task', 'slice'] : ['task'],
      scorer: { type: 'label', labels, ...withAliases(labels) },
      system: 'Answer with the label only: one of the answers the prompt allows.',
      template: '{{prompt}}',
      source: {
        dataset: `LegalBench (${tasks.length} tasks)`,
        file: tasks.map((t) => t.file).join(', '),
        split: [...new Set(tasks.map((t) => t.split))].join(', '),
        ...(licenses.length ? { license: licenses.join(', ') } : {}),
      },
    },
    items,
  };
}

export const legalbench = {
  format: 'legalbench',
  async import(input: string, options: ImportOptions): Promise<ImportedSuite> {
    const full = path.resolve(input);
    if (!isUrl(input) && (await fs.stat(full).catch(() => undefined))?.isDirectory() && !(await exists(path.join(full, 'base_prompt.txt')))) {
      const found = await taskFolders(full);
      if (found.length > 0) return combine(await Promise.all(found.map((f) => readTask(f.dir, f.tsv, f.split))), full, options);
    }
    const { dir, tsv, split } = await locate(input);
    const t = await readTask(dir, tsv, split);
    const name = options.name ?? `legalbench-${t.task.replace(/[^A-Za-z0-9._-]/g, '_')}`;
    // LegalBench's own sub-categories (e.g. hearsay's "Non-assertive conduct") slice the suite.
    const hasSlice = t.items.some((i) => typeof i.slice === 'string' && i.slice.trim() !== '');
    return {
      suite: {
        name,
        domain: 'legal',
        description:
          `LegalBench (Guha et al., 2023) task "${t.task}"${t.summary ? `: ${t.summary}` : ''} ` +
          `The task's own prompt; scored by balanced accuracy on normalised exact match.`,
        version: '1',
        metric: 'balanced_accuracy',
        ...(hasSlice ? { slices: ['slice'] } : {}),
        scorer: { type: 'label', labels: t.labels, ...withAliases(t.labels) },
        system: `Answer with the label only: one of ${t.labels.join(', ')}.`,
        template: t.template,
        source: { ...suiteSource(t.src, `LegalBench/${t.task}`, t.split), file: t.file, ...(t.license ? { license: t.license } : {}) },
      },
      items: t.items,
    };
  },
} satisfies Importer;

/** `aliases` for labels with obvious synonyms (clause types, yes/no), when any. */
function withAliases(labels: string[]): { aliases?: Record<string, string[]> } {
  const aliases = obviousAliases(labels);
  return aliases ? { aliases } : {};
}
