/**
 * @module reports/junit — a run's regression check as JUnit XML (`<run>/junit.xml`) for CI
 * systems that read it: one `<testsuite>` per suite, one `<testcase>` per (suite, model),
 * `<failure>` on a regression (with the reasons), `<skipped>` when there was nothing to
 * compare with. One of the regression reporters (reports/regression), written by `--baseline`.
 */
import type { RegressionRow } from '../stats/regression.js';
import type { RegressionContext, Reporter } from './types.js';
import { fmtPct, fmtPoints } from '../stats/format.js';

/** XML 1.0 text: escapes markup and drops characters XML cannot carry. */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface JUnitInput {
  runId: string;
  baselineRunId: string | null;
  /** ISO time of the run. */
  timestamp: string;
  rows: RegressionRow[];
  /** When there is no baseline at all: every row is skipped with this message. */
  skippedReason?: string;
}

function figures(r: RegressionRow): string {
  const acc = `accuracy ${fmtPct(r.accuracy_baseline)} → ${fmtPct(r.accuracy_current)}${r.change === null ? '' : ` (${fmtPoints(r.change, true)} points)`} on ${r.n_shared} shared item(s)`;
  return [acc, ...r.notes].join('; ');
}

function testcase(r: RegressionRow, skippedReason: string | undefined): string {
  const open = `    <testcase classname="${xmlEscape(`bench.${r.suite}`)}" name="${xmlEscape(`${r.suite} × ${r.model}`)}" time="0">`;
  let body = '';
  if (skippedReason !== undefined) body = `      <skipped message="${xmlEscape(skippedReason)}"/>`;
  else if (r.status === 'regression') {
    const message = r.reasons.join('; ');
    body = `      <failure message="${xmlEscape(message)}" type="regression">${xmlEscape(`${message}\n${figures(r)}`)}</failure>`;
  } else if (r.status === 'no_baseline' || r.status === 'not_compared') body = `      <skipped message="${xmlEscape(r.notes.join('; '))}"/>`;
  else body = `      <system-out>${xmlEscape(figures(r))}</system-out>`;
  return `${open}\n${body}\n    </testcase>`;
}

export function renderJUnit(input: JUnitInput): string {
  const suites = [...new Set(input.rows.map((r) => r.suite))];
  const count = (rows: RegressionRow[]) => ({
    tests: rows.length,
    failures: input.skippedReason !== undefined ? 0 : rows.filter((r) => r.status === 'regression').length,
    skipped: input.skippedReason !== undefined ? rows.length : rows.filter((r) => r.status === 'no_baseline' || r.status === 'not_compared').length,
  });
  const attrs = (c: ReturnType<typeof count>) => `tests="${c.tests}" failures="${c.failures}" errors="0" skipped="${c.skipped}"`;
  const blocks = suites.map((s) => {
    const rows = input.rows.filter((r) => r.suite === s);
    return `  <testsuite name="${xmlEscape(`bench regression: ${s}`)}" ${attrs(count(rows))} time="0" timestamp="${xmlEscape(input.timestamp.replace(/Z$/, ''))}">
    <properties>
      <property name="run_id" value="${xmlEscape(input.runId)}"/>
      <property name="baseline_run_id" value="${xmlEscape(input.baselineRunId ?? '')}"/>
    </properties>
${rows.map((r) => testcase(r, input.skippedReason)).join('\n')}
  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="bench ${xmlEscape(input.runId)}" ${attrs(count(input.rows))} time="0">
${blocks.join('\n')}
</testsuites>
`;
}

export const JUNIT = 'junit.xml';

/** junit.xml of a regression check. */
export const junitReporter = {
  file: JUNIT,
  render: (ctx: RegressionContext) => renderJUnit({
    runId: ctx.report.run_id, baselineRunId: ctx.report.baseline_run_id, timestamp: ctx.timestamp, rows: ctx.report.rows,
    ...(ctx.skippedReason !== undefined && { skippedReason: ctx.skippedReason }),
  }),
} satisfies Reporter<RegressionContext>;
