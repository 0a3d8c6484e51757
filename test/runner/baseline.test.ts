import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBenchConfig } from '../../src/store/bench-config.js';
import { resolveThresholds } from '../../src/runner/baseline.js';
import { renderJUnit, xmlEscape } from '../../src/reports/junit.js';
import { compareWithBaseline } from '../../src/stats/regression.js';
import { InputError } from '../../src/errors.js';
import { manifest, records } from '../fixtures/nightly-runs.js';

function configDir(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cfg-'));
  fs.writeFileSync(path.join(dir, 'bench.config.yaml'), text);
  return dir;
}

describe('bench.config.yaml regression thresholds', () => {
  it('reads the thresholds, and command-line flags win over the file', async () => {
    const dir = configDir('regression:\n  max_drop: 3\n  max_latency_increase: 50\n  alpha: 0.01\n');
    expect(await resolveThresholds({}, dir)).toEqual({ alpha: 0.01, maxDrop: 3, maxLatencyIncrease: 50 });
    expect(await resolveThresholds({ maxDrop: 1, maxCostIncrease: 20 }, dir)).toEqual({ alpha: 0.01, maxDrop: 1, maxLatencyIncrease: 50, maxCostIncrease: 20 });
  });

  it('no file: alpha 0.05 and no other threshold', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cfg-'));
    expect(await resolveThresholds({}, dir)).toEqual({ alpha: 0.05 });
  });

  it('names file:line:column, the key and what was expected for every problem', async () => {
    const dir = configDir('regression:\n  max_dorp: 3\n  max_cost_increase: "a lot"\n  alpha: 2\n');
    const err = await loadBenchConfig(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const msg = (err as Error).message;
    expect(msg).toContain('3 problems');
    expect(msg).toMatch(/bench\.config\.yaml:2:3 regression\.max_dorp: unknown key `max_dorp`; did you mean `max_drop`\?/);
    expect(msg).toMatch(/bench\.config\.yaml:3:22 regression\.max_cost_increase: expected a percent \(a number ≥ 0\), got "a lot"/);
    expect(msg).toMatch(/bench\.config\.yaml:4:10 regression\.alpha: expected a significance level between 0 and 1, e\.g\. 0\.05, got 2/);
  });
});

describe('junit.xml', () => {
  const rows = compareWithBaseline({
    baseline: { manifest: manifest(), records: records(200, []) },
    current: { manifest: manifest({ run_id: 'r2' }), records: records(200, Array.from({ length: 40 }, (_, i) => i + 1)) },
    thresholds: { alpha: 0.05 },
  });

  it('fails the (suite × model) case with the reason and counts it on both levels', () => {
    const xml = renderJUnit({ runId: 'r2', baselineRunId: 'r1', timestamp: '2026-11-24T01:00:00.000Z', rows });
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="bench r2" tests="1" failures="1" errors="0" skipped="0"/);
    expect(xml).toContain('<testsuite name="bench regression: quiz" tests="1" failures="1" errors="0" skipped="0" time="0" timestamp="2026-11-24T01:00:00.000">');
    expect(xml).toMatch(/<failure message="accuracy dropped 20\.0 points, statistically real[^"]*" type="regression">/);
    expect(xml).toContain('<property name="baseline_run_id" value="r1"/>');
  });

  it('escapes markup and drops characters XML 1.0 cannot carry', () => {
    expect(xmlEscape('a<b & "c" \'d\'\u0001>')).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
    const odd = rows.map((r) => ({ ...r, suite: 'q<&>"', model: 'm\u0007' }));
    const xml = renderJUnit({ runId: 'r', baselineRunId: null, timestamp: 't', rows: odd });
    expect(xml).toContain('name="q&lt;&amp;&gt;&quot; × m"');
    expect(xml).not.toContain('\u0007');
  });
});

describe('preflightBaseline', () => {
  it('stops on a baseline folder that is not a run, and on a bad bench.config.yaml, before any run', async () => {
    const { preflightBaseline } = await import('../../src/runner/baseline.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pre-'));
    await expect(preflightBaseline({ baseline: 'latest' }, dir)).resolves.toBeUndefined();
    await expect(preflightBaseline({ baseline: path.join(dir, 'nope') }, dir)).rejects.toThrow(/is not a bench run folder \(no manifest\.json\)/);
    const bad = configDir('regression: { max_drop: -1 }\n');
    await expect(preflightBaseline({ baseline: 'latest' }, bad)).rejects.toThrow(/bench\.config\.yaml:1:25 regression\.max_drop: expected accuracy points \(a number ≥ 0\), got -1/);
  });
});

describe('regression Markdown for the step summary', () => {
  it('escapes ids so a model name cannot inject HTML or break the table', async () => {
    const { renderRegressionMarkdown } = await import('../../src/reports/regression.js');
    const m = manifest({ models: [{ id: '<img src=x>|m', provider: 'openai', model: 'x', params: {} } as never] });
    const rows = compareWithBaseline({ baseline: { manifest: m, records: [] }, current: { manifest: m, records: records(5, [], { model: '<img src=x>|m' }) }, thresholds: { alpha: 0.05 } });
    const md = renderRegressionMarkdown(rows, 'r1', { alpha: 0.05 });
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x&gt;\\|m');
    expect(md.split('\n').filter((l) => l.startsWith('| quiz'))[0]!.split(/(?<!\\)\|/).length).toBe(13);
  });
});

describe('--baseline latest and subset runs', () => {
  it('a whole run is compared with the latest whole run, a subset run with the latest run of the same selection', async () => {
    const { findLatestBaseline } = await import('../../src/runner/baseline.js');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-latest-'));
    const sample = { sample: { n: 20, seed: 7 }, selected: { quiz: 20 } };
    const write = (id: string, selection?: typeof sample) => {
      const m = manifest({ run_id: id, ...(selection && { selection }) });
      fs.mkdirSync(path.join(out, id));
      fs.writeFileSync(path.join(out, id, 'manifest.json'), JSON.stringify(m));
      fs.writeFileSync(path.join(out, id, 'summary.json'), JSON.stringify({ schema_version: 1, run_id: id, rows: [] }));
      return m;
    };
    write('20261121-010000-0001');
    write('20261122-010000-0002', sample);
    const whole = write('20261123-010000-0003');
    expect(findLatestBaseline(out, whole, path.join(out, '20261123-010000-0003')).dir).toBe(path.join(out, '20261121-010000-0001'));
    const quick = write('20261124-010000-0004', sample);
    expect(findLatestBaseline(out, quick, path.join(out, '20261124-010000-0004')).dir).toBe(path.join(out, '20261122-010000-0002'));
    const other = manifest({ run_id: 'x', selection: { ...sample, sample: { n: 20, seed: 8 } } });
    expect(findLatestBaseline(out, other, path.join(out, 'x')).dir).toBeNull();
  });
});
