/**
 * @module suites/load — a suite folder (suite.yaml + items.jsonl) → a validated Suite, or one error listing every problem.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';
import { issueProblems } from '../config/issues.js';
import { nearest } from '../config/suggest.js';
import { at, displayPath, offsetOf, problemsError, readYaml, yamlData, type Problem, type YamlFile } from '../config/yaml.js';
import { ONCE } from '../config/fields.js';
import { byteLines, MAX_ITEMS_BYTES, readItems } from './items.js';
import { SuiteFileSchema, type SuiteFileParsed } from './schema.js';
import { sliceFieldProblems } from './slices.js';
import { missingFields, placeholders, templateFields } from './template.js';
import type { Metric, ScorerConfig, Suite } from './types.js';

const DEFAULT_METRIC: Record<ScorerConfig['type'], Metric> = { choice: 'accuracy', label: 'accuracy', exact: 'accuracy', code: 'pass_at_k', reference: 'accuracy', judge: 'accuracy' };

/**
 * Loads a suite by name (`<tasksDir>/<name>/suite.yaml`) or by path (anything with a slash, or an
 * existing folder; a path to a suite.yaml file also works).
 */
export async function loadSuite(nameOrPath: string, opts: { tasksDir: string }): Promise<Suite> {
  const yamlFile = await locateSuite(nameOrPath, opts.tasksDir);
  const dir = path.dirname(yamlFile);
  const y = await readYaml(yamlFile, 'a suite folder holds suite.yaml and items.jsonl');
  const data = yamlData(y);
  const parsed = SuiteFileSchema.safeParse(data, ONCE);
  if (!parsed.success) {
    throw problemsError(`${y.label} has errors`, issueProblems(parsed.error.issues, { file: y, data, schema: SuiteFileSchema }));
  }
  const file = parsed.data;
  const scorer: ScorerConfig = { ...(file.scorer.options ?? {}), ...withoutOptions(file.scorer) };
  const problems = checkSuiteFile(file, scorer, y);

  const itemsPath = path.resolve(dir, file.items ?? 'items.jsonl');
  const itemsLabel = displayPath(itemsPath);
  const size = await stat(itemsPath).then(
    (s) => (s.isFile() ? s.size : -1),
    () => -1,
  );
  if (size < 0) throw new InputError(`${itemsLabel}: items file not found (suite ${y.label} expects it; one JSON item a line)`, { code: 'NOT_FOUND' });
  checkItemsSize(size, itemsLabel);
  const hash = createHash('sha256').update(y.bytes).update('\0');
  const read = await readItems(itemsPath, { scorer, template: file.template, label: itemsLabel }, hash);
  const itemProblems = read.problems.map((p) => ({ pos: y.text.length + p.line, text: p.text }));
  if (problems.length === 0 && read.problemCount === 0 && read.items.length === 0) {
    problems.push({ pos: y.text.length, text: `${itemsLabel}: no items; an empty suite cannot be run` });
  }
  if (problems.length === 0 && read.problemCount === 0) {
    (file.slices ?? []).forEach((field, i) => {
      const pos = offsetOf(y.doc, ['slices', i]);
      for (const p of sliceFieldProblems(read.items, field)) problems.push({ pos, text: `${at(y, pos)} slices[${i}]: ${p}` });
    });
  }
  if (file.scoring === 'likelihood' && scorer.type !== 'choice') {
    const pos = offsetOf(y.doc, ['scoring']);
    problems.push({ pos, text: `${at(y, pos)} scoring: likelihood scoring needs a multiple-choice suite (scorer: { type: choice }), this one is scored by ${scorer.type}` });
  }
  if (problems.length > 0 || read.problemCount > 0) {
    throw problemsError(`suite ${file.name} (${y.label}) has errors`, [...problems, ...itemProblems], read.problemCount - read.problems.length);
  }
  const suite: Suite = {
    name: file.name,
    domain: file.domain,
    description: file.description,
    version: String(file.version),
    metric: file.metric ?? DEFAULT_METRIC[scorer.type],
    scorer,
    template: file.template,
    fewshot: file.fewshot ?? [],
    items: read.items,
    itemsFile: itemsPath,
    itemSpans: { ...read.spans, bytes: size },
    dir: path.resolve(dir),
    hash: hash.digest('hex'),
  };
  if (file.system !== undefined) suite.system = file.system;
  if (file.source !== undefined) suite.source = file.source;
  if (file.secondary_metrics?.length) suite.secondary_metrics = file.secondary_metrics;
  if (file.slices?.length) suite.slices = file.slices;
  if (file.scoring !== undefined) suite.scoring = file.scoring;
  if (file.rubric !== undefined) suite.rubric = file.rubric;
  return suite;
}

/**
 * Refuses an items file bench cannot hold: over 1 GiB, or more than the memory Node may still use
 * (items take about 1.3× their file size in memory; 2× is asked to be free).
 */
export function checkItemsSize(size: number, label: string, heapRoom = heapFree()): void {
  const mib = (b: number): string => `${Math.round(b / 1024 ** 2)} MiB`;
  if (size > MAX_ITEMS_BYTES) {
    throw new InputError(`${label}: ${(size / 1024 ** 3).toFixed(1)} GiB is more than bench reads (1 GiB); split the suite or import a sample (bench import --sample)`);
  }
  if (size * 2 > heapRoom) {
    throw new InputError(
      `${label}: ${mib(size)} of items needs about ${mib(size * 2)} of memory, more than Node may use here (${mib(heapRoom)} free); raise the limit with NODE_OPTIONS=--max-old-space-size=<MiB>, or split the suite`,
    );
  }
}

function heapFree(): number {
  const h = getHeapStatistics();
  return h.heap_size_limit - h.used_heap_size;
}

function withoutOptions(s: SuiteFileParsed['scorer']): ScorerConfig {
  const { options: _options, ...rest } = s;
  return rest;
}

const REFERENCE_OPTIONS = ['match', 'f1_threshold', 'numeric_tolerance'] as const;

/** Rules across fields: the template uses fields, few-shot examples have them, the metric fits the scorer. */
function checkSuiteFile(file: SuiteFileParsed, scorer: ScorerConfig, y: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const add = (p: PropertyKey[], text: string): void => {
    const pos = offsetOf(y.doc, p);
    problems.push({ pos, text: `${at(y, pos)} ${p.map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`)).join('').slice(1)}: ${text}` });
  };
  if (placeholders(file.template).length === 0) add(['template'], 'uses no {{field}} placeholder, so every item would get the same prompt');
  (file.fewshot ?? []).forEach((ex, i) => {
    for (const f of missingFields(file.template, templateFields({ scorer }, ex.fields))) {
      add(['fewshot', i, 'fields'], `template uses {{${f}}} but the example has no field "${f}"`);
    }
  });
  const metric = file.metric;
  if (metric !== undefined && (metric === 'pass_at_k') !== (scorer.type === 'code')) {
    add(['metric'], scorer.type === 'code' ? 'code suites are measured by pass_at_k' : `pass_at_k needs a code scorer; expected accuracy, balanced_accuracy or macro_f1 for ${scorer.type}`);
  }
  if (scorer.type !== 'label' && scorer.labels !== undefined) add(['scorer', 'labels'], 'labels apply to the label scorer only');
  for (const key of REFERENCE_OPTIONS) {
    if (scorer.type !== 'reference' && file.scorer[key] !== undefined) add(['scorer', key], `${key} applies to the reference scorer only`);
  }
  return problems;
}

/** The suite.yaml a name or path points at. */
async function locateSuite(nameOrPath: string, tasksDir: string): Promise<string> {
  const info = await stat(nameOrPath).catch(() => undefined);
  if (nameOrPath.includes('/') || nameOrPath.includes(path.sep) || info?.isDirectory()) {
    if (info?.isFile()) return nameOrPath;
    const file = path.join(nameOrPath, 'suite.yaml');
    if (!(await stat(file).catch(() => undefined))?.isFile()) {
      throw new InputError(`${displayPath(nameOrPath)}: no suite.yaml ${info ? 'in this folder' : '(no such folder)'}; a suite folder holds suite.yaml and items.jsonl`, { code: 'NOT_FOUND' });
    }
    return file;
  }
  const file = path.join(tasksDir, nameOrPath, 'suite.yaml');
  if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  if ((await stat(path.dirname(file)).catch(() => undefined))?.isDirectory()) {
    throw new InputError(`${displayPath(path.dirname(file))}: no suite.yaml in this folder; a suite folder holds suite.yaml and items.jsonl`, { code: 'NOT_FOUND' });
  }
  const names = (await listSuites(tasksDir)).map((s) => s.name);
  const guess = nearest(nameOrPath, names);
  const known = names.length > 0 ? `suites under ${displayPath(tasksDir)}: ${names.join(', ')}` : `no suites under ${displayPath(tasksDir)}`;
  throw new InputError(`unknown suite "${nameOrPath}"${guess ? ` (did you mean "${guess}"?)` : ''}; ${known}; or pass a path to a suite folder`, { code: 'NOT_FOUND' });
}

/** The suites under `tasksDir` (folders holding a suite.yaml), by folder name, without validating them. */
export async function listSuites(tasksDir: string): Promise<Array<{ name: string; dir: string; domain: string; description: string; items: number }>> {
  const entries = await readdir(tasksDir, { withFileTypes: true }).catch(() => []);
  const out = [];
  for (const e of entries.filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(tasksDir, e.name);
    const yamlFile = path.join(dir, 'suite.yaml');
    if (!(await stat(yamlFile).catch(() => undefined))?.isFile()) continue;
    let meta: Record<string, unknown> = {};
    try {
      const v: unknown = parseYaml(await readFile(yamlFile, 'utf8'));
      if (v !== null && typeof v === 'object') meta = v as Record<string, unknown>;
    } catch {
      meta = { description: '(suite.yaml does not parse: run `bench run --suite` on it for details)' };
    }
    const itemsName = typeof meta.items === 'string' ? meta.items : 'items.jsonl';
    out.push({
      name: e.name,
      dir,
      domain: typeof meta.domain === 'string' ? meta.domain : '',
      description: typeof meta.description === 'string' ? meta.description.trim() : '',
      items: await countItems(path.resolve(dir, itemsName)),
    });
  }
  return out;
}

async function countItems(file: string): Promise<number> {
  let n = 0;
  try {
    for await (const { bytes } of byteLines(file, file)) if (bytes.some((b) => b > 0x20)) n++;
  } catch {
    return 0;
  }
  return n;
}
