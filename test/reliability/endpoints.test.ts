/**
 * RELIABILITY.md section B (endpoints) at the run level, through the built `bench` binary.
 *
 * What each provider turns a fault into is proven in test/providers/openai.test.ts and
 * test/providers/ollama.test.ts (every B fault → its error class); what the retry policy does
 * with each class is unit-tested here (decideRetry). These tests prove the run-level
 * guarantee: one correct record per item after a retry, an error record (never a wrong answer)
 * when it cannot succeed, and a stopped model that keeps what it finished.
 * Also covered elsewhere: B14/B16/B20 once each in test/cli/faults.e2e.test.ts ("retries 429
 * (Retry-After), 500, a reset connection and a cut stream…"), B17 400 in "a 400 is an item error…".
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer, type Fault, type FakeServer } from '../fixtures/openai-server.js';
import { startOllamaServer, type OllamaFault } from '../fixtures/ollama-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench } from '../helpers/bench.js';
import { decideRetry, defaultRetryPolicy } from '../../src/runner/retry.js';
import { AuthError, BadRequestError, NotFoundError, QuotaError, RateLimitError, ServerError, StreamError, TimeoutError } from '../../src/providers/errors.js';
import { workspace, serverPool } from './helpers.js';

const serve = serverPool();
/** A fault for the first `times` requests of the listed items, none after. */
function firstTimes<F>(plan: Record<string, F>, times = 1): (ctx: { body: any; n: number }) => F | undefined {
  return ({ body, n }) => {
    const f = plan[itemIdOf(body.messages)!];
    return f !== undefined && n <= times ? f : undefined;
  };
}
const recordsOf = (out: string) => readJsonl(path.join(onlyRun(out), 'records.jsonl'));
const byItem = (records: any[]) => Object.fromEntries(records.map((r) => [`${r.model}/${r.item_id}`, r]));

describe('B: the retry policy (unit)', () => {
  const policy = { ...defaultRetryPolicy({}), baseMs: 500 };
  it('B14: Retry-After is honoured and capped at 60 s', () => {
    expect(decideRetry(new RateLimitError('x', { retryAfterMs: 1500 }), 1, policy)).toEqual({ action: 'retry', waitMs: 1500 });
    expect(decideRetry(new RateLimitError('x', { retryAfterMs: 60_000 }), 1, policy)).toEqual({ action: 'retry', waitMs: 60_000 });
    // A wait longer than the run honours (60 s, or the model's timeout_s) stops the model, quoting it.
    expect(decideRetry(new RateLimitError('x', { status: 429, retryAfterMs: 86_400_000 }), 1, policy)).toEqual({ action: 'stop_model', reason: expect.stringContaining('wait 86400 s (24 h) before retrying (HTTP 429 retry-after), longer than this run waits (60 s)') });
    expect(decideRetry(new ServerError('x', { status: 503, retryAfterMs: 30_000 }), 1, policy, Math.random, 10_000).action).toBe('stop_model');
  });
  it('B23: a 429 whose Retry-After is shorter than the backoff waits the backoff; 429 and 503 get 12 attempts, not 5', () => {
    const busy = new RateLimitError('busy', { retryAfterMs: 20 });
    expect(decideRetry(busy, 4, policy, () => 0)).toEqual({ action: 'retry', waitMs: 4000 });
    expect(decideRetry(busy, 11, policy).action).toBe('retry');
    expect(decideRetry(busy, 12, policy)).toEqual({ action: 'fail_item' });
    const overloaded = new ServerError('server busy', { status: 503 });
    expect(decideRetry(overloaded, 11, policy).action).toBe('retry');
    expect(decideRetry(overloaded, 12, policy)).toEqual({ action: 'fail_item' });
    expect(decideRetry(new ServerError('x', { status: 500, retryAfterMs: 20 }), 4, policy)).toEqual({ action: 'retry', waitMs: 20 });
  });
  it('B16: 5xx backs off exponentially with up to 25% jitter, capped at 8 s, for at most 5 attempts', () => {
    const err = new ServerError('boom', { status: 500 });
    for (const attempt of [1, 2, 3, 4]) {
      const full = Math.min(500 * 2 ** (attempt - 1), 8000);
      const lo = decideRetry(err, attempt, policy, () => 0.999);
      const hi = decideRetry(err, attempt, policy, () => 0);
      expect(hi).toEqual({ action: 'retry', waitMs: full });
      expect(lo.action === 'retry' && lo.waitMs >= full * 0.75 && lo.waitMs < full).toBe(true);
    }
    expect(decideRetry(err, 5, policy)).toEqual({ action: 'fail_item' });
  });
  it('B17: 400 and 404 fail the item at once; B15/B18: quota and auth stop the model', () => {
    expect(decideRetry(new BadRequestError('ctx', {}), 1, policy).action).toBe('fail_item');
    expect(decideRetry(new NotFoundError('nf', {}), 1, policy).action).toBe('fail_item');
    expect(decideRetry(new QuotaError('q', {}), 1, policy).action).toBe('stop_model');
    expect(decideRetry(new AuthError('a', {}), 1, policy).action).toBe('stop_model');
    expect(decideRetry(new TimeoutError('t', {}), 1, policy).action).toBe('retry');
    expect(decideRetry(new StreamError('s', {}), 1, policy).action).toBe('retry');
    expect(decideRetry(new Error('a bug'), 1, policy).action).toBe('fail_item');
  });
});

describe('B: endpoints, end to end', () => {
  const ws = workspace(12);

  it('B14: a 429 with retry-after-ms 400 is waited out, then retried into one correct record with attempts 2', async () => {
    const server = await serve(startOpenAIServer({ answer: ws.reply, faults: firstTimes<Fault>({ 'quiz-003': { status: 429, headers: { 'retry-after-ms': '400' } } }) }));
    const out = ws.out('b14');
    const res = await runBench(['run', '--suite', 'quiz', '--models', ws.models('b14.yaml', [{ id: 'm1', url: server.url }]), '--out', out], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    const recs = recordsOf(out);
    expect(recs).toHaveLength(12);
    expect(recs.every((r) => r.correct === true)).toBe(true);
    expect(byItem(recs)['m1/quiz-003'].attempts).toBe(2);
    const tries = server.requests.filter((r) => itemIdOf(r.messages) === 'quiz-003');
    expect(tries).toHaveLength(2);
    expect(tries[1]!.startedAt - tries[0]!.startedAt).toBeGreaterThanOrEqual(390);
  });

  it('B15: 429 insufficient_quota stops the model at once, keeps finished items, no retry storm; other models go on', async () => {
    const quota = '{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","code":"insufficient_quota"}}';
    const broke = await serve(startOpenAIServer({ answer: ws.reply, faults: ({ index }) => (index >= 3 ? { status: 429, body: quota } : undefined) }));
    const fine = await serve(startOpenAIServer({ answer: ws.reply }));
    const out = ws.out('b15');
    const models = ws.models('b15.yaml', [{ id: 'broke', url: broke.url, concurrency: 1 }, { id: 'fine', url: fine.url }]);
    const res = await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(3);
    expect(res.stderr).toMatch(/broke/);
    expect(res.stderr).toMatch(/quota/i);
    expect(broke.requests.length).toBeLessThanOrEqual(4); // 3 answered + the one that said "quota"
    const recs = recordsOf(out);
    expect(recs.filter((r) => r.model === 'broke').map((r) => r.correct)).toEqual([true, true, true]);
    expect(recs.filter((r) => r.model === 'fine' && r.correct === true)).toHaveLength(12);
    const manifest = JSON.parse(fs.readFileSync(path.join(onlyRun(out), 'manifest.json'), 'utf8'));
    expect(manifest.status).toBe('incomplete');
  });

  it('B14: a server asking every request to wait a day (429, retry-after: 86400) stops that model at once quoting the wait; the other model goes on; resume finishes', async () => {
    let resting = true;
    const tired = await serve(startOpenAIServer({ answer: ws.reply, faults: ({ index }) => (resting && index >= 2 ? { status: 429, headers: { 'retry-after': '86400' } } : undefined) }));
    const fine = await serve(startOpenAIServer({ answer: ws.reply }));
    const out = ws.out('b14-day');
    const models = ws.models('b14-day.yaml', [{ id: 'tired', url: tired.url, concurrency: 1 }, { id: 'fine', url: fine.url }]);
    const res = await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(3);
    expect(res.stderr).toMatch(/model tired stopped[^\n]*wait 86400 s \(24 h\) before retrying \(HTTP 429 retry-after\), longer than this run waits \(60 s\)/);
    expect(res.stderr).toContain('--resume');
    expect(tired.requests.length).toBe(3); // 2 answered, 1 told to wait a day: no retry storm
    const recs = recordsOf(out);
    expect(recs.filter((r) => r.model === 'tired').map((r) => r.correct)).toEqual([true, true]);
    expect(recs.filter((r) => r.model === 'fine' && r.correct === true)).toHaveLength(12);
    resting = false;
    const again = await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out, '--resume', onlyRun(out)], { cwd: ws.dir });
    expect(again.code, again.stderr).toBe(0);
    expect(recordsOf(out).filter((r) => r.correct === true)).toHaveLength(24);
  }, 90_000); // several bench runs: slow on a loaded 2-core box

  it('B16: 503, 502, 500 then 200 → exactly one correct record with attempts 4', async () => {
    const seq: Fault[] = [{ status: 503 }, { status: 502 }, { status: 500 }];
    const server = await serve(startOpenAIServer({ answer: ws.reply, faults: ({ body, n }) => (itemIdOf(body.messages) === 'quiz-005' ? seq[n - 1] : undefined) }));
    const out = ws.out('b16');
    const res = await runBench(['run', '--suite', 'quiz', '--models', ws.models('b16.yaml', [{ id: 'm1', url: server.url }]), '--out', out], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    const recs = recordsOf(out);
    expect(recs.filter((r) => r.item_id === 'quiz-005')).toHaveLength(1);
    expect(byItem(recs)['m1/quiz-005']).toMatchObject({ correct: true, attempts: 4, error: null });
  });

  it('B17: a 404 (model not found) is not retried: an item error with the server message, counted as an error', async () => {
    const server = await serve(startOpenAIServer({ answer: ws.reply, faults: ({ body }) => (itemIdOf(body.messages) === 'quiz-002' ? { status: 404 } : undefined) }));
    const out = ws.out('b17');
    const res = await runBench(['run', '--suite', 'quiz', '--models', ws.models('b17.yaml', [{ id: 'm1', url: server.url }]), '--out', out], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    const rec = byItem(recordsOf(out))['m1/quiz-002'];
    expect(rec).toMatchObject({ correct: null, attempts: 1, error_kind: 'not_found' });
    expect(rec.error).toMatch(/does not exist/);
    expect(server.requests.filter((r) => itemIdOf(r.messages) === 'quiz-002')).toHaveLength(1);
    const summary = JSON.parse(fs.readFileSync(path.join(onlyRun(out), 'summary.json'), 'utf8'));
    expect(summary.rows[0]).toMatchObject({ errors: 1, n: 11, accuracy: 1 });
  });

  it('B18: 401 stops the run within seconds, naming the environment variable, never the key', async () => {
    const key = 'sk-b18-FAKEKEY-0123456789abcdef';
    const server = await serve(startOpenAIServer({ answer: ws.reply, faults: () => ({ status: 401, body: `{"error":{"message":"Incorrect API key provided: ${key}","type":"invalid_request_error","code":"invalid_api_key"}}` }) }));
    const out = ws.out('b18');
    const models = ws.models('b18.yaml', [{ id: 'm1', url: server.url, extra: ['    api_key_env: B18_TEST_KEY'] }]);
    const t0 = Date.now();
    const res = await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out], { cwd: ws.dir, env: { B18_TEST_KEY: key } });
    expect(Date.now() - t0).toBeLessThan(8_000);
    expect(res.code, res.stderr).toBe(3);
    expect(res.stderr).toContain('B18_TEST_KEY');
    expect(res.stdout + res.stderr).not.toContain(key);
    expect(server.requests.length).toBeLessThanOrEqual(2); // concurrency 2: no retry of a 401
  });

  it('B19: no response headers, and a stream stalled between chunks → bench’s timeouts fire, then one correct record after a retry', async () => {
    const server = await serve(
      startOpenAIServer({ answer: ws.reply, faults: firstTimes<Fault>({ 'quiz-001': { kind: 'no-headers', ms: 30_000 }, 'quiz-002': { kind: 'stall', ms: 30_000 } }) }),
    );
    const out = ws.out('b19');
    const t0 = Date.now();
    const res = await runBench(['run', '--suite', 'quiz', '--models', ws.models('b19.yaml', [{ id: 'm1', url: server.url, timeout_s: 1 }]), '--out', out], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    // Well under the faults' 30 s: bench's 1 s timeouts fired (20 s leaves room for a loaded machine).
    expect(Date.now() - t0).toBeLessThan(20_000);
    const recs = byItem(recordsOf(out));
    expect(recs['m1/quiz-001']).toMatchObject({ correct: true, attempts: 2 });
    expect(recs['m1/quiz-002']).toMatchObject({ correct: true, attempts: 2 });
  });

  it('B20: a cut stream, one without [DONE], and an error event mid-stream are retried from scratch; partial text is never scored or cached', async () => {
    const long = (id: string) => `Thinking about ${id} at some length before answering. Answer: ${ws.answers[id]}`;
    const server = await serve(
      startOpenAIServer({
        answer: ({ messages }) => long(itemIdOf(messages)!),
        chunkSize: 4,
        faults: firstTimes<Fault>({ 'quiz-001': { kind: 'cut' }, 'quiz-002': { kind: 'no-done' }, 'quiz-003': { kind: 'error-event', message: 'engine overloaded' } }),
      }),
    );
    const out = ws.out('b20');
    const res = await runBench(['run', '--suite', 'quiz', '--models', ws.models('b20.yaml', [{ id: 'm1', url: server.url }]), '--out', out], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    const recs = byItem(recordsOf(out));
    for (const id of ['quiz-001', 'quiz-002', 'quiz-003']) {
      expect(recs[`m1/${id}`]).toMatchObject({ correct: true, attempts: 2, output: long(id) });
    }
    const cache = fs.readFileSync(path.join(out, '.cache', 'responses.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(cache).toHaveLength(12);
    expect(cache.every((e) => /Answer: [A-D]$/.test(e.v.text))).toBe(true);
  });

  it('B21: Ollama error line, a stream without done, an invalid line → retried; a fault that never clears → an item error, not a wrong answer', async () => {
    const server = await serve(
      startOllamaServer({
        answer: ws.reply,
        faults: ({ body, n }): OllamaFault | undefined => {
          const id = itemIdOf(body.messages);
          if (id === 'quiz-004') return { kind: 'error-line', message: 'model runner crashed' }; // every time
          const once: Record<string, OllamaFault> = { 'quiz-001': { kind: 'error-line', message: 'oops' }, 'quiz-002': { kind: 'no-done' }, 'quiz-003': { kind: 'invalid-line' } };
          return n === 1 ? once[id!] : undefined;
        },
      }),
    );
    const out = ws.out('b21');
    const res = await runBench(['run', '--suite', 'quiz', '--models', ws.models('b21.yaml', [{ id: 'o1', provider: 'ollama', url: server.url }]), '--out', out], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    const recs = byItem(recordsOf(out));
    for (const id of ['quiz-001', 'quiz-002', 'quiz-003']) expect(recs[`o1/${id}`]).toMatchObject({ correct: true, attempts: 2 });
    expect(recs['o1/quiz-004']).toMatchObject({ correct: null, score: null, attempts: 5 });
    expect(recs['o1/quiz-004'].error).toMatch(/model runner crashed/);
  });

  it('B22: a first token after 3 s under timeout_s 10 succeeds (no HTTP-stack timeout cuts it)', async () => {
    const server = await serve(startOpenAIServer({ answer: ws.reply, faults: ({ body }) => (itemIdOf(body.messages) === 'quiz-001' ? { kind: 'slow-first-token', ms: 3000 } : undefined) }));
    const out = ws.out('b22');
    const res = await runBench(['run', '--suite', 'quiz', '--models', ws.models('b22.yaml', [{ id: 'm1', url: server.url, timeout_s: 10 }]), '--out', out, '--limit', '2'], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    const rec = byItem(recordsOf(out))['m1/quiz-001'];
    expect(rec).toMatchObject({ correct: true, attempts: 1 });
    expect(rec.ttft_ms).toBeGreaterThanOrEqual(2900);
  });

  it('B23: a server that answers 503 (no Retry-After) beyond 2 requests in flight, like a full Ollama queue → backoff, no lost items', async () => {
    const big = workspace(40);
    let server: FakeServer;
    const busy = () => server.requests.filter((r) => r.handledMs === 0).length > 2;
    server = await serve(startOpenAIServer({ answer: big.reply, delayMs: 15, faults: () => (busy() ? { status: 503, body: '{"error":"server busy, please try again.  maximum pending requests exceeded"}' } : undefined) }));
    const out = big.out('b23-503');
    const res = await runBench(['run', '--suite', 'quiz', '--models', big.models('b23-503.yaml', [{ id: 'm1', url: server.url, concurrency: 8 }]), '--out', out], { cwd: big.dir });
    expect(res.code, res.stderr).toBe(0);
    const recs = recordsOf(out);
    expect(recs).toHaveLength(40);
    expect(recs.filter((r) => r.correct !== true).map((r) => `${r.item_id}: ${r.error}`)).toEqual([]);
    expect(server.requests.filter((r) => r.status === 503).length).toBeGreaterThan(0);
  });

  it('B23: a server that takes 2 requests in flight while bench sends 8 → backoff, no lost items, bounded memory', async () => {
    const big = workspace(60);
    const server = await serve(startOpenAIServer({ answer: big.reply, maxConcurrent: 2, delayMs: 15 }));
    const out = big.out('b23');
    let peakKb = 0;
    const res = await runBench(['run', '--suite', 'quiz', '--models', big.models('b23.yaml', [{ id: 'm1', url: server.url, concurrency: 8 }]), '--out', out], {
      cwd: big.dir,
      onSpawn: (child) => {
        const t = setInterval(() => {
          try {
            const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
            peakKb = Math.max(peakKb, kb);
          } catch {
            clearInterval(t);
          }
        }, 25);
        child.on('close', () => clearInterval(t));
      },
    });
    expect(res.code, res.stderr).toBe(0);
    const recs = recordsOf(out);
    expect(recs).toHaveLength(60);
    expect(recs.every((r) => r.correct === true)).toBe(true);
    expect(server.requests.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(recs.some((r) => r.attempts > 1)).toBe(true);
    if (peakKb > 0) expect(peakKb).toBeLessThan(400 * 1024);
  });
});
