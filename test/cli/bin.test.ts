/** The built `bench` binary runs as a program of its own (shebang + executable bit), as `npx bench` needs. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/bench.js';

describe('the bench binary', () => {
  it('is executable and answers --version without going through node explicitly', () => {
    expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
    const version = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;
    expect(execFileSync(BIN, ['--version'], { encoding: 'utf8' }).trim()).toBe(version);
  });
});
