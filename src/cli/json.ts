/**
 * @module cli/json — `--json`: a command's result as one JSON document on stdout (everything
 * else — progress, tables, notes — goes to stderr), so a script can `JSON.parse` stdout whole.
 * The shapes are documented in the README ("Output for scripts") and only ever gain fields.
 */
import { redact } from '../secrets.js';
import type { RunResult } from '../runner/run.js';

export function printJson(value: unknown): void {
  // Redacted like every other output ("[REDACTED]" keeps the JSON valid).
  process.stdout.write(`${redact(JSON.stringify(value, null, 2))}\n`);
}

/** Where human-readable text goes: stdout normally, stderr when stdout carries the JSON document. */
export const textOut = (json: boolean | undefined): NodeJS.WritableStream => (json === true ? process.stderr : process.stdout);

/**
 * `bench run --json`: summary.json's fields, plus where the run is (`run_dir`), why it did not
 * finish (`incomplete`, null when it did: exit 3 otherwise) and the regression check against
 * `--baseline` (`baseline`: `{ regression, baseline_run_id, rows }` as regressions.json, or null).
 */
export function runJson(result: RunResult): object {
  const b = result.baseline;
  return {
    ...result.summary,
    run_dir: result.runDir,
    incomplete: result.incomplete,
    baseline: b ? { regression: b.regression, baseline_run_id: b.baselineRunId, rows: b.rows } : null,
  };
}
