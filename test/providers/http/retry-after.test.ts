/** Retry-After parsing: seconds, HTTP dates, OpenAI's retry-after-ms, and junk. */
import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/providers/http/retry-after.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': '0' }, 0],
    [{ 'retry-after': '1.5' }, 1500],
    [{ 'Retry-After': '3' }, 3000],
    [{ 'retry-after-ms': '250' }, 250],
    [{ 'retry-after-ms': '250.7' }, 251],
    [{ 'retry-after-ms': '100', 'retry-after': '9' }, 100],
    [{ 'retry-after-ms': 'soon', 'retry-after': '4' }, 4000],
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }, 30_000],
    [{ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }, 0],
  ])('%j → %i ms', (headers, ms) => {
    expect(parseRetryAfter(headers, NOW)).toBe(ms);
  });

  it.each([[{}], [{ 'retry-after': '' }], [{ 'retry-after': 'tomorrow-ish' }], [{ 'retry-after': '-5' }]])('%j → undefined', (headers) => {
    expect(parseRetryAfter(headers, NOW)).toBeUndefined();
  });

  it('reads a fetch Headers object', () => {
    expect(parseRetryAfter(new Headers({ 'Retry-After': '7' }), NOW)).toBe(7000);
  });

  it('takes the first value of a repeated header', () => {
    expect(parseRetryAfter({ 'retry-after': ['5', '9'] }, NOW)).toBe(5000);
  });
});
