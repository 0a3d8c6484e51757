/**
 * RELIABILITY.md section C (crashes, resume, concurrent runs), through the built `bench` binary.
 * Unit-level guarantees (records file, fingerprint, lock) are in ./store.test.ts; the cache
 * (C29) in ./cache.test.ts. Also covered elsewhere: a basic kill -9 + resume and a changed
 * suite refused, in test/cli/faults.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench } from '../helpers/bench.js';
import { runDirOf, waitForLines, workspace, serverPool } from './helpers.js';

const serve = serverPool();
const recordsFile = (out: string) => path.join(onlyRun(out), 'records.jsonl');
const keyOf = (r: any) => `${r.model}/${r.item_id}/${r.sample}`;

/** Every (item, model, sample) exactly once, each correct. */
function expectGroundTruth(records: any[], items: string[], models: string[], samples: number): void {
  const want = items.flatMap((i) => models.flatMap((m) => Array.from({ length: samples }, (_, s) => `${m}/${i}/${s}`))).sort();
  expect(records.map(keyOf).sort()).toEqual(want);
  expect(records.filter((r) => r.correct !== true).map(keyOf)).toEqual([]);
}

describe('C: crashes and resume, end to end', () => {
  const ws = workspace(8);
  const items = Object.keys(ws.answers);

  it('C24: kill -9 at a random point, then --resume → errored jobs redone, finished ones not, every (item, model, sample) exactly once', async () => {
    // quiz-002's first request answers 400: an error record that the resume must redo.
    const server = await serve(startOpenAIServer({ answer: ws.reply, delayMs: 40, faults: ({ body, n }) => (itemIdOf(body.messages) === 'quiz-002' && n === 1 ? { status: 400 } : undefined) }));
    const models = ws.models('c24.yaml', [{ id: 'a', url: server.url }, { id: 'b', url: server.url, concurrency: 1 }]);
    const out = ws.out('c24');
    const killAt = 4 + Math.floor(Math.random() * 16); // of 32 jobs
    const args = ['run', '--suite', 'quiz', '--models', models, '--out', out, '--samples', '2', '--no-cache'];
    // The kill waits for the 400's error record too: killed before model b reached quiz-002, the
    // resume itself would get the 400 (the server's first request of that prompt) and keep an error.
    const erred = (text: string) => text.split('\n').some((l) => l.includes('"quiz-002"') && l.includes('"model":"b"') && !l.includes('"error":null'));
    const first = await runBench(args, { cwd: ws.dir, onSpawn: (child) => void waitForLines(() => runDirOf(out) && path.join(runDirOf(out)!, 'records.jsonl'), killAt, 20_000, erred).then(() => child.kill('SIGKILL')) });
    expect(first.signal, `killAt ${killAt}`).toBe('SIGKILL');
    const before = readJsonl(recordsFile(out));
    const finished = new Set(before.filter((r) => r.error === null).map(keyOf));
    const sent = server.requests.length;
    const res = await runBench([...args, '--resume', onlyRun(out)], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    // No finished (model, item) pair was asked again for every sample it had.
    for (const k of finished) {
      const [m, i] = k.split('/');
      const again = server.requests.slice(sent).filter((r) => r.model === `fake-${m}` && itemIdOf(r.messages) === i).length;
      const missing = 2 - [...finished].filter((f) => f.startsWith(`${m}/${i}/`)).length;
      expect(again, `${k} re-requested`).toBeLessThanOrEqual(missing);
    }
    expectGroundTruth(readJsonl(recordsFile(out)), items, ['a', 'b'], 2);
    expect(JSON.parse(fs.readFileSync(path.join(onlyRun(out), 'manifest.json'), 'utf8')).status).toBe('complete');
  });

  it('C25: a torn last line → resume warns, sets it aside and appends on; a corrupt middle line → exit 2 naming file:line', async () => {
    const server = await serve(startOpenAIServer({ answer: ws.reply, delayMs: 30 }));
    const models = ws.models('c25.yaml', [{ id: 'a', url: server.url, concurrency: 1 }]);
    const out = ws.out('c25');
    const args = ['run', '--suite', 'quiz', '--models', models, '--out', out, '--no-cache'];
    await runBench(args, { cwd: ws.dir, onSpawn: (child) => void waitForLines(() => runDirOf(out) && path.join(runDirOf(out)!, 'records.jsonl'), 3).then(() => child.kill('SIGKILL')) });
    const file = recordsFile(out);
    const good = fs.readFileSync(file, 'utf8');
    fs.appendFileSync(file, '{"suite":"quiz","item_id":"quiz-0');
    const res = await runBench([...args, '--resume', onlyRun(out)], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/torn last line/);
    expect(fs.readFileSync(`${file}.torn`, 'utf8')).toBe('{"suite":"quiz","item_id":"quiz-0');
    expectGroundTruth(readJsonl(file), items, ['a'], 1);

    const lines = good.trimEnd().split('\n');
    fs.writeFileSync(file, [lines[0], '{"suite":"quiz", broken', ...lines.slice(1)].join('\n') + '\n');
    const bad = await runBench([...args, '--resume', onlyRun(out)], { cwd: ws.dir });
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toContain(`${file}:2`);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('C26: SIGINT → in-flight requests cancelled within the 5 s grace, records flushed, exit 3, manifest and summary marked incomplete; resume completes', async () => {
    // Items after the 3rd take 60 s: they are in flight when SIGINT comes.
    let slow = true;
    const server = await serve(startOpenAIServer({ answer: ws.reply, faults: ({ index }) => (slow && index >= 3 ? { kind: 'no-headers', ms: 60_000 } : undefined) }));
    const models = ws.models('c26.yaml', [{ id: 'a', url: server.url, concurrency: 2, timeout_s: 120 }]);
    const out = ws.out('c26');
    const args = ['run', '--suite', 'quiz', '--models', models, '--out', out, '--no-cache'];
    let sigintAt = 0;
    const first = await runBench(args, {
      cwd: ws.dir,
      onSpawn: (child) =>
        void waitForLines(() => runDirOf(out) && path.join(runDirOf(out)!, 'records.jsonl'), 3).then(async () => {
          await new Promise((r) => setTimeout(r, 200)); // the next two are now in flight
          sigintAt = Date.now();
          child.kill('SIGINT');
        }),
    });
    const took = Date.now() - sigintAt;
    expect(first.code, first.stderr).toBe(3);
    expect(took).toBeGreaterThan(4_000);
    expect(took).toBeLessThan(9_000);
    expect(server.requests.length).toBe(5);
    expect(server.requests.slice(3).every((r) => r.status === 0 && r.handledMs > 0)).toBe(true); // the client hung up
    const run = onlyRun(out);
    expect(readJsonl(path.join(run, 'records.jsonl'))).toHaveLength(3);
    expect(JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8')).status).toBe('incomplete');
    expect(JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8')).complete).toBe(false);
    expect(first.stderr).toContain('--resume');

    slow = false;
    const again = await runBench([...args, '--resume', run], { cwd: ws.dir });
    expect(again.code, again.stderr).toBe(0);
    expectGroundTruth(readJsonl(path.join(run, 'records.jsonl')), items, ['a'], 1);
  });

  it('C26: SIGINT then a second SIGINT → exits 3 at once; resume then finishes the run exactly once', async () => {
    let slow = true;
    const server = await serve(startOpenAIServer({ answer: ws.reply, faults: ({ index }) => (slow && index >= 2 ? { kind: 'no-headers', ms: 60_000 } : undefined) }));
    const models = ws.models('c26b.yaml', [{ id: 'a', url: server.url, concurrency: 2 }]);
    const out = ws.out('c26b');
    const args = ['run', '--suite', 'quiz', '--models', models, '--out', out, '--no-cache'];
    let secondAt = 0;
    const first = await runBench(args, {
      cwd: ws.dir,
      onSpawn: (child) =>
        void waitForLines(() => runDirOf(out) && path.join(runDirOf(out)!, 'records.jsonl'), 2).then(async () => {
          await new Promise((r) => setTimeout(r, 200));
          child.kill('SIGINT');
          await new Promise((r) => setTimeout(r, 300));
          secondAt = Date.now();
          child.kill('SIGINT');
        }),
    });
    expect(first.code, first.stderr).toBe(3);
    expect(Date.now() - secondAt).toBeLessThan(2_000);
    slow = false;
    const res = await runBench([...args, '--resume', onlyRun(out)], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    expectGroundTruth(readJsonl(recordsFile(out)), items, ['a'], 1);
  });

  it('C26: after SIGINT no new request is sent: queued jobs are dropped, only those in flight may finish', async () => {
    const server = await serve(startOpenAIServer({ answer: ws.reply, delayMs: 700 }));
    const models = ws.models('c26q.yaml', [{ id: 'a', url: server.url, concurrency: 1 }]);
    const out = ws.out('c26q');
    let sigintAt = 0;
    const first = await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out, '--no-cache'], {
      cwd: ws.dir,
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (server.requests.length === 1 && sigintAt === 0) {
            clearInterval(poll);
            setTimeout(() => {
              sigintAt = Date.now();
              child.kill('SIGINT');
            }, 200);
          }
        }, 5);
      },
    });
    expect(first.code, first.stderr).toBe(3);
    expect(server.requests.filter((r) => r.startedAt > sigintAt).map((r) => itemIdOf(r.messages))).toEqual([]);
    expect(readJsonl(recordsFile(out))).toHaveLength(1); // the one in flight finished within the grace
  });

  it('C26: SIGTERM (a scheduler stopping the job) → records flushed, exit 3, manifest incomplete; resume completes', async () => {
    const server = await serve(startOpenAIServer({ answer: ws.reply, delayMs: 80 }));
    const models = ws.models('c26t.yaml', [{ id: 'a', url: server.url, concurrency: 1 }]);
    const out = ws.out('c26t');
    const args = ['run', '--suite', 'quiz', '--models', models, '--out', out, '--no-cache'];
    const first = await runBench(args, { cwd: ws.dir, onSpawn: (child) => void waitForLines(() => runDirOf(out) && path.join(runDirOf(out)!, 'records.jsonl'), 2).then(() => child.kill('SIGTERM')) });
    expect(first.code, first.stderr).toBe(3);
    const run = onlyRun(out);
    expect(JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8')).status).toBe('incomplete');
    const partial = readJsonl(path.join(run, 'records.jsonl'));
    expect(partial.length).toBeGreaterThanOrEqual(2);
    expect(partial.length).toBeLessThan(8);
    const res = await runBench([...args, '--resume', run], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    expectGroundTruth(readJsonl(path.join(run, 'records.jsonl')), items, ['a'], 1);
  });

  it('C27: resume after a model parameter change → refused (exit 2) showing what changed, nothing written', async () => {
    const server = await serve(startOpenAIServer({ answer: ws.reply }));
    const out = ws.out('c27');
    const v1 = ws.models('c27.yaml', [{ id: 'a', url: server.url, extra: ['    params: { temperature: 0 }'] }]);
    const ok = await runBench(['run', '--suite', 'quiz', '--models', v1, '--out', out, '--limit', '4'], { cwd: ws.dir });
    expect(ok.code, ok.stderr).toBe(0);
    const run = onlyRun(out);
    const before = fs.readFileSync(path.join(run, 'records.jsonl'), 'utf8');
    ws.models('c27.yaml', [{ id: 'a', url: server.url, extra: ['    params: { temperature: 0.7 }'] }]);
    const res = await runBench(['run', '--suite', 'quiz', '--models', v1, '--out', out, '--limit', '4', '--resume', run], { cwd: ws.dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/model:a: \w+ → \w+/);
    expect(res.stderr).toContain('model:a params: {"temperature":0} → {"temperature":0.7}');
    expect(res.stderr).toContain('without --resume');
    const limit = await runBench(['run', '--suite', 'quiz', '--models', v1, '--out', out, '--limit', '5', '--resume', run], { cwd: ws.dir });
    expect(limit.code).toBe(2);
    expect(limit.stderr).toMatch(/limit: 4 → 5/);
    expect(fs.readFileSync(path.join(run, 'records.jsonl'), 'utf8')).toBe(before);
  });

  it('C28: a second bench run --resume on a live run folder is refused at once naming the pid; after kill -9 the stale lock is taken over', async () => {
    const server = await serve(startOpenAIServer({ answer: ws.reply, delayMs: 300 }));
    const models = ws.models('c28.yaml', [{ id: 'a', url: server.url, concurrency: 1 }]);
    const out = ws.out('c28');
    const args = ['run', '--suite', 'quiz', '--models', models, '--out', out, '--no-cache'];
    let second: Awaited<ReturnType<typeof runBench>> | undefined;
    let secondMs = 0;
    let firstPid = 0;
    const first = await runBench(args, {
      cwd: ws.dir,
      onSpawn: (child) => {
        firstPid = child.pid!;
        void waitForLines(() => runDirOf(out) && path.join(runDirOf(out)!, 'records.jsonl'), 1).then(async () => {
          const t0 = Date.now();
          second = await runBench([...args, '--resume', runDirOf(out)!], { cwd: ws.dir });
          secondMs = Date.now() - t0;
          child.kill('SIGKILL');
        });
      },
    });
    expect(first.signal).toBe('SIGKILL');
    expect(second!.code, second!.stderr).toBe(2);
    expect(second!.stderr).toContain(`pid ${firstPid}`);
    expect(secondMs).toBeLessThan(5_000);
    const run = onlyRun(out);
    expect(JSON.parse(fs.readFileSync(path.join(run, '.lock'), 'utf8')).pid).toBe(firstPid); // left behind by kill -9
    const res = await runBench([...args, '--resume', run], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    expectGroundTruth(readJsonl(path.join(run, 'records.jsonl')), items, ['a'], 1);
    expect(fs.existsSync(path.join(run, '.lock'))).toBe(false);
  });
});
