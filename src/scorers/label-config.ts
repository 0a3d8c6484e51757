/**
 * @module scorers/label-config — which labels apply to an item and the suite's label synonyms:
 * apart from the label scorer (scorers/label), so the rotation probe and the judge's extraction
 * read them without loading the label reader.
 */
import type { Item, ScorerConfig } from '../suites/types.js';

/** The suite's `scorer.aliases` (label → synonyms), when well-formed. */
export function aliasesOf(config: ScorerConfig): Record<string, string[]> {
  const a = config.aliases;
  if (a === null || typeof a !== 'object' || Array.isArray(a)) return {};
  return Object.fromEntries(Object.entries(a as Record<string, unknown>).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((x) => typeof x === 'string')));
}

/** The labels that apply to `item`: its own `labels`, else the suite's. */
export function labelsFor(item: Item, config: ScorerConfig): string[] | null {
  const own = item.labels;
  if (Array.isArray(own) && own.length > 0 && own.every((l) => typeof l === 'string')) return own as string[];
  return config.labels && config.labels.length > 0 ? config.labels : null;
}
