/**
 * @module stats/holm — Holm's step-down correction for multiple comparisons.
 *
 * Reference: S. Holm (1979), "A simple sequentially rejective multiple test procedure",
 * Scand. J. Statist. 6:65–70. Adjusted p_(i) = max_{j ≤ i} min(1, (m − j + 1)·p_(j)) over the
 * ascending order; identical to R's `p.adjust(p, "holm")`. nulls are kept as null and do not
 * count towards m.
 */

/** Holm-adjusted p-values, in the input order. */
export function holm(pValues: readonly (number | null)[]): (number | null)[] {
  const idx: number[] = [];
  pValues.forEach((p, i) => {
    if (p !== null) {
      if (!(p >= 0 && p <= 1)) throw new RangeError(`Expected p-values in [0, 1], got ${p} at index ${i}`);
      idx.push(i);
    }
  });
  idx.sort((i, j) => pValues[i]! - pValues[j]!);
  const out: (number | null)[] = pValues.map(() => null);
  const m = idx.length;
  let running = 0;
  idx.forEach((i, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[i]!));
    out[i] = running;
  });
  return out;
}
