/**
 * @module scorers/code — scores generated code by running it against the item's tests in the sandbox.
 *
 * Options (suite.yaml `scorer:` plus what the CLI adds): `language` (python), `harness`
 * (humaneval | assertion: both use the item's `check(candidate)`), `isolation` (checker |
 * in_process), `timeout_s` (seconds of CPU time per program, and of idle time, before the
 * calibration: see sandbox/deadline.ts), `memory_mb`, `max_procs`, `workers`, `unsafe_no_sandbox`,
 * `bwrap_path`, `python_path` (each also read from `options:`, where suite.yaml puts options
 * its schema does not name).
 *
 * `isolation: checker` (the default): the model's code runs in one sandbox as a server of calls
 * and the item's tests run in a second, trusted checker process (checker.ts) that calls it
 * through a channel carrying plain data only, so nothing the code does can forge a pass.
 * `isolation: in_process`: code and tests in one program, passed when it prints a per-run
 * sentinel after `check` returns; for tests that need the candidate's own objects. Forgeable by
 * hostile code (it can read the sentinel from its own process), so rows that used it say so.
 */
import { randomBytes } from 'node:crypto';
import { InputError } from '../../errors.js';
import type { Item, ScorerConfig, Suite } from '../../suites/types.js';
import { Sandbox, type RunResult, type SandboxOptions } from '../sandbox/index.js';
import { assertItems, type ScoreContext, type ScoreResult, type Scorer } from '../types.js';
import { checkCodeItem } from './item.js';
import { assembleProgram, sentinelLine, solutionSource, type CodeItem } from './assemble.js';
import { checkerProgram } from './checker.js';
import { extractCode } from './extract.js';

export { extractCode, fencedBlocks, definesFunction } from './extract.js';
export { assembleProgram, solutionSource, sentinelLine } from './assemble.js';
export { checkerProgram } from './checker.js';

/** Where an item's tests run relative to the model's code. */
export type Isolation = 'checker' | 'in_process';

/** The isolation a code scorer config asks for (default `checker`); throws InputError on a bad value. */
export function isolationOf(config: ScorerConfig, where: string): Isolation {
  const v = opt(config, 'isolation') ?? 'checker';
  if (v !== 'checker' && v !== 'in_process') {
    throw new InputError(`${where}: scorer.isolation must be "checker" or "in_process", got ${JSON.stringify(v)}`);
  }
  return v;
}

/** `extracted` keeps at most this many characters of the code. */
const EXTRACTED_MAX = 16 * 1024;

/** A scorer option, top-level or under `options:` (suite.yaml passes extra options there). */
function opt(config: ScorerConfig, key: string): unknown {
  const nested = config.options;
  const fromOptions = typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>)[key] : undefined;
  return config[key] ?? fromOptions;
}

function num(config: ScorerConfig, key: string, where: string, integer = false): number | undefined {
  const v = opt(config, key);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v))) {
    throw new InputError(`${where}: scorer.${key} must be a positive ${integer ? 'integer' : 'number'}, got ${JSON.stringify(v)}`);
  }
  return v;
}

function str(config: ScorerConfig, key: string, where: string): string | undefined {
  const v = opt(config, key);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v === '') throw new InputError(`${where}: scorer.${key} must be a non-empty string, got ${JSON.stringify(v)}`);
  return v;
}

/** Sandbox options from the scorer config; throws InputError on a bad value. */
export function sandboxOptions(config: ScorerConfig, suite: Suite): SandboxOptions {
  const where = `suite ${suite.name}`;
  const language = config.language ?? 'python';
  if (language.toLowerCase() !== 'python') {
    throw new InputError(`${where}: scorer.language must be "python" (the only language the code scorer runs), got ${JSON.stringify(language)}`);
  }
  if (config.harness !== undefined && config.harness !== 'humaneval' && config.harness !== 'assertion') {
    throw new InputError(`${where}: scorer.harness must be "humaneval" or "assertion", got ${JSON.stringify(config.harness)}`);
  }
  const unsafe = opt(config, 'unsafe_no_sandbox');
  if (unsafe !== undefined && typeof unsafe !== 'boolean') {
    throw new InputError(`${where}: scorer.unsafe_no_sandbox must be true or false, got ${JSON.stringify(unsafe)}`);
  }
  const opts: SandboxOptions = { unsafeNoSandbox: unsafe === true };
  const set = <K extends keyof SandboxOptions>(k: K, v: SandboxOptions[K] | undefined): void => {
    if (v !== undefined) opts[k] = v;
  };
  set('timeoutS', num(config, 'timeout_s', where));
  set('memoryMb', num(config, 'memory_mb', where, true));
  set('maxProcs', num(config, 'max_procs', where, true));
  set('workers', num(config, 'workers', where, true));
  set('bwrapPath', str(config, 'bwrap_path', where));
  set('pythonPath', str(config, 'python_path', where));
  return opts;
}

/** The code fields of an item that passed `checkCodeItem`. */
export function codeItem(item: Item): CodeItem {
  return { id: item.id, prompt: item.prompt!, test: item.test!, entry_point: item.entry_point! };
}

/** Creates the code scorer; probes and calibrates its sandbox once. Call `close()` when done. */
export async function createCodeScorer(config: ScorerConfig, suite: Suite): Promise<Scorer> {
  assertItems(suite, checkCodeItem, config);
  const isolation = isolationOf(config, `suite ${suite.name}`);
  const sandbox = await Sandbox.create(sandboxOptions(config, suite));
  const nonce = randomBytes(12).toString('hex');
  return {
    type: 'code',
    isolation,
    async score(item: Item, output: string, ctx: ScoreContext): Promise<ScoreResult> {
      const ci = codeItem(item);
      const found = extractCode(output, ci.entry_point);
      if (!found) return { correct: false, score: 0, extracted: null, reason: 'no_code', explanation: 'no code in the output', testsPassed: 0, testsTotal: null };
      const r: RunResult & { testsPassed?: number; testsTotal?: number } = isolation === 'checker'
        ? await sandbox.check({
          source: solutionSource(ci, found.code), entry: ci.entry_point, signal: ctx.signal,
          checker: checkerProgram({ prompt: ci.prompt, test: ci.test, entry: ci.entry_point }),
        })
        : await sandbox.run({ source: assembleProgram(ci, found.code, nonce), sentinel: sentinelLine(nonce), signal: ctx.signal });
      const correct = r.verdict === 'passed';
      const tests = r.testsTotal !== undefined
        ? { testsPassed: r.testsPassed ?? 0, testsTotal: r.testsTotal }
        : { testsPassed: correct ? 1 : 0, testsTotal: null };
      return {
        correct,
        score: correct ? 1 : 0,
        extracted: found.code.length > EXTRACTED_MAX ? found.code.slice(0, EXTRACTED_MAX) : found.code,
        reason: correct ? null : r.verdict === 'failed' ? 'failed_tests' : r.verdict,
        ...(r.explanation ? { explanation: r.explanation } : {}),
        execMs: r.execMs,
        ...tests,
      };
    },
    close: () => sandbox.close(),
  };
}
