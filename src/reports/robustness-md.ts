/** @module reports/robustness-md — the "Is the win real?" section of report.md for one suite. */
import type { Summary } from '../store/types.js';
import { escapeMd } from './escape.js';
import { choicesOnlyTable, CHOICES_ONLY_NOTE, likelihoodTable, methodPairsTable, methodsTable, robustnessOf, rotationTable, ROBUSTNESS_TITLE, type CellTable } from './robustness-rows.js';

function table(t: CellTable, numericFrom: number): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMd).join(' | ')} |`;
  const align = t.headers.map((_, i) => (i >= numericFrom ? '---:' : ':---'));
  return [line(t.headers), `| ${align.join(' | ')} |`, ...t.rows.map((r) => line(r.map((c) => c.text)))].join('\n');
}

export function robustnessMarkdown(summary: Summary, suite: string): string[] {
  const r = robustnessOf(summary, suite);
  if (!r) return [];
  const out = [`### ${ROBUSTNESS_TITLE} (${escapeMd(suite)})`, '', ...r.sentences.map((s) => `- ${escapeMd(s)}`), ''];
  if (r.methods.length > 1) {
    out.push(table(methodsTable(r), 2), '');
    const pairs = methodPairsTable(r.methods.filter((m) => m.method !== 'generative'));
    if (pairs.rows.length) out.push(table(pairs, 2), '');
  }
  const rot = rotationTable(r);
  if (rot) out.push('Option rotation:', '', table(rot, 1), '');
  const lik = likelihoodTable(r);
  if (lik) out.push('Likelihood scoring:', '', table(lik, 1), '');
  const co = choicesOnlyTable(r);
  if (co) out.push(`Choices only (${r.choices_only!.items_needing_question} items need the question):`, '', table(co, 1), '', escapeMd(CHOICES_ONLY_NOTE), '');
  return out;
}
