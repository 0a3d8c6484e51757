import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/reports/table.js';
import { modelBlocks, wrap } from '../../src/reports/table-fit.js';
import { fmtCI, fmtPct } from '../../src/stats/format.js';
import type { Summary } from '../../src/store/types.js';
import { fixtureContext } from './fixture-run.js';

const summary = (): Summary => fixtureContext().summary;
const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

/** Every key figure a reader needs whatever the width: each model's accuracy with its interval, and the verdict. */
function expectKeyFigures(text: string, s: Summary): void {
  const flat = text.replace(/\s+/g, ' ');
  for (const r of s.rows) {
    expect(flat).toContain(r.model);
    expect(flat).toContain(`${fmtPct(r.accuracy)} (${fmtCI(r.ci95)})`);
  }
  for (const v of s.verdicts) expect(flat).toContain(v.sentence.replace(/\s+/g, ' '));
}

describe('the terminal table fits the terminal', () => {
  for (const width of [80, 100, 200]) {
    it(`at ${width} columns no line is wider than ${width} and accuracy, interval and verdict are all there`, () => {
      const s = summary();
      const text = renderTerminal(s, { width });
      expect(widest(text)).toBeLessThanOrEqual(width);
      expectKeyFigures(text, s);
    });
  }

  it('drops the lowest-priority columns first: at 80 columns throughput and TTFT go, accuracy and errors stay', () => {
    const text = renderTerminal(summary(), { width: 80 });
    expect(text).not.toContain('Tok/s');
    expect(text).not.toContain('TTFT');
    expect(text).toContain('Accuracy ± 95% CI');
    expect(text).toMatch(/Err(ors|\.)/);
  });

  it('keeps every column at 200 columns, where they all fit', () => {
    const text = renderTerminal(summary(), { width: 200 });
    for (const head of ['Params', 'Refused', 'Unread', 'p50 / p95 latency', 'p50 TTFT', 'Tok/s', 'Cost', 'Cost/correct']) expect(text).toContain(head);
    expect(text).toContain('2 (server 2)');
  });

  it('without a width (--wide) shows every column and each sentence on one line, however wide', () => {
    const s = summary();
    const text = renderTerminal(s);
    expect(widest(text)).toBeGreaterThan(100);
    for (const v of s.verdicts) expect(text.split('\n')).toContain(v.sentence);
  });

  it('switches to one block per model when even the narrowest table does not fit', () => {
    const s = summary();
    const text = renderTerminal(s, { width: 40 });
    expect(widest(text)).toBeLessThanOrEqual(40);
    expect(text).not.toContain('┌');
    expect(text).toMatch(/^ {2}accuracy +\d/m);
    expectKeyFigures(text, s);
  });

  it('cuts a word longer than the line so no line is ever wider than the width', () => {
    const lines = wrap(`a ${'x'.repeat(50)} b`, 20, '  ');
    expect(lines.every((l) => [...l].length <= 20)).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe(`a${'x'.repeat(50)}b`);
    expect(modelBlocks(summary().rows.slice(0, 1), 20).split('\n').every((l) => [...l].length <= 20)).toBe(true);
  });
});
