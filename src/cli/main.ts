#!/usr/bin/env node
/**
 * @module cli/main — the `bench` entry. Stays light: each command's module is
 * imported only when that command runs; commander itself is loaded only when a
 * command line needs parsing: `bench --version` prints the version, and
 * `bench --help` the help the build rendered (cli/help-cache), without it.
 *
 * Exit codes (CONTRACT.md), set only here: 0 done; 1 regression; 2 bad input;
 * 3 could not finish (resumable); 70 internal error (printed with its stack).
 */
import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { BenchError } from '../errors.js';
import { redact } from '../secrets.js';
import { BENCH_VERSION } from '../version.js';
import { cachedHelp } from './help-cache.js';
import { holdHeapSmall } from './heap.js';

/** commander, loaded on first use (it is most of `bench --help`'s start-up time otherwise). */
let commanderModule: typeof import('commander') | undefined;
const commander = (): typeof import('commander') => (commanderModule ??= createRequire(import.meta.url)('commander') as typeof import('commander'));

const int = (name: string, min: number) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new (commander().InvalidArgumentError)(`expected ${name} to be a whole number ≥ ${min}, got "${v}"`);
  return n;
};
const num = (name: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new (commander().InvalidArgumentError)(`expected ${name} to be a number, got "${v}"`);
  return n;
};
const positive = (name: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new (commander().InvalidArgumentError)(`expected ${name} to be a number > 0, got "${v}"`);
  return n;
};
const usd = (name: string) => (v: string): number => {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0) throw new (commander().InvalidArgumentError)(`expected ${name} to be an amount in USD ≥ 0, got "${v}"`);
  return n;
};
const collect = (v: string, prev: string[] = []) => [...prev, v];

export function buildProgram(): Command {
  const program = new (commander().Command)('bench')
    .description('Compare models on your domain: accuracy, latency and cost side by side, with paired significance tests.')
    .version(BENCH_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('run')
    .description('run suites against models and write a run folder (records, summary, reports)')
    .option('-s, --suite <name|path>', 'suite name under tasks/ or a path to a suite folder (repeatable; required unless --retry-errors)', collect)
    .option('--models <file>', 'models file', 'models.yaml')
    .option('-m, --model <id>', 'model id from the models file (repeatable; default: all)', collect)
    .option('--judge <id>', 'judge model id from the models file: grades the free-text suites (judge, exact, reference scorers), replacing their own judges (repeatable: several judges, agreement reported)', collect)
    .option('-o, --out <dir>', 'results folder; the run writes <out>/<run_id>/', 'results')
    .option('--samples <k>', 'completions per item (pass@k for code)', int('--samples', 1), 1)
    .option('--limit <n>', 'only the first n items of each suite (after the item selection)', int('--limit', 1))
    .option('--item <id>', 'only this item id (repeatable)', collect)
    .option('--filter <regex>', 'only items whose id matches this regular expression')
    .option('--sample <n>', 'a stable random subset of n items per suite (by a hash of --seed and the item id)', int('--sample', 1))
    .option('--failed-from <run-dir>', 'only items some model got wrong in that run (errors are not wrong answers)')
    .option('--concurrency <n>', 'override every model\'s concurrency', int('--concurrency', 1))
    .option('--resume <run-dir>', 'finish an interrupted run: only what is missing is requested')
    .option('--max-cost <usd>', 'stop sending new requests, the judges\' included, once the run\'s records and judgments cost this many USD (in-flight ones finish); exit 3, resumable with a higher limit', usd('--max-cost'))
    .option('--dry-run', 'print the plan (jobs, estimated tokens, cost and time per model) and exit: nothing is sent or written')
    .option('--retry-errors <run-dir>', 'request again only the jobs whose record is an error; their new records replace them, then the summary and reports are rebuilt')
    .option('--baseline <run-dir|latest>', 'compare with a baseline run; exit 1 on a regression')
    .option('--max-drop <points>', 'regression: accuracy drop beyond this many points', num('--max-drop'))
    .option('--max-latency-increase <pct>', 'regression: p50/p95 latency increase beyond this percent', num('--max-latency-increase'))
    .option('--max-cost-increase <pct>', 'regression: cost per correct increase beyond this percent', num('--max-cost-increase'))
    .option('--margin <points>', 'non-inferiority margin for the verdict, in points', num('--margin'), 2)
    .option('--seed <n>', 'seed for bootstrap intervals and sampling', int('--seed', 0), 1)
    .option('--workers <n>', 'code suites: programs run in parallel (default: cores)', int('--workers', 1))
    .option('--unsafe-no-sandbox', 'code suites: run generated code without isolation when none is available (dangerous)')
    .option('--format <fmt>', 'extra output: github (append the Markdown summary to $GITHUB_STEP_SUMMARY)')
    .option('--tasks <dir>', 'folder of suites', 'tasks')
    .option('--by <field>', 'report accuracy and paired tests by this item field (e.g. topic), instead of the suites\' own slices')
    .option('--wide', 'every column of the tables and every sentence on one line (default: fit the terminal: $COLUMNS, else its width, else 80); also the slice tables')
    .option('--no-cache', 'send every request (do not read or write the response cache)')
    .option('--probe <name[=arg]>', 'also ask each item in probe variants: rotate[=k] (options rotated), choices-only (question withheld) (repeatable)', collect)
    .option('--scoring <method>', 'likelihood: also score multiple-choice suites by each option\'s log-likelihood (acc, acc_norm); default generative')
    .option('--batch', "send each model's requests through its provider's batch API (openai, azure-openai, anthropic) at the batch price; resumable while waiting")
    .option('--batch-poll <seconds>', 'with --batch: first wait between polls of a batch (grows ×1.5 while nothing changes)', positive('--batch-poll'), 30)
    .option('--no-progress', 'no progress bar')
    .option('--shard <i/n|env>', 'run only shard i of n (1-based; by a hash of suite and item id); "env" reads JOB_COMPLETION_INDEX (0-based) with --shards')
    .option('--shards <n>', 'with --shard env: the number of shards', int('--shards', 1))
    .option('--json', 'print the final summary as one JSON document on stdout (the fields of summary.json + run_dir, incomplete, baseline); the table and progress go to stderr')
    .action(async (opts) => {
      holdHeapSmall();
      return (await import('./commands/run.js')).runCommand(opts);
    });

  program
    .command('merge')
    .description('merge the shard folders of one run into one run folder (summary and reports as if run on one machine)')
    .argument('<shard-dirs...>', 'the folders written by bench run --shard i/n')
    .option('-o, --out <dir>', 'results folder; the merged run writes <out>/<run_id>/', 'results')
    .option('--allow-partial', 'merge the shards that exist even if some are missing or did not finish (every report says so)')
    .option('--margin <points>', 'non-inferiority margin for the verdict, in points', num('--margin'), 2)
    .option('--baseline <run-dir|latest>', 'compare the merged run with a baseline run; exit 1 on a regression')
    .option('--max-drop <points>', 'regression: accuracy drop beyond this many points', num('--max-drop'))
    .option('--max-latency-increase <pct>', 'regression: p50/p95 latency increase beyond this percent', num('--max-latency-increase'))
    .option('--max-cost-increase <pct>', 'regression: cost per correct increase beyond this percent', num('--max-cost-increase'))
    .option('--format <fmt>', 'extra output: github (print the Markdown report when $GITHUB_STEP_SUMMARY is not set)')
    .option('--wide', 'every column of the tables and every sentence on one line (default: fit the terminal: $COLUMNS, else its width, else 80); also the slice tables')
    .action(async (dirs, opts) => (await import('./commands/merge.js')).mergeCommand(dirs, opts));

  program
    .command('report')
    .description('regenerate every report file of a run from its records alone')
    .argument('<run-dir>')
    .option('--margin <points>', 'non-inferiority margin, in points', num('--margin'), 2)
    .option('--by <field>', 'report accuracy and paired tests by this item field (e.g. topic), instead of the suites\' own slices')
    .option('--wide', 'every column of the tables and every sentence on one line (default: fit the terminal: $COLUMNS, else its width, else 80); also the slice tables')
    .action(async (dir, opts) => (await import('./commands/report.js')).reportCommand(dir, opts));

  program
    .command('rescore')
    .description("score a run's saved outputs again with today's scorers into a new run folder (no request is sent)")
    .argument('<run-dir>')
    .option('-o, --out <dir>', 'results folder for the new run folder (default: the folder holding <run-dir>)')
    .option('--margin <points>', 'non-inferiority margin for the verdict, in points', num('--margin'), 2)
    .option('--workers <n>', 'code suites: sandboxes in parallel', int('--workers', 1))
    .option('--wide', 'every column of the tables and every sentence on one line (default: fit the terminal: $COLUMNS, else its width, else 80); also the slice tables')
    .action(async (dir, opts) => (await import('./commands/rescore.js')).rescoreCommand(dir, opts));

  program
    .command('compare')
    .description('compare two runs on their shared items')
    .argument('<run-a>')
    .argument('<run-b>')
    .option('--by <field>', 'also compare by this item field (e.g. topic), instead of the suites\' own slices')
    .option('--json', 'print the comparison as one JSON document on stdout ({ run_a, run_b, rows, slice_rows })')
    .option('--wide', 'every column, however wide (default: the table fits the terminal)')
    .action(async (a, b, opts) => (await import('./commands/compare.js')).compareCommand(a, b, opts));

  program
    .command('import')
    .description('turn a public benchmark file into a suite folder')
    .argument('<format>', 'humaneval | mbppplus | medqa | pubmedqa | legalbench')
    .argument('<file>', 'file path, folder (legalbench) or http(s) URL')
    .option('-o, --out <dir>', 'where the suite folder goes', 'tasks')
    .option('--name <suite>', 'suite name (default: the format)')
    .option('--limit <n>', 'keep the first n items', int('--limit', 1))
    .option('--sample <n>', 'keep a seeded random sample of n items', int('--sample', 1))
    .option('--seed <s>', 'seed for --sample', int('--seed', 0), 1)
    .option('--ids <file>', 'pubmedqa: test_ground_truth.json selecting the official test split')
    .option('--force', 'replace an existing suite folder')
    .action(async (format, file, opts) => (await import('./commands/import.js')).importCommand(format, file, opts));

  program
    .command('list')
    .description('show the suites and models bench can see')
    .option('--models <file>', 'models file', 'models.yaml')
    .option('--tasks <dir>', 'folder of suites', 'tasks')
    .option('--json', 'print the suites and models as one JSON document on stdout')
    .action(async (opts) => (await import('./commands/list.js')).listCommand(opts));

  program
    .command('plan')
    .description('how many items a suite needs to tell a given difference')
    .option('--margin <points>', 'difference or non-inferiority margin to detect, in points', num('--margin'), 2)
    .option('--expected <accuracy>', 'expected accuracy of the models (0..1)', num('--expected'), 0.8)
    .option('--power <p>', 'power', num('--power'), 0.8)
    .option('--json', 'print the plan as one JSON document on stdout')
    .action(async (opts) => (await import('./commands/plan.js')).planCommand(opts));

  program
    .command('history')
    .description('accuracy, latency and cost of (suite, model) over past runs')
    .option('-o, --out <dir>', 'results folder', 'results')
    .option('-s, --suite <name>', 'only this suite')
    .option('-m, --model <id>', 'only this model')
    .option('--rebuild', 'rebuild the history store from the run folders')
    .option('--json', 'print the history rows as one JSON document on stdout ({ history_file, rows })')
    .option('--wide', 'every column, however wide (default: drop columns until the tables fit the terminal: $COLUMNS, else its width, else 80)')
    .action(async (opts) => (await import('./commands/history.js')).historyCommand(opts));

  program
    .command('view')
    .description('every run of a results folder on one local page: status, verdicts, trend charts, reports, compare (a server on 127.0.0.1; opens nothing by itself)')
    .argument('[results-dir]', 'the results folder', 'results')
    .option('--port <n>', 'port on 127.0.0.1 (0: any free port; the URL is printed)', int('--port', 0), 4173)
    .option('--static <file>', 'write the page as one self-contained HTML file instead (comparisons: each run against the one before it)')
    .action(async (dir, opts) => (await import('./commands/view.js')).viewCommand(dir, opts));

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2);
  // The line commander prints for `-V, --version`, and the help it renders, without loading it.
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${BENCH_VERSION}\n`);
    return 0;
  }
  const help = args.length === 1 && (args[0] === '--help' || args[0] === '-h') ? cachedHelp() : undefined;
  if (help !== undefined) {
    process.stdout.write(help);
    return 0;
  }
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return handleError(err);
  }
}

function handleError(err: unknown): number {
  if (commanderModule && err instanceof commanderModule.CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return 2; // commander already printed the message
  }
  if (err instanceof BenchError) {
    process.stderr.write(redact(`bench: ${err.message}`) + '\n');
    return err.exitCode;
  }
  const e = err as Error;
  process.stderr.write(redact(`bench: internal error (a bug — please report it):\n${e?.stack ?? String(err)}`) + '\n');
  return 70;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(redact(String(err?.stack ?? err)) + '\n');
    process.exitCode = 70;
  },
);
