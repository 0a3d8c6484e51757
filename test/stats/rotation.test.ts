import { describe, expect, it } from 'vitest';
import { rotationStats, type RotationObservation } from '../../src/stats/rotation.js';
import { wilsonCC } from '../../src/stats/proportion.js';

/** Item `id` asked under `of` rotations; `picks[r]` = the original option chosen under rotation r (gold is 'A', at position r==0?0:of-r). */
function item(id: string, picks: (string | null)[]): RotationObservation[] {
  const of = picks.length;
  const letters = 'ABCD'.slice(0, of).split('');
  return picks.map((pick, r) => {
    const original = letters.map((_, p) => letters[(p + r) % of]!);
    const pos = pick === null ? null : original.indexOf(pick);
    return { item_id: id, index: r, of, correct: pick === 'A', gold_position: original.indexOf('A'), chosen_position: pos, chosen_original: pick };
  });
}

describe('rotation statistics', () => {
  it('counts an item as right only when every rotation is right, over items with every rotation scored', () => {
    const obs = [
      ...item('1', ['A', 'A', 'A', 'A']),
      ...item('2', ['A', 'B', 'A', 'A']),
      ...item('3', ['C', 'C', 'C', 'C']),
      ...item('4', ['A', 'A', 'A', 'A']).slice(0, 3), // one rotation missing (errored): left out
    ];
    const s = rotationStats(obs);
    expect(s.n).toBe(3);
    expect(s.circular_correct).toBe(1);
    const w = wilsonCC(1, 3)!;
    expect(s.circular_accuracy).toBeCloseTo(1 / 3, 12);
    expect(s.circular_ci95).toEqual([w.low, w.high]);
    // Same original option under every rotation: items 1 and 3.
    expect(s.consistency).toBeCloseTo(2 / 3, 12);
  });

  it('finds no position bias in a model that always picks the same option whatever its position', () => {
    const s = rotationStats([...item('1', ['A', 'A', 'A', 'A']), ...item('2', ['C', 'C', 'C', 'C'])]);
    expect(s.position_p).toBe(1);
    expect(s.by_position.map((p) => p.chosen_share)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('measures the bias of a model that always picks the first position, with accuracy by gold position', () => {
    // Always position 0: the original option shown first under rotation r is letters[r].
    const obs = ['1', '2', '3'].flatMap((id) => item(id, ['A', 'B', 'C', 'D']));
    const s = rotationStats(obs);
    expect(s.top_position).toBe(0);
    expect(s.top_share).toBe(1);
    // chosen [12, 0, 0, 0] against gold [3, 3, 3, 3]: X² = 81/3 + 3 + 3 + 3 = 36, df 3;
    // p = erfc(√18) + √(72/π)·e^−18 (the closed form for 3 degrees of freedom).
    expect(s.position_chi2).toBe(36);
    expect(s.position_df).toBe(3);
    expect(s.position_p! / 7.488376948795483e-8).toBeCloseTo(1, 9);
    expect(s.circular_accuracy).toBe(0);
    expect(s.by_position.map((p) => p.accuracy)).toEqual([1, 0, 0, 0]);
  });
});
