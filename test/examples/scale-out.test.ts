/**
 * The scale-out examples stay deployable: the Kubernetes manifests pass the batch/v1 Job
 * (and core/v1 PVC, ConfigMap) schema subset in test/fixtures/kubernetes plus the rules the
 * API server adds for Indexed Jobs; the shard counts agree everywhere; the Actions workflow's
 * matrix, artifacts and merge job fit together; every bench flag used exists.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { ROOT, runBench } from '../helpers/bench.js';
import { validate } from '../helpers/json-schema.js';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/kubernetes/k8s-job-subset.schema.json'), 'utf8'));
const KIND: Record<string, string> = { Job: 'io.k8s.api.batch.v1.Job', PersistentVolumeClaim: 'io.k8s.api.core.v1.PersistentVolumeClaim', ConfigMap: 'io.k8s.api.core.v1.ConfigMap' };
const docsOf = (file: string) => parseAllDocuments(fs.readFileSync(path.join(ROOT, 'examples/kubernetes', file), 'utf8')).map((d) => d.toJS() as any);
const check = (doc: any) => validate(schema, { $ref: `#/definitions/${KIND[doc.kind]}` }, doc);
const shards = docsOf('bench-shards.yaml');
const merge = docsOf('bench-merge.yaml');
const job = shards.find((d) => d.kind === 'Job');
const mergeJob = merge.find((d) => d.kind === 'Job');
const script = (pod: any) => pod.containers.map((c: any) => [...(c.command ?? []), ...(c.args ?? [])].join(' ')).join('\n');

/** Rules the API server checks beyond the schema (batch/v1 Job validation). */
function jobRules(j: any): string[] {
  const s = j.spec;
  const out: string[] = [];
  if (!['Never', 'OnFailure'].includes(s.template.spec.restartPolicy)) out.push('restartPolicy must be Never or OnFailure');
  if (s.completionMode === 'Indexed' && s.completions === undefined) out.push('an Indexed Job needs completions');
  if (s.backoffLimitPerIndex !== undefined && s.completionMode !== 'Indexed') out.push('backoffLimitPerIndex needs completionMode: Indexed');
  if (s.maxFailedIndexes !== undefined && s.backoffLimitPerIndex === undefined) out.push('maxFailedIndexes needs backoffLimitPerIndex');
  const pod = s.template.spec;
  const volumes = new Set((pod.volumes ?? []).map((v: any) => v.name));
  for (const c of [...pod.containers, ...(pod.initContainers ?? [])]) {
    for (const m of c.volumeMounts ?? []) if (!volumes.has(m.name)) out.push(`${c.name} mounts undefined volume ${m.name}`);
  }
  return out;
}

describe('Kubernetes example', () => {
  it('every document passes the schema subset (written from the API reference; no cluster here)', () => {
    for (const doc of [...shards, ...merge]) {
      expect(KIND[doc.kind], doc.kind).toBeDefined();
      expect(check(doc), `${doc.kind} ${doc.metadata?.name}`).toEqual([]);
    }
    expect(jobRules(job)).toEqual([]);
    expect(jobRules(mergeJob)).toEqual([]);
  });

  it('the schema check catches what kubectl would reject', () => {
    const bad = structuredClone(job);
    bad.spec.completionsMode = 'Indexed';
    bad.spec.completionMode = 'indexed';
    bad.spec.template.spec.containers[0].volumeMount = [];
    delete bad.spec.template.spec.containers[0].name;
    expect(check(bad)).toEqual(expect.arrayContaining([
      '$.spec: unknown field completionsMode',
      expect.stringContaining('$.spec.completionMode: expected one of NonIndexed, Indexed'),
      '$.spec.template.spec.containers[0]: unknown field volumeMount',
      '$.spec.template.spec.containers[0]: missing required field name',
    ]));
    const always = structuredClone(job);
    always.spec.template.spec.restartPolicy = 'Always';
    delete always.spec.completions;
    expect(jobRules(always)).toEqual(['restartPolicy must be Never or OnFailure', 'an Indexed Job needs completions']);
  });

  it('is an Indexed Job whose shard count, shared volume and merge wait agree', () => {
    expect(job.spec.completionMode).toBe('Indexed');
    const n = job.spec.completions;
    const run = script(job.spec.template.spec);
    expect(run).toContain('--shard env');
    expect(run).toContain(`--shards ${n}`);
    expect(run).toContain('--resume'); // a retried index resumes its own folder
    const claim = shards.find((d) => d.kind === 'PersistentVolumeClaim');
    expect(claim.spec.accessModes).toContain('ReadWriteMany');
    for (const j of [job, mergeJob]) {
      expect(j.spec.template.spec.volumes.find((v: any) => v.name === 'results').persistentVolumeClaim.claimName).toBe(claim.metadata.name);
    }
    const cm = shards.find((d) => d.kind === 'ConfigMap');
    expect(job.spec.template.spec.volumes.find((v: any) => v.configMap)?.configMap.name).toBe(cm.metadata.name);
    expect(parse(cm.data['models.yaml']).models.length).toBeGreaterThan(0);
    const wait = mergeJob.spec.template.spec.initContainers.map((c: any) => c.args.join(' ')).join(' ');
    expect(wait).toContain(`-ge ${n}`);
    expect(script(mergeJob.spec.template.spec)).toContain('bench merge /results/shards/current/');
  });
});

describe('GitHub Actions example', () => {
  const wf = parse(fs.readFileSync(path.join(ROOT, 'examples/sharded-github-actions.yml'), 'utf8')) as any;

  it('runs a shard per matrix entry, uploads each folder, and merges them after', () => {
    const matrix: number[] = wf.jobs.shards.strategy.matrix.shard;
    expect(matrix).toEqual(Array.from({ length: matrix.length }, (_, i) => i + 1));
    const steps: any[] = wf.jobs.shards.steps;
    const run = steps.find((s) => String(s.run ?? '').includes('bench run')).run as string;
    expect(run).toContain(`--shard \${{ matrix.shard }}/${matrix.length}`);
    const upload = steps.find((s) => String(s.uses ?? '').startsWith('actions/upload-artifact@'));
    expect(upload.with.name).toBe('bench-shard-${{ matrix.shard }}');
    expect(wf.jobs.merge.needs).toBe('shards');
    const mSteps: any[] = wf.jobs.merge.steps;
    const download = mSteps.find((s) => String(s.uses ?? '').startsWith('actions/download-artifact@'));
    expect(download.with.pattern).toBe('bench-shard-*');
    expect(download.with['merge-multiple']).toBe(true);
    expect(mSteps.find((s) => String(s.run ?? '').includes('bench merge')).run).toContain(`${download.with.path}/`);
  });

  it('every flag the examples pass to bench run and bench merge exists', async () => {
    const [runHelp, mergeHelp] = await Promise.all([runBench(['run', '--help'], { cwd: ROOT }), runBench(['merge', '--help'], { cwd: ROOT })]);
    const texts = [
      ...wf.jobs.shards.steps.map((s: any) => String(s.run ?? '')),
      ...wf.jobs.merge.steps.map((s: any) => String(s.run ?? '')),
      script(job.spec.template.spec),
      script(mergeJob.spec.template.spec),
    ].join('\n');
    const flagsAfter = (cmd: string) => [...texts.matchAll(new RegExp(`bench ${cmd}([^\\n]*(\\n\\s+--[^\\n]*)*)`, 'g'))].flatMap((m) => [...m[1]!.matchAll(/(?<=\s)--[a-z][a-z-]*/g)].map((f) => f[0]));
    const setArgs = [...texts.matchAll(/set -- ([^\n]*)/g)].flatMap((m) => [...` ${m[1]}`.matchAll(/(?<=\s)--[a-z][a-z-]*/g)].map((f) => f[0]));
    const runFlags = new Set([...flagsAfter('run'), ...setArgs]);
    const mergeFlags = new Set(flagsAfter('merge'));
    expect(runFlags.size).toBeGreaterThan(6);
    expect(mergeFlags.size).toBeGreaterThan(1);
    for (const f of runFlags) expect(runHelp.stdout, f).toMatch(new RegExp(`(^|[\\s,])${f}\\b`));
    for (const f of mergeFlags) expect(mergeHelp.stdout, f).toMatch(new RegExp(`(^|[\\s,])${f}\\b`));
  });
});
