/**
 * Hostile programs that try to forge a pass (issue 14): the model's code runs as a server of
 * calls in one sandbox, the tests run in a separate checker process that accepts only plain
 * data back. Every program here must score not passed; a correct one still passes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCodeScorer } from '../../../src/scorers/code/index.js';
import type { Scorer } from '../../../src/scorers/types.js';
import type { Item, ScorerConfig, Suite } from '../../../src/suites/types.js';

const config: ScorerConfig = { type: 'code', harness: 'humaneval', language: 'python', timeout_s: 5, workers: 2 };
const suite: Suite = {
  name: 'forgery', domain: 'code', description: '', version: '1', metric: 'pass_at_k', scorer: config,
  template: '{{prompt}}', fewshot: [], items: [], dir: '.', hash: '',
};
/** Four assert cases; the check leans on math.isclose, abs and sorted, which hostile code patches. */
const item: Item = {
  id: 'total-1',
  prompt: 'def total(xs):\n    """Sum of xs."""\n',
  test: [
    'def check(candidate):',
    '    import math',
    '    assert candidate([1, 2]) == 3',
    '    assert candidate([]) == 0',
    '    assert math.isclose(candidate([0.5, 0.25]), 0.75)',
    '    assert abs(candidate([-1, 1, 5]) - 5) < 1e-9 and sorted([candidate([2]), 1]) == [1, 2]',
  ].join('\n'),
  entry_point: 'total',
};
const ctx = { suite, signal: new AbortController().signal };
let scorer: Scorer;

beforeAll(async () => { scorer = await createCodeScorer(config, suite); });
afterAll(async () => { await scorer.close?.(); });

const score = (code: string) => scorer.score(item, `\`\`\`python\n${code}\n\`\`\``, ctx);
const WRONG = 'def total(xs):\n    return 0';

/** Lines a forger might guess at: the checker's result line, the old sentinel, a length-prefixed frame. */
const FORGED_LINES = [
  '{"done": true, "passed": true, "gone": false, "nonplain": null, "memory": false, "error": null, "test_error": false}',
  '{"total": 4}', '{"case": 0, "ok": true, "msg": null}', '__bench_harness_ok_0000__', 'SENTINEL-OK', 'passed',
];
const forgeAll = [
  'import os, json',
  `lines = ${JSON.stringify(FORGED_LINES)}`,
  'for fd in range(0, 64):',
  '    for l in lines:',
  '        try: os.write(fd, (l + "\\n").encode())',
  '        except OSError: pass',
  'ok = json.dumps({"ok": 3}).encode()',
  'for fd in (1, 4):',
  '    for _ in range(8):',
  '        try: os.write(fd, len(ok).to_bytes(4, "big") + ok)',
  '        except OSError: pass',
].join('\n');

describe('code scoring cannot be forged: reading the run from inside', () => {
  it.each([
    ['code objects and gc: prints every string that looks like a marker', `import gc, sys\nfor o in gc.get_objects():\n    if isinstance(o, str) and ('bench' in o or 'ok' in o):\n        print(o)\nfor m in list(sys.modules.values()):\n    for v in list(vars(m).values()):\n        if type(v).__name__ == 'code':\n            print(v.co_consts)\n${WRONG}`],
    ['frames: walks up to the launcher and rewrites its globals', `import sys\nf = sys._getframe()\nwhile f is not None:\n    for k in list(f.f_globals):\n        if k.startswith('_') and callable(f.f_globals[k]):\n            f.f_globals[k] = lambda *a, **k: None\n    f = f.f_back\n${WRONG}`],
    ['/proc/self: reads cmdline, environ, maps, fd links and prints them', `import os\nfor p in ('cmdline', 'environ', 'status'):\n    print(open('/proc/self/' + p, 'rb').read()[:2000])\nfor fd in os.listdir('/proc/self/fd'):\n    try: print(fd, os.readlink('/proc/self/fd/' + fd))\n    except OSError: pass\nprint(os.listdir('/proc'))\n${WRONG}`],
    ['environment: prints os.environ', `import os\nprint(dict(os.environ))\n${WRONG}`],
    ['inherited fds: writes forged result lines and replies to every descriptor', `${forgeAll}\n${WRONG}`],
    ['output: prints every marker the checker might use, on stdout and stderr', `import sys\nfor l in ${JSON.stringify(FORGED_LINES)}:\n    print(l); print(l, file=sys.stderr)\n${WRONG}`],
  ])('%s → not passed', async (_name, code) => {
    const r = await score(code);
    expect(r.correct).toBe(false);
    expect(r.reason).not.toBeNull();
  });

  it('a forged reply written ahead of the calls is only a value, and a wrong one', async () => {
    const r = await score(`${forgeAll}\ndef total(xs):\n    while True: pass`);
    expect(r.correct).toBe(false);
  });
});

describe('code scoring cannot be forged: answers that are not plain data', () => {
  const obj = (body: string) => `class E:\n${body}\ndef total(xs):\n    return E()`;
  it.each([
    ['__eq__ always True', obj('    __eq__ = lambda s, o: True\n    __hash__ = lambda s: 0')],
    ['__ne__ always False', obj('    __ne__ = lambda s, o: False')],
    ['__bool__ / __len__ / __hash__', obj('    __bool__ = lambda s: True\n    __len__ = lambda s: 1\n    __hash__ = lambda s: 3')],
    ['every comparison and arithmetic dunder', obj('    __eq__ = __le__ = __ge__ = lambda s, o: True\n    __ne__ = __lt__ = __gt__ = lambda s, o: False\n    __sub__ = __rsub__ = __abs__ = lambda s, *o: 0\n    __float__ = lambda s: 0.75\n    __hash__ = lambda s: 0')],
    ['an int subclass equal to everything', 'class I(int):\n    __eq__ = lambda s, o: True\n    __hash__ = int.__hash__\ndef total(xs):\n    return I(0)'],
    ['a str subclass equal to everything', 'class S(str):\n    __eq__ = lambda s, o: True\n    __hash__ = str.__hash__\ndef total(xs):\n    return S("x")'],
    ['a list subclass equal to everything', 'class L(list):\n    __eq__ = lambda s, o: True\ndef total(xs):\n    return L()'],
    ['a float subclass for isclose', 'class F(float):\n    __eq__ = lambda s, o: True\n    __sub__ = lambda s, o: 0.0\n    __hash__ = float.__hash__\ndef total(xs):\n    return F(0.75)'],
    ['a plain container holding a hostile element', 'class E:\n    __eq__ = lambda s, o: True\ndef total(xs):\n    return [E()]'],
  ])('%s → non_plain_result', async (_name, code) => {
    const r = await score(code);
    expect(r).toMatchObject({ correct: false, reason: 'non_plain_result' });
  });
});

describe('code scoring cannot be forged: patched builtins and modules', () => {
  it.each([
    ['builtins.__dict__ rewritten (AssertionError, abs, sorted, isinstance)', `import builtins\nbuiltins.__dict__['AssertionError'] = type('N', (Exception,), {})\nbuiltins.abs = lambda x: 0\nbuiltins.sorted = lambda x, **k: [1, 2]\nbuiltins.isinstance = lambda *a: True\n${WRONG}`],
    ['math.isclose always True', `import math\nmath.isclose = lambda *a, **k: True\n${WRONG}`],
    ['abs and sorted patched from inside the call', 'def total(xs):\n    import builtins, math\n    builtins.abs = lambda x: 0\n    builtins.sorted = lambda x, **k: [1, 2]\n    math.isclose = lambda *a, **k: True\n    return 0'],
  ])('%s → not passed (patches reach only the candidate\'s own process)', async (_name, code) => {
    const r = await score(code);
    expect(r.correct).toBe(false);
    expect(r.testsPassed).toBeLessThan(4);
  });
});

describe('code scoring cannot be forged: early exits', () => {
  it.each([
    ['sys.exit(0) before the tests', `import sys\nsys.exit(0)\n${WRONG}`],
    ['os._exit(0) before the tests', `import os\nos._exit(0)\n${WRONG}`],
    ['a SystemExit subclass with code 0', `class Done(SystemExit):\n    pass\nraise Done(0)\n${WRONG}`],
    ['atexit printing every marker, then exit 0', `import atexit, sys\natexit.register(lambda: [print(l) for l in ${JSON.stringify(FORGED_LINES)}])\nsys.exit(0)`],
  ])('%s → harness_not_reached', async (_name, code) => {
    const r = await score(code);
    expect(r).toMatchObject({ correct: false, reason: 'harness_not_reached' });
  });

  it.each([
    ['sys.exit(0) inside the call', 'def total(xs):\n    import sys\n    sys.exit(0)'],
    ['os._exit(0) inside the call', 'def total(xs):\n    import os\n    os._exit(0)'],
    ['raising a SystemExit subclass inside the call', 'class Done(SystemExit):\n    pass\ndef total(xs):\n    raise Done(0)'],
  ])('%s → not passed', async (_name, code) => {
    const r = await score(code);
    expect(r.correct).toBe(false);
  });
});

describe('partial credit: each assert of check is a test case, run where the code cannot reach', () => {
  it('a correct answer passes 4 of 4', async () => {
    const r = await score('def total(xs):\n    return sum(xs)');
    expect(r).toMatchObject({ correct: true, reason: null, testsPassed: 4, testsTotal: 4 });
  });

  it('an answer that passes 3 of 4 asserts scores 3 of 4 and is not correct', async () => {
    const r = await score('def total(xs):\n    return sum(xs) if xs else 1');
    expect(r).toMatchObject({ correct: false, score: 0, reason: 'failed_tests', testsPassed: 3, testsTotal: 4 });
    expect(r.explanation).toContain('assert candidate([]) == 0');
    expect(r.explanation).toContain('3 of 4');
  });

  it('an answer that raises on one input fails that case only', async () => {
    const r = await score('def total(xs):\n    if len(xs) == 1:\n        raise ValueError("one")\n    return sum(xs)');
    expect(r).toMatchObject({ correct: false, testsPassed: 3, testsTotal: 4 });
  });
});
