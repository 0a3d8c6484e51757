import { describe, expect, it } from 'vitest';
import { positionsOf, SpanRecorder } from '../../src/suites/item-spans.js';
import type { Item } from '../../src/suites/types.js';

const item = (i: number): Item => ({ id: `q-${i}`, answer: 'A' });

describe('item spans (suites/item-spans)', () => {
  const items = Array.from({ length: 6 }, (_, i) => item(i));
  const rec = new SpanRecorder();
  items.forEach((_, i) => rec.add(i * 100, 10 + i));
  const spans = { ...rec.finish(items), bytes: 600 };

  it('gives each wanted item its own span, whether the run takes all, the first n, a subset or another order', () => {
    expect([...positionsOf(spans, items)!]).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...positionsOf(spans, items.slice(0, 2))!]).toEqual([0, 1]);
    expect([...positionsOf(spans, [items[0]!, items[3]!, items[5]!])!]).toEqual([0, 3, 5]);
    expect([...positionsOf(spans, [...items].reverse())!]).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it('gives null for an item that was not loaded with the spans, even one equal to a loaded item', () => {
    expect(positionsOf(spans, [items[0]!, item(1)])).toBeNull();
  });

  it('refuses spans that do not pair one to one with the items kept', () => {
    expect(() => rec.finish(items.slice(1))).toThrow(/6 spans for 5 items/);
  });
});
