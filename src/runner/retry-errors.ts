/**
 * @module runner/retry-errors — `retryErrors: <run-dir>` (`bench run --retry-errors`): the run's
 * options come from its manifest, so that the same jobs are planned and the fingerprint check
 * of a resume holds; suites default to the snapshots the run folder keeps of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { readManifest } from '../store/run-dir.js';
import type { Manifest } from '../store/types.js';
import type { ResolvedRunConfig } from './config.js';

/** The config a retry of `config.retryErrors` runs with: what shaped the jobs is the run's own. */
export function retryConfigOf(config: ResolvedRunConfig): { config: ResolvedRunConfig; runDir: string; manifest: Manifest } {
  const runDir = path.resolve(config.retryErrors!);
  const manifest = readManifest(runDir);
  if (manifest.merge) throw new InputError(`--retry-errors: ${runDir} was written by bench merge; retry the errors of its shard folders, then merge again`);
  let suites = config.suites;
  if (!suites.length) {
    suites = manifest.suites.map((s) => {
      const dir = path.join(runDir, 'suites', s.name);
      if (!fs.existsSync(path.join(dir, 'suite.yaml'))) {
        throw new InputError(`--retry-errors: ${runDir} has no snapshot of suite ${s.name} (suites/${s.name}/suite.yaml); pass the suite with --suite`);
      }
      return dir;
    });
  }
  const probes = (manifest.probes ?? []).filter((p) => !p.startsWith('scoring='));
  const likelihood = (manifest.probes ?? []).includes('scoring=likelihood');
  // What shaped the run's jobs is the manifest's; a selection is moot (only error jobs are planned).
  const { probes: _p, scoring: _s, shard: _sh, shards: _shs, modelIds: _m, items: _i, filter: _f, sample: _n, failedFrom: _ff, ...rest } = config;
  return {
    runDir,
    manifest,
    config: {
      ...rest,
      suites,
      modelIds: manifest.models.map((m) => m.id),
      samples: manifest.samples,
      limit: manifest.limit,
      seed: manifest.seed,
      ...(probes.length && { probes }),
      ...(likelihood && { scoring: 'likelihood' as const }),
      ...(manifest.shard && { shard: `${manifest.shard.index}/${manifest.shard.count}` }),
    },
  };
}
