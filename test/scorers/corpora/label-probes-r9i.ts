/**
 * Batch 9's round, a ninth set of probes of our own (class `p9i:`), written after the eighth set's
 * rules were in and labelled before the extractor read them (label 2.33.0): long reasoning again,
 * in the ways hosted models close it — a summary line, a recommendation, a restated question, a
 * closing caveat, a numbered list of considerations. 1 of 20 was misread then (5.0%, no false
 * commit): "The clause excludes consequential damages, but whether it would be enforced depends on
 * the jurisdiction" left unread (a hedge on another matter after the answer no longer takes it back).
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, NLI, SENT, TOX, EMO, NEWS } from './label-sets.js';

type Row = [string, string, string[], string | null, string];

const qS = 'Review: "Great location, tiny room, overpriced breakfast."\nSentiment (positive, negative, neutral):';
const qE = 'Text: "why does everyone always ignore what i say"\nEmotion (sadness, joy, love, anger, fear, surprise):';
const qW = 'Article: "The prime minister met the visiting president to discuss a border dispute."\nTopic (World, Sports, Business, Sci/Tech):';
const qN = 'Premise: A girl is holding an umbrella in the rain.\nHypothesis: It is sunny and dry.\nRelation (entailment, neutral, contradiction):';
const qT = 'Comment: "You people never learn, do you?"\nToxic or non-toxic?';
const qP = 'Context: In 600 patients after knee replacement, tranexamic acid reduced transfusions (3% vs 12%) without more thrombotic events.\nQuestion: Does tranexamic acid reduce transfusion after knee replacement?';
const qL = 'Clause: "Neither party shall be liable for any indirect or consequential damages."\nDoes the clause exclude consequential damages? Answer Yes or No.';

const ROWS: Row[] = [
  ['closing', '1. Location is praised.\n2. The room size is criticized.\n3. Breakfast price is criticized.\n\nTwo of three points are negative, so the overall sentiment is negative.', SENT, 'negative', qS],
  ['closing', 'Summary: one positive point, two negative ones → negative overall.', SENT, 'negative', qS],
  ['closing', 'Positives and negatives are both here. My recommendation for the label: negative.', SENT, 'negative', qS],
  ['closing', 'The reviewer liked the location but not the room or the breakfast. Overall I\'d call it mixed, so neutral.', SENT, 'neutral', qS],
  ['closing', 'The writer feels ignored, which typically produces frustration or sadness. The rhetorical "why does everyone always" suggests irritation more than grief. Anger.', EMO, 'anger', qE],
  ['closing', 'Feeling ignored can be sad or angry. Without tone, either label is defensible.', EMO, null, qE],
  ['closing', 'Diplomacy and a border dispute between two countries: this is international news. World.', NEWS, 'World', qW],
  ['closing', 'Rain and an umbrella are incompatible with "sunny and dry". The two sentences cannot both be true: contradiction.', NLI, 'contradiction', qN],
  ['closing', 'Could it be sunny while raining? Rarely, but "dry" rules that out. Contradiction.', NLI, 'contradiction', qN],
  ['closing', '"You people" generalizes, and "never learn" is condescending. This crosses into toxic territory.', TOX, 'toxic', qT],
  ['closing', 'It\'s condescending, but there\'s no profanity, slur or threat. On most guidelines: non-toxic. Caveat: context matters.', TOX, 'non-toxic', qT],
  ['closing', 'Tranexamic acid cut transfusions from 12% to 3% with no safety signal. To restate the question: does it reduce transfusion? It does.', PQA, 'yes', qP],
  ['closing', 'The reduction is large and the safety profile reassuring. Recommendation: yes.', PQA, 'yes', qP],
  ['closing', 'Yes, with the usual caveat that a single trial is not definitive.', PQA, 'yes', qP],
  ['closing', 'The clause says neither party is liable for consequential damages, which is an exclusion. Yes.', YN, 'Yes', qL],
  ['closing', 'Consequential damages are excluded. The answer is yes.', YN, 'Yes', qL],
  ['closing', 'It excludes indirect and consequential damages, so the answer is Yes.', YN, 'Yes', qL],
  ['closing', 'The clause excludes consequential damages, but whether it would be enforced depends on the jurisdiction.', YN, 'Yes', qL],
  ['closing', 'Answering whether the clause is enforceable would require more facts; as to whether it excludes consequential damages: yes.', YN, 'Yes', qL],
  ['closing', 'I am not able to determine this without the full contract.', YN, null, qL],
];

export const LABEL_PROBES_R9I: LabelCase[] = ROWS.map(([cls, reply, labels, want, input]) => ({ cls: `p9i:${cls}`, reply, labels, want, input }));
