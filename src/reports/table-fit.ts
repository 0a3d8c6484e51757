/**
 * @module reports/table-fit — the terminal's model table made to fit a width: lower-priority
 * columns are dropped or merged one step at a time until no line is wider than the terminal,
 * and when even the narrowest table does not fit, one block of lines per model. Accuracy with
 * its interval and the errors count are never dropped. Prose wraps at word boundaries.
 */
import Table from 'cli-table3';
import type { SummaryRow } from '../store/types.js';
import { fmtCI, fmtMs, fmtParams, fmtPct, fmtUsd } from '../stats/format.js';
import { errorsText, passAtKText, unreadText } from './rows.js';
import { modelLabel } from './judging-rows.js';

/** Columns shown by the table, by key, in display order. */
type Key = 'model' | 'params' | 'acc' | 'errors' | 'refused' | 'unread' | 'refusedUnread' | 'latency' | 'p50' | 'ttft' | 'toks' | 'cost' | 'cpc';

interface Column {
  head: string;
  align: 'left' | 'right';
  cell(r: SummaryRow): string;
}

const accText = (r: SummaryRow): string =>
  r.accuracy === null ? '—' : `${fmtPct(r.accuracy)} (${fmtCI(r.ci95)})${(r.pass_at_k && Object.keys(r.pass_at_k).length > 1) || r.secondary ? ` ${passAtKText(r)}` : ''}`;
const latencyText = (r: SummaryRow): string => `${fmtMs(r.latency_ms_p50)} / ${fmtMs(r.latency_ms_p95)}`;
const toksText = (r: SummaryRow): string => (r.output_tokens_per_s_p50 === null ? '—' : r.output_tokens_per_s_p50.toFixed(0));
const withParams = (r: SummaryRow): string => (fmtParams(r.params_b) ? `${modelLabel(r)} (${fmtParams(r.params_b)})` : modelLabel(r));

const COLUMNS: Record<Key, Column> = {
  model: { head: 'Model', align: 'left', cell: (r) => modelLabel(r) },
  params: { head: 'Params', align: 'right', cell: (r) => fmtParams(r.params_b) ?? '—' },
  acc: { head: 'Accuracy ± 95% CI', align: 'left', cell: accText },
  errors: { head: 'Errors', align: 'right', cell: errorsText },
  refused: { head: 'Refused', align: 'right', cell: (r) => String(r.refused ?? 0) },
  unread: { head: 'Unread', align: 'right', cell: unreadText },
  refusedUnread: { head: 'Refused/unread', align: 'right', cell: (r) => `${r.refused ?? 0} / ${unreadText(r)}` },
  latency: { head: 'p50 / p95 latency', align: 'right', cell: latencyText },
  p50: { head: 'p50 latency', align: 'right', cell: (r) => fmtMs(r.latency_ms_p50) },
  ttft: { head: 'p50 TTFT', align: 'right', cell: (r) => fmtMs(r.ttft_ms_p50) },
  toks: { head: 'Tok/s', align: 'right', cell: toksText },
  cost: { head: 'Cost', align: 'right', cell: (r) => fmtUsd(r.cost_usd) },
  cpc: { head: 'Cost/correct', align: 'right', cell: (r) => fmtUsd(r.cost_per_correct_usd) },
};

/** Every column: what `--wide` (or no width) shows. */
const FULL: Key[] = ['model', 'params', 'acc', 'errors', 'refused', 'unread', 'latency', 'ttft', 'toks', 'cost', 'cpc'];

interface Layout {
  keys: Key[];
  /** Params written beside the model id instead of in a column of their own. */
  mergedParams: boolean;
  /** The errors column shows the count only (no breakdown by kind). */
  errorCount: boolean;
  /** Shorter headers for the latency, cost-per-correct and errors columns. */
  short: boolean;
}

const SHORT_HEADS: Partial<Record<Key, string>> = { p50: 'p50 lat.', cpc: '$/correct', errors: 'Err.' };

const replace = (keys: Key[], from: Key[], to: Key | null): Key[] => {
  const at = keys.findIndex((k) => from.includes(k));
  const rest = keys.filter((k) => !from.includes(k));
  if (at < 0 || to === null) return rest;
  return [...rest.slice(0, at), to, ...rest.slice(at)];
};

/**
 * The narrowing steps, in order: the figures a reader needs least go first. Throughput and time
 * to first token, then total cost (cost per correct stays), then refusals and unread replies
 * share a column and errors lose their breakdown, latency keeps p50, the size joins the model id,
 * headers shorten, and last refusals/unread, latency and cost per correct go.
 */
const STEPS: Array<(l: Layout) => Layout> = [
  (l) => ({ ...l, keys: replace(l.keys, ['toks'], null) }),
  (l) => ({ ...l, keys: replace(l.keys, ['ttft'], null) }),
  (l) => ({ ...l, keys: replace(l.keys, ['cost'], null) }),
  (l) => ({ ...l, keys: replace(l.keys, ['refused', 'unread'], 'refusedUnread'), errorCount: true }),
  (l) => ({ ...l, keys: replace(l.keys, ['latency'], 'p50') }),
  (l) => ({ ...l, keys: replace(l.keys, ['params'], null), mergedParams: true }),
  (l) => ({ ...l, short: true }),
  (l) => ({ ...l, keys: replace(l.keys, ['refusedUnread'], null) }),
  (l) => ({ ...l, keys: replace(l.keys, ['p50'], null) }),
  (l) => ({ ...l, keys: replace(l.keys, ['cpc'], null) }),
];

/** Display width of a line (every character bench prints in a table is one column wide). */
export const widthOf = (line: string): number => [...line].length;
/** Display width of the widest line of a text. */
export const widest = (text: string): number => Math.max(0, ...text.split('\n').map(widthOf));

/** cli-table3 borders with no rule between body rows: one line per row. */
export const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

function renderLayout(rows: SummaryRow[], l: Layout): string {
  const cols = l.keys.map((k) => {
    const c = l.short && SHORT_HEADS[k] ? { ...COLUMNS[k], head: SHORT_HEADS[k] } : COLUMNS[k];
    if (k === 'model' && l.mergedParams) return { ...c, cell: withParams };
    if (k === 'errors' && l.errorCount) return { ...c, cell: (r: SummaryRow) => String(r.errors) };
    return c;
  });
  const t = new Table({ head: cols.map((c) => c.head), style: { head: [], border: [] }, colAligns: cols.map((c) => c.align) });
  for (const r of rows) t.push(cols.map((c) => c.cell(r)));
  return t.toString();
}

/** The model table of one suite: every column without a width, else the widest layout that fits, else one block per model. */
export function modelTable(rows: SummaryRow[], width?: number): string {
  let layout: Layout = { keys: FULL, mergedParams: false, errorCount: false, short: false };
  let text = renderLayout(rows, layout);
  if (width === undefined) return text;
  for (const step of STEPS) {
    if (widest(text) <= width) return text;
    layout = step(layout);
    text = renderLayout(rows, layout);
    if (layout.short && widest(text) <= width) {
      // Short headers were needed only on the way: keep the full ones when the final set fits with them.
      const full = renderLayout(rows, { ...layout, short: false });
      if (widest(full) <= width) return full;
    }
  }
  return widest(text) <= width ? text : modelBlocks(rows, width);
}

/** One block per model: its name, then one labelled line per figure, each wrapped to the width. */
export function modelBlocks(rows: SummaryRow[], width: number): string {
  const out: string[] = [];
  for (const r of rows) {
    out.push(...wrap(withParams(r), width));
    const lines: [string, string][] = [
      ['accuracy', accText(r)],
      ['errors', `${errorsText(r)} · refused ${r.refused ?? 0} · unread ${unreadText(r)}`],
      ['latency', `p50 ${fmtMs(r.latency_ms_p50)} · p95 ${fmtMs(r.latency_ms_p95)} · TTFT ${fmtMs(r.ttft_ms_p50)} · ${toksText(r)} tok/s`],
      ['cost', `${fmtUsd(r.cost_usd)} · ${fmtUsd(r.cost_per_correct_usd)} per correct`],
    ];
    for (const [label, value] of lines) out.push(...wrap(`  ${label.padEnd(10)}${value}`, width, '            '));
  }
  return out.join('\n');
}

/**
 * Word-wraps one paragraph to `width` columns; continuation lines start with `indent`. A word
 * longer than a line is cut, so no line is ever wider than `width`.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const w = Math.max(width, widthOf(indent) + 1);
  const room = w - widthOf(indent);
  // Each token keeps the spaces before it (so aligned labels stay aligned); words longer than a continuation line are cut.
  const tokens = (text.match(/\s*\S+/g) ?? []).flatMap((tok) => {
    const chars = [...tok];
    if (chars.length <= room) return [tok];
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += room) pieces.push(chars.slice(i, i + room).join(''));
    return pieces;
  });
  const lines: string[] = [];
  let line: string | null = null;
  for (const tok of tokens) {
    if (line === null) line = lines.length ? `${indent}${tok.trimStart()}` : tok;
    else if (widthOf(line) + widthOf(tok) <= w) line += tok;
    else {
      lines.push(line);
      line = `${indent}${tok.trimStart()}`;
    }
  }
  if (line !== null) lines.push(line);
  // A first line whose leading spaces leave no room for its word is cut like any other.
  return lines.length ? lines.flatMap((l) => (widthOf(l) <= w ? [l] : [[...l].slice(0, w).join(''), `${indent}${[...l].slice(w).join('').trimStart()}`])) : [''];
}

/** Wraps every line of a text block wider than `width` (lines that fit are kept as they are). */
export function wrapText(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return text.split('\n').flatMap((l) => (widthOf(l) <= width ? [l] : wrap(l, width))).join('\n');
}

/**
 * A plain table made to fit `width` by dropping whole columns in `dropOrder` (indexes into
 * `head`) until no line is wider; without a width, every column. Used by tables with no better
 * narrow layout of their own (`bench history`).
 */
export function fitColumns(head: string[], rows: string[][], opts: { width?: number; dropOrder: number[]; chars?: Record<string, string> }): string {
  const render = (keep: number[]): string => {
    const t = new Table({ head: keep.map((i) => head[i]!), style: { head: [], border: [] }, ...(opts.chars && { chars: opts.chars }) });
    for (const r of rows) t.push(keep.map((i) => r[i] ?? ''));
    return t.toString();
  };
  let keep = head.map((_, i) => i);
  let text = render(keep);
  if (opts.width === undefined) return text;
  for (const drop of opts.dropOrder) {
    if (widest(text) <= opts.width) break;
    keep = keep.filter((i) => i !== drop);
    text = render(keep);
  }
  return text;
}
