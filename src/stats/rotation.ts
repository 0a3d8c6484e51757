/**
 * @module stats/rotation — what option rotation shows about one model on one suite.
 *
 * - Circular accuracy: an item counts as right only when it is right under every rotation asked
 *   (MMBench's CircularEval: Liu et al. 2023, "MMBench: Is Your Multi-modal Model an All-around
 *   Player?", §3.2), over the items with every rotation scored; continuity-corrected Wilson 95% interval (coverage holds at the boundary, as for the main accuracy).
 * - Consistency: the share of those items where the same original option was chosen under every
 *   rotation (an unread answer is never consistent).
 * - Position bias: the positions chosen (all scored rotations, answered ones) against the positions
 *   of the gold answers of the same records, by Pearson's chi-square goodness of fit
 *   (stats/chi-square); and accuracy by gold position. Positions are 0-based (0 = A).
 */
import { chiSquareGof } from './chi-square.js';
import { wilsonCC } from './proportion.js';

/** One scored rotation of an item (from a record's `rotation` field). */
export interface RotationObservation {
  item_id: string;
  index: number;
  /** Rotations asked for the item (the item as written included). */
  of: number;
  correct: boolean;
  gold_position: number;
  chosen_position: number | null;
  chosen_original: string | null;
}

export interface PositionStat {
  position: number;
  /** Share of answered records that chose this position. */
  chosen_share: number;
  /** Share of the same records whose gold answer is at this position. */
  gold_share: number;
  /** Records whose gold answer is at this position, and their accuracy. */
  n: number;
  accuracy: number | null;
}

export interface RotationStats {
  /** Items with every rotation scored. */
  n: number;
  circular_correct: number;
  circular_accuracy: number | null;
  circular_ci95: [number, number] | null;
  consistency: number | null;
  /** Pearson chi-square of chosen vs gold positions. */
  position_chi2: number | null;
  position_df: number | null;
  position_p: number | null;
  /** The most chosen position and its share of answered records. */
  top_position: number | null;
  top_share: number | null;
  by_position: PositionStat[];
}

/** Items with every rotation scored, each with its rotations in index order. */
export function completeItems(obs: readonly RotationObservation[]): Map<string, RotationObservation[]> {
  const byItem = new Map<string, Map<number, RotationObservation>>();
  for (const o of obs) {
    let m = byItem.get(o.item_id);
    if (!m) byItem.set(o.item_id, (m = new Map()));
    m.set(o.index, o);
  }
  const out = new Map<string, RotationObservation[]>();
  for (const [id, m] of byItem) {
    const of = Math.max(...[...m.values()].map((o) => o.of));
    if (of < 2 || m.size < of) continue;
    const list: RotationObservation[] = [];
    for (let i = 0; i < of; i++) {
      const o = m.get(i);
      if (!o) break;
      list.push(o);
    }
    if (list.length === of) out.set(id, list);
  }
  return out;
}

/** Right under every rotation, per complete item. */
export function circularOutcomes(obs: readonly RotationObservation[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const [id, list] of completeItems(obs)) out.set(id, list.every((o) => o.correct));
  return out;
}

export function rotationStats(obs: readonly RotationObservation[]): RotationStats {
  const complete = completeItems(obs);
  let circ = 0;
  let same = 0;
  for (const list of complete.values()) {
    if (list.every((o) => o.correct)) circ++;
    const first = list[0]!.chosen_original;
    if (first !== null && list.every((o) => o.chosen_original === first)) same++;
  }
  const n = complete.size;
  const w = wilsonCC(circ, n);
  const answered = obs.filter((o) => o.chosen_position !== null);
  const width = Math.max(0, ...obs.map((o) => o.gold_position + 1), ...answered.map((o) => o.chosen_position! + 1));
  const chosen = new Array<number>(width).fill(0);
  const gold = new Array<number>(width).fill(0);
  for (const o of answered) {
    chosen[o.chosen_position!] = chosen[o.chosen_position!]! + 1;
    gold[o.gold_position] = gold[o.gold_position]! + 1;
  }
  const test = answered.length > 0 ? chiSquareGof(chosen, gold) : null;
  const byPosition: PositionStat[] = [];
  for (let p = 0; p < width; p++) {
    const at = obs.filter((o) => o.gold_position === p);
    byPosition.push({
      position: p,
      chosen_share: answered.length ? chosen[p]! / answered.length : 0,
      gold_share: answered.length ? gold[p]! / answered.length : 0,
      n: at.length,
      accuracy: at.length ? at.filter((o) => o.correct).length / at.length : null,
    });
  }
  let top: number | null = null;
  for (let p = 0; p < width; p++) if (top === null || chosen[p]! > chosen[top]!) top = p;
  return {
    n,
    circular_correct: circ,
    circular_accuracy: w?.estimate ?? null,
    circular_ci95: w ? [w.low, w.high] : null,
    consistency: n ? same / n : null,
    position_chi2: test && Number.isFinite(test.statistic) ? test.statistic : null,
    position_df: test?.df ?? null,
    position_p: test?.p ?? null,
    top_position: answered.length ? top : null,
    top_share: answered.length && top !== null ? chosen[top]! / answered.length : null,
    by_position: byPosition,
  };
}

/** "A" for 0, "B" for 1, …: how positions are named in reports. */
export const positionName = (p: number): string => (p < 26 ? String.fromCharCode(65 + p) : `#${p + 1}`);
