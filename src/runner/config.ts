/**
 * @module runner/config — what a run is asked to do: one typed options object, the same for
 * `bench run` (built from its flags) and for `run()` called from code. Checked at the
 * boundary with zod; a bad option is an InputError naming the option, the value and what
 * was expected. New options go here, with their default in `resolveRunConfig`.
 */
import { z } from 'zod';
import { ONCE } from '../config/fields.js';
import { InputError } from '../errors.js';
import type { Item } from '../suites/types.js';

/** A suite given as data: the fields of suite.yaml, with `items` as the list of items itself. */
export type SuiteDefinition = Record<string, unknown> & { name: string; items: Item[] | Array<Record<string, unknown>> };

export interface RunConfig {
  /** Suite names (under `tasksDir`), suite folder paths, or suites given as data. With `retryErrors`: default the run's own suite snapshots. */
  suites?: Array<string | SuiteDefinition>;
  /** A models.yaml path, or its content as data (`{ models: [...] }`). @default 'models.yaml' */
  models?: string | { models: unknown[] };
  /** Model ids to run (default: every model). */
  modelIds?: string[];
  /** Results folder; the run writes `<out>/<run_id>/`. @default 'results' */
  out?: string;
  /** Completions per item (pass@k for code). @default 1 */
  samples?: number;
  /** Only the first n items of each suite (after the item selection). */
  limit?: number;
  /** Only these item ids (`--item`). */
  items?: string[];
  /** Only items whose id matches this regular expression (`--filter`). */
  filter?: string;
  /** A stable random subset of n items per suite, by a hash of `seed` and the item id (`--sample`). */
  sample?: number;
  /** Only items some model got wrong (scored, not an error) in this run folder (`--failed-from`). */
  failedFrom?: string;
  /** Overrides every model's concurrency. */
  concurrency?: number;
  /** A run folder to finish: only what is missing is requested. */
  resume?: string;
  /**
   * A run folder whose error records are requested again (nothing else is): the new records
   * replace them, the summary and reports are rebuilt. Samples, limit, seed, probes, shard and
   * models come from the run's manifest; suites default to its snapshots.
   */
  retryErrors?: string;
  /**
   * Stop sending new requests once the run's spend (its records' cost_usd, earlier records of a
   * resumed run included) reaches this many USD; in-flight requests finish. The run is then
   * incomplete (`--max-cost`; resume with a higher limit).
   */
  maxCost?: number;
  /** Seed of bootstrap intervals and sampling. @default 1 */
  seed?: number;
  /** Non-inferiority margin of the verdict, in points. @default 2 */
  margin?: number;
  /** Code suites: programs run in parallel (default: cores). */
  workers?: number;
  /** Code suites: run generated code without isolation when none is available (dangerous). */
  unsafeNoSandbox?: boolean;
  /** Read and write the response cache. @default true */
  cache?: boolean;
  /** Where suite names are looked up. @default 'tasks' (or the suites shipped with bench) */
  tasksDir?: string;
  /** `github`: Markdown for a GitHub job (see the README's Nightly section). */
  format?: 'github';
  /** Compare with a baseline run (a run folder or `latest`) once the run is complete. */
  baseline?: string;
  /** Regression thresholds (override bench.config.yaml's `regression:` block). */
  thresholds?: { maxDrop?: number; maxLatencyIncrease?: number; maxCostIncrease?: number };
  /** [shards] This process runs one shard of the run: `i/n`, or `env` (JOB_COMPLETION_INDEX, with `shards`). */
  shard?: string;
  /** [shards] The shard count, with `shard: 'env'`. */
  shards?: number;
  /** Probes asked of each item, as `--probe` takes them (e.g. `rotate=3`). */
  probes?: string[];
  /** `likelihood`: also score every multiple-choice suite by the log-likelihood of each option (`--scoring`). @default 'generative' */
  scoring?: 'generative' | 'likelihood';
  /** Slice every suite whose items carry this field by it, instead of the suites' own `slices`. */
  by?: string;
  /** Show the slice tables in the terminal (always shown with `by`). */
  wide?: boolean;
  /** The terminal's width in columns: `result.terminal` fits it (columns dropped or merged, sentences wrapped). @default no limit: every column */
  width?: number;
  /** [batch] Send each model's requests through its provider's batch API (OpenAI, Azure OpenAI, Anthropic) at the batch price. */
  batch?: boolean;
  /** [batch] First wait between two polls of a batch, ms (grows ×1.5 while nothing changes). @default 30000 */
  batchPollMs?: number;
  /** Judge model ids (from the models file) that grade the free-text suites, replacing the suites' own judges (`--judge`, repeatable). */
  judges?: string[];
  /** The command line recorded in the manifest (the CLI passes its argv). @default [] */
  command?: string[];
  /** Environment `${VAR}`s and key variables are read from. @default process.env */
  env?: NodeJS.ProcessEnv;
}

/** A RunConfig with its defaults filled in. */
export type ResolvedRunConfig = Required<Pick<RunConfig, 'suites' | 'models' | 'out' | 'samples' | 'seed' | 'margin' | 'cache' | 'tasksDir' | 'command' | 'env'>> &
  Omit<RunConfig, 'suites' | 'models' | 'out' | 'samples' | 'seed' | 'margin' | 'cache' | 'tasksDir' | 'command' | 'env' | 'limit'> & { limit: number | null };

const whole = (min: number) => z.number().int().min(min);
const points = z.number(); // ≥ 0 is checked by resolveThresholds, with the flag's name

const RunConfigSchema = z.strictObject({
  suites: z.array(z.union([z.string().min(1), z.looseObject({ name: z.string(), items: z.array(z.record(z.string(), z.unknown())) })])).optional(),
  models: z.union([z.string().min(1), z.looseObject({ models: z.array(z.unknown()) })]).optional(),
  modelIds: z.array(z.string()).optional(),
  out: z.string().min(1).optional(),
  samples: whole(1).optional(),
  limit: whole(1).optional(),
  items: z.array(z.string().min(1)).optional(),
  filter: z.string().optional(),
  sample: whole(1).optional(),
  failedFrom: z.string().min(1).optional(),
  concurrency: whole(1).optional(),
  resume: z.string().min(1).optional(),
  retryErrors: z.string().min(1).optional(),
  maxCost: z.number().finite().min(0).optional(),
  seed: whole(0).optional(),
  margin: z.number().finite().optional(),
  workers: whole(1).optional(),
  unsafeNoSandbox: z.boolean().optional(),
  cache: z.boolean().optional(),
  tasksDir: z.string().min(1).optional(),
  format: z.literal('github').optional(),
  baseline: z.string().min(1).optional(),
  thresholds: z.strictObject({ maxDrop: points.optional(), maxLatencyIncrease: points.optional(), maxCostIncrease: points.optional() }).optional(),
  shard: z.string().optional(),
  shards: whole(1).optional(),
  probes: z.array(z.string()).optional(),
  scoring: z.enum(['generative', 'likelihood'], { error: 'expected generative or likelihood' }).optional(),
  by: z.string().min(1).optional(),
  wide: z.boolean().optional(),
  width: whole(20).optional(),
  batch: z.boolean().optional(),
  batchPollMs: z.number().positive().finite().optional(),
  judges: z.array(z.string().min(1)).optional(),
  command: z.array(z.string()).optional(),
  env: z.record(z.string(), z.string().optional()).optional(),
});

/** Checks a run's options and fills in the defaults; throws one InputError listing every problem. */
export function resolveRunConfig(config: RunConfig): ResolvedRunConfig {
  const parsed = RunConfigSchema.safeParse(config, ONCE);
  const lines = parsed.success ? [] : parsed.error.issues.map((i) => `  - ${i.path.length ? i.path.join('.') : '(options)'}: ${i.message}`);
  if (!config.suites?.length && config.retryErrors === undefined) lines.push('  - suites: expected at least one suite (--suite)');
  if (config.retryErrors !== undefined && config.resume !== undefined) lines.push('  - retryErrors: --retry-errors and --resume both name a run folder to continue; give one');
  if (config.maxCost !== undefined && config.batch) lines.push('  - maxCost: --max-cost cannot stop a batch midway (it is submitted whole); use --dry-run to see its cost first');
  if (lines.length) throw new InputError(`run options have errors:\n${lines.join('\n')}`);
  return {
    ...config,
    suites: config.suites ?? [],
    models: config.models ?? 'models.yaml',
    out: config.out ?? 'results',
    samples: config.samples ?? 1,
    limit: config.limit ?? null,
    seed: config.seed ?? 1,
    margin: config.margin ?? 2,
    cache: config.cache ?? true,
    tasksDir: config.tasksDir ?? 'tasks',
    command: config.command ?? [],
    env: config.env ?? process.env,
  };
}
