/**
 * Disk full (issue 14), through the built `bench` binary with --out (or the cache folder) on a
 * small tmpfs mounted for the test, so the real write paths meet a real ENOSPC. Needs root and
 * tmpfs mounts (skipped otherwise, saying so).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, readJsonl, runBench } from '../helpers/bench.js';
import { runDirOf, serverPool, workspace } from './helpers.js';

const serve = serverPool();
const ws = workspace(40);
const mounts: string[] = [];

function mountTmpfs(name: string, size: string): string | null {
  const dir = path.join(ws.dir, name);
  fs.mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return dir;
  } catch {
    return null;
  }
}

/** A 64 KiB tmpfs filled to the last byte. */
function fullTmpfs(name: string): string {
  const full = mountTmpfs(name, '64k')!;
  try {
    fs.writeFileSync(path.join(full, 'filler'), Buffer.alloc(1 << 20));
  } catch {
    /* filled up: that is the point */
  }
  return full;
}

let canMount = false;
beforeAll(() => {
  canMount = process.getuid?.() === 0 && mountTmpfs('probe', '64k') !== null;
});
afterAll(() => {
  for (const dir of mounts.reverse()) {
    try {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
    } catch {
      /* already gone */
    }
  }
});

/** Long answers (3 kB) fill a small disk in a few dozen records. */
const FILLER = Array.from({ length: 300 }, (_, i) => `${i}:${Math.abs(Math.sin(i + 1) * 1e6).toFixed(0)}`).join(' '); // no loop for the repetition guard to cut
const longReply = (req: { messages: Array<{ role: string; content: string }> }) => `Answer: ${ws.answers[itemIdOf(req.messages) ?? ''] ?? 'A'}\n${FILLER}`;

describe('disk full', () => {
  it('--out fills up → one message naming the path, exit 3, complete lines only, manifest marked incomplete, the cache warning at most once; after space is freed the resume finishes', async (ctx) => {
    if (!canMount) ctx.skip(); // needs root and tmpfs mounts
    const out = mountTmpfs('out', '96k')!;
    const server = await serve(startOpenAIServer({ answer: longReply }));
    const models = ws.models('full.yaml', [{ id: 'm', url: server.url, concurrency: 2 }]);
    const args = ['run', '--suite', 'quiz', '--models', models, '--out', out];
    const first = await runBench(args, { cwd: ws.dir });
    expect(first.code, first.stderr).toBe(3);
    const said = first.stderr.split('\n').filter((l) => l.includes('no space left on device'));
    expect(said.filter((l) => l.startsWith('bench: ')), first.stderr).toHaveLength(1);
    expect(said.find((l) => l.startsWith('bench: '))).toMatch(new RegExp(`writing ${out}/\\S+.*resume with --resume ${out}/`));
    expect(first.stderr).not.toMatch(/Error: ENOSPC|errno|syscall|^\s+at /m);
    expect((first.stderr.match(/cache: no space left/g) ?? []).length).toBeLessThanOrEqual(1);
    const run = runDirOf(out)!;
    const lines = fs.readFileSync(path.join(run, 'records.jsonl'), 'utf8').split('\n');
    expect(lines.at(-1)).toBe(''); // ends at a complete line
    const kept = lines.slice(0, -1).map((l) => JSON.parse(l));
    expect(kept.length, `${fs.statSync(path.join(run, 'records.jsonl')).size} bytes; ${first.stderr}`).toBeLessThan(40);
    expect(JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8')).status).toBe('incomplete');

    execFileSync('mount', ['-o', 'remount,size=8m', out]);
    const again = await runBench([...args, '--resume', run], { cwd: ws.dir });
    expect(again.code, again.stderr).toBe(0);
    const recs = readJsonl(path.join(run, 'records.jsonl'));
    expect(new Set(recs.map((r) => r.item_id)).size).toBe(40);
    expect(recs).toHaveLength(40);
    expect(recs.every((r) => r.correct === true)).toBe(true);
  }, 90_000); // several bench runs: slow on a loaded 2-core box

  it('the cache folder full → one warning, the run goes on without caching and finishes', async (ctx) => {
    if (!canMount) ctx.skip(); // needs root and tmpfs mounts
    const full = fullTmpfs('cache');
    const server = await serve(startOpenAIServer({ answer: longReply }));
    const models = ws.models('cache.yaml', [{ id: 'm', url: server.url }]);
    const out = ws.out('cache-out');
    fs.mkdirSync(out, { mode: 0o700 });
    fs.symlinkSync(full, path.join(out, '.cache'));
    const res = await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr.match(/cache: no space left on device writing \S+; the run goes on without caching/g)).toHaveLength(1);
    const recs = readJsonl(path.join(runDirOf(out)!, 'records.jsonl'));
    expect(recs.filter((r) => r.correct === true)).toHaveLength(40);
  }, 90_000); // several bench runs: slow on a loaded 2-core box
  it('the history store on a full disk → one warning, the run is unaffected (exit 0, reports written)', async (ctx) => {
    if (!canMount) ctx.skip(); // needs root and tmpfs mounts
    const full = fullTmpfs('history');
    const server = await serve(startOpenAIServer({ answer: ws.reply }));
    const models = ws.models('history.yaml', [{ id: 'm', url: server.url }]);
    const out = ws.out('history-out');
    fs.mkdirSync(out, { mode: 0o700 });
    fs.symlinkSync(path.join(full, 'history.duckdb'), path.join(out, '.history.duckdb'));
    const res = await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out, '--no-cache'], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr.match(/warning: history store [^\n]*(No space left on device|ENOSPC)[^\n]*the run is unaffected/g), res.stderr).toHaveLength(1);
    const run = runDirOf(out)!;
    expect(fs.existsSync(path.join(run, 'report.html'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8')).status).toBe('complete');
  }, 90_000);
});
