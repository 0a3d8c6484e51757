/**
 * @module store/bench-config — `bench.config.yaml` in the working folder: project defaults
 * (today the regression thresholds), checked strictly with every problem at file:line:column.
 *
 * ```yaml
 * regression:
 *   max_drop: 3              # accuracy points
 *   max_latency_increase: 50 # percent, p50 or p95
 *   max_cost_increase: 25    # percent, cost per correct answer
 *   alpha: 0.05              # significance level after Holm's correction
 * ```
 * Command-line flags win over the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { issueProblems } from '../config/issues.js';
import { problemsError, readYaml, yamlData } from '../config/yaml.js';

export const BENCH_CONFIG = 'bench.config.yaml';

const nonNegative = (what: string) => z.number({ error: `expected ${what} (a number ≥ 0)` }).min(0, { error: `expected ${what} (a number ≥ 0)` });

export const RegressionConfigSchema = z.strictObject({
  max_drop: nonNegative('accuracy points').optional(),
  max_latency_increase: nonNegative('a percent').optional(),
  max_cost_increase: nonNegative('a percent').optional(),
  alpha: z.number({ error: 'expected a significance level between 0 and 1, e.g. 0.05' })
    .gt(0, { error: 'expected a significance level between 0 and 1, e.g. 0.05' })
    .lt(1, { error: 'expected a significance level between 0 and 1, e.g. 0.05' })
    .optional(),
});

export const BenchConfigSchema = z.strictObject({
  regression: RegressionConfigSchema.optional(),
});

export type BenchConfig = z.infer<typeof BenchConfigSchema>;

/** Reads `bench.config.yaml` from `dir` (default: the working folder); absent → `{}`. */
export async function loadBenchConfig(dir: string = process.cwd()): Promise<BenchConfig> {
  const file = path.join(dir, BENCH_CONFIG);
  if (!fs.existsSync(file)) return {};
  const y = await readYaml(file, 'remove it or fix the path');
  const data = yamlData(y);
  const parsed = BenchConfigSchema.safeParse(data);
  if (!parsed.success) {
    throw problemsError(`${y.label} has errors`, issueProblems(parsed.error.issues, { file: y, data, schema: BenchConfigSchema }));
  }
  return parsed.data;
}
