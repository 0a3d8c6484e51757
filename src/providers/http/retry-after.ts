/**
 * @module providers/http/retry-after — how long a server asked us to wait, from its response headers.
 *
 * Pure: reads `retry-after-ms` (milliseconds, OpenAI's extension) first, then
 * `retry-after` as delta-seconds (fractions allowed) or an HTTP date (RFC 9110 §10.2.3).
 * Capping the wait is the runner's job; this only parses.
 */

/** Anything that can look a header up by name (a fetch `Headers`, or a plain record). */
export type HeaderSource =
  | { get(name: string): string | null | undefined }
  | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (typeof (source as { get?: unknown }).get === 'function') {
    const v = (source as { get(name: string): string | null | undefined }).get(name);
    return v ?? undefined;
  }
  const record = source as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const v = key === undefined ? undefined : record[key];
  return Array.isArray(v) ? v[0] : v;
}

const NUMBER = /^\s*\d+(\.\d+)?\s*$/;

/**
 * The server-requested wait in ms, or undefined when the headers say nothing usable.
 * A date in the past gives 0. `now` is injectable for tests.
 *
 * @example parseRetryAfter(new Headers({ 'retry-after': '2' })) // 2000
 */
export function parseRetryAfter(headers: HeaderSource, now: number = Date.now()): number | undefined {
  const ms = header(headers, 'retry-after-ms');
  if (ms !== undefined && NUMBER.test(ms)) return Math.max(0, Math.round(Number(ms)));
  const ra = header(headers, 'retry-after');
  if (ra === undefined || ra.trim() === '') return undefined;
  if (NUMBER.test(ra)) return Math.max(0, Math.round(Number(ra) * 1000));
  // An HTTP date always names its month ("Thu, 01 Jan 2026 …"); `Date.parse('-5')` would read a year.
  if (!/[a-z]{3}/i.test(ra)) return undefined;
  const at = Date.parse(ra);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
