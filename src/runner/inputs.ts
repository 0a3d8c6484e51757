/**
 * @module runner/inputs — a run's models and suites, loaded and checked before anything is
 * written or sent: bad input stops here, with nothing half-written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { InputError } from '../errors.js';
import { registerSecret, registerUrlSecrets } from '../secrets.js';
import { PACKAGE_ROOT } from '../version.js';
import { loadModels, modelsFromConfig } from '../config/load.js';
import { loadSuite } from '../suites/load.js';
import { byFieldError } from '../suites/slices.js';
import { parseShard, type Shard } from '../store/shard.js';
import { selectItems, type Selected } from './select.js';
import type { ManifestSelection } from '../store/types.js';
import { likelihoodScoring, parseProbes, wantsLikelihood, type Probe } from './probes.js';
import type { ModelSpec } from '../config/types.js';
import { planJudging, type JudgingPlan } from './judge-plan.js';
import type { Suite } from '../suites/types.js';
import type { ResolvedRunConfig, SuiteDefinition } from './config.js';

export interface RunInputs {
  models: ModelSpec[];
  suites: Suite[];
  /** [shards] The shard this process runs, when the run is sharded. */
  shard?: Shard;
  probes: Probe[];
  /** The item selection, when one was asked (suites then hold only the selected items). */
  selection: ManifestSelection | null;
  /** Fingerprint parts of the selection. */
  selectionParts: Record<string, string>;
  /** [judged suites] Which suites are judged, by which models (any model of the file, not only the run's). */
  judging: JudgingPlan;
  /** Removes the temporary folders of suites given as data (after they were snapshotted). */
  dispose(): void;
}

/**
 * Where suite names are looked up: `tasksDir` (default `./tasks`), falling back to the suites
 * shipped with bench when the default folder does not exist in the current directory.
 */
export function resolveTasksDir(dir: string): string {
  const local = path.resolve(dir);
  if (fs.existsSync(local) || dir !== 'tasks') return local;
  return path.join(PACKAGE_ROOT, 'tasks');
}

/** The models file's name in messages. */
export function modelsLabel(config: ResolvedRunConfig): string {
  return typeof config.models === 'string' ? config.models : 'models';
}

/** Loads and checks the models and suites of a run; registers every key for redaction. */
export async function loadRunInputs(config: ResolvedRunConfig): Promise<RunInputs> {
  const shard = config.shard !== undefined || config.shards !== undefined ? parseShard(config.shard ?? '', config.shards, config.env) : undefined;
  if (shard && config.baseline !== undefined) {
    throw new InputError('--baseline: a shard holds part of the run; check the merged run instead: bench merge <shard dirs…> --baseline …');
  }
  let models = typeof config.models === 'string' ? await loadModels(config.models, config.env) : modelsFromConfig(config.models, config.env);
  for (const m of models) {
    registerSecret(m.api_key);
    registerUrlSecrets(m.base_url);
    for (const value of Object.values(m.headers ?? {})) registerSecret(value);
  }
  const allModels = models;
  if (config.modelIds?.length) {
    const known = new Map(models.map((m) => [m.id, m]));
    const unknown = config.modelIds.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new InputError(`--model: no model with id ${unknown.map((u) => `"${u}"`).join(', ')} in ${modelsLabel(config)}; known ids: ${[...known.keys()].join(', ')}`);
    }
    models = config.modelIds.map((id) => known.get(id)!);
  }
  const concurrency = config.concurrency;
  if (concurrency) models = models.map((m) => ({ ...m, concurrency }));
  const tasksDir = resolveTasksDir(config.tasksDir);
  let suites: Suite[] = [];
  let selected: Selected;
  const temp: string[] = [];
  const dispose = (): void => {
    for (const dir of temp.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const s of config.suites) suites.push(typeof s === 'string' ? await loadSuite(s, { tasksDir }) : await loadSuiteDefinition(s, tasksDir, temp));
    const names = suites.map((s) => s.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw new InputError(`--suite: suite "${dup}" given twice`);
    const byError = config.by === undefined ? null : byFieldError(suites, config.by);
    if (byError) throw new InputError(byError);
    selected = selectItems(suites, { ...(config.items && { items: config.items }), ...(config.filter !== undefined && { filter: config.filter }), ...(config.sample !== undefined && { sample: config.sample }), ...(config.failedFrom !== undefined && { failedFrom: config.failedFrom }), seed: config.seed });
    suites = selected.suites;
  } catch (e) {
    dispose();
    throw e;
  }
  let judging: JudgingPlan;
  try {
    judging = planJudging(suites, config.judges, allModels, modelsLabel(config));
  } catch (e) {
    dispose();
    throw e;
  }
  const probes = parseProbes(config.probes ?? []);
  // Likelihood scoring (`scoring: likelihood` here or in a suite) is a probe of its own: variant `likelihood`.
  if (wantsLikelihood(suites, config.scoring === 'likelihood')) probes.push(likelihoodScoring(config.scoring === 'likelihood'));
  return { models, suites, ...(shard && { shard }), probes, selection: selected.selection, selectionParts: selected.parts, judging, dispose };
}

/**
 * A suite given as data goes through the loader of suite folders (same checks, same hash):
 * written to a private temporary folder (suite.yaml + items.jsonl) that lives until
 * `inputs.dispose()` — the run snapshots every suite into its own folder before that.
 */
async function loadSuiteDefinition(def: SuiteDefinition, tasksDir: string, temp: string[]): Promise<Suite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-suite-'));
  temp.push(dir);
  const { items, ...file } = def;
  const folder = path.join(dir, def.name.replace(/[^A-Za-z0-9._-]/g, '_') || 'suite');
  fs.mkdirSync(folder, { mode: 0o700 });
  fs.writeFileSync(path.join(folder, 'suite.yaml'), stringify(file), { mode: 0o600 });
  fs.writeFileSync(path.join(folder, 'items.jsonl'), items.map((i) => JSON.stringify(i)).join('\n') + '\n', { mode: 0o600 });
  return loadSuite(folder, { tasksDir });
}
