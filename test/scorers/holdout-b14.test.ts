/**
 * Batch 14 (test/scorers/corpora/holdout-b14.jsonl): 476 choice and 359 label replies written at the
 * start of batch 11's fix round by two more writers who saw neither the extractors nor any corpus —
 * one as long-form reasoning models and chatty hosted models answer (multi-paragraph analyses,
 * option-by-option discussions, tables and checklists, reconsiderations, caveats after the answer,
 * answers by option text or a computed value, hedges, refusals, questions back, replies cut
 * mid-analysis; two label sets of its own: triage urgency and support intents), one as small,
 * quantized and fine-tuned local models answer and as multilingual suites get answered (terse and
 * looping replies, template debris, echoed prompts, half-finished JSON, base models continuing a
 * few-shot prompt; the issue's classes written in nineteen languages; two label sets of its own:
 * fact-check verdicts and stance).
 *
 * Measured before anyone fixing the extractors saw it, with the extractors of the round's start
 * (0d1e60e): 42 of 476 choice replies (8.8%, 13 of them false commits) and 30 of 359 label replies
 * (8.4%, 7 false commits) read differently from a careful reader. It is fixed in the same round; the
 * tests fail if a change reads more of it wrongly or commits falsely more often than the bounds below.
 */
import { describe, expect, it } from 'vitest';
import { misreadRows, readHoldout, wantIsValid } from './holdout-rows.js';

const rows = readHoldout('holdout-b14.jsonl');
const choices = rows.filter((r) => r.kind === 'choice');
const labels = rows.filter((r) => r.kind === 'label');

describe('batch 14: held-out replies, measured before its fix round', () => {
  it('holds 476 choice and 359 label replies, each want an option, a label or null', () => {
    expect(choices).toHaveLength(476);
    expect(labels).toHaveLength(359);
    for (const r of rows) expect(wantIsValid(r), `line ${r.line}`).toBe(true);
  });

  it('choice replies: no more misread than when measured (42 of 476, 13 of them false commits)', () => {
    const wrong = misreadRows(choices, 'choice batch 14');
    expect(wrong.length).toBeLessThanOrEqual(42);
    expect(wrong.filter((w) => w.got !== null).length).toBeLessThanOrEqual(13);
  });

  it('label replies: no more misread than when measured (30 of 359, 7 of them false commits)', () => {
    const wrong = misreadRows(labels, 'label batch 14');
    expect(wrong.length).toBeLessThanOrEqual(30);
    expect(wrong.filter((w) => w.got !== null).length).toBeLessThanOrEqual(7);
  });
});
