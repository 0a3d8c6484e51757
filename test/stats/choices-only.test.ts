import { describe, expect, it } from 'vitest';
import { choicesOnlyModel, itemsNeedingQuestion } from '../../src/stats/choices-only.js';

const obs = (ids: string[], rightIds: string[], options = 4) => ids.map((item_id) => ({ item_id, correct: rightIds.includes(item_id), options }));

describe('choices-only statistics', () => {
  it('flags a model right on 9 of 10 four-option items without the question, with the exact binomial p', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `q${i}`);
    const m = choicesOnlyModel('cheater', obs(ids, ids.slice(0, 9)));
    // P(X ≥ 9 | n = 10, p = 1/4) = 10·(1/4)⁹·(3/4) + (1/4)¹⁰ = 31 / 4¹⁰
    expect(m.p_value).toBeCloseTo(31 / 4 ** 10, 15);
    expect(m.above_chance).toBe(true);
    expect(m.chance).toBe(0.25);
    expect(m.accuracy).toBe(0.9);
    expect(m.items_right).toEqual(ids.slice(0, 9));
  });

  it('does not flag a model at chance, and gives no estimate without answers', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);
    expect(choicesOnlyModel('guesser', obs(ids, ids.slice(0, 5))).above_chance).toBe(false);
    expect(choicesOnlyModel('none', [])).toMatchObject({ n: 0, accuracy: null, p_value: null, chance: null, above_chance: false });
  });

  it('keeps as needing the question only the items every model answered and none got right', () => {
    const by = new Map([
      ['a', obs(['q1', 'q2', 'q3', 'q4'], ['q1'])],
      ['b', obs(['q1', 'q2', 'q3'], ['q2'])],
    ]);
    expect([...itemsNeedingQuestion(by, ['a', 'b'])]).toEqual(['q3']);
  });
});
