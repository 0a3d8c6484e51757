import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS, terminalWidth } from '../../src/cli/width.js';

describe('the width terminal output fits', () => {
  it('is COLUMNS when set to a whole number, whatever the stream', () => {
    expect(terminalWidth({ COLUMNS: '100' }, { isTTY: true, columns: 200 })).toBe(100);
    expect(terminalWidth({ COLUMNS: '132' }, {})).toBe(132);
  });

  it("is the terminal's own width on a TTY, and 80 when output goes to a file or pipe", () => {
    expect(terminalWidth({}, { isTTY: true, columns: 143 })).toBe(143);
    expect(terminalWidth({}, { isTTY: false, columns: 143 })).toBe(DEFAULT_COLUMNS);
    expect(terminalWidth({}, {})).toBe(80);
  });

  it('ignores a COLUMNS that is not a positive whole number, and never goes below 20', () => {
    expect(terminalWidth({ COLUMNS: 'wide' }, {})).toBe(80);
    expect(terminalWidth({ COLUMNS: '' }, { isTTY: true, columns: 90 })).toBe(90);
    expect(terminalWidth({ COLUMNS: '-5' }, {})).toBe(80);
    expect(terminalWidth({ COLUMNS: '5' }, {})).toBe(20);
  });
});
