/**
 * @module scorers/code — scores generated code by running it against the item's tests in the sandbox.
 *
 * Options (suite.yaml `scorer:` plus what the CLI adds): `language` (python), `harness`
 * (humaneval | assertion: both use the item's `check(candidate)`), `timeout_s`, `memory_mb`,
 * `max_procs`, `workers`, `unsafe_no_sandbox`, `bwrap_path`, `python_path` (each also read
 * from `options:`, where suite.yaml puts options its schema does not name).
 */
import { randomBytes } from 'node:crypto';
import { InputError } from '../../errors.js';
import type { Item, ScorerConfig, Suite } from '../../suites/types.js';
import { Sandbox, type SandboxOptions } from '../sandbox/index.js';
import type { ScoreContext, ScoreResult, Scorer } from '../types.js';
import { assembleProgram, sentinelLine, type CodeItem } from './assemble.js';
import { extractCode } from './extract.js';

export { extractCode, fencedBlocks, definesFunction } from './extract.js';
export { assembleProgram, solutionSource, sentinelLine } from './assemble.js';

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

/** The item's code fields, or an InputError naming the item and the missing field. */
export function codeItem(item: Item): CodeItem {
  for (const field of ['prompt', 'test', 'entry_point'] as const) {
    if (typeof item[field] !== 'string' || (field !== 'prompt' && item[field] === '')) {
      throw new InputError(`item ${item.id}: field "${field}" must be a string (code items need prompt, test and entry_point)`);
    }
  }
  return { id: item.id, prompt: item.prompt!, test: item.test!, entry_point: item.entry_point! };
}

/** Creates the code scorer; probes and calibrates its sandbox once. Call `close()` when done. */
export async function createCodeScorer(config: ScorerConfig, suite: Suite): Promise<Scorer> {
  const sandbox = await Sandbox.create(sandboxOptions(config, suite));
  const nonce = randomBytes(12).toString('hex');
  return {
    type: 'code',
    async score(item: Item, output: string, ctx: ScoreContext): Promise<ScoreResult> {
      const ci = codeItem(item);
      const found = extractCode(output, ci.entry_point);
      if (!found) return { correct: false, score: 0, extracted: null, reason: 'no_code', explanation: 'no code in the output' };
      const program = assembleProgram(ci, found.code, nonce);
      const r = await sandbox.run({ source: program, sentinel: sentinelLine(nonce), signal: ctx.signal });
      const correct = r.verdict === 'passed';
      return {
        correct,
        score: correct ? 1 : 0,
        extracted: found.code.length > EXTRACTED_MAX ? found.code.slice(0, EXTRACTED_MAX) : found.code,
        reason: correct ? null : r.verdict === 'failed' ? 'failed_tests' : r.verdict,
        ...(r.explanation ? { explanation: r.explanation } : {}),
        execMs: r.execMs,
      };
    },
    close: () => sandbox.close(),
  };
}
