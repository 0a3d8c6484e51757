import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexItems, itemsFromSnapshot, ITEMS_ON_DISK_MIN } from '../../src/runner/item-index.js';
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

  it('a large suite: the plan makes the same jobs from the snapshot, and the suite lets its array go', async () => {
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
    await itemsFromSnapshot(runDir, [suite], plan, ITEMS_ON_DISK_MIN + 2);
    expect(suite.items).toEqual([]);
    const jobs = [...plan.byModel.get('m')!];
    expect(jobs.length).toBe(ITEMS_ON_DISK_MIN + 2);
    expect(jobs.map((j) => j.item)).toEqual(expected);
  });
});
