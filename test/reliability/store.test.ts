/**
 * RELIABILITY.md section C, unit level: records.jsonl (any output string as one line, torn and
 * corrupt lines), a run folder killed before its manifest, the run fingerprint (C27) and the
 * run lock (C28). The end-to-end cases are in ./crash-resume.test.ts and ./cache.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/bench.js';
import { readRecords, RecordWriter, serializeRecord, setAsideTornTail } from '../../src/store/records.js';
import { RunLock } from '../../src/store/lock.js';
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
