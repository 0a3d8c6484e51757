/** Loading a free-text suite scored by `reference`: its scorer options, rubric and item fields, each problem named by file:line and item. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadSuite } from '../../src/suites/load.js';

const tasksDir = mkdtempSync(path.join(os.tmpdir(), 'bench-ref-suites-'));
afterAll(() => rmSync(tasksDir, { recursive: true, force: true }));

const yaml = (scorer: string, extra = '') => `name: dx
domain: medical
description: Free-text diagnoses.
version: "1"
scorer: ${scorer}
template: "{{vignette}}"
${extra}`;
const item = (id: string, extra: Record<string, unknown> = {}) => JSON.stringify({ id, vignette: `Case ${id}.`, reference: 'Gout', ...extra });

let n = 0;
function write(suiteYaml: string, items: string[]): string {
  const name = `r${n++}`;
  mkdirSync(path.join(tasksDir, name));
  writeFileSync(path.join(tasksDir, name, 'suite.yaml'), suiteYaml);
  writeFileSync(path.join(tasksDir, name, 'items.jsonl'), items.join('\n') + '\n');
  return name;
}

async function message(suiteYaml: string, items: string[]): Promise<string> {
  const err = await loadSuite(write(suiteYaml, items), { tasksDir }).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  return (err as Error).message;
}

describe('a reference-scored suite', () => {
  it('loads its options, rubric, aliases, per-item rubric, human grade and tolerance', async () => {
    const s = await loadSuite(write(yaml('{ type: reference, match: f1, f1_threshold: 0.7, numeric_tolerance: 0.5 }', 'rubric: Name the disease.\n'), [
      item('a', { aliases: ['podagra'], rubric: 'Names gout.', human_grade: 'correct' }),
      item('b', { reference: '7.4', numeric_tolerance: 0.05, human_grade: 1 }),
    ]), { tasksDir });
    expect(s.scorer).toMatchObject({ type: 'reference', match: 'f1', f1_threshold: 0.7, numeric_tolerance: 0.5 });
    expect(s.metric).toBe('accuracy');
    expect(s.rubric).toBe('Name the disease.');
    expect(s.items.map((i) => i.id)).toEqual(['a', 'b']);
  });
  it('names the item and line of a missing reference, bad aliases, tolerance, rubric and human grade', async () => {
    const msg = await message(yaml('{ type: reference }'), [
      JSON.stringify({ id: 'no-ref', vignette: 'x' }),
      item('bad-alias', { aliases: ['ok', ''] }),
      item('bad-tol', { numeric_tolerance: '0.1' }),
      item('bad-rubric', { rubric: 3 }),
      item('bad-grade', { human_grade: { 'some-model': [] } }),
    ]);
    expect(msg).toMatch(/items\.jsonl:1 item "no-ref": field `reference`: missing/);
    expect(msg).toMatch(/items\.jsonl:2 item "bad-alias": field `aliases`/);
    expect(msg).toMatch(/items\.jsonl:3 item "bad-tol": field `numeric_tolerance`: expected a number ≥ 0, got "0\.1"/);
    expect(msg).toMatch(/items\.jsonl:4 item "bad-rubric": field `rubric`: expected a non-empty string/);
    expect(msg).toMatch(/items\.jsonl:5 item "bad-grade": field `human_grade`: expected a grade/);
  });
  it('refuses bad options with suite.yaml:line and the field', async () => {
    const msg = await message(yaml('\n  type: reference\n  match: fuzzy\n  f1_threshold: 0\n  numeric_tolerance: -1'), [item('a')]);
    expect(msg).toMatch(/suite\.yaml:7:\d+ scorer\.match: expected one of exact \| f1/);
    expect(msg).toMatch(/suite\.yaml:8:\d+ scorer\.f1_threshold: expected a number above 0 and at most 1/);
    expect(msg).toMatch(/suite\.yaml:9:\d+ scorer\.numeric_tolerance: expected a number ≥ 0/);
  });
  it('refuses reference options on another scorer', async () => {
    const msg = await message(yaml('{ type: exact, match: f1 }'), [JSON.stringify({ id: 'a', vignette: 'x', answer: 'gout' })]);
    expect(msg).toMatch(/suite\.yaml:5:\d+ scorer\.match: match applies to the reference scorer only/);
  });
  it('refuses an empty rubric', async () => {
    expect(await message(yaml('{ type: reference }', 'rubric: ""\n'), [item('a')])).toMatch(/suite\.yaml:7:\d+ rubric: expected a non-empty rubric text/);
  });
});
