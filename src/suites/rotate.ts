/**
 * @module suites/rotate — option rotation of an item (the `rotate` probe), pure and deterministic.
 *
 * Multiple choice: the options are listed in key order (A, B, …); rotation r puts at position p the
 * option that was at position (p + r) mod n, re-lettered, and re-maps the gold letter. Rotation 0 is
 * the item as written. Running every rotation of an n-option item is MMBench's CircularEval (Liu et
 * al. 2023, "MMBench: Is Your Multi-modal Model an All-around Player?", §3.2).
 *
 * Label suites: where the template lists the labels (`{{labels}}`), rotation r lists them starting
 * at the r-th one; the allowed labels and the gold answer are unchanged. A label suite whose
 * template does not list them has nothing to rotate.
 */
import type { Item, Suite } from './types.js';
import { placeholders } from './template.js';
import { sortKeys } from './key-order.js';
import { labelsFor } from '../scorers/label-config.js';
import type { RunRecord } from '../store/types.js';

/** Rotations per item when `--probe rotate` gives no k: as many as options, at most this. */
export const DEFAULT_MAX_ROTATIONS = 5;

/** How one rotated item maps positions back to the original options. */
export interface Rotation {
  /** 0 = the item as written. */
  index: number;
  /** The option keys (letters, or labels) in the order the prompt lists them. */
  listed: string[];
  /** For each listed position, the original option key shown there. */
  original: string[];
  /** Position of the gold answer in the listed order. */
  goldPosition: number;
}

function optionKeys(item: Item): string[] | null {
  const c = item.choices;
  if (c === undefined || c === null || typeof c !== 'object') return null;
  const keys = sortKeys(Object.keys(c)); // as the template renders them
  return keys.length >= 2 ? keys : null;
}

/** The labels a label item's prompt lists, when its template lists them. */
function listedLabels(suite: Suite, item: Item): string[] | null {
  if (suite.scorer.type !== 'label' || !placeholders(suite.template).includes('labels')) return null;
  const labels = labelsFor(item, suite.scorer);
  return labels && labels.length >= 2 ? labels : null;
}

/** How many options the item's prompt lists in an order that can be rotated (0: none). */
export function optionCount(suite: Suite, item: Item): number {
  if (suite.scorer.type === 'choice') return optionKeys(item)?.length ?? 0;
  return listedLabels(suite, item)?.length ?? 0;
}

/** Rotations to ask, counting the item as written: k (default: options, at most 5), never more than options. */
export function rotationCount(suite: Suite, item: Item, k: number | null): number {
  const n = optionCount(suite, item);
  if (n < 2) return 0;
  return Math.min(n, k ?? DEFAULT_MAX_ROTATIONS);
}

/** The item with its options rotated by `r` (0 ≤ r < options), and how positions map back. */
export function rotateItem(suite: Suite, item: Item, r: number): { item: Item; rotation: Rotation } | null {
  if (suite.scorer.type === 'choice') {
    const keys = optionKeys(item);
    if (!keys || typeof item.answer !== 'string') return null;
    const n = keys.length;
    const shift = ((r % n) + n) % n;
    const original = keys.map((_, p) => keys[(p + shift) % n]!);
    const choices: Record<string, string> = {};
    keys.forEach((k, p) => (choices[k] = item.choices![original[p]!]!));
    const goldPosition = original.indexOf(item.answer);
    if (goldPosition < 0) return null;
    return { item: { ...item, choices, answer: keys[goldPosition]! }, rotation: { index: shift, listed: keys, original, goldPosition } };
  }
  const labels = listedLabels(suite, item);
  if (!labels || typeof item.answer !== 'string') return null;
  const n = labels.length;
  const shift = ((r % n) + n) % n;
  const listed = labels.map((_, p) => labels[(p + shift) % n]!);
  const gold = item.answer.trim().toLowerCase();
  const goldPosition = listed.findIndex((l) => l.trim().toLowerCase() === gold);
  if (goldPosition < 0) return null;
  return { item: { ...item, labels: listed }, rotation: { index: shift, listed, original: listed, goldPosition } };
}

/** The record's `rotation` field once the answer is read: positions are 0-based in listed order. */
export type RotationRecord = NonNullable<RunRecord['rotation']>;

export function rotationRecord(rotation: Rotation, of: number, extracted: string | null): RotationRecord {
  let pos = extracted === null ? -1 : rotation.listed.indexOf(extracted);
  if (pos < 0 && extracted !== null) {
    const norm = extracted.trim().toLowerCase();
    pos = rotation.listed.findIndex((l) => l.trim().toLowerCase() === norm);
  }
  return {
    index: rotation.index,
    of,
    options: rotation.listed.length,
    gold_position: rotation.goldPosition,
    chosen_position: pos < 0 ? null : pos,
    chosen_original: pos < 0 ? null : rotation.original[pos]!,
  };
}
