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
    const written = await phases.writeReportsHere(result.runDir, { ...opts, historyOut: out }, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/history store .*the run is unaffected/);
    expect(read(result.runDir)).toEqual(plain);
    expect(written.terminal).toBe(result.terminal);
  });

  it('onSummary gets the summary before the report files and the history store are written; the report thread does not call it', async () => {
    const copy = tempDir('bench-report-phase-summary-');
    fs.cpSync(result.runDir, copy, { recursive: true });
    for (const f of FILES) fs.rmSync(path.join(copy, f));
    const out = tempDir('bench-report-phase-summary-history-');
    const seen: Array<{ summary: unknown; present: string[] }> = [];
    const onSummary = (summary: unknown): void => {
      seen.push({ summary, present: [...FILES, '.history.duckdb'].filter((f) => fs.existsSync(path.join(f.startsWith('.') ? out : copy, f))) });
    };
    await phases.writeReportsHere(copy, { ...opts, historyOut: out }, { onSummary });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.present).toEqual([]);
    expect(seen[0]!.summary).toEqual(result.summary);
    expect(fs.existsSync(path.join(copy, 'report.html')) && fs.existsSync(path.join(out, '.history.duckdb'))).toBe(true);

    const called: unknown[] = [];
    await phases.threadReportPhase({ jobs: 12 }).write(copy, opts, { onSummary: (s) => called.push(s) });
    expect(called).toEqual([]);
    expect(read(copy)['summary.json']).toContain(result.runId);
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
  /** A copy of `runDir` whose records.jsonl a report thread reads while it is appended (the first `already` lines there before: a resumed run). */
  async function followedCopy(runDir: string, already: number): Promise<{ copy: string; phase: ReturnType<PhaseModule['threadReportPhase']> }> {
    const copy = path.join(tempDir('bench-report-phase-follow-'), path.basename(runDir));
    fs.cpSync(runDir, copy, { recursive: true });
    const file = path.join(copy, 'records.jsonl');
    const lines = fs.readFileSync(file, 'utf8').split(/(?<=\n)/);
    fs.writeFileSync(file, lines.slice(0, already).join(''));
    const phase = phases.threadReportPhase({ jobs: lines.length, records: file });
    for (const line of lines.slice(already)) {
      // Appended a line at a time, cut in two, with the thread reading in between.
      fs.appendFileSync(file, line.slice(0, 9));
      await new Promise((r) => setTimeout(r, 30));
      fs.appendFileSync(file, line.slice(9));
    }
    return { copy, phase };
  }

  it('a report thread that read records.jsonl while it was appended writes byte for byte what bench report writes from the file (a resumed run, a shard)', async () => {
    const shard = await lib.run({
      suites: [{
        name: 'tiny', domain: 'test', description: 'd', version: '1', scorer: { type: 'choice' }, template: '{{question}}\n\n{{choices}}',
        items: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => ({ id: `q${i}`, question: `Q${i}?`, choices: { A: 'a', B: 'b' }, answer: i % 2 ? 'A' : 'B' })),
      }],
      models: { models: ['a', 'b'].map((id) => ({ id, provider: 'openai' as const, model: id, base_url: server.url })) },
      out: path.join(tempDir('bench-report-phase-shard-'), 'results'),
      cache: false,
      shard: '1/2',
    });
    for (const [runDir, already] of [[result.runDir, 5], [shard.runDir, 0]] as const) {
      const { copy, phase } = await followedCopy(runDir, already);
      const written = await phase.write(copy, opts);
      const threaded = read(copy);
      const here = await phases.writeReportsHere(copy, opts);
      expect(read(copy)).toEqual(threaded);
      expect(written.summary).toEqual(here.summary);
      expect(written.terminal).toBe(here.terminal);
    }
  });

  it('records.jsonl rewritten after the thread read it (the judging phase) → the reports are those of the new file', async () => {
    const { copy, phase } = await followedCopy(result.runDir, 0);
    const file = path.join(copy, 'records.jsonl');
    const before = read(copy);
    // Every answer of model a judged wrong, written atomically as runner/judge-records does.
    const judged = fs.readFileSync(file, 'utf8').split('\n').map((l) => (l.includes('"model":"a"') ? l.replace('"correct":true', '"correct":false').replace('"score":1', '"score":0') : l)).join('\n');
    fs.writeFileSync(`${file}.tmp`, judged);
    fs.renameSync(`${file}.tmp`, file);
    const written = await phase.write(copy, opts);
    const threaded = read(copy);
    expect(threaded['summary.json']).not.toBe(before['summary.json']);
    await phases.writeReportsHere(copy, opts);
    expect(read(copy)).toEqual(threaded);
    expect(written.summary.rows.find((r) => r.model === 'a')?.correct).toBe(0);
  });

  it('writeReports from records already held writes byte for byte what it writes from records.jsonl', async () => {
    const { writeReports } = await dist<typeof import('../../src/runner/finalize.js')>('runner/finalize.js');
    const { readRecords } = await dist<typeof import('../../src/store/records.js')>('store/records.js');
    const fromFile = await writeReports(result.runDir, opts);
    const files = read(result.runDir);
    const records = [...readRecords(path.join(result.runDir, 'records.jsonl'), { dropOutput: true })];
    const held = await writeReports(result.runDir, { ...opts, records });
    expect(read(result.runDir)).toEqual(files);
    expect(held).toEqual(fromFile);
  });
});
