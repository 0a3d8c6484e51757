/**
 * End to end: faults are retried into the right result, an interrupted run
 * resumes without re-sending finished work, and bad input exits 2 cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';

function modelsYaml(url: string, extra = ''): string {
  return ['models:', '  - id: m1', '    provider: openai', '    model: good', `    base_url: ${url}`, '    concurrency: 2', extra, ''].join('\n');
}

describe('faults, resume and bad input', () => {
  let dir: string;
  let answers: Record<string, string>;
  const servers: Array<{ close(): Promise<void> }> = [];

  beforeAll(() => {
    dir = tempDir();
    ({ answers } = writeChoiceSuite(dir, 'quiz', 12));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it('retries 429 (Retry-After), 500, a reset connection and a cut stream into exactly one correct record each', async () => {
    const faultFor: Record<string, any> = {
      'quiz-001': { status: 429, headers: { 'retry-after': '0' }, body: '{"error":{"message":"slow down","type":"rate_limit"}}' },
      'quiz-002': { status: 500, body: '{"error":{"message":"boom"}}' },
      'quiz-003': { kind: 'reset' },
      'quiz-004': { kind: 'cut' },
      'quiz-005': { kind: 'no-done' },
    };
    const seen = new Set<string>();
    const server = await startOpenAIServer({
      answer: ({ messages }) => `Answer: ${answers[itemIdOf(messages)!]}`,
      faults: ({ body }) => {
        const id = itemIdOf(body.messages)!;
        if (faultFor[id] && !seen.has(id)) {
          seen.add(id);
          return faultFor[id];
        }
        return undefined;
      },
    });
    servers.push(server);
    fs.writeFileSync(path.join(dir, 'faults.yaml'), modelsYaml(server.url));
    const out = path.join(dir, 'out-faults');
    const res = await runBench(['run', '--suite', 'quiz', '--models', 'faults.yaml', '--out', out], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const records = readJsonl(path.join(onlyRun(out), 'records.jsonl'));
    expect(records).toHaveLength(12);
    expect(records.every((r) => r.correct === true && r.error === null)).toBe(true);
    const attempts = Object.fromEntries(records.map((r) => [r.item_id, r.attempts]));
    for (const id of Object.keys(faultFor)) expect(attempts[id], id).toBe(2);
    expect(attempts['quiz-006']).toBe(1);
    expect(server.requests.length).toBe(12 + 5);
  });

  it('a 400 is an item error, not a wrong answer, and is not retried', async () => {
    const server = await startOpenAIServer({
      answer: ({ messages }) => `Answer: ${answers[itemIdOf(messages)!]}`,
      faults: ({ body }) =>
        itemIdOf(body.messages) === 'quiz-007' ? { status: 400, body: '{"error":{"message":"maximum context length exceeded"}}' } : undefined,
    });
    servers.push(server);
    fs.writeFileSync(path.join(dir, 'bad400.yaml'), modelsYaml(server.url));
    const out = path.join(dir, 'out-400');
    const res = await runBench(['run', '--suite', 'quiz', '--models', 'bad400.yaml', '--out', out], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const run = onlyRun(out);
    const rec = readJsonl(path.join(run, 'records.jsonl')).find((r) => r.item_id === 'quiz-007');
    expect(rec.error).toContain('maximum context length');
    expect(rec.correct).toBeNull();
    expect(rec.attempts).toBe(1);
    const summary = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));
    expect(summary.rows[0].errors).toBe(1);
    expect(summary.rows[0].n).toBe(11);
    expect(summary.rows[0].accuracy).toBe(1);
  });

  it('stops a model whose endpoint is down after 10 jobs in a row fail, instead of retrying every item', async () => {
    // A port that was just closed: every connection is refused.
    const probe = await startOpenAIServer({ answer: () => 'A' });
    const url = probe.url;
    await probe.close();
    const items = path.join(dir, 'tasks', 'many');
    fs.mkdirSync(items, { recursive: true });
    fs.copyFileSync(path.join(dir, 'tasks', 'quiz', 'suite.yaml'), path.join(items, 'suite.yaml'));
    fs.writeFileSync(
      path.join(items, 'items.jsonl'),
      Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `m${i}`, question: `Question m${i}: ?`, choices: { A: 'a', B: 'b' }, answer: 'A' })).join('\n') + '\n',
    );
    fs.writeFileSync(path.join(dir, 'down.yaml'), modelsYaml(url));
    const out = path.join(dir, 'out-down');
    const t0 = Date.now();
    const res = await runBench(['run', '--suite', 'many', '--models', 'down.yaml', '--out', out], { cwd: dir });
    expect(res.code, res.stderr).toBe(3);
    expect(res.stderr).toMatch(/m1 stopped.*looks down: 10 jobs in a row/);
    const records = readJsonl(path.join(onlyRun(out), 'records.jsonl'));
    expect(records.length).toBeGreaterThanOrEqual(10);
    expect(records.length).toBeLessThanOrEqual(12); // the jobs already in flight may finish
    expect(records.every((r) => r.error_kind === 'connection' && r.correct === null)).toBe(true);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('after kill -9 midway, --resume requests only what had not finished', async () => {
    const server = await startOpenAIServer({ answer: ({ messages }) => `Answer: ${answers[itemIdOf(messages)!]}`, delayMs: 150 });
    servers.push(server);
    fs.writeFileSync(path.join(dir, 'slow.yaml'), modelsYaml(server.url).replace('concurrency: 2', 'concurrency: 1'));
    const out = path.join(dir, 'out-resume');
    const first = await runBench(['run', '--suite', 'quiz', '--models', 'slow.yaml', '--out', out, '--no-cache'], {
      cwd: dir,
      onSpawn: (child) => {
        const poll = setInterval(() => {
          try {
            const run = onlyRun(out);
            const lines = fs.readFileSync(path.join(run, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
            if (lines.length >= 5) {
              clearInterval(poll);
              child.kill('SIGKILL');
            }
          } catch {
            /* not there yet */
          }
        }, 20);
      },
    });
    expect(first.signal).toBe('SIGKILL');
    const run = onlyRun(out);
    const before = readJsonl(path.join(run, 'records.jsonl'));
    const finished = new Set(before.map((r) => r.item_id));
    expect(finished.size).toBeGreaterThanOrEqual(5);
    expect(finished.size).toBeLessThan(12);
    const sentBefore = server.requests.length;
    const res = await runBench(['run', '--suite', 'quiz', '--models', 'slow.yaml', '--out', out, '--no-cache', '--resume', run], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const resent = server.requests.slice(sentBefore).map((r) => itemIdOf(r.messages)!);
    expect(resent.filter((id) => finished.has(id))).toEqual([]);
    const after = readJsonl(path.join(run, 'records.jsonl'));
    expect(after).toHaveLength(12);
    expect(new Set(after.map((r) => r.item_id)).size).toBe(12);
  });

  it('refuses to resume a run whose suite changed, showing what changed', async () => {
    const out = path.join(dir, 'out-resume');
    const run = onlyRun(out);
    const copy = path.join(dir, 'tasks', 'quiz2');
    fs.cpSync(path.join(dir, 'tasks', 'quiz'), copy, { recursive: true });
    fs.appendFileSync(path.join(dir, 'tasks', 'quiz', 'items.jsonl'), JSON.stringify({ id: 'quiz-999', question: 'Question quiz-999: x?', choices: { A: 'a', B: 'b' }, answer: 'A' }) + '\n');
    try {
      const res = await runBench(['run', '--suite', 'quiz', '--models', 'slow.yaml', '--out', out, '--resume', run], { cwd: dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('suite:quiz');
      expect(res.stderr).not.toContain('    at ');
    } finally {
      fs.rmSync(path.join(dir, 'tasks', 'quiz'), { recursive: true });
      fs.renameSync(copy, path.join(dir, 'tasks', 'quiz'));
    }
  });

  describe('bad input: one clear message, exit 2, no run folder', () => {
    const cases: Array<[string, () => string[], string | RegExp]> = [
      ['malformed YAML', () => (fs.writeFileSync(path.join(dir, 'broken.yaml'), 'models:\n  - id: a\n    provider: [openai\n'), ['--models', 'broken.yaml']), /broken\.yaml:\d+/],
      ['an unknown key with a suggestion', () => (fs.writeFileSync(path.join(dir, 'typo.yaml'), modelsYaml('http://127.0.0.1:9/v1', '    params: { temprature: 0 }')), ['--models', 'typo.yaml']), /temperature/],
      ['an unknown model id', () => (fs.writeFileSync(path.join(dir, 'ok.yaml'), modelsYaml('http://127.0.0.1:9/v1')), ['--models', 'ok.yaml', '--model', 'nope']), /nope/],
      ['an unknown suite', () => ['--models', 'ok.yaml', '--suite', 'no-such-suite'], /no-such-suite/],
      ['a missing key variable', () => (fs.writeFileSync(path.join(dir, 'envvar.yaml'), modelsYaml('http://127.0.0.1:9/v1', '    api_key_env: NOT_SET_ANYWHERE')), ['--models', 'envvar.yaml']), /NOT_SET_ANYWHERE/],
      ['duplicate item ids', () => {
        const f = path.join(dir, 'tasks', 'dups');
        fs.mkdirSync(f, { recursive: true });
        fs.copyFileSync(path.join(dir, 'tasks', 'quiz', 'suite.yaml'), path.join(f, 'suite.yaml'));
        const line = JSON.stringify({ id: 'x1', question: 'q', choices: { A: 'a', B: 'b' }, answer: 'A' });
        fs.writeFileSync(path.join(f, 'items.jsonl'), `${line}\n${line}\n`);
        return ['--models', 'ok.yaml', '--suite', 'dups'];
      }, /x1/],
      ['an item missing a template field', () => {
        const f = path.join(dir, 'tasks', 'missing');
        fs.mkdirSync(f, { recursive: true });
        fs.copyFileSync(path.join(dir, 'tasks', 'quiz', 'suite.yaml'), path.join(f, 'suite.yaml'));
        fs.writeFileSync(path.join(f, 'items.jsonl'), JSON.stringify({ id: 'm1', choices: { A: 'a', B: 'b' }, answer: 'A' }) + '\n');
        return ['--models', 'ok.yaml', '--suite', 'missing'];
      }, /question/],
      ['a bad flag value', () => ['--models', 'ok.yaml', '--samples', '0'], /samples/],
    ];
    for (const [name, setup, message] of cases) {
      it(name, async () => {
        const args = setup();
        const out = path.join(dir, `out-bad-${name.replace(/\W+/g, '-')}`);
        const full = ['run', ...(args.includes('--suite') ? [] : ['--suite', 'quiz']), '--out', out, ...args];
        const res = await runBench(full, { cwd: dir });
        expect(res.code, res.stderr).toBe(2);
        expect(res.stderr).toMatch(message);
        expect(res.stderr).not.toMatch(/\n\s+at /);
        expect(fs.existsSync(out) && fs.readdirSync(out).length > 0).toBe(false);
      });
    }
  });
});
