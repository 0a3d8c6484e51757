/** @module config/fields — zod field builders whose errors say what was expected ("expected a number ≥ 0"). */
import { z } from 'zod';

const e = (what: string) => ({ error: `expected ${what}` });

export const text = (what = 'a non-empty string') => z.string(e(what)).min(1, e(what));
export const wholeAtLeast1 = (what = 'a whole number ≥ 1') => z.number(e(what)).int(e(what)).min(1, e(what));
export const whole = (what = 'a whole number') => z.number(e(what)).int(e(what));
export const atLeast0 = (what = 'a number ≥ 0') => z.number(e(what)).min(0, e(what));
export const above0 = (what = 'a number > 0') => z.number(e(what)).gt(0, e(what));
export const range = (lo: number, hi: number) => z.number(e(`a number from ${lo} to ${hi}`)).min(lo, e(`a number from ${lo} to ${hi}`)).max(hi, e(`a number from ${lo} to ${hi}`));
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, e(`one of ${values.join(' | ')}`));
export const stringList = (what = 'a list of strings') => z.array(z.string(e(what)), e(what));

/** An http(s) URL. */
export const httpUrl = () =>
  z.string(e('an http(s) URL')).refine((s) => {
    try {
      return ['http:', 'https:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, e('an http(s) URL like http://127.0.0.1:11434/v1'));

/**
 * Parse options for a schema that checks one file or one call (models.yaml, suite.yaml, a run's
 * options): no compiled fast path. zod compiles one per object schema on its first parse (code
 * generated, then `new Function`), which pays off over many parses, not one; same result.
 */
export const ONCE = { jitless: true } as const;
