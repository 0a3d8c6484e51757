/**
 * @module store/merge — shard folders → one run folder. Checks that the folders are shards of
 * one run (same fingerprint: bench version, suite contents, model configs, samples, limit,
 * seed; same shard count), that no shard is given twice, that none is missing and each
 * finished (unless `allowPartial`), and that every record lies in its shard. Then writes the
 * merged folder (manifest, records, suite snapshots) under a temporary name and renames it
 * into place: a refused or failed merge leaves nothing behind. Summary and reports are the
 * report phase's job (runner/finalize), exactly as for a run on one machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { diffParts } from './fingerprint.js';
import { readRecords, serializeRecord } from './records.js';
import { MANIFEST, newRunId, readManifest, RECORDS, writeManifest } from './run-dir.js';
import { JUDGMENTS } from './judgments.js';
import { shardLabel, shardOf } from './shard.js';
import type { Manifest, ManifestMerge } from './types.js';

export interface ShardFolder {
  dir: string;
  manifest: Manifest & { shard: NonNullable<Manifest['shard']> };
}

export interface MergePlan {
  shards: ShardFolder[];
  count: number;
  missing: string[];
  incomplete: ShardFolder[];
}

/** Reads and checks the folders; throws one InputError naming the first problem found. */
export function planMerge(dirs: string[], opts: { allowPartial: boolean }): MergePlan {
  if (dirs.length === 0) throw new InputError('bench merge: expected at least one shard folder');
  const shards: ShardFolder[] = dirs.map((d) => {
    const dir = path.resolve(d);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new InputError(`${d}: no such folder`);
    const manifest = readManifest(dir);
    if (!manifest.shard) {
      throw new InputError(`${d} is a run folder but not a shard (its ${MANIFEST} has no \`shard\`): only folders written by \`bench run --shard i/n\` can be merged`);
    }
    return { dir, manifest: manifest as ShardFolder['manifest'] };
  });
  const first = shards[0]!;
  const count = first.manifest.shard.count;
  for (const s of shards.slice(1)) {
    if (s.manifest.shard.count !== count) {
      throw new InputError(`shards of different splits: ${first.dir} is shard ${shardLabel(first.manifest.shard)}, ${s.dir} is shard ${shardLabel(s.manifest.shard)}`);
    }
    if (s.manifest.fingerprint !== first.manifest.fingerprint) {
      const changed = diffParts(first.manifest.fingerprint_parts, s.manifest.fingerprint_parts);
      const versions = suiteVersionChanges(first.manifest, s.manifest);
      throw new InputError(`shards of different runs (configs or suites differ): ${s.dir} against ${first.dir}:\n  - ${[...versions, ...changed].join('\n  - ')}`);
    }
  }
  const byIndex = new Map<number, ShardFolder>();
  for (const s of shards) {
    const other = byIndex.get(s.manifest.shard.index);
    if (other) {
      throw new InputError(`overlapping shards: ${other.dir} and ${s.dir} are both shard ${shardLabel(s.manifest.shard)}; pass each shard once`);
    }
    byIndex.set(s.manifest.shard.index, s);
  }
  const missing: string[] = [];
  for (let i = 1; i <= count; i++) if (!byIndex.has(i)) missing.push(`${i}/${count}`);
  const incomplete = shards.filter((s) => s.manifest.status !== 'complete');
  if (!opts.allowPartial && missing.length) {
    throw new InputError(`missing shard(s) ${missing.join(', ')} of ${count}: pass every shard's folder, or --allow-partial to merge what exists (every report then says which shards are missing)`);
  }
  if (!opts.allowPartial && incomplete.length) {
    const s = incomplete[0]!;
    throw new InputError(`shard ${shardLabel(s.manifest.shard)} (${s.dir}) did not finish (status ${s.manifest.status}): resume it with \`bench run … --shard ${shardLabel(s.manifest.shard)} --resume ${s.dir}\`, or pass --allow-partial`);
  }
  shards.sort((a, b) => a.manifest.shard.index - b.manifest.shard.index);
  return { shards, count, missing, incomplete };
}

function suiteVersionChanges(a: Manifest, b: Manifest): string[] {
  const out: string[] = [];
  for (const s of a.suites) {
    const t = b.suites.find((x) => x.name === s.name);
    if (t && t.version !== s.version) out.push(`suite ${s.name} version: ${s.version} → ${t.version}`);
  }
  return out;
}

/**
 * Writes `<out>/<run_id>/`: the records of every shard (each checked to lie in its shard,
 * none twice), the suite snapshots of the first shard, and a manifest that is the run's own
 * plus `merge` (no `shard`). Returns the folder.
 */
export async function writeMerged(plan: MergePlan, out: string, command: string[]): Promise<string> {
  const runId = newRunId();
  fs.mkdirSync(out, { recursive: true, mode: 0o700 });
  const tmp = path.join(out, `.merge-${runId}`);
  fs.mkdirSync(tmp, { mode: 0o700 });
  try {
    const counts = copyRecords(plan, path.join(tmp, RECORDS));
    copyJudgments(plan, tmp);
    const snapshots = path.join(plan.shards[0]!.dir, 'suites');
    if (fs.existsSync(snapshots)) fs.cpSync(snapshots, path.join(tmp, 'suites'), { recursive: true });
    await writeManifest(tmp, mergedManifest(plan, runId, command, counts));
    const dir = path.join(out, runId);
    fs.renameSync(tmp, dir);
    return dir;
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/**
 * [judged runs] Each shard judged its own items (an item, with every model's answer to it, lies in
 * one shard), so the run's judgments are the shards' together.
 */
function copyJudgments(plan: MergePlan, dir: string): void {
  const files = plan.shards.map((s) => path.join(s.dir, JUDGMENTS)).filter((f) => fs.existsSync(f));
  if (!files.length) return;
  fs.writeFileSync(path.join(dir, JUDGMENTS), files.map((f) => fs.readFileSync(f, 'utf8')).join(''), { mode: 0o600 });
}

/** Streams each shard's records into `file`; returns the record count per shard. */
function copyRecords(plan: MergePlan, file: string): number[] {
  const fd = fs.openSync(file, 'w', 0o600);
  const counts: number[] = [];
  try {
    for (const s of plan.shards) {
      const { index, count } = s.manifest.shard;
      const src = path.join(s.dir, RECORDS);
      let n = 0;
      let line = 0;
      // A torn last line (a shard killed and merged with --allow-partial) is left out, as resume would.
      for (const r of readRecords(src, { onTorn: () => undefined })) {
        line++;
        const owner = shardOf(r.suite, r.item_id, count);
        if (owner !== index) {
          throw new InputError(`${src}: record ${line} (${r.suite} / ${r.item_id}, model ${r.model}) belongs to shard ${owner}/${count}, not ${index}/${count}: the folder is not this shard's as bench wrote it`);
        }
        fs.writeSync(fd, serializeRecord(r));
        n++;
      }
      counts.push(n);
    }
  } finally {
    fs.closeSync(fd);
  }
  return counts;
}

function mergedManifest(plan: MergePlan, runId: string, command: string[], counts: number[]): Manifest {
  const ms = plan.shards.map((s) => s.manifest);
  const base = ms[0]!;
  const finished = ms.map((m) => m.finished_at).filter((t): t is string => t !== null).sort();
  const merge: ManifestMerge = {
    shards: plan.count,
    merged: plan.shards.map((s, i) => ({ shard: shardLabel(s.manifest.shard), run_id: s.manifest.run_id, status: s.manifest.status, records: counts[i]! })),
    missing: plan.missing,
  };
  const { shard: _shard, ...rest } = base;
  return {
    ...rest,
    run_id: runId,
    started_at: ms.map((m) => m.started_at).sort()[0]!,
    finished_at: finished.length ? finished[finished.length - 1]! : null,
    status: plan.missing.length || plan.incomplete.length ? 'incomplete' : 'complete',
    command,
    merge,
  };
}

/** What a partial merge leaves out, for summary.json and every report (undefined when nothing). */
export function partialOf(manifest: Manifest): { missing_shards: string[]; incomplete_shards: string[] } | undefined {
  const m = manifest.merge;
  if (!m) return undefined;
  const incomplete = m.merged.filter((x) => x.status !== 'complete').map((x) => x.shard);
  if (!m.missing.length && !incomplete.length) return undefined;
  return { missing_shards: m.missing, incomplete_shards: incomplete };
}
