/** The loop detector: flags looping tails of any unit size, leaves ordinary text alone. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findLoop, RepetitionGuard } from '../../src/providers/repetition.js';

function feed(text: string, size = 7): { stoppedAt: number | undefined } {
  const g = new RepetitionGuard();
  for (let i = 0; i < text.length; i += size) if (g.push(text.slice(i, i + size))) return { stoppedAt: i + size };
  return { stoppedAt: undefined };
}

const PROSE =
  'Aspirin irreversibly inhibits cyclooxygenase, reducing thromboxane A2 synthesis in platelets for their lifespan. ' +
  'Because platelets lack nuclei they cannot make new enzyme, so the effect lasts seven to ten days. ' +
  'Clopidogrel instead blocks the P2Y12 ADP receptor; its effect is also irreversible but depends on hepatic activation. ';

describe('repetition guard', () => {
  it.each([
    ['one character', 'Answer: ' + '!'.repeat(2_000)],
    ['a short phrase', 'The answer is ' + 'C C C '.repeat(400)],
    ['a line', 'Reasoning.\n' + 'I think the answer is C.\n'.repeat(200)],
    ['a paragraph', PROSE + 'Let me reconsider. The dose matters, and the timing matters, and so does the route.\n'.repeat(40)],
  ])('flags a tail looping on %s', (_name, text) => {
    const { stoppedAt } = feed(text);
    expect(stoppedAt).toBeDefined();
    expect(stoppedAt!).toBeLessThan(text.length);
  });

  it('flags a loop as soon as the looping tail reaches about 500 characters', () => {
    const text = 'x'.repeat(0) + 'Intro. ' + 'again and again '.repeat(100);
    expect(feed(text, 1).stoppedAt!).toBeLessThan(7 + 500 + 40);
  });

  it.each([
    ['prose', (PROSE + PROSE.split('').reverse().join('')).repeat(1)],
    ['a markdown table', '| id | dose | route |\n|----|------|-------|\n' + Array.from({ length: 60 }, (_, i) => `| ${i} | ${i * 5} mg | oral |\n`).join('')],
    ['numbered steps', Array.from({ length: 80 }, (_, i) => `Step ${i + 1}: check item ${i + 1}.\n`).join('')],
    ['a rule line and code', '-'.repeat(80) + '\n' + 'def f(x):\n    return x + 1\n\n'.repeat(8) + '='.repeat(80)],
  ])('leaves %s alone', (_name, text) => {
    expect(feed(text).stoppedAt).toBeUndefined();
  });

  it('never flags text with no 500-character periodic tail (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('alpha ', 'beta ', 'gamma ', 'delta\n', 'C. ', 'B) '), { minLength: 0, maxLength: 400 }), (words) => {
        const text = words.join('');
        const looped = findLoop(text) !== undefined;
        if (looped) {
          // A reported loop must be real: the last 500 characters are periodic.
          const p = findLoop(text)!;
          const tail = text.slice(-500);
          for (let i = p; i < tail.length; i++) expect(tail[i]).toBe(tail[i - p]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps saying true once looping', () => {
    const g = new RepetitionGuard({ minChars: 20, checkEvery: 1 });
    expect(g.push('ab'.repeat(20))).toBe(true);
    expect(g.push('anything else')).toBe(true);
  });
});
