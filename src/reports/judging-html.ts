/** @module reports/judging-html — the judging sections of report.html (tables from reports/judging-rows). */
import type { Summary } from '../store/types.js';
import { escapeHtml as h } from './escape.js';
import { accuracyTable, agreementLines, judgeCostTable, judgingOf, JUDGING_TITLE, pairwiseTable, totalCostLine } from './judging-rows.js';
import type { CellTable } from './robustness-rows.js';

function table(t: CellTable): string {
  const head = t.headers.map((x, i) => `<th scope="col"${i === 0 ? ' class="l"' : ''}>${h(x)}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map((c, i) => `<td${i === 0 ? ' class="l"' : ''} data-v="${h(c.value === null ? '' : String(c.value))}">${h(c.text)}</td>`).join('')}</tr>`).join('\n');
  return `<div class="scroll"><table class="sortable"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

export function judgingHtml(summary: Summary, suite: string): string {
  const s = judgingOf(summary, suite);
  if (!s) return '';
  const tables = [accuracyTable(summary, s), pairwiseTable(s)].filter((t): t is CellTable => t !== null).map(table);
  const lines = agreementLines(s);
  return `<h3>${h(JUDGING_TITLE)}</h3><p class="verdict-line">${h(s.verdict)}</p>${tables.join('\n')}${lines.length ? `<ul>${lines.map((l) => `<li>${h(l)}</li>`).join('')}</ul>` : ''}`;
}

export function judgingCostHtml(summary: Summary): string {
  const t = judgeCostTable(summary);
  if (!t) return '';
  return `<section class="suite" id="judging-cost"><h2>Judging cost and latency</h2>${table(t)}<p>${h(totalCostLine(summary) ?? '')}</p></section>`;
}
