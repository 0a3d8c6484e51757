/**
 * `bench rescore` end to end through the built binary: a run's saved outputs scored again
 * with today's scorers, without a request; equal figures when nothing changed, and exactly
 * the affected records changed when the scorer did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startOpenAIServer } from '../fixtures/openai-server.js';
import { itemIdOf, onlyRun, readJsonl, runBench, tempDir, writeChoiceSuite } from '../helpers/bench.js';

type Fake = Awaited<ReturnType<typeof startOpenAIServer>>;

/** Per-run fields that a re-score does not keep equal to the original. */
const stable = (r: Record<string, unknown>) => ({ ...r, finished_at: undefined });
const key = (r: Record<string, unknown>) => `${r.model}/${r.item_id}/${r.sample}`;

describe('bench rescore', () => {
  let dir: string;
  let server: Fake;
  let original: string;

  beforeAll(async () => {
    dir = tempDir();
    const { answers } = writeChoiceSuite(dir, 'quiz', 16);
    const wrong = (g: string) => (g === 'A' ? 'B' : 'A');
    server = await startOpenAIServer({
      answer: ({ model, messages }) => {
        const id = itemIdOf(messages)!;
        const gold = answers[id]!;
        const n = Number(id.slice(-3));
        if (model === 'plain') return n % 4 === 0 ? `Answer: ${wrong(gold)}` : `The answer is ${gold}.`;
        // a chat model: corrections, verdict lists, hedges
        if (n % 4 === 1) return `${wrong(gold)} — no, wait: ${gold} is right.`;
        if (n % 4 === 2) return ['A', 'B', 'C', 'D'].map((l) => `(${l}) ${l === gold ? 'true' : 'false'}`).join(' ');
        if (n % 4 === 3) return `Either ${gold} or ${wrong(gold)}.`;
        return `${gold}<|im_end|>`;
      },
    });
    fs.writeFileSync(
      path.join(dir, 'models.yaml'),
      ['models:', ...['plain', 'chatty'].flatMap((m) => [`  - id: ${m}`, '    provider: openai', `    model: ${m}`, `    base_url: ${server.url}`, '    tuned: generic'])].join('\n') + '\n',
    );
    const out = path.join(dir, 'runs');
    const res = await runBench(['run', '--suite', 'quiz', '--out', out], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    original = onlyRun(out);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("gives the fresh run's figures and records when the scorer did not change, without a request", async () => {
    const sent = server.requests.length;
    const out = path.join(dir, 'same');
    const res = await runBench(['rescore', original, '--out', out], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(server.requests.length).toBe(sent);
    const again = onlyRun(out);
    expect(res.stdout).toContain('re-scored 32 of 32 record(s)');
    expect(res.stdout).toContain('0 changed');
    const a = readJsonl(path.join(original, 'records.jsonl')).map(stable);
    const b = readJsonl(path.join(again, 'records.jsonl')).map(stable);
    expect(b).toEqual(a);
    const figures = (run: string) => JSON.parse(fs.readFileSync(path.join(run, 'summary.json'), 'utf8')).rows.map((r: Record<string, unknown>) => ({ ...r }));
    expect(figures(again)).toEqual(figures(original));
    const m = JSON.parse(fs.readFileSync(path.join(again, 'manifest.json'), 'utf8'));
    const m0 = JSON.parse(fs.readFileSync(path.join(original, 'manifest.json'), 'utf8'));
    expect(m.rescore).toMatchObject({ from_run_id: m0.run_id, records: 32, rescored: 32, changed: 0, scorer_versions_before: m0.scorer_versions });
    expect(m.scorer_versions).toEqual(m0.scorer_versions);
    expect(fs.existsSync(path.join(again, 'report.html'))).toBe(true);
    const cmp = await runBench(['compare', original, again], { cwd: dir });
    expect(cmp.code, cmp.stderr).toBe(0);
    expect(cmp.stdout).not.toMatch(/improved|regressed|scorer:/);
  });

  it('changes exactly the records an older scorer read differently, and compare names the scorer change', async () => {
    // The original run as an older scorer left it: three replies read wrongly, versions older.
    const old = path.join(dir, 'old-run');
    fs.cpSync(original, old, { recursive: true });
    const records = readJsonl(path.join(old, 'records.jsonl'));
    const misread = records.filter((r) => r.model === 'chatty' && r.correct === true).slice(0, 3);
    expect(misread).toHaveLength(3);
    for (const r of misread) Object.assign(r, { extracted: r.gold === 'A' ? 'B' : 'A', extracted_by: 'statement', correct: false, score: 0, reason: 'wrong' });
    fs.writeFileSync(path.join(old, 'records.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const manifest = JSON.parse(fs.readFileSync(path.join(old, 'manifest.json'), 'utf8'));
    manifest.scorer_versions = { choice: '1.0.0' };
    fs.writeFileSync(path.join(old, 'manifest.json'), JSON.stringify(manifest));
    const sent = server.requests.length;

    const out = path.join(dir, 'fixed');
    const res = await runBench(['rescore', old, '--out', out], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(server.requests.length).toBe(sent);
    expect(res.stdout).toContain('3 changed');
    const fixed = onlyRun(out);
    const before = new Map(records.map((r) => [key(r), stable(r)]));
    const after = readJsonl(path.join(fixed, 'records.jsonl'));
    const changed = after.filter((r) => JSON.stringify(stable(r)) !== JSON.stringify(before.get(key(r)))).map(key).sort();
    expect(changed).toEqual(misread.map(key).sort());
    expect(readJsonl(path.join(fixed, 'records.jsonl')).map(stable)).toEqual(readJsonl(path.join(original, 'records.jsonl')).map(stable));
    const m = JSON.parse(fs.readFileSync(path.join(fixed, 'manifest.json'), 'utf8'));
    expect(m.rescore.scorer_versions_before).toEqual({ choice: '1.0.0' });
    expect(m.scorer_versions.choice).not.toBe('1.0.0');
    const cmp = await runBench(['compare', old, fixed], { cwd: dir });
    expect(cmp.code, cmp.stderr).toBe(0);
    expect(cmp.stdout).toContain(`scorer: choice 1.0.0 → ${m.scorer_versions.choice}`);
  });

  it('re-scores a probed run (rotated options) to the same records and figures', async () => {
    const out = path.join(dir, 'probed');
    const ran = await runBench(['run', '--suite', 'quiz', '--out', out, '--probe', 'rotate=2', '--no-cache'], { cwd: dir });
    expect(ran.code, ran.stderr).toBe(0);
    const probed = onlyRun(out);
    const res = await runBench(['rescore', probed, '--out', path.join(dir, 'probed-again')], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const again = onlyRun(path.join(dir, 'probed-again'));
    const before = readJsonl(path.join(probed, 'records.jsonl'));
    expect(before.some((r) => r.variant)).toBe(true);
    expect(readJsonl(path.join(again, 'records.jsonl')).map(stable)).toEqual(before.map(stable));
  });

  it('refuses a folder that is not a run, with exit 2 and nothing written', async () => {
    const out = path.join(dir, 'none');
    const res = await runBench(['rescore', path.join(dir, 'tasks'), '--out', out], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('is not a bench run folder');
    expect(fs.existsSync(out)).toBe(false);
  });
});
