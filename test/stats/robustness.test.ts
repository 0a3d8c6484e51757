import { describe, expect, it } from 'vitest';
import { methodFromOutcomes, type Outcomes } from '../../src/stats/robustness.js';
import { robustnessSentences } from '../../src/stats/robustness-verdict.js';
import { mcnemarExact } from '../../src/stats/mcnemar.js';

/** model → first `right` of `n` items right. */
function outcomes(spec: Record<string, [right: number, n: number]>): Outcomes {
  return new Map(Object.entries(spec).map(([m, [right, n]]) => [m, new Map(Array.from({ length: n }, (_, i) => [`i${i}`, i < right] as const))]));
}

const models = ['big', 'small'];

describe('is the win real?', () => {
  it('compares the models under a method by exact McNemar on the items both have', () => {
    const m = methodFromOutcomes('s', 'circular', 'option rotation (circular)', models, outcomes({ big: [30, 40], small: [20, 40] }));
    expect(m.models.map((x) => [x.model, x.n, x.correct, x.accuracy])).toEqual([['big', 40, 30, 0.75], ['small', 40, 20, 0.5]]);
    expect(m.pairs[0]).toMatchObject({ n: 40, diff: 0.25, p_value: mcnemarExact(10, 0), p_adjusted: mcnemarExact(10, 0), verdict: 'a_better' });
    expect(m.winner).toBe('big');
  });

  it('says the win holds when the winner stays significantly better under every method', () => {
    const gen = methodFromOutcomes('s', 'generative', 'generative', models, outcomes({ big: [38, 40], small: [10, 40] }));
    const rot = methodFromOutcomes('s', 'circular', 'option rotation (circular)', models, outcomes({ big: [36, 40], small: [8, 40] }));
    const s = robustnessSentences('s', [gen, rot], undefined);
    expect(s[0]).toBe('s: the win holds under every scoring: big is significantly better than every other model as written and under option rotation (circular).');
    expect(s).toHaveLength(1); // the lead is 70.0 points both ways: no change to report
  });

  it('says the win depends on the scoring when the models tie under one method', () => {
    const gen = methodFromOutcomes('s', 'generative', 'generative', models, outcomes({ big: [38, 40], small: [10, 40] }));
    const lik = methodFromOutcomes('s', 'likelihood_acc', 'likelihood scoring (acc)', models, outcomes({ big: [30, 40], small: [30, 40] }));
    const s = robustnessSentences('s', [gen, lik], undefined);
    expect(s[0]).toBe('s: the win depends on how answers are scored: under likelihood scoring (acc) big and small tie (p=1.0; big led by 70.0 points as written).');
  });

  it("reports how the closest rival's gap changes when nothing flips", () => {
    const gen = methodFromOutcomes('s', 'generative', 'generative', models, outcomes({ big: [30, 40], small: [27, 40] }));
    const rot = methodFromOutcomes('s', 'circular', 'option rotation (circular)', models, outcomes({ big: [25, 40], small: [25, 40] }));
    const s = robustnessSentences('s', [gen, rot], undefined);
    expect(s[0]).toBe('s: no model wins as written, nor under option rotation (circular).');
    expect(s[1]).toBe("big's lead over small falls from 7.5 to 0.0 points under option rotation (circular) (p=1.0).");
  });

  it('asks for a probe when only generative scoring was run', () => {
    const gen = methodFromOutcomes('s', 'generative', 'generative', models, outcomes({ big: [30, 40], small: [27, 40] }));
    expect(robustnessSentences('s', [gen], undefined)[0]).toMatch(/only generative scoring was run; run with --probe rotate or --scoring likelihood/);
  });
});
