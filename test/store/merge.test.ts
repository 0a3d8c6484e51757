import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planMerge, writeMerged } from '../../src/store/merge.js';
import { fingerprintOf } from '../../src/store/fingerprint.js';
import { shardOf } from '../../src/store/shard.js';
import { InputError } from '../../src/errors.js';
import type { Manifest } from '../../src/store/types.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-merge-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let seq = 0;

const ITEMS = Array.from({ length: 12 }, (_, i) => `q-${i}`);

/** A shard folder as `bench run --shard i/n` writes it: manifest and this shard's records. */
function shardFolder(index: number, count: number, opts: { parts?: Record<string, string>; version?: string; status?: Manifest['status']; shard?: boolean; extra?: string[] } = {}): string {
  const dir = path.join(root, `run-${seq++}`);
  fs.mkdirSync(dir);
  const parts = opts.parts ?? { bench_version: '0.1.0', 'suite:quiz': 'abc', samples: '1', limit: 'null', seed: '1' };
  const manifest = {
    schema_version: 1, run_id: `r${seq}`, started_at: '2026-01-01T00:00:00Z', finished_at: '2026-01-01T00:01:00Z', status: opts.status ?? 'complete',
    bench_version: '0.1.0', node_version: 'v20', platform: 'linux', command: [], seed: 1, samples: 1, limit: null,
    suites: [{ name: 'quiz', version: opts.version ?? '1', domain: 'd', metric: 'accuracy', hash: 'abc', items: 12, path: '', scorer: 'choice' }],
    models: [{ id: 'm', provider: 'openai', model: 'm', params: {}, concurrency: 1, timeout_s: 1 }],
    fingerprint: fingerprintOf(parts), fingerprint_parts: parts, env_vars: [],
    ...(opts.shard === false ? {} : { shard: { index, count, items: 0 } }),
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  const mine = ITEMS.filter((id) => shardOf('quiz', id, count) === index).concat(opts.extra ?? []);
  fs.writeFileSync(path.join(dir, 'records.jsonl'), mine.map((id) => JSON.stringify({ suite: 'quiz', item_id: id, model: 'm', sample: 0, correct: true, error: null }) + '\n').join(''));
  return dir;
}

const refused = (dirs: string[], message: RegExp, allowPartial = false) => {
  expect(() => planMerge(dirs, { allowPartial })).toThrow(InputError);
  expect(() => planMerge(dirs, { allowPartial })).toThrow(message);
};

describe('bench merge: what it refuses (each one clear message)', () => {
  it('refuses shards of different configs, showing what differs', () => {
    const a = shardFolder(1, 2);
    const b = shardFolder(2, 2, { parts: { bench_version: '0.1.0', 'suite:quiz': 'abc', samples: '1', limit: 'null', seed: '7' } });
    refused([a, b], /shards of different runs[\s\S]*seed: 1 → 7/);
  });

  it('refuses shards of different suite versions, naming both versions', () => {
    const a = shardFolder(1, 2);
    const b = shardFolder(2, 2, { version: '2', parts: { bench_version: '0.1.0', 'suite:quiz': 'def', samples: '1', limit: 'null', seed: '1' } });
    refused([a, b], /suite quiz version: 1 → 2[\s\S]*suite:quiz: abc → def/);
  });

  it('refuses shards of different splits', () => {
    refused([shardFolder(1, 2), shardFolder(2, 3)], /different splits: .* is shard 1\/2, .* is shard 2\/3/);
  });

  it('refuses overlapping shards, naming both folders', () => {
    const a = shardFolder(1, 2);
    const b = shardFolder(1, 2);
    refused([a, b, shardFolder(2, 2)], new RegExp(`overlapping shards: ${a} and ${b} are both shard 1/2`));
  });

  it('refuses missing shards, naming them; --allow-partial merges what exists', () => {
    const one = shardFolder(1, 4);
    const three = shardFolder(3, 4);
    refused([one, three], /missing shard\(s\) 2\/4, 4\/4 of 4.*--allow-partial/);
    const plan = planMerge([three, one], { allowPartial: true });
    expect(plan.missing).toEqual(['2/4', '4/4']);
    expect(plan.shards.map((s) => s.manifest.shard.index)).toEqual([1, 3]);
  });

  it('refuses a shard that did not finish unless --allow-partial', () => {
    const a = shardFolder(1, 2);
    const b = shardFolder(2, 2, { status: 'incomplete' });
    refused([a, b], /shard 2\/2 .* did not finish \(status incomplete\).*--resume/);
    expect(planMerge([a, b], { allowPartial: true }).incomplete).toHaveLength(1);
  });

  it('refuses a run folder that is not a shard, and a folder that is not a run', () => {
    refused([shardFolder(1, 1, { shard: false })], /is a run folder but not a shard/);
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    refused([empty], /is not a bench run folder/);
    refused([path.join(root, 'nope')], /no such folder/);
    refused([], /at least one shard folder/);
  });

  it('refuses a shard holding another shard\'s record and writes nothing', async () => {
    const foreign = ITEMS.find((id) => shardOf('quiz', id, 2) === 2)!;
    const a = shardFolder(1, 2, { extra: [foreign] });
    const plan = planMerge([a, shardFolder(2, 2)], { allowPartial: false });
    const out = path.join(root, 'out-foreign');
    await expect(writeMerged(plan, out, [])).rejects.toThrow(new RegExp(`${foreign}, model m\\) belongs to shard 2/2, not 1/2`));
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('writes one folder with every record once and a manifest naming the shards (no shard of its own)', async () => {
    const plan = planMerge([shardFolder(2, 3), shardFolder(1, 3), shardFolder(3, 3)], { allowPartial: false });
    const dir = await writeMerged(plan, path.join(root, 'out-ok'), ['merge']);
    const ids = fs.readFileSync(path.join(dir, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).item_id);
    expect([...ids].sort()).toEqual([...ITEMS].sort());
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    expect(m.shard).toBeUndefined();
    expect(m.status).toBe('complete');
    expect(m.merge?.merged.map((s) => s.shard)).toEqual(['1/3', '2/3', '3/3']);
    expect(m.merge?.missing).toEqual([]);
  });
});
