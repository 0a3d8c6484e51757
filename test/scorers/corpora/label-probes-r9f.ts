/**
 * Batch 9's round, a sixth set of probes of our own (class `p9f:`), written after the fifth set's
 * rule was in and labelled before the extractor read them (label 2.30.0): small models that echo
 * the prompt (its instruction, its label list, its input) before answering, hosted models' long
 * formatted answers that list the labels they considered, confidence tables by word, and signed
 * scores. 1 of 35 was misread then (2.9%), a false commit: a table of grades with two rows at
 * "medium" read as the last of them (a middle grade leaves its row open since).
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, SENT, NLI, NEWS, TOX, EMO } from './label-sets.js';

type Row = [string, string, string[], string | null, string];

const qS = 'Classify the sentiment as positive, negative, or neutral.\nReview: "The battery died after two hours and the charger overheats."\nSentiment:';
const qN = 'Premise: A group of kids is playing in the snow.\nHypothesis: Children are outside in winter.\nAnswer with entailment, neutral, or contradiction.';
const qT = 'Is the following comment toxic or non-toxic?\nComment: "Fair point, I had not considered the cost side."';
const qE = 'Which emotion does the text express: sadness, joy, love, anger, fear, or surprise?\nText: "they told me the surgery went perfectly"';
const qW = 'Classify the article as World, Sports, Business, or Sci/Tech.\nArticle: "Floods displaced thousands in the region, the UN said."';
const qP = 'Context: In 310 infants, probiotic drops did not reduce colic crying time versus placebo.\nQuestion: Do probiotic drops reduce colic in infants?\nAnswer yes, no, or maybe.';
const qL = 'Does the clause contain a non-solicitation obligation? Answer Yes or No.\nClause: "For 12 months after termination, Employee shall not solicit any customer of the Company."';

const ROWS: Row[] = [
  ['echo', 'Classify the sentiment as positive, negative, or neutral.\nSentiment: negative', SENT, 'negative', qS],
  ['echo', 'Options: positive, negative, neutral\nAnswer: negative', SENT, 'negative', qS],
  ['echo', 'Review: "The battery died after two hours and the charger overheats."\nSentiment: negative', SENT, 'negative', qS],
  ['echo', 'positive, negative, or neutral', SENT, null, qS],
  ['echo', 'Answer with entailment, neutral, or contradiction.\nentailment', NLI, 'entailment', qN],
  ['echo', 'Premise: A group of kids is playing in the snow.\nHypothesis: Children are outside in winter.\nAnswer: entailment', NLI, 'entailment', qN],
  ['echo', 'Is the following comment toxic or non-toxic? Non-toxic.', TOX, 'non-toxic', qT],
  ['echo', 'sadness, joy, love, anger, fear, or surprise? joy', EMO, 'joy', qE],
  ['echo', 'World, Sports, Business, or Sci/Tech', NEWS, null, qW],
  ['echo', 'Answer yes, no, or maybe.\n\nno', PQA, 'no', qP],
  ['echo', 'Answer Yes or No. Yes', YN, 'Yes', qL],
  ['considered', '### Classification\n**Label:** negative\n\n### Labels considered\n- positive: no praise anywhere\n- neutral: the review is clearly evaluative\n- negative: battery failure and overheating', SENT, 'negative', qS],
  ['considered', '**Answer:** Entailment\n\n**Why not neutral?** Playing in snow implies being outside in winter.\n**Why not contradiction?** Nothing conflicts.', NLI, 'entailment', qN],
  ['considered', 'Candidate labels: joy (0.8), surprise (0.15), love (0.05). Chosen: joy.', EMO, 'joy', qE],
  ['considered', 'I considered Business because of aid costs, but this is a humanitarian story: World.', NEWS, 'World', qW],
  ['considered', 'Possible labels: World or Business. I need the full article to decide.', NEWS, null, qW],
  ['considered', 'Rejected: toxic (no insult, no slur). Selected: non-toxic.', TOX, 'non-toxic', qT],
  ['table', '| Label | Confidence |\n|---|---|\n| Positive | Low |\n| Negative | High |\n| Neutral | Low |', SENT, 'negative', qS],
  ['table', 'entailment: high\nneutral: low\ncontradiction: very low', NLI, 'entailment', qN],
  ['table', 'joy — likely\nsurprise — possible\nlove — unlikely', EMO, 'joy', qE],
  ['table', 'positive: low\nnegative: medium\nneutral: medium', SENT, null, qS],
  ['score', 'Negative (score: -0.8)', SENT, 'negative', qS],
  ['score', 'Sentiment score: -0.85 → negative', SENT, 'negative', qS],
  ['score', 'polarity = -0.7', SENT, null, qS],
  ['score', 'Toxicity probability: 4%. Non-toxic.', TOX, 'non-toxic', qT],
  ['score', 'toxic (0.51) vs non-toxic (0.49)', TOX, null, qT],
  ['contrast', 'The sentiment is not positive, it\'s negative.', SENT, 'negative', qS],
  ['contrast', 'Not neutral — negative.', SENT, 'negative', qS],
  ['contrast', 'It\'s joy rather than surprise.', EMO, 'joy', qE],
  ['contrast', 'More World than Business.', NEWS, 'World', qW],
  ['contrast', 'Contradiction? No — entailment.', NLI, 'entailment', qN],
  ['contrast', 'The drops didn\'t help, so not yes. No.', PQA, 'no', qP],
  ['contrast', 'Yes. It is a non-solicitation clause: customers may not be solicited for 12 months.', YN, 'Yes', qL],
  ['contrast', 'It restricts soliciting customers, which is a non-solicitation obligation, so yes.', YN, 'Yes', qL],
  ['contrast', 'This is a non-compete, not a non-solicitation clause. No.', YN, 'No', qL],
];

export const LABEL_PROBES_R9F: LabelCase[] = ROWS.map(([cls, reply, labels, want, input]) => ({ cls: `p9f:${cls}`, reply, labels, want, input }));
