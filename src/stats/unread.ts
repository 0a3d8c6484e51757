/**
 * @module stats/unread — the replies the scorer could not read, for the report's drill-down.
 *
 * Per (suite, model), the first `cap` unread replies by item id (sample 0, main records
 * only): what the model wrote and why nothing was read (`no_answer`, `ambiguous`,
 * `truncated`). Outputs are trimmed like the disagreement drill-down's.
 */
import type { RunRecord } from '../store/types.js';
import type { UnreadReply } from '../reports/types.js';
import { UNREAD } from './aggregate.js';
import { MAX_OUTPUT_CHARS } from './disagreements.js';

/** True when `r` is a scored reply the scorer could not read. */
export function isUnread(r: RunRecord): boolean {
  return r.sample === 0 && !r.error && !r.variant && r.correct === false && (r.extracted ?? null) === null && UNREAD.has(r.reason ?? '');
}

/** Gathers unread replies as records stream by, keeping at most `cap` per (suite, model): the first by item id. */
export class UnreadCollector {
  private readonly groups = new Map<string, UnreadReply[]>();
  constructor(private readonly cap = 20) {}

  add(r: RunRecord): void {
    if (!isUnread(r)) return;
    const key = `${r.suite}\0${r.model}`;
    let list = this.groups.get(key);
    if (!list) this.groups.set(key, (list = []));
    const output = r.output ?? '';
    list.push({
      suite: r.suite, model: r.model, item_id: r.item_id, reason: r.reason ?? 'no_answer',
      output: output.length > MAX_OUTPUT_CHARS ? `${output.slice(0, MAX_OUTPUT_CHARS)}\n… [${output.length - MAX_OUTPUT_CHARS} more characters not shown]` : output,
    });
    if (list.length > this.cap * 4) this.trim(list);
  }

  private trim(list: UnreadReply[]): void {
    list.sort((a, b) => a.item_id.localeCompare(b.item_id));
    list.length = Math.min(list.length, this.cap);
  }

  /** The kept replies, ordered by suite, model and item id. */
  list(): UnreadReply[] {
    return [...this.groups.keys()].sort().flatMap((k) => {
      const list = this.groups.get(k)!;
      this.trim(list);
      return list;
    });
  }
}

/** The unread replies of `records`, at most `cap` per (suite, model). */
export function collectUnread(records: Iterable<RunRecord>, cap = 20): UnreadReply[] {
  const c = new UnreadCollector(cap);
  for (const r of records) c.add(r);
  return c.list();
}
