/** The built `bench` binary runs as a program of its own (shebang + executable bit), as `npx bench` needs. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/bench.js';

const run = (args: string[]) => execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('the bench binary', () => {
  it('is executable and answers --version without going through node explicitly', () => {
    expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
    const version = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;
    expect(execFileSync(BIN, ['--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
    expect(run(['-V'])).toBe(`${version}\n`);
  });

  it('prints the same --help from the build as commander renders it, listing every command', () => {
    const cache = fs.readFileSync(path.join(path.dirname(BIN), 'help.txt'), 'utf8');
    const fromCommander = run(['help']); // `bench help` always goes through commander
    expect(cache.slice(cache.indexOf('\n') + 1)).toBe(fromCommander);
    expect(run(['--help'])).toBe(fromCommander);
    expect(run(['-h'])).toBe(fromCommander);
    for (const command of ['run', 'merge', 'report', 'rescore', 'compare', 'import', 'list', 'plan', 'history']) {
      expect(fromCommander).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(run(['run', '--help'])).toContain('--suite <name|path>');
  });
});
