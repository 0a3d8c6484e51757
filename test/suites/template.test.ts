import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { placeholders, renderMessages, renderTemplate } from '../../src/suites/template.js';
import type { Suite } from '../../src/suites/types.js';

const base: Suite = {
  name: 'med',
  domain: 'medical',
  description: 'd',
  version: '1',
  metric: 'accuracy',
  scorer: { type: 'choice' },
  template: 'Q: {{ question }}\n{{choices}}',
  fewshot: [],
  items: [],
  dir: '/tmp',
  hash: 'h',
};

describe('placeholders', () => {
  it('lists distinct field names in order of first use, spaces inside braces allowed', () => {
    expect(placeholders('{{b}} {{ a }} {{b}} {{  c_1  }} {single} {{not a field}}')).toEqual(['b', 'a', 'c_1']);
  });
});

describe('renderTemplate', () => {
  it('renders strings, numbers, booleans, arrays as lines and objects as `KEY. value` lines in key order', () => {
    const out = renderTemplate('{{s}}|{{n}}|{{b}}\n{{list}}\n{{obj}}', { s: 'text', n: 42, b: false, list: ['x', 'y'], obj: { C: 'c', A: 'a', B: 'b' } }, 'here');
    expect(out).toBe('text|42|false\nx\ny\nA. a\nB. b\nC. c');
  });

  it('never rescans substituted text', () => {
    expect(renderTemplate('{{a}}', { a: 'literal {{b}}', b: 'no' }, 'here')).toBe('literal {{b}}');
  });

  it('keeps the text around, between and after placeholders, repeats a field each time it appears, and inserts `$` patterns literally', () => {
    expect(renderTemplate('<{{a}}>{{b}}{{ a }}.', { a: '$&$1$$', b: '' }, 'here')).toBe('<$&$1$$>$&$1$$.');
    expect(renderTemplate('no placeholders {single}', {}, 'here')).toBe('no placeholders {single}');
  });

  it('builds the place a missing field names only when it is missing', () => {
    let asked = 0;
    const where = (): string => `item ${++asked}`;
    expect(renderTemplate('{{a}}', { a: 'x' }, where)).toBe('x');
    expect(asked).toBe(0);
    expect(() => renderTemplate('{{b}}', {}, where)).toThrow('item 1: template uses {{b}} but the item has no field "b"');
  });

  it('throws naming the place and the field when a field is missing or null, never rendering it empty', () => {
    let err: unknown;
    try {
      renderTemplate('{{question}}', { id: 'x' }, 'items.jsonl:3 item "med-007"');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe('items.jsonl:3 item "med-007": template uses {{question}} but the item has no field "question"');
    expect(() => renderTemplate('{{q}}', { q: null }, 'w')).toThrow(/no field "q"/);
    expect(renderTemplate('{{q}}', { q: '' }, 'w')).toBe('');
  });
});

describe('renderMessages', () => {
  const item = { id: 'i1', question: 'Which?', choices: { B: 'no', A: 'yes' }, answer: 'A' };

  it('sends the system prompt, then each few-shot user/assistant pair in order, then the item', () => {
    const suite: Suite = {
      ...base,
      system: 'Answer with a letter.',
      fewshot: [
        { fields: { question: 'First?', choices: { A: '1', B: '2' } }, output: 'A' },
        { fields: { question: 'Second?', choices: { A: '3', B: '4' } }, output: 'B' },
      ],
    };
    expect(renderMessages(suite, item)).toEqual([
      { role: 'system', content: 'Answer with a letter.' },
      { role: 'user', content: 'Q: First?\nA. 1\nB. 2' },
      { role: 'assistant', content: 'A' },
      { role: 'user', content: 'Q: Second?\nA. 3\nB. 4' },
      { role: 'assistant', content: 'B' },
      { role: 'user', content: 'Q: Which?\nA. yes\nB. no' },
    ]);
  });

  it('sends only the user turn when there is no system prompt and no example', () => {
    expect(renderMessages(base, item)).toEqual([{ role: 'user', content: 'Q: Which?\nA. yes\nB. no' }]);
  });

  it("offers the suite's labels as {{labels}} unless the item has its own", () => {
    const suite: Suite = { ...base, scorer: { type: 'label', labels: ['yes', 'no'] }, template: '{{input}}\n{{labels}}' };
    expect(renderMessages(suite, { id: 'a', input: 'x' })[0]?.content).toBe('x\nyes\nno');
    expect(renderMessages(suite, { id: 'b', input: 'x', labels: ['up', 'down'] })[0]?.content).toBe('x\nup\ndown');
  });

  it('names suite and item when rendering meets a missing field', () => {
    expect(() => renderMessages(base, { id: 'i9', choices: {} })).toThrow('suite med item "i9": template uses {{question}} but the item has no field "question"');
  });
});
