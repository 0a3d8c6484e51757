/**
 * @module scorers/code/assemble — builds the program that runs in the sandbox.
 *
 * One harness serves HumanEval, MBPP+ and the shipped suite: every item has `prompt`,
 * `test` (defining `check(candidate)`) and `entry_point`. The program is
 * prompt + completion, the test, `check(entry_point)`, then a sentinel carrying a
 * per-run nonce: a program that exits early (even with status 0) never prints it.
 */
import { definesFunction } from './extract.js';

export interface CodeItem {
  id: string;
  prompt: string;
  test: string;
  entry_point: string;
}

/** The line the sentinel prints; its presence on stdout proves `check` returned. */
export function sentinelLine(nonce: string): string {
  return `__bench_harness_ok_${nonce}__`;
}

/**
 * The solution part: a full function definition goes after the prompt (whose imports
 * and helpers it may need; a prompt that is not code is left out); a body continues
 * the prompt as a completion.
 */
export function solutionSource(item: CodeItem, code: string): string {
  const promptIsCode = definesFunction(item.prompt, item.entry_point);
  if (!promptIsCode) return code;
  const prompt = item.prompt.endsWith('\n') ? item.prompt : `${item.prompt}\n`;
  if (definesFunction(code, item.entry_point)) return `${prompt}${bodyFiller(prompt)}\n${code}`;
  return `${prompt}${code}`;
}

/** `pass` when the prompt ends in a bare `def …:` line (no docstring), so it stays valid Python. */
function bodyFiller(prompt: string): string {
  const last = prompt.trimEnd().split('\n').pop() ?? '';
  if (!last.trimEnd().endsWith(':')) return '';
  const indent = /^[ \t]*/.exec(last)![0];
  return `${indent}    pass\n`;
}

/** The whole program: solution, tests, the check call, then the sentinel. */
export function assembleProgram(item: CodeItem, code: string, nonce: string): string {
  return [
    solutionSource(item, code),
    '',
    item.test,
    '',
    `check(${item.entry_point})`,
    `__import__('os').write(1, b'\\n${sentinelLine(nonce)}\\n')`,
    '',
  ].join('\n');
}
