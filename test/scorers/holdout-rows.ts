/**
 * The held-out batches kept as JSON Lines (test/scorers/corpora/holdout-b*.jsonl): one row per
 * reply, as its writer labelled it, and the one way the tests read a row with the extractors.
 */
import { readFileSync } from 'node:fs';
import { readChoice } from '../../src/scorers/choice-extract.js';
import { readLabel } from '../../src/scorers/label-extract.js';
import { reportErrors } from './corpus-report.js';

export interface HoldoutRow {
  kind: 'choice' | 'label';
  cls: string;
  reply: string;
  choices?: Record<string, string>;
  labels?: string[];
  input?: string;
  aliases?: Record<string, string[]>;
  want: string | null;
  finish?: string;
  /** 1-based line of the file. */
  line: number;
}

/** The rows of `corpora/<file>`, each with its line number. */
export function readHoldout(file: string): HoldoutRow[] {
  return readFileSync(new URL(`./corpora/${file}`, import.meta.url), 'utf8')
    .split('\n').map((l, i) => ({ l, line: i + 1 })).filter(({ l }) => l.trim() !== '')
    .map(({ l, line }) => ({ ...(JSON.parse(l) as Omit<HoldoutRow, 'line'>), line }));
}

/** What the extractor reads from a row: its option letter, its label, or null. */
export function readRow(r: HoldoutRow): string | null {
  const finishReason = r.finish ?? 'stop';
  return r.kind === 'choice'
    ? readChoice(r.reply, r.choices!, { finishReason }).value
    : readLabel(r.reply, r.labels!, { finishReason, input: r.input, aliases: r.aliases }).value;
}

/** A row's `want` is one of its options or labels, or null. */
export function wantIsValid(r: HoldoutRow): boolean {
  return r.want === null || (r.kind === 'choice' ? Object.keys(r.choices!) : r.labels!).includes(r.want);
}

/** Reads every row, prints the error by class (`name` heads it), returns the misread rows with what was read. */
export function misreadRows(set: HoldoutRow[], name: string): Array<HoldoutRow & { got: string | null }> {
  const outcomes = set.map((r) => ({ ...r, got: readRow(r) }));
  reportErrors(name, outcomes);
  return outcomes.filter((o) => o.got !== o.want);
}
