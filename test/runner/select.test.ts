import { describe, expect, it } from 'vitest';
import { sampleItems, selectItems } from '../../src/runner/select.js';
import type { Item, Suite } from '../../src/suites/types.js';

const itemsOf = (n: number, prefix = 'medqa'): Item[] => Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i + 1}`, question: 'q', answer: 'A' }) as unknown as Item);
const suiteOf = (name: string, items: Item[]): Suite => ({ name, items }) as unknown as Suite;
const ids = (items: Item[]): string[] => items.map((i) => i.id).sort();

describe('item selection', () => {
  it('samples the same items for the same n and seed whatever the order of the suite file', () => {
    const items = itemsOf(1273);
    const shuffled = [...items].reverse().sort((a, b) => (a.id.length % 3) - (b.id.length % 3));
    expect(ids(sampleItems(shuffled, 100, 7))).toEqual(ids(sampleItems(items, 100, 7)));
    expect(sampleItems(items, 100, 7)).toHaveLength(100);
    expect(ids(sampleItems(items, 100, 8))).not.toEqual(ids(sampleItems(items, 100, 7)));
  });

  it('draws a sample spread over the whole suite, not its first items, and keeps most of it as the suite grows', () => {
    const items = itemsOf(1273);
    const picked = sampleItems(items, 100, 1).map((i) => Number(i.id.split('-')[1]));
    expect(Math.max(...picked)).toBeGreaterThan(1000);
    expect(picked.filter((n) => n <= 100).length).toBeLessThan(30); // ~8 expected
    const grown = sampleItems(itemsOf(1400), 100, 1);
    const kept = ids(grown).filter((id) => ids(sampleItems(items, 100, 1)).includes(id));
    expect(kept.length).toBeGreaterThanOrEqual(80); // ~91 expected: only new items with a lower hash displace old ones
  });

  it('intersects the selectors and drops a suite the selection leaves empty', () => {
    const a = suiteOf('a', itemsOf(10, 'a'));
    const b = suiteOf('b', itemsOf(10, 'b'));
    const out = selectItems([a, b], { items: ['a-2', 'a-3', 'a-10'], filter: '^a-\\d$', seed: 1 });
    expect(out.suites.map((s) => s.name)).toEqual(['a']);
    expect(ids(out.suites[0]!.items)).toEqual(['a-2', 'a-3']);
    expect(out.selection).toMatchObject({ items: ['a-2', 'a-3', 'a-10'], filter: '^a-\\d$', selected: { a: 2, b: 0 }, dropped_suites: ['b'] });
  });

  it('refuses a bad regular expression, an unknown id (suggesting the nearest) and a selection that leaves nothing', () => {
    const a = suiteOf('a', itemsOf(10, 'a'));
    expect(() => selectItems([a], { filter: '(', seed: 1 })).toThrow(/--filter: "\(" is not a valid regular expression/);
    expect(() => selectItems([a], { items: ['a-01'], seed: 1 })).toThrow(/--item: no item with id "a-01".*did you mean "a-1"/);
    expect(() => selectItems([a], { filter: 'zzz', seed: 1 })).toThrow(/leaves no item/);
  });

  it('selects nothing and changes nothing without a selector', () => {
    const a = suiteOf('a', itemsOf(3, 'a'));
    expect(selectItems([a], { seed: 1 })).toEqual({ suites: [a], selection: null, parts: {} });
  });
});
