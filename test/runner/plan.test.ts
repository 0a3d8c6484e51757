import { describe, expect, it } from 'vitest';
import { planJobs, type Job } from '../../src/runner/plan.js';
import { parseProbes } from '../../src/runner/probes.js';
import { jobKey } from '../../src/store/records.js';
import type { ModelSpec } from '../../src/config/types.js';
import type { Suite } from '../../src/suites/types.js';

const suite = (name: string, n: number): Suite => ({
  name, domain: 'd', description: '', version: '1', metric: 'accuracy', scorer: { type: 'choice' }, template: '{{question}}\n\n{{choices}}', fewshot: [],
  items: Array.from({ length: n }, (_, i) => ({ id: `${name}-${i}`, question: `q${i}`, choices: { A: 'a', B: 'b', C: 'c' }, answer: 'A' })),
  dir: '/nonexistent', hash: `h-${name}`,
});
const model = (id: string): ModelSpec => ({ id, provider: 'openai', model: id, params: {}, concurrency: 4, timeout_s: 60 });
const keyOf = (j: Job): string => jobKey({ suite: j.suite.name, item_id: j.item.id, model: j.model.id, sample: j.sample, ...(j.variant && { variant: j.variant }) });

describe('planJobs', () => {
  const suites = [suite('s', 4), suite('t', 3)];
  const models = [model('a'), model('b')];

  it('makes the pending jobs in suite/item/sample order, probe variants after their item, the same on every iteration', () => {
    const plan = planJobs(suites, models, 2, null, new Set(), undefined, parseProbes(['rotate=2']));
    const jobs = [...plan.byModel.get('a')!];
    expect(plan.byModel.get('a')!.length).toBe(jobs.length);
    expect(jobs.slice(0, 4).map((j) => [j.item.id, j.sample, j.variant ?? null])).toEqual([['s-0', 0, null], ['s-0', 1, null], ['s-0', 0, 'rot1'], ['s-1', 0, null]]);
    expect(jobs.length).toBe(7 * 3);
    expect(plan.total).toBe(2 * 7 * 3);
    expect([...plan.byModel.get('a')!].map(keyOf)).toEqual(jobs.map(keyOf));
    expect(jobs[0]!.annotate).toBeTypeOf('function');
  });

  it('leaves out the recorded jobs (resume) and keeps only the asked ones (retry)', () => {
    const done = new Set([jobKey({ suite: 's', item_id: 's-1', model: 'a', sample: 0 }), jobKey({ suite: 't', item_id: 't-2', model: 'b', sample: 0 })]);
    const plan = planJobs(suites, models, 1, 2, done);
    expect([...plan.byModel.get('a')!].map((j) => j.item.id)).toEqual(['s-0', 't-0', 't-1']);
    expect([...plan.byModel.get('b')!].map((j) => j.item.id)).toEqual(['s-0', 's-1', 't-0', 't-1']);
    expect([plan.total, plan.alreadyDone, plan.byModel.get('a')!.length]).toEqual([8, 1, 3]);
    const only = new Set([jobKey({ suite: 't', item_id: 't-1', model: 'b', sample: 0 })]);
    const retry = planJobs(suites, models, 1, null, new Set(), undefined, [], only);
    expect([...retry.byModel.get('a')!]).toEqual([]);
    expect([...retry.byModel.get('b')!].map(keyOf)).toEqual([...only]);
    expect(retry.total).toBe(1);
  });
});

describe('planJobs with the items already selected', () => {
  it('plans the items it is given (a shard selected once by the caller) and counts them as the plan', () => {
    const s = suite('s', 6);
    const selected = new Map([['s', [s.items[1]!, s.items[4]!]]]);
    const plan = planJobs([s], [model('a')], 2, null, new Set(), { index: 1, count: 3 }, [], undefined, selected);
    expect([...plan.byModel.get('a')!].map((j) => [j.item.id, j.sample])).toEqual([['s-1', 0], ['s-1', 1], ['s-4', 0], ['s-4', 1]]);
    expect(plan.items.get('s')).toBe(selected.get('s'));
    expect(plan.total).toBe(4);
  });

  it('makes a new job object for every pending job, each with its own item and sample', () => {
    const jobs = [...planJobs([suite('s', 3)], [model('a')], 2, null, new Set()).byModel.get('a')!];
    expect(new Set(jobs).size).toBe(6);
    expect(jobs.map((j) => `${j.item.id}/${j.sample}`)).toEqual(['s-0/0', 's-0/1', 's-1/0', 's-1/1', 's-2/0', 's-2/1']);
  });
});
