/**
 * @module reports/write — renders reporters into a run folder: each output redacted, written
 * atomically under its file name, and the step-summary ones appended to the CI step summary.
 * The one rule for `$GITHUB_STEP_SUMMARY`: when it is set, every reporter marked `stepSummary`
 * is appended there, in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../store/atomic.js';
import { redact } from '../secrets.js';
import type { Reporter } from './types.js';

/** Renders every reporter of `reporters` with `ctx`; returns each one's text by name. */
export async function writeOutputs<C, N extends string>(runDir: string, reporters: Record<N, Reporter<C>>, ctx: C, env: NodeJS.ProcessEnv = process.env): Promise<Record<N, string>> {
  const out = {} as Record<N, string>;
  const step: string[] = [];
  for (const [name, reporter] of Object.entries(reporters) as Array<[N, Reporter<C>]>) {
    const text = redact(await reporter.render(ctx));
    out[name] = text;
    if (reporter.file !== undefined) await writeFileAtomic(path.join(runDir, reporter.file), text);
    if (reporter.stepSummary) step.push(text);
  }
  const stepSummary = env.GITHUB_STEP_SUMMARY;
  if (stepSummary) for (const text of step) fs.appendFileSync(stepSummary, text + '\n');
  return out;
}
