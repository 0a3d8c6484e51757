/**
 * The batch path in process (src/runner/batch.ts through run()): an expired batch, a batch that
 * failed validation, Anthropic's Message Batches with succeeded/errored/expired results, an
 * abort while polling (Ctrl-C) resumed without --batch, and the preflight refusing a model
 * whose provider has no batch API.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { executeRun, finalizeRun, prepareRun, run } from '../../src/runner/run.js';
import { InputError } from '../../src/errors.js';
import { dryRun } from '../../src/runner/dry-run.js';
import type { RunConfig } from '../../src/runner/config.js';
import { startAnthropicBatchServer, startOpenAIBatchServer } from '../fixtures/batch-server.js';
import { itemIdOf, readJsonl, tempDir, writeChoiceSuite } from '../helpers/bench.js';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => Promise.all(closers.map((c) => c())));

/** Makes one item's question `extra` characters longer (a request too large for a small batch limit). */
function padItem(dir: string, id: string, extra: number): void {
  const file = path.join(dir, 'tasks', 'quiz', 'items.jsonl');
  const items = readJsonl(file).map((item) => (item.id === id ? { ...item, question: `${item.question} ${'x'.repeat(extra)}` } : item));
  fs.writeFileSync(file, items.map((item) => JSON.stringify(item)).join('\n') + '\n');
}

const byItem = (records: any[]) => Object.fromEntries(records.map((r) => [r.item_id.slice(-3), r]));

function setup(n: number, models: unknown[], extra: Partial<RunConfig> = {}): { dir: string; config: RunConfig; answers: Record<string, string> } {
  const dir = tempDir('bench-batch-');
  const { answers } = writeChoiceSuite(dir, 'quiz', n);
  const config: RunConfig = { suites: ['quiz'], tasksDir: path.join(dir, 'tasks'), models: { models }, out: path.join(dir, 'results'), batch: true, batchPollMs: 5, env: {}, ...extra };
  return { dir, config, answers };
}

describe('run({ batch: true }): OpenAI batches that end badly', () => {
  it('an expired batch: what ran is recorded, the rest are error records of kind batch, neither scored nor cached', async () => {
    let answers: Record<string, string> = {};
    const server = await startOpenAIBatchServer({ lifecycle: ['validating', 'in_progress', 'expired'], answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.` });
    closers.push(() => server.close());
    const s = setup(4, [{ id: 'gpt', provider: 'openai', model: 'gpt-4o-mini', base_url: server.url, params: { max_tokens: 64 } }]);
    answers = s.answers;
    const statuses: string[] = [];
    const result = await run(s.config, { onBatch: (b) => statuses.push(`${b.status} ${b.done}/${b.total} ${b.failed}`) });
    expect(statuses).toEqual(['validating 0/4 0', 'in_progress 2/4 0', 'expired 4/4 2']);
    expect(result.complete).toBe(true);
    const records = byItem(readJsonl(path.join(result.runDir, 'records.jsonl')));
    expect([records['001'].correct, records['002'].correct]).toEqual([true, true]);
    for (const n of ['003', '004']) {
      expect(records[n]).toMatchObject({ correct: null, score: null, error_kind: 'batch', output: null, batch: true });
      expect(records[n].error).toContain('batch_expired');
    }
    const cache = fs.readFileSync(path.join(s.config.out!, '.cache', 'responses.jsonl'), 'utf8').trim().split('\n');
    expect(cache).toHaveLength(2);
  });

  it('a batch that failed validation: every item is an error record saying why, and the run is incomplete', async () => {
    const server = await startOpenAIBatchServer({ lifecycle: ['validating', 'failed'], answer: () => 'A' });
    closers.push(() => server.close());
    const s = setup(3, [{ id: 'gpt', provider: 'openai', model: 'gpt-4o-mini', base_url: server.url, params: { max_tokens: 64 } }]);
    const result = await run(s.config);
    expect(result.complete).toBe(false);
    expect(result.incomplete).toBe('every request failed for: gpt');
    const records = readJsonl(path.join(result.runDir, 'records.jsonl'));
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r).toMatchObject({ correct: null, error_kind: 'batch' });
      expect(r.error).toContain('the input file failed validation');
    }
  });

  it('aborted while polling: incomplete with the batch saved; a resume without batch still polls it and submits nothing', async () => {
    let hold = true;
    let answers: Record<string, string> = {};
    const server = await startOpenAIBatchServer({ hold: () => hold, answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.` });
    closers.push(() => server.close());
    const s = setup(3, [{ id: 'gpt', provider: 'openai', model: 'gpt-4o-mini', base_url: server.url, params: { max_tokens: 64 } }]);
    answers = s.answers;
    const ac = new AbortController();
    const first = await run(s.config, { signal: ac.signal, graceMs: 10, onBatch: () => ac.abort(new Error('SIGINT')) });
    expect(first).toMatchObject({ complete: false, incomplete: 'interrupted' });
    expect(JSON.parse(fs.readFileSync(path.join(first.runDir, 'batches.json'), 'utf8')).batches[0]).toMatchObject({ id: 'batch_1', collected_at: null });
    hold = false;
    const warnings: string[] = [];
    const { batch: _batch, ...plain } = s.config;
    const second = await run({ ...plain, resume: first.runDir }, { onWarning: (m) => warnings.push(m) });
    expect(second.complete).toBe(true);
    expect(warnings.join('\n')).toContain('--batch implied');
    expect(server.batches).toEqual(['batch_1']);
    expect(readJsonl(path.join(first.runDir, 'records.jsonl')).filter((r) => r.correct === true && r.batch === true)).toHaveLength(3);
  });

  it('a submission cut short is settled on resume: found again by its input file when the provider made it, else submitted anew', async () => {
    let hold = true;
    let answers: Record<string, string> = {};
    const server = await startOpenAIBatchServer({ hold: () => hold, answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.` });
    closers.push(() => server.close());
    const s = setup(2, [{ id: 'gpt', provider: 'openai', model: 'gpt-4o-mini', base_url: server.url, params: { max_tokens: 64 } }]);
    answers = s.answers;
    const ac = new AbortController();
    const first = await run(s.config, { signal: ac.signal, graceMs: 10, onBatch: () => ac.abort(new Error('SIGINT')) });
    const file = path.join(first.runDir, 'batches.json');
    const killed = (handles: Record<string, string>) => {
      // As a process killed after the provider answered but before the id was saved would leave it.
      const state = JSON.parse(fs.readFileSync(file, 'utf8'));
      Object.assign(state.batches[state.batches.length - 1], { id: '', status: 'submitting', collected_at: null, handles });
      fs.writeFileSync(file, JSON.stringify(state));
    };
    killed({ input_file_id: 'file-in-1' });
    hold = false;
    const second = await run({ ...s.config, resume: first.runDir });
    expect(second.complete).toBe(true);
    expect(server.batches).toEqual(['batch_1']);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).batches).toMatchObject([{ id: 'batch_1', status: 'completed' }]);
    // An upload whose batch was never created: its jobs go in a new batch.
    fs.writeFileSync(path.join(first.runDir, 'records.jsonl'), '');
    killed({ input_file_id: 'file-in-never-batched' });
    const third = await run({ ...s.config, resume: first.runDir, cache: false });
    expect(third.complete).toBe(true);
    expect(server.batches).toEqual(['batch_1', 'batch_2']);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).batches.map((b: any) => b.status)).toEqual(['not_submitted', 'completed']);
    expect(readJsonl(path.join(first.runDir, 'records.jsonl')).filter((r) => r.correct === true)).toHaveLength(2);
  });

  it('more jobs than one batch may hold go in several batches, each saved, all followed', async () => {
    let answers: Record<string, string> = {};
    const server = await startOpenAIBatchServer({ answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.` });
    closers.push(() => server.close());
    const s = setup(5, [{ id: 'gpt', provider: 'openai', model: 'gpt-4o-mini', base_url: server.url, params: { max_tokens: 64 } }]);
    answers = s.answers;
    const prepared = await prepareRun(s.config);
    (prepared.providers.get('gpt')!.batch as { maxRequests: number }).maxRequests = 2;
    const result = await finalizeRun(prepared, await executeRun(prepared));
    expect(result.complete).toBe(true);
    expect(server.batches).toEqual(['batch_1', 'batch_2', 'batch_3']);
    expect(server.uploads.map((u) => u.trim().split('\n').length)).toEqual([2, 2, 1]);
    const saved = JSON.parse(fs.readFileSync(path.join(result.runDir, 'batches.json'), 'utf8'));
    expect(saved.batches.map((b: any) => Object.keys(b.requests).length)).toEqual([2, 2, 1]);
    expect(readJsonl(path.join(result.runDir, 'records.jsonl')).filter((r) => r.correct === true)).toHaveLength(5);
  });

  it('batches are split by bytes too: none passes the limit, a request larger than a batch may be is its item\'s error record', async () => {
    let answers: Record<string, string> = {};
    const limit = 1200;
    const server = await startOpenAIBatchServer({ maxBytes: limit, answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.` });
    closers.push(() => server.close());
    const s = setup(6, [{ id: 'gpt', provider: 'openai', model: 'gpt-4o-mini', base_url: server.url, params: { max_tokens: 64 } }]);
    answers = s.answers;
    padItem(s.dir, 'quiz-003', 2000);
    const prepared = await prepareRun(s.config);
    (prepared.providers.get('gpt')!.batch as { maxBytes: number }).maxBytes = limit;
    const result = await finalizeRun(prepared, await executeRun(prepared));
    expect(server.batches.length).toBeGreaterThan(1);
    for (const file of server.uploads) expect(Buffer.byteLength(file)).toBeLessThanOrEqual(limit);
    expect(server.uploads.reduce((n, u) => n + u.trim().split('\n').length, 0)).toBe(5);
    expect([...server.submitted.values()].every((n) => n === 1)).toBe(true);
    expect(server.submitted.has('quiz-003')).toBe(false);
    const records = byItem(readJsonl(path.join(result.runDir, 'records.jsonl')));
    expect(Object.keys(records)).toHaveLength(6);
    expect(records['003']).toMatchObject({ correct: null, error_kind: 'bad_request', batch: true, attempts: 0 });
    expect(records['003'].error).toMatch(/request not sent: it takes 2\.\d kB in a batch, over openai's limit of 1\.2 kB per batch/);
    expect(['001', '002', '004', '005', '006'].every((n) => records[n].correct === true)).toBe(true);
  });

  it('a run killed between two byte-split submissions resumes by polling what was saved and submitting only the rest', async () => {
    let hold = true;
    let answers: Record<string, string> = {};
    const limit = 1000;
    const server = await startOpenAIBatchServer({ maxBytes: limit, hold: () => hold, answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.` });
    closers.push(() => server.close());
    const s = setup(6, [{ id: 'gpt', provider: 'openai', model: 'gpt-4o-mini', base_url: server.url, params: { max_tokens: 64 } }]);
    answers = s.answers;
    const ac = new AbortController();
    const prepared = await prepareRun(s.config);
    (prepared.providers.get('gpt')!.batch as { maxBytes: number }).maxBytes = limit;
    const first = await finalizeRun(prepared, await executeRun(prepared, { signal: ac.signal, graceMs: 10, onBatch: () => ac.abort(new Error('SIGINT')) }));
    expect(first.complete).toBe(false);
    const file = path.join(first.runDir, 'batches.json');
    const state = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(state.batches.length).toBeGreaterThan(1);
    // As a process killed after its first batch was saved and before the next was submitted would leave it.
    const kept = state.batches.slice(0, 1);
    fs.writeFileSync(file, JSON.stringify({ ...state, batches: kept }));
    const forgotten = server.batches.slice(1);
    hold = false;
    const resumed = await prepareRun({ ...s.config, resume: first.runDir });
    (resumed.providers.get('gpt')!.batch as { maxBytes: number }).maxBytes = limit;
    const second = await finalizeRun(resumed, await executeRun(resumed));
    expect(second.complete).toBe(true);
    // The saved batch was polled, not submitted again; only the jobs of the batches the state forgot went out anew.
    const again = server.uploads.slice(1 + forgotten.length).flatMap((u) => u.trim().split('\n').map((l) => itemIdOf(JSON.parse(l).body.messages)));
    const keptItems = Object.values(kept[0].requests).map((r: any) => r.item_id);
    expect(again.some((id) => keptItems.includes(id))).toBe(false);
    expect(again.length + keptItems.length).toBe(6);
    const records = readJsonl(path.join(first.runDir, 'records.jsonl'));
    expect(records).toHaveLength(6);
    expect(records.every((r) => r.correct === true && r.batch === true)).toBe(true);
  });

  it('a model whose provider has no batch API, or --max-cost, is bad input, said before anything is written', async () => {
    const s = setup(2, [{ id: 'local-llama', provider: 'ollama', model: 'llama3', base_url: 'http://127.0.0.1:9' }]);
    const err = await run(s.config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain('model local-llama');
    expect((err as Error).message).toContain('provider ollama has no batch API');
    expect(fs.existsSync(s.config.out!)).toBe(false);
    const capped = setup(2, [{ id: 'gpt', provider: 'openai', model: 'gpt-4o-mini', base_url: 'http://127.0.0.1:9/v1', params: { max_tokens: 64 } }], { maxCost: 1 });
    const err2 = await run(capped.config).catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(InputError);
    expect((err2 as Error).message).toContain('--max-cost');
  });
});

describe('run({ batch: true }): Anthropic Message Batches', () => {
  it('succeeded, errored and expired results: answers scored at the batch price, the others error records', async () => {
    let answers: Record<string, string> = {};
    const key = 'sk-ant-batch-SECRET-0123456789abcdef';
    const server = await startAnthropicBatchServer({
      apiKey: key,
      answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.`,
      itemFault: (id) => (id.endsWith('002') ? { status: 400, message: 'prompt is too long' } : id.endsWith('004') ? { not_run: 'expired' } : undefined),
    });
    closers.push(() => server.close());
    const s = setup(4, [{ id: 'claude', provider: 'anthropic', model: 'claude-sonnet-4-5', base_url: server.url, api_key_env: 'ANTHROPIC_API_KEY', params: { max_tokens: 256 }, price: { input_per_mtok: 3, output_per_mtok: 15 } }], { env: { ANTHROPIC_API_KEY: key } });
    answers = s.answers;
    const statuses: string[] = [];
    const result = await run(s.config, { onBatch: (b) => statuses.push(`${b.status} ${b.done}/${b.total} ${b.failed}`) });
    expect(statuses).toEqual(['in_progress 0/4 0', 'ended 4/4 2']);
    const body = JSON.parse(server.uploads[0]!);
    expect(body.requests.map((r: any) => r.custom_id)).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(body.requests[0].params).toMatchObject({ model: 'claude-sonnet-4-5', max_tokens: 256, system: 'Answer with the letter only.' });
    expect(body.requests[0].params.stream).toBeUndefined();
    const records = byItem(readJsonl(path.join(result.runDir, 'records.jsonl')));
    for (const n of ['001', '003']) {
      expect(records[n]).toMatchObject({ correct: true, batch: true, latency_ms: null, ttft_ms: null, finish_reason: 'stop' });
      expect(records[n].cost_usd).toBeCloseTo(((records[n].input_tokens * 3 + records[n].output_tokens * 15) / 1e6) * 0.5, 15);
    }
    expect(records['002']).toMatchObject({ correct: null, error_kind: 'bad_request' });
    expect(records['002'].error).toContain('prompt is too long');
    expect(records['004']).toMatchObject({ correct: null, error_kind: 'batch' });
    expect(records['004'].error).toContain('expired');
    const saved = fs.readFileSync(path.join(result.runDir, 'batches.json'), 'utf8');
    expect(JSON.parse(saved).batches[0]).toMatchObject({ provider: 'anthropic', id: 'msgbatch_1', status: 'ended' });
    expect(saved).not.toContain(key);
  });
});

describe('run({ batch: true }): Anthropic Message Batches split by bytes', () => {
  it('no request body passes the size limit; every item is asked once', async () => {
    let answers: Record<string, string> = {};
    const limit = 900;
    const server = await startAnthropicBatchServer({ maxBytes: limit, answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.` });
    closers.push(() => server.close());
    const s = setup(5, [{ id: 'claude', provider: 'anthropic', model: 'claude-sonnet-4-5', base_url: server.url, api_key_env: 'ANTHROPIC_API_KEY', params: { max_tokens: 256 } }], { env: { ANTHROPIC_API_KEY: 'k' } });
    answers = s.answers;
    const prepared = await prepareRun(s.config);
    (prepared.providers.get('claude')!.batch as { maxBytes: number }).maxBytes = limit;
    const result = await finalizeRun(prepared, await executeRun(prepared));
    expect(result.complete).toBe(true);
    expect(server.batches.length).toBeGreaterThan(1);
    for (const body of server.uploads) expect(Buffer.byteLength(body)).toBeLessThanOrEqual(limit);
    expect(server.uploads.flatMap((b) => JSON.parse(b).requests.map((r: any) => r.custom_id))).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect([...server.submitted.values()]).toEqual([1, 1, 1, 1, 1]);
    expect(readJsonl(path.join(result.runDir, 'records.jsonl')).filter((r) => r.correct === true && r.batch === true)).toHaveLength(5);
  });
});

describe('run({ batch: true }): Azure OpenAI', () => {
  it('the classic deployment URL: files and batches under /openai with api-version kept, endpoint /chat/completions, the key in api-key', async () => {
    let answers: Record<string, string> = {};
    const key = 'azure-batch-SECRET-0123456789abcdef';
    const server = await startOpenAIBatchServer({ apiKey: key, prefix: '/openai', endpoint: '/chat/completions', answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.` });
    closers.push(() => server.close());
    const origin = new URL(server.url).origin;
    const s = setup(2, [{ id: 'gpt-azure', provider: 'azure-openai', model: 'gpt4o-batch', base_url: `${origin}/openai/deployments/gpt4o-batch?api-version=2024-10-21`, params: { max_tokens: 64 } }], { env: { AZURE_OPENAI_API_KEY: key } });
    answers = s.answers;
    const result = await run(s.config);
    expect(result.complete).toBe(true);
    expect(readJsonl(path.join(result.runDir, 'records.jsonl')).every((r) => r.correct === true && r.batch === true)).toBe(true);
    expect(server.log.every((l) => l.url.endsWith('?api-version=2024-10-21') && l.headers['api-key'] === key && l.headers.authorization === undefined)).toBe(true);
    expect(server.log.map((l) => `${l.method} ${l.url.split('?')[0]}`)).toEqual([
      'POST /openai/files', 'POST /openai/batches', 'GET /openai/batches/batch_1', 'GET /openai/batches/batch_1', 'GET /openai/batches/batch_1', 'GET /openai/batches/batch_1', 'GET /openai/files/file-out-batch_1/content',
    ]);
    expect(JSON.parse(server.uploads[0]!.trim().split('\n')[0]!)).toMatchObject({ custom_id: 'r0', method: 'POST', url: '/chat/completions', body: { model: 'gpt4o-batch' } });
  });
});

describe('dryRun({ batch: true })', () => {
  it('estimates the cost at the batch price (batch_discount, default half) and gives no time', async () => {
    const s = setup(4, [
      { id: 'gpt', provider: 'openai', model: 'gpt-4o-mini', base_url: 'http://127.0.0.1:9/v1', params: { max_tokens: 64 }, price: { input_per_mtok: 1, output_per_mtok: 4 } },
      { id: 'gpt-30', provider: 'openai', model: 'gpt-4o-mini', base_url: 'http://127.0.0.1:9/v1', params: { max_tokens: 64 }, price: { input_per_mtok: 1, output_per_mtok: 4, batch_discount: 0.3 } },
    ]);
    const { batch: _b, ...plain } = s.config;
    const full = await dryRun(plain);
    const batch = await dryRun(s.config);
    expect(batch.batch).toBe(true);
    expect(batch.models[0]!.cost_usd).toBeCloseTo(full.models[0]!.cost_usd! * 0.5, 12);
    expect(batch.models[1]!.cost_usd).toBeCloseTo(full.models[1]!.cost_usd! * 0.7, 12);
    expect(batch.models.every((m) => m.time_s === null && m.cost_note === null)).toBe(true);
    expect(fs.existsSync(s.config.out!)).toBe(false);
  });
});
