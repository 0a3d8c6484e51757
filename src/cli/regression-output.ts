/** @module cli/regression-output — a regression check (runner/baseline.ts) on the terminal, and its exit code. */
import type { BaselineCheck } from '../runner/baseline.js';

/** Prints the check (notes on stderr around the table on stdout); returns 1 on a regression, else 0. */
export function printBaselineCheck(check: BaselineCheck): number {
  for (const note of check.notes.filter((n) => !n.startsWith('bench:'))) process.stderr.write(note + '\n');
  process.stdout.write(check.text);
  for (const note of check.notes.filter((n) => n.startsWith('bench:'))) process.stderr.write(note + '\n');
  return check.regression ? 1 : 0;
}
