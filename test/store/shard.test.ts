import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../src/store/shard.js';
import { InputError } from '../../src/errors.js';

const ids = Array.from({ length: 2000 }, (_, i) => `item-${i}`);

describe('shard selection', () => {
  it('puts every item in exactly one shard', () => {
    for (const n of [1, 2, 3, 4, 7]) {
      for (const id of ids.slice(0, 300)) {
        const owners = Array.from({ length: n }, (_, i) => i + 1).filter((i) => inShard({ index: i, count: n }, 'code', id));
        expect(owners).toHaveLength(1);
      }
    }
  });

  it('balances shards within a few percent on 2,000 items', () => {
    const counts = [0, 0, 0, 0];
    for (const id of ids) counts[shardOf('medical', id, 4) - 1]!++;
    for (const c of counts) expect(Math.abs(c - 500)).toBeLessThan(75);
  });

  it('depends on the suite and the item id only, never on order', () => {
    const forward = ids.slice(0, 50).map((id) => shardOf('legal', id, 5));
    const backward = [...ids.slice(0, 50)].reverse().map((id) => shardOf('legal', id, 5)).reverse();
    expect(backward).toEqual(forward);
    // the same id in another suite is hashed independently
    const differs = ids.slice(0, 50).some((id) => shardOf('legal', id, 5) !== shardOf('medical', id, 5));
    expect(differs).toBe(true);
  });

  it('keeps a fixed assignment across releases (the hash is part of the shard contract)', () => {
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => shardOf('s', id, 4))).toEqual([1, 4, 3, 1, 1]);
  });
});

describe('parseShard', () => {
  it('reads i/n, 1-based', () => {
    expect(parseShard('2/4', undefined, {})).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1', undefined, {})).toEqual({ index: 1, count: 1 });
  });

  it('reads JOB_COMPLETION_INDEX (0-based) with --shards', () => {
    expect(parseShard('env', 4, { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 1, count: 4 });
    expect(parseShard('env', 4, { JOB_COMPLETION_INDEX: '3' })).toEqual({ index: 4, count: 4 });
  });

  it.each([
    ['0/4', undefined, {}, /from 1 to n/],
    ['5/4', undefined, {}, /from 1 to n/],
    ['two/4', undefined, {}, /expected i\/n/],
    ['1/0', undefined, {}, /from 1 to n/],
    ['2/4', 4, {}, /only with --shard env/],
    ['env', undefined, { JOB_COMPLETION_INDEX: '1' }, /--shards <n>/],
    ['env', 4, {}, /JOB_COMPLETION_INDEX is not set/],
    ['env', 4, { JOB_COMPLETION_INDEX: '4' }, /from 0 to 3/],
    ['env', 4, { JOB_COMPLETION_INDEX: '-1' }, /from 0 to 3/],
  ] as const)('refuses %s (--shards %s) with a message naming the flag', (spec, shards, env, message) => {
    expect(() => parseShard(spec, shards, env)).toThrow(InputError);
    expect(() => parseShard(spec, shards, env)).toThrow(message);
  });
});
