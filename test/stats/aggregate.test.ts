import { describe, expect, it } from 'vitest';
import { accumulate, orNull } from '../../src/stats/aggregate.js';
import { reduceItems } from '../../src/stats/item-stats.js';
import type { RunRecord } from '../../src/store/types.js';
import { record } from './fixtures.js';

const r = (item_id: string, sample: number, extra: Partial<RunRecord> = {}): RunRecord =>
  record({ suite: 's', model: 'm', item_id, sample, ...extra });

describe('columnar summary state (stats/aggregate)', () => {
  it('keeps one slot per (item, sample): a later record replaces the earlier one, samples linked in ascending order', () => {
    const acc = accumulate([
      r('b', 2, { correct: false, cost_usd: 0.5 }),
      r('a', 0, { error: 'boom', error_kind: 'server', correct: null }),
      r('b', 0, { correct: true }),
      r('a', 0, { correct: true, cost_usd: 0.25 }), // the resumed retry of a's errored sample 0
      r('b', 1, { correct: null }),
    ], () => false);
    const m = acc.get('s')!.get('m')!;
    expect(m.slots).toBe(4);
    expect([...m.items()].map((i) => m.suite.ids[i])).toEqual(['b', 'a']);
    const samplesOf = (id: string) => {
      const out: number[] = [];
      for (let s = m.first(m.suite.numberOf(id)!); s !== -1; s = m.next[s]!) out.push(m.sample[s]!);
      return out;
    };
    expect(samplesOf('b')).toEqual([0, 1, 2]);
    const a = m.first(m.suite.numberOf('a')!);
    expect([m.correct[a], m.errorKind(a), orNull(m.cost[a]!)]).toEqual([1, null, 0.25]);
    const b1 = m.next[m.first(m.suite.numberOf('b')!)]!;
    expect([m.correct[b1], m.errorKind(b1)]).toEqual([-1, 'unscored']);
  });

  it('reduces items in ascending id order (code-unit order) whatever the record order', () => {
    const ids = ['z', 'B', 'a', 'Ä', '10', '9'];
    const acc = accumulate(ids.map((id, k) => r(id, 0, { correct: k % 2 === 0, cost_usd: null })), () => false);
    const m = acc.get('s')!.get('m')!;
    const st = reduceItems(m);
    expect([...st.item].map((i) => m.suite.ids[i])).toEqual([...ids].sort());
    expect([...st.s0]).toEqual([...ids].sort().map((id) => (ids.indexOf(id) % 2 === 0 ? 1 : 0)));
    const some = [m.suite.numberOf('z')!, m.suite.numberOf('a')!, 99];
    expect([...reduceItems(m, some).item].map((i) => m.suite.ids[i])).toEqual(['a', 'z']);
  });

  it('keeps gold and extracted labels only for the suites that ask for them', () => {
    const acc = accumulate([r('x', 0, { gold: 'yes', extracted: 'no', correct: false }), record({ suite: 't', model: 'm', item_id: 'x', gold: 'A' })], (s) => s === 's');
    const m = acc.get('s')!.get('m')!;
    expect([m.str(m.gold![0]!), m.str(m.extracted![0]!)]).toEqual(['yes', 'no']);
    expect(acc.get('t')!.get('m')!.gold).toBeNull();
  });

  it('takes a planned size as a size only: short, exact or long, the same slots, items and values as grown columns', () => {
    const records = Array.from({ length: 300 }, (_, k) => r(`i${k % 130}`, Math.floor(k / 130), { correct: k % 3 === 0, cost_usd: k % 7 ? k / 1000 : null, latency_ms: k }));
    const view = (planned?: { items: number; samples: number }) => {
      const m = accumulate(records, () => false, () => planned).get('s')!.get('m')!;
      const slots = Array.from({ length: m.slots }, (_, s) => [m.sample[s], m.next[s], m.correct[s], orNull(m.cost[s]!), m.latency[s]]);
      return { slots: m.slots, items: [...m.items()], first: [...m.items()].map((i) => m.first(i)), cells: slots };
    };
    const grown = view();
    expect(grown.slots).toBe(300);
    for (const planned of [{ items: 10, samples: 1 }, { items: 130, samples: 3 }, { items: 1000, samples: 2 }]) expect(view(planned)).toEqual(grown);
  });
});
