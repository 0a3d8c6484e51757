/**
 * End to end: slices. Scripted loopback models, one right on one topic and wrong on another
 * while tying overall; every per-slice figure is checked against values computed here,
 * independently of src/stats (exact McNemar from binomial sums, Holm by hand).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, runBench, tempDir } from '../helpers/bench.js';

/** topic → item count; "misc" is under the 10-item floor, so it is shown but never tested. */
const TOPICS: Array<[string, number]> = [['pharmacology', 24], ['cardiology', 20], ['misc', 6]];

/**
 * small: pharmacology right on items 2..19 (18 of 24), cardiology right on 0..7 (8 of 20), misc 0..2.
 * big and big2 (identical): pharmacology right on 0..5 (6), cardiology all 20, misc 0..2.
 * Overall both 29 of 50: a tie. Pharmacology: small-only 14, big-only 2. Cardiology: big-only 12.
 */
function right(model: string, topic: string, i: number): boolean {
  if (topic === 'misc') return i < 3;
  if (model === 'small') return topic === 'pharmacology' ? i >= 2 && i < 20 : i < 8;
  return topic === 'pharmacology' ? i < 6 : true;
}

/** Two-sided exact McNemar, written out: 2·Σ_{i ≤ min(b,c)} C(b+c, i) / 2^(b+c), capped at 1. */
function mcnemar(b: number, c: number): number {
  const m = b + c;
  if (m === 0) return 1;
  let s = 0;
  let choose = 1;
  for (let i = 0; i <= Math.min(b, c); i++) {
    s += choose;
    choose = (choose * (m - i)) / (i + 1);
  }
  return Math.min(1, (2 * s) / 2 ** m);
}

/** Holm by hand: sort ascending, multiply by (m − rank), running maximum, cap at 1. */
function holmByHand(ps: number[]): number[] {
  const order = ps.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(ps.length);
  let run = 0;
  order.forEach(([p, i], rank) => {
    run = Math.max(run, Math.min(1, (ps.length - rank) * p));
    out[i] = run;
  });
  return out;
}

describe('slices end to end', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startOpenAIServer>>;
  const gold = new Map<string, { topic: string; i: number }>();

  beforeAll(async () => {
    dir = tempDir();
    const folder = path.join(dir, 'tasks', 'med');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'suite.yaml'), [
      'name: med', 'domain: medical', 'description: sliced suite', 'version: "1"', 'slices: [topic]',
      'scorer: { type: choice }', 'template: "{{question}}\\n\\n{{choices}}"', ''].join('\n'));
    const lines: string[] = [];
    for (const [topic, n] of TOPICS) {
      for (let i = 0; i < n; i++) {
        const id = `${topic.slice(0, 4)}-${String(i).padStart(2, '0')}`;
        gold.set(id, { topic, i });
        lines.push(JSON.stringify({ id, topic, ward: i % 2 ? 'odd' : 'even', question: `Question ${id}: pick A`, choices: { A: 'yes', B: 'no' }, answer: 'A' }));
      }
    }
    fs.writeFileSync(path.join(folder, 'items.jsonl'), lines.join('\n') + '\n');
    server = await startOpenAIServer({
      answer: ({ model, messages }) => {
        const g = gold.get(itemIdOf(messages)!)!;
        return right(model, g.topic, g.i) ? 'Answer: A' : 'Answer: B';
      },
    });
    const spec = (id: string, size: number, tuned: string) =>
      [`  - id: ${id}`, '    provider: openai', `    model: ${id}`, `    base_url: ${server.url}`, `    params_b: ${size}`, `    tuned: ${tuned}`, '    price: { input_per_mtok: 1, output_per_mtok: 1 }'];
    fs.writeFileSync(path.join(dir, 'models.yaml'), ['models:', ...spec('small', 1.5, 'domain'), ...spec('big', 70, 'generic'), ...spec('big2', 70, 'generic'), ''].join('\n'));
  });
  afterAll(async () => server?.close());

  it('reports per-topic n, accuracy, McNemar and Holm p equal to values computed independently, and a verdict naming both topics', async () => {
    const out = path.join(dir, 'out');
    const res = await runBench(['run', '--suite', 'med', '--out', out, '--no-progress'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const run = onlyRun(out);
    const summary = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));

    // Overall: a tie (29 of 50 each; 16 discordant each way).
    const overall = summary.comparisons.find((c: any) => c.model_a === 'small' && c.model_b === 'big');
    expect(overall.accuracy_a).toBe(29 / 50);
    expect(overall.accuracy_b).toBe(29 / 50);
    expect(overall.verdict).toBe('no_significant_difference');

    expect(summary.slices).toHaveLength(1);
    const s = summary.slices[0];
    expect(s.field).toBe('topic');
    expect(s.values).toEqual(['cardiology', 'misc', 'pharmacology']);
    // Per (topic, model): n and accuracy from the script.
    for (const [topic, n] of TOPICS) {
      for (const m of ['small', 'big', 'big2']) {
        const row = s.rows.find((r: any) => r.value === topic && r.model === m);
        let k = 0;
        for (let i = 0; i < n; i++) if (right(m, topic, i)) k++;
        expect(row.n, `${topic}/${m}`).toBe(n);
        expect(row.correct).toBe(k);
        expect(row.accuracy).toBeCloseTo(k / n, 12);
        expect(row.ci95[0]).toBeLessThanOrEqual(row.accuracy);
        expect(row.ci95[1]).toBeGreaterThanOrEqual(row.accuracy);
      }
    }
    // Per (topic, pair): the discordant counts → exact McNemar; Holm over the 6 tested ones.
    const pairs = [['small', 'big'], ['small', 'big2'], ['big', 'big2']] as const;
    const tested: Array<{ topic: string; a: string; b: string; p: number }> = [];
    for (const [topic, n] of TOPICS) {
      for (const [a, b] of pairs) {
        let onlyA = 0;
        let onlyB = 0;
        for (let i = 0; i < n; i++) {
          const [ra, rb] = [right(a, topic, i), right(b, topic, i)];
          if (ra && !rb) onlyA++;
          if (rb && !ra) onlyB++;
        }
        const c = s.comparisons.find((x: any) => x.value === topic && x.model_a === a && x.model_b === b);
        expect(c.n).toBe(n);
        expect(c.p_value).toBeCloseTo(mcnemar(onlyA, onlyB), 12);
        if (n < 10) {
          expect(c.verdict).toBe('too_few_items');
          expect(c.p_adjusted).toBeNull();
        } else tested.push({ topic, a, b, p: mcnemar(onlyA, onlyB) });
      }
    }
    expect(s.tests).toBe(6);
    const adjusted = holmByHand(tested.map((t) => t.p));
    tested.forEach((t, k) => {
      const c = s.comparisons.find((x: any) => x.value === t.topic && x.model_a === t.a && x.model_b === t.b);
      expect(c.p_adjusted, `${t.topic} ${t.a}-${t.b}`).toBeCloseTo(adjusted[k]!, 12);
    });
    const pharm = s.comparisons.find((x: any) => x.value === 'pharmacology' && x.model_b === 'big');
    const cardio = s.comparisons.find((x: any) => x.value === 'cardiology' && x.model_b === 'big');
    expect(pharm.verdict).toBe('a_better');
    expect(cardio.verdict).toBe('b_better');
    expect(s.comparisons.find((x: any) => x.value === 'pharmacology' && x.model_a === 'big').verdict).toBe('no_significant_difference');

    // The verdict: the overall tie is said, both topics are named, nothing else is called a win.
    const sentence: string = summary.verdicts[0].slice_sentences[0];
    expect(sentence).toBe(s.sentence);
    expect(sentence).toMatch(/^med by topic: although small and big do not differ overall \(Holm p=1\.0\), small beats big on pharmacology \(\+50\.0 points, 24 items, Holm p=0\.0\d+\) and loses on cardiology \(−60\.0 points, 20 items, Holm p=0\.00\d\)/);
    expect(sentence).toContain('no other topic differs after correction for 6 tests (1 topic with fewer than 10 shared items shown without a verdict).');
    expect(sentence).not.toMatch(/misc \(/);

    // results.csv: the whole-suite lines first (unchanged), then one line per (topic, model).
    const csv = fs.readFileSync(path.join(run, 'results.csv'), 'utf8').trim().split('\n');
    const head = csv[0]!.split(',');
    expect(head.indexOf('slice')).toBe(head.indexOf('slice_field') + 1);
    expect(head.indexOf('slice_field')).toBeGreaterThan(head.indexOf('cost_per_correct_usd'));
    expect(csv).toHaveLength(1 + 3 + 9);
    const line = csv.find((l) => l.startsWith('med,small,') && l.endsWith(',topic,cardiology,generative'))!.split(',');
    expect(Number(line[head.indexOf('n')])).toBe(20);
    expect(Number(line[head.indexOf('accuracy')])).toBe(0.4);

    // report.md, report.html and the terminal carry the sentence; the terminal table needs --wide/--by.
    expect(fs.readFileSync(path.join(run, 'report.md'), 'utf8')).toContain('### med by topic');
    const html = fs.readFileSync(path.join(run, 'report.html'), 'utf8');
    expect(html).toContain('data-chart="slices-topic" data-points="9"');
    expect(res.stdout.replace(/\s+/g, ' ')).toContain('small beats big on pharmacology'); // wrapped to 80 columns
    expect(res.stdout).not.toContain('Differences (Holm)');

    // bench report --by another field rebuilds everything by it; --wide prints the tables.
    const rep = await runBench(['report', run, '--by', 'ward'], { cwd: dir, env: { COLUMNS: '200' } }); // a terminal wide enough for the slice table
    expect(rep.code, rep.stderr).toBe(0);
    expect(rep.stdout).toContain('med by ward');
    expect(rep.stdout).toContain('Differences (Holm)');
    const again = JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8'));
    expect(again.slices.map((x: any) => x.field)).toEqual(['ward']);
    const bad = await runBench(['report', run, '--by', 'wrd'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--by wrd');

    // bench compare by topic: the same run twice changes nothing on any slice.
    const cmp = await runBench(['compare', run, run, '--by', 'topic'], { cwd: dir });
    expect(cmp.code, cmp.stderr).toBe(0);
    expect(cmp.stdout).toMatch(/pharmacology/);
    expect(cmp.stdout).toContain('Holm-adjusted across the 6 slice rows');
  });

  it('refuses --by on a field no item has, before any request, naming the field', async () => {
    const before = server.requests.length;
    const res = await runBench(['run', '--suite', 'med', '--out', path.join(dir, 'out-bad'), '--by', 'topc'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--by topc');
    expect(res.stderr).toContain('did you mean "topic"');
    expect(server.requests.length).toBe(before);
  });
});
