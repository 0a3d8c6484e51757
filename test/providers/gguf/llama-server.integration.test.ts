/**
 * @module test/providers/gguf/llama-server.integration.test — a real OpenAI-compatible server: llama.cpp's
 * `llama-server`, built offline from the source node-llama-cpp ships (scripts/llama-server-integration/build.sh),
 * serves the tiny fixed-letter model on 127.0.0.1, and bench talks to it through the `openai` provider.
 *
 * Runs when the build is cached, or with BENCH_INTEGRATION=1 (which builds it first: ~6 min on 2 cores).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../src/config/types.js';
import { createProvider } from '../../../src/providers/index.js';
import { onlyRun, readJsonl, ROOT, runBench, tempDir, writeChoiceSuite } from '../../helpers/bench.js';
import { writeTinyGguf } from '../../fixtures/gguf/tiny-gguf.js';

const BUILD = path.join(ROOT, 'scripts/llama-server-integration/build.sh');
const BUNDLE = path.join(ROOT, 'node_modules/node-llama-cpp/llama/gitRelease.bundle');

/** The cached llama-server binary, if build.sh has finished before. */
function cachedBinary(): string | undefined {
  try {
    const head = execFileSync('git', ['bundle', 'list-heads', BUNDLE], { encoding: 'utf8' }).split(/\s+/)[0]!.slice(0, 12);
    const dir = path.join(process.env.BENCH_LLAMA_SERVER_DIR || path.join(os.homedir(), '.cache/bench/llama-server'), head);
    const bin = path.join(dir, 'build/bin/llama-server');
    return fs.existsSync(path.join(dir, '.built')) && fs.existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((ok) => srv.close(() => ok()));
  return port;
}

async function waitHealthy(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`llama-server exited with ${server.exitCode}:\n${log()}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`llama-server did not become healthy in 60 s:\n${log()}`);
}

const wanted = process.env.BENCH_INTEGRATION === '1';
const cached = cachedBinary();

describe.skipIf(!wanted && !cached)('llama-server through the openai provider (skipped: no cached llama-server build and BENCH_INTEGRATION unset)', () => {
  let dir: string;
  let server: ChildProcess | undefined;
  let url: string;
  let serverLog = '';

  beforeAll(async () => {
    const bin = cached ?? execFileSync('bash', [BUILD], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;
    dir = tempDir('bench-llama-server-');
    const model = await writeTinyGguf(path.join(dir, 'says-b.gguf'), { script: 'B' });
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(bin, ['-m', model, '--host', '127.0.0.1', '--port', String(port), '-c', '512', '-t', '1', '-np', '1', '--jinja'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (serverLog = (serverLog + d).slice(-4000)));
    server.stderr!.on('data', (d) => (serverLog = (serverLog + d).slice(-4000)));
    await waitHealthy(url, server, () => serverLog);
  }, 45 * 60_000);

  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('streams the scripted answer with token counts and timings', async () => {
    const spec: ModelSpec = { id: 'srv', provider: 'openai', model: 'tiny', base_url: `${url}/v1`, params: { temperature: 0, max_tokens: 8 }, concurrency: 1, timeout_s: 30 };
    const provider = await createProvider(spec);
    const c = await provider.complete({ messages: [{ role: 'user', content: 'Which letter?' }], params: spec.params, sample: 0 }, new AbortController().signal);
    await provider.close?.();
    expect(c.text).toBe('B');
    expect(c.finishReason).toBe('stop');
    expect(c.inputTokens).toBeGreaterThan(10);
    expect(c.outputTokens).toBeGreaterThanOrEqual(1);
    expect(c.ttftMs).not.toBeNull();
    expect(c.ttftMs!).toBeLessThanOrEqual(c.latencyMs);
  });

  it('bench run against it scores exactly the share of items whose answer is B', async () => {
    writeChoiceSuite(dir, 'quiz', 8);
    fs.writeFileSync(
      path.join(dir, 'models.yaml'),
      ['models:', '  - id: llama-server-b', '    provider: openai', '    model: tiny', `    base_url: ${url}/v1`, '    params: { temperature: 0, max_tokens: 8 }', '    concurrency: 1', ''].join('\n'),
    );
    const out = path.join(dir, 'out');
    const res = await runBench(['run', '--suite', 'quiz', '--out', out], { cwd: dir, timeoutMs: 120_000 });
    expect(res.code, res.stderr).toBe(0);
    const run = onlyRun(out);
    expect(readJsonl(path.join(run, 'records.jsonl')).every((r) => r.output === 'B' && r.error === null)).toBe(true);
    const summary = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));
    expect(summary.rows[0]).toMatchObject({ model: 'llama-server-b', n: 8, correct: 2, accuracy: 0.25, errors: 0 });
  });
});
