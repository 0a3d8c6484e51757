/**
 * Splitting a model's batch requests by the provider's request count and byte limits
 * (src/runner/batch-split.ts), as a pure function of the encoded sizes.
 */
import { describe, expect, it } from 'vitest';
import { formatBytes, splitBatches } from '../../src/runner/batch-split.js';

const openai = { maxRequests: 50_000, maxBytes: 200_000_000, perRequest: 1, fixed: 0 };

describe('splitBatches', () => {
  it('keeps requests in order and starts a new batch when the next would pass the byte limit, counting separators and the envelope', () => {
    const limits = { maxRequests: 100, maxBytes: 100, perRequest: 1, fixed: 15 };
    // 15 + (40+1) + (40+1) = 97 fits; a third 40 would make 138.
    expect(splitBatches([40, 40, 40, 84, 10], limits)).toEqual({ groups: [[0, 1], [2], [3], [4]], oversized: [] });
  });

  it('a batch filled exactly to the limit is accepted; one byte more starts another', () => {
    expect(splitBatches([49, 49], { ...openai, maxBytes: 100 }).groups).toEqual([[0, 1]]);
    expect(splitBatches([49, 50], { ...openai, maxBytes: 100 }).groups).toEqual([[0], [1]]);
  });

  it('splits by request count when the bytes allow more', () => {
    expect(splitBatches([1, 1, 1, 1, 1], { ...openai, maxRequests: 2 }).groups).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('a request larger than a whole batch may be goes in none, and the others still go', () => {
    const limits = { maxRequests: 10, maxBytes: 100, perRequest: 1, fixed: 15 };
    expect(splitBatches([30, 85, 30, 500], limits)).toEqual({ groups: [[0, 2]], oversized: [1, 3] });
    expect(splitBatches([84], limits)).toEqual({ groups: [[0]], oversized: [] });
  });

  it('nothing to send gives no batch', () => {
    expect(splitBatches([], openai)).toEqual({ groups: [], oversized: [] });
  });
});

describe('formatBytes', () => {
  it('uses the decimal units the providers state their limits in', () => {
    expect([formatBytes(312), formatBytes(1200), formatBytes(200_000_000), formatBytes(256_500_000)]).toEqual(['312 bytes', '1.2 kB', '200 MB', '256.5 MB']);
  });
});
