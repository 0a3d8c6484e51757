/**
 * @module reports/robustness-rows — the "Is the win real?" section as plain table cells, one
 * definition for every human-readable format (Markdown, HTML): the methods table (each model's
 * accuracy under each scoring method), the pairs per method, option-rotation details and
 * likelihood details. Each format has its own small renderer beside it.
 */
import type { RobustnessMethod, Summary, SuiteRobustness } from '../store/types.js';
import { fmtCI, fmtP, fmtPct, fmtPoints } from '../stats/format.js';
import { positionName } from '../stats/rotation.js';

export type Cell = { text: string; value: number | string | null };
export interface CellTable { headers: string[]; rows: Cell[][] }

export const ROBUSTNESS_TITLE = 'Is the win real?';

export function robustnessOf(summary: Summary, suite: string): SuiteRobustness | undefined {
  return summary.robustness?.find((r) => r.suite === suite);
}

const pct = (x: number | null): Cell => ({ text: fmtPct(x), value: x });

export function methodsTable(r: SuiteRobustness): CellTable {
  const rows: Cell[][] = [];
  for (const m of r.methods) {
    for (const x of m.models) {
      const tag = m.winner === x.model ? 'winner' : m.best === x.model ? 'best (not significant)' : '';
      rows.push([{ text: m.label, value: m.method }, { text: x.model, value: x.model }, { text: String(x.n), value: x.n },
        pct(x.accuracy), { text: fmtCI(x.ci95), value: x.ci95?.[0] ?? null }, { text: tag, value: tag }]);
    }
  }
  return { headers: ['Method', 'Model', 'Items', 'Accuracy', '95% CI', ''], rows };
}

export function methodPairsTable(methods: RobustnessMethod[]): CellTable {
  const rows: Cell[][] = [];
  for (const m of methods) {
    for (const c of m.pairs) {
      rows.push([{ text: m.label, value: m.method }, { text: `${c.model_a} − ${c.model_b}`, value: `${c.model_a}|${c.model_b}` }, { text: String(c.n), value: c.n },
        { text: c.diff === null ? '—' : fmtPoints(c.diff, true), value: c.diff }, { text: fmtCI(c.ci95, true), value: c.ci95?.[0] ?? null },
        { text: fmtP(c.p_adjusted), value: c.p_adjusted },
        { text: c.verdict === 'a_better' ? c.model_a : c.verdict === 'b_better' ? c.model_b : 'no significant difference', value: c.verdict }]);
    }
  }
  return { headers: ['Method', 'Pair (a − b)', 'Items', 'Difference (points)', '95% CI', 'Holm-adjusted p', 'Better'], rows };
}

export function rotationTable(r: SuiteRobustness): CellTable | null {
  if (!r.rotation?.length) return null;
  const width = Math.max(0, ...r.rotation.map((x) => x.by_position.length));
  const posHeaders = Array.from({ length: width }, (_, p) => `Acc. gold at ${positionName(p)}`);
  const rows = r.rotation.map((x): Cell[] => [
    { text: x.model, value: x.model }, { text: String(x.n), value: x.n },
    { text: `${fmtPct(x.circular_accuracy)} (${fmtCI(x.circular_ci95)})`, value: x.circular_accuracy },
    pct(x.consistency),
    { text: x.top_position === null ? '—' : `${positionName(x.top_position)} ${fmtPct(x.top_share)}`, value: x.top_share },
    { text: x.position_p === null ? '—' : fmtP(x.position_p), value: x.position_p },
    ...Array.from({ length: width }, (_, p) => {
      const s = x.by_position[p];
      return { text: s && s.accuracy !== null ? `${fmtPct(s.accuracy)} (${s.n})` : '—', value: s?.accuracy ?? null };
    }),
  ]);
  return { headers: ['Model', 'Items (all rotations)', 'Circular accuracy (95% CI)', 'Consistency', 'Most chosen position', 'Position bias (chi-square)', ...posHeaders], rows };
}

export function likelihoodTable(r: SuiteRobustness): CellTable | null {
  if (!r.likelihood?.length) return null;
  const rows = r.likelihood.map((x): Cell[] => [
    { text: x.model, value: x.model }, { text: String(x.n), value: x.n }, pct(x.acc), pct(x.acc_norm),
    { text: x.gold_prob === null ? '—' : `${x.gold_prob.toFixed(3)} (${x.gold_prob_ci95!.map((v) => v.toFixed(3)).join('–')})`, value: x.gold_prob },
    { text: x.brier === null ? '—' : `${x.brier.toFixed(3)} (${x.brier_ci95!.map((v) => v.toFixed(3)).join('–')})`, value: x.brier },
  ]);
  return { headers: ['Model', 'Items', 'acc', 'acc_norm', 'P(gold), normalized over options (95% CI)', 'Brier score (95% CI)'], rows };
}

export function choicesOnlyTable(r: SuiteRobustness): CellTable | null {
  const co = r.choices_only;
  if (!co?.models.length) return null;
  const rows = co.models.map((x): Cell[] => [
    { text: x.model, value: x.model }, { text: String(x.n), value: x.n },
    { text: `${fmtPct(x.accuracy)} (${fmtCI(x.ci95)})`, value: x.accuracy }, pct(x.chance),
    { text: x.p_value === null ? '—' : fmtP(x.p_value), value: x.p_value },
    { text: x.above_chance ? 'yes' : 'no', value: x.above_chance ? 1 : 0 },
    { text: x.items_right.length > 12 ? `${x.items_right.slice(0, 12).join(', ')}, … (${x.items_right.length})` : x.items_right.join(', ') || '—', value: x.items_right.length },
  ]);
  return { headers: ['Model', 'Items', 'Accuracy without the question (95% CI)', 'Chance', 'One-sided exact p vs chance', 'Above chance', 'Items right without the question'], rows };
}

export const CHOICES_ONLY_NOTE =
  'Choices only: each multiple-choice item asked again with its question withheld (options and instruction only). Chance is the mean of 1/k over ' +
  'the items (k options); the p-value is the exact Poisson-binomial probability of that many right answers or more by guessing. ' +
  '"Items that need the question": those every model answered without the question and none got right; the paired comparison is repeated on them.';

export const ROBUSTNESS_NOTE =
  'Circular accuracy counts an item only when it is right under every rotation of its options (CircularEval); consistency is the share of items ' +
  'answered with the same option under every rotation; position bias compares the positions chosen with the positions of the gold answers ' +
  '(Pearson chi-square). Likelihood scoring: acc picks the option of highest log-likelihood, acc_norm the highest per character ' +
  '(as lm-evaluation-harness). Pairs: exact McNemar, Holm-adjusted within each method.';
