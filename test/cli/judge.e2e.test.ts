/**
 * `bench run --suite medical-diagnosis --judge …` through the built binary: the shipped suite is
 * scored by reference and by three judges (one of them also a candidate), and the output reports
 * their agreement, the self-preference risk and a verdict saying the judges disagree about the winner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readJsonl, ROOT, runBench, tempDir } from '../helpers/bench.js';
import { judgeModelsYaml, startJudgeServer } from '../fixtures/judge-server.js';

const items = readJsonl(path.join(ROOT, 'tasks/medical-diagnosis/items.jsonl')).slice(0, 8) as Array<{ id: string; vignette: string; reference: string }>;

describe('bench run --judge on the shipped medical-diagnosis suite', () => {
  let server: Awaited<ReturnType<typeof startJudgeServer>>;
  let dir: string;
  beforeAll(async () => {
    // strong names every reference diagnosis; weak only the first three.
    server = await startJudgeServer(0, (req) => {
      const user = String(req.messages.at(-1)?.content ?? '');
      const i = items.findIndex((it) => user.includes(it.vignette));
      return req.model === 'strong' || i < 3 ? `Likely this.\nDiagnosis: ${items[i]?.reference}` : 'Diagnosis: migraine';
    });
    dir = tempDir('bench-judge-e2e-');
    fs.writeFileSync(path.join(dir, 'models.yaml'), judgeModelsYaml(server.url));
  });
  afterAll(async () => {
    await server.close();
  });

  it('scores by reference and by each judge, reports kappa and the self-judged candidate, and says the judges disagree about the winner', async () => {
    const res = await runBench(['run', '--suite', 'medical-diagnosis', '--model', 'strong', '--model', 'weak', '--judge', 'fair', '--judge', 'contrary', '--judge', 'strong', '--limit', '8', '--no-cache', '--no-progress'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/warning: suite medical-diagnosis: strong is both a candidate and a judge \(self-preference/);
    expect(res.stdout).toMatch(/Judges disagree about the winner: strong under fair \(100\.0%\), weak under contrary \(62\.5%\), strong under strong \(100\.0%\)\./);
    expect(res.stdout).toMatch(/Agreement among judges \(fair, contrary, strong\): Fleiss' κ -?\d\.\d\d \(95% CI/);
    expect(res.stdout).toMatch(/strong \[self-judged\]/);
    expect(res.stdout).toMatch(/Judging \(apart from the candidates\)/);
    const runDir = path.join(dir, 'results', fs.readdirSync(path.join(dir, 'results')).find((d) => !d.startsWith('.'))!);
    const summary = JSON.parse(fs.readFileSync(path.join(runDir, 'summary.json'), 'utf8'));
    // By reference (the suite's own scorer) beside the judges.
    expect(summary.rows.map((r: any) => [r.model, r.correct])).toEqual([['strong', 8], ['weak', 3]]);
    const s = summary.judging.suites[0];
    expect(s).toMatchObject({ suite: 'medical-diagnosis', judges: ['fair', 'contrary', 'strong'], decides: false, judges_disagree: true, self_judged: ['strong'] });
    expect(s.reference_verdict.leader).toBe('strong');
    expect(s.agreement).toMatchObject({ statistic: 'fleiss_kappa', n: 16, items: 8 });
    // fair agrees with the reference scorer on every answer: κ = 1.
    expect(s.by_judge[0].scorer_agreement).toMatchObject({ kappa: 1, n: 16 });
    expect(summary.judging.judges.map((j: any) => j.judge)).toEqual(['contrary', 'fair', 'strong']);
    const md = fs.readFileSync(path.join(runDir, 'report.md'), 'utf8');
    expect(md).toMatch(/### Judged by model \(medical-diagnosis\)/);
    expect(md).toMatch(/## Judging cost and latency/);
    expect(fs.readFileSync(path.join(runDir, 'results.csv'), 'utf8')).toMatch(/judge:contrary/);
  });

  it('a --judge id not in models.yaml exits 2 naming it and the nearest id', async () => {
    const res = await runBench(['run', '--suite', 'medical-diagnosis', '--judge', 'contrarian', '--no-progress'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/judge "contrarian" is not a model id in models\.yaml; did you mean "contrary"\?/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });
});
