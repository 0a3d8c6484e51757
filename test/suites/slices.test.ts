import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadSuite } from '../../src/suites/load.js';
import { byFieldError, sliceValuesOf } from '../../src/suites/slices.js';

const tasksDir = mkdtempSync(path.join(os.tmpdir(), 'bench-slices-'));
afterAll(() => rmSync(tasksDir, { recursive: true, force: true }));

const yaml = (slices: string) => `name: med
domain: medical
description: Clinical questions.
version: 1.0.0
scorer: { type: choice }
${slices}
template: "{{question}}\\n\\n{{choices}}"
`;
const q = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, question: `Question ${id}?`, choices: { A: 'yes', B: 'no' }, answer: 'A', ...extra });

let n = 0;
function write(y: string, items: string[]): string {
  const name = `s${n++}`;
  mkdirSync(path.join(tasksDir, name));
  writeFileSync(path.join(tasksDir, name, 'suite.yaml'), y);
  writeFileSync(path.join(tasksDir, name, 'items.jsonl'), items.join('\n') + '\n');
  return name;
}

describe('suite slices', () => {
  it('loads a suite sliced by a string field and a list-of-strings field', async () => {
    const s = await loadSuite(write(yaml('slices: [topic, tags]'), [q('a', { topic: 'cardio', tags: ['x', 'y'] }), q('b', { topic: 'pharm' })]), { tasksDir });
    expect(s.slices).toEqual(['topic', 'tags']);
  });

  it('refuses a slice field no item has, naming the suite file, the field and the nearest field', async () => {
    const err = await loadSuite(write(yaml('slices: [topc]'), [q('a', { topic: 'cardio' })]), { tasksDir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/suite\.yaml:6:\d+ slices\[0\]: no item has a field "topc"/);
    expect(msg).toContain('did you mean "topic"?');
  });

  it('refuses an item whose slice field is neither a string nor a list of strings, naming the item', async () => {
    const err = await loadSuite(write(yaml('slices: [topic]'), [q('a', { topic: 'cardio' }), q('b', { topic: 3 })]), { tasksDir }).catch((e: unknown) => e);
    expect((err as Error).message).toContain('item "b": field `topic`: expected a string or a list of strings');
  });

  it('puts an item without the field in (none) and an item with a list in each of its values', () => {
    expect(sliceValuesOf({ id: 'a' }, 'topic')).toEqual(['(none)']);
    expect(sliceValuesOf({ id: 'a', topic: [' x', 'y', 'x'] }, 'topic')).toEqual(['x', 'y']);
    expect(sliceValuesOf({ id: 'a', topic: { x: 1 } }, 'topic')).toBeNull();
  });

  it('accepts --by when one suite of the run has the field, and names every suite when none has it', () => {
    const suites = [{ name: 'a', items: [{ id: '1', topic: 't' }] }, { name: 'b', items: [{ id: '2', task: 'k' }] }];
    expect(byFieldError(suites, 'topic')).toBeNull();
    const msg = byFieldError(suites, 'area')!;
    expect(msg).toContain('--by area');
    expect(msg).toContain('suite a:');
    expect(msg).toContain('suite b:');
  });
});
