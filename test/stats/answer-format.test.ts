/** Unread replies per model, and the answer-format note when two models' unread shares differ (paired on items). */
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/stats/summary.js';
import { renderMarkdown } from '../../src/reports/markdown.js';
import { renderTerminal } from '../../src/reports/table.js';
import { renderHtml } from '../../src/reports/html.js';
import { collectUnread } from '../../src/stats/unread.js';
import type { Manifest, RunRecord } from '../../src/store/types.js';
import { model, record, suite } from './fixtures.js';

/** 60 items: `terse` answers every item it gets wrong with a wrong letter; `chatty` leaves `unread` of them unread. */
function records(unread: number): RunRecord[] {
  const out: RunRecord[] = [];
  for (let i = 0; i < 60; i++) {
    const item_id = `q${String(i).padStart(2, '0')}`;
    const right = i % 3 !== 0;
    out.push(record({ suite: 'med', item_id, model: 'terse', correct: right, extracted: right ? 'A' : 'B' }));
    const none = i < unread;
    out.push(record({
      suite: 'med', item_id, model: 'chatty', correct: right && !none, output: none ? 'It could be A, or it could be C.' : 'A',
      extracted: none ? null : right ? 'A' : 'B', reason: none ? (i % 2 ? 'ambiguous' : 'no_answer') : right ? null : 'wrong',
    }));
  }
  return out;
}

const summarize = (rs: RunRecord[]) =>
  buildSummary({ run_id: 'r', complete: true, suites: [suite('med')], models: [model('terse', 1, 'domain'), model('chatty', 70, 'generic')], records: rs });

describe('answer format', () => {
  it('counts per model the replies with no answer and the ambiguous ones, and their share of the items', () => {
    const s = summarize(records(20));
    const chatty = s.rows.find((r) => r.model === 'chatty')!;
    const terse = s.rows.find((r) => r.model === 'terse')!;
    expect(terse).toMatchObject({ no_answer: 0, ambiguous: 0, unparsed_share: 0 });
    expect((chatty.no_answer ?? 0) + (chatty.ambiguous ?? 0)).toBe(20);
    expect(chatty.ambiguous).toBeGreaterThan(0);
    expect(chatty.unparsed_share).toBeCloseTo(20 / 60);
  });

  it('notes that accuracy differences may come from answer format when the unread shares differ significantly', () => {
    const s = summarize(records(20));
    expect(s.answer_format).toHaveLength(1);
    expect(s.answer_format![0]!.note).toMatch(/^accuracy differences may come from answer format: terse left 0\.0% of replies unread, chatty 33\.3%/);
    expect(s.answer_format![0]!.pairs[0]!.p_adjusted).toBeLessThan(0.05);
    const manifest = { run_id: 'r', started_at: 't', bench_version: 'x', seed: 1, samples: 1, suites: [suite('med')], models: [] } as unknown as Manifest;
    expect(renderMarkdown({ summary: s, manifest, disagreements: [] })).toContain('> **Note:** accuracy differences may come from answer format');
    expect(renderTerminal(s)).toContain('Note: accuracy differences may come from answer format');
  });

  it('adds no note when the shares differ by a couple of items', () => {
    const s = summarize(records(2));
    expect(s.answer_format ?? []).toHaveLength(0);
    expect(s.rows.find((r) => r.model === 'chatty')!.unparsed_share).toBeCloseTo(2 / 60);
  });

  it('lists the unread replies for the drill-down, capped per model, with why', () => {
    const list = collectUnread(records(20), 5);
    expect(list).toHaveLength(5);
    expect(list.every((u) => u.model === 'chatty' && ['no_answer', 'ambiguous'].includes(u.reason))).toBe(true);
    expect(list.map((u) => u.item_id)).toEqual([...list.map((u) => u.item_id)].sort());
  });

  it('shows the unread replies in the HTML report, escaped, with the note', async () => {
    const s = summarize(records(20));
    const manifest = { run_id: 'r', started_at: 't', bench_version: 'x', seed: 1, samples: 1, suites: [suite('med')], models: [model('terse', 1, 'domain'), model('chatty', 70, 'generic')] } as unknown as Manifest;
    const unread = [{ suite: 'med', model: 'chatty', item_id: 'q00', reason: 'ambiguous', output: '<b>B or C</b>' }];
    const html = await renderHtml({ summary: s, manifest, disagreements: [], unread });
    expect(html).toContain('<h3>Unread replies</h3>');
    expect(html).toContain('q00 · ambiguous');
    expect(html).toContain('&lt;b&gt;B or C&lt;/b&gt;');
    expect(html).toContain('accuracy differences may come from answer format');
  });
});
