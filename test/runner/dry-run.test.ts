/**
 * `dryRun` in process: the judges' questions are part of the bill — grades (one per judge and
 * answer), pairwise comparisons (both orders, sample 0), and `extract: judge` readings (at most
 * one per answer) — priced at each judge's own price, apart from the candidates' and in the total.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { dryRun } from '../../src/runner/dry-run.js';
import { renderDryRun } from '../../src/cli/dry-run-output.js';
import { judgeModels, judgeSuite, N_ITEMS } from '../fixtures/judge-server.js';
import { tempDir } from '../helpers/bench.js';
import type { RunConfig } from '../../src/runner/config.js';

const URL = 'http://127.0.0.1:9/v1';
/** The fixture's models, each with `max_tokens` (the judge `fair` with 40; `contrary` without any). */
const models = (): { models: unknown[] } => ({
  models: judgeModels(URL).models.map((m: any) => (m.id === 'contrary' ? m : { ...m, params: { ...m.params, max_tokens: m.id === 'fair' ? 40 : 100 } })),
});
const config = (extra: Partial<RunConfig> = {}): RunConfig => ({ suites: [judgeSuite()], models: models(), modelIds: ['strong', 'weak'], out: path.join(tempDir('bench-dry-judge-'), 'r'), ...extra });

describe('dryRun with judged suites', () => {
  it("counts one grade per judge and answer, at the judge's price, and adds the judges' cost to the run's total", async () => {
    const plan = await dryRun(config({ samples: 2 }));
    expect(plan.judges).toHaveLength(1);
    const fair = plan.judges[0]!;
    expect(fair).toMatchObject({ judge: 'fair', suites: { vignettes: 'grade' }, questions: 2 * 2 * N_ITEMS, questions_upper_bound: false, output_tokens: 2 * 2 * N_ITEMS * 40, cost_note: null });
    // Each question shows the judge the rubric, question and reference, and a candidate's answer (max_tokens 100 each).
    expect(fair.input_tokens!).toBeGreaterThan(fair.questions * 100);
    expect(fair.cost_usd).toBeCloseTo((fair.input_tokens! * 1 + fair.output_tokens! * 2) / 1e6, 12);
    const candidates = plan.models.reduce((a, m) => a + m.cost_usd!, 0);
    expect(plan.total.candidates_cost_usd).toBeCloseTo(candidates, 12);
    expect(plan.total.judges_cost_usd).toBeCloseTo(fair.cost_usd!, 12);
    expect(plan.total.cost_usd).toBeCloseTo(candidates + fair.cost_usd!, 12);
    // --max-cost between the candidates' bill and the whole bill: the judges' questions would reach it.
    const capped = await dryRun(config({ samples: 2, maxCost: candidates + fair.cost_usd! / 2 }));
    expect(capped.over_max_cost).toBe(true);
  });

  it('pairwise asks each judge about every pair of models in both orders, on sample 0 only', async () => {
    const plan = await dryRun(config({ suites: [judgeSuite({ mode: 'pairwise' })], modelIds: ['strong', 'weak', 'first'], samples: 2 }));
    // 3 candidates → 3 pairs, × 2 orders, per item.
    expect(plan.judges).toEqual([expect.objectContaining({ judge: 'fair', suites: { vignettes: 'pairwise' }, questions: 3 * 2 * N_ITEMS })]);
  });

  it('--judge without max_tokens on the judge leaves its cost, and the total, unknown (and says why)', async () => {
    const plan = await dryRun(config({ suites: [judgeSuite({ type: 'reference', judge: undefined })], judges: ['contrary'] }));
    expect(plan.judges).toEqual([expect.objectContaining({ judge: 'contrary', questions: 2 * N_ITEMS, output_tokens: null, cost_usd: null, cost_note: expect.stringContaining('max_tokens') })]);
    expect(plan.total.candidates_cost_usd).not.toBeNull();
    expect(plan.total.cost_usd).toBeNull();
  });

  it('extract: judge counts at most one reading per answer, marked as an upper bound', async () => {
    const suite = {
      name: 'quiz', domain: 'd', description: 'd', version: '1', scorer: { type: 'choice', extract: 'judge', judge: 'fair' }, template: '{{question}}\n{{choices}}',
      items: [1, 2, 3].map((i) => ({ id: `q${i}`, question: `Q${i}: which?`, choices: { A: 'alpha', B: 'beta' }, answer: 'B' })),
    };
    const plan = await dryRun(config({ suites: [suite] }));
    expect(plan.judges).toEqual([expect.objectContaining({ judge: 'fair', suites: { quiz: 'extract' }, questions: 2 * 3, questions_upper_bound: true })]);
    expect(plan.total.judges_cost_usd!).toBeGreaterThan(0);
    // The text says the count is a bound, and gives the whole bill.
    const text = renderDryRun(plan);
    expect(text).toMatch(/^fair +≤ 6 /m);
    expect(text).toContain('quiz: extract (only replies the rules leave unread');
    expect(text).toContain(`Whole bill (candidates and judges): $${plan.total.cost_usd!.toFixed(4)}`);
  });

  it('a judge is priced at its full price under --batch; a per_hour judge costs unknown; answers of unknown length leave its input tokens unknown', async () => {
    const withJudge = (judge: Record<string, unknown>, candidateMaxTokens: boolean) => ({
      models: models().models.map((m: any) => (m.id === 'fair' ? { ...m, ...judge } : ['strong', 'weak'].includes(m.id) && !candidateMaxTokens ? { ...m, params: { temperature: 0 } } : m)),
    });
    const full = (await dryRun(config())).judges[0]!;
    const discounted = { price: { input_per_mtok: 1, output_per_mtok: 2, batch_discount: 0.5 } };
    const batched = await dryRun(config({ batch: true, models: withJudge(discounted, true) }));
    expect(batched.judges[0]!.cost_usd).toBeCloseTo(full.cost_usd!, 12);
    expect(batched.judges[0]!.cost_usd).toBeCloseTo((full.input_tokens! * 1 + full.output_tokens! * 2) / 1e6, 12);
    const hourly = await dryRun(config({ models: withJudge({ price: { per_hour: 3 } }, true) }));
    expect(hourly.judges[0]).toMatchObject({ judge: 'fair', questions: 2 * N_ITEMS, cost_usd: null, cost_note: expect.stringContaining('per hour') });
    expect(hourly.judges[0]!.input_tokens).not.toBeNull();
    const unknown = await dryRun(config({ models: withJudge({}, false) }));
    expect(unknown.judges[0]).toMatchObject({ judge: 'fair', questions: 2 * N_ITEMS, input_tokens: null, output_tokens: 2 * N_ITEMS * 40, cost_usd: null });
  });

  it('a run without judges has no judge rows and its total is the candidates\' bill', async () => {
    const plan = await dryRun(config({ suites: [judgeSuite({ type: 'reference', judge: undefined })] }));
    expect(plan.judges).toEqual([]);
    expect(plan.total.judges_cost_usd).toBe(0);
    expect(plan.total.cost_usd).toBe(plan.total.candidates_cost_usd);
  });
});
