/** The built `bench` binary runs as a program of its own (shebang + executable bit), as `npx bench` needs. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
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

  it('is one bundled entry: it imports only its own chunks beside it, Node built-ins and the native or optional packages', () => {
    const dir = path.dirname(BIN);
    const files = [BIN, path.join(dir, 'report-worker.js'), ...fs.readdirSync(dir).filter((f) => f.startsWith('chunk-')).map((f) => path.join(dir, f))];
    const specifiers = new Set<string>();
    for (const file of files) {
      // The bundler's own import statements (double quotes, one per line), not code inside strings.
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/^import (?:[\w$*{},\s]+ from )?"([^"]+)";$|\bimport\("([^"]+)"\)/gm)) specifiers.add((m[1] ?? m[2])!);
    }
    const outside = [...specifiers].filter((s) => !/^\.\/chunk-[\w-]+\.js$/.test(s) && !s.startsWith('node:') && !builtinModules.includes(s));
    expect([...specifiers].filter((s) => s.startsWith('./chunk-')).length).toBeGreaterThan(5);
    // `canvas`: Vega's optional canvas renderer, imported in a try as its own Node build does.
    for (const s of outside) expect(s, s).toMatch(/^(@duckdb\/node-api|node-llama-cpp|canvas)(\/|$)/);
    for (const s of specifiers) if (s.startsWith('./')) expect(fs.existsSync(path.join(dir, s)), s).toBe(true);
  });

  it('loads `bench run` from a few chunks: the entry\'s, then the run command\'s graph in three (run; core, shared with the report thread as it starts; shared, which the thread may load later)', () => {
    const dir = path.dirname(BIN);
    const staticImports = (file: string): string[] =>
      [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/^(?:import|export) (?:[\w$*{},\s]+ from )?"\.\/(chunk-[\w-]+\.js)";$/gm)].map((m) => m[1]!);
    const graph = (file: string, seen = new Set<string>()): Set<string> => {
      if (!seen.has(file)) {
        seen.add(file);
        for (const f of staticImports(file)) graph(f, seen);
      }
      return seen;
    };
    const entry = graph('main.js');
    const runCommand = /\.command\("run"\)[\s\S]*?import\("\.\/(chunk-[\w-]+\.js)"\)/.exec(fs.readFileSync(BIN, 'utf8'))?.[1];
    expect(runCommand).toBeDefined();
    const run = graph(runCommand!, new Set(entry));
    // Before the grouping the same graph was 37 modules, each resolved, compiled and linked on its own.
    expect(run.size).toBeLessThanOrEqual(12);
    expect([...run].filter((f) => /^chunk-(run|core|shared)-/.test(f)).length).toBeGreaterThanOrEqual(3);
    // The entry's own graph stays small: `bench --help` and `--version` load none of the run's chunks.
    expect([...entry].filter((f) => /^chunk-(run|core|shared)-/.test(f))).toEqual([]);
    // The report thread never loads the run-only chunk (the HTTP client, providers, executor), and
    // as it starts (its entry, then the report phase it imports at once) only the core one.
    const dynamic = (file: string): string[] => [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/\bimport\("\.\/(chunk-[\w-]+\.js)"\)/g)].map((m) => m[1]!);
    const atStart = graph('report-worker.js');
    for (const d of dynamic('report-worker.js')) graph(d, atStart);
    const later = new Set(atStart);
    for (let grew = true; grew; ) {
      const size = later.size;
      for (const f of [...later]) for (const d of dynamic(f)) graph(d, later);
      grew = later.size > size;
    }
    const runOnly = [...run].filter((f) => /^chunk-run-/.test(f) && fs.statSync(path.join(dir, f)).size > 10_000);
    expect(runOnly.length).toBe(1);
    expect(later.has(runOnly[0]!)).toBe(false);
    expect([...atStart].filter((f) => /^chunk-(run|shared)-/.test(f))).toEqual([]);
    expect([...atStart].filter((f) => /^chunk-core-/.test(f)).length).toBe(1);
  });
});

