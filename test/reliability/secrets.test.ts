/**
 * RELIABILITY.md section E (secrets), through the built `bench` binary: a recognizable fake
 * key, referenced from models.yaml, echoed back by servers in every place they can put it
 * (a 401 body, a 400 body that becomes an item error, a 500 body, the answer text itself),
 * and a password in a base_url → it appears nowhere bench writes or prints.
 * Also covered elsewhere: the provider's own messages (test/providers/openai.test.ts "… whose
 * body echoes the key → AuthError naming the variable, never the key") and the loader's
 * (test/config/load.test.ts "never puts a key value in any message").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer, type FakeServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, runBench, type BenchResult } from '../helpers/bench.js';
import { allFiles, workspace, removeWorkspaces } from './helpers.js';
import { ResponseCache } from '../../src/store/cache.js';
import { serializeRecord } from '../../src/store/records.js';
import { clearSecrets, redact, redactDeep, registerSecret, registerUrlSecrets } from '../../src/secrets.js';

const KEY = 'sk-e34-RECOGNIZABLE-fake-key-7f3a9c1e';
const URL_PASSWORD = 'urlpass-E34-9b1d';
/** Issue 14: a key in the base URL's query string, and one in a configured header. */
const QUERY_KEY = 'qk-E34-in-the-query-5c2e81';
const HEADER_KEY = 'hk-E34-in-a-header-d09b44';
const ws = workspace(6);
const servers: FakeServer[] = [];
let out: string;
/** The complete runs of issue 14 (history store, junit.xml). */
let out2: string;
let runs: BenchResult[] = [];

let leakyUrl = (): string => '';
beforeAll(async () => {
  // The models of issue 14 (query, header) echo only their own credentials: the complete runs below do not read E34_KEY.
  const ownKeys = (model: string) => (model === 'fake-query' || model === 'fake-header' ? `?api_key=${QUERY_KEY}&x=1, x-api-key ${HEADER_KEY}` : `${KEY} (Bearer ${KEY})`);
  const echo = (status: number, model = '') => `{"error":{"message":"status ${status}: bad key ${ownKeys(model)}","type":"invalid_request_error","code":"echo"}}`;
  const leaky = await startOpenAIServer({
    answer: ({ messages, model }) => model === 'fake-query' || model === 'fake-header'
      ? `Answer: ${ws.answers[itemIdOf(messages)!]} — you called ${leakyUrl()}?api_key=${QUERY_KEY} with x-api-key: ${HEADER_KEY}`
      : `Answer: ${ws.answers[itemIdOf(messages)!]} — by the way, your key is ${KEY} and your password ${URL_PASSWORD}`,
    faults: ({ body, n }) => {
      const id = itemIdOf(body.messages);
      if (id === 'quiz-002') return { status: 400, body: echo(400, body.model) };
      if (id === 'quiz-003' && n === 1) return { status: 500, body: echo(500, body.model) };
      return undefined;
    },
  });
  const locked = await startOpenAIServer({ faults: () => ({ status: 401, body: echo(401) }) });
  servers.push(leaky, locked);
  leakyUrl = () => leaky.url;
  const withPassword = leaky.url.replace('http://', `http://bench:${URL_PASSWORD}@`);
  const models = ws.models('e34.yaml', [
    { id: 'leaky', url: leaky.url, extra: ['    api_key_env: E34_KEY'] },
    { id: 'locked', url: locked.url, extra: ['    api_key_env: E34_KEY'] },
    { id: 'basic', url: withPassword },
    { id: 'query', url: `${leaky.url}?api_key=${QUERY_KEY}` },
    { id: 'header', url: leaky.url, extra: ['    headers: { X-Api-Key: "${E34_HEADER}" }'] },
  ]);
  const complete = ws.models('e34-complete.yaml', [
    { id: 'query', url: `${leaky.url}?api_key=${QUERY_KEY}` },
    { id: 'header', url: leaky.url, extra: ['    headers: { X-Api-Key: "${E34_HEADER}" }'] },
  ]);
  out = ws.out('e34');
  const env = { E34_KEY: KEY, E34_HEADER: HEADER_KEY };
  runs.push(await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out, '--format', 'github'], { cwd: ws.dir, env: { ...env, GITHUB_STEP_SUMMARY: path.join(ws.dir, 'step-summary.md') } }));
  const run = onlyRun(out);
  runs.push(await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out, '--resume', run], { cwd: ws.dir, env }));
  runs.push(await runBench(['report', run], { cwd: ws.dir, env }));
  // Two complete runs: the first joins the history store, the second is compared with it (junit.xml, regressions.json).
  out2 = ws.out('e34-complete');
  for (let i = 0; i < 2; i++) runs.push(await runBench(['run', '--suite', 'quiz', '--models', complete, '--out', out2, '--baseline', 'latest', '--no-cache'], { cwd: ws.dir, env }));
  runs.push(await runBench(['history', '--out', out2], { cwd: ws.dir, env }));
  // The key really went out: otherwise the test proves nothing.
  expect(leaky.requests.some((r) => String(r.headers.authorization).includes(KEY))).toBe(true);
  expect(leaky.requests.some((r) => String(r.headers.authorization).startsWith('Basic '))).toBe(true);
  expect(leaky.requests.some((r) => String(r.headers['x-api-key']) === HEADER_KEY)).toBe(true);
}, 120_000);
afterAll(async () => {
  removeWorkspaces();
  await Promise.all(servers.map((s) => s.close()));
});

describe('E: redaction by value (unit)', () => {
  it('E34: credentials in a URL are registered raw, decoded and as their Basic token; short values are not secrets', () => {
    clearSecrets();
    registerUrlSecrets('http://alice:p%40ss-word-1@127.0.0.1:9/v1');
    registerSecret('abc');
    const basic = Buffer.from('alice:p@ss-word-1').toString('base64');
    expect(redact(`got p@ss-word-1, p%40ss-word-1, Basic ${basic}, user alice, abc`)).toBe('got [REDACTED], [REDACTED], Basic [REDACTED], user alice, abc'); // 'alice' is under 6 characters: not a secret
    expect(redact('see https://bob:hunter2@127.0.0.1:9110/x')).toBe('see https://[REDACTED]@127.0.0.1:9110/x');
    expect(redactDeep({ a: ['p@ss-word-1'], n: 1 })).toEqual({ a: ['[REDACTED]'], n: 1 });
    clearSecrets();
  });

  it('redactDeep copies only what it redacts: the original is left as it was, and a value with nothing to redact is returned as it is', () => {
    clearSecrets();
    registerSecret('p@ss-word-1');
    const record = { output: 'said p@ss-word-1', nested: { url: 'https://bob:hunter2@127.0.0.1:9110/x', keep: ['plain', 2] }, n: null };
    const redacted = redactDeep(record);
    expect(redacted).toEqual({ output: 'said [REDACTED]', nested: { url: 'https://[REDACTED]@127.0.0.1:9110/x', keep: ['plain', 2] }, n: null });
    expect(record.output).toBe('said p@ss-word-1');
    expect(record.nested.url).toBe('https://bob:hunter2@127.0.0.1:9110/x');
    expect(redacted.nested.keep).toBe(record.nested.keep);
    const clean = { output: 'A', tokens: [1, 2], meta: { at: 'http://127.0.0.1:9/v1' } };
    expect(redactDeep(clean)).toBe(clean);
    clearSecrets();
  });

  it('issue 14: credential-named query parameters of a base URL are registered by value (raw and decoded); in any URL written, such parameters are redacted even unregistered; others are kept', () => {
    clearSecrets();
    registerUrlSecrets('https://127.0.0.1:9111/v1?api-version=2024-10-21&api_key=k%2Fey-value-123&sig=abcdef123456&code=fn-code-7788');
    expect(redact('echo k%2Fey-value-123 k/ey-value-123 abcdef123456 fn-code-7788 2024-10-21')).toBe('echo [REDACTED] [REDACTED] [REDACTED] [REDACTED] 2024-10-21');
    expect(redact('GET https://127.0.0.1:9109/x?Access_Token=zz-unregistered-1&page=2 failed')).toBe('GET https://127.0.0.1:9109/x?Access_Token=[REDACTED]&page=2 failed');
    expect(redact('a query-looking phrase outside a URL: ?token=visible')).toBe('a query-looking phrase outside a URL: ?token=visible');
    clearSecrets();
  });

  it('E34: a key holding characters JSON escapes (" and \\) is redacted in the cache and in records, not only its escaped form', async () => {
    clearSecrets();
    const odd = 'sk-odd"quote\\back-1234';
    registerSecret(odd);
    const dir = workspace(1).dir;
    const cache = await ResponseCache.open(path.join(dir, '.cache'));
    cache.put('k'.repeat(64), { text: `echo ${odd}`, finishReason: 'stop', ttftMs: 1, latencyMs: 1, inputTokens: 1, outputTokens: 1, costUsd: null } as never);
    cache.close();
    const line = serializeRecord({ output: `echo ${odd}` } as never);
    clearSecrets();
    for (const text of [fs.readFileSync(path.join(dir, '.cache', 'responses.jsonl'), 'utf8'), line]) {
      expect(text).toContain('echo [REDACTED]');
      expect(text).not.toContain('quote');
    }
  });
});

describe('E: secrets', () => {
  it('E34: the runs did what the test needs (locked stopped on 401, leaky recorded item errors and answers)', () => {
    expect(runs[0]!.code, runs[0]!.stderr).toBe(3);
    expect(runs[0]!.stderr).toContain('E34_KEY');
    const records = fs.readFileSync(path.join(onlyRun(out), 'records.jsonl'), 'utf8');
    expect(records).toContain('[REDACTED]');
    expect(records).toMatch(/"error":"[^\n]*status 400: bad key/);
  });

  const nowhere = (secret: string) => {
    const files = [...allFiles(out), ...allFiles(out2), path.join(ws.dir, 'step-summary.md')];
    expect(files.length).toBeGreaterThan(6);
    expect(files.some((f) => f.includes(`${path.sep}.cache${path.sep}`))).toBe(true);
    {
      for (const f of files) {
        if (!fs.existsSync(f)) continue;
        const bytes = fs.readFileSync(f);
        expect(bytes.includes(Buffer.from(secret)), `${secret} in ${f}`).toBe(false);
        expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} (UTF-16) in ${f}`).toBe(false);
      }
      for (const r of runs) expect(r.stdout + r.stderr).not.toContain(secret);
    }
  };

  it('E34: the key appears nowhere: run folder, cache, reports, step summary, stdout, stderr', () => nowhere(KEY));

  it('E34: a password in base_url, echoed by the server in its answers, appears nowhere either', () => nowhere(URL_PASSWORD));

  it('issue 14: a key in the base URL\'s query string appears nowhere: run folders, cache, history store, junit.xml, reports, terminal', () => {
    expect(allFiles(out2).some((f) => f.endsWith('.history.duckdb'))).toBe(true);
    expect(allFiles(out2).some((f) => f.endsWith('junit.xml'))).toBe(true);
    expect(runs.at(-1)!.stdout).toContain('query'); // bench history read the store back
    nowhere(QUERY_KEY);
  });

  it('issue 14: a header value from models.yaml appears nowhere', () => nowhere(HEADER_KEY));

  it('E35: the manifest stores the names of environment variables, never their values', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(onlyRun(out), 'manifest.json'), 'utf8'));
    expect(manifest.env_vars).toEqual(['E34_KEY']);
    expect(manifest.models.find((m: any) => m.id === 'leaky').api_key_env).toBe('E34_KEY');
    expect(JSON.stringify(manifest)).not.toMatch(/"api_key"/);
  });

  it('E34: run and cache folders are readable by their owner only (dirs 0700, files 0600)', () => {
    const run = onlyRun(out);
    const loose: string[] = [];
    for (const dir of [run, path.join(out, '.cache')]) {
      const walk = (p: string) => {
        const st = fs.statSync(p);
        if ((st.mode & 0o077) !== 0) loose.push(`${path.relative(out, p)} ${(st.mode & 0o777).toString(8)}`);
        if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
      };
      walk(dir);
    }
    expect(loose).toEqual([]);
  });
});
