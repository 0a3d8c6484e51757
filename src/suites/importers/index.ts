/**
 * @module suites/importers — the importer registry and `runImport`: import, subset
 * (--limit / --sample --seed), and write `<out>/<name>/` (suite.yaml + items.jsonl) atomically.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { InputError } from '../../errors.js';
import type { Item, SuiteFile } from '../types.js';
import { humaneval } from './humaneval.js';
import { legalbench } from './legalbench.js';
import { mbppplus } from './mbppplus.js';
import { medqa } from './medqa.js';
import { pubmedqa } from './pubmedqa.js';
import type { ImportedSuite, ImportFormat, Importer, ImportOptions } from './types.js';
import { mulberry32 } from '../../stats/bootstrap.js';

export const importers = { humaneval, mbppplus, medqa, pubmedqa, legalbench } satisfies Record<ImportFormat, Importer>;

export const IMPORT_FORMATS = Object.keys(importers) as ImportFormat[];

export function isImportFormat(name: string): name is ImportFormat {
  return Object.hasOwn(importers, name);
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Import `input` as `format` and write the suite folder `<out>/<name>/`; nothing is written on failure. */
export async function runImport(
  format: string,
  input: string,
  opts: ImportOptions & { out: string },
): Promise<{ dir: string; items: number }> {
  if (!isImportFormat(format)) {
    throw new InputError(`unknown import format "${format}"; expected one of ${IMPORT_FORMATS.join(', ')}`);
  }
  checkOptions(format, opts);
  const imported = await importers[format].import(input, opts);
  const suite = keepCarriedSlices(subset(imported, opts));
  if (!NAME.test(suite.suite.name)) {
    throw new InputError(`suite name "${suite.suite.name}": expected letters, digits, ".", "_" or "-" (pass --name)`);
  }
  const dir = await writeSuiteFolder(path.resolve(opts.out), suite, opts.force === true);
  return { dir, items: suite.items.length };
}

function checkOptions(format: ImportFormat, o: ImportOptions): void {
  const whole = (v: number | undefined, flag: string, min: number): void => {
    if (v !== undefined && !(Number.isInteger(v) && v >= min)) {
      throw new InputError(`--${flag}: expected a whole number ≥ ${min}, got ${String(v)}`);
    }
  };
  whole(o.limit, 'limit', 1);
  whole(o.sample, 'sample', 1);
  if (o.seed !== undefined && !Number.isSafeInteger(o.seed)) throw new InputError(`--seed: expected a whole number, got ${String(o.seed)}`);
  if (o.limit !== undefined && o.sample !== undefined) throw new InputError('--limit and --sample: pass one, not both');
  if (o.ids !== undefined && format !== 'pubmedqa') throw new InputError(`--ids: only the pubmedqa importer takes it, not ${format}`);
  if (o.name !== undefined && !NAME.test(o.name)) {
    throw new InputError(`--name "${o.name}": expected letters, digits, ".", "_" or "-" (at most 100)`);
  }
}

/** Apply --limit n (the first n) or --sample n --seed s (a seeded sample, kept in file order). */
export function subset(s: ImportedSuite, o: Pick<ImportOptions, 'limit' | 'sample' | 'seed'>): ImportedSuite {
  const total = s.items.length;
  if (total === 0) throw new InputError(`${s.suite.source?.file ?? 'input'}: no items found`);
  let items = s.items;
  let note = '';
  if (o.limit !== undefined && o.limit < total) {
    items = items.slice(0, o.limit);
    note = `first ${o.limit} of ${total} items`;
  } else if (o.sample !== undefined && o.sample < total) {
    const seed = o.seed ?? 0;
    items = sampleItems(items, o.sample, seed);
    note = `random sample of ${o.sample} of ${total} items, seed ${seed}`;
  }
  if (note === '') return s;
  const source = s.suite.source ? { ...s.suite.source, split: `${s.suite.source.split ?? 'all'}; ${note}` } : undefined;
  return { suite: { ...s.suite, description: `${s.suite.description} Subset: ${note}.`, ...(source ? { source } : {}) }, items };
}

/** Drops slice fields no kept item carries (a sample may leave none), so the suite always loads. */
function keepCarriedSlices(s: ImportedSuite): ImportedSuite {
  if (!s.suite.slices?.length) return s;
  const slices = s.suite.slices.filter((f) => s.items.some((i) => i[f] !== undefined && i[f] !== null && i[f] !== ''));
  const { slices: _drop, ...rest } = s.suite;
  return { ...s, suite: slices.length ? { ...rest, slices } : rest };
}

/** n items drawn without replacement by a seeded PRNG (mulberry32), returned in their original order. */
export function sampleItems<T>(items: T[], n: number, seed: number): T[] {
  const rand = mulberry32(seed);
  const idx = items.map((_, i) => i);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rand() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx
    .slice(0, n)
    .sort((x, y) => x - y)
    .map((i) => items[i]!);
}

/** suite.yaml text: the SuiteFile fields in a fixed, readable order. */
export function suiteYaml(suite: SuiteFile): string {
  const ordered: SuiteFile = {
    name: suite.name,
    domain: suite.domain,
    description: suite.description,
    version: suite.version,
    ...(suite.metric ? { metric: suite.metric } : {}),
    ...(suite.secondary_metrics?.length ? { secondary_metrics: suite.secondary_metrics } : {}),
    ...(suite.slices?.length ? { slices: suite.slices } : {}),
    scorer: suite.scorer,
    ...(suite.system !== undefined ? { system: suite.system } : {}),
    template: suite.template,
    ...(suite.fewshot?.length ? { fewshot: suite.fewshot } : {}),
    ...(suite.source ? { source: suite.source } : {}),
    items: suite.items ?? 'items.jsonl',
  };
  // YAML 1.1 quoting, so yes/no labels stay strings for 1.1 readers too (PyYAML).
  return `# Written by \`bench import\`; edit freely, or import again to replace.\n${stringify(ordered, { lineWidth: 0, version: '1.1' })}`;
}

export function itemsJsonl(items: Item[]): string {
  return items.map((i) => JSON.stringify(i)).join('\n') + '\n';
}

/**
 * Write the folder next to its final place, then rename it in; an existing folder is refused
 * unless `force`, and then replaced only once the new one is complete.
 */
export async function writeSuiteFolder(out: string, s: ImportedSuite, force: boolean): Promise<string> {
  const name = s.suite.name;
  const dir = path.join(out, name);
  const present = await fs.stat(dir).catch(() => undefined);
  if (present && !force) {
    throw new InputError(`${dir} already exists; pass --force to replace it, or --name to pick another name`);
  }
  if (present && !present.isDirectory()) throw new InputError(`${dir} exists and is not a folder; move it away first`);
  await fs.mkdir(out, { recursive: true });
  const tag = randomBytes(4).toString('hex');
  const tmp = path.join(out, `.${name}.import-${tag}`);
  const old = path.join(out, `.${name}.replaced-${tag}`);
  try {
    await fs.mkdir(tmp);
    await fs.writeFile(path.join(tmp, 'items.jsonl'), itemsJsonl(s.items));
    await fs.writeFile(path.join(tmp, 'suite.yaml'), suiteYaml(s.suite));
    if (present) await fs.rename(dir, old);
    try {
      await fs.rename(tmp, dir);
    } catch (e) {
      if (present) await fs.rename(old, dir);
      throw e;
    }
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
    await fs.rm(old, { recursive: true, force: true });
  }
  return dir;
}

export type { ImportedSuite, ImportFormat, Importer, ImportOptions } from './types.js';
export { readSource } from './source.js';
export { download, defaultDownloadDir } from './download.js';
