/**
 * The generated MBPP+ check(candidate), run by a real Python on the program shape the code
 * scorer builds: prompt + completion + "\n" + test + "\n" + "check(entry_point)".
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseMbppPlus } from '../../../src/suites/importers/mbppplus.js';
import type { Item } from '../../../src/suites/types.js';

const PY = '/usr/bin/python3';
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const REAL = path.resolve(repo, '../shared/datasets/mbppplus/MbppPlus.jsonl.gz');

function run(item: Item, completion: string): Promise<{ ok: boolean; stderr: string }> {
  const program = `${item.prompt}${completion}\n${item.test}\ncheck(${item.entry_point})\nprint("CHECKED")\n`;
  return new Promise((resolve) => {
    const child = execFile(PY, ['-'], { timeout: 60_000, env: { PATH: '/usr/bin:/bin' } }, (err, stdout, stderr) => {
      resolve({ ok: !err && stdout.includes('CHECKED'), stderr });
    });
    child.stdin?.end(program);
  });
}

const row = (id: string, entry: string, solution: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    task_id: id,
    prompt: `"""\nWrite ${entry}.\n"""\n`,
    entry_point: entry,
    canonical_solution: solution,
    base_input: [],
    plus_input: [],
    atol: 0,
    assertion: '',
    ...extra,
  });

function one(line: string): Item {
  return parseMbppPlus(line, 'x.jsonl')[0]!;
}

describe.skipIf(!existsSync(PY))(`the MBPP+ check on synthetic tasks (skipped when ${PY} is absent)`, () => {
  it('passes a correct candidate and fails a wrong one with the input and both values in the message', async () => {
    const item = one(row('Mbpp/900', 'add', 'def add(a, b):\n    return a + b\n', { base_input: [[1, 2]], plus_input: [[3, 4], [-1, 1]] }));
    expect((await run(item, 'def add(a, b):\n    return b + a\n')).ok).toBe(true);
    const bad = await run(item, 'def add(a, b):\n    return a - b if a < 0 else a + b\n');
    expect(bad.ok).toBe(false);
    expect(bad.stderr).toContain('AssertionError: plus input 2: [-1, 1]: expected 0, got -2');
  });

  it('passes NaN, Infinity and integers past 2^53 to both functions exactly as written', async () => {
    // Raw JSON as Python writes it: not valid for JSON.parse, kept byte for byte.
    const line = row('Mbpp/901', 'show', 'def show(x):\n    return repr(x)\n').replace(
      '"base_input":[]',
      '"base_input":[[NaN], [-Infinity], [123456789012345678901234567890], [1.0]]',
    );
    const item = one(line);
    expect(item.test).toContain('123456789012345678901234567890');
    expect((await run(item, 'def show(x):\n    return repr(x)\n')).ok).toBe(true);
    const lossy = await run(item, 'def show(x):\n    return repr(float(x))\n');
    expect(lossy.stderr).toContain("base input 2: [123456789012345678901234567890]: expected '123456789012345678901234567890'");
  });

  it('compares floats within atol (1e-6 when the file says 0), exact for everything else', async () => {
    const item = one(row('Mbpp/902', 'half', 'def half(x):\n    return x / 2\n', { base_input: [[1], [3]] }));
    expect((await run(item, 'def half(x):\n    return x / 2 + 1e-9\n')).ok).toBe(true);
    expect((await run(item, 'def half(x):\n    return x / 2 + 1e-3\n')).ok).toBe(false);
    expect((await run(item, 'def half(x):\n    return int(x / 2 * 2) / 2\n')).ok).toBe(true);
    const loose = one(row('Mbpp/903', 'half', 'def half(x):\n    return x / 2\n', { base_input: [[1]], atol: 0.0001 }));
    expect((await run(loose, 'def half(x):\n    return x / 2 + 5e-5\n')).ok).toBe(true);
    expect((await run(loose, 'def half(x):\n    return [x / 2]\n')).ok).toBe(false);
  });

  it('uses set equality where EvalPlus does (similar_elements)', async () => {
    const item = one(row('Mbpp/2', 'similar_elements', 'def similar_elements(a, b):\n    return tuple(sorted(set(a) & set(b)))\n', {
      base_input: [[[3, 4, 5, 6], [5, 7, 4, 10]]],
    }));
    expect((await run(item, 'def similar_elements(a, b):\n    return tuple(sorted(set(a) & set(b), reverse=True))\n')).ok).toBe(true);
    // Mbpp/2's inputs are tuples, as EvalPlus deserialises them.
    expect((await run(item, 'def similar_elements(a, b):\n    assert isinstance(a, tuple)\n    return tuple(set(a) & set(b))\n')).ok).toBe(true);
  });

  it('checks the candidate, not the test\'s own check, when the entry point is named check (Mbpp/56)', async () => {
    const item = one(row('Mbpp/56', 'check', 'def check(n):\n    return n == 2 * int(str(n)[::-1]) - 1\n', { base_input: [[70], [73]] }));
    expect((await run(item, 'def check(n):\n    return n == 2 * int(str(n)[::-1]) - 1\n')).ok).toBe(true);
    expect((await run(item, 'def check(n):\n    return True\n')).ok).toBe(false);
  });

  it('gives each function its own copy of the inputs, so a mutating reference cannot change them', async () => {
    const item = one(row('Mbpp/904', 'pop_last', 'def pop_last(xs):\n    return xs.pop()\n', { base_input: [[[1, 2, 3]]] }));
    expect((await run(item, 'def pop_last(xs):\n    return xs[-1]\n')).ok).toBe(true);
  });

  it('stores large inputs compressed and still runs them', async () => {
    const big = Array.from({ length: 3000 }, (_, i) => [i]);
    const item = one(row('Mbpp/905', 'sq', 'def sq(x):\n    return x * x\n', { plus_input: big }));
    expect(item.test).toContain('_bench_zlib.decompress');
    expect((item.test as string).length).toBeLessThan(13_000);
    expect((await run(item, 'def sq(x):\n    return x ** 2\n')).ok).toBe(true);
  });
});

describe.skipIf(!existsSync(PY) || !existsSync(REAL))(`the MBPP+ check on real tasks (skipped when ${REAL} or ${PY} is absent)`, () => {
  it('passes the canonical solution and fails a prompt-only completion for tasks with special input types', async () => {
    const items = parseMbppPlus(gunzipSync(await fs.readFile(REAL)).toString('utf8'), 'MbppPlus.jsonl.gz');
    // 2: tuples + set equality; 56: entry point "check"; 124, 252: complex; 580: nested tuples; 722: dict of tuples; 793: no plus inputs.
    for (const id of ['Mbpp/2', 'Mbpp/56', 'Mbpp/124', 'Mbpp/252', 'Mbpp/580', 'Mbpp/722', 'Mbpp/793']) {
      const item = items.find((i) => i.id === id);
      if (!item) throw new Error(`${id} is not in ${REAL}`);
      const good = await run(item, item.canonical_solution as string);
      expect(good, `${id}: ${good.stderr.slice(-300)}`).toMatchObject({ ok: true });
      expect((await run(item, '')).ok, id).toBe(false);
    }
  });
});
