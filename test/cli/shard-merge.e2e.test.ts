/**
 * Shards and merge end to end, through the built binary: four shards run as four parallel
 * processes against one loopback server (one of them killed mid-run and resumed), merged,
 * and compared field by field with the same run in one process (timings excluded: they are
 * each run's own).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, readJsonl, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';
import { waitForLines } from '../reliability/helpers.js';
import { shardOf } from '../../src/store/shard.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;
const N = 4;
const TIMING = new Set(['ttft_ms', 'latency_ms', 'decode_ms', 'exec_ms', 'finished_at']);
const ROW_TIMING = new Set(['ttft_ms_p50', 'ttft_ms_p95', 'latency_ms_p50', 'latency_ms_p95', 'output_tokens_per_s_p50']);
const keyOf = (r: any) => `${r.suite}/${r.item_id}/${r.model}/${r.sample}`;
const json = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8'));
const without = (o: Record<string, unknown>, drop: Set<string>) => Object.fromEntries(Object.entries(o).filter(([k]) => !drop.has(k)));
const runFolders = (out: string) => fs.readdirSync(out).filter((d) => !d.startsWith('.')).map((d) => path.join(out, d));

describe('bench run --shard and bench merge', () => {
  let dir: string;
  let server: Fake;
  let answers: Record<string, string> = {};
  /** While set, requests for shard 2's items beyond the first three hang (the test kills that shard). */
  let holdShard2 = false;
  let shard2Answered = 0;

  beforeAll(async () => {
    dir = tempDir('bench-shard-');
    answers = { ...writeChoiceSuite(dir, 'quiz', 24).answers, ...writeChoiceSuite(dir, 'trivia', 16).answers };
    const suiteOf = (id: string) => id.split('-')[0]!;
    server = await startOpenAIServer({
      // good: always right; half: right on even items; mixed: wrong on every third item.
      answer: ({ model, messages }) => {
        const id = itemIdOf(messages)!;
        const gold = answers[id]!;
        const n = Number(id.slice(-3));
        const wrong = gold === 'A' ? 'B' : 'A';
        if (model === 'good') return `Answer: ${gold}`;
        if (model === 'half') return `Answer: ${n % 2 === 0 ? gold : wrong}`;
        return `Answer: ${n % 3 === 0 ? wrong : gold}`;
      },
      faults: ({ body }) => {
        const id = itemIdOf(body.messages)!;
        if (shardOf(suiteOf(id), id, N) !== 2) return undefined;
        if (holdShard2 && ++shard2Answered > 3) return { kind: 'no-headers', ms: 120_000 };
        return undefined;
      },
    });
    const model = (id: string, name: string, price: [number, number], size: number) => [
      `  - id: ${id}`, '    provider: openai', `    model: ${name}`, `    base_url: ${server.url}`, '    concurrency: 2',
      `    params_b: ${size}`, `    price: { input_per_mtok: ${price[0]}, output_per_mtok: ${price[1]} }`,
    ];
    fs.writeFileSync(path.join(dir, 'models.yaml'), ['models:', ...model('big', 'good', [2, 8], 70), ...model('small', 'half', [0.1, 0.2], 1.5), ...model('mid', 'mixed', [0.5, 1], 8), ''].join('\n'));
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const args = (out: string, ...more: string[]) => ['run', '--suite', 'quiz', '--suite', 'trivia', '--out', out, '--no-cache', '--no-progress', ...more];

  it('merges 4 parallel shards (one killed mid-run and resumed) into records, summary and reports equal to one process', async () => {
    const single = await runBench(args(path.join(dir, 'single')), { cwd: dir });
    expect(single.code, single.stderr).toBe(0);
    const singleDir = runFolders(path.join(dir, 'single'))[0]!;

    // Four shards at once; shard 2 hangs after three answers and is killed there.
    holdShard2 = true;
    const shardsOut = path.join(dir, 'shards');
    const out2 = path.join(dir, 'shard2');
    const shard2Records = () => {
      const d = fs.existsSync(out2) ? runFolders(out2)[0] : undefined;
      return d ? path.join(d, 'records.jsonl') : null;
    };
    const results = await Promise.all([1, 2, 3, 4].map((i) =>
      runBench(args(i === 2 ? out2 : shardsOut, '--shard', `${i}/${N}`), {
        cwd: dir,
        onSpawn: (child) => {
          if (i === 2) void waitForLines(shard2Records, 3).then(() => child.kill('SIGKILL'));
        },
      })));
    for (const i of [0, 2, 3]) expect(results[i]!.code, results[i]!.stderr).toBe(0);
    expect(results[1]!.signal).toBe('SIGKILL');
    const killed = runFolders(out2)[0]!;
    expect(json(path.join(killed, 'manifest.json')).status).toBe('running');

    // A shard that did not finish is refused by merge, naming it and how to resume it.
    const refused = await runBench(['merge', ...runFolders(shardsOut), killed, '--out', path.join(dir, 'merged')], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/shard 2\/4 .* did not finish .*--resume/);
    expect(fs.existsSync(path.join(dir, 'merged'))).toBe(false);

    holdShard2 = false;
    const resumed = await runBench([...args(out2, '--shard', `2/${N}`), '--resume', killed], { cwd: dir });
    expect(resumed.code, resumed.stderr).toBe(0);
    // Shards are not runs of their own: not in the history.
    expect(fs.existsSync(path.join(shardsOut, '.history.duckdb'))).toBe(false);

    const shardDirs = [...runFolders(shardsOut), killed];
    for (const d of shardDirs) {
      const m = json(path.join(d, 'manifest.json'));
      expect(m.shard.count).toBe(N);
      expect(m.fingerprint).toBe(json(path.join(singleDir, 'manifest.json')).fingerprint);
    }
    const merged = await runBench(['merge', ...shardDirs, '--out', path.join(dir, 'merged')], { cwd: dir });
    expect(merged.code, merged.stderr).toBe(0);
    const mergedDir = runFolders(path.join(dir, 'merged'))[0]!;
    expect(merged.stdout).toContain(mergedDir);

    // Records: the same set of (suite, item, model, sample), each field equal but timings.
    const a = readJsonl(path.join(singleDir, 'records.jsonl'));
    const b = readJsonl(path.join(mergedDir, 'records.jsonl'));
    expect(b).toHaveLength(40 * 3);
    const byKey = new Map(a.map((r) => [keyOf(r), r]));
    expect(new Set(b.map(keyOf))).toEqual(new Set(byKey.keys()));
    for (const r of b) expect(without(r, TIMING), keyOf(r)).toEqual(without(byKey.get(keyOf(r))!, TIMING));

    // Summary: rows (but latency figures), comparisons and verdicts figure for figure.
    const sa = json(path.join(singleDir, 'summary.json'));
    const sb = json(path.join(mergedDir, 'summary.json'));
    expect(sb.complete).toBe(true);
    expect(sb.partial).toBeUndefined();
    expect(sb.rows.map((r: any) => without(r, ROW_TIMING))).toEqual(sa.rows.map((r: any) => without(r, ROW_TIMING)));
    expect(sb.comparisons).toEqual(sa.comparisons);
    // The sentence compares p50 latencies (stats/format latencyPhrase): timings, each run's own.
    const verdict = (v: any) => ({ ...v, sentence: v.sentence.replace(/( and)? (similar|[\d.]+× (lower|higher)) p50 latency/g, '') });
    expect(sb.verdicts.map(verdict)).toEqual(sa.verdicts.map(verdict));
    expect(sb.comparisons.some((c: any) => c.p_value !== null && c.p_value < 1)).toBe(true);

    // Reports: the CSV rows equal but timing columns; report.md carries the same verdicts.
    const csv = (d: string) => fs.readFileSync(path.join(d, 'results.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const [head, ...rowsA] = csv(singleDir);
    const [, ...rowsB] = csv(mergedDir);
    const keep = head!.map((h, i) => (ROW_TIMING.has(h) ? -1 : i)).filter((i) => i >= 0);
    expect(rowsB.map((r) => keep.map((i) => r[i]))).toEqual(rowsA.map((r) => keep.map((i) => r[i])));
    const md = fs.readFileSync(path.join(mergedDir, 'report.md'), 'utf8');
    for (const v of sa.verdicts) expect(md).toContain(verdict(v).sentence.slice(0, 60));
    expect(fs.existsSync(path.join(mergedDir, 'report.html'))).toBe(true);

    // The merged manifest names its shards and is a whole run (no `shard`).
    const mm = json(path.join(mergedDir, 'manifest.json'));
    expect(mm.shard).toBeUndefined();
    expect(mm.status).toBe('complete');
    expect(mm.merge.merged.map((s: any) => s.shard)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(mm.merge.merged.reduce((n: number, s: any) => n + s.records, 0)).toBe(120);

    // A merged run is a run like any other: a baseline, and in the history.
    const again = await runBench([...args(path.join(dir, 'merged')), '--baseline', 'latest'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(json(path.join(runFolders(path.join(dir, 'merged')).find((d) => d !== mergedDir)!, 'regressions.json')).baseline_run_id).toBe(mm.run_id);
    const history = await runBench(['history', '--out', path.join(dir, 'merged')], { cwd: dir });
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout).toContain(mm.run_id);

    // --allow-partial: merges what exists and every report says which shard is missing.
    const partialOut = path.join(dir, 'partial');
    const missing = await runBench(['merge', ...shardDirs.slice(0, 3), '--out', partialOut], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing shard\(s\) \d\/4 of 4/);
    const partial = await runBench(['merge', ...shardDirs.slice(0, 3), '--out', partialOut, '--allow-partial'], { cwd: dir });
    expect(partial.code, partial.stderr).toBe(0);
    const partialDir = runFolders(partialOut)[0]!;
    const gone = json(path.join(partialDir, 'summary.json')).partial.missing_shards;
    expect(gone).toHaveLength(1);
    const label = `shard(s) ${gone[0]} missing`;
    expect(partial.stdout).toContain(label);
    for (const f of ['report.md', 'report.html']) expect(fs.readFileSync(path.join(partialDir, f), 'utf8'), f).toContain(label);
    // A folder that is not a shard is refused.
    const notShard = await runBench(['merge', singleDir, ...shardDirs.slice(1), '--out', partialOut], { cwd: dir });
    expect(notShard.code).toBe(2);
    expect(notShard.stderr).toContain('is a run folder but not a shard');
  }, 120_000);

  it('--shard env reads JOB_COMPLETION_INDEX (0-based) and records shard 1/n', async () => {
    const out = path.join(dir, 'env');
    const res = await runBench([...args(out, '--shard', 'env', '--shards', '3'), '--limit', '4'], { cwd: dir, env: { JOB_COMPLETION_INDEX: '0' } });
    expect(res.code, res.stderr).toBe(0);
    const d = runFolders(out)[0]!;
    const m = json(path.join(d, 'manifest.json'));
    expect(m.shard).toMatchObject({ index: 1, count: 3 });
    const mine = ['quiz', 'trivia'].flatMap((s) => Array.from({ length: 4 }, (_, i) => `${s}-${String(i + 1).padStart(3, '0')}`).filter((id) => shardOf(s, id, 3) === 1).map((id) => `${s}/${id}`));
    expect(m.shard.items).toBe(mine.length);
    expect(new Set(readJsonl(path.join(d, 'records.jsonl')).map((r) => `${r.suite}/${r.item_id}`))).toEqual(new Set(mine));
    const bad = await runBench(args(out, '--shard', 'env', '--shards', '3'), { cwd: dir, env: { JOB_COMPLETION_INDEX: '3' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('JOB_COMPLETION_INDEX');
  });
});
