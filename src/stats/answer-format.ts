/**
 * @module stats/answer-format — did the scorer fail to read one model's replies more than another's?
 *
 * A model that answers in a form the scorer cannot read loses accuracy for its format,
 * not its knowledge. Per (suite, model): replies with no answer (`no_answer`,
 * `truncated`) and ambiguous ones, on the first scored sample of each item. Per pair
 * of models, on the items both answered: an exact McNemar test on "unread" (items
 * only A left unread vs only B), Holm-adjusted across the suite's pairs (stats/holm).
 * Where a pair differs at adjusted p < 0.05, the suite gets the note
 * "accuracy differences may come from answer format".
 */
import type { AnswerFormatNote, AnswerFormatPair, SummaryRow } from '../store/types.js';
import { UNREAD_CODES, type ModelSamples } from './aggregate.js';
import { holm } from './holm.js';
import { mcnemarExact } from './mcnemar.js';
import { fmtP, fmtPct } from './format.js';

type ByModel = Map<string, ModelSamples>;

const AMBIGUOUS = UNREAD_CODES.indexOf('ambiguous');

/** The row fields: unread counts and share over the items with a scored record. */
export function unreadCounts(m: ModelSamples | undefined): Pick<SummaryRow, 'no_answer' | 'ambiguous' | 'unparsed_share'> {
  let n = 0;
  let none = 0;
  let ambiguous = 0;
  for (const item of m?.items() ?? []) {
    const s = m!.firstScored(item);
    if (s < 0) continue;
    n += 1;
    const u = m!.unread[s]!;
    if (u === AMBIGUOUS) ambiguous += 1;
    else if (u !== 0) none += 1;
  }
  return { no_answer: none, ambiguous, unparsed_share: n === 0 ? null : (none + ambiguous) / n };
}

/** The note for one suite, or null when no pair of models differs significantly in unread replies. */
export function answerFormatNote(suite: string, models: string[], bySuite: ByModel, alpha = 0.05): AnswerFormatNote | null {
  const pairs: Omit<AnswerFormatPair, 'p_adjusted'>[] = [];
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++) {
      const a = bySuite.get(models[i]!);
      const b = bySuite.get(models[j]!);
      if (!a || !b) continue;
      let n = 0;
      let ua = 0;
      let ub = 0;
      let onlyA = 0;
      let onlyB = 0;
      for (const item of a.items()) {
        const sa = a.firstScored(item);
        const sb = b.firstScored(item);
        if (sa < 0 || sb < 0) continue;
        n += 1;
        const xa = a.unread[sa] !== 0;
        const xb = b.unread[sb] !== 0;
        if (xa) ua += 1;
        if (xb) ub += 1;
        if (xa && !xb) onlyA += 1;
        if (xb && !xa) onlyB += 1;
      }
      if (n > 0) pairs.push({ model_a: models[i]!, model_b: models[j]!, n, unparsed_a: ua, unparsed_b: ub, p_value: mcnemarExact(onlyA, onlyB) });
    }
  }
  const adjusted = holm(pairs.map((p) => p.p_value));
  const significant = pairs.map((p, k) => ({ ...p, p_adjusted: adjusted[k] ?? 1 })).filter((p) => p.p_adjusted < alpha);
  if (significant.length === 0) return null;
  const parts = significant.map(
    (p) => `${p.model_a} left ${fmtPct(p.unparsed_a / p.n)} of replies unread, ${p.model_b} ${fmtPct(p.unparsed_b / p.n)} (${p.n} shared items, Holm-adjusted ${fmtP(p.p_adjusted)})`,
  );
  return { suite, note: `accuracy differences may come from answer format: ${parts.join('; ')}.`, pairs: significant };
}
