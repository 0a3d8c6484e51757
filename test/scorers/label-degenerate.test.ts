/**
 * Degenerate long label replies: each once took seconds to read. No timing assertion: at these
 * sizes the old reading took over 40 s (past the test's 30 s timeout), a linear one a moment.
 */
import { describe, expect, it } from 'vitest';
import { readLabel } from '../../src/scorers/label-extract.js';

const LABELS = ['yes', 'no', 'maybe'];

const SHAPES: Array<[string, string, string | null]> = [
  // per-label scores given by a table's columns were looked for from the first label matched on every line with a
  // colon or a bar: quadratic in the lines (10,000 "Answer: yes" lines took 2.4 s, 40,000 took 8 s, 100,000 over 40 s)
  ['100,000 answer lines looping on two labels', 'Answer: yes\nAnswer: no\n'.repeat(50_000), null],
  ['100,000 answer lines of one label', 'Answer: no\n'.repeat(100_000), 'no'],
  ['100,000 denials of one label', 'Not yes. '.repeat(100_000), null],
];

describe('label reading of degenerate long replies', () => {
  for (const [name, reply, want] of SHAPES) {
    it(`returns a reading for ${name}`, () => {
      expect(readLabel(reply, LABELS).value).toBe(want);
    });
  }
});
