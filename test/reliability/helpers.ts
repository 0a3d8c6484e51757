/**
 * @module test/reliability/helpers — shared set-up for the RELIABILITY.md tests: a work folder
 * with a choice suite, models.yaml writing, and the scripted right answer per item.
 */
import fs from 'node:fs';
import { afterAll } from 'vitest';
import path from 'node:path';
import { itemIdOf, tempDir, writeChoiceSuite } from '../helpers/bench.js';

export interface ModelLine {
  id: string;
  url: string;
  provider?: 'openai' | 'ollama';
  concurrency?: number;
  timeout_s?: number;
  /** Extra YAML lines (already indented by 4 spaces). */
  extra?: string[];
}

export function modelsYaml(models: ModelLine[]): string {
  const lines = ['models:'];
  for (const m of models) {
    lines.push(`  - id: ${m.id}`, `    provider: ${m.provider ?? 'openai'}`, `    model: fake-${m.id}`, `    base_url: ${m.url}`, `    concurrency: ${m.concurrency ?? 2}`);
    if (m.timeout_s !== undefined) lines.push(`    timeout_s: ${m.timeout_s}`);
    lines.push(...(m.extra ?? []));
  }
  return lines.join('\n') + '\n';
}

export interface Workspace {
  dir: string;
  answers: Record<string, string>;
  /** The scripted reply for a request: the right letter for its item. */
  reply: (req: { messages: Array<{ role: string; content: string }> }) => string;
  /** Writes `<dir>/<name>` and returns its name (for --models). */
  models: (name: string, models: ModelLine[]) => string;
  /** A fresh results folder path (not created). */
  out: (name: string) => string;
}

const created: string[] = [];

/** Deletes every workspace this test file made (call from afterAll). */
export function removeWorkspaces(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function workspace(items = 12, suite = 'quiz'): Workspace {
  const dir = tempDir('bench-rel-');
  created.push(dir);
  const { answers } = writeChoiceSuite(dir, suite, items);
  return {
    dir,
    answers,
    reply: ({ messages }) => `Answer: ${answers[itemIdOf(messages) ?? ''] ?? 'A'}`,
    models: (name, models) => {
      fs.writeFileSync(path.join(dir, name), modelsYaml(models));
      return name;
    },
    out: (name) => path.join(dir, name),
  };
}

/** Every file under `dir`, recursively. */
export function allFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...allFiles(p));
    else out.push(p);
  }
  return out;
}

/** Resolves when `file` has at least `n` complete lines (polling), or rejects after `ms`. */
export function waitForLines(file: () => string | null, n: number, ms = 20_000, also: (text: string) => boolean = () => true): Promise<void> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      try {
        const f = file();
        const text = f && fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : null;
        if (text !== null && text.split('\n').length - 1 >= n && also(text)) {
          clearInterval(poll);
          resolve();
          return;
        }
      } catch {
        /* not there yet */
      }
      if (Date.now() - t0 > ms) {
        clearInterval(poll);
        reject(new Error(`timed out waiting for ${n} lines`));
      }
    }, 10);
  });
}

/** The run folder under `out`, or null while it does not exist yet. */
export function runDirOf(out: string): string | null {
  if (!fs.existsSync(out)) return null;
  const dirs = fs.readdirSync(out).filter((d) => !d.startsWith('.'));
  return dirs.length === 1 ? path.join(out, dirs[0]!) : null;
}

/**
 * Servers started by a test file, closed (with the workspaces) after it:
 * `const serve = serverPool(); … await serve(startOpenAIServer(…))`.
 */
export function serverPool(): <S extends { close(): Promise<void> }>(s: Promise<S>) => Promise<S> {
  const servers: Array<{ close(): Promise<void> }> = [];
  afterAll(async () => {
    removeWorkspaces();
    await Promise.all(servers.map((s) => s.close()));
  });
  return async (s) => {
    const server = await s;
    servers.push(server);
    return server;
  };
}
