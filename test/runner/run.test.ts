/**
 * The run lifecycle in process (src/runner/run.ts): an aborted signal leaves a resumable run,
 * progress callbacks fire, options are checked at the boundary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../src/runner/run.js';
import { InputError } from '../../src/errors.js';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { readJsonl, tempDir } from '../helpers/bench.js';
import type { RunConfig } from '../../src/runner/config.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;

describe('run(): the lifecycle as a function', () => {
  let server: Fake;
  let dir: string;
  let config: RunConfig;

  beforeAll(async () => {
    server = await startOpenAIServer({ answer: () => 'Answer: B' });
    dir = tempDir('bench-runner-');
    config = {
      suites: [{
        name: 'tiny', domain: 'test', description: 'd', version: '1', scorer: { type: 'choice' }, template: '{{question}}\n\n{{choices}}',
        items: [1, 2, 3, 4].map((i) => ({ id: `q${i}`, question: `Q${i}?`, choices: { A: 'a', B: 'b' }, answer: i % 2 ? 'A' : 'B' })),
      }],
      models: { models: [{ id: 'm', provider: 'openai', model: 'm', base_url: server.url }] },
      out: path.join(dir, 'results'),
      cache: false,
    };
  });
  afterAll(async () => {
    await server.close();
  });

  it('an already-aborted signal ends the run incomplete with nothing sent; resuming it finishes every job once', async () => {
    const ac = new AbortController();
    ac.abort(new Error('stop'));
    const warnings: string[] = [];
    const first = await run(config, { signal: ac.signal, graceMs: 10, onWarning: (m) => warnings.push(m) });
    expect(first).toMatchObject({ complete: false, incomplete: 'interrupted' });
    expect(server.requests).toHaveLength(0);
    const starts: number[] = [];
    const records: string[] = [];
    const second = await run({ ...config, resume: first.runDir }, { onRunStart: (s) => starts.push(s.total), onRecord: (r) => records.push(r.item_id) });
    expect(second).toMatchObject({ complete: true, incomplete: null, runDir: first.runDir });
    expect(starts).toEqual([4]);
    expect(records.sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(readJsonl(path.join(first.runDir, 'records.jsonl'))).toHaveLength(4);
    expect(second.summary.rows[0]).toMatchObject({ n: 4, correct: 2 });
    expect(fs.existsSync(path.join(first.runDir, '.lock'))).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('bad options are an InputError naming the option, before any folder is made', async () => {
    const out = path.join(dir, 'never');
    await expect(run({ ...config, out, samples: 0 })).rejects.toThrow(InputError);
    await expect(run({ ...config, out, samples: 0 })).rejects.toThrow(/samples/);
    await expect(run({ ...config, out, modelIds: ['nope'] })).rejects.toThrow(/no model with id "nope"/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
