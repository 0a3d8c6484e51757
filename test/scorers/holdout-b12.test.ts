/**
 * Batch 12 (test/scorers/corpora/holdout-b12.jsonl): 260 choice and 200 label replies written in
 * this round by two more writers who saw neither the extractors nor any corpus — one writing the
 * classes the issue names in many languages (sixteen for choices), subjects and lengths, with their
 * near-relatives that commit to nothing, over thirteen label sets (seven of them new: spam/ham,
 * toxicity levels, customer intents, emotions, urgency, stance, language codes); one as model
 * families the corpora held little of answer (DeepSeek-R1 distills with open or cut <think> blocks,
 * o1/o3-style terse replies, Gemma-2, Command-R, Llama-3.1-70B, Qwen2.5-72B, Mixtral, a classifier
 * fine-tune, a base model continuing a few-shot prompt, servers with wrong chat templates).
 *
 * Measured before anyone fixing the extractors saw it: with the extractors from the round's start
 * (e23e7bb) 14 of 260 choice replies (5.4%, 6 false commits) and 14 of 200 label replies (7.0%,
 * 5 false commits) read differently from a careful reader; after batch 10's fixes (54edd44) 13
 * (5.0%, 6) and 12 (6.0%, 3). Its fix round follows; until a kind is fixed, its test fails if a
 * change reads more of it wrongly or commits falsely more often.
 *
 * Its choice replies were then fixed by general rules (choice 2.45.0–2.46.0), each with phrasings of our own and
 * near-misses that must not commit (the `r12:` rows of corpora/choice-rules-b12.ts, written before the
 * extractor read them): 12 misread at the fix round's start (5 false commits) -> 0. They are a regular
 * corpus now: a change may not misread one.
 *
 * Its label replies were then fixed by general rules (label 2.48.0 and 2.50.0), each with phrasings of
 * our own written before the extractor read them (the `r12:` rows of corpora/label-rules-b12.ts,
 * over language codes, intents, stances, spam / ham and sets none of the corpora held): 12 misread
 * (3 false commits) -> 0. They are a regular corpus now: a change may not misread one.
 */
import { describe, expect, it } from 'vitest';
import { misreadRows, readHoldout, wantIsValid } from './holdout-rows.js';

const rows = readHoldout('holdout-b12.jsonl');
const choices = rows.filter((r) => r.kind === 'choice');
const labels = rows.filter((r) => r.kind === 'label');

describe('batch 12: held-out replies, measured before its fix round', () => {
  it('holds 260 choice and 200 label replies, each want an option, a label or null', () => {
    expect(choices).toHaveLength(260);
    expect(labels).toHaveLength(200);
    for (const r of rows) expect(wantIsValid(r), `line ${r.line}`).toBe(true);
  });

  // fixed by general rules, each with phrasings of our own (the `r12:` rows of corpora/choice-rules-b12.ts): 12 misread
  // at the fix round's start (5 false commits) -> 0
  it('choice replies: every one read as a careful reader does after their fix round (13 of 260 misread when measured, 6 of them false commits)', () => {
    expect(misreadRows(choices, 'choice batch 12').map((o) => o.line)).toEqual([]);
  });

  // fixed in its round by general rules, each with phrasings of our own (the `r12:` rows of
  // corpora/label-rules-b12.ts): 12 misread (3 false commits) -> 0
  it('label replies: every one read as a careful reader does after their fix round (12 of 200 misread when measured, 3 of them false commits)', () => {
    expect(misreadRows(labels, 'label batch 12').map((o) => o.line)).toEqual([]);
  });
});
