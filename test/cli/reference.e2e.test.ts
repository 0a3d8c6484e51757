/**
 * End to end through the built binary: `bench run --suite medical-diagnosis` (the shipped suite,
 * copied) against two scripted models on a loopback server. `big` names every diagnosis (an
 * alias, in a chatty reply with a bold label); `small` cycles through four styles: the reference
 * after "Answer:", an alias in bold after "the most likely diagnosis is", a near miss ("<reference>
 * of uncertain cause", wrong under exact match but with token F1 as partial credit) and a refusal.
 * The expected partial credit is computed here from the items, independently of the scorer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { onlyRun, ROOT, runBench, tempDir } from '../helpers/bench.js';
import { SCORER_VERSIONS } from '../../src/scorers/types.js';

interface DxItem { id: string; vignette: string; reference: string; aliases: string[] }

const items: DxItem[] = fs.readFileSync(path.join(ROOT, 'tasks/medical-diagnosis/items.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DxItem);
const indexOf = new Map(items.map((it, i) => [it.vignette, i]));

/** SQuAD token F1, written out here so the figure does not come from the code under test. */
function f1(pred: string, gold: string): number {
  const toks = (s: string) => s.toLowerCase().replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter((t) => t !== '' && !['a', 'an', 'the'].includes(t));
  const p = toks(pred);
  const g = toks(gold);
  const left = [...g];
  let common = 0;
  for (const t of p) { const k = left.indexOf(t); if (k >= 0) { common++; left.splice(k, 1); } }
  return common === 0 ? 0 : (2 * common) / (p.length + g.length);
}

const nearMiss = (it: DxItem) => `${it.reference} of uncertain cause`;

function smallReply(i: number): string {
  const it = items[i]!;
  switch (i % 4) {
    case 0: return `Answer: ${it.reference}`;
    case 1: return `Putting the findings together, the most likely diagnosis is **${it.aliases[0]}**. Confirm with the usual tests.`;
    case 2: return `Diagnosis: ${nearMiss(it)}`;
    default: return "I'm not able to provide a diagnosis without examining the patient. Please consult a doctor.";
  }
}

describe('bench run --suite medical-diagnosis, end to end', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startOpenAIServer>>;
  let run: string;
  let summary: any;

  beforeAll(async () => {
    dir = tempDir();
    fs.cpSync(path.join(ROOT, 'tasks/medical-diagnosis'), path.join(dir, 'tasks/medical-diagnosis'), { recursive: true });
    server = await startOpenAIServer({
      answer: ({ model, messages }) => {
        const vignette = /^Case: ([\s\S]*?)\n\nWhat is the most likely diagnosis\?/.exec(messages.at(-1)!.content)![1]!;
        const i = indexOf.get(vignette)!;
        if (model === 'big') return `<think>Weighing the differential.</think>The history and findings fit one picture.\n\n**Diagnosis:** ${items[i]!.aliases.at(-1)}`;
        return smallReply(i);
      },
    });
    const spec = (id: string, size: number) => [`  - id: ${id}`, '    provider: openai', `    model: ${id}`, `    base_url: ${server.url}`, `    params_b: ${size}`];
    fs.writeFileSync(path.join(dir, 'models.yaml'), ['models:', ...spec('big', 70), ...spec('small', 1.5), ''].join('\n'));
    const out = path.join(dir, 'out');
    const res = await runBench(['run', '--suite', 'medical-diagnosis', '--out', out, '--no-progress'], { cwd: dir, timeoutMs: 120_000 });
    expect(res.code, res.stderr).toBe(0);
    run = onlyRun(out);
    summary = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));
  });
  afterAll(async () => server?.close());

  it('scores accuracy with its interval and refusals apart, and token F1 as partial credit with its interval', () => {
    const big = summary.rows.find((r: any) => r.model === 'big');
    const small = summary.rows.find((r: any) => r.model === 'small');
    expect(big).toMatchObject({ suite: 'medical-diagnosis', n: 48, correct: 48, accuracy: 1, errors: 0, refused: 0, partial_credit: 1 });
    expect(small).toMatchObject({ n: 48, correct: 24, accuracy: 0.5, errors: 0, refused: 12 });
    expect(small.ci95[0]).toBeLessThan(0.5);
    expect(small.ci95[1]).toBeGreaterThan(0.5);
    const want = items.reduce((s, it, i) => s + (i % 4 < 2 ? 1 : i % 4 === 2 ? Math.max(...[it.reference, ...it.aliases].map((g) => f1(nearMiss(it), g))) : 0), 0) / 48;
    expect(small.partial_credit).toBeCloseTo(want, 5);
    expect(small.partial_credit_ci95[0]).toBeLessThan(want);
    expect(small.partial_credit_ci95[1]).toBeGreaterThan(want);
    expect(small.isolation).toBeUndefined();
  });

  it('compares the pair on the same items, on accuracy and on partial credit, and says the lead holds under token F1', () => {
    const c = summary.comparisons[0];
    expect(c).toMatchObject({ suite: 'medical-diagnosis', model_a: 'big', model_b: 'small', n: 48, diff: 0.5, test: 'mcnemar_exact', verdict: 'a_better', partial_a: 1, partial_test: 'paired_sign_flip' });
    expect(c.p_value).toBeLessThan(0.001);
    expect(c.partial_p_value).toBeLessThan(0.001);
    expect(c.partial_diff).toBeCloseTo(1 - c.partial_b, 12);
    const sentences: string[] = summary.robustness[0].sentences;
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatch(/^Under token F1 big's lead over small holds: 100\.0% against \d+\.\d% mean token F1/);
    expect(summary.slices[0]).toMatchObject({ field: 'topic' });
    expect(summary.slices[0].values).toHaveLength(8);
  });

  it('records the reference as gold, how each answer was read, and the token F1', () => {
    const records = fs.readFileSync(path.join(run, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const small = new Map(records.filter((r) => r.model === 'small').map((r) => [r.item_id, r]));
    expect(small.get('dx-001')).toMatchObject({ gold: items[0]!.reference, extracted: items[0]!.reference, extracted_by: 'label_cue', correct: true, partial: 1 });
    expect(small.get('dx-002')).toMatchObject({ extracted: items[1]!.aliases[0], extracted_by: 'phrase_cue', correct: true });
    expect(small.get('dx-003')).toMatchObject({ extracted: nearMiss(items[2]!), correct: false, reason: 'wrong' });
    expect(small.get('dx-003').partial).toBeGreaterThan(0);
    expect(small.get('dx-004')).toMatchObject({ extracted: null, extracted_by: 'refusal', correct: false, reason: 'refused', partial: 0 });
    const big = records.find((r) => r.model === 'big' && r.item_id === 'dx-001');
    expect(big).toMatchObject({ extracted: items[0]!.aliases.at(-1), extracted_by: 'label_cue', correct: true });
    const report = fs.readFileSync(path.join(run, 'report.md'), 'utf8');
    expect(report).toContain('### Partial credit (medical-diagnosis): token F1 against the reference, paired');
    expect(report).toMatch(/\| small \| 1\.5B \|.*\| 50\.0% \| 35\.4–64\.6% \| partial \d+\.\d% \(\d+\.\d–\d+\.\d%\) \|/);
  });

  it('re-scores the run to the same records with the reference scorer version recorded', async () => {
    const out = path.join(dir, 'rescored');
    const res = await runBench(['rescore', run, '--out', out], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const m = JSON.parse(fs.readFileSync(path.join(onlyRun(out), 'manifest.json'), 'utf8'));
    expect(m.scorer_versions).toEqual({ reference: SCORER_VERSIONS.reference });
    expect(m.rescore).toMatchObject({ records: 96, rescored: 96, changed: 0 });
    const again = JSON.parse(fs.readFileSync(path.join(onlyRun(out), 'summary.json'), 'utf8'));
    expect(again.rows.map((r: any) => [r.accuracy, r.partial_credit])).toEqual(summary.rows.map((r: any) => [r.accuracy, r.partial_credit]));
  });

  it('exits 2 before any request when an item has no reference, naming the item and field', async () => {
    const bad = path.join(dir, 'bad');
    fs.cpSync(path.join(dir, 'tasks'), path.join(bad, 'tasks'), { recursive: true });
    fs.copyFileSync(path.join(dir, 'models.yaml'), path.join(bad, 'models.yaml'));
    const file = path.join(bad, 'tasks/medical-diagnosis/items.jsonl');
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    const { reference: _dropped, ...rest } = JSON.parse(lines[2]!) as DxItem;
    lines[2] = JSON.stringify(rest);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const sent = server.requests.length;
    const res = await runBench(['run', '--suite', 'medical-diagnosis', '--out', path.join(bad, 'out'), '--no-progress'], { cwd: bad });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/items\.jsonl:3 item "dx-003": field `reference`: missing/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(server.requests.length).toBe(sent);
    expect(fs.existsSync(path.join(bad, 'out'))).toBe(false);
  });
});
