/**
 * The long-lived checker sandbox of a worker (issue 18): each item's checker is a fresh child of
 * it, and nothing a hostile candidate sends reaches the checker of a later item on that worker.
 * One worker, so consecutive items meet the same server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkerProgram } from '../../../src/scorers/code/checker.js';
import { Sandbox } from '../../../src/scorers/sandbox/index.js';

let sandbox: Sandbox;
beforeAll(async () => { sandbox = await Sandbox.create({ workers: 1, timeoutS: 5 }); });
afterAll(async () => { await sandbox.close(); });

/** c(1) must be 2; a failing case's message names the checker's parent (the server) and a module global. */
const TEST = [
  'import os',
  'def check(candidate):',
  '    global SEEN',
  "    seen = globals().get('SEEN', 'fresh')",
  "    SEEN = 'used'",
  "    assert candidate(1) == 2, 'server %d state %s' % (os.getppid(), seen)",
].join('\n');
const checker = checkerProgram({ prompt: 'def f(x):\n    pass\n', test: TEST, entry: 'f' });
const check = (source: string) => sandbox.check({ source, entry: 'f', checker });
const WRONG = 'def f(x):\n    return 0\n';
const RIGHT = 'def f(x):\n    return x + 1\n';
/**
 * Answers wrongly, then keeps writing forged replies ({"ok": 2}, the right answer) to the reply
 * channel until it is killed: bytes no checker of this item reads.
 */
const FLOOD = [
  'import os, threading, time',
  'frame = b\'{"ok":2}\'',
  'data = (len(frame).to_bytes(4, "big") + frame) * 4000',
  'def flood():',
  '    time.sleep(0.05)',
  '    while True:',
  '        try: os.write(4, data)',
  '        except OSError: return',
  'def f(x):',
  '    threading.Thread(target=flood, daemon=True).start()',
  '    return 0',
].join('\n');

describe('the checker server of a worker', () => {
  it('runs each item in a fresh checker process of the same server, with no state left from the last item', async () => {
    const a = await check(WRONG);
    const b = await check(WRONG);
    expect(a.verdict).toBe('failed');
    expect(b.verdict).toBe('failed');
    const server = (r: { explanation: string }) => /server (\d+) state (\w+)/.exec(r.explanation);
    expect(server(a)?.[2]).toBe('fresh');
    expect(server(b)?.[2]).toBe('fresh');
    expect(server(b)?.[1]).toBe(server(a)?.[1]);
  });

  it('never lets replies a candidate flooded the channel with reach the next item\'s checker', async () => {
    const flooded = await check(FLOOD);
    expect(flooded.verdict).not.toBe('passed');
    for (let i = 0; i < 3; i++) expect((await check(WRONG)).verdict).toBe('failed');
    expect((await check(RIGHT)).verdict).toBe('passed');
  });

  it('replaces a server whose item did not end cleanly (aborted), and the next items get their own verdicts', async () => {
    const ctl = new AbortController();
    const slow = sandbox.check({ source: 'import time\ntime.sleep(10**6)\n' + RIGHT, entry: 'f', checker, signal: ctl.signal });
    setTimeout(() => ctl.abort(new Error('stop')), 200);
    await expect(slow).rejects.toThrow('stop');
    expect((await check(RIGHT)).verdict).toBe('passed');
    expect((await check(WRONG)).verdict).toBe('failed');
  });
});
