import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { IMPORT_FORMATS, importers, runImport, sampleItems } from '../../../src/suites/importers/index.js';
import { loadSuite } from '../../../src/suites/load.js';

let tmp: string;
let out: string;
let input: string;
const ROWS = Array.from({ length: 40 }, (_, i) =>
  JSON.stringify({ realidx: i, question: `Question ${i}?`, options: { A: 'a', B: 'b', C: 'c', D: 'd' }, answer_idx: 'ABCD'[i % 4] }),
);

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-run-import-'));
  out = path.join(tmp, 'tasks');
  input = path.join(tmp, 'test.jsonl');
  await fs.writeFile(input, ROWS.join('\n') + '\n');
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function ids(dir: string): Promise<string[]> {
  const text = await fs.readFile(path.join(dir, 'items.jsonl'), 'utf8');
  return text.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
}

describe('runImport', () => {
  it('registers one importer per format under its own name', () => {
    expect(IMPORT_FORMATS).toEqual(['humaneval', 'mbppplus', 'medqa', 'pubmedqa', 'legalbench']);
    for (const f of IMPORT_FORMATS) expect(importers[f].format).toBe(f);
  });

  it('refuses an unknown format, listing the valid ones', async () => {
    await expect(runImport('medmcqa', input, { out })).rejects.toThrow(
      new InputError('unknown import format "medmcqa"; expected one of humaneval, mbppplus, medqa, pubmedqa, legalbench'),
    );
  });

  it('writes <out>/<name>/suite.yaml and items.jsonl, loadable, with where the items came from', async () => {
    const res = await runImport('medqa', input, { out, name: 'mini-medqa' });
    expect(res).toEqual({ dir: path.join(out, 'mini-medqa'), items: 40 });
    expect((await fs.readdir(out)).sort()).toEqual(['mini-medqa']);
    expect((await fs.readdir(res.dir)).sort()).toEqual(['items.jsonl', 'suite.yaml']);
    const yaml = parse(await fs.readFile(path.join(res.dir, 'suite.yaml'), 'utf8')) as Record<string, unknown>;
    expect(yaml.source).toMatchObject({ dataset: 'MedQA (USMLE, 4 options)', file: 'test.jsonl', split: 'test' });
    const suite = await loadSuite('mini-medqa', { tasksDir: out });
    expect(suite.items[3]).toMatchObject({ id: '3', answer: 'D', choices: { A: 'a', B: 'b', C: 'c', D: 'd' } });
  });

  it('keeps the first n with --limit and says so in the suite', async () => {
    const { dir, items } = await runImport('medqa', input, { out, limit: 5 });
    expect(items).toBe(5);
    expect(await ids(dir)).toEqual(['0', '1', '2', '3', '4']);
    const yaml = parse(await fs.readFile(path.join(dir, 'suite.yaml'), 'utf8')) as { source: { split: string } };
    expect(yaml.source.split).toBe('test; first 5 of 40 items');
  });

  it('draws the same --sample for the same --seed and a different one for another seed, in file order', async () => {
    const a = await ids((await runImport('medqa', input, { out, name: 'a', sample: 8, seed: 3 })).dir);
    const b = await ids((await runImport('medqa', input, { out, name: 'b', sample: 8, seed: 3 })).dir);
    const c = await ids((await runImport('medqa', input, { out, name: 'c', sample: 8, seed: 4 })).dir);
    expect(a).toHaveLength(8);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(a.map(Number)).toEqual([...a.map(Number)].sort((x, y) => x - y));
    expect(new Set(a).size).toBe(8);
  });

  it('samples without replacement and every item can be drawn', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 200; seed++) for (const x of sampleItems([0, 1, 2, 3, 4, 5], 2, seed)) seen.add(x);
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(sampleItems([1, 2, 3], 3, 9)).toEqual([1, 2, 3]);
  });

  it('refuses to overwrite an existing suite folder unless forced, and then replaces it whole', async () => {
    const { dir } = await runImport('medqa', input, { out, limit: 3 });
    await fs.writeFile(path.join(dir, 'notes.txt'), 'mine');
    await expect(runImport('medqa', input, { out })).rejects.toThrow(
      `${dir} already exists; pass --force to replace it, or --name to pick another name`,
    );
    expect(await ids(dir)).toEqual(['0', '1', '2']);
    await runImport('medqa', input, { out, force: true });
    expect(await ids(dir)).toHaveLength(40);
    expect((await fs.readdir(dir)).sort()).toEqual(['items.jsonl', 'suite.yaml']);
    expect(await fs.readdir(out)).toEqual(['medqa']);
  });

  it('keeps the old folder when a forced re-import fails', async () => {
    const { dir } = await runImport('medqa', input, { out, limit: 3 });
    await fs.writeFile(input, `${ROWS[0]}\n{"question": \n`);
    await expect(runImport('medqa', input, { out, force: true })).rejects.toThrow(/test\.jsonl:2: not valid JSON/);
    expect(await ids(dir)).toEqual(['0', '1', '2']);
    expect(await fs.readdir(out)).toEqual(['medqa']);
  });

  it.each([
    [{ limit: 0 }, '--limit: expected a whole number ≥ 1, got 0'],
    [{ sample: 2.5 }, '--sample: expected a whole number ≥ 1, got 2.5'],
    [{ limit: 2, sample: 2 }, '--limit and --sample: pass one, not both'],
    [{ ids: 'x.json' }, '--ids: only the pubmedqa importer takes it, not medqa'],
    [{ name: '../escape' }, '--name "../escape": expected letters, digits, ".", "_" or "-" (at most 100)'],
  ])('refuses bad options %o', async (opts, message) => {
    await expect(runImport('medqa', input, { out, ...opts })).rejects.toThrow(new InputError(message));
    expect(await fs.readdir(out).catch(() => [])).toEqual([]);
  });

  it('imports from a loopback URL, gzip found by its magic bytes, and records the URL', async () => {
    const body = gzipSync(ROWS.slice(0, 4).join('\n'));
    const server = http.createServer((_req, res) => res.writeHead(200, { 'content-length': String(body.length) }).end(body));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/medqa/test.jsonl`;
    const stderr = process.stderr.write;
    process.stderr.write = () => true; // the download's progress lines
    try {
      const { dir, items } = await runImport('medqa', url, { out, cacheDir: path.join(tmp, 'cache') });
      expect(items).toBe(4);
      const yaml = parse(await fs.readFile(path.join(dir, 'suite.yaml'), 'utf8')) as { source: Record<string, string> };
      expect(yaml.source).toMatchObject({ file: 'test.jsonl', url });
      expect(yaml.source.license).toBeUndefined();
    } finally {
      process.stderr.write = stderr;
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
