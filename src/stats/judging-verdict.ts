/**
 * @module stats/judging-verdict — one plain sentence per judged suite: who leads under each judge
 * (and under the suite's own scorer), whether the judges disagree about the winner, how far they
 * agree, and which candidates judged themselves.
 */
import type { JudgeSuiteResult, JudgeVerdict, SuiteJudging } from './judging-types.js';

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number): string => x.toFixed(2);

function figure(r: JudgeSuiteResult, model: string): string {
  if (r.rows) return pct(r.rows.find((x) => x.model === model)?.accuracy);
  const net = (r.pairs ?? []).reduce((s, p) => s + (p.model_a === model ? p.a_wins - p.b_wins : p.model_b === model ? p.b_wins - p.a_wins : 0), 0);
  return `net ${net >= 0 ? '+' : ''}${net} wins`;
}

function leaderText(v: JudgeVerdict): string {
  if (v.leader === null) return 'nothing graded';
  return v.tied.length ? `${[v.leader, ...v.tied].join(' and ')} tie` : v.leader;
}

export function judgingSentence(s: SuiteJudging): string {
  const parts: string[] = [];
  const results = s.by_judge;
  if (results.length === 1) {
    const r = results[0]!;
    const v = r.verdict;
    const sig = v.p_value === null || v.runner_up === null ? '' : v.p_value < 0.05 ? `, ahead of ${v.runner_up} (p = ${v.p_value.toPrecision(2)})` : `, not significantly ahead of ${v.runner_up} (p = ${v.p_value.toPrecision(2)})`;
    const lead = v.leader === null ? 'nothing was graded' : `${leaderText(v)} ${v.tied.length ? '' : 'leads '}(${figure(r, v.leader)})`;
    parts.push(`Under judge ${r.judge}, ${lead}${sig}.`);
  } else if (s.judges_disagree) {
    parts.push(`Judges disagree about the winner: ${results.map((r) => `${leaderText(r.verdict)} under ${r.judge}${r.verdict.leader ? ` (${figure(r, r.verdict.leader)})` : ''}`).join(', ')}.`);
  } else {
    const v = results[0]!.verdict;
    parts.push(`Judges agree about the winner: ${leaderText(v)} ${v.tied.length ? 'under' : 'leads under'} every judge (${results.map((r) => `${r.judge} ${v.leader ? figure(r, v.leader) : '—'}`).join(', ')}).`);
  }
  const ref = s.reference_verdict;
  if (ref && ref.leader !== null) {
    const same = results.every((r) => r.verdict.leader === ref.leader && r.verdict.tied.length === ref.tied.length);
    const lead = ref.tied.length ? leaderText(ref) : `${ref.leader} leads`;
    parts.push(same ? 'The reference scorer picks the same winner.' : `By reference, ${lead}: the reference and the judge${results.length > 1 ? 's' : ''} differ about the winner.`);
  }
  if (s.agreement && s.agreement.kappa !== null) {
    const name = s.agreement.statistic === 'cohen_kappa' ? "Cohen's κ" : "Fleiss' κ";
    parts.push(`Agreement: ${name} ${num(s.agreement.kappa)}${s.agreement.ci95 ? ` [${num(s.agreement.ci95[0])}, ${num(s.agreement.ci95[1])}]` : ''} on ${s.agreement.n} answers.`);
  }
  for (const r of results) {
    if (r.position_bias?.biased) parts.push(`Judge ${r.judge} is position-biased: it picked the first-shown answer ${pct(r.position_bias.share_first)} of the time (p = ${r.position_bias.p_value!.toPrecision(2)}).`);
  }
  if (s.self_judged.length) parts.push(`${s.self_judged.join(', ')} ${s.self_judged.length > 1 ? 'are' : 'is'} also a judge (self-preference): ${s.self_judged.length > 1 ? 'their' : 'its'} judged figures may be inflated.`);
  return parts.join(' ');
}
