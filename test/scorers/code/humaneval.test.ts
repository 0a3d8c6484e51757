/**
 * The real HumanEval release (Chen et al., 2021) through the sandbox: every canonical
 * solution passes its tests, and the prompt alone (no body) fails every one of them.
 * Reads ../shared/datasets/humaneval/HumanEval.jsonl.gz directly, independent of the importer.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCodeScorer } from '../../../src/scorers/code/index.js';
import type { Scorer } from '../../../src/scorers/types.js';
import type { Item, ScorerConfig, Suite } from '../../../src/suites/types.js';

const FILE = path.resolve(process.env.BENCH_DATASETS ?? path.resolve(process.cwd(), '../shared/datasets'), 'humaneval/HumanEval.jsonl.gz');
const present = existsSync(FILE);

function load(): Item[] {
  return gunzipSync(readFileSync(FILE)).toString('utf8').split('\n').filter((l) => l.trim() !== '').map((l) => {
    const r = JSON.parse(l) as { task_id: string; prompt: string; test: string; entry_point: string; canonical_solution: string };
    return { id: r.task_id, prompt: r.prompt, test: r.test, entry_point: r.entry_point, canonical_solution: r.canonical_solution };
  });
}

describe.skipIf(!present)(`HumanEval in the sandbox (skipped: ${FILE} not found)`, () => {
  const config: ScorerConfig = { type: 'code', harness: 'humaneval', language: 'python', timeout_s: 10 };
  const suite: Suite = {
    name: 'humaneval', domain: 'code', description: '', version: '1', metric: 'pass_at_k', scorer: config,
    template: '{{prompt}}', fewshot: [], items: [], dir: '.', hash: '',
  };
  const ctx = { suite, signal: new AbortController().signal };
  let items: Item[] = [];
  let scorer: Scorer;

  beforeAll(async () => {
    items = load();
    scorer = await createCodeScorer(config, suite);
  });
  afterAll(async () => { await scorer.close?.(); });

  it('passes all 164 canonical solutions (as bare completions)', async () => {
    expect(items).toHaveLength(164);
    const results = await Promise.all(items.map(async (it) => ({ id: it.id, r: await scorer.score(it, it.canonical_solution!, ctx) })));
    const failed = results.filter((x) => !x.r.correct).map((x) => `${x.id}: ${x.r.reason} ${x.r.explanation ?? ''}`);
    expect(failed).toEqual([]);
  }, 180_000);

  it('fails all 164 with the prompt alone (a body that returns None), most on their assertions', async () => {
    const results = await Promise.all(items.map(async (it) => ({ id: it.id, r: await scorer.score(it, '    return None\n', ctx) })));
    expect(results.filter((x) => x.r.correct).map((x) => x.id)).toEqual([]);
    expect(results.filter((x) => x.r.reason === 'failed_tests').length).toBeGreaterThan(150);
  }, 180_000);
});
