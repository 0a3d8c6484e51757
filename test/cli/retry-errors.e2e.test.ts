/**
 * End to end: `bench run --retry-errors <run-dir>` through the built binary against a loopback
 * OpenAI server whose model "flaky" answers some items with a 400 the first time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;

/** Items quiz-003, quiz-006, quiz-009: a 400 for model "flaky" on their first request. */
const failsFirst = (id: string): boolean => Number(id.slice(-3)) % 3 === 0;

describe('bench run --retry-errors', () => {
  let dir: string;
  let server: Fake;
  let firstRun: string;

  beforeAll(async () => {
    dir = tempDir();
    // Two suites of the same items under other ids, so each test's first requests are first ones.
    const answers = { ...writeChoiceSuite(dir, 'quiz', 9).answers, ...writeChoiceSuite(dir, 'quiz2', 9).answers };
    server = await startOpenAIServer({
      answer: ({ messages }) => `The answer is ${answers[itemIdOf(messages)!]}.`,
      faults: ({ body, n }) => (body.model === 'flaky' && n === 1 && failsFirst(itemIdOf(body.messages)!) ? { status: 400, body: JSON.stringify({ error: { message: 'scripted bad request', type: 'invalid_request_error' } }) } : undefined),
    });
    fs.writeFileSync(
      path.join(dir, 'models.yaml'),
      ['models:', ...['steady', 'flaky'].flatMap((m) => [`  - id: ${m}`, '    provider: openai', `    model: ${m}`, `    base_url: ${server.url}`, '    price: { input_per_mtok: 1, output_per_mtok: 2 }'])].join('\n') + '\n',
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  const keyOf = (r: any): string => `${r.model}/${r.item_id}/${r.sample}`;

  it('requests only the error records again and replaces them in place, leaving every other record as it was', async () => {
    const out = path.join(dir, 'out1');
    const first = await runBench(['run', '--suite', 'quiz', '--out', out, '--no-progress'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const run = onlyRun(out);
    firstRun = run;
    const before = fs.readFileSync(path.join(run, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    const errored = before.map((l) => JSON.parse(l)).filter((r) => r.error !== null).map(keyOf).sort();
    expect(errored).toEqual(['flaky/quiz-003/0', 'flaky/quiz-006/0', 'flaky/quiz-009/0']);
    const sent = server.requests.length;

    const retry = await runBench(['run', '--retry-errors', run, '--no-progress'], { cwd: dir });
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stderr).toContain('retrying 3 error record(s)');
    const asked = server.requests.slice(sent).map((r: any) => `${r.body.model}/${itemIdOf(r.body.messages)}/0`).sort();
    expect(asked).toEqual(errored);

    const after = fs.readFileSync(path.join(run, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(after).toHaveLength(before.length);
    const records = after.map((l) => JSON.parse(l));
    expect(new Set(records.map(keyOf)).size).toBe(18);
    expect(records.filter((r) => r.error !== null)).toEqual([]);
    // Every record not retried is byte for byte what it was, and in its place.
    before.forEach((line, i) => {
      if (!errored.includes(keyOf(JSON.parse(line)))) expect(after[i]).toBe(line);
    });
    expect(fs.existsSync(path.join(run, 'records.retry.jsonl'))).toBe(false);
    const manifest = JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8'));
    expect(manifest.status).toBe('complete');
    expect(manifest.error_retries).toHaveLength(1);
    expect(manifest.error_retries[0]).toMatchObject({ errors: 3, retried: 3, still_errors: 0 });
    expect(Date.parse(manifest.error_retries[0].finished_at)).toBeGreaterThanOrEqual(Date.parse(manifest.error_retries[0].started_at));
    const summary = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));
    const flaky = summary.rows.find((r: any) => r.model === 'flaky');
    expect(flaky).toMatchObject({ n: 9, correct: 9, errors: 0 });

    // Nothing left to retry: no request, the count says so.
    const sentAgain = server.requests.length;
    const none = await runBench(['run', '--retry-errors', run, '--no-progress'], { cwd: dir });
    expect(none.code, none.stderr).toBe(0);
    expect(server.requests.length).toBe(sentAgain);
    expect(JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8')).error_retries[1]).toMatchObject({ errors: 0, retried: 0 });
  }, 90_000);

  it('finishes a retry that was killed midway: its side file is merged first and only the rest is requested', async () => {
    const out = path.join(dir, 'out2');
    const first = await runBench(['run', '--suite', 'quiz2', '--out', out, '--no-progress'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const run = onlyRun(out);
    const records = readJsonl(path.join(run, 'records.jsonl'));
    // A retry killed after quiz2-003's new record was written, before the merge (with a torn tail).
    const fixed = { ...records.find((r) => keyOf(r) === 'flaky/quiz2-003/0'), error: null, error_kind: null, output: 'The answer is C.', correct: true, score: 1 };
    fs.writeFileSync(path.join(run, 'records.retry.jsonl'), JSON.stringify(fixed) + '\n{"suite":"qu');
    const sent = server.requests.length;

    const retry = await runBench(['run', '--retry-errors', run, '--no-progress'], { cwd: dir });
    expect(retry.code, retry.stderr).toBe(0);
    const asked = server.requests.slice(sent).map((r: any) => itemIdOf(r.body.messages)).sort();
    expect(asked).toEqual(['quiz2-006', 'quiz2-009']);
    const after = readJsonl(path.join(run, 'records.jsonl'));
    expect(after).toHaveLength(18);
    expect(new Set(after.map(keyOf)).size).toBe(18);
    expect(after.filter((r) => r.error !== null)).toEqual([]);
    expect(after.find((r) => keyOf(r) === 'flaky/quiz2-003/0').output).toBe('The answer is C.');
  }, 90_000);

  it('is refused while another live process holds the run folder, like --resume', async () => {
    const run = firstRun;
    fs.writeFileSync(path.join(run, '.lock'), JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), started_at: new Date().toISOString() }));
    const res = await runBench(['run', '--retry-errors', run, '--no-progress'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(`pid ${process.pid}`);
    fs.rmSync(path.join(run, '.lock'));
  }, 90_000);

  it('leaves a run that never finished incomplete (exit 3, pointing to --resume), requesting no missing record', async () => {
    const copy = path.join(dir, 'unfinished', path.basename(firstRun));
    fs.cpSync(firstRun, copy, { recursive: true });
    const lines = fs.readFileSync(path.join(copy, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    fs.writeFileSync(path.join(copy, 'records.jsonl'), lines.slice(0, -1).join('\n') + '\n');
    const manifest = JSON.parse(fs.readFileSync(path.join(copy, 'manifest.json'), 'utf8'));
    fs.writeFileSync(path.join(copy, 'manifest.json'), JSON.stringify({ ...manifest, status: 'incomplete' }));
    const sent = server.requests.length;
    const res = await runBench(['run', '--retry-errors', copy, '--no-progress'], { cwd: dir });
    expect(res.code).toBe(3);
    expect(res.stderr).toContain('the run itself never finished');
    expect(server.requests.length).toBe(sent);
    expect(readJsonl(path.join(copy, 'records.jsonl'))).toHaveLength(17);
    expect(JSON.parse(fs.readFileSync(path.join(copy, 'manifest.json'), 'utf8')).status).toBe('incomplete');
  }, 90_000);

  it('needs a suite unless it retries a run, and refuses --resume beside it', async () => {
    const none = await runBench(['run', '--no-progress'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--suite: required');
    const both = await runBench(['run', '--retry-errors', 'a', '--resume', 'b'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give one');
  }, 90_000);
});
