/** The nightly examples stay runnable: valid YAML, scheduled, and every `bench run` flag they use exists. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT, runBench } from '../helpers/bench.js';

const workflow = fs.readFileSync(path.join(ROOT, 'examples/nightly-github-actions.yml'), 'utf8');
const cron = fs.readFileSync(path.join(ROOT, 'examples/cron.txt'), 'utf8');

const flagsOf = (cmd: string) => [...cmd.matchAll(/(?<=\s)--[a-z][a-z-]*/g)].map((m) => m[0]);

describe('nightly examples', () => {
  it('the workflow is scheduled, restores and saves the results folder, and uploads the run folder', () => {
    const wf = parse(workflow) as { on: { schedule: Array<{ cron: string }> }; jobs: { bench: { steps: Array<Record<string, any>> } } };
    expect(wf.on.schedule[0]!.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    const steps = wf.jobs.bench.steps;
    const uses = steps.map((s) => String(s.uses ?? ''));
    expect(uses).toEqual(expect.arrayContaining([expect.stringMatching(/^actions\/cache\/restore@/), expect.stringMatching(/^actions\/cache\/save@/), expect.stringMatching(/^actions\/upload-artifact@/)]));
    const restore = steps.find((s) => String(s.uses).startsWith('actions/cache/restore'))!;
    const save = steps.find((s) => String(s.uses).startsWith('actions/cache/save'))!;
    expect(restore.with.path).toBe('results');
    expect(save.with.path).toBe('results');
    const run = steps.find((s) => String(s.run ?? '').includes('bench run'))!.run as string;
    expect(run).toContain('--baseline latest');
    expect(run).toContain('--no-cache');
  });

  it('every flag the workflow and the cron line pass to `bench run` is one bench knows', async () => {
    const help = await runBench(['run', '--help'], { cwd: ROOT });
    expect(help.code).toBe(0);
    const wf = parse(workflow) as { jobs: { bench: { steps: Array<Record<string, any>> } } };
    const run = wf.jobs.bench.steps.find((s) => String(s.run ?? '').includes('bench run'))!.run as string;
    const cronRun = cron.split('\n').find((l) => /^\d/.test(l))!.match(/bench run ([^>]*)>/)![1]!;
    const flags = [...flagsOf(` ${run}`), ...flagsOf(` ${cronRun}`)];
    expect(flags.length).toBeGreaterThan(8);
    for (const f of new Set(flags)) expect(help.stdout, f).toMatch(new RegExp(`(^|[\\s,])${f}\\b`));
  });
});
