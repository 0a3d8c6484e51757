/**
 * @module scorers/option-words — tolerant comparison of a reply's words with an option's text.
 *
 * A careful reader takes "apixiban" for Apixaban, "azotaemia" for azotemia and "0.50"
 * for 0.5. Words compare equal when they are the same, the same number, or (both at
 * least 5 letters, same first letter) within one edit — two for words of 9 letters or
 * more; one small word may stand for another ("of" for "by"). A near miss counts only where no other option's text matches as closely, so
 * "hypokalemia" never reads as Hyperkalemia.
 */

/** Optimal-string-alignment distance between `a` and `b`, or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
/** Small words a reader swaps without changing the option ("easement of necessity" for "by necessity"). */
const FUNCTION = new Set(['of', 'by', 'for', 'to', 'in', 'on', 'at', 'from', 'with', 'the', 'a', 'an']);

/** How far reply word `w` is from option word `o`: 0 when the same (or the same number), 1–2 for a near miss, Infinity otherwise. */
export function wordDistance(w: string, o: string): number {
  if (w === o) return 0;
  if (NUMBER.test(w) && NUMBER.test(o)) return Number(w) === Number(o) ? 0 : Infinity;
  if (FUNCTION.has(w) && FUNCTION.has(o)) return 1;
  if (w.length < 5 || o.length < 5 || w[0] !== o[0] || /\d/.test(w) || /\d/.test(o)) return Infinity;
  const tol = Math.min(w.length, o.length) >= 9 ? 2 : 1;
  const d = editDistance(w, o, tol);
  return d <= tol ? d : Infinity;
}

/** The distance of the words of `said` starting at `at` from `form` (summed), Infinity when any word differs too much. */
export function phraseDistance(said: readonly string[], at: number, form: readonly string[]): number {
  if (at + form.length > said.length) return Infinity;
  let total = 0;
  for (let k = 0; k < form.length; k += 1) {
    const d = wordDistance(said[at + k]!, form[k]!);
    if (d === Infinity) return Infinity;
    total += d;
  }
  return total;
}
