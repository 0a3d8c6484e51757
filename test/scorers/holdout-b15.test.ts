/**
 * Batch 15 (test/scorers/corpora/holdout-b15.jsonl): 467 choice and 359 label replies written, each
 * by hand, during batch 11's and 14's fix round by two more writers who saw neither the extractors
 * nor any corpus — one as the logs of a platform team's nightly comparison hold them (two hosted
 * chat APIs, a hosted reasoning model, Llama-3.1-70B on vLLM with a misconfigured template, an 8B
 * quantized model on llama.cpp, a medical/legal/finance fine-tune; medicine, law, finance, code,
 * science and customer-support suites; most replies ordinary), one as the classes phrased
 * the many ways models phrase them and their near-relatives that commit to nothing, in seventeen
 * languages; thirteen label sets, six of them the writers' own (two sets of support intents, ticket
 * urgency, two triage scales, code defect types).
 *
 * A second grader, who saw neither the extractors nor the writers' labels, labelled all 836 replies
 * they wrote again; the 10 the grader found debatable (an agent's reply for a choice of action, "I
 * can't say yes or no" and "could be yes, could be no" among yes/no/maybe, a letter beside another
 * option's text, answers that flip back and forth, …) are set aside and are not here.
 *
 * Nobody fixing the extractors saw it. Measured with the extractors of the round's start (0d1e60e):
 * 27 of 467 choice replies (5.8%, 7 of them false commits) and 11 of 359 label replies (3.1%, 1
 * false commit) read differently from a careful reader; at the round's end (9f43a1e) 25 (5.4%, 6)
 * and 9 (2.5%, 1).
 *
 * It is kept here UNFIXED, so the figure stays what it measured. The tests print the error by class
 * and fail if a change reads more of it wrongly or commits falsely more often.
 */
import { describe, expect, it } from 'vitest';
import { misreadRows, readHoldout, wantIsValid } from './holdout-rows.js';

const rows = readHoldout('holdout-b15.jsonl');
const choices = rows.filter((r) => r.kind === 'choice');
const labels = rows.filter((r) => r.kind === 'label');

describe('batch 15: held-out replies, measured at the start and end of a fix round and kept unfixed', () => {
  it('holds 467 choice and 359 label replies, each want an option, a label or null', () => {
    expect(choices).toHaveLength(467);
    expect(labels).toHaveLength(359);
    for (const r of rows) expect(wantIsValid(r), `line ${r.line}`).toBe(true);
  });

  it("choice replies: no more misread than at the round's end (25 of 467, 6 of them false commits)", () => {
    const wrong = misreadRows(choices, 'choice batch 15');
    expect(wrong.length).toBeLessThanOrEqual(25);
    expect(wrong.filter((w) => w.got !== null).length).toBeLessThanOrEqual(6);
  });

  it("label replies: no more misread than at the round's end (9 of 359, 1 of them false commits)", () => {
    const wrong = misreadRows(labels, 'label batch 15');
    expect(wrong.length).toBeLessThanOrEqual(9);
    expect(wrong.filter((w) => w.got !== null).length).toBeLessThanOrEqual(1);
  });
});
