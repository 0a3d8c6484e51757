import { describe, expect, it } from 'vitest';
import { cleanOutput, normalizeText, stripMarkdown, stripThinking } from '../../src/scorers/normalize.js';
import { stripTemplate } from '../../src/scorers/template-tokens.js';

/** Deterministic pseudo-random strings over `alphabet`. */
function strings(alphabet: string, count: number, seed = 7): string[] {
  const out: string[] = [];
  let s = seed;
  const next = (n: number): number => ((s = (s * 1103515245 + 12345) & 0x7fffffff), s % n);
  for (let i = 0; i < count; i++) {
    let t = '';
    for (let n = next(14); n > 0; n--) t += alphabet[next(alphabet.length)];
    out.push(t);
  }
  return out;
}

describe('normalize: texts with nothing to clean', () => {
  it('gives words, digits and spaces the same comparison form as the full clean-up does (a final stop takes the full path)', () => {
    for (const t of [...strings('abcXYZ 019  ', 2000), 'Type III hypersensitivity', '  Escherichia   coli ', '16', '']) {
      expect(normalizeText(t)).toBe(normalizeText(`${t}.`));
    }
  });

  it('returns a reply without a pattern character as it is, and still cleans one with it', () => {
    for (const t of strings('abc XYZ 09.,:;!?()/\'"=', 2000)) {
      expect(stripMarkdown(t)).toBe(t);
      expect(stripThinking(t)).toBe(t);
      expect(stripTemplate(t)).toBe(t);
      expect(cleanOutput(t)).toBe(t);
    }
    expect(stripMarkdown('The answer is **C**')).toBe('The answer is C');
    expect(stripThinking('<think>A?</think> B')).toBe(' B');
    expect(stripTemplate('C<|im_end|>')).toBe('C');
    expect(stripTemplate('C then more', ['then'])).toBe('C ');
    expect(cleanOutput('It\u2019s \u201CB\u201D')).toBe('It\'s "B"');
  });
});
