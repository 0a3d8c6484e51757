/** @module cli/regression-output — a regression check (runner/baseline.ts) on the terminal, and its exit code. */
import type { BaselineCheck } from '../runner/baseline.js';

/** Prints the check (notes on stderr around the table on `out`, stdout unless --json); returns 1 on a regression, else 0. */
export function printBaselineCheck(check: BaselineCheck, out: NodeJS.WritableStream = process.stdout): number {
  for (const note of check.notes.filter((n) => !n.startsWith('bench:'))) process.stderr.write(note + '\n');
  out.write(check.text);
  for (const note of check.notes.filter((n) => n.startsWith('bench:'))) process.stderr.write(note + '\n');
  return check.regression ? 1 : 0;
}
