/**
 * Runs the built `bench` binary (dist/cli/main.js) as a child process,
 * asynchronously, so loopback servers in the test process keep answering.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'dist/cli/main.js');

export interface BenchResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface BenchOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Called once the child is spawned (to kill it at a chosen point). */
  onSpawn?: (child: ChildProcess) => void;
}

export function runBench(args: string[], opts: BenchOptions): Promise<BenchResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, BENCH_RETRY_BASE_MS: '20', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    opts.onSpawn?.(child);
  });
}

export function tempDir(prefix = 'bench-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes a multiple-choice suite of `n` items whose answers cycle A..D. */
export function writeChoiceSuite(dir: string, name: string, n: number): { answers: Record<string, string> } {
  const folder = path.join(dir, 'tasks', name);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(
    path.join(folder, 'suite.yaml'),
    [
      `name: ${name}`,
      'domain: test',
      'description: generated multiple-choice suite',
      'version: "1"',
      'scorer: { type: choice }',
      'system: Answer with the letter only.',
      'template: "{{question}}\\n\\n{{choices}}"',
      '',
    ].join('\n'),
  );
  const answers: Record<string, string> = {};
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${name}-${String(i + 1).padStart(3, '0')}`;
    const answer = 'ABCD'[i % 4]!;
    answers[id] = answer;
    lines.push(JSON.stringify({ id, question: `Question ${id}: which letter is ${answer}?`, choices: { A: 'alpha', B: 'bravo', C: 'charlie', D: 'delta' }, answer }));
  }
  fs.writeFileSync(path.join(folder, 'items.jsonl'), lines.join('\n') + '\n');
  return { answers };
}

export function readJsonl<T = any>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** The single run folder under `out`. */
export function onlyRun(out: string): string {
  const dirs = fs.readdirSync(out).filter((d) => !d.startsWith('.'));
  if (dirs.length !== 1) throw new Error(`expected one run folder in ${out}, found ${dirs.join(', ')}`);
  return path.join(out, dirs[0]!);
}

/** Finds which item a request is about from its last user message. */
export function itemIdOf(messages: Array<{ role: string; content: string }>, pattern = /Question ([\w-]+):/): string | undefined {
  const last = [...messages].reverse().find((m) => m.role === 'user');
  return last?.content.match(pattern)?.[1];
}
