/**
 * End to end: the README's hosted-API examples run through the built binary against loopback
 * servers speaking each wire format; no key, header secret or query secret appears in
 * anything bench wrote or printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAnthropicServer } from '../fixtures/anthropic-server.js';
import { startAzureServer } from '../fixtures/azure-server.js';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';
import { readmeExample, writeModels, type ExampleModel } from '../helpers/readme-example.js';
import { everything, expectNoSecret } from '../helpers/secrets.js';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => Promise.all(closers.map((c) => c())));

/** The example's base_url with its origin replaced by the loopback server's (path and query kept). */
function onLoopback(models: ExampleModel[], origin: string): ExampleModel[] {
  return models.map((m) => {
    const u = new URL(String(m.base_url));
    return { ...m, base_url: `${origin}${u.pathname}${u.search}` };
  });
}

describe('README examples: hosted APIs, end to end', () => {
  it('anthropic: both models answer, thinking is never the answer and is billed as output', async () => {
    const dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 6);
    const key = 'sk-ant-e2e-SECRET-abcdef0123456789';
    const thought = 'Thinking it through carefully, step by step. ';
    const server = await startAnthropicServer({
      apiKey: key,
      answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.`,
      thinking: () => thought,
    });
    closers.push(() => server.close());
    const models = readmeExample('anthropic').map((m) => ({ ...m, base_url: server.url }));
    writeModels(dir, models);
    const res = await runBench(['run', '--suite', 'quiz', '--out', 'results'], { cwd: dir, env: { ANTHROPIC_API_KEY: key } });
    expect(res.code, res.stderr).toBe(0);
    const run = onlyRun(path.join(dir, 'results'));
    const records = readJsonl(path.join(run, 'records.jsonl'));
    expect(records).toHaveLength(12);
    expect(records.every((r) => r.correct === true && r.error === null)).toBe(true);
    const thinking = records.filter((r) => r.model === 'claude-sonnet-thinking');
    const plain = records.filter((r) => r.model === 'claude-sonnet');
    for (const r of thinking) {
      expect(r.output).not.toContain('Thinking');
      expect(r.output_tokens).toBe(Math.ceil(r.output.length / 4) + Math.ceil(thought.length / 4));
      expect(r.cost_usd).toBeCloseTo((r.input_tokens * 3 + r.output_tokens * 15) / 1e6, 12);
    }
    for (const r of plain) expect(r.output_tokens).toBe(Math.ceil(r.output.length / 4));
    const sent = server.requests.find((r) => r.model === 'claude-sonnet-4-5' && r.body.thinking);
    expect(sent?.body).toMatchObject({ max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 }, system: 'Answer with the letter only.' });
    expectNoSecret([key], everything(dir), res.stdout, res.stderr);
  });

  it('anthropic: a 529 with retry-after and an overloaded_error event mid-stream are retried; one record each, attempts counted', async () => {
    const dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 3);
    const key = 'sk-ant-e2e-faults-SECRET-0123456789';
    const server = await startAnthropicServer({
      apiKey: key,
      answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.`,
      faults: ({ body, n }) => {
        const id = itemIdOf(body.messages)!;
        if (n > 1) return undefined;
        if (id.endsWith('001')) return { status: 529, headers: { 'retry-after': '0' } };
        if (id.endsWith('002')) return { kind: 'error-event', type: 'overloaded_error', message: 'Overloaded' };
        return undefined;
      },
    });
    closers.push(() => server.close());
    writeModels(dir, readmeExample('anthropic').slice(0, 1).map((m) => ({ ...m, base_url: server.url })));
    const res = await runBench(['run', '--suite', 'quiz', '--out', 'results'], { cwd: dir, env: { ANTHROPIC_API_KEY: key } });
    expect(res.code, res.stderr).toBe(0);
    const records = readJsonl(path.join(onlyRun(path.join(dir, 'results')), 'records.jsonl'));
    expect(records).toHaveLength(3);
    expect(records.every((r) => r.correct === true && r.error === null)).toBe(true);
    const attempts = Object.fromEntries(records.map((r) => [r.item_id.slice(-3), r.attempts]));
    expect(attempts).toEqual({ '001': 2, '002': 2, '003': 1 });
    expect(server.requests).toHaveLength(5);
    expectNoSecret([key], everything(dir), res.stdout, res.stderr);
  });

  it('azure: both URL forms answer, with api-version kept and the key in api-key', async () => {
    const dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 4);
    const key = 'azure-e2e-SECRET-0123456789abcdef';
    const server = await startAzureServer({ apiKey: key, deployments: ['gpt4o-prod'], answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.` });
    closers.push(() => server.close());
    writeModels(dir, onLoopback(readmeExample('azure'), new URL(server.url).origin));
    const res = await runBench(['run', '--suite', 'quiz', '--out', 'results'], { cwd: dir, env: { AZURE_OPENAI_API_KEY: key } });
    expect(res.code, res.stderr).toBe(0);
    const records = readJsonl(path.join(onlyRun(path.join(dir, 'results')), 'records.jsonl'));
    expect(records.filter((r) => r.correct === true)).toHaveLength(8);
    const urls = new Set(server.requests.map((r) => r.url));
    expect(urls).toEqual(new Set(['/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21', '/openai/v1/chat/completions']));
    expectNoSecret([key], everything(dir), res.stdout, res.stderr);
  });

  it('gateway: refused without its header, answers with it; header values appear nowhere, even echoed', async () => {
    const dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 4);
    const apiKey = 'gw-api-e2e-SECRET-0123456789';
    const routingKey = 'gw-routing-e2e-SECRET-9876543210';
    const server = await startOpenAIServer({
      // A gateway that checks its header and echoes it back in the answer.
      faults: ({ headers }) => (headers['x-gateway-key'] === routingKey ? undefined : { status: 401, body: JSON.stringify({ error: { message: `no route for ${String(headers['x-gateway-key'])}` } }) }),
      answer: ({ messages }) => `Routed by ${routingKey}. The answer is ${answers[itemIdOf(messages)!]}.`,
    });
    closers.push(() => server.close());
    writeModels(dir, onLoopback(readmeExample('gateway'), new URL(server.url).origin));
    const res = await runBench(['run', '--suite', 'quiz', '--out', 'results'], { cwd: dir, env: { GATEWAY_API_KEY: apiKey, GATEWAY_ROUTING_KEY: routingKey } });
    expect(res.code, res.stderr).toBe(0);
    const run = onlyRun(path.join(dir, 'results'));
    const records = readJsonl(path.join(run, 'records.jsonl'));
    expect(records.filter((r) => r.correct === true)).toHaveLength(4);
    expect(records[0].output).toContain('[REDACTED]');
    expect(server.requests.every((r) => r.url === '/v1/chat/completions?route=eu-west' && r.headers['x-title'] === 'bench nightly')).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.models[0].headers)).toEqual(['X-Gateway-Key', 'X-Title']);
    expectNoSecret([apiKey, routingKey], everything(dir), res.stdout, res.stderr);

    // Without the header the gateway refuses: the model stops, naming no secret.
    const noHeader = readmeExample('gateway').map(({ headers: _h, ...m }) => m as ExampleModel);
    writeModels(dir, onLoopback(noHeader, new URL(server.url).origin));
    const refused = await runBench(['run', '--suite', 'quiz', '--out', 'results2'], { cwd: dir, env: { GATEWAY_API_KEY: apiKey } });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('HTTP 401');
    expectNoSecret([apiKey, routingKey], everything(dir), refused.stdout, refused.stderr);
  });
});

describe('README examples: reasoning models and OpenAI-compatible hosts, end to end', () => {
  it('reasoning: temperature left out, reasoning tokens recorded and reported, an answer lost to reasoning is truncated', async () => {
    const dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 4);
    const key = 'sk-reasoning-e2e-SECRET-0123456789';
    const server = await startOpenAIServer({
      refuseParams: ['temperature', 'max_tokens'],
      // Item 4 makes the model think past its whole budget of 2,048 tokens.
      reasoningTokens: ({ messages }) => (itemIdOf(messages)!.endsWith('004') ? 5000 : 100),
      answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.`,
    });
    closers.push(() => server.close());
    writeModels(dir, readmeExample('reasoning').map((m) => ({ ...m, base_url: server.url })));
    const res = await runBench(['run', '--suite', 'quiz', '--out', 'results'], { cwd: dir, env: { OPENAI_API_KEY: key } });
    expect(res.code, res.stderr).toBe(0);
    const run = onlyRun(path.join(dir, 'results'));
    const records = readJsonl(path.join(run, 'records.jsonl'));
    const cut = records.find((r) => r.item_id.endsWith('004'))!;
    expect(cut).toMatchObject({ output: '', correct: false, reason: 'truncated', finish_reason: 'length', reasoning_tokens: 5000, output_tokens: 5000, error: null });
    expect(cut.cost_usd).toBeCloseTo((cut.input_tokens * 1.1 + 5000 * 4.4) / 1e6, 12);
    const ok = records.filter((r) => !r.item_id.endsWith('004'));
    expect(ok.every((r) => r.correct === true && r.reasoning_tokens === 100 && r.output_tokens === 100 + Math.ceil(r.output.length / 4))).toBe(true);
    expect(server.requests.every((r) => r.body.temperature === undefined && r.body.max_completion_tokens === 2048 && r.body.reasoning_effort === 'low')).toBe(true);
    const summary = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));
    expect(summary.rows[0].reasoning_tokens).toBe(5300);
    const csv = fs.readFileSync(path.join(run, 'results.csv'), 'utf8').split('\n');
    expect(csv[0]!.split(',').at(-1)).toBe('reasoning_tokens');
    expect(csv[1]!.split(',').at(-1)).toBe('5300');
    expect(fs.readFileSync(path.join(run, 'report.md'), 'utf8')).toContain('Reasoning tokens');
    expectNoSecret([key], everything(dir), res.stdout, res.stderr);
  });

  it('gemini, groq, together, openrouter, deepseek, mistral: each against a server with its quirks', async () => {
    const dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 3);
    const answer = ({ messages }: { messages: Array<{ role: string; content: string }> }) => `The answer is ${answers[itemIdOf(messages)!]}.`;
    const quirks: Record<string, Parameters<typeof startOpenAIServer>[0]> = {
      'gemini-2.5-flash': { quirks: { usage: 'finish-chunk' }, reasoningTokens: () => 30, reasoningBeside: true },
      'llama-3.3-70b-groq': { quirks: { usage: 'x_groq' } },
      'qwen-2.5-72b-together': { quirks: { usage: 'finish-chunk', alwaysUsage: true } },
      'claude-via-openrouter': {
        quirks: { comments: 'OPENROUTER PROCESSING' },
        faults: ({ headers }) => (headers['http-referer'] && headers['x-title'] === 'bench' ? undefined : { status: 400, body: '{"error":{"message":"missing headers"}}' }),
      },
      'deepseek-reasoner': { quirks: { reasoningContent: 'Hmm, the letter is in the question. ', comments: 'keep-alive' }, reasoningTokens: () => 12 },
      'mistral-small': { quirks: { strictFields: ['seed'], usage: 'finish-chunk', alwaysUsage: true } },
    };
    const env: Record<string, string> = {};
    const models = await Promise.all(readmeExample('openai-compatible').map(async (m) => {
      const server = await startOpenAIServer({ answer, ...quirks[m.id] });
      closers.push(() => server.close());
      env[String(m.api_key_env)] = `sk-${m.id}-SECRET-0123456789`;
      const u = new URL(String(m.base_url));
      return { ...m, base_url: `${new URL(server.url).origin}${u.pathname}` };
    }));
    expect(models.map((m) => m.id)).toEqual(Object.keys(quirks));
    writeModels(dir, models);
    const res = await runBench(['run', '--suite', 'quiz', '--out', 'results'], { cwd: dir, env });
    expect(res.code, res.stderr).toBe(0);
    const records = readJsonl(path.join(onlyRun(path.join(dir, 'results')), 'records.jsonl'));
    expect(records).toHaveLength(18);
    for (const r of records) {
      expect(r.correct, `${r.model} ${r.item_id}: ${r.error ?? r.output}`).toBe(true);
      expect(r.input_tokens, r.model).toBeGreaterThan(0);
      const reasoning = r.model === 'gemini-2.5-flash' ? 30 : r.model === 'deepseek-reasoner' ? 12 : 0;
      expect(r.output_tokens, r.model).toBe(Math.ceil(r.output.length / 4) + reasoning);
      expect(r.output).not.toContain('Hmm');
    }
    expectNoSecret(Object.values(env), everything(dir), res.stdout, res.stderr);
  });
});
