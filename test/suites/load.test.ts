import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../../src/errors.js';
import { checkItemsSize, listSuites, loadSuite } from '../../src/suites/load.js';

const tasksDir = mkdtempSync(path.join(os.tmpdir(), 'bench-suites-'));
afterAll(() => rmSync(tasksDir, { recursive: true, force: true }));

const CHOICE_YAML = `name: med
domain: medical
description: Clinical questions.
version: 1.0.0
scorer:
  type: choice
system: Answer with the letter only.
template: "{{question}}\\n\\n{{choices}}"
`;
const q = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, question: `Question ${id}?`, choices: { A: 'yes', B: 'no' }, answer: 'A', ...extra });

let n = 0;
/** Writes a suite folder under tasksDir and returns its name. */
function suite(yaml: string, items: string | Buffer, file = 'items.jsonl'): string {
  const name = `s${n++}`;
  mkdirSync(path.join(tasksDir, name));
  writeFileSync(path.join(tasksDir, name, 'suite.yaml'), yaml);
  writeFileSync(path.join(tasksDir, name, file), items);
  return name;
}

async function failure(yaml: string, items: string | Buffer): Promise<InputError> {
  const err = await loadSuite(suite(yaml, items), { tasksDir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

describe('loadSuite', () => {
  it('loads a suite by name with defaults and a content hash over both files', async () => {
    const items = `${q('med-001')}\n${q('med-002')}\n`;
    const name = suite(CHOICE_YAML, items);
    const s = await loadSuite(name, { tasksDir });
    expect(s).toMatchObject({ name: 'med', domain: 'medical', version: '1.0.0', metric: 'accuracy', fewshot: [], system: 'Answer with the letter only.' });
    expect(s.items.map((i) => i.id)).toEqual(['med-001', 'med-002']);
    expect(s.dir).toBe(path.join(tasksDir, name));
    const expected = createHash('sha256').update(CHOICE_YAML).update('\0').update(items).digest('hex');
    expect(s.hash).toBe(expected);
  });

  it('loads a suite by folder path and by suite.yaml path', async () => {
    const name = suite(CHOICE_YAML, q('a'));
    const dir = path.join(tasksDir, name);
    expect((await loadSuite(dir, { tasksDir: '/nonexistent' })).items).toHaveLength(1);
    expect((await loadSuite(path.join(dir, 'suite.yaml'), { tasksDir: '/nonexistent' })).items).toHaveLength(1);
  });

  it('lists the suites available when a name is unknown, suggesting the nearest', async () => {
    const name = suite(CHOICE_YAML, q('a'));
    const err = (await loadSuite(`${name}x`, { tasksDir }).catch((e: unknown) => e)) as InputError;
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain(`unknown suite "${name}x" (did you mean "${name}"?); suites under`);
    expect(err.message).toContain(name);
  });

  it('accepts a BOM and CRLF line endings, and skips blank lines', async () => {
    const items = `\uFEFF${q('a')}\r\n\r\n   \r\n${q('b')}\r\n`;
    const s = await loadSuite(suite(CHOICE_YAML.replace(/\n/g, '\r\n'), items), { tasksDir });
    expect(s.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(s.template).toBe('{{question}}\n\n{{choices}}');
  });

  it('reports duplicate item ids with both lines', async () => {
    const err = await failure(CHOICE_YAML, `${q('a')}\n${q('b')}\n${q('a')}\n`);
    expect(err.message).toMatch(/items\.jsonl:3 item "a": duplicate id \(first on line 1\)/);
  });

  it('reports an item missing a field its template uses, never rendering it empty', async () => {
    const err = await failure(CHOICE_YAML, `${q('med-001')}\n${JSON.stringify({ id: 'med-007', choices: { A: 'x', B: 'y' }, answer: 'B' })}\n`);
    expect(err.message).toMatch(/items\.jsonl:2 item "med-007": template uses \{\{question\}\} but the item has no field "question"/);
  });

  it('reports a few-shot example missing a template field at its suite.yaml line', async () => {
    const yaml = `${CHOICE_YAML}fewshot:\n  - fields: { question: Q? }\n    output: A\n`;
    const err = await failure(yaml, q('a'));
    expect(err.message).toMatch(/suite\.yaml:10:13 fewshot\[0\]\.fields: template uses \{\{choices\}\} but the example has no field "choices"/);
  });

  it('names the line of bytes that are not UTF-8', async () => {
    const bad = Buffer.concat([Buffer.from(`${q('a')}\n{"id": "b", "question": "caf`), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    const err = await failure(CHOICE_YAML, bad);
    expect(err.message).toMatch(/items\.jsonl:2: not valid UTF-8/);
  });

  it('names file and line of invalid JSON, a non-object and a missing id', async () => {
    const err = (await failure(CHOICE_YAML, `${q('a')}\n{"id": "b",\n[1]\n${JSON.stringify({ question: 'q', choices: { A: 'x', B: 'y' }, answer: 'A' })}\n`)) as InputErrors;
    expect(err.problems[0]).toMatch(/items\.jsonl:2: not valid JSON/);
    expect(err.problems[1]).toMatch(/items\.jsonl:3: expected a JSON object, got a list/);
    expect(err.problems[2]).toMatch(/items\.jsonl:4: field `id`: expected a non-empty string, got nothing/);
  });

  it('rejects an empty suite', async () => {
    const err = await failure(CHOICE_YAML, '\n\n');
    expect(err.message).toMatch(/items\.jsonl: no items; an empty suite cannot be run/);
  });

  it('refuses a suite.yaml whose aliases expand without bound (a "billion laughs" file) as bad input, not a crash', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    const err = await failure(CHOICE_YAML + bomb, q('a1') + '\n');
    expect(err.message).toMatch(/suite\.yaml.*alias/i);
  });

  it('checks the fields each scorer type needs', async () => {
    const choice = await failure(CHOICE_YAML, `${q('a', { answer: 'E' })}\n${q('b', { choices: { A: 'only' } })}\n${q('c', { choices: { a: 'x', b: 'y' }, answer: 'a' })}\n`);
    expect(choice.message).toContain('item "a": field `answer`: expected one of the choice letters A, B, got "E"');
    expect(choice.message).toContain('item "b": field `choices`: expected at least two options');
    expect(choice.message).toContain('item "c": field `choices`: expected capital letters A-Z as keys, got "a"');

    const code = await failure('name: c\ndomain: code\ndescription: d\nversion: 1\nscorer: { type: code }\ntemplate: "{{prompt}}"\n', JSON.stringify({ id: 'h1', prompt: 'def f():', test: 'assert f()' }));
    expect(code.message).toContain('item "h1": field `entry_point`: expected a non-empty string, got nothing');

    const exact = await failure('name: e\ndomain: math\ndescription: d\nversion: 1\nscorer: { type: exact }\ntemplate: "{{q}}"\n', JSON.stringify({ id: 'x', q: '1+1', answer: 2 }));
    expect(exact.message).toContain('item "x": field `answer`: expected a non-empty string, got 2');
  });

  it('accepts a label from the suite labels or from the item own labels, which override them', async () => {
    const yaml = 'name: l\ndomain: legal\ndescription: d\nversion: 1\nscorer: { type: label, labels: [yes, no] }\ntemplate: "{{input}}\\n{{labels}}"\n';
    const items = [
      JSON.stringify({ id: '1', input: 'i', answer: 'yes' }),
      JSON.stringify({ id: '2', input: 'i', answer: 'maybe', labels: ['maybe', 'never'] }),
    ].join('\n');
    const s = await loadSuite(suite(yaml, items), { tasksDir });
    expect(s.items).toHaveLength(2);
    const err = await failure(yaml, [JSON.stringify({ id: '3', input: 'i', answer: 'maybe' }), JSON.stringify({ id: '4', input: 'i', answer: 'yes', labels: ['maybe', 'never'] })].join('\n'));
    expect(err.message).toContain('items.jsonl:1 item "3": field `answer`: expected one of the labels (yes, no), got "maybe"');
    expect(err.message).toContain('items.jsonl:2 item "4": field `answer`: expected one of the labels (maybe, never), got "yes"');
  });

  it('reports suite.yaml problems at file:line:column with suggestions', async () => {
    const yaml = 'name: x\ndomain: d\ndescription: d\nversion: 1\nscorer:\n  type: multiple_choice\n  lables: [a, b]\ntemplate: "{{q}}"\nmetric: accuracy\n';
    const err = await failure(yaml, q('a'));
    expect(err.message).toMatch(/suite\.yaml:6:9 scorer\.type: expected one of choice \| label \| exact \| code(?: \| \w+)*, got "multiple_choice"/);
    expect(err.message).toMatch(/suite\.yaml:7:3 scorer\.lables: unknown key `lables`; did you mean `labels`\?/);
  });

  it('rejects a template without placeholders and a metric that does not fit the scorer', async () => {
    const err = await failure(CHOICE_YAML.replace(/^template: .*$/m, 'template: Answer.') + 'metric: pass_at_k\n', q('a'));
    expect(err.message).toContain('template: uses no {{field}} placeholder');
    expect(err.message).toContain('metric: pass_at_k needs a code scorer');
  });

  it('refuses an items file larger than 1 GiB before reading it', async () => {
    const name = suite(CHOICE_YAML, q('a'));
    truncateSync(path.join(tasksDir, name, 'items.jsonl'), 1024 ** 3 + 1);
    const err = (await loadSuite(name, { tasksDir }).catch((e: unknown) => e)) as InputError;
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/items\.jsonl: 1\.0 GiB is more than bench reads \(1 GiB\)/);
  });

  it('refuses an items file that would not fit in the memory Node may use', () => {
    expect(() => checkItemsSize(300 * 1024 ** 2, 'items.jsonl', 512 * 1024 ** 2)).toThrow(
      /items\.jsonl: 300 MiB of items needs about 600 MiB of memory, more than Node may use here \(512 MiB free\); raise the limit with NODE_OPTIONS=--max-old-space-size/,
    );
    expect(() => checkItemsSize(200 * 1024 ** 2, 'items.jsonl', 512 * 1024 ** 2)).not.toThrow();
  });

  it('refuses a single line longer than 64 MiB instead of buffering it', async () => {
    const name = suite(CHOICE_YAML, '');
    truncateSync(path.join(tasksDir, name, 'items.jsonl'), 65 * 1024 ** 2);
    const err = (await loadSuite(name, { tasksDir }).catch((e: unknown) => e)) as InputError;
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/items\.jsonl:1: line longer than 64 MiB; one item a line/);
  });

  it('reads a large items file as a stream', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => q(`q${i}`, { pad: 'x'.repeat(200) })).join('\n');
    const s = await loadSuite(suite(CHOICE_YAML, lines), { tasksDir });
    expect(s.items).toHaveLength(20_000);
    expect(s.items[19_999]?.id).toBe('q19999');
  });

  it('lists every problem up to a cap and counts the rest', async () => {
    const lines = Array.from({ length: 80 }, (_, i) => q(`q${i}`, { answer: 'Z' })).join('\n');
    const err = (await failure(CHOICE_YAML, lines)) as InputErrors;
    expect(err.message).toMatch(/has errors: 80 problems/);
    expect(err.problems.at(-1)).toBe('… and 30 more');
  });

  it('uses the items file suite.yaml names', async () => {
    const s = await loadSuite(suite(`${CHOICE_YAML}items: test.jsonl\n`, q('a'), 'test.jsonl'), { tasksDir });
    expect(s.items).toHaveLength(1);
  });
});

describe('listSuites', () => {
  it('lists suite folders with domain, description and item count', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-list-'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'b', 'suite.yaml'), CHOICE_YAML);
    writeFileSync(path.join(dir, 'b', 'items.jsonl'), `${q('1')}\n\n${q('2')}\r\n${q('3')}`);
    mkdirSync(path.join(dir, 'a-not-a-suite'));
    expect(await listSuites(dir)).toEqual([{ name: 'b', dir: path.join(dir, 'b'), domain: 'medical', description: 'Clinical questions.', items: 3 }]);
    expect(await listSuites(path.join(dir, 'missing'))).toEqual([]);
    expect(readFileSync(path.join(dir, 'b', 'suite.yaml'), 'utf8')).toBe(CHOICE_YAML);
    rmSync(dir, { recursive: true, force: true });
  });
});
