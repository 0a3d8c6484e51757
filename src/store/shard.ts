/**
 * @module store/shard — which items a shard runs. A run splits into `count` shards by a
 * stable hash of (suite, item id): shards balance, never overlap, cover every item, and do
 * not depend on item order, timing or which machine runs them. `--shard i/n` (1-based), or
 * `--shard env --shards n` reading a Kubernetes Indexed Job's `JOB_COMPLETION_INDEX` (0-based).
 */
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** The largest shard count accepted: more shards than that is a typo, not a cluster. */
export const MAX_SHARDS = 10_000;

export const shardLabel = (s: Shard): string => `${s.index}/${s.count}`;

/** 1-based shard of (suite, item id) among `count`: the first 48 bits of sha256, modulo count. */
export function shardOf(suite: string, itemId: string, count: number): number {
  const digest = createHash('sha256').update(suite).update('\u0000').update(itemId).digest();
  return (digest.readUIntBE(0, 6) % count) + 1;
}

export function inShard(shard: Shard, suite: string, itemId: string): boolean {
  return shard.count === 1 || shardOf(suite, itemId, shard.count) === shard.index;
}

/**
 * `--shard i/n`, or `--shard env` with `--shards n` and JOB_COMPLETION_INDEX (0-based, as
 * Kubernetes sets it). Every mistake is an InputError naming the flag and what is expected.
 */
export function parseShard(spec: string, shards: number | undefined, env: NodeJS.ProcessEnv = process.env): Shard {
  if (spec === 'env') {
    if (shards === undefined) throw new InputError('--shard env: expected --shards <n> too (the Job\'s `completions`)');
    const raw = env.JOB_COMPLETION_INDEX;
    if (raw === undefined || raw === '') {
      throw new InputError('--shard env: JOB_COMPLETION_INDEX is not set (Kubernetes sets it in an Indexed Job; elsewhere use --shard i/n)');
    }
    const zero = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || zero >= shards) {
      throw new InputError(`--shard env: expected JOB_COMPLETION_INDEX to be a whole number from 0 to ${shards - 1} (--shards ${shards}), got "${raw}"`);
    }
    return checked({ index: zero + 1, count: shards }, '--shards');
  }
  if (shards !== undefined) throw new InputError(`--shards: only with --shard env (--shard ${spec} already says the count)`);
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) throw new InputError(`--shard: expected i/n (e.g. 2/4, 1-based) or "env", got "${spec}"`);
  const shard = { index: Number(m[1]), count: Number(m[2]) };
  if (shard.index < 1 || shard.index > shard.count) {
    throw new InputError(`--shard: expected i from 1 to n in i/n, got "${spec}"`);
  }
  return checked(shard, '--shard');
}

function checked(shard: Shard, flag: string): Shard {
  if (shard.count < 1 || shard.count > MAX_SHARDS) {
    throw new InputError(`${flag}: expected a shard count from 1 to ${MAX_SHARDS}, got ${shard.count}`);
  }
  return shard;
}
