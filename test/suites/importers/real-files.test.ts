/**
 * The importers on the real public release files in ../shared/datasets (skipped when absent:
 * a user's clone has no ../shared). Each written folder is loaded back through loadSuite.
 */
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../src/suites/importers/index.js';
import { parseTsv } from '../../../src/suites/importers/tsv.js';
import { loadSuite } from '../../../src/suites/load.js';
import { renderMessages } from '../../../src/suites/template.js';
import type { Suite } from '../../../src/suites/types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DATA = path.resolve(repo, '../shared/datasets');
const has = (p: string): boolean => existsSync(path.join(DATA, p));
const absent = (p: string): string => (has(p) ? '' : ` (skipped: ${path.join(DATA, p)} is absent)`);

let out: string;
beforeAll(async () => {
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-import-real-'));
});
afterAll(async () => {
  await fs.rm(out, { recursive: true, force: true });
});

async function importAndLoad(format: string, input: string, opts: Record<string, unknown> = {}): Promise<Suite> {
  const { dir, items } = await runImport(format, path.join(DATA, input), { out, ...opts });
  const suite = await loadSuite(dir, { tasksDir: out });
  expect(suite.items).toHaveLength(items);
  return suite;
}

describe.skipIf(!has('humaneval/HumanEval.jsonl.gz'))(`humaneval on the real file${absent('humaneval/HumanEval.jsonl.gz')}`, () => {
  it('imports all 164 problems as code items that load and render', async () => {
    const suite = await importAndLoad('humaneval', 'humaneval/HumanEval.jsonl.gz');
    expect(suite.items).toHaveLength(164);
    expect(suite.metric).toBe('pass_at_k');
    expect(suite.scorer).toMatchObject({ type: 'code', harness: 'humaneval', language: 'python' });
    expect(suite.source).toMatchObject({ dataset: 'HumanEval', file: 'HumanEval.jsonl.gz', license: 'MIT' });
    expect(suite.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const first = suite.items[0]!;
    expect(first.id).toBe('HumanEval/0');
    expect(first.entry_point).toBe('has_close_elements');
    expect(first.prompt).toMatch(/^from typing import List\n\n\ndef has_close_elements\(numbers: List\[float\], threshold: float\) -> bool:/);
    expect(first.test).toContain('def check(candidate):');
    expect(first.canonical_solution).toMatch(/^ {4}for idx, elem in enumerate\(numbers\):/);
    const last = renderMessages(suite, first).at(-1)!.content;
    expect(last).toContain('```python\nfrom typing import List');
  });
});

describe.skipIf(!has('mbppplus/MbppPlus.jsonl.gz'))(`mbppplus on the real file${absent('mbppplus/MbppPlus.jsonl.gz')}`, () => {
  it('imports all 378 tasks with a generated check and the plain assertion', async () => {
    const suite = await importAndLoad('mbppplus', 'mbppplus/MbppPlus.jsonl.gz');
    expect(suite.items).toHaveLength(378);
    expect(suite.source).toMatchObject({ dataset: 'MBPP+', license: 'Apache-2.0' });
    const two = suite.items.find((i) => i.id === 'Mbpp/2')!;
    expect(two.entry_point).toBe('similar_elements');
    expect(two.prompt).toBe('"""\nWrite a function to find the shared elements from the given two lists.\nassert set(similar_elements((3, 4, 5, 6),(5, 7, 4, 10))) == set((4, 5))\n"""\n');
    expect(two.assertion).toContain('assert similar_elements((3, 4, 5, 6),(5, 7, 4, 10)) == (4, 5)');
    expect(two.test).toMatch(/^# MBPP\+ Mbpp\/2: check\(candidate\) runs similar_elements on 3 base \+ \d+ plus inputs/);
    expect(two.test).toContain('exact = set(got) == set(expected)');
    expect(two.test).toContain('return [tuple(a) for a in inp]');
    // Mbpp/793 writes its empty plus_input as {}: no plus inputs.
    expect(suite.items.find((i) => i.id === 'Mbpp/793')!.test).toContain('on 3 base + 0 plus inputs');
    const sizes = suite.items.map((i) => (i.test as string).length);
    expect(Math.max(...sizes)).toBeLessThan(16_000);
    const user = renderMessages(suite, two).at(-1)!.content;
    expect(user).toMatch(/^Write a Python function named `similar_elements`/);
  });
});

describe.skipIf(!has('medqa/test.jsonl'))(`medqa on the real file${absent('medqa/test.jsonl')}`, () => {
  it('imports 1,273 four-option questions with realidx ids', async () => {
    const suite = await importAndLoad('medqa', 'medqa/test.jsonl');
    expect(suite.items).toHaveLength(1273);
    expect(suite.metric).toBe('accuracy');
    expect(suite.scorer.type).toBe('choice');
    expect(suite.source).toMatchObject({ file: 'test.jsonl', license: 'MIT', split: 'test' });
    const first = suite.items[0]!;
    expect(first.id).toBe('0');
    expect(first.answer).toBe('B');
    expect(first.choices).toEqual({
      A: 'Disclose the error to the patient and put it in the operative report',
      B: 'Tell the attending that he cannot fail to disclose this mistake',
      C: 'Report the physician to the ethics committee',
      D: 'Refuse to dictate the operative report',
    });
    expect(first.question).toMatch(/^A junior orthopaedic surgery resident/);
    expect(first.meta_info).toBe('step1');
    // The exam step is kept and the suite is reported by it.
    expect(suite.slices).toEqual(['meta_info']);
    expect(new Set(suite.items.map((i) => i.meta_info))).toEqual(new Set(['step1', 'step2&3']));
    expect(renderMessages(suite, first).at(-1)!.content).toMatch(/\n\nA\. Disclose the error.*\nB\. Tell the attending/);
    const letters = new Set(suite.items.map((i) => i.answer));
    expect([...letters].sort()).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe.skipIf(!has('pubmedqa/ori_pqal.json'))(`pubmedqa on the real file${absent('pubmedqa/ori_pqal.json')}`, () => {
  it('imports all 1,000 PQA-L questions as yes/no/maybe label items', async () => {
    const suite = await importAndLoad('pubmedqa', 'pubmedqa/ori_pqal.json');
    expect(suite.items).toHaveLength(1000);
    expect(suite.scorer).toEqual({ type: 'label', labels: ['yes', 'no', 'maybe'], aliases: { yes: ['true'], no: ['false'], maybe: ['possibly', 'perhaps'] } });
    expect(suite.metric).toBe('accuracy');
    expect(suite.secondary_metrics).toEqual(['macro_f1']);
    const first = suite.items[0]!;
    expect(first.id).toBe('21645374');
    expect(first.question).toBe('Do mitochondria play a role in remodelling lace plant leaves during programmed cell death?');
    expect(first.answer).toBe('yes');
    expect(first.context).toMatch(/^Programmed cell death \(PCD\) is the regulated death of cells/);
    expect(first.context).toContain('\n\n');
    expect(first).not.toHaveProperty('LONG_ANSWER');
    // The publication year is kept for `--by year`; it is not a default slice.
    expect(first.year).toBe('2011');
    expect(suite.slices).toBeUndefined();
  });

  it('keeps the official 500-item test split with --ids test_ground_truth.json', async () => {
    const suite = await importAndLoad('pubmedqa', 'pubmedqa/ori_pqal.json', {
      name: 'pubmedqa-test',
      ids: path.join(DATA, 'pubmedqa/test_ground_truth.json'),
    });
    expect(suite.items).toHaveLength(500);
    const truth = JSON.parse(await fs.readFile(path.join(DATA, 'pubmedqa/test_ground_truth.json'), 'utf8')) as Record<string, string>;
    expect(new Set(suite.items.map((i) => i.id))).toEqual(new Set(Object.keys(truth)));
    for (const item of suite.items) expect(item.answer).toBe(truth[item.id]);
    expect(suite.source?.split).toBe('test (500 ids from test_ground_truth.json)');
  });
});

const TASKS = has('legalbench') ? (await fs.readdir(path.join(DATA, 'legalbench'))).sort() : [];

describe.skipIf(TASKS.length === 0)(`legalbench on the real task folders${absent('legalbench')}`, () => {
  it.each(TASKS)('imports %s with one item per TSV row and the task\'s own prompt', async (task) => {
    const dir = path.join(DATA, 'legalbench', task);
    const tsvName = existsSync(path.join(dir, 'test.tsv')) ? 'test.tsv' : 'train.tsv';
    const tsv = parseTsv(await fs.readFile(path.join(dir, tsvName), 'utf8'), tsvName);
    const suite = await importAndLoad('legalbench', `legalbench/${task}`);
    expect(suite.name).toBe(`legalbench-${task}`);
    expect(suite.items).toHaveLength(tsv.rows.length);
    expect(suite.metric).toBe('balanced_accuracy');
    expect(suite.scorer.type).toBe('label');
    expect(suite.scorer.labels).toEqual([...new Set(tsv.rows.map((r) => r.values.answer!.trim()))].sort());
    expect(suite.template).toBe((await fs.readFile(path.join(dir, 'base_prompt.txt'), 'utf8')).trimEnd());
    expect(suite.source).toMatchObject({ dataset: `LegalBench/${task}`, file: `${task}/${tsvName}`, license: 'CC BY 4.0', split: tsvName.slice(0, -4) });
    const row = tsv.rows[0]!.values;
    expect(suite.items[0]).toMatchObject({ id: row.index, answer: row.answer, text: row.text });
  });

  it.skipIf(!TASKS.includes('hearsay'))('reads quoted TSV fields with doubled quotes (hearsay row 2)', async () => {
    const suite = await importAndLoad('legalbench', 'legalbench/hearsay', { name: 'hearsay-quotes' });
    expect(suite.items.map((i) => i.id)).toEqual(['0', '1', '2', '3', '4']);
    const two = suite.items[2]!;
    expect(two).toEqual({
      id: '2',
      answer: 'No',
      text: 'To prove that Tim was a soccer fan, the fact that Tim told Jimmy that "Real Madrid was the best soccer team in the world."',
      slice: 'Not introduced to prove truth',
    });
    expect(renderMessages(suite, two).at(-1)!.content).toMatch(
      /\nQ: To prove that Tim was a soccer fan, .*"Real Madrid was the best soccer team in the world\." Is there hearsay\?\nA:$/,
    );
    expect(suite.description).toContain('Classify if a particular piece of evidence qualifies as hearsay.');
  });

  it.skipIf(!TASKS.includes('hearsay'))('slices a task by LegalBench\'s own slice column where it has one', async () => {
    const suite = await importAndLoad('legalbench', 'legalbench/hearsay', { name: 'hearsay-sliced' });
    expect(suite.slices).toEqual(['slice']);
    expect(suite.items.map((i) => i.slice)).toContain('Standard hearsay');
    const proa = await importAndLoad('legalbench', 'legalbench/proa', { name: 'proa-unsliced' });
    expect(proa.slices).toBeUndefined();
  });

  it('imports a folder of task folders as one suite sliced by task, each item keeping its task, labels and prompt', async () => {
    const suite = await importAndLoad('legalbench', 'legalbench', { name: 'legalbench-all' });
    let rows = 0;
    for (const task of TASKS) {
      const dir = path.join(DATA, 'legalbench', task);
      const tsvName = existsSync(path.join(dir, 'test.tsv')) ? 'test.tsv' : 'train.tsv';
      const tsv = parseTsv(await fs.readFile(path.join(dir, tsvName), 'utf8'), tsvName);
      const mine = suite.items.filter((i) => i.task === task);
      expect(mine, task).toHaveLength(tsv.rows.length);
      rows += tsv.rows.length;
      const row = tsv.rows[0]!.values;
      const item = suite.items.find((i) => i.id === `${task}/${row.index}`)!;
      expect(item.labels).toEqual([...new Set(tsv.rows.map((r) => r.values.answer!.trim()))].sort());
      expect(item.prompt).toContain(row.text!);
      expect(renderMessages(suite, item).at(-1)!.content).toBe(item.prompt);
    }
    expect(suite.items).toHaveLength(rows);
    expect(suite.slices).toEqual(['task', 'slice']);
    expect(suite.template).toBe('{{prompt}}');
  });
});
