/**
 * End to end: `bench run --scoring likelihood` through the built binary against a loopback server
 * speaking vLLM's `/v1/completions` echo/logprobs format; the expected log-likelihoods, acc,
 * acc_norm, gold probability and Brier score are computed here from the server's script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { echoCompletions, tokenizeEcho } from '../fixtures/completions-echo.js';
import { onlyRun, readJsonl, runBench, tempDir } from '../helpers/bench.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;
const N = 12;

/** Items: gold is a long option on even items, a short one on odd items; one distractor of each length. */
function items(): Array<{ id: string; question: string; choices: Record<string, string>; answer: string }> {
  return Array.from({ length: N }, (_, i) => {
    const long = `the long and careful answer number ${i}`;
    const short = `no${i}`;
    const choices = { A: short, B: long, C: `x${i}`, D: `another long but wrong answer ${i}` };
    return { id: `q${String(i + 1).padStart(2, '0')}`, question: `Question q${i + 1}: pick one?`, choices, answer: i % 2 === 0 ? 'B' : 'A' };
  });
}

/** "lm": a token that continues the gold option's text costs 0.1 nats a character, any other token 0.5. "flat": 0.3 for every token. */
function logprob({ model, prefix, token }: { model: string; prefix: string; token: string }): number {
  const chars = [...token].length;
  if (model === 'flat') return -0.3 * chars;
  const at = prefix.indexOf('\nAnswer:');
  const id = /Question q(\d+):/.exec(prefix)?.[1];
  if (at < 0 || id === undefined) return -0.5 * chars;
  const item = items()[Number(id) - 1]!;
  const sofar = prefix.slice(at + '\nAnswer:'.length) + token;
  return ` ${item.choices[item.answer]}`.startsWith(sofar) ? -0.1 * chars : -0.5 * chars;
}

/** The same sum, independently: the continuation's tokens and their scripted log-probabilities. */
function expectedLogprob(model: string, context: string, continuation: string): number {
  const tokens = tokenizeEcho(context + continuation);
  let prefix = '';
  let sum = 0;
  for (const t of tokens) {
    if (prefix.length >= context.length) sum += logprob({ model, prefix, token: t });
    prefix += t;
  }
  return sum;
}

describe('bench run --scoring likelihood on an OpenAI-compatible completions server', () => {
  let dir: string;
  let server: Fake;
  let runDir: string;
  let result: Awaited<ReturnType<typeof runBench>>;

  beforeAll(async () => {
    dir = tempDir();
    const folder = path.join(dir, 'tasks', 'mc');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'suite.yaml'), 'name: mc\ndomain: test\ndescription: d\nversion: "1"\nscorer: { type: choice }\ntemplate: "{{question}}\\n\\n{{choices}}"\n');
    fs.writeFileSync(path.join(folder, 'items.jsonl'), items().map((x) => JSON.stringify(x)).join('\n') + '\n');
    server = await startOpenAIServer({
      answer: ({ messages }) => {
        const id = Number(/Question q(\d+):/.exec(messages.at(-1)!.content)![1]);
        return `Answer: ${items()[id - 1]!.answer}`;
      },
      completions: echoCompletions({ logprob }),
    });
    fs.writeFileSync(path.join(dir, 'models.yaml'), [
      'models:',
      `  - { id: lm, provider: openai, model: lm, base_url: "${server.url}", params_b: 7, tuned: domain }`,
      `  - { id: flat, provider: openai, model: flat, base_url: "${server.url}", params_b: 70, tuned: generic }`,
      '',
    ].join('\n'));
    result = await runBench(['run', '--suite', 'mc', '--scoring', 'likelihood', '--out', 'out', '--no-progress'], { cwd: dir });
    runDir = onlyRun(path.join(dir, 'out'));
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it("sends vLLM's echo request: every option's prompt, echo, logprobs 1, max_tokens 0", () => {
    expect(result.code, result.stderr).toBe(0);
    const reqs = server.requests.filter((r) => r.body.prompt !== undefined);
    expect(reqs).toHaveLength(2 * N);
    const first = reqs.find((r) => r.model === 'lm' && String(r.body.prompt[0]).includes('q1:'))!;
    expect(first.body).toMatchObject({ echo: true, logprobs: 1, max_tokens: 0, temperature: 0 });
    expect(first.body.prompt).toEqual(Object.values(items()[0]!.choices).map((c) => `Question: Question q1: pick one?\nAnswer: ${c}`));
  });

  it('records each option log-likelihood, summed over the continuation tokens only', () => {
    const records = readJsonl(path.join(runDir, 'records.jsonl')).filter((r) => r.variant === 'likelihood');
    expect(records).toHaveLength(2 * N);
    for (const r of records) {
      const item = items().find((x) => x.id === r.item_id)!;
      const context = `Question: ${item.question}\nAnswer:`;
      for (const o of r.likelihood.options) {
        expect(o.logprob).toBeCloseTo(expectedLogprob(r.model, context, ` ${item.choices[o.key]}`), 9);
        expect(o.chars).toBe(item.choices[o.key]!.length + 1);
      }
    }
  });

  it('reports acc and acc_norm as lm-evaluation-harness defines them, with gold probability and Brier score', () => {
    const summary = JSON.parse(fs.readFileSync(path.join(runDir, 'summary.json'), 'utf8'));
    const rb = summary.robustness.find((r: any) => r.suite === 'mc');
    const lik = (m: string) => rb.likelihood.find((x: any) => x.model === m);
    // Independently: argmax of the sums and of the sums per character.
    const expected = (model: string) => {
      let acc = 0, norm = 0, gp = 0, brier = 0;
      for (const item of items()) {
        const context = `Question: ${item.question}\nAnswer:`;
        const keys = Object.keys(item.choices);
        const lls = keys.map((k) => expectedLogprob(model, context, ` ${item.choices[k]}`));
        const per = lls.map((l, i) => l / (item.choices[keys[i]!]!.length + 1));
        if (keys[lls.indexOf(Math.max(...lls))] === item.answer) acc++;
        if (keys[per.indexOf(Math.max(...per))] === item.answer) norm++;
        const z = lls.reduce((s, l) => s + Math.exp(l), 0);
        const p = lls.map((l) => Math.exp(l) / z);
        gp += p[keys.indexOf(item.answer)]!;
        brier += p.reduce((s, v, i) => s + (v - (keys[i] === item.answer ? 1 : 0)) ** 2, 0);
      }
      return { acc: acc / N, acc_norm: norm / N, gold_prob: gp / N, brier: brier / N };
    };
    for (const m of ['lm', 'flat']) {
      const e = expected(m);
      expect(lik(m).n).toBe(N);
      expect(lik(m).acc).toBeCloseTo(e.acc, 12);
      expect(lik(m).acc_norm).toBeCloseTo(e.acc_norm, 12);
      expect(lik(m).gold_prob).toBeCloseTo(e.gold_prob, 9);
      expect(lik(m).brier).toBeCloseTo(e.brier, 9);
    }
    // The script makes lm's acc and acc_norm differ: long gold options lose on the raw sum.
    expect(lik('lm').acc).toBe(0.5);
    expect(lik('lm').acc_norm).toBe(1);
    expect(rb.methods.map((m: any) => m.method)).toEqual(['generative', 'likelihood_acc', 'likelihood_acc_norm']);
    // Main figures are the generative answers only.
    expect(summary.rows.map((r: any) => [r.model, r.n, r.accuracy])).toEqual([['lm', N, 1], ['flat', N, 1]]);
    expect(rb.sentences.slice(0, 3)).toEqual([
      'mc: no model wins as written, but under likelihood scoring (acc) lm is significantly better than every other model.',
      'lm and flat tie as written; under likelihood scoring (acc) lm leads flat by 50.0 points (p=0.03).',
      'lm and flat tie as written; under likelihood scoring per character (acc_norm) lm leads flat by 50.0 points (p=0.03).',
    ]);
    // The verdict under likelihood partial credit (probability on the gold option), from the same figures.
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    expect(rb.sentences.slice(3)).toHaveLength(1);
    expect(rb.sentences[3]).toMatch(new RegExp(`^Under likelihood partial credit lm is significantly better than flat \\(${pct(lik('lm').gold_prob).replace('.', '\\.')} against ${pct(lik('flat').gold_prob).replace('.', '\\.')} probability on the gold option`));
    const md = fs.readFileSync(path.join(runDir, 'report.md'), 'utf8');
    expect(md).toContain('Likelihood scoring:');
    const csv = fs.readFileSync(path.join(runDir, 'results.csv'), 'utf8');
    expect(csv).toContain(',likelihood_acc_norm');
  });

  it('re-scores the run without touching its likelihood records (they are judged from numbers, not text)', async () => {
    const sent = server.requests.length;
    const res = await runBench(['rescore', runDir, '--out', path.join(dir, 'rescored')], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(server.requests.length).toBe(sent);
    const pick = (file: string) => readJsonl(file).filter((r) => r.variant === 'likelihood').map((r) => [r.model, r.item_id, r.extracted, r.correct, r.likelihood]);
    expect(pick(path.join(onlyRun(path.join(dir, 'rescored')), 'records.jsonl'))).toEqual(pick(path.join(runDir, 'records.jsonl')));
  }, 60_000);

  it('refuses a chat-only endpoint before any request, naming it and what is missing', async () => {
    const before = server.requests.length;
    fs.writeFileSync(path.join(dir, 'chat.yaml'), [
      'models:',
      `  - { id: local-ollama, provider: ollama, model: m, base_url: "${server.url.replace(/\/v1$/, '')}" }`,
      `  - { id: claude, provider: anthropic, model: c, base_url: "${server.url.replace(/\/v1$/, '')}", api_key_env: FAKE_KEY, params: { max_tokens: 16 } }`,
      '',
    ].join('\n'));
    const r = await runBench(['run', '--suite', 'mc', '--models', 'chat.yaml', '--scoring', 'likelihood', '--out', 'out3', '--no-progress'], { cwd: dir, env: { FAKE_KEY: 'sk-fake' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('model local-ollama (ollama, http://127.0.0.1');
    expect(r.stderr).toContain("Ollama's API returns no log-probabilities of the prompt");
    expect(r.stderr).toContain("model claude (anthropic, http://127.0.0.1");
    expect(r.stderr).toContain("Anthropic's Messages API returns no log-probabilities");
    expect(r.stderr).not.toContain('    at ');
    expect(server.requests.length).toBe(before);
    expect(fs.existsSync(path.join(dir, 'out3'))).toBe(false);
  });
});
