/**
 * The judging phase in process (src/runner/judging.ts) against scripted loopback judges
 * (test/fixtures/judge-server.ts): grades become scores, failures become error records, the
 * judge's bill stays apart, the cache makes a rerun free, and the bias controls hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { prepareRun, run } from '../../src/runner/run.js';
import { InputError } from '../../src/errors.js';
import { judgeAnswer, judgeModels, judgeSuite, startJudgeServer, N_ITEMS } from '../fixtures/judge-server.js';
import { startOpenAIServer, type Fault } from '../fixtures/openai-server.js';
import { readJsonl, tempDir } from '../helpers/bench.js';
import type { RunConfig } from '../../src/runner/config.js';

type Fake = Awaited<ReturnType<typeof startJudgeServer>>;
const JUDGES = new Set(['fair', 'contrary', 'first', 'malformed']);

describe('judge scoring', () => {
  let server: Fake;
  let dir: string;
  const config = (extra: Partial<RunConfig> & { scorer?: Record<string, unknown> } = {}): RunConfig => {
    const { scorer, ...rest } = extra;
    return { suites: [judgeSuite(scorer)], models: judgeModels(server.url), modelIds: ['strong', 'weak'], out: path.join(dir, 'results'), cache: false, ...rest };
  };
  const judgeRequests = (from = 0) => server.requests.slice(from).filter((r) => JUDGES.has(r.model) || String(r.messages[0]?.content).includes('impartial'));

  beforeAll(async () => {
    server = await startJudgeServer(3);
    dir = tempDir('bench-judge-');
  });
  afterAll(async () => {
    await server.close();
  });

  it("scores each answer by the judge's grade, keeps the judge's bill apart, and never shows the judge a candidate's id", async () => {
    const from = server.requests.length;
    const warnings: string[] = [];
    const res = await run(config(), { onWarning: (m) => warnings.push(m) });
    expect(res.complete).toBe(true);
    const rows = Object.fromEntries(res.summary.rows.map((r) => [r.model, r]));
    expect(rows.strong).toMatchObject({ n: N_ITEMS, correct: N_ITEMS, errors: 0 });
    expect(rows.weak).toMatchObject({ n: N_ITEMS, correct: 3, errors: 0 });
    const records = readJsonl(path.join(res.runDir, 'records.jsonl'));
    const weak4 = records.find((r: any) => r.model === 'weak' && r.item_id === 'v4');
    expect(weak4).toMatchObject({ extracted: 'incorrect', extracted_by: 'judge:fair', correct: false, reason: 'wrong', judge_reason: 'checked against the reference' });
    // Bias control: no candidate id anywhere in what the judge was sent.
    const sent = judgeRequests(from);
    expect(sent).toHaveLength(2 * N_ITEMS);
    for (const r of sent) expect(JSON.stringify(r.body)).not.toMatch(/strong|weak/);
    // Cost: the candidates' rows hold only their own requests; the judge has its own row; the total adds both.
    const j = res.summary.judging!;
    expect(j.judges).toEqual([expect.objectContaining({ judge: 'fair', judgments: 2 * N_ITEMS, cached: 0, errors: 0 })]);
    const candCost = res.summary.rows.reduce((s, r) => s + (r.cost_usd ?? 0), 0);
    expect(j.cost.candidates_usd).toBeCloseTo(candCost, 12);
    expect(j.cost.judges_usd!).toBeGreaterThan(0);
    expect(j.cost.total_usd).toBeCloseTo(candCost + j.cost.judges_usd!, 12);
    expect(rows.strong!.cost_per_correct_usd).toBeCloseTo(rows.strong!.cost_usd! / N_ITEMS, 12);
    // The prompt and its version are in the manifest and in the fingerprint.
    const manifest = JSON.parse(fs.readFileSync(path.join(res.runDir, 'manifest.json'), 'utf8'));
    expect(manifest.judging.prompt).toMatchObject({ grade_version: 'grade-1', grade_system: expect.stringContaining('strict') });
    expect(manifest.fingerprint_parts).toHaveProperty('judging prompt');
    expect(manifest.fingerprint_parts).toHaveProperty('judge:fair');
    expect(j.suites[0]!.verdict).toMatch(/^Under judge fair, strong leads \(100\.0%\)/);
    expect(warnings).toEqual([]);
  });

  it('a rerun with the same outputs asks the judge nothing (cached by judge, prompt version, item and output)', async () => {
    const cfg = config({ cache: true, out: path.join(dir, 'cached') });
    const first = await run(cfg);
    const from = server.requests.length;
    const second = await run(cfg);
    expect(server.requests.length).toBe(from);
    expect(second.summary.rows.map((r) => r.correct)).toEqual(first.summary.rows.map((r) => r.correct));
    expect(second.summary.judging!.judges[0]).toMatchObject({ judgments: 2 * N_ITEMS, cached: 2 * N_ITEMS, latency_ms_p50: null });
  });

  it('--max-cost counts the judges\' spend with the candidates\': judging stops at the limit (resumable), and the resume asks only the missing questions', async () => {
    // One candidate (no two answers alike, so no judgment comes from the cache) and one question at a time.
    const models = { models: judgeModels(server.url).models.map((m: any) => (m.id === 'fair' ? { ...m, concurrency: 1 } : m)) };
    const full = await run(config({ models, modelIds: ['strong'], out: path.join(dir, 'capped-full') }));
    const candidates = full.summary.judging!.cost.candidates_usd!;
    const perJudgment = full.summary.judging!.cost.judges_usd! / N_ITEMS;
    const limit = candidates + 3.5 * perJudgment;
    const cfg = config({ models, modelIds: ['strong'], cache: true, out: path.join(dir, 'capped'), maxCost: limit });
    const from = judgeRequests().length;
    const first = await run(cfg);
    expect(first.complete).toBe(false);
    expect(first.incomplete).toMatch(/^--max-cost reached: the run's spend \(records and judgments\) is \$/);
    // Sent while the spend was under the limit: the 4th question reached it, nothing after it was sent.
    expect(judgeRequests().length - from).toBe(4);
    const judged = readJsonl(path.join(first.runDir, 'judgments.jsonl'));
    expect(judged).toHaveLength(4);
    const spent = readJsonl(path.join(first.runDir, 'records.jsonl')).reduce((a: number, r: any) => a + r.cost_usd, 0) + judged.reduce((a: number, j: any) => a + j.cost_usd, 0);
    expect(first.costLimit).toEqual({ limit_usd: limit, spent_usd: expect.closeTo(spent, 12) });
    // The ungraded answers stay unscored (not wrong) until the resume grades them.
    expect(first.summary.rows[0]).toMatchObject({ correct: 4 });
    const resumed = await run({ ...cfg, resume: first.runDir, maxCost: 100 });
    expect(resumed.complete).toBe(true);
    expect(judgeRequests().length - from).toBe(N_ITEMS);
    expect(resumed.summary.rows.map((r) => [r.model, r.n, r.correct])).toEqual(full.summary.rows.map((r) => [r.model, r.n, r.correct]));
  });

  it('--max-cost warns at the start about a judge without a price (its questions count $0 and the limit never stops them)', async () => {
    const models = { models: judgeModels(server.url).models.map((m: any) => (m.id === 'fair' ? { ...m, price: undefined } : m)) };
    const warnings: string[] = [];
    const prepared = await prepareRun(config({ models, out: path.join(dir, 'unpriced'), maxCost: 1 }), { onWarning: (w) => warnings.push(w) });
    await prepared.close({ lock: true });
    expect(warnings).toEqual(['--max-cost: no price for model(s) fair in the models file: their requests count as $0 and the limit never stops them']);
  });

  it('malformed grades are error records (judge_invalid), never wrong answers, and are never cached', async () => {
    const cfg = config({ scorer: { judge: 'malformed' }, cache: true, out: path.join(dir, 'malformed') });
    const res = await run(cfg);
    for (const row of res.summary.rows) expect(row).toMatchObject({ n: 0, correct: 0, errors: N_ITEMS, errors_by_kind: { judge_invalid: N_ITEMS } });
    const recs = readJsonl(path.join(res.runDir, 'records.jsonl'));
    expect(recs.every((r: any) => r.error_kind === 'judge_invalid' && r.correct === null && r.output !== null)).toBe(true);
    const from = judgeRequests().length;
    await run(cfg);
    expect(judgeRequests().length - from).toBe(2 * N_ITEMS);
  });

  it("two judges: each one's verdict, Cohen's kappa with an interval, and a sentence saying they disagree about the winner", async () => {
    const res = await run(config({ scorer: { judge: undefined, judges: ['fair', 'contrary'] } }));
    const s = res.summary.judging!.suites[0]!;
    expect(s.by_judge.map((b) => b.verdict.leader)).toEqual(['strong', 'weak']);
    expect(s.judges_disagree).toBe(true);
    expect(s.verdict).toMatch(/^Judges disagree about the winner: strong under fair \(100\.0%\), weak under contrary \(62\.5%\)\./);
    // contrary inverts every grade: observed agreement 0, so κ = −p_e/(1 − p_e) with p_e from the margins.
    // fair: 11 correct, 5 incorrect of 16; contrary: 5 correct, 11 incorrect → p_e = (11·5 + 5·11)/256.
    const pe = (11 * 5 + 5 * 11) / 256;
    expect(s.agreement).toMatchObject({ statistic: 'cohen_kappa', n: 16, items: N_ITEMS, interval: 'bootstrap_items' });
    expect(s.agreement!.kappa).toBeCloseTo(-pe / (1 - pe), 12);
    expect(s.agreement!.ci95![0]).toBeLessThanOrEqual(s.agreement!.kappa!);
  });

  it('pairwise: a win counts only if it survives the swap; the judge that always picks the first answer is caught and shown as position-biased', async () => {
    const res = await run(config({ scorer: { judge: undefined, judges: ['fair', 'first'], mode: 'pairwise' } }));
    const s = res.summary.judging!.suites[0]!;
    const fair = s.by_judge.find((b) => b.judge === 'fair')!;
    const first = s.by_judge.find((b) => b.judge === 'first')!;
    expect(fair.pairs).toEqual([{ model_a: 'strong', model_b: 'weak', n: N_ITEMS, a_wins: 5, b_wins: 0, ties: 3, inconsistent: 0, errors: 0 }]);
    expect(fair.position_bias).toMatchObject({ biased: false });
    expect(first.pairs).toEqual([{ model_a: 'strong', model_b: 'weak', n: N_ITEMS, a_wins: 0, b_wins: 0, ties: 0, inconsistent: N_ITEMS, errors: 0 }]);
    expect(first.position_bias).toMatchObject({ first: 2 * N_ITEMS, second: 0, share_first: 1, biased: true });
    expect(first.position_bias!.p_value).toBeCloseTo(2 * 0.5 ** 16, 12);
    expect(s.verdict).toMatch(/Judge first is position-biased: it picked the first-shown answer 100\.0% of the time/);
    // Both orders were asked of every pair.
    const asked = readJsonl(path.join(res.runDir, 'judgments.jsonl')).filter((j: any) => j.judge === 'first');
    expect(asked.map((j: any) => j.order).sort()).toEqual([...Array(N_ITEMS).fill('ab'), ...Array(N_ITEMS).fill('ba')]);
  });

  it('a candidate that is also the judge: a warning, and its row is marked self-judged', async () => {
    const warnings: string[] = [];
    const res = await run(config({ scorer: { judge: 'strong' } }), { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([expect.stringMatching(/strong is both a candidate and a judge \(self-preference/)]);
    expect(res.summary.rows.find((r) => r.model === 'strong')).toMatchObject({ self_judged: true });
    expect(res.summary.rows.find((r) => r.model === 'weak')?.self_judged).toBeUndefined();
    expect(res.summary.judging!.suites[0]!.self_judged).toEqual(['strong']);
    expect(res.terminal).toMatch(/strong \[self-judged\]/);
  });

  it("judge-vs-human agreement from items' human_grade (model id → grade), as computed by hand", async () => {
    const suite = judgeSuite();
    suite.items.forEach((it, i) => {
      it.human_grade = { strong: i === 7 ? 'partially_correct' : 'correct', weak: i < 3 ? 'correct' : 'incorrect' };
    });
    const res = await run({ ...config(), suites: [suite] });
    const human = res.summary.judging!.suites[0]!.by_judge[0]!.human_agreement!;
    // 15 of 16 agree; human margins correct 10, partially 1, incorrect 5; judge 11, 0, 5 → p_e 135/256.
    expect(human).toMatchObject({ raters: ['human', 'fair'], statistic: 'cohen_kappa', n: 16, items: N_ITEMS });
    expect(human.kappa).toBeCloseTo(105 / 121, 12);
  });

  it('a judge id that is not in the models file is bad input naming the nearest id, before anything is written', async () => {
    const out = path.join(dir, 'never');
    await expect(run(config({ out, judges: ['fiar'] }))).rejects.toThrow(InputError);
    await expect(run(config({ out, judges: ['fiar'] }))).rejects.toThrow(/--judge: judge "fiar" is not a model id in models; did you mean "fair"\?/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('judging a sharded run', () => {
  it('the merge of two judged shards has the judging section of the same run on one machine', async () => {
    const server = await startJudgeServer(3);
    try {
      const dir = tempDir('bench-judge-shards-');
      const base: RunConfig = { suites: [judgeSuite({ judge: undefined, judges: ['fair', 'contrary'] })], models: judgeModels(server.url), modelIds: ['strong', 'weak'], cache: false, seed: 3 };
      const whole = await run({ ...base, out: path.join(dir, 'whole') });
      const shards = [await run({ ...base, out: path.join(dir, 's'), shard: '1/2' }), await run({ ...base, out: path.join(dir, 's'), shard: '2/2' })];
      const { planMerge, writeMerged } = await import('../../src/store/merge.js');
      const { writeReports } = await import('../../src/runner/finalize.js');
      const merged = await writeMerged(planMerge(shards.map((s) => s.runDir), { allowPartial: false }), path.join(dir, 'merged'), []);
      const { summary } = await writeReports(merged, { margin: 2, seed: 3 });
      const strip = (j: any) => ({ ...j, judges: j.judges.map((r: any) => ({ ...r, latency_ms_p50: null, latency_ms_p95: null })) });
      expect(strip(summary.judging)).toEqual(strip(whole.summary.judging));
      expect(summary.rows.map((r) => r.correct)).toEqual(whole.summary.rows.map((r) => r.correct));
    } finally {
      await server.close();
    }
  });
});

describe('extract: judge (choice and label suites)', () => {
  it('the judge reads only the replies the rules left unread; what it reads is scored, cached and counted apart', async () => {
    const server = await startOpenAIServer({
      answer: (req) => {
        if (String(req.messages[0]?.content ?? '').includes('careful human reader')) return judgeAnswer(0)(req);
        const n = Number(/Q(\d)/.exec(String(req.messages.at(-1)?.content))?.[1]);
        return req.model === 'strong' ? (n <= 2 ? 'Answer: B' : "I'm torn.") : 'No idea, sorry.';
      },
    });
    try {
      const dir = tempDir('bench-judge-extract-');
      const suite = {
        name: 'quiz', domain: 'd', description: 'd', version: '1', scorer: { type: 'choice', extract: 'judge', judge: 'fair' }, template: '{{question}}\n{{choices}}',
        items: [1, 2, 3, 4].map((i) => ({ id: `q${i}`, question: `Q${i}: which?`, choices: { A: 'alpha', B: 'beta' }, answer: 'B' })),
      };
      const cfg: RunConfig = { suites: [suite], models: judgeModels(server.url), modelIds: ['strong', 'weak'], out: path.join(dir, 'r'), cache: true };
      const res = await run(cfg);
      const rows = Object.fromEntries(res.summary.rows.map((r) => [r.model, r]));
      expect(rows.strong).toMatchObject({ n: 4, correct: 4 });
      expect(rows.weak).toMatchObject({ correct: 0 });
      expect(res.summary.judging!.extraction).toEqual([
        { suite: 'quiz', model: 'strong', judge: 'fair', asked: 2, read: 2, correct: 2, errors: 0 },
        { suite: 'quiz', model: 'weak', judge: 'fair', asked: 4, read: 0, correct: 0, errors: 0 },
      ]);
      const recs = readJsonl(path.join(res.runDir, 'records.jsonl'));
      expect(recs.filter((r: any) => r.extracted_by === 'judge:fair').map((r: any) => [r.model, r.item_id]).sort()).toEqual([['strong', 'q3'], ['strong', 'q4']]);
      expect(recs.filter((r: any) => r.model === 'weak').every((r: any) => r.reason === 'no_answer' && r.extracted === null)).toBe(true);
      expect(res.terminal).toMatch(/quiz, strong: the judge fair read 2 of 2 replies the rules left unread \(2 correct\)/);
      const readers = () => server.requests.filter((r) => String(r.messages[0]?.content).includes('careful human reader')).length;
      expect(readers()).toBe(6);
      await run(cfg);
      expect(readers()).toBe(6);
    } finally {
      await server.close();
    }
  });
  it('a reply that declines in words is shown to the judge; a refusal the provider reported (content_filter) never is', async () => {
    const filtered = (stream: boolean): Fault => stream
      ? { status: 200, headers: { 'content-type': 'text/event-stream' }, body: `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 0, model: 'strong', choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: 'content_filter' }] })}\n\ndata: [DONE]\n\n` }
      : { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'c1', object: 'chat.completion', created: 0, model: 'strong', choices: [{ index: 0, message: { role: 'assistant', content: '', refusal: null }, finish_reason: 'content_filter' }], usage: { prompt_tokens: 5, completion_tokens: 0, total_tokens: 5 } }) };
    const DECLINE = "I'm torn, so I'd rather not pick one.";
    const server = await startOpenAIServer({
      answer: (req) => (String(req.messages[0]?.content ?? '').includes('careful human reader') ? judgeAnswer(0)(req) : DECLINE),
      faults: ({ body }) => (body.model === 'strong' && JSON.stringify(body.messages).includes('Q1:') ? filtered(body.stream === true) : undefined),
    });
    try {
      const suite = {
        name: 'quiz', domain: 'd', description: 'd', version: '1', scorer: { type: 'choice', extract: 'judge', judge: 'fair' }, template: '{{question}}\n{{choices}}',
        items: [1, 2].map((i) => ({ id: `q${i}`, question: `Q${i}: which?`, choices: { A: 'alpha', B: 'beta' }, answer: 'B' })),
      };
      const res = await run({ suites: [suite], models: judgeModels(server.url), modelIds: ['strong'], out: path.join(tempDir('bench-judge-refused-'), 'r'), cache: false });
      const recs = Object.fromEntries(readJsonl(path.join(res.runDir, 'records.jsonl')).map((r: any) => [r.item_id, r]));
      expect(recs.q1).toMatchObject({ reason: 'refused', finish_reason: 'content_filter', error: null });
      expect(recs.q1.extracted_by).not.toBe('judge:fair');
      expect(recs.q2).toMatchObject({ extracted: 'B', extracted_by: 'judge:fair', correct: true });
      const asked = server.requests.filter((r) => String(r.messages[0]?.content).includes('careful human reader'));
      expect(asked).toHaveLength(1);
      expect(JSON.stringify(asked[0]!.messages)).toContain('rather not pick one');
      expect(res.summary.judging!.extraction).toEqual([{ suite: 'quiz', model: 'strong', judge: 'fair', asked: 1, read: 1, correct: 1, errors: 0 }]);
    } finally {
      await server.close();
    }
  });
  it("a judge-scored suite and an extract: judge suite in one run both take the judges' word into their records", async () => {
    // The judges and the vignettes as the fixture answers them; the quiz's replies leave the rules unsure.
    const fixture = judgeAnswer(0);
    const server = await startOpenAIServer({ answer: (req) => (String(req.messages.at(-1)?.content).startsWith('Q') ? "I'm torn." : fixture(req)) });
    try {
      const quiz = {
        name: 'quiz', domain: 'd', description: 'd', version: '1', scorer: { type: 'choice', extract: 'judge', judge: 'fair' }, template: '{{question}}\n{{choices}}',
        items: [1, 2].map((i) => ({ id: `q${i}`, question: `Q${i}: which?`, choices: { A: 'alpha', B: 'beta' }, answer: 'B' })),
      };
      const res = await run({ suites: [judgeSuite(), quiz], models: judgeModels(server.url), modelIds: ['strong'], out: path.join(tempDir('bench-judge-both-'), 'r'), cache: false });
      const recs = readJsonl(path.join(res.runDir, 'records.jsonl'));
      expect(recs).toHaveLength(N_ITEMS + 2);
      expect(recs.filter((r: any) => r.suite === 'vignettes').every((r: any) => r.extracted_by === 'judge:fair' && r.correct === true)).toBe(true);
      expect(recs.filter((r: any) => r.suite === 'quiz').map((r: any) => [r.extracted, r.extracted_by, r.correct])).toEqual([['B', 'judge:fair', true], ['B', 'judge:fair', true]]);
    } finally {
      await server.close();
    }
  });
});
