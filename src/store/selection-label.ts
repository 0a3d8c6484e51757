/**
 * @module store/selection-label — a run's item selection (manifest `selection`: `--item`,
 * `--filter`, `--sample`, `--failed-from`) as one short, stable text in flag form, e.g.
 * `--sample 100 --seed 7`: the history store's `selection` column, the mark of a subset run in
 * `bench history` and `bench view`, and the key that keeps subset runs out of the trend lines
 * and `--baseline latest` of whole runs (a run is compared over time only with runs of the
 * same selection). Null for a run over whole suites.
 */
import { createHash } from 'node:crypto';
import type { ManifestSelection } from './types.js';

/** Up to this many `--item` ids are listed; more are counted and hashed (the same ids, the same text). */
const LISTED_ITEMS = 5;

export function selectionLabel(selection: ManifestSelection | undefined | null): string | null {
  if (!selection) return null;
  const parts: string[] = [];
  const items = selection.items ?? [];
  if (items.length > LISTED_ITEMS) {
    const hash = createHash('sha256').update([...items].sort().join('\n')).digest('hex').slice(0, 8);
    parts.push(`--item ×${items.length} (${hash})`);
  } else for (const id of items) parts.push(`--item ${quoted(id)}`);
  if (selection.filter !== undefined) parts.push(`--filter ${quoted(selection.filter)}`);
  if (selection.sample) parts.push(`--sample ${selection.sample.n} --seed ${selection.sample.seed}`);
  if (selection.failed_from) parts.push(`--failed-from ${selection.failed_from.run_id}`);
  return parts.length ? parts.join(' ') : null;
}

/** A value as typed on a command line: bare unless it holds a space or a quote. */
function quoted(value: string): string {
  return /^[^\s'"]+$/.test(value) ? value : JSON.stringify(value);
}
