/**
 * @module scorers/label-scores — per-label scores a classifier-style reply gives instead of a label:
 * "positive: 0.02 / negative: 0.95 / neutral: 0.03", "P(no)=0.7", "entailment 0.81 | neutral 0.15".
 *
 * A score is a probability right after a label (a decimal from 0 to 1, or a percentage), after
 * an optional closing quote or bracket and ":", "=", "|", "(" or dash (`{"positive": 0.97, …}` too). With scores for two labels or more, the label scored
 * highest is the answer when it stands at least ten points above every other; otherwise the
 * scores leave it open. A markdown table may give them by column: labels in its header, scores in its row. Counts ("positive: 2 words") are no scores and leave it open too.
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
  // "| positive | negative | neutral |" over a row of numbers: each column's score
  if (best.size === 0 && !counts) {
    for (const [label, value, at] of tableColumns(text, tokens, matches)) {
      best.set(label, Math.max(best.get(label) ?? 0, value));
      scored.add(at);
      lastAt = Math.max(lastAt, at);
    }
  }
  const labels = new Set(matches.filter((m) => scored.has(m.from)).map((m) => m.form.label));
  const ranked = [...best].sort((a, b) => b[1] - a[1]);
  const top = !counts && ranked.length >= 2 && ranked[0]![1] - ranked[1]![1] >= MARGIN - 1e-9 ? ranked[0]![0] : null;
  return { rows: labels.size, top, lastAt, scored };
}

/** A table (markdown, or cells joined by colons) whose header cells are labels and whose next data row is all probabilities: [label, score, token index] per column. */
function tableColumns(text: string, tokens: Word[], matches: Match[]): Array<[string, number, number]> {
  const lines = text.split('\n');
  let offset = 0;
  // matches, lines and cells all run in text order: one pass over the matches for the whole text
  // (a pass from the first match on each line was quadratic: 10,000 "Answer: yes" lines took 2.4 s)
  let q = 0;
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i += 1) {
    const line = lines[i]!;
    // cells split by "|" (as written) or ":" (as the reader's cleaning writes a table's row)
    if (!/[|:]/.test(line)) continue;
    // the header's cells by their place, each with the label matched inside it
    const cells: Array<{ from: number; to: number }> = [];
    let from = offset;
    for (const part of line.split(/[|:]/)) {
      cells.push({ from, to: from + part.length });
      from += part.length + 1;
    }
    const labelled: Array<Match | undefined> = [];
    for (const c of cells) {
      while (q < matches.length && tokens[matches[q]!.from]!.start < c.from) q += 1;
      const m = matches[q];
      labelled.push(m !== undefined && tokens[m.to - 1]!.end <= c.to ? m : undefined);
    }
    if (labelled.filter((m) => m !== undefined).length < 2) continue;
    let r = i + 1;
    while (r < lines.length && (lines[r]!.trim() === '' || /^[\s|:-]+$/.test(lines[r]!))) r += 1;
    const row = lines[r];
    if (row === undefined) return [];
    const values = row.split(/[|:]/);
    if (values.length !== cells.length) return [];
    const out: Array<[string, number, number]> = [];
    for (let k = 0; k < cells.length; k += 1) {
      const m = labelled[k];
      if (m === undefined) continue;
      const v = /^\s*(\d*\.\d+|\d+(?:\.\d+)?)\s*(%)?\s*$/.exec(values[k]!);
      const value = v ? Number(v[1]) / (v[2] ? 100 : 1) : NaN;
      if (!v || !(value <= 1) || (!v[2] && !v[1]!.includes('.'))) return [];
      out.push([m.form.label, value, m.from]);
    }
    return out;
  }
  return [];
}
