/**
 * The shipped tasks/medical suite: enough well-formed items, balanced gold letters,
 * loadable by the real loader, and scorable by the choice scorer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSuite } from '../../src/suites/load.js';
import { renderMessages } from '../../src/suites/template.js';
import { createScorer } from '../../src/scorers/index.js';
import { extractChoice } from '../../src/scorers/choice-extract.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(root, 'tasks/medical');

interface MedItem {
  id: string;
  question: string;
  choices: Record<string, string>;
  answer: string;
  rationale: string;
}

const items: MedItem[] = readFileSync(path.join(dir, 'items.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as MedItem);

describe('tasks/medical items.jsonl', () => {
  it('has at least 60 items with unique, stable med-NNN ids', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    items.forEach((item, k) => expect(item.id).toBe(`med-${String(k + 1).padStart(3, '0')}`));
  });

  it('gives every item four or five options A.. in order, a gold letter among them, a question and a rationale', () => {
    for (const item of items) {
      const keys = Object.keys(item.choices);
      expect(['ABCD', 'ABCDE'], item.id).toContain(keys.join(''));
      expect(keys, item.id).toContain(item.answer);
      expect(item.question.trim().length, item.id).toBeGreaterThan(10);
      expect(item.rationale?.trim().length ?? 0, item.id).toBeGreaterThan(20);
      const texts = Object.values(item.choices).map((t) => t.trim().toLowerCase());
      expect(new Set(texts).size, `${item.id}: duplicate option text`).toBe(texts.length);
    }
  });

  it('does not skew the gold letters: no letter holds more than 40%, and none of A-D is rare', () => {
    const counts: Record<string, number> = {};
    for (const item of items) counts[item.answer] = (counts[item.answer] ?? 0) + 1;
    for (const [letter, n] of Object.entries(counts)) expect(n / items.length, `letter ${letter}`).toBeLessThanOrEqual(0.4);
    for (const letter of ['A', 'B', 'C', 'D']) expect(counts[letter] ?? 0, `letter ${letter}`).toBeGreaterThanOrEqual(items.length * 0.15);
    const five = items.filter((i) => 'E' in i.choices);
    const fiveE = five.filter((i) => i.answer === 'E').length;
    expect(fiveE / Math.max(1, five.length), 'E among five-option items').toBeLessThanOrEqual(0.4);
  });

  it('does not make the longest option the right one systematically', () => {
    const longest = items.filter((i) => {
      const lengths = Object.values(i.choices).map((t) => t.length);
      const gold = i.choices[i.answer]!.length;
      return gold === Math.max(...lengths) && lengths.filter((n) => n === gold).length === 1;
    });
    expect(longest.length / items.length).toBeLessThan(0.3);
  });

  it('has option texts distinct enough that naming one selects its own letter', () => {
    for (const item of items) {
      for (const [letter, text] of Object.entries(item.choices)) {
        expect(extractChoice(text, item.choices)?.letter, `${item.id} ${letter}`).toBe(letter);
      }
    }
  });
});

describe('tasks/medical through the loader and the choice scorer', () => {
  it('loads, renders choices as "A. text" lines, and scores each gold letter correct and another wrong', async () => {
    const suite = await loadSuite(dir, { tasksDir: path.join(root, 'tasks') });
    expect(suite).toMatchObject({ name: 'medical', domain: 'medical', version: '1.0.0', scorer: { type: 'choice' } });
    expect(suite.items.length).toBe(items.length);
    expect(suite.fewshot.length).toBeGreaterThanOrEqual(1);
    const fewshotQuestions = new Set(suite.fewshot.map((f) => f.fields.question));
    expect(items.some((i) => fewshotQuestions.has(i.question))).toBe(false);

    const first = suite.items[0]!;
    const messages = renderMessages(suite, first);
    const user = messages[messages.length - 1]!;
    expect(user.role).toBe('user');
    expect(user.content).toContain(first.question as string);
    for (const [k, v] of Object.entries(first.choices!)) expect(user.content).toContain(`${k}. ${v}`);

    const scorer = await createScorer(suite.scorer, suite);
    const ctx = { suite, signal: new AbortController().signal };
    for (const item of suite.items) {
      expect((await scorer.score(item, `Answer: ${item.answer}`, ctx)).correct, item.id).toBe(true);
      const other = Object.keys(item.choices!).find((k) => k !== item.answer)!;
      expect(await scorer.score(item, `The answer is ${other}.`, ctx), item.id).toMatchObject({ correct: false, reason: 'wrong', extracted: other });
    }
  });
});
