/**
 * @module cli/commands/merge — `bench merge <shard dirs…> --out <dir>`: shard folders → one run
 * folder whose summary and reports are those of the same run on one machine. Refusals are
 * bad input (exit 2); a merged run is then a run like any other (`--baseline`, history).
 */
import path from 'node:path';
import { planMerge, writeMerged } from '../../store/merge.js';
import { redact } from '../../secrets.js';
import { outputWidth } from '../width.js';

export interface MergeOptions {
  out: string;
  allowPartial?: boolean;
  margin: number;
  baseline?: string;
  maxDrop?: number;
  maxLatencyIncrease?: number;
  maxCostIncrease?: number;
  format?: string;
  /** Every column of the table (no fitting to the terminal). */
  wide?: boolean;
}

export async function mergeCommand(dirs: string[], opts: MergeOptions): Promise<void> {
  const plan = planMerge(dirs, { allowPartial: opts.allowPartial === true });
  if (opts.baseline !== undefined) await (await import('../../runner/baseline.js')).preflightBaseline(opts);
  const out = path.resolve(opts.out);
  const runDir = await writeMerged(plan, out, process.argv.slice(2).map(redact));
  const seed = plan.shards[0]!.manifest.seed;
  const { writeReports } = await import('../../runner/finalize.js');
  const { summary, terminal } = await writeReports(runDir, { margin: opts.margin, seed, format: opts.format, historyOut: out, width: outputWidth(opts.wide) });
  process.stdout.write(terminal + '\n');
  const merged = plan.shards.map((s) => `${s.manifest.shard.index}/${plan.count}`).join(', ');
  process.stdout.write(`\nmerged shard(s) ${merged} → run folder: ${runDir}\n`);
  if (summary.partial) {
    process.stderr.write(`bench: partial merge: ${[...summary.partial.missing_shards.map((s) => `${s} missing`), ...summary.partial.incomplete_shards.map((s) => `${s} did not finish`)].join(', ')}\n`);
  }
  if (opts.baseline !== undefined) {
    const { checkBaseline } = await import('../../runner/baseline.js');
    const { printBaselineCheck } = await import('../regression-output.js');
    process.exitCode = printBaselineCheck(await checkBaseline(runDir, opts));
  }
}
