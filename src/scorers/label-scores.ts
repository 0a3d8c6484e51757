/**
 * @module scorers/label-scores — per-label scores a classifier-style reply gives instead of a label:
 * "positive: 0.02 / negative: 0.95 / neutral: 0.03", "P(no)=0.7", "entailment 0.81 | neutral 0.15".
 *
 * A score is a probability right after a label (a decimal from 0 to 1, or a percentage), after
 * an optional closing quote or bracket and ":", "=", "|", "(" or dash (`{"positive": 0.97, …}` too). With scores for two labels or more, the label scored
 * highest is the answer when it stands at least ten points above every other; otherwise the
 * scores leave it open. Counts ("positive: 2 words") are no scores and leave it open too.
 */
import type { Match, Word } from './label-forms.js';

const SCORE = /^["'\]]?[ \t]*\)?[ \t]*(?:[:=|(–—-][ \t]*)?(\d*\.\d+|\d+(?:\.\d+)?)[ \t]*(%)?/;
/** The margin by which the top score must lead the next. */
const MARGIN = 0.1;

export interface Scores {
  /** Labels scored (two or more for the scores to count). */
  rows: number;
  /** The label scored highest by the margin, or null when the scores leave it open. */
  top: string | null;
  /** Token index of the last scored label. */
  lastAt: number;
  /** Token indexes of the scored labels (not read again as labels said). */
  scored: Set<number>;
}

/** The per-label scores of a reply (see the module comment). */
export function labelScores(text: string, tokens: Word[], matches: Match[]): Scores {
  const best = new Map<string, number>();
  const scored = new Set<number>();
  let lastAt = -1;
  let counts = false;
  for (const m of matches) {
    const end = tokens[m.to - 1]!.end;
    const s = SCORE.exec(text.slice(end, end + 24));
    if (!s) continue;
    const percent = s[2] !== undefined;
    const value = Number(s[1]) / (percent ? 100 : 1);
    scored.add(m.from);
    lastAt = m.from;
    // a probability: a decimal or a percentage, never above 1; any other number is a count and decides nothing
    if (!Number.isFinite(value) || value > 1 || (!percent && !s[1]!.includes('.'))) counts = true;
    else best.set(m.form.label, Math.max(best.get(m.form.label) ?? 0, value));
  }
  const labels = new Set(matches.filter((m) => scored.has(m.from)).map((m) => m.form.label));
  const ranked = [...best].sort((a, b) => b[1] - a[1]);
  const top = !counts && ranked.length >= 2 && ranked[0]![1] - ranked[1]![1] >= MARGIN - 1e-9 ? ranked[0]![0] : null;
  return { rows: labels.size, top, lastAt, scored };
}
