/**
 * @module stats/disagreements — the items where models differ in correctness (sample 0), for
 * the HTML drill-down: "small right, large wrong" and the reverse.
 *
 * Per suite and per pair of models, at most `cap` items in each direction are kept (the first
 * ones by item id), and every model's answer is attached to a kept item. Outputs are trimmed
 * to 8 000 characters so a run with long generations still gives a report of sensible size.
 */
import type { RunRecord } from '../store/types.js';
import type { Disagreement } from '../reports/types.js';

type Answer = Disagreement['answers'][string];

/** Longest output kept per answer. */
export const MAX_OUTPUT_CHARS = 8000;

function trim(s: string | null): string | null {
  if (s === null || s.length <= MAX_OUTPUT_CHARS) return s;
  return `${s.slice(0, MAX_OUTPUT_CHARS)}\n… [${s.length - MAX_OUTPUT_CHARS} more characters not shown]`;
}

interface ItemAnswers {
  gold: string | null;
  answers: Map<string, Answer>;
}

function pickItems(items: Map<string, ItemAnswers>, cap: number): string[] {
  const ids = [...items.keys()].sort();
  const models = [...new Set(ids.flatMap((id) => [...items.get(id)!.answers.keys()]))].sort();
  const keep = new Set<string>();
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++) {
      let ab = 0;
      let ba = 0;
      for (const id of ids) {
        const ans = items.get(id)!.answers;
        const a = ans.get(models[i]!)?.correct;
        const b = ans.get(models[j]!)?.correct;
        if (typeof a !== 'boolean' || typeof b !== 'boolean' || a === b) continue;
        if (a && ab < cap) { ab++; keep.add(id); }
        if (b && ba < cap) { ba++; keep.add(id); }
      }
    }
  }
  return ids.filter((id) => keep.has(id));
}

/**
 * Items where at least two models differ in correctness on sample 0 (errored records are
 * not answers and are skipped). `promptOf` gives the rendered prompt (undefined → '').
 */
export function collectDisagreements(
  records: Iterable<RunRecord>,
  promptOf: (suite: string, itemId: string) => string | undefined,
  cap = 25,
): Disagreement[] {
  const bySuite = new Map<string, Map<string, ItemAnswers>>();
  for (const r of records) {
    if (r.sample !== 0 || r.error || typeof r.correct !== 'boolean') continue;
    let items = bySuite.get(r.suite);
    if (!items) bySuite.set(r.suite, (items = new Map()));
    let item = items.get(r.item_id);
    if (!item) items.set(r.item_id, (item = { gold: r.gold ?? null, answers: new Map() }));
    item.answers.set(r.model, { output: trim(r.output), extracted: r.extracted, correct: r.correct, reason: r.reason });
  }
  const out: Disagreement[] = [];
  for (const suite of [...bySuite.keys()].sort()) {
    const items = bySuite.get(suite)!;
    for (const id of pickItems(items, cap)) {
      const it = items.get(id)!;
      out.push({ suite, item_id: id, prompt: promptOf(suite, id) ?? '', gold: it.gold, answers: Object.fromEntries(it.answers) });
    }
  }
  return out;
}
