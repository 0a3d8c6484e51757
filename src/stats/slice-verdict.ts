/**
 * @module stats/slice-verdict — the verdict's sentence about one slice field of a suite:
 * which model beats which on which slice, after Holm's correction over all the suite's slice
 * tests, e.g. "medical by topic: med-small beats gpt-big on pharmacology (+24.0 points,
 * 40 items, Holm p<0.001) and loses on cardiology (−40.0 points, 20 items, Holm p=0.002);
 * no other topic differs after correction for 6 tests."
 *
 * Only slices whose adjusted p is below α are named; a slice that does not differ is never
 * called a win. When two models tie overall but differ on slices, the sentence says so. The
 * smaller model of a pair (by parameter count) is the subject, since the question is where
 * the small model wins.
 */
import type { Comparison, SliceComparison, SuiteSlices } from '../store/types.js';
import type { PublicModelSpec } from '../config/types.js';
import { fmtP, fmtPoints } from './format.js';

function list(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The pair's subject: the smaller model (by params_b), else model_a. */
function subjectOf(c: SliceComparison, size: (id: string) => number): string {
  return size(c.model_b) < size(c.model_a) ? c.model_b : c.model_a;
}

function phrase(c: SliceComparison, subject: string): string {
  const d = subject === c.model_a ? c.diff! : -c.diff!;
  return `${c.value} (${fmtPoints(d, true)} points, ${c.n} items, Holm ${fmtP(c.p_adjusted)})`;
}

/** One sentence for a suite sliced by one field. `overall`: the suite's own pairwise comparisons. */
export function sliceSentence(s: SuiteSlices, overall: readonly Comparison[], models: readonly PublicModelSpec[]): string {
  const size = (id: string): number => models.find((m) => m.id === id)?.params_b ?? Infinity;
  const head = `${s.suite} by ${s.field}`;
  const untested = s.values.filter((v) => s.comparisons.filter((c) => c.value === v).every((c) => c.verdict === 'too_few_items'));
  const note = untested.length
    ? ` (${untested.length} ${s.field}${untested.length === 1 ? '' : 's'} with fewer than ${s.min_items} shared items shown without a verdict)`
    : '';
  // s.tests counts the whole suite's family (every slice field); this field may have none of it.
  if (s.tests === 0 || s.comparisons.every((c) => c.verdict === 'too_few_items')) {
    return `${head}: no ${s.field} has the ${s.min_items} shared items a paired test needs, so none gets a verdict (${s.values.length} ${s.field}${s.values.length === 1 ? '' : 's'} shown).`;
  }
  const tests = `${s.tests} test${s.tests === 1 ? '' : 's'}`;
  const byPair = new Map<string, SliceComparison[]>();
  for (const c of s.comparisons) {
    if (c.verdict !== 'a_better' && c.verdict !== 'b_better') continue;
    const k = `${c.model_a}\u0000${c.model_b}`;
    byPair.set(k, [...(byPair.get(k) ?? []), c]);
  }
  if (byPair.size === 0) {
    const who = models.length === 2 ? 'the two models' : 'any two models';
    return `${head}: no ${s.field} differs between ${who} after correction for ${tests}${note}.`;
  }
  const parts: string[] = [];
  for (const cs of byPair.values()) {
    const subject = subjectOf(cs[0]!, size);
    const other = subject === cs[0]!.model_a ? cs[0]!.model_b : cs[0]!.model_a;
    const signed = (c: SliceComparison): number => (subject === c.model_a ? c.diff! : -c.diff!);
    const wins = cs.filter((c) => signed(c) > 0).sort((x, y) => signed(y) - signed(x)).map((c) => phrase(c, subject));
    const losses = cs.filter((c) => signed(c) < 0).sort((x, y) => signed(x) - signed(y)).map((c) => phrase(c, subject));
    const all = overall.find((c) => (c.model_a === subject && c.model_b === other) || (c.model_b === subject && c.model_a === other));
    const tie = all && all.n > 0 && all.verdict === 'no_significant_difference'
      ? `although ${subject} and ${other} do not differ overall (${all.p_adjusted !== null && overall.length > 1 ? 'Holm ' : ''}${fmtP(all.p_adjusted ?? all.p_value)}), `
      : '';
    const body = wins.length
      ? `${subject} beats ${other} on ${list(wins)}${losses.length ? ` and loses on ${list(losses)}` : ''}`
      : `${subject} loses to ${other} on ${list(losses)}`;
    parts.push(tie + body);
  }
  return `${head}: ${parts.join('; ')}; no other ${s.field} differs after correction for ${tests}${note}.`;
}
