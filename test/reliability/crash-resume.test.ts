/**
 * RELIABILITY.md section C (crashes, resume, concurrent runs, cache), through the built
 * `bench` binary, plus the records-file guarantees at the unit level.
 * Also covered elsewhere: a basic kill -9 + resume and a changed suite refused, in
 * test/cli/faults.e2e.test.ts; a rerun served from the cache in test/cli/run.e2e.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer, type FakeServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench } from '../helpers/bench.js';
import { spawn } from 'node:child_process';
import os from 'node:os';
import { readRecords, RecordWriter, serializeRecord, setAsideTornTail } from '../../src/store/records.js';
import { RunLock } from '../../src/store/lock.js';
import { readManifest } from '../../src/store/run-dir.js';
import { diffParts, fingerprintParts } from '../../src/store/fingerprint.js';
import { ROOT } from '../helpers/bench.js';
import type { RunRecord } from '../../src/store/types.js';
import { runDirOf, waitForLines, workspace } from './helpers.js';

const servers: FakeServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});
async function serve(s: Promise<FakeServer>): Promise<FakeServer> {
  const server = await s;
  servers.push(server);
  return server;
}
const recordsFile = (out: string) => path.join(onlyRun(out), 'records.jsonl');
const keyOf = (r: any) => `${r.model}/${r.item_id}/${r.sample}`;

/** Every (item, model, sample) exactly once, each correct. */
function expectGroundTruth(records: any[], items: string[], models: string[], samples: number): void {
  const want = items.flatMap((i) => models.flatMap((m) => Array.from({ length: samples }, (_, s) => `${m}/${i}/${s}`))).sort();
  expect(records.map(keyOf).sort()).toEqual(want);
  expect(records.filter((r) => r.correct !== true).map(keyOf)).toEqual([]);
}

function record(output: string): RunRecord {
  return {
    suite: 's', item_id: 'i1', model: 'm', sample: 0, prompt_hash: 'h', output, extracted: null, gold: 'A', score: 0, correct: false,
    reason: null, error: null, error_kind: null, ttft_ms: 1, latency_ms: 2, exec_ms: null, input_tokens: 1, output_tokens: 1,
    cost_usd: null, cached: false, attempts: 1, finish_reason: 'stop', finished_at: new Date(0).toISOString(),
  } as RunRecord;
}

describe('C: records.jsonl (unit)', () => {
  const ws = workspace(1);
  it('C24/C25: any output string — control characters, U+2028/U+2029, a lone surrogate, 1 MB — round-trips as exactly one JSON line', async () => {
    const outputs = ['a\nb\r\nc\u0000\u001b[31m\t', 'x\u2028y\u2029z\u0085', 'lone \ud800 high, lone \udfff low', 'é'.repeat(1 << 20), ''];
    const file = path.join(ws.dir, 'rt.jsonl');
    const writer = new RecordWriter(file);
    for (const o of outputs) {
      const line = serializeRecord(record(o));
      expect(line.endsWith('\n')).toBe(true);
      expect(line.slice(0, -1)).not.toMatch(/[\n\r\u2028\u2029]/);
      writer.append(record(o));
    }
    writer.close();
    expect(fs.readFileSync(file, 'utf8').split('\n')).toHaveLength(outputs.length + 1);
    const back: string[] = [];
    for await (const r of readRecords(file)) back.push(r.output!);
    expect(back).toEqual(outputs);
  });

  it('C25: a torn last line is set aside into .torn and reading goes on; a record merely missing its newline is kept', async () => {
    const file = path.join(ws.dir, 'torn.jsonl');
    fs.writeFileSync(file, serializeRecord(record('one')) + serializeRecord(record('two')).slice(0, 40));
    expect(setAsideTornTail(file)).toBe(40);
    expect(fs.readFileSync(`${file}.torn`, 'utf8')).toHaveLength(40);
    fs.appendFileSync(file, serializeRecord(record('three')).trimEnd());
    expect(setAsideTornTail(file)).toBe(0);
    const back: string[] = [];
    for await (const r of readRecords(file)) back.push(r.output!);
    expect(back).toEqual(['one', 'three']);
  });

  it('C25: a corrupt line in the middle is a hard error naming file:line', async () => {
    const file = path.join(ws.dir, 'corrupt.jsonl');
    fs.writeFileSync(file, serializeRecord(record('one')) + '{"suite": garbage\n' + serializeRecord(record('three')));
    const read = async () => {
      for await (const _ of readRecords(file)) void _;
    };
    await expect(read()).rejects.toThrow(`${file}:2`);
  });
});

describe('C24: a run folder killed before its manifest (unit)', () => {
  it('C24: --resume on it says there is nothing to resume and to run again without --resume', () => {
    const dir = path.join(workspace(1).dir, 'early');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '.lock'), '{}');
    expect(() => readManifest(dir)).toThrow(/stopped before its run began.*without --resume/);
    fs.rmSync(path.join(dir, '.lock'));
    expect(() => readManifest(dir)).toThrow(/not a bench run folder/);
  });
});

describe('C27: the run fingerprint (unit)', () => {
  const input = (params: Record<string, unknown>, base_url = 'http://127.0.0.1:9/v1') => ({
    benchVersion: '1', suites: [{ name: 'quiz', hash: 'a'.repeat(64) }], samples: 1, limit: null, seed: 1,
    models: [{ id: 'llama3.1', provider: 'openai', model: 'x', base_url, params, concurrency: 4, timeout_s: 120 } as never],
  });
  it('C27: names the changed field of a model with both values, and ignores key order and throughput knobs', () => {
    const before = fingerprintParts(input({ temperature: 0, max_tokens: 5 }));
    expect(diffParts(before, fingerprintParts(input({ max_tokens: 5, temperature: 0 })))).toEqual([]); // key order is not a change
    const changed = diffParts(before, fingerprintParts(input({ temperature: 0.7, max_tokens: 5 })));
    expect(changed).toContain('model:llama3.1 params: {"max_tokens":5,"temperature":0} → {"max_tokens":5,"temperature":0.7}');
    expect(diffParts(before, fingerprintParts(input({ temperature: 0, max_tokens: 5 }, 'http://127.0.0.1:8/v1')))).toContain(
      'model:llama3.1 base_url: "http://127.0.0.1:9/v1" → "http://127.0.0.1:8/v1"',
    );
    const knobs = input({ temperature: 0, max_tokens: 5 });
    (knobs.models[0] as any).concurrency = 16;
    expect(diffParts(before, fingerprintParts(knobs))).toEqual([]);
  });
  it('C27: a run started before the per-field parts existed still resumes (they are compared only when both sides have them)', () => {
    const now = fingerprintParts(input({ temperature: 0 }));
    const old = Object.fromEntries(Object.entries(now).filter(([k]) => !k.includes(' ')));
    expect(diffParts(old, now)).toEqual([]);
  });
});

describe('C28: the run lock (unit)', () => {
  const ws = workspace(1);
  const lockIn = (name: string, content: string) => {
    const dir = path.join(ws.dir, name);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '.lock'), content);
    return dir;
  };
  it('C28: a lock held by a live process is refused naming its pid; a dead pid or an unreadable lock is taken over', () => {
    const live = lockIn('live', JSON.stringify({ pid: process.ppid, host: os.hostname(), started_at: 'then' }));
    expect(() => RunLock.acquire(live)).toThrow(`pid ${process.ppid}`);
    const stale: Array<[string, string]> = [['dead', JSON.stringify({ pid: 2 ** 22 + 17, host: os.hostname(), started_at: 'then' })], ['torn', '{"pid": 12']];
    for (const [name, content] of stale) {
      const dir = lockIn(name, content);
      const lock = RunLock.acquire(dir);
      expect(lock.staleTakenOver).toBe(true);
      expect(JSON.parse(fs.readFileSync(path.join(dir, '.lock'), 'utf8')).pid).toBe(process.pid);
      lock.release();
      expect(fs.readdirSync(dir)).toEqual([]);
    }
  });

  it('C28: six processes finding the same stale lock at once → exactly one takes it over', async () => {
    const racer = `import { RunLock } from ${JSON.stringify(path.join(ROOT, 'dist/store/lock.js'))};
      const go = Number(process.argv[2]); while (Date.now() < go) {}
      try { const l = RunLock.acquire(process.argv[1]); console.log('won'); setTimeout(() => l.release(), 1000); } catch { console.log('locked'); }`;
    for (let trial = 0; trial < 3; trial++) {
      const dir = lockIn(`race-${trial}`, JSON.stringify({ pid: 2 ** 22 + 17, host: os.hostname(), started_at: 'then' }));
      const go = Date.now() + 700;
      const said = await Promise.all(
        Array.from({ length: 6 }, () => new Promise<string>((resolve) => {
          const child = spawn(process.execPath, ['--input-type=module', '-e', racer, dir, String(go)], { stdio: ['ignore', 'pipe', 'inherit'] });
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.on('close', () => resolve(out.trim()));
        })),
      );
      expect(said.filter((s) => s === 'won'), said.join(',')).toHaveLength(1);
    }
  });
});

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
    const first = await runBench(args, { cwd: ws.dir, onSpawn: (child) => void waitForLines(() => runDirOf(out) && path.join(runDirOf(out)!, 'records.jsonl'), killAt).then(() => child.kill('SIGKILL')) });
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

describe('C29: the response cache, end to end', () => {
  const ws = workspace(6);
  const run = (models: string, out: string) => runBench(['run', '--suite', 'quiz', '--models', models, '--out', out], { cwd: ws.dir });

  it('C29: a different model, base URL or parameter is a miss; the same config is a hit', async () => {
    const s1 = await serve(startOpenAIServer({ answer: ws.reply }));
    const s2 = await serve(startOpenAIServer({ answer: ws.reply }));
    const out = ws.out('c29');
    const base = { id: 'a', url: s1.url, extra: ['    params: { temperature: 0 }'] };
    const variants: Array<[string, typeof base, FakeServer, number]> = [
      ['first', base, s1, 6],
      ['same', base, s1, 0],
      ['param', { ...base, extra: ['    params: { temperature: 0.5 }'] }, s1, 6],
      ['base_url', { ...base, url: s2.url }, s2, 6],
      ['model', base, s1, 6],
    ];
    for (const [name, m, server, expected] of variants) {
      const file = ws.models(`c29-${name}.yaml`, [m]);
      if (name === 'model') fs.writeFileSync(path.join(ws.dir, file), fs.readFileSync(path.join(ws.dir, file), 'utf8').replace('model: fake-a', 'model: other-a'));
      const before = server.requests.length;
      const res = await run(file, out);
      expect(res.code, `${name}: ${res.stderr}`).toBe(0);
      expect(server.requests.length - before, name).toBe(expected);
    }
  });

  it('C29: error responses are never stored; a corrupt cache entry → a warning and a fresh request', async () => {
    const server = await serve(startOpenAIServer({ answer: ws.reply, faults: ({ body, n }) => (itemIdOf(body.messages) === 'quiz-002' && n === 1 ? { status: 400 } : undefined) }));
    const out = ws.out('c29b');
    const models = ws.models('c29b.yaml', [{ id: 'a', url: server.url }]);
    expect((await run(models, out)).code).toBe(0);
    const cacheFile = path.join(out, '.cache', 'responses.jsonl');
    const lines = fs.readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(5); // quiz-002 errored: not stored
    // Damage two entries: one inside its JSON (key intact), one at its start.
    lines[0] = lines[0]!.replace('"text":"', '"text":');
    lines[1] = 'garbage' + lines[1]!.slice(7);
    fs.writeFileSync(cacheFile, lines.join('\n') + '\n');
    const before = server.requests.length;
    const firstRun = onlyRun(out);
    const res = await run(models, out);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/warning: cache: .*corrupt/);
    expect(server.requests.length - before).toBe(3); // the error item and the two damaged entries
    const second = fs.readdirSync(out).filter((d) => !d.startsWith('.') && path.join(out, d) !== firstRun);
    const recs = readJsonl(path.join(out, second[0]!, 'records.jsonl'));
    expect(recs.filter((r) => r.correct === true)).toHaveLength(6);
    expect(recs.filter((r) => r.cached === true)).toHaveLength(3);
  });
});
