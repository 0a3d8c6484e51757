/**
 * End to end through the built binary: `bench run --batch` against a loopback server speaking
 * OpenAI's Batch API — the lifecycle with partial failures resumed in a new batch, the batch
 * price, a process killed while polling then resumed without any item requested twice, and no
 * secret in anything bench wrote. (Expired and failed batches, Anthropic's Message Batches and
 * Ctrl-C run in process: test/runner/batch.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAnthropicBatchServer, startOpenAIBatchServer } from '../fixtures/batch-server.js';
import { ROOT, itemIdOf, onlyRun, readJsonl, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';
import { readmeExample, writeModels } from '../helpers/readme-example.js';
import { everything, expectNoSecret } from '../helpers/secrets.js';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => Promise.all(closers.map((c) => c())));

const POLL = ['--batch-poll', '0.005'];

const byItem = (records: any[]) => Object.fromEntries(records.map((r) => [r.item_id.slice(-3), r]));

/** Waits until `file` exists (the child saved its batch), polling every few ms; `dir()` names its folder once there is one. */
async function waitFor(file: string, dir?: () => string, timeoutMs = 20_000): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    let target = file;
    try {
      if (dir) target = path.join(dir(), path.basename(file));
    } catch {
      target = '';
    }
    if (target !== '' && fs.existsSync(target)) return;
    if (Date.now() - t0 > timeoutMs) throw new Error(`${file} never appeared`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('bench run --batch: OpenAI Batch API', () => {
  it('goes validating → in_progress → completed; partial failures are error records, resumed in a new batch; cost at the batch price', async () => {
    const dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 6);
    const key = 'sk-batch-e2e-SECRET-0123456789abcdef';
    const headerSecret = 'gw-batch-e2e-SECRET-9876543210';
    const querySecret = 'qs-batch-e2e-SECRET-5555555555';
    let faults = true;
    const server = await startOpenAIBatchServer({
      apiKey: key,
      answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.`,
      itemFault: (id) => (!faults ? undefined : id.endsWith('002') ? { status: 400, message: 'context too long' } : id.endsWith('005') ? { not_run: 'batch_expired' } : undefined),
    });
    closers.push(() => server.close());
    writeModels(dir, [
      // A secret in a header and one in the query string: neither may appear in anything bench writes.
      { id: 'gpt', provider: 'openai', model: 'gpt-4o-mini', base_url: `${server.url}?sig=\${GATEWAY_SIG}`, api_key_env: 'OPENAI_API_KEY', headers: { 'X-Gateway-Key': '${GATEWAY_KEY}' }, params: { temperature: 0, max_tokens: 64 }, price: { input_per_mtok: 1, output_per_mtok: 4 } },
      { id: 'gpt-cheap', provider: 'openai', model: 'gpt-4o-mini', base_url: server.url, api_key_env: 'OPENAI_API_KEY', params: { temperature: 0, max_tokens: 32 }, price: { input_per_mtok: 1, output_per_mtok: 4, batch_discount: 0.25 } },
    ]);
    const env = { OPENAI_API_KEY: key, GATEWAY_KEY: headerSecret, GATEWAY_SIG: querySecret };
    const res = await runBench(['run', '--suite', 'quiz', '--out', 'results', '--batch', ...POLL], { cwd: dir, env });
    expect(res.code, res.stderr).toBe(0);
    const gptCalls = server.log.filter((l) => l.url.includes(`?sig=${querySecret}`));
    expect(gptCalls.length).toBeGreaterThanOrEqual(6);
    expect(gptCalls.every((l) => l.headers['x-gateway-key'] === headerSecret)).toBe(true);
    expect(res.stderr).toMatch(/batch batch_\d \(gpt\): validating · 0\/6 done/);
    expect(res.stderr).toMatch(/in_progress · 3\/6 done/);
    expect(res.stderr).toMatch(/completed · 6\/6 done, 2 failed/);
    expect(server.batches).toHaveLength(2);
    const run = onlyRun(path.join(dir, 'results'));
    const records = readJsonl(path.join(run, 'records.jsonl'));
    expect(records).toHaveLength(12);
    const gpt = byItem(records.filter((r) => r.model === 'gpt'));
    for (const n of ['001', '003', '004', '006']) {
      expect(gpt[n]).toMatchObject({ correct: true, error: null, batch: true, latency_ms: null, ttft_ms: null, decode_ms: null, cached: false });
      expect(gpt[n].cost_usd).toBeCloseTo(((gpt[n].input_tokens * 1 + gpt[n].output_tokens * 4) / 1e6) * 0.5, 15);
    }
    expect(gpt['002']).toMatchObject({ correct: null, score: null, error_kind: 'bad_request', batch: true });
    expect(gpt['002'].error).toContain('context too long');
    expect(gpt['005']).toMatchObject({ correct: null, error_kind: 'batch', batch: true });
    expect(gpt['005'].error).toContain('batch_expired');
    const cheap = records.find((r) => r.model === 'gpt-cheap' && r.error === null);
    expect(cheap.cost_usd).toBeCloseTo(((cheap.input_tokens + cheap.output_tokens * 4) / 1e6) * 0.75, 15);
    const state = JSON.parse(fs.readFileSync(path.join(run, 'batches.json'), 'utf8'));
    expect(state.batches.map((b: any) => `${b.model} ${b.status} ${b.collected_at !== null}`).sort()).toEqual(['gpt completed true', 'gpt-cheap completed true']);
    const summary = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));
    const row = summary.rows.find((r: any) => r.model === 'gpt');
    expect(row.latency_ms_p50).toBeNull();
    expect(row.errors).toBe(2);
    // No latency was measured: the reports show none, never a made-up figure.
    const mdRow = fs.readFileSync(path.join(run, 'report.md'), 'utf8').split('\n').find((l) => l.startsWith('| gpt |'));
    expect(mdRow).toMatch(/\| — \| — \| — \| \$[\d.]+ \| \$[\d.]+ \|$/); // latency p50/p95, TTFT, tokens/s, then cost
    // The errored items, and only they, go in a new batch on --resume.
    faults = false;
    const resumed = await runBench(['run', '--suite', 'quiz', '--out', 'results', '--batch', ...POLL, '--resume', run], { cwd: dir, env });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(server.batches).toHaveLength(4);
    expect(Object.fromEntries(server.submitted)).toMatchObject({ 'quiz-001': 2, 'quiz-002': 4, 'quiz-005': 4, 'quiz-003': 2 });
    const after = readJsonl(path.join(run, 'records.jsonl'));
    expect(after).toHaveLength(12);
    expect(after.every((r) => r.correct === true && r.batch === true)).toBe(true);
    expectNoSecret([key, headerSecret, querySecret], everything(dir), res.stdout, res.stderr, resumed.stdout, resumed.stderr);
  });

  it('a process killed while polling resumes the same batch: no item is submitted twice, the records are the expected ones', async () => {
    const dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 5);
    const key = 'sk-batch-kill-SECRET-0123456789abcdef';
    let hold = true;
    const server = await startOpenAIBatchServer({ apiKey: key, hold: () => hold, answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.` });
    closers.push(() => server.close());
    writeModels(dir, [{ id: 'gpt', provider: 'openai', model: 'gpt-4o-mini', base_url: server.url, api_key_env: 'OPENAI_API_KEY', params: { max_tokens: 64 }, price: { input_per_mtok: 1, output_per_mtok: 2 } }]);
    const env = { OPENAI_API_KEY: key };
    const out = path.join(dir, 'results');
    const first = await runBench(['run', '--suite', 'quiz', '--out', 'results', '--batch', ...POLL], {
      cwd: dir, env,
      onSpawn: (child) => {
        void (async () => {
          await waitFor(path.join(out, 'batches.json'), () => onlyRun(out));
          // Polled at least once after saving, then killed with no chance to clean up.
          const polls = () => server.log.filter((l) => l.method === 'GET').length;
          while (polls() < 2) await new Promise((r) => setTimeout(r, 5));
          child.kill('SIGKILL');
        })();
      },
    });
    expect(first.signal).toBe('SIGKILL');
    const run = onlyRun(out);
    const saved = fs.readFileSync(path.join(run, 'batches.json'), 'utf8');
    expect(JSON.parse(saved).batches).toMatchObject([{ model: 'gpt', id: 'batch_1', collected_at: null, handles: { input_file_id: 'file-in-1' } }]);
    expect(Object.keys(JSON.parse(saved).batches[0].requests)).toHaveLength(5);
    hold = false;
    const resumed = await runBench(['run', '--suite', 'quiz', '--out', 'results', '--batch', ...POLL, '--resume', run], { cwd: dir, env });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain('saved by the interrupted run');
    expect(server.batches).toEqual(['batch_1']);
    expect(server.log.filter((l) => l.method === 'POST').map((l) => l.url)).toEqual(['/v1/files', '/v1/batches']);
    expect([...server.submitted.values()].every((n) => n === 1)).toBe(true);
    const records = readJsonl(path.join(run, 'records.jsonl'));
    expect(records.map((r) => [r.item_id, r.correct, r.extracted, r.batch]).sort()).toEqual(
      Object.entries(answers).map(([id, a]) => [id, true, a, true]).sort(),
    );
    expectNoSecret([key], everything(dir), first.stdout, first.stderr, resumed.stdout, resumed.stderr);
  });

});

describe("README: the --batch example, end to end", () => {
  it('its models and command run against loopback OpenAI and Anthropic batch servers: every answer scored, at half price', async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- example: batch-run -->\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const args = block!.split('\n')[0]!.trim().split(/\s+/);
    expect(args.slice(0, 2)).toEqual(['bench', 'run']);
    const suite = args[args.indexOf('--suite') + 1]!;
    const dir = tempDir();
    const { answers } = writeChoiceSuite(dir, suite, 3);
    const answer = ({ messages }: { messages: Array<{ role: string; content: string }> }) => `The answer is ${answers[itemIdOf(messages)!]}.`;
    const keys = { OPENAI_API_KEY: 'sk-readme-batch-SECRET-0123456789', ANTHROPIC_API_KEY: 'sk-ant-readme-batch-SECRET-0123456789' };
    const openai = await startOpenAIBatchServer({ apiKey: keys.OPENAI_API_KEY, answer });
    const anthropic = await startAnthropicBatchServer({ apiKey: keys.ANTHROPIC_API_KEY, answer });
    closers.push(() => openai.close(), () => anthropic.close());
    const models = readmeExample('batch');
    writeModels(dir, models.map((m) => ({ ...m, base_url: m.provider === 'anthropic' ? anthropic.url : openai.url })));
    const res = await runBench([...args.slice(1), '--out', 'results', ...POLL], { cwd: dir, env: keys });
    expect(res.code, res.stderr).toBe(0);
    const records = readJsonl(path.join(onlyRun(path.join(dir, 'results')), 'records.jsonl'));
    expect(records).toHaveLength(6);
    for (const r of records) {
      expect(r).toMatchObject({ correct: true, batch: true, latency_ms: null });
      const price = models.find((m) => m.id === r.model)!.price as { input_per_mtok: number; output_per_mtok: number };
      expect(r.cost_usd).toBeCloseTo(((r.input_tokens * price.input_per_mtok + r.output_tokens * price.output_per_mtok) / 1e6) * 0.5, 15);
    }
    expect(openai.batches).toHaveLength(1);
    expect(anthropic.batches).toHaveLength(1);
    expectNoSecret(Object.values(keys), everything(dir), res.stdout, res.stderr);
  });
});
