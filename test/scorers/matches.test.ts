import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/scorers/matches.js';

const same = (re: RegExp, text: string): void => {
  const want = [...text.matchAll(re)].map((m) => ({ i: m.index, all: [...m], groups: m.groups }));
  const lastIndex = re.lastIndex;
  const got = allMatches(re, text).map((m) => ({ i: m.index, all: [...m], groups: m.groups }));
  expect(got).toEqual(want);
  expect(re.lastIndex).toBe(lastIndex);
};

describe('allMatches', () => {
  it('gives the matches matchAll gives, groups and indices included', () => {
    same(/\b(?:final\s+)?answer\s*(?:is|:)\s*(?<letter>[A-D])/gi, 'Answer: A. No wait, the final answer is C; answer: d');
    same(/(?<![\p{L}])(?:la\s+)?respuesta\s*:?\s*/giu, 'La respuesta: B, respuesta C');
    same(/x/g, 'no such letter');
  });

  it('steps past empty matches as matchAll does, by code point under the u and v flags', () => {
    for (const text of ['', 'abc', 'a😀b😀', '😀😀', '\ud800x', 'x\udc00']) {
      same(/(?:)/g, text);
      same(/(?:)/gu, text);
      same(new RegExp('(?:)', 'gv'), text);
      same(/a*/gu, text);
      same(/\b/g, text);
    }
  });

  it('starts where a global pattern was left, as matchAll does, and leaves it there', () => {
    const re = /[A-D]/g;
    re.lastIndex = 3;
    same(re, 'A B C D');
    expect(re.lastIndex).toBe(3);
    const sticky = /[A-D]/gy;
    same(sticky, 'ABC D');
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});
