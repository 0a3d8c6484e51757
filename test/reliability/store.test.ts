/**
 * RELIABILITY.md section C, unit level: records.jsonl (any output string as one line, torn and
 * corrupt lines), a run folder killed before its manifest, the run fingerprint (C27) and the
 * run lock (C28). The end-to-end cases are in ./crash-resume.test.ts and ./cache.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/bench.js';
import { readRecords, RecordWriter, serializeRecord, setAsideTornTail } from '../../src/store/records.js';
import { RunLock, takeOverStale } from '../../src/store/lock.js';
import { readManifest } from '../../src/store/run-dir.js';
import { diffParts, fingerprintParts } from '../../src/store/fingerprint.js';
import type { RunRecord } from '../../src/store/types.js';
import { workspace, removeWorkspaces } from './helpers.js';

afterAll(removeWorkspaces);

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

  it('C28: a process that judged a lock stale never touches the live lock that replaced it (not even for an instant)', () => {
    const dir = lockIn('replaced', JSON.stringify({ pid: 2 ** 22 + 17, host: os.hostname(), started_at: 'then' }));
    const stale = fs.readFileSync(path.join(dir, '.lock'), 'utf8');
    const live = JSON.stringify({ pid: process.ppid, host: os.hostname(), started_at: 'now' });
    fs.writeFileSync(path.join(dir, '.lock.next'), live);
    fs.renameSync(path.join(dir, '.lock.next'), path.join(dir, '.lock')); // another process won meanwhile
    const before = fs.statSync(path.join(dir, '.lock'));
    expect(takeOverStale(dir, stale, JSON.stringify({ pid: process.pid, host: os.hostname(), started_at: 'me' }))).toEqual({ outcome: 'changed' });
    const after = fs.statSync(path.join(dir, '.lock'));
    expect([after.ino, after.ctimeMs, fs.readFileSync(path.join(dir, '.lock'), 'utf8')]).toEqual([before.ino, before.ctimeMs, live]);
    expect(fs.readdirSync(dir)).toEqual(['.lock']);
  });

  it('C28: a live process already taking over a stale lock makes the others refuse, naming it; a taker that died is skipped', () => {
    const deadPid = 2 ** 22 + 17;
    const staleRaw = JSON.stringify({ pid: deadPid, host: os.hostname(), started_at: 'then' });
    const busy = lockIn('busy', staleRaw);
    const hash = createHash('sha256').update(staleRaw).digest('hex').slice(0, 16);
    fs.writeFileSync(path.join(busy, `.lock.takeover-${hash}.0`), JSON.stringify({ pid: process.ppid, host: os.hostname(), started_at: 'now' }));
    expect(() => RunLock.acquire(busy)).toThrow(`being taken over by another bench process (pid ${process.ppid})`);
    const orphan = lockIn('orphan', staleRaw);
    fs.writeFileSync(path.join(orphan, `.lock.takeover-${hash}.0`), staleRaw); // its creator died mid-takeover
    const lock = RunLock.acquire(orphan);
    expect(lock.staleTakenOver).toBe(true);
    lock.release();
    expect(fs.readdirSync(orphan)).toEqual([]);
  });

  it('C28: of many processes finding the same stale lock at once, exactly one takes it over — repeated, with every contender spinning on the shared cores', async () => {
    // Each contender races when told (`go <dir>`), after spinning a random 0–20 ms (CPU load and
    // staggered arrival), and holds what it got until told to release, so a contender that the
    // scheduler runs late can never find the lock released and "win" a second time.
    const racer = `import { RunLock } from ${JSON.stringify(path.join(ROOT, 'dist/store/lock.js'))};
      import readline from 'node:readline';
      let lock = null;
      for await (const line of readline.createInterface({ input: process.stdin })) {
        if (line.startsWith('go ')) {
          const until = Date.now() + Math.random() * 20; while (Date.now() < until) {}
          try { lock = RunLock.acquire(line.slice(3)); console.log('won'); } catch { console.log('locked'); }
        } else { lock?.release(); lock = null; console.log('released'); }
      }`;
    const contenders = Array.from({ length: 12 }, () => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', racer], { stdio: ['pipe', 'pipe', 'inherit'] });
      const said: string[] = [];
      let waiting: (() => void) | null = null;
      let buffered = '';
      child.stdout.on('data', (d: Buffer) => {
        const parts = (buffered + d).split('\n');
        buffered = parts.pop()!;
        said.push(...parts);
        waiting?.();
      });
      child.on('close', () => waiting?.());
      const say = (line: string): Promise<string> => new Promise((resolve, reject) => {
        const want = said.length + 1;
        waiting = () => {
          if (said.length >= want) resolve(said[want - 1]!);
          else if (child.exitCode !== null) reject(new Error(`contender exited after: ${said.join(',')}`));
        };
        child.stdin.write(`${line}\n`);
      });
      return { child, say };
    });
    try {
      for (let trial = 0; trial < 10; trial++) {
        const dir = lockIn(`race-${trial}`, JSON.stringify({ pid: 2 ** 22 + 17, host: os.hostname(), started_at: 'then' }));
        const results = await Promise.all(contenders.map((c) => c.say(`go ${dir}`)));
        expect(results.filter((r) => r === 'won'), `trial ${trial}: ${results.join(',')}`).toHaveLength(1);
        expect(results.filter((r) => r === 'locked')).toHaveLength(contenders.length - 1);
        await Promise.all(contenders.map((c) => c.say('release')));
        expect(fs.readdirSync(dir)).toEqual([]);
      }
    } finally {
      for (const { child } of contenders) child.stdin.end();
    }
  });
});
