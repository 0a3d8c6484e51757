import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyIndex } from '../../src/store/cache-index.js';
import { ResponseCache, type CachedCompletion } from '../../src/store/cache.js';

const hex = (s: string): string => createHash('sha256').update(s).digest('hex');
/** Keys that share their first 64 bits (16 hex digits) and differ after. */
const colliding = (n: number): string[] => Array.from({ length: n }, (_, k) => `0123456789abcdef${hex(String(k)).slice(16)}`);
const completion = (text: string): CachedCompletion => ({ text, inputTokens: 1, outputTokens: 1, ttftMs: 1, latencyMs: 2, finishReason: 'stop', costUsd: null });

const dirs: string[] = [];
const tmp = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cache-index-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('packed cache index (store/cache-index)', () => {
  it('finds every one of 5,000 keys after growing, and only candidates with the same prefix', () => {
    const keys = Array.from({ length: 5000 }, (_, k) => hex(`key ${k}`));
    const lines = new Map<number, string>();
    const index = new KeyIndex((offset) => lines.get(offset) ?? null, 16);
    keys.forEach((key, k) => {
      lines.set(k * 100, key);
      index.set(key, k * 100, 90);
    });
    expect(index.size).toBe(5000);
    keys.forEach((key, k) => {
      const found = index.candidates(key).map((slot) => index.offset(slot));
      expect(found).toEqual([k * 100]);
    });
    expect(index.candidates(hex('absent'))).toEqual([]);
  });

  it('keeps keys that share a 64-bit prefix apart, replaces only the entry whose line holds the same key, and deletes one slot', () => {
    const [a, b, c] = colliding(3) as [string, string, string];
    const lines = new Map<number, string>([[0, a], [100, b], [200, c], [300, b]]);
    const index = new KeyIndex((offset) => lines.get(offset) ?? null);
    index.set(a, 0, 90);
    index.set(b, 100, 90);
    index.set(c, 200, 90);
    index.set(b, 300, 95); // b written again: its entry moves, a and c stay
    expect(index.size).toBe(3);
    expect(index.candidates(a).map((s) => [index.offset(s), index.length(s)])).toEqual([[0, 90], [300, 95], [200, 90]]);
    index.delete(index.candidates(a)[0]!);
    expect(index.size).toBe(2);
    expect(index.candidates(c).map((s) => index.offset(s))).toEqual([300, 200]);
  });
});

describe('response cache with colliding key prefixes', () => {
  it('serves each of several keys sharing a prefix its own answer, before and after reopening, and a rewrite wins', async () => {
    const dir = tmp();
    const keys = colliding(4);
    const cache = await ResponseCache.open(dir);
    keys.forEach((k, i) => cache.put(k, completion(`answer ${i}`)));
    cache.put(keys[1]!, completion('answer 1, again'));
    const texts = (c: ResponseCache) => keys.map((k) => c.get(k)?.text);
    expect(texts(cache)).toEqual(['answer 0', 'answer 1, again', 'answer 2', 'answer 3']);
    expect(cache.entries).toBe(4);
    expect(cache.get(`0123456789abcdef${'0'.repeat(48)}`)).toBeUndefined();
    cache.close();
    const again = await ResponseCache.open(dir);
    expect(texts(again)).toEqual(['answer 0', 'answer 1, again', 'answer 2', 'answer 3']);
    expect(again.entries).toBe(4);
    again.close();
  });

  it('a corrupt line among colliding keys is a warning and a miss for its key only', async () => {
    const dir = tmp();
    const keys = colliding(3);
    const cache = await ResponseCache.open(dir);
    keys.forEach((k, i) => cache.put(k, completion(`answer ${i}`)));
    cache.close();
    const file = path.join(dir, 'responses.jsonl');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.slice(0, 80) + '#'.repeat(lines[1]!.length - 80); // same length, no longer JSON
    fs.writeFileSync(file, lines.join('\n'));
    const again = await ResponseCache.open(dir);
    expect(keys.map((k) => again.get(k)?.text)).toEqual(['answer 0', undefined, 'answer 2']);
    expect(again.warnings).toEqual([`cache: the entry for ${keys[1]!.slice(0, 12)}… is corrupt; requesting again`]);
    again.close();
  });
});
