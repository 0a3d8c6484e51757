/**
 * RELIABILITY.md section D (bad config and suite input) at the CLI: one clear message naming
 * file:line (or model id / item id) and the field, exit 2, no request sent, no run folder.
 * The loaders' full message contracts are unit-tested in test/config/load.test.ts and
 * test/suites/load.test.ts; a few of these cases also run at the CLI in
 * test/cli/faults.e2e.test.ts ("bad input: one clear message, exit 2, no run folder").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer, type FakeServer } from '../fixtures/openai-server.js';
import { onlyRun, readJsonl, runBench } from '../helpers/bench.js';
import { modelsYaml, workspace, removeWorkspaces } from './helpers.js';

const ws = workspace(4);
let server: FakeServer;
let okModels: string;
beforeAll(async () => {
  server = await startOpenAIServer({ answer: ws.reply });
  okModels = ws.models('ok.yaml', [{ id: 'm1', url: server.url }]);
});
afterAll(async () => {
  removeWorkspaces();
  await server.close();
  fs.rmSync(path.join(ws.dir, 'tasks', 'd33huge'), { recursive: true, force: true });
});

const SUITE_YAML = fs.readFileSync(path.join(ws.dir, 'tasks', 'quiz', 'suite.yaml'), 'utf8');
const item = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, question: `Question ${id}: which letter is A?`, choices: { A: 'alpha', B: 'bravo' }, answer: 'A', ...extra });

/** A suite folder `tasks/<name>` with the given suite.yaml text and items bytes. */
function suite(name: string, items: string | Buffer, yaml = SUITE_YAML.replace('name: quiz', `name: ${name}`)): string {
  const folder = path.join(ws.dir, 'tasks', name);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'suite.yaml'), yaml);
  fs.writeFileSync(path.join(folder, 'items.jsonl'), items);
  return name;
}
function models(name: string, text: string): string {
  fs.writeFileSync(path.join(ws.dir, name), text);
  return name;
}
const base = () => modelsYaml([{ id: 'm1', url: server.url }]);

/** [case name, args after `run` (suite defaults to quiz, models to ok.yaml), expected stderr, env]. */
type Case = [string, () => string[], RegExp, Record<string, string>?];
const cases: Case[] = [
  ['D30: malformed YAML → file:line:column', () => ['--models', models('d30-yaml.yaml', base().replace('provider: openai', 'provider: [openai'))], /d30-yaml\.yaml:\d+:\d+/],
  ['D30: a duplicate key → file:line of the second one', () => ['--models', models('d30-dup.yaml', base().replace('    concurrency: 2', '    concurrency: 2\n    concurrency: 3'))], /d30-dup\.yaml:7(:\d+)?.*concurrency/s],
  ['D30: an unknown key (temprature) → file:line and the nearest valid key', () => ['--models', models('d30-typo.yaml', base() + '    params: { temprature: 0 }\n')], /d30-typo\.yaml:\d+.*temprature.*temperature/s],
  ['D30: an unknown model key (concurency) → the nearest valid key', () => ['--models', models('d30-typo2.yaml', base().replace('concurrency:', 'concurency:'))], /d30-typo2\.yaml:\d+.*concurency.*concurrency/s],
  ['D30: an unknown suite.yaml key (scorrer) → suite.yaml:line and the suggestion', () => ['--suite', suite('d30suite', item('a1') + '\n', SUITE_YAML.replace('name: quiz', 'name: d30suite').replace('scorer:', 'scorrer:'))], /suite\.yaml:\d+.*scorrer.*scorer/s],
  ['D31: an unknown provider → names the model and lists the valid ones', () => ['--models', models('d31-prov.yaml', base().replace('provider: openai', 'provider: openia'))], /m1.*provider.*openai.*ollama.*gguf/s],
  ['D31: an empty key variable → names the variable and the model, never a value', () => ['--models', models('d31-key.yaml', base() + '    api_key_env: D31_EMPTY_KEY\n')], /D31_EMPTY_KEY.*(empty|not set)|(empty|not set).*D31_EMPTY_KEY/is, { D31_EMPTY_KEY: '' }],
  ['D31: max_tokens: -1 → names the model id and the field, and what is valid', () => ['--models', models('d31-type.yaml', base() + '    params: { max_tokens: -1 }\n')], /m1.*max_tokens.*(expected|≥|>=|whole)/s],
  ['D32: duplicate item ids → both lines', () => ['--suite', suite('d32dup', [item('x1'), item('x2'), item('x1')].join('\n') + '\n')], /items\.jsonl:3.*x1.*line 1|x1.*items\.jsonl:1.*3/s],
  ['D32: an item missing a field its template uses → item id and the field', () => ['--suite', suite('d32missing', [item('ok1'), JSON.stringify({ id: 'nofield', choices: { A: 'a' }, answer: 'A' })].join('\n') + '\n')], /nofield.*question|question.*nofield/s],
  ['D32: bytes that are not UTF-8 → file:line', () => ['--suite', suite('d32bytes', Buffer.concat([Buffer.from(item('u1') + '\n'), Buffer.from('{"id":"u2","question":"Question u2: caf'), Buffer.from([0xe9, 0xff]), Buffer.from('","choices":{"A":"a"},"answer":"A"}\n')]))], /items\.jsonl:2.*UTF-8/s],
  ['D32: an empty suite → refused naming the file', () => ['--suite', suite('d32empty', '\n\n')], /d32empty.*(empty|no items)|(empty|no items).*d32empty/is],
  ['D32: --limit 0 (an empty suite after filtering) → refused as a flag', () => ['--limit', '0'], /--limit.*1/],
  ['D33: a 1 GiB+ items file → refused before reading, with what to do instead', () => {
    const name = suite('d33huge', '');
    fs.truncateSync(path.join(ws.dir, 'tasks', name, 'items.jsonl'), 1024 ** 3 + 1);
    return ['--suite', name];
  }, /items\.jsonl: 1\.0 GiB is more than bench reads.*split/s],
];

describe('D: bad input at the CLI → exit 2, no request, no run folder', () => {
  for (const [name, setup, message, env] of cases) {
    it(name, async () => {
      const args = setup();
      const out = ws.out(`out-${name.replace(/\W+/g, '-')}`);
      const full = ['run', ...(args.includes('--suite') ? [] : ['--suite', 'quiz']), ...(args.includes('--models') ? [] : ['--models', okModels]), '--out', out, ...args];
      const before = server.requests.length;
      const res = await runBench(full, { cwd: ws.dir, env, timeoutMs: 30_000 });
      expect(res.code, res.stderr).toBe(2);
      expect(res.stderr).toMatch(message);
      expect(res.stderr).not.toMatch(/\n\s+at /);
      expect(server.requests.length - before).toBe(0);
      expect(fs.existsSync(out) && fs.readdirSync(out).length > 0).toBe(false);
    });
  }
});

describe('D32: input bench accepts', () => {
  it('D32: a BOM and CRLF line endings in suite.yaml, items.jsonl and models.yaml are accepted', async () => {
    const crlf = (s: string) => '\ufeff' + s.replace(/\n/g, '\r\n');
    const name = suite('d32bom', crlf([item('b1'), item('b2'), item('b3')].join('\n') + '\n'), crlf(SUITE_YAML.replace('name: quiz', 'name: d32bom')));
    const file = models('d32-bom.yaml', crlf(base()));
    const out = ws.out('d32-bom');
    const res = await runBench(['run', '--suite', name, '--models', file, '--out', out], { cwd: ws.dir });
    expect(res.code, res.stderr).toBe(0);
    const recs = readJsonl(path.join(onlyRun(out), 'records.jsonl'));
    expect(recs.map((r) => r.item_id).sort()).toEqual(['b1', 'b2', 'b3']);
    expect(recs.every((r) => r.correct === true)).toBe(true);
  });
});
