import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { byteLineBatches, byteLines } from '../../src/suites/byte-lines.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-byte-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('byteLines and byteLineBatches', () => {
  it('give the same lines, numbers and byte offsets, and feed the same bytes to the hash: CRLF, a line across 1 MiB chunks, no final newline', async () => {
    const long = 'x'.repeat((1 << 20) + 123);
    const text = `a\r\n\r\nbé\n${long}\r\n${'y'.repeat(5)}\nlast`;
    const file = path.join(dir, 'items.jsonl');
    writeFileSync(file, text);
    const h1 = createHash('sha256');
    const one: Array<[number, string, number]> = [];
    for await (const l of byteLines(file, 'items.jsonl', h1)) one.push([l.line, l.bytes.toString('utf8'), l.offset]);
    const h2 = createHash('sha256');
    const batched: Array<[number, string, number]> = [];
    let batches = 0;
    for await (const batch of byteLineBatches(file, 'items.jsonl', h2)) {
      batches++;
      for (const l of batch) batched.push([l.line, l.bytes.toString('utf8'), l.offset]);
    }
    expect(one.map(([n, t, o]) => [n, t.length > 20 ? t.length : t, o])).toEqual([
      [1, 'a', 0], [2, '', 3], [3, 'bé', 5], [4, long.length, 9], [5, 'yyyyy', 9 + long.length + 2], [6, 'last', 9 + long.length + 8],
    ]);
    expect(batched).toEqual(one);
    expect(batches).toBeLessThan(one.length);
    expect(h2.digest('hex')).toBe(h1.digest('hex'));
  });
});
