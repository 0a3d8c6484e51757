import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareKeys, sortKeys } from '../../src/suites/key-order.js';

const collated = (keys: string[]): string[] => [...keys].sort(new Intl.Collator('en', { numeric: true }).compare);

describe('key order', () => {
  it('lists option letters alphabetically and numbers numerically (10 after 9)', () => {
    expect(sortKeys(['C', 'A', 'B'])).toEqual(['A', 'B', 'C']);
    expect(sortKeys(['10', '9', '1'])).toEqual(['1', '9', '10']);
    expect(sortKeys(['b', 'A', 'C'])).toEqual(['A', 'b', 'C']);
    expect(compareKeys('item 10', 'item 9')).toBeGreaterThan(0);
  });

  it('orders any keys exactly as the English numeric collator does, capital letters alone or not', () => {
    const key = fc.oneof(
      fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
      fc.constantFrom('a', 'b', 'z', 'É', 'Ä', '1', '2', '10', '_', ' ', 'AA', 'A1', 'B2'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(fc.property(fc.uniqueArray(key, { maxLength: 12 }), (keys) => {
      expect(sortKeys([...keys])).toEqual(collated(keys));
    }), { numRuns: 500 });
  });
});
