/**
 * The code scorer end to end: output → extracted code → program in the sandbox → reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { createCodeScorer } from '../../../src/scorers/code/index.js';
import { checkCodeItem } from '../../../src/scorers/code/item.js';
import type { Scorer } from '../../../src/scorers/types.js';
import type { Item, ScorerConfig, Suite } from '../../../src/suites/types.js';

const config: ScorerConfig = { type: 'code', harness: 'humaneval', language: 'python', timeout_s: 1, workers: 2 };
const suite: Suite = {
  name: 'code-test', domain: 'code', description: '', version: '1', metric: 'pass_at_k', scorer: config,
  template: '{{prompt}}', fewshot: [], items: [], dir: '.', hash: '',
};
const item: Item = {
  id: 'add-1',
  prompt: 'from typing import List\n\n\ndef total(xs: List[int]) -> int:\n    """Sum of xs.\n    >>> total([1, 2])\n    3\n    """\n',
  test: 'def check(candidate):\n    assert candidate([1, 2]) == 3\n    assert candidate([]) == 0\n    assert candidate([-1, 1, 5]) == 5\n',
  entry_point: 'total',
};
const ctx = { suite, signal: new AbortController().signal };
let scorer: Scorer;

beforeAll(async () => { scorer = await createCodeScorer(config, suite); });
afterAll(async () => { await scorer.close?.(); });

const fenced = (code: string): string => `Here is the function.\n\n\`\`\`python\n${code}\n\`\`\`\n`;

describe('code scorer', () => {
  it('passes a fenced full function and records the code and sandbox time', async () => {
    const r = await scorer.score(item, fenced('def total(xs):\n    return sum(xs)'), ctx);
    expect(r).toMatchObject({ correct: true, score: 1, reason: null, extracted: 'def total(xs):\n    return sum(xs)' });
    expect(r.execMs).toBeGreaterThan(0);
  });

  it('passes a bare completion that continues the prompt', async () => {
    const r = await scorer.score(item, '    return sum(xs)\n', ctx);
    expect(r.correct).toBe(true);
  });

  it('fails a wrong answer with failed_tests and the assertion as explanation', async () => {
    const r = await scorer.score(item, fenced('def total(xs):\n    return sum(xs) + 1'), ctx);
    expect(r).toMatchObject({ correct: false, score: 0, reason: 'failed_tests' });
    expect(r.explanation).toContain('AssertionError');
    expect(r.explanation).toContain('assert candidate([1, 2]) == 3');
  });

  it.each([
    ['sys.exit(0)', 'import sys\nsys.exit(0)\ndef total(xs):\n    return sum(xs)'],
    ['os._exit(0)', 'import os\nos._exit(0)\ndef total(xs):\n    return sum(xs)'],
    ['a forged sentinel', 'import os\nos.write(1, b"__bench_harness_ok_0000__\\n")\nos._exit(0)\ndef total(xs):\n    return 0'],
  ])('never counts %s before the tests as a pass (harness_not_reached)', async (_n, code) => {
    const r = await scorer.score(item, fenced(code), ctx);
    expect(r).toMatchObject({ correct: false, reason: 'harness_not_reached' });
  });

  it('counts syntax errors and missing modules apart from assertion failures', async () => {
    const syntax = await scorer.score(item, fenced('def total(xs):\n    return sum(xs'), ctx);
    const missing = await scorer.score(item, fenced('import numpy_not_here\ndef total(xs):\n    return sum(xs)'), ctx);
    expect(syntax.reason).toBe('syntax_error');
    expect(missing.reason).toBe('missing_module');
    expect(missing.explanation).toContain('numpy_not_here');
  });

  it('reports an endless loop as timeout and an allocation bomb as memory', async () => {
    const [t, m] = await Promise.all([
      scorer.score(item, fenced('def total(xs):\n    while True: pass'), ctx),
      scorer.score(item, fenced('def total(xs):\n    return len(bytearray(10**11))'), ctx),
    ]);
    expect(t.reason).toBe('timeout');
    expect(m.reason).toBe('memory');
  });

  it('reports no_code for an empty output, without running anything', async () => {
    expect(await scorer.score(item, '   \n', ctx)).toMatchObject({ correct: false, extracted: null, reason: 'no_code' });
  });

  it('refuses an item without a test once, when the suite is checked (never on every score call), naming the item and the field', async () => {
    const bad = { id: 'broken-7', prompt: 'def f():\n', entry_point: 'f' };
    expect(checkCodeItem(bad, { type: 'code' })).toEqual(['field `test`: expected a non-empty string, got nothing']);
    await expect(createCodeScorer(config, { ...suite, items: [bad] })).rejects.toThrow(/item broken-7: field `test`/);
  });
});

describe('code scorer options', () => {
  it.each([
    [{ timeout_s: -1 }, /scorer.timeout_s must be a positive number/],
    [{ memory_mb: 'lots' }, /scorer.memory_mb must be a positive integer/],
    [{ language: 'rust' }, /scorer.language must be "python"/],
    [{ harness: 'mystery' }, /scorer.harness must be/],
    [{ unsafe_no_sandbox: 'yes' }, /unsafe_no_sandbox must be true or false/],
    [{ isolation: 'vm' }, /scorer.isolation must be "checker" or "in_process"/],
  ])('rejects %o with an InputError naming the option', async (extra, msg) => {
    const err = await createCodeScorer({ ...config, ...extra } as ScorerConfig, suite).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(msg);
  });

  it('isolation: in_process runs code and tests in one program, says so, and counts no test cases', async () => {
    const inProcess = await createCodeScorer({ ...config, isolation: 'in_process' }, suite);
    try {
      expect(inProcess.isolation).toBe('in_process');
      expect(await inProcess.score(item, fenced('def total(xs):\n    return sum(xs)'), ctx)).toMatchObject({ correct: true, testsTotal: null });
      expect(await inProcess.score(item, fenced('def total(xs):\n    return 0'), ctx)).toMatchObject({ correct: false, reason: 'failed_tests', testsTotal: null });
    } finally {
      await inProcess.close?.();
    }
  });

  it('refuses to create a scorer when the sandbox is unavailable', async () => {
    await expect(createCodeScorer({ ...config, bwrap_path: '/nonexistent/bwrap' }, suite)).rejects.toThrow(/--unsafe-no-sandbox/);
  });
});
