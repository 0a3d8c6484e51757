import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/store/sha256.js';

describe('sha256Hex', () => {
  it('gives the digest createHash gives for the same text as UTF-8, so existing cache keys and prompt hashes still match', () => {
    const texts = ['', 'Answer: A', '[{"role":"user","content":"Q"}]', 'naïve — 日本語 😀', 'lone \ud800 surrogate \udc00', 'x'.repeat(100_000)];
    for (const t of texts) expect(sha256Hex(t)).toBe(createHash('sha256').update(t).digest('hex'));
  });
});
