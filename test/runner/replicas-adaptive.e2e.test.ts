/**
 * Replicas and adaptive concurrency end to end, through the built binary: a loopback server
 * with N places that answers 503 beyond them, run with an adaptive limit that starts far
 * above N; and one model on two replicas, one of which dies mid-run.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { readJsonl, runBench } from '../helpers/bench.js';
import { serverPool, workspace } from '../reliability/helpers.js';

const serve = serverPool();
const runDir = (out: string) => path.join(out, fs.readdirSync(out).filter((d) => !d.startsWith('.'))[0]!);

describe('adaptive concurrency and replicas', () => {
  const ws = workspace(48);
  const items = Object.keys(ws.answers).sort();

  it('a server with 4 places answering 503 beyond them: the limit comes down near 4, never above the maximum, and no record is an error', async () => {
    const N = 4;
    const server = await serve(startOpenAIServer({ answer: ws.reply, delayMs: 15, maxConcurrent: N, busy: { status: 503 } }));
    const models = ws.models('adaptive.yaml', [{ id: 'a', url: server.url, concurrency: 12, extra: ['    max_concurrency: 16'] }]);
    const out = ws.out('adaptive');
    const res = await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out, '--no-cache'], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    const records = readJsonl(path.join(runDir(out), 'records.jsonl'));
    expect(records.map((r) => r.item_id).sort()).toEqual(items);
    expect(records.filter((r) => r.error !== null)).toEqual([]);
    expect(records.every((r) => r.correct === true)).toBe(true);
    const limit = Number(/adaptive concurrency: a ended at (\d+) in flight \(max 16\)/.exec(res.stderr)?.[1]);
    expect(limit).toBeGreaterThanOrEqual(1);
    // Near N, well below the start (12): the client counts answers still in transit as in flight,
    // so under load the limit can settle a little above the server's own count.
    expect(limit).toBeLessThanOrEqual(2 * N);
    // It backed off instead of hammering: far fewer refusals than a fixed 12 in flight would draw.
    const refused = server.requests.filter((r) => r.status === 503).length;
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(items.length);
  });

  it('two replicas, one killed mid-run: the run completes on the other with exact results, and summary.json shows both', async () => {
    const b = await serve(startOpenAIServer({ answer: ws.reply, delayMs: 5 }));
    let answered = 0;
    const a = await serve(startOpenAIServer({
      answer: ws.reply,
      delayMs: 5,
      faults: () => {
        if (++answered === 6) void a.close(); // replica a dies with requests in flight
        return undefined;
      },
    }));
    const models = ws.models('replicas.yaml', [{ id: 'r', url: 'unused', concurrency: 4 }]);
    fs.writeFileSync(path.join(ws.dir, models), fs.readFileSync(path.join(ws.dir, models), 'utf8').replace('base_url: unused', `base_url: [${a.url}, ${b.url}]`));
    const out = ws.out('replicas');
    const res = await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out, '--no-cache'], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    const dir = runDir(out);
    const records = readJsonl(path.join(dir, 'records.jsonl'));
    expect(records.map((r) => r.item_id).sort()).toEqual(items);
    expect(records.filter((r) => r.error !== null || r.correct !== true)).toEqual([]);
    const labelA = a.url.replace(/\/$/, '');
    const labelB = b.url.replace(/\/$/, '');
    expect(new Set(records.map((r) => r.replica))).toEqual(new Set([labelA, labelB]));
    expect(records.filter((r) => r.replica === labelA).length).toBeLessThanOrEqual(6);
    const failedOnA = records.reduce((n, r) => n + (r.replica_errors?.[labelA] ?? 0), 0);
    expect(failedOnA).toBeGreaterThan(0);
    const summary = JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    const row = (label: string) => summary.replicas.find((x: any) => x.replica === label);
    expect(row(labelA)).toMatchObject({ model: 'r', errors: failedOnA });
    expect(row(labelB).answered).toBe(records.filter((r) => r.replica === labelB).length);
    expect(row(labelB).latency_ms_p50).toBeGreaterThan(0);
    expect(summary.rows[0].accuracy).toBe(1);
  });
});
