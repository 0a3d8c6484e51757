/**
 * The library API from the outside: the README's "Use from code" example, copied verbatim into
 * a script in a separate folder whose node_modules/bench links to this (built) package, run by
 * node against a loopback OpenAI server — as a user's script would run it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from './fixtures/openai-server.js';
import { readJsonl, ROOT, tempDir } from './helpers/bench.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;

/** The first ```js block of the README's "Use from code" section. */
function readmeExample(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use from code'));
  const m = /```js\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error('README: no js example under "## Use from code"');
  return m[1]!;
}

function node(script: string, cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('bench as a library', () => {
  let server: Fake;
  let dir: string;

  beforeAll(async () => {
    server = await startOpenAIServer({ answer: () => 'The answer is A.' });
    dir = tempDir('bench-lib-');
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'bench'), 'dir');
  });
  afterAll(async () => {
    await server.close();
  });

  it('the README example runs as a user script: import from "bench", one run folder, results on stdout, progress on stderr', async () => {
    fs.writeFileSync(path.join(dir, 'example.mjs'), readmeExample());
    const res = await node('example.mjs', dir, { OPENAI_BASE_URL: server.url });
    expect(res.code, res.stderr).toBe(0);
    const lines = res.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^medical local: \d+\/20 correct$/);
    const runDir = /^run folder: (\S+)$/.exec(lines[1]!)?.[1];
    expect(runDir).toBeDefined();
    expect(lines).toHaveLength(2);
    expect(res.stderr).toMatch(/^[.x]{20}$/);
    expect(path.dirname(runDir!)).toBe(fs.realpathSync(path.join(dir, 'results')));
    expect(readJsonl(path.join(runDir!, 'records.jsonl'))).toHaveLength(20);
    const summary = JSON.parse(fs.readFileSync(path.join(runDir!, 'summary.json'), 'utf8'));
    expect(summary.rows[0]).toMatchObject({ suite: 'medical', model: 'local', n: 20 });
    expect(server.requests).toHaveLength(20);
  });

  it('loadRun, compareRuns and report work on the folders a run wrote, and bad input is an InputError, not an exit', async () => {
    const script = [
      "import { run, loadRun, compareRuns, report, InputError } from 'bench';",
      `const models = { models: [{ id: 'local', provider: 'openai', model: 'm', base_url: ${JSON.stringify(server.url)} }] };`,
      "const suite = { name: 'tiny', domain: 'test', description: 'd', version: '1', scorer: { type: 'choice' }, template: '{{question}}\\n\\n{{choices}}',",
      "  items: [1, 2, 3].map((i) => ({ id: `q${i}`, question: `Q${i}?`, choices: { A: 'a', B: 'b' }, answer: 'A' })) };",
      "const a = await run({ suites: [suite], models, out: 'lib-out' });",
      "const b = await run({ suites: [suite], models, out: 'lib-out', cache: false });",
      "const loaded = await loadRun(a.runDir);",
      "const cmp = await compareRuns(a.runDir, b.runDir);",
      "const rep = await report(b.runDir);",
      "let bad = null;",
      "try { await run({ suites: [suite], models: { models: [{ id: 'x', provider: 'openai', model: 'm', base_url: 'http://127.0.0.1:1/v1', temprature: 1 }] }, out: 'lib-out' }); } catch (e) { bad = e; }",
      "console.log(JSON.stringify({ complete: a.complete, n: loaded.records.length, rows: cmp.rows.length, same: rep.summary.rows[0].accuracy === b.summary.rows[0].accuracy, bad: bad instanceof InputError, msg: String(bad?.message) }));",
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'api.mjs'), script);
    const res = await node('api.mjs', dir, {});
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout.trim());
    expect(out).toMatchObject({ complete: true, n: 3, rows: 1, same: true, bad: true });
    expect(out.msg).toMatch(/temprature/);
    expect(fs.readdirSync(path.join(dir, 'lib-out')).filter((d) => !d.startsWith('.'))).toHaveLength(2);
  });
});
