import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexItems, itemsFromSnapshot, snapshotItemsFile, spannedItems, ITEMS_ON_DISK_MIN } from '../../src/runner/item-index.js';
import { planJobs } from '../../src/runner/plan.js';
import { loadSuite } from '../../src/suites/load.js';
import { snapshotSuite } from '../../src/store/run-dir.js';
import type { ModelSpec } from '../../src/config/types.js';
import type { Item } from '../../src/suites/types.js';

const dirs: string[] = [];
const tmp = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-item-index-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const item = (i: number): Item => ({ id: `q-${i}`, question: `Question ${i} — “ünïcode”?`, choices: { A: 'alpha', B: `b ${i}` }, answer: 'AB'[i % 2]!, n: i / 3 });

describe('items read from the suite snapshot (runner/item-index)', () => {
  it('reads back the same items, in run order, from a file with blank lines, CRLF and items left out', async () => {
    const file = path.join(tmp(), 'items.jsonl');
    const all = Array.from({ length: 50 }, (_, i) => item(i));
    fs.writeFileSync(file, '\n' + all.map((x, i) => JSON.stringify(x) + (i % 7 === 0 ? '\r\n\r\n' : '\n')).join(''));
    const wanted = all.filter((_, i) => i % 3 !== 1);
    const disk = (await indexItems(file, wanted))!;
    expect(disk.length).toBe(wanted.length);
    expect([...disk]).toEqual(wanted);
    expect([...disk]).toEqual(wanted); // every iteration reads them again
  });

  it('gives up (null) when the file does not hold the items in their order', async () => {
    const file = path.join(tmp(), 'items.jsonl');
    const all = [item(0), item(1), item(2)];
    fs.writeFileSync(file, [all[1], all[0], all[2]].map((x) => JSON.stringify(x)).join('\n'));
    expect(await indexItems(file, all)).toBeNull();
    expect(await indexItems(path.join(tmp(), 'missing.jsonl'), all)).toBeNull();
  });

  /** A small suite folder (blank lines and CRLF in its items file) loaded, and its snapshot in a run folder. */
  const loadedSnapshot = async (n: number): Promise<{ suite: Awaited<ReturnType<typeof loadSuite>>; file: string }> => {
    const tasks = tmp();
    const dir = path.join(tasks, 'small');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'suite.yaml'), 'name: small\ndomain: d\ndescription: x\nversion: "1"\nscorer: { type: choice }\ntemplate: "{{question}}\\n\\n{{choices}}"\n');
    fs.writeFileSync(path.join(dir, 'items.jsonl'), '\r\n' + Array.from({ length: n }, (_, i) => JSON.stringify(item(i)) + (i % 3 ? '\n' : '\r\n\n')).join(''));
    const suite = await loadSuite(dir, { tasksDir: tasks });
    const runDir = tmp();
    snapshotSuite(runDir, suite);
    return { suite, file: snapshotItemsFile(runDir, suite)! };
  };

  it('reads the items back at the offsets the loader recorded, without scanning the snapshot', async () => {
    const { suite, file } = await loadedSnapshot(20);
    const wanted = suite.items.filter((_, i) => i % 4 !== 2);
    const disk = spannedItems(file, wanted, suite.itemSpans!)!;
    expect(disk.length).toBe(wanted.length);
    expect([...disk]).toEqual(wanted);
    // Items the loader did not read (made elsewhere) have no offsets: the caller scans instead.
    expect(spannedItems(file, [...wanted, item(99)], suite.itemSpans!)).toBeNull();
  });

  it('a snapshot that is not the file the loader read is not read at its offsets: another size is scanned instead, the same size with other items is refused when read', async () => {
    const { suite, file } = await loadedSnapshot(20);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, '\n' + text);
    expect(spannedItems(file, suite.items, suite.itemSpans!)).toBeNull();
    expect([...(await indexItems(file, suite.items))!]).toEqual(suite.items);
    // Two items of the same length swapped: the sizes agree, the ids read back do not.
    fs.writeFileSync(file, text.replace('"q-11"', '"q-xx"').replace('"q-12"', '"q-11"').replace('"q-xx"', '"q-12"'));
    expect(() => [...spannedItems(file, suite.items, suite.itemSpans!)!]).toThrow(/no longer the item it was/);
  });

  it('a large suite: the plan makes the same jobs from the snapshot, and the suite lets its array and its spans go', async () => {
    const tasks = tmp();
    const dir = path.join(tasks, 'big');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'suite.yaml'), 'name: big\ndomain: d\ndescription: x\nversion: "1"\nscorer: { type: choice }\ntemplate: "{{question}}\\n\\n{{choices}}"\n');
    fs.writeFileSync(path.join(dir, 'items.jsonl'), Array.from({ length: ITEMS_ON_DISK_MIN + 5 }, (_, i) => JSON.stringify(item(i))).join('\n') + '\n');
    const suite = await loadSuite(dir, { tasksDir: tasks });
    const runDir = tmp();
    snapshotSuite(runDir, suite);
    const model: ModelSpec = { id: 'm', provider: 'openai', model: 'm', params: {}, concurrency: 1, timeout_s: 60 };
    const expected = [...planJobs([suite], [model], 1, ITEMS_ON_DISK_MIN + 2, new Set()).byModel.get('m')!].map((j) => j.item);
    const plan = planJobs([suite], [model], 1, ITEMS_ON_DISK_MIN + 2, new Set());
    await itemsFromSnapshot(runDir, [suite], plan);
    expect(suite.items).toEqual([]);
    expect(suite.itemSpans).toBeUndefined();
    const jobs = [...plan.byModel.get('m')!];
    expect(jobs.length).toBe(ITEMS_ON_DISK_MIN + 2);
    expect(jobs.map((j) => j.item)).toEqual(expected);
  });
});
