/**
 * The report phase on its own thread (src/runner/report-phase.ts, report-worker.ts), through the
 * build (dist/), since a worker thread runs built JavaScript: it writes what the calling thread
 * writes, redacts what the calling thread registered, and an error it meets surfaces as the
 * calling thread's own (same class, same message).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { ROOT, tempDir } from '../helpers/bench.js';

const dist = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(ROOT, 'dist', file)).href)) as T;
type PhaseModule = typeof import('../../src/runner/report-phase.js');
type Lib = typeof import('../../src/index.js');
type Secrets = typeof import('../../src/secrets.js');

const FILES = ['summary.json', 'results.csv', 'report.md', 'report.html'];
const read = (dir: string): Record<string, string> => Object.fromEntries(FILES.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

describe('the report phase on its own thread', () => {
  let server: Awaited<ReturnType<typeof startOpenAIServer>>;
  let phases: PhaseModule;
  let secrets: Secrets;
  let lib: Lib;
  let result: Awaited<ReturnType<Lib['run']>>;
  const opts = { margin: 2, seed: 1 };

  beforeAll(async () => {
    phases = await dist<PhaseModule>('runner/report-phase.js');
    secrets = await dist<Secrets>('secrets.js');
    lib = await dist<Lib>('index.js');
    // Two models that disagree on half the items: comparisons, charts and the drill-down all render.
    server = await startOpenAIServer({ answer: ({ model }) => (model === 'a' ? 'Answer: A' : 'Answer: B') });
    const dir = tempDir('bench-report-phase-');
    result = await lib.run({
      suites: [{
        name: 'tiny', domain: 'test', description: 'd', version: '1', scorer: { type: 'choice' }, template: '{{question}}\n\n{{choices}}',
        items: [1, 2, 3, 4, 5, 6].map((i) => ({ id: `q${i}`, question: `Q${i}?`, choices: { A: 'a', B: 'b' }, answer: i % 2 ? 'A' : 'B' })),
      }],
      models: { models: ['a', 'b'].map((id) => ({ id, provider: 'openai' as const, model: id, base_url: server.url, price: { input_per_mtok: 1, output_per_mtok: 2 } })) },
      out: path.join(dir, 'results'),
      cache: false,
    });
  });
  afterAll(async () => {
    secrets.clearSecrets();
    await server.close();
  });

  it('a run writes byte for byte the files and table the calling thread writes (through its report thread when a core is free)', async () => {
    expect(result.complete).toBe(true);
    const threaded = read(result.runDir);
    const here = await phases.writeReportsHere(result.runDir, opts);
    expect(read(result.runDir)).toEqual(threaded);
    expect(here.summary).toEqual(result.summary);
    expect(here.terminal).toBe(result.terminal);
    expect(threaded['report.html']).toContain('<svg');
  });

  it("the bundled binary's report thread (dist/cli/report-worker.js) writes byte for byte what the calling thread writes", async () => {
    const here = read(result.runDir);
    const worker = new Worker(path.join(ROOT, 'dist/cli/report-worker.js'), { workerData: {} });
    try {
      const reply = await new Promise<{ ok: boolean; error?: string; written?: { terminal: string } }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ runDir: result.runDir, opts, secrets: [] });
      });
      expect(reply.error).toBeUndefined();
      expect(reply.ok).toBe(true);
      expect(reply.written?.terminal).toBe(result.terminal);
      expect(read(result.runDir)).toEqual(here);
    } finally {
      await worker.terminate();
    }
  });

  it('a history store that cannot be written (written while the files render) → one warning, and the same files as a run without one', async () => {
    await phases.writeReportsHere(result.runDir, opts);
    const plain = read(result.runDir);
    const out = tempDir('bench-report-phase-history-');
    fs.mkdirSync(path.join(out, '.history.duckdb')); // a folder where the store's file goes: DuckDB cannot open it
    const warnings: string[] = [];
    const written = await phases.writeReportsHere(result.runDir, { ...opts, historyOut: out }, (m) => warnings.push(m));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/history store .*the run is unaffected/);
    expect(read(result.runDir)).toEqual(plain);
    expect(written.terminal).toBe(result.terminal);
  });

  it('the report thread redacts the secrets registered on the calling thread', async () => {
    // The run id is in most report files: registered as a secret, it must be redacted in each.
    const plain = read(result.runDir);
    const holding = FILES.filter((f) => plain[f]!.includes(result.runId));
    expect(holding).toEqual(expect.arrayContaining(['summary.json', 'report.md', 'report.html']));
    secrets.registerSecret(result.runId);
    try {
      const written = await phases.threadReportPhase({ jobs: 1 }).write(result.runDir, opts);
      const redacted = read(result.runDir);
      for (const file of holding) {
        expect(redacted[file], file).not.toContain(result.runId);
        expect(redacted[file], file).toContain('[REDACTED]');
      }
      expect(written.markdown).not.toContain(result.runId);
    } finally {
      secrets.clearSecrets();
      await phases.writeReportsHere(result.runDir, opts);
    }
  });

  it('an error the report thread meets is thrown by the calling thread as its own: same class, same message', async () => {
    const copy = path.join(tempDir('bench-report-phase-bad-'), 'run');
    fs.cpSync(result.runDir, copy, { recursive: true });
    const records = path.join(copy, 'records.jsonl');
    fs.writeFileSync(records, '{"suite": broken\n' + fs.readFileSync(records, 'utf8'));
    const here = await phases.writeReportsHere(copy, opts).then(() => null, (e: unknown) => e as Error);
    const { InputError } = await dist<typeof import('../../src/errors.js')>('errors.js');
    expect(here).toBeInstanceOf(InputError);
    const threaded = await phases.threadReportPhase({ jobs: 1 }).write(copy, opts).then(() => null, (e: unknown) => e as Error);
    expect(threaded).toBeInstanceOf(InputError);
    expect(threaded?.message).toBe(here?.message);
    expect(threaded?.message).toMatch(/records\.jsonl/);
  });
});
