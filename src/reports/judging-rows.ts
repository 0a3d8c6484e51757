/**
 * @module reports/judging-rows — the judging section as plain tables and lines, shared by the
 * terminal, report.md and report.html: accuracy under each judge (beside the suite's own scorer),
 * pairwise wins that survived the swap, agreement, position bias, and the judges' own bill.
 */
import { fmtCI, fmtMs, fmtP, fmtPct, fmtUsd } from '../stats/format.js';
import type { Summary } from '../store/types.js';
import type { AgreementStat, SuiteJudging } from '../stats/judging-types.js';
import type { CellTable } from './robustness-rows.js';

export const JUDGING_TITLE = 'Judged by model';
export const SELF_JUDGED = ' [self-judged]';

/** The model's name as reports show it: marked when it also judges its own suite. */
export const modelLabel = (r: { model: string; self_judged?: boolean }): string => (r.self_judged ? `${r.model}${SELF_JUDGED}` : r.model);

const cell = (text: string, value: number | string | null = text) => ({ text, value });

export function judgingOf(summary: Summary, suite: string): SuiteJudging | undefined {
  return summary.judging?.suites.find((s) => s.suite === suite);
}

/** grade mode: one row per model, one column per judge (accuracy and interval), and the suite's own scorer when it is not the judge. */
export function accuracyTable(summary: Summary, s: SuiteJudging): CellTable | null {
  if (s.mode !== 'grade') return null;
  const rows = summary.rows.filter((r) => r.suite === s.suite);
  const headers = ['Model', ...(s.decides ? [] : ['By reference']), ...s.judges.map((j) => `Judge ${j}`), 'Judge errors'];
  return {
    headers,
    rows: rows.map((r) => {
      const byJudge = s.by_judge.map((b) => b.rows?.find((x) => x.model === r.model));
      return [
        cell(modelLabel(r), r.model),
        ...(s.decides ? [] : [cell(`${fmtPct(r.accuracy)} (${fmtCI(r.ci95)})`, r.accuracy)]),
        ...byJudge.map((x) => cell(x ? `${fmtPct(x.accuracy)} (${fmtCI(x.ci95)})` : '—', x?.accuracy ?? null)),
        cell(byJudge.map((x) => String(x?.errors ?? 0)).join(' / '), byJudge.reduce((n, x) => n + (x?.errors ?? 0), 0)),
      ];
    }),
  };
}

/** pairwise mode: one row per (judge, pair). */
export function pairwiseTable(s: SuiteJudging): CellTable | null {
  if (s.mode !== 'pairwise') return null;
  const rows = s.by_judge.flatMap((b) => (b.pairs ?? []).map((p) => [
    cell(b.judge), cell(`${p.model_a} vs ${p.model_b}`), cell(String(p.n), p.n), cell(String(p.a_wins), p.a_wins), cell(String(p.b_wins), p.b_wins),
    cell(String(p.ties), p.ties), cell(String(p.inconsistent), p.inconsistent), cell(String(p.errors), p.errors),
    cell(b.position_bias?.share_first === null || !b.position_bias ? '—' : `${fmtPct(b.position_bias.share_first)} (p ${fmtP(b.position_bias.p_value)})`, b.position_bias?.share_first ?? null),
  ]));
  return { headers: ['Judge', 'Pair (a vs b)', 'Items', 'a wins', 'b wins', 'Ties', 'Inconsistent', 'Errors', 'First-shown picked'], rows };
}

function kappaText(a: AgreementStat): string {
  const name = a.statistic === 'cohen_kappa' ? "Cohen's κ" : "Fleiss' κ";
  return `${name} ${a.kappa === null ? '— (undefined: one category only)' : a.kappa.toFixed(2)}${a.ci95 ? ` (95% CI ${a.ci95[0].toFixed(2)}–${a.ci95[1].toFixed(2)}, item bootstrap)` : ''} on ${a.n} answers`;
}

/** Agreement lines: among the judges, each judge against human grades and against the suite's own scorer. */
export function agreementLines(s: SuiteJudging): string[] {
  const out: string[] = [];
  if (s.agreement) out.push(`Agreement among judges (${s.agreement.raters.join(', ')}): ${kappaText(s.agreement)}.`);
  for (const b of s.by_judge) {
    if (b.human_agreement) out.push(`Judge ${b.judge} vs human grades: ${kappaText(b.human_agreement)}.`);
    if (b.scorer_agreement) out.push(`Judge ${b.judge} vs the reference scorer (pass/fail): ${kappaText(b.scorer_agreement)}.`);
  }
  return out;
}

/** The judges' own cost and latency (never in a candidate's row). */
export function judgeCostTable(summary: Summary): CellTable | null {
  const j = summary.judging;
  if (!j?.judges.length) return null;
  return {
    headers: ['Judge', 'Judgments', 'Cached', 'Errors', 'p50 / p95 latency', 'Tokens in / out', 'Cost'],
    rows: j.judges.map((r) => [
      cell(r.judge), cell(String(r.judgments), r.judgments), cell(String(r.cached), r.cached),
      cell(r.errors ? `${r.errors} (${Object.entries(r.errors_by_kind).map(([k, v]) => `${k} ${v}`).join(', ')})` : '0', r.errors),
      cell(`${fmtMs(r.latency_ms_p50)} / ${fmtMs(r.latency_ms_p95)}`, r.latency_ms_p50), cell(`${r.input_tokens} / ${r.output_tokens}`, r.input_tokens), cell(fmtUsd(r.cost_usd), r.cost_usd),
    ]),
  };
}

/** "Run cost: candidates $x + judges $y = $z." */
export function totalCostLine(summary: Summary): string | null {
  const c = summary.judging?.cost;
  if (!c) return null;
  return `Run cost: candidates ${fmtUsd(c.candidates_usd)} + judges ${fmtUsd(c.judges_usd)} = ${fmtUsd(c.total_usd)} (cost per correct answer counts the candidates' bill only).`;
}

/** `extract: judge`: one line per (suite, model): how many unread replies the judge read, counted apart from the rules' readings. */
export function extractionLines(summary: Summary): string[] {
  return (summary.judging?.extraction ?? []).map((e) => `${e.suite}, ${e.model}: the judge ${e.judge} read ${e.read} of ${e.asked} replies the rules left unread (${e.correct} correct${e.errors ? `, ${e.errors} judge errors` : ''}).`);
}
