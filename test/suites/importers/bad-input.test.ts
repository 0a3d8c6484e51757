/**
 * Corrupt inputs: each gets an InputError (exit 2) naming file:line, the field and what was
 * wrong, and nothing is written.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { runImport } from '../../../src/suites/importers/index.js';

let tmp: string;
let out: string;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-import-bad-'));
  out = path.join(tmp, 'out');
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const he = (id: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ task_id: id, prompt: 'def f(x):\n', entry_point: 'f', canonical_solution: '    return x\n', test: 'def check(candidate):\n    assert candidate(1) == 1\n', ...extra });
const mq = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ question: 'Which?', options: { A: 'a', B: 'b', C: 'c', D: 'd' }, answer_idx: 'C', ...extra });
const mb = (id: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ task_id: id, prompt: '"""\nWrite f.\nassert f(1) == 1\n"""\n', entry_point: 'f', canonical_solution: 'def f(x):\n    return x\n', base_input: [[1]], plus_input: [[2]], atol: 0, assertion: 'assert f(1) == 1', ...extra });

async function write(name: string, text: string | Buffer): Promise<string> {
  const file = path.join(tmp, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
  return file;
}

/** The error runImport throws, after checking it is an InputError and nothing was written. */
async function failure(format: string, input: string, opts: Record<string, unknown> = {}): Promise<string> {
  const err = await runImport(format, input, { out, ...opts }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  expect((err as InputError).exitCode).toBe(2);
  expect(await fs.readdir(out).catch(() => [])).toEqual([]);
  return (err as Error).message;
}

describe('jsonl importers', () => {
  it('names the line of truncated JSON', async () => {
    const file = await write('HumanEval.jsonl', `${he('HumanEval/0')}\n${he('HumanEval/1').slice(0, 60)}\n`);
    expect(await failure('humaneval', file)).toBe('HumanEval.jsonl:2: not valid JSON (the JSON ends early: truncated?)');
  });

  it('names the line and the problem of JSON that is wrong mid-line', async () => {
    const file = await write('test.jsonl', `${mq()}\n{"question" "x"}\n`);
    expect(await failure('medqa', file)).toMatch(/^test\.jsonl:2: not valid JSON \(Expected ':' after property name\)$/);
  });

  it('finds truncation inside a gzip file too', async () => {
    const file = await write('MbppPlus.jsonl.gz', gzipSync(`${mb('Mbpp/2')}\n${mb('Mbpp/3').slice(0, -5)}\n`));
    expect(await failure('mbppplus', file)).toBe('MbppPlus.jsonl.gz:2: not valid JSON (the JSON ends early: truncated?)');
  });

  it('names a missing field', async () => {
    const row = JSON.parse(he('HumanEval/1')) as Record<string, unknown>;
    delete row.test;
    const file = await write('he.jsonl', `${he('HumanEval/0')}\n${JSON.stringify(row)}\n`);
    expect(await failure('humaneval', file)).toBe('he.jsonl:2: field "test" must be a non-empty string; it is missing');
  });

  it('names a field of the wrong type', async () => {
    const file = await write('he.jsonl', he('HumanEval/0', { prompt: 7 }));
    expect(await failure('humaneval', file)).toBe('he.jsonl:1: field "prompt" must be a non-empty string; got a number (7)');
  });

  it('names a duplicate id and where it was first used', async () => {
    const file = await write('he.jsonl', [he('HumanEval/0'), he('HumanEval/1'), he('HumanEval/0')].join('\n'));
    expect(await failure('humaneval', file)).toBe('he.jsonl:3: duplicate id "HumanEval/0" (first used at he.jsonl:1)');
  });

  it('names an unknown answer letter', async () => {
    const file = await write('test.jsonl', [mq(), mq({ answer_idx: 'E' })].join('\n'));
    expect(await failure('medqa', file)).toBe('test.jsonl:2: field "answer_idx" is "E", which is not one of the options (A, B, C, D)');
  });

  it('names options that are not letter → text', async () => {
    const file = await write('test.jsonl', mq({ options: ['a', 'b'] }));
    expect(await failure('medqa', file)).toBe('test.jsonl:1: field "options" must be an object of letter → option text; got a list');
  });

  it('numbers MedQA items by line when realidx is missing or repeated', async () => {
    const file = await write('test.jsonl', [mq({ realidx: 5 }), mq({ realidx: 5 })].join('\n'));
    const { dir } = await runImport('medqa', file, { out });
    const ids = (await fs.readFile(path.join(dir, 'items.jsonl'), 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(['medqa-1', 'medqa-2']);
  });

  it('names MBPP+ inputs that are not lists of argument lists', async () => {
    const file = await write('m.jsonl', mb('Mbpp/2', { plus_input: [[1], 2] }));
    expect(await failure('mbppplus', file)).toBe('m.jsonl:1 (Mbpp/2): field "plus_input"[1] must be a list of arguments; got a number (2)');
  });

  it('refuses a file that is not UTF-8', async () => {
    const file = await write('he.jsonl', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await failure('humaneval', file)).toMatch(/^he\.jsonl: not UTF-8 text/);
  });

  it('refuses a file with no items', async () => {
    const file = await write('empty.jsonl', '\n\n');
    expect(await failure('humaneval', file)).toBe('empty.jsonl: no items found');
  });
});

describe('pubmedqa', () => {
  const entry = (d: string): Record<string, unknown> => ({ QUESTION: 'Does it?', CONTEXTS: ['One.', 'Two.'], final_decision: d });

  it('names the line of the entry whose answer is not yes/no/maybe', async () => {
    const text = `{\n  "1": ${JSON.stringify(entry('yes'))},\n  "2": ${JSON.stringify(entry('perhaps'))}\n}\n`;
    const file = await write('ori_pqal.json', text);
    expect(await failure('pubmedqa', file)).toBe('ori_pqal.json:3 (PMID 2): field "final_decision" is "perhaps"; expected yes, no or maybe');
  });

  it('names a PMID used twice', async () => {
    const text = `{\n  "1": ${JSON.stringify(entry('yes'))},\n  "1": ${JSON.stringify(entry('no'))}\n}\n`;
    const file = await write('ori_pqal.json', text);
    expect(await failure('pubmedqa', file)).toBe('ori_pqal.json:3: duplicate id "1" (first used at ori_pqal.json:2)');
  });

  it('names the line where a truncated file ends', async () => {
    const file = await write('ori_pqal.json', `{\n  "1": ${JSON.stringify(entry('yes'))},\n  "2": {"QUESTION": "Do`);
    expect(await failure('pubmedqa', file)).toBe('ori_pqal.json:3: not valid JSON (the JSON ends early: truncated?)');
  });

  it('names CONTEXTS that are not a list of strings', async () => {
    const file = await write('ori_pqal.json', JSON.stringify({ 7: { ...entry('no'), CONTEXTS: 'text' } }));
    expect(await failure('pubmedqa', file)).toBe('ori_pqal.json:1 (PMID 7): field "CONTEXTS" must be a non-empty list of strings; got a string');
  });

  it('names test ids that are not in the data', async () => {
    const file = await write('ori_pqal.json', JSON.stringify({ 1: entry('yes'), 2: entry('no') }));
    const ids = await write('ids.json', JSON.stringify({ 1: 'yes', 99: 'no' }));
    expect(await failure('pubmedqa', file, { ids })).toBe('ids.json: 1 id(s) are not in ori_pqal.json: "99"');
  });
});

describe('legalbench', () => {
  const prompt = 'Is it?\n\nQ: {{text}}\nA:';
  async function task(tsv: string, base = prompt): Promise<string> {
    await write('t/base_prompt.txt', base);
    await write('t/test.tsv', tsv);
    return path.join(tmp, 't');
  }

  it('names a row with a missing column', async () => {
    const dir = await task('index\tanswer\ttext\n0\tYes\tone\n1\tNo\n');
    expect(await failure('legalbench', dir)).toBe('t/test.tsv:3: expected 3 tab-separated fields, got 2 (missing column "text")');
  });

  it('names a placeholder whose column the TSV lacks', async () => {
    const dir = await task('index\tanswer\ttext\n0\tYes\tone\n1\tNo\ttwo\n', 'Q: {{text}} in {{state}}\nA:');
    expect(await failure('legalbench', dir)).toBe('t/test.tsv:1: missing column "state" (the header has "index", "answer", "text")');
  });

  it('names a quoted field that never closes, from the line it opens on', async () => {
    const dir = await task('index\tanswer\ttext\n0\tYes\tone\n1\tNo\t"two\n2\tYes\tthree\n');
    expect(await failure('legalbench', dir)).toBe('t/test.tsv:3: a quoted field is never closed (a stray " ?)');
  });

  it('names a duplicate index and an empty answer', async () => {
    const dup = await task('index\tanswer\ttext\n0\tYes\tone\n0\tNo\ttwo\n');
    expect(await failure('legalbench', dup)).toBe('t/test.tsv:3: duplicate id "0" (first used at t/test.tsv:2)');
    const empty = await task('index\tanswer\ttext\n0\tYes\tone\n1\t\ttwo\n');
    expect(await failure('legalbench', empty)).toBe('t/test.tsv:3 (index 1): column "answer" is empty; expected the gold label');
  });

  it('reads quoted fields holding tabs, newlines and doubled quotes, with CRLF line ends', async () => {
    const dir = await task('index\tanswer\ttext\r\n0\tYes\t"a\tb\r\nc ""d"""\r\n1\tNo\tplain\r\n');
    const { dir: suiteDir } = await runImport('legalbench', dir, { out });
    const items = (await fs.readFile(path.join(suiteDir, 'items.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(items).toEqual([
      { id: '0', answer: 'Yes', text: 'a\tb\r\nc "d"' },
      { id: '1', answer: 'No', text: 'plain' },
    ]);
  });

  it('says what a folder lacks', async () => {
    await write('empty/README.md', '# nothing');
    expect(await failure('legalbench', path.join(tmp, 'empty'))).toMatch(/empty: no test\.tsv or train\.tsv in this folder/);
    await write('noprompt/train.tsv', 'index\tanswer\ttext\n0\tYes\tx\n1\tNo\ty\n');
    expect(await failure('legalbench', path.join(tmp, 'noprompt'))).toBe(
      "noprompt/base_prompt.txt: not found; a LegalBench task folder has the task's prompt there",
    );
  });
});

describe('legalbench answers', () => {
  it('treats answers that differ only in case or punctuation as one label, spelled as most rows spell it', async () => {
    await write('t/base_prompt.txt', 'Q: {{text}}\nA:');
    await write('t/train.tsv', 'index\tanswer\ttext\n0\tYes\ta\n1\tyes.\tb\n2\tYes\tc\n3\tNo\td\n');
    const { dir } = await runImport('legalbench', path.join(tmp, 't'), { out });
    const items = (await fs.readFile(path.join(dir, 'items.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { answer: string });
    expect(items.map((i) => i.answer)).toEqual(['Yes', 'Yes', 'Yes', 'No']);
    expect(await fs.readFile(path.join(dir, 'suite.yaml'), 'utf8')).toContain('labels:\n    - "No"\n    - "Yes"\n');
  });

  it('numbers rows by line when the TSV has no index column', async () => {
    await write('t/base_prompt.txt', 'Q: {{text}}\nA:');
    await write('t/train.tsv', 'answer\ttext\nYes\ta\nNo\tb\n');
    const { dir } = await runImport('legalbench', path.join(tmp, 't'), { out });
    const ids = (await fs.readFile(path.join(dir, 'items.jsonl'), 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(['2', '3']);
  });
});
