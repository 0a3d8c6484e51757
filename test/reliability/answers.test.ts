/**
 * An answer that isn't one is not a wrong answer (issue 14), through the built `bench` binary
 * against a loopback server: a 200 without a choice (SSE or JSON) or with an HTML page is an
 * error record — never scored, never cached, so a rerun after the server is fixed gets the
 * right answers — and a refusal or a reply of tool calls only is its own visible outcome.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer, type Fault } from '../fixtures/openai-server.js';
import { readJsonl, runBench } from '../helpers/bench.js';
import { allFiles, serverPool, workspace } from './helpers.js';

const serve = serverPool();

const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
  `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 0, model: 'fake', choices, ...extra })}\n\n`;
const sse = (body: string): Fault => ({ status: 200, headers: { 'content-type': 'text/event-stream' }, body });

const POISONS: Array<[string, Fault, RegExp]> = [
  ['an event stream whose chunks all have choices: []', sse(`${chunk([])}${chunk([], { usage: { prompt_tokens: 5, completion_tokens: 0 } })}data: [DONE]\n\n`), /no choice in the stream \(choices: \[\]\)/],
  ['a JSON completion with choices: []', { status: 200, body: JSON.stringify({ id: 'c1', object: 'chat.completion', choices: [], usage: { prompt_tokens: 5, completion_tokens: 0 } }) }, /no choice in the response \(choices: \[\]\)/],
  ['an HTML login page', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html>\n<html><head><title>Sign in to the proxy</title></head><body>…</body></html>' },
    /content-type text\/html; charset=utf-8 is not a chat completion .*HTML page.*the body starts: "<!DOCTYPE html> <html><head><title>Sign in/],
];

describe('issue 14: a 200 that holds no answer is an error, never a wrong answer, never cached', () => {
  it('choices: [] (SSE or JSON) and an HTML page: error records naming what came back, nothing cached; fixed server, same command → every answer right', async () => {
    const ws = workspace(3);
    let poisoned = true;
    const server = await serve(startOpenAIServer({ answer: ws.reply, faults: ({ body }) => (poisoned ? POISONS[Number(String(body.model).slice(-1))]![1] : undefined) }));
    const models = ws.models('m.yaml', POISONS.map((_, i) => ({ id: `m${i}`, url: server.url })));
    const out = ws.out('out');
    const run = () => runBench(['run', '--suite', 'quiz', '--models', models, '--out', out], { cwd: ws.dir, env: { BENCH_RETRY_BASE_MS: '0' } });
    const first = await run();
    expect(first.code, first.stderr).toBe(3);
    const [dir1] = fs.readdirSync(out).filter((d) => !d.startsWith('.'));
    const recs1 = readJsonl(path.join(out, dir1!, 'records.jsonl'));
    expect(recs1).toHaveLength(9);
    for (const r of recs1) {
      expect(r).toMatchObject({ correct: null, score: null, reason: null, error_kind: 'protocol' });
      expect(r.error, `${r.model}: ${POISONS[Number(r.model.slice(-1))]![0]}`).toMatch(POISONS[Number(r.model.slice(-1))]![2]);
    }
    const cached = allFiles(path.join(out, '.cache')).map((f) => fs.readFileSync(f, 'utf8')).join('');
    expect(cached.trim()).toBe('');
    poisoned = false;
    const before = server.requests.length;
    const second = await run();
    expect(second.code, second.stderr).toBe(0);
    expect(server.requests.length - before).toBe(9);
    const dir2 = fs.readdirSync(out).filter((d) => !d.startsWith('.') && d !== dir1)[0]!;
    const recs2 = readJsonl(path.join(out, dir2, 'records.jsonl'));
    expect(recs2.map((r) => [r.correct, r.cached])).toEqual(Array.from({ length: 9 }, () => [true, false]));
  }, 90_000); // several bench runs: slow on a loaded 2-core box
});

describe('issue 14: a refusal or a reply of tool calls only is its own visible outcome', () => {
  it('content_filter → reason refused, tool calls without text → no_text; counted as refused in the table, summary.json, results.csv, report.md and report.html', async () => {
    const ws = workspace(4);
    const filtered = sse(`${chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }])}${chunk([{ index: 0, delta: {}, finish_reason: 'content_filter' }])}data: [DONE]\n\n`);
    const tools = sse(`${chunk([{ index: 0, delta: { role: 'assistant', tool_calls: [{ index: 0, id: 't1', type: 'function', function: { name: 'lookup', arguments: '{}' } }] }, finish_reason: null }])}${chunk([{ index: 0, delta: {}, finish_reason: 'tool_calls' }])}data: [DONE]\n\n`);
    const server = await serve(startOpenAIServer({
      answer: ws.reply,
      faults: ({ body }) => {
        const text = JSON.stringify(body.messages);
        return text.includes('quiz-001') ? filtered : text.includes('quiz-002') ? tools : undefined;
      },
    }));
    const models = ws.models('m.yaml', [{ id: 'm', url: server.url }]);
    const out = ws.out('out');
    // A wide terminal: at 80 columns the table drops the Refused column (test/reports/table-fit.test.ts).
    const res = await runBench(['run', '--suite', 'quiz', '--models', models, '--out', out], { cwd: ws.dir, env: { COLUMNS: '200' } });
    expect(res.code, res.stderr).toBe(0);
    const dir = path.join(out, fs.readdirSync(out).filter((d) => !d.startsWith('.'))[0]!);
    const recs = readJsonl(path.join(dir, 'records.jsonl'));
    const byItem = Object.fromEntries(recs.map((r) => [r.item_id, r]));
    expect(byItem['quiz-001']).toMatchObject({ correct: false, score: 0, reason: 'refused', error: null, finish_reason: 'content_filter' });
    expect(byItem['quiz-002']).toMatchObject({ correct: false, score: 0, reason: 'no_text', error: null, finish_reason: 'tool_calls' });
    const row = JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8')).rows[0];
    expect(row).toMatchObject({ n: 4, correct: 2, errors: 0, refused: 2 });
    const table = res.stdout.split('\n');
    const head = table.find((l) => l.includes('Refused'))!;
    const line = table.find((l) => l.includes('│ m '))!;
    const col = (l: string) => l.split('│').map((c) => c.trim());
    expect(col(line)[col(head).indexOf('Refused')]).toBe('2');
    const [csvHead, csvRow] = fs.readFileSync(path.join(dir, 'results.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    expect(csvRow![csvHead!.indexOf('refused')]).toBe('2');
    expect(fs.readFileSync(path.join(dir, 'report.md'), 'utf8')).toMatch(/\| Refused \|[^\n]*\n[^\n]*\n\| m \|(?:[^|\n]*\|){6} 2 \|/);
    expect(fs.readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('>Refused</th>');
  }, 90_000); // several bench runs: slow on a loaded 2-core box
});
