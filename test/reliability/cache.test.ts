/**
 * RELIABILITY.md C29 (the response cache), through the built `bench` binary. Also covered
 * elsewhere: a rerun served from the cache, in test/cli/run.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer, type FakeServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench } from '../helpers/bench.js';
import { workspace, serverPool } from './helpers.js';

const serve = serverPool();

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
