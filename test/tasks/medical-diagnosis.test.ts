/**
 * @module test/tasks/medical-diagnosis — the shipped free-text suite loads, is balanced across its
 * topics, and every reference and alias it accepts is scored correct by its own scorer.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../src/suites/load.js';
import { referenceOptions, scoreReference } from '../../src/scorers/reference.js';
import { normalizeAnswer } from '../../src/scorers/reference-match.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const suite = await loadSuite('medical-diagnosis', { tasksDir: path.join(root, 'tasks') });
const options = referenceOptions(suite.scorer);
const accepted = (i: (typeof suite.items)[number]): string[] => [i.reference as string, ...((i.aliases as string[] | undefined) ?? [])];

describe('tasks/medical-diagnosis', () => {
  it('has at least 40 items with unique ids dx-NNN, scored by reference, sliced by topic, with a suite rubric', () => {
    expect(suite.items.length).toBeGreaterThanOrEqual(40);
    for (const i of suite.items) expect(i.id).toMatch(/^dx-\d{3}$/);
    expect(suite.scorer.type).toBe('reference');
    expect(suite.slices).toEqual(['topic']);
    expect(suite.rubric?.length).toBeGreaterThan(100);
  });

  it('gives every item a vignette, a reference, aliases, a rubric naming what is fully and partly right, and a topic', () => {
    for (const i of suite.items) {
      expect(typeof i.vignette === 'string' && i.vignette.length > 80, i.id).toBe(true);
      expect(Array.isArray(i.aliases) && (i.aliases as unknown[]).length > 0, i.id).toBe(true);
      expect(i.rubric, i.id).toMatch(/^Fully correct: .+ Partly right: .+\.$/);
      expect(typeof i.topic, i.id).toBe('string');
    }
  });

  it('spreads the items over at least six topics of at least five items each', () => {
    const counts = new Map<string, number>();
    for (const i of suite.items) counts.set(i.topic as string, (counts.get(i.topic as string) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(6);
    for (const [topic, c] of counts) expect(c, topic).toBeGreaterThanOrEqual(5);
  });

  it('scores each accepted answer correct, in a chatty reply too', () => {
    for (const i of suite.items) {
      for (const a of accepted(i)) {
        expect(scoreReference(i, `Diagnosis: ${a}`, options).correct, `${i.id}: ${a}`).toBe(true);
        expect(scoreReference(i, `The findings fit together.\n\n**Diagnosis:** ${a}. Treat promptly.`, options).correct, `${i.id}: ${a}`).toBe(true);
      }
    }
  });

  it("never accepts one item's answer for another item (no alias is shared)", () => {
    const owner = new Map<string, string>();
    for (const i of suite.items) {
      for (const a of accepted(i)) {
        const key = normalizeAnswer(a);
        expect(owner.get(key) ?? i.id, `${a} in ${i.id} and ${owner.get(key)}`).toBe(i.id);
        owner.set(key, i.id);
      }
    }
    for (const i of suite.items) {
      for (const other of suite.items.filter((o) => o.id !== i.id)) {
        expect(scoreReference(i, `Diagnosis: ${other.reference as string}`, options).correct, `${other.reference as string} for ${i.id}`).toBe(false);
      }
    }
  });
});
