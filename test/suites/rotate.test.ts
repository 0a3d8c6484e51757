import { describe, expect, it } from 'vitest';
import { optionCount, rotateItem, rotationCount, rotationRecord } from '../../src/suites/rotate.js';
import type { Item, Suite } from '../../src/suites/types.js';

const suite = (over: Partial<Suite>): Suite => ({
  name: 's', domain: 'd', description: '', version: '1', metric: 'accuracy', scorer: { type: 'choice' }, template: '{{question}}\n{{choices}}',
  fewshot: [], items: [], dir: '/tmp', hash: 'h', ...over,
});

const mc: Item = { id: 'q1', question: 'Which?', choices: { A: 'one', B: 'two', C: 'three', D: 'four', E: 'five' }, answer: 'B' };

describe('option rotation', () => {
  it('rotates the option texts over the same letters and re-maps the gold letter', () => {
    const r = rotateItem(suite({}), mc, 2)!;
    expect(r.item.choices).toEqual({ A: 'three', B: 'four', C: 'five', D: 'one', E: 'two' });
    expect(r.item.answer).toBe('E');
    expect(r.item.id).toBe('q1');
    expect(r.rotation).toEqual({ index: 2, listed: ['A', 'B', 'C', 'D', 'E'], original: ['C', 'D', 'E', 'A', 'B'], goldPosition: 4 });
    expect(mc.choices!.A).toBe('one'); // the item itself is untouched
  });

  it('leaves the item as written at rotation 0 and is deterministic', () => {
    const s = suite({});
    expect(rotateItem(s, mc, 0)!.item).toEqual(mc);
    expect(rotateItem(s, mc, 3)).toEqual(rotateItem(s, mc, 3));
  });

  it('asks as many rotations as options, at most 5 by default, never more than options', () => {
    const s = suite({});
    const six: Item = { ...mc, choices: { A: '1', B: '2', C: '3', D: '4', E: '5', F: '6' } };
    expect(rotationCount(s, mc, null)).toBe(5);
    expect(rotationCount(s, six, null)).toBe(5);
    expect(rotationCount(s, six, 6)).toBe(6);
    expect(rotationCount(s, mc, 3)).toBe(3);
    expect(rotationCount(s, { ...mc, choices: { A: 'x', B: 'y' } }, 9)).toBe(2);
  });

  it('maps the answer read back to its position and to the original option', () => {
    const r = rotateItem(suite({}), mc, 2)!;
    expect(rotationRecord(r.rotation, 5, 'A')).toEqual({ index: 2, of: 5, options: 5, gold_position: 4, chosen_position: 0, chosen_original: 'C' });
    expect(rotationRecord(r.rotation, 5, null)).toMatchObject({ chosen_position: null, chosen_original: null });
  });

  it('rotates the order labels are listed in when the template lists them, keeping the gold label', () => {
    const s = suite({ scorer: { type: 'label', labels: ['yes', 'no', 'maybe'] }, template: '{{input}}\nLabels:\n{{labels}}' });
    const item: Item = { id: 'l1', input: 'text', answer: 'maybe' };
    expect(optionCount(s, item)).toBe(3);
    const r = rotateItem(s, item, 1)!;
    expect(r.item.labels).toEqual(['no', 'maybe', 'yes']);
    expect(r.item.answer).toBe('maybe');
    expect(r.rotation.goldPosition).toBe(1);
    expect(rotationRecord(r.rotation, 3, 'yes')).toMatchObject({ chosen_position: 2, chosen_original: 'yes' });
  });

  it('has nothing to rotate in a label suite whose template does not list the labels, or a code suite', () => {
    expect(optionCount(suite({ scorer: { type: 'label', labels: ['a', 'b'] }, template: '{{input}}' }), { id: 'x', input: 'i', answer: 'a' })).toBe(0);
    expect(rotationCount(suite({ scorer: { type: 'code' } }), { id: 'c', prompt: 'p' }, null)).toBe(0);
  });
});
