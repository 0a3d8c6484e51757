/**
 * RELIABILITY.md C26 for a code suite (issue 14): Ctrl-C while generated programs are running in
 * the sandbox → exit 3 with the resume line (no uncaught "Error: SIGINT"), records intact, no
 * process of the programs left; the resume finishes the run.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { readJsonl, runBench } from '../helpers/bench.js';
import { alive, marked, sleep, token } from '../scorers/sandbox/helpers.js';
import { runDirOf, serverPool, workspace } from './helpers.js';

const serve = serverPool();

function writeCodeSuite(dir: string, items: number): void {
  const suite = path.join(dir, 'tasks', 'slowcode');
  fs.mkdirSync(suite, { recursive: true });
  fs.writeFileSync(path.join(suite, 'suite.yaml'), 'name: slowcode\ndomain: code\ndescription: programs that take a while\nversion: "1"\nmetric: pass_at_k\n' +
    'scorer: { type: code, harness: humaneval, language: python, k: [1], timeout_s: 60 }\ntemplate: "{{prompt}}"\n');
  const lines = Array.from({ length: items }, (_, i) => JSON.stringify({
    id: `slow-${i}`, prompt: `def f${i}():\n    """Return ${i}."""\n`, entry_point: `f${i}`, test: `def check(candidate):\n    assert candidate() == ${i}\n`,
  }));
  fs.writeFileSync(path.join(suite, 'items.jsonl'), lines.join('\n') + '\n');
}

describe('C26: Ctrl-C during code scoring', () => {
  it('C26: SIGINT while programs run in the sandbox → exit 3 and the resume line, no stack, no program left; resume finishes', async () => {
    const ws = workspace(1);
    writeCodeSuite(ws.dir, 2);
    const tok = token();
    // Each answer sleeps 2 s in the sandbox (re-exec'd so its processes carry the token).
    const program = '```python\n' + marked(tok, 'import time; time.sleep(2)') + '```';
    const server = await serve(startOpenAIServer({ answer: () => program }));
    const models = ws.models('m.yaml', [{ id: 'coder', url: server.url, concurrency: 2 }]);
    const out = ws.out('out');
    const args = ['run', '--suite', 'slowcode', '--models', models, '--out', out, '--workers', '2'];
    let sawRunning = false;
    const first = await runBench(args, {
      cwd: ws.dir,
      onSpawn: (child) => void (async () => {
        for (let i = 0; i < 600 && alive(tok).length === 0; i++) await sleep(50);
        sawRunning = alive(tok).length > 0;
        child.kill('SIGINT');
      })(),
    });
    expect(sawRunning).toBe(true);
    expect(first.code, first.stderr).toBe(3);
    expect(first.stderr).not.toMatch(/Error: SIGINT|^\s+at /m);
    expect(first.stderr).toMatch(/resume with: bench run .* --resume /);
    for (let i = 0; i < 40 && alive(tok).length > 0; i++) await sleep(50);
    expect(alive(tok)).toEqual([]);
    const run = runDirOf(out)!;
    expect(JSON.parse(fs.readFileSync(path.join(run, 'manifest.json'), 'utf8')).status).toBe('incomplete');
    const again = await runBench([...args, '--resume', run], { cwd: ws.dir });
    expect(again.code, again.stderr).toBe(0);
    const recs = readJsonl(path.join(run, 'records.jsonl'));
    expect(recs.map((r) => r.item_id).sort()).toEqual(['slow-0', 'slow-1']);
    expect(recs.every((r) => r.error === null && r.correct === false)).toBe(true); // scored: the program never defines f
    expect(alive(tok)).toEqual([]);
  }, 120_000); // two runs with sandbox calibration: slow on a loaded 2-core box
});
