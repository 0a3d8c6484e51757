/**
 * The shipped code suite (tasks/code): it loads, its problems are graded and well formed,
 * every reference solution passes its hidden tests in the sandbox, and a trivial wrong
 * answer (`return None`) fails every one of them.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCodeScorer } from '../../src/scorers/code/index.js';
import type { Scorer } from '../../src/scorers/types.js';
import { loadSuite } from '../../src/suites/load.js';
import type { Suite } from '../../src/suites/types.js';

const TASKS = path.resolve(process.cwd(), 'tasks');
let suite: Suite;
let scorer: Scorer;

beforeAll(async () => {
  suite = await loadSuite('code', { tasksDir: TASKS });
  scorer = await createCodeScorer(suite.scorer, suite);
});
afterAll(async () => { await scorer?.close?.(); });

const ctx = (): { suite: Suite; signal: AbortSignal } => ({ suite, signal: new AbortController().signal });

describe('tasks/code', () => {
  it('has at least 40 well-formed problems with sequential ids', () => {
    expect(suite.items.length).toBeGreaterThanOrEqual(40);
    suite.items.forEach((item, i) => {
      expect(item.id).toBe(`code-${String(i + 1).padStart(3, '0')}`);
      expect(item.prompt).toMatch(new RegExp(`def ${item.entry_point}\\(`));
      expect(item.prompt).toContain('>>>');
      expect(item.test).toMatch(/^def check\(candidate\):/);
      expect((item.test!.match(/assert /g) ?? []).length).toBeGreaterThanOrEqual(4);
      expect(item.canonical_solution).toBeTruthy();
    });
    expect(suite.scorer).toMatchObject({ type: 'code', harness: 'humaneval', language: 'python', k: [1] });
    expect(suite.metric).toBe('pass_at_k');
    expect(suite.template).toContain('{{prompt}}');
  });

  it('passes every reference solution, both as a bare completion and as a fenced full function', async () => {
    const results = await Promise.all(suite.items.flatMap((item) => [
      Promise.resolve(scorer.score(item, item.canonical_solution!, ctx())).then((r) => ({ id: item.id, how: 'bare', r })),
      Promise.resolve(scorer.score(item, `\`\`\`python\n${item.prompt}${item.canonical_solution}\`\`\``, ctx())).then((r) => ({ id: item.id, how: 'fenced', r })),
    ]));
    const failed = results.filter((x) => !x.r.correct).map((x) => `${x.id} (${x.how}): ${x.r.reason} ${x.r.explanation ?? ''}`);
    expect(failed).toEqual([]);
  }, 120_000);

  it('fails every problem for a trivial wrong answer (return None), with failed_tests', async () => {
    const results = await Promise.all(suite.items.map(async (item) => ({ id: item.id, r: await scorer.score(item, '    return None\n', ctx()) })));
    expect(results.filter((x) => x.r.correct).map((x) => x.id)).toEqual([]);
    expect(results.filter((x) => x.r.reason !== 'failed_tests').map((x) => `${x.id}: ${x.r.reason}`)).toEqual([]);
  }, 120_000);
});
