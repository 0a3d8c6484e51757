import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputErrors } from '../../src/errors.js';
import { createScorer } from '../../src/scorers/index.js';
import { assertItems, markItemsChecked, type ItemCheck } from '../../src/scorers/types.js';
import { loadSuite } from '../../src/suites/load.js';
import type { Item } from '../../src/suites/types.js';
import { makeSuite } from './suite-fixture.js';

const tasksDir = mkdtempSync(path.join(os.tmpdir(), 'bench-assert-items-'));
afterAll(() => rmSync(tasksDir, { recursive: true, force: true }));

const item = (id: string, answer = 'A'): Item => ({ id, question: `q ${id}?`, choices: { A: 'yes', B: 'no' }, answer });
/** An item check that counts its calls and refuses answer "Z". */
function counting(): { check: ItemCheck; calls: () => number } {
  let n = 0;
  const check: ItemCheck = (it) => {
    n++;
    return it.answer === 'Z' ? ['field `answer`: expected A or B, got "Z"'] : [];
  };
  return { check, calls: () => n };
}

describe('assertItems', () => {
  it('checks a suite built in code, every item, and names each refused one', () => {
    const { check, calls } = counting();
    const suite = makeSuite({ type: 'choice' }, [item('a'), item('b', 'Z')]);
    expect(() => assertItems(suite, check)).toThrow(InputErrors);
    expect(calls()).toBe(2);
  });

  it('does not check again items the loader checked with the same check and options (workers and the sandbox flag aside)', () => {
    const { check, calls } = counting();
    const suite = makeSuite({ type: 'choice' }, [item('a'), item('b')]);
    markItemsChecked(suite.items, check, suite.scorer);
    assertItems(suite, check, { ...suite.scorer, workers: 4, unsafe_no_sandbox: false });
    expect(calls()).toBe(0);
  });

  it('checks again when the check, an option an item check reads, or the number of items differs', () => {
    const { check, calls } = counting();
    const suite = makeSuite({ type: 'label', labels: ['yes', 'no'] }, [item('a'), item('b')]);
    markItemsChecked(suite.items, check, suite.scorer);
    assertItems(suite, check, { ...suite.scorer, labels: ['yes', 'no', 'maybe'] });
    expect(calls()).toBe(2);
    const other = counting();
    assertItems(suite, other.check);
    expect(other.calls()).toBe(2);
    suite.items.push(item('c', 'Z'));
    expect(() => assertItems(suite, check)).toThrow(/item c/);
  });

  it("a loaded suite's scorer still refuses an item added to its items after loading", async () => {
    mkdirSync(path.join(tasksDir, 'mc'));
    writeFileSync(path.join(tasksDir, 'mc', 'suite.yaml'), 'name: mc\ndomain: d\ndescription: d\nversion: 1.0.0\nscorer:\n  type: choice\ntemplate: "{{question}}"\n');
    writeFileSync(path.join(tasksDir, 'mc', 'items.jsonl'), `${JSON.stringify(item('a'))}\n${JSON.stringify(item('b'))}\n`);
    const suite = await loadSuite('mc', { tasksDir });
    await expect(createScorer({ ...suite.scorer, workers: 2 }, suite)).resolves.toBeDefined();
    suite.items.push({ id: 'c', question: 'q?', choices: { A: 'yes' }, answer: 'B' });
    await expect(createScorer(suite.scorer, suite)).rejects.toThrow(/item c/);
  });
});
