/**
 * @module runner/select — which items of the suites a run asks: `--item <id>` (repeatable),
 * `--filter <regex>` on item ids, `--failed-from <run-dir>` (items some model got wrong there;
 * errors are not wrong answers) and `--sample <n>` (a stable random subset of n items per suite).
 * The selectors intersect; `--limit` then applies to what they leave.
 *
 * `--sample` ranks each item by a seeded hash of its id (sha256 of seed and id) and keeps the n
 * lowest: the same n and seed give the same items whatever the order of the suite file and the
 * other flags, and a suite that grows keeps most of its sample (an added item enters only if its
 * hash ranks among the n lowest). The subset is a uniform random draw, so it is representative.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { InputError } from '../errors.js';
import { nearest } from '../config/suggest.js';
import { readRecords } from '../store/records.js';
import { readManifest, RECORDS } from '../store/run-dir.js';
import type { ManifestSelection } from '../store/types.js';
import type { Item, Suite } from '../suites/types.js';

export interface SelectionInput {
  /** `--item` ids (in any of the suites). */
  items?: string[];
  /** `--filter`: a regular expression tested on item ids. */
  filter?: string;
  /** `--sample`: n items per suite, by a hash seeded with `seed`. */
  sample?: number;
  seed: number;
  /** `--failed-from`: a run folder; only items some model got wrong there. */
  failedFrom?: string;
}

export interface Selected {
  /** The suites with only their selected items (suites left with none are dropped). */
  suites: Suite[];
  /** What the manifest records; null when nothing was selected (every item runs). */
  selection: ManifestSelection | null;
  /** Fingerprint parts of the selection (a resume must select the same items). */
  parts: Record<string, string>;
}

export const hasSelection = (s: Omit<SelectionInput, 'seed'>): boolean =>
  Boolean(s.items?.length) || s.filter !== undefined || s.sample !== undefined || s.failedFrom !== undefined;

/** Applies the selectors to the suites; bad input (a bad regex, an unknown id, nothing left) is an InputError. */
export function selectItems(suites: Suite[], input: SelectionInput): Selected {
  if (!hasSelection(input)) return { suites, selection: null, parts: {} };
  const tests: Array<(suite: Suite, item: Item) => boolean> = [];
  const selection: ManifestSelection = { selected: {} };
  if (input.items?.length) {
    const wanted = new Set(input.items);
    const known = new Set(suites.flatMap((s) => s.items.map((i) => i.id)));
    for (const id of wanted) {
      if (known.has(id)) continue;
      const near = nearest(id, [...known]);
      throw new InputError(`--item: no item with id "${id}" in suite(s) ${suites.map((s) => s.name).join(', ')}${near ? `; did you mean "${near}"?` : ''}`);
    }
    tests.push((_s, item) => wanted.has(item.id));
    selection.items = [...wanted];
  }
  if (input.filter !== undefined) {
    let re: RegExp;
    try {
      re = new RegExp(input.filter);
    } catch (e) {
      throw new InputError(`--filter: "${input.filter}" is not a valid regular expression (${(e as Error).message})`);
    }
    tests.push((_s, item) => re.test(item.id));
    selection.filter = input.filter;
  }
  if (input.failedFrom !== undefined) {
    const { runId, dir, wrong } = wrongItems(input.failedFrom);
    tests.push((s, item) => wrong.has(`${s.name}\0${item.id}`));
    selection.failed_from = { run_id: runId, path: dir, items: wrong.size };
  }
  const dropped: string[] = [];
  const out: Suite[] = [];
  for (const suite of suites) {
    let items = suite.items.filter((item) => tests.every((t) => t(suite, item)));
    if (input.sample !== undefined) items = sampleItems(items, input.sample, input.seed);
    selection.selected[suite.name] = items.length;
    if (items.length) out.push({ ...suite, items });
    else dropped.push(suite.name);
  }
  if (input.sample !== undefined) selection.sample = { n: input.sample, seed: input.seed };
  if (!out.length) throw new InputError(`the item selection (${describe(selection)}) leaves no item in suite(s) ${suites.map((s) => s.name).join(', ')}`);
  if (dropped.length) selection.dropped_suites = dropped;
  const ids = out.flatMap((s) => s.items.map((i) => `${s.name}\0${i.id}`)).sort();
  const parts = { selection: describe(selection), selection_items: createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16) };
  return { suites: out, selection, parts };
}

/** The n items of lowest seeded hash, in the suite's own order. */
export function sampleItems(items: Item[], n: number, seed: number): Item[] {
  if (n >= items.length) return items;
  const rank = new Map(items.map((item) => [item, createHash('sha256').update(`${seed}\0${item.id}`).digest('hex')]));
  const keep = new Set([...items].sort((a, b) => (rank.get(a)! < rank.get(b)! ? -1 : 1)).slice(0, n));
  return items.filter((item) => keep.has(item));
}

/** `(suite, item id)` keys of the items some model answered wrong (scored, not an error) in a run. */
function wrongItems(runDir: string): { runId: string; dir: string; wrong: Set<string> } {
  const dir = path.resolve(runDir);
  let manifest;
  try {
    manifest = readManifest(dir);
  } catch (e) {
    throw new InputError(`--failed-from: ${(e as Error).message}`);
  }
  const wrong = new Set<string>();
  for (const r of readRecords(path.join(dir, RECORDS), { dropOutput: true, onTorn: () => undefined })) {
    if (r.error === null && r.correct === false && !r.variant) wrong.add(`${r.suite}\0${r.item_id}`);
  }
  return { runId: manifest.run_id, dir, wrong };
}

/** One line naming the selectors, for messages and the fingerprint. */
function describe(s: ManifestSelection): string {
  const bits: string[] = [];
  if (s.items) bits.push(`--item ${[...s.items].sort().join(',')}`);
  if (s.filter !== undefined) bits.push(`--filter ${s.filter}`);
  if (s.failed_from) bits.push(`--failed-from ${s.failed_from.run_id}`);
  if (s.sample) bits.push(`--sample ${s.sample.n} --seed ${s.sample.seed}`);
  return bits.join(' ');
}
