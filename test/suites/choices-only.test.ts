import { describe, expect, it } from 'vitest';
import { choicesOnlyApplies, choicesOnlySuite, optionCount, withholdQuestion, WITHHELD_NOTICE } from '../../src/suites/choices-only.js';
import { renderMessages } from '../../src/suites/template.js';
import type { Suite } from '../../src/suites/types.js';

const suite: Suite = {
  name: 'med', domain: 'medical', description: 'd', version: '1', metric: 'accuracy', scorer: { type: 'choice' },
  system: 'You are a careful physician.',
  template: 'Case: {{question}}\n\n{{choices}}\nReply with "Answer: X".',
  fewshot: [{ fields: { question: 'Which drug reverses opioids?', choices: { A: 'Naloxone', B: 'Insulin' } }, output: 'Answer: A' }],
  items: [], dir: '/tmp', hash: 'h',
};
const item = { id: 'q1', question: 'Which antidote treats paracetamol overdose?', choices: { A: 'Naloxone', B: 'N-acetylcysteine', C: 'Flumazenil' }, answer: 'B' };

describe('choices-only items', () => {
  it('keeps the options and the instruction, withholds the question and says so, in the item and the few-shot examples', () => {
    const msgs = renderMessages(choicesOnlySuite(suite), withholdQuestion(suite, item));
    const text = msgs.map((m) => m.content).join('\n');
    expect(text).not.toContain('paracetamol');
    expect(text).not.toContain('reverses opioids');
    expect(msgs.at(-1)!.content).toBe(`Case: ${WITHHELD_NOTICE}\n\nA. Naloxone\nB. N-acetylcysteine\nC. Flumazenil\nReply with "Answer: X".`);
    expect(msgs[0]).toEqual({ role: 'system', content: 'You are a careful physician.' });
    expect(withholdQuestion(suite, item)).toMatchObject({ id: 'q1', answer: 'B', choices: item.choices });
    expect(optionCount(item)).toBe(3);
  });

  it('applies only to choice suites whose template lists the options', () => {
    expect(choicesOnlyApplies(suite, item)).toBe(true);
    expect(choicesOnlyApplies({ ...suite, template: '{{question}}' }, item)).toBe(false);
    expect(choicesOnlyApplies({ ...suite, scorer: { type: 'label', labels: ['a', 'b'] } }, item)).toBe(false);
  });
});
