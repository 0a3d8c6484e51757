/**
 * Batch 9's round, a fifth set of probes of our own (class `p9e:`), written after the fourth set's
 * rule was in and labelled before the extractor read them (label 2.29.0): replies cut by the token
 * limit, refusals and safety notes, classifier ids and class numbers where the suite's aliases name
 * them, structured replies under other keys and nestings (`pred_label`, `{"classification":
 * {"label": …}}`, `{"result": {"sentiment": …}}`, `<label>`), and one-word replies with stray
 * punctuation. 1 of 40 was misread then (2.5%), a false commit: a reply cut inside its last word
 * ("… so the relation is entail") read as the label the cut word begins (a cut word counts only in a
 * reply that stopped on its own since).
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text, finish, aliases].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, SENT, NLI, NEWS, TOX, EMO } from './label-sets.js';

type Row = [string, string, string[], string | null, string, string?, Record<string, string[]>?];

const qS = 'Review: "The update broke my settings and support never replied."\nSentiment (positive, negative, neutral):';
const qN = 'Premise: A woman is jogging along the beach at sunrise.\nHypothesis: A woman is exercising outdoors.\nRelation (entailment, neutral, contradiction):';
const qT = 'Comment: "Nobody asked for your opinion, loser."\nToxic or non-toxic?';
const qE = 'Text: "he remembered my birthday after all these years"\nEmotion (sadness, joy, love, anger, fear, surprise):';
const qW = 'Article: "The central bank left interest rates unchanged for a third month."\nTopic (World, Sports, Business, Sci/Tech):';
const qP = 'Context: In 640 adults with low back pain, yoga improved function at 12 weeks versus usual care (p=0.002).\nQuestion: Does yoga improve function in chronic low back pain?';
const qL = 'Q: A plaintiff offers a letter from a non-party stating that the defendant was speeding, to prove the defendant was speeding. Is there hearsay?\nA:';
const NLI_IDS = { entailment: ['LABEL_0'], neutral: ['LABEL_1'], contradiction: ['LABEL_2'] };
const NEWS_NUM = { World: ['0'], Sports: ['1'], Business: ['2'], 'Sci/Tech': ['3'] };
const LEN = 'length';

const ROWS: Row[] = [
  ['truncated', 'Sentiment: negative\n\nExplanation: The reviewer reports that the update broke their settings and that', SENT, 'negative', qS, LEN],
  ['truncated', 'Let me think about this step by step. The review mentions a broken update, which is clearly', SENT, null, qS, LEN],
  ['truncated', 'The answer is yes. The trial randomized 640 adults and found that yoga improved function at twelve', PQA, 'yes', qP, LEN],
  ['truncated', 'To decide, consider whether jogging counts as exercise. It does, and a beach is outdoors, so the relation is entail', NLI, null, qN, LEN],
  ['truncated', '{"label": "toxic", "reason": "direct insult (\\"loser\\") and dismissive tone toward the', TOX, 'toxic', qT, LEN],
  ['truncated', 'Hearsay analysis:\n1. Is it an out-of-court statement? Yes, the letter was written outside court.\n2. Is it offered for its truth? Yes, to prove', YN, null, qL, LEN],
  ['refusal', 'I\'m sorry, but I can\'t help with classifying this content.', TOX, null, qT],
  ['refusal', 'As an AI language model, I don\'t have personal opinions, but the review appears negative.', SENT, 'negative', qS],
  ['refusal', 'I cannot determine the emotion with certainty.', EMO, null, qE],
  ['refusal', 'This is not legal advice. That said: Yes, the letter is hearsay.', YN, 'Yes', qL],
  ['ids', 'LABEL_0', NLI, 'entailment', qN, undefined, NLI_IDS],
  ['ids', 'LABEL_2 (contradiction)', NLI, 'contradiction', qN, undefined, NLI_IDS],
  ['ids', 'Predicted class: LABEL_1', NLI, 'neutral', qN, undefined, NLI_IDS],
  ['ids', '2', NEWS, 'Business', qW, undefined, NEWS_NUM],
  ['ids', 'Class 2', NEWS, 'Business', qW, undefined, NEWS_NUM],
  ['ids', '2', NEWS, null, qW],
  ['structured', '{"pred_label": "negative", "probs": [0.02, 0.95, 0.03]}', SENT, 'negative', qS],
  ['structured', '{"classification": {"label": "entailment", "score": 0.91}}', NLI, 'entailment', qN],
  ['structured', '{"result": {"sentiment": "negative", "aspects": ["update", "support"]}}', SENT, 'negative', qS],
  ['structured', '<label>love</label>\n<reason>Remembering a birthday shows care.</reason>', EMO, 'love', qE],
  ['structured', '{"toxic": true}', TOX, 'toxic', qT],
  ['structured', '{"topic": "Business", "keywords": ["central bank", "interest rates"]}', NEWS, 'Business', qW],
  ['structured', '{"answer": "Yes", "explanation": "The letter is an out-of-court statement offered for its truth."}', YN, 'Yes', qL],
  ['structured', '{"emotions": ["joy", "love"]}', EMO, null, qE],
  ['structured', '{"label": null, "reason": "insufficient context"}', SENT, null, qS],
  ['structured', 'label=negative', SENT, 'negative', qS],
  ['structured', 'sentiment="negative"', SENT, 'negative', qS],
  ['oneword', '"negative"', SENT, 'negative', qS],
  ['oneword', 'Negative!!!', SENT, 'negative', qS],
  ['oneword', '...neutral?', SENT, null, qS],
  ['oneword', '[entailment]', NLI, 'entailment', qN],
  ['oneword', '(b) Business', NEWS, 'Business', qW],
  ['oneword', 'Love.', EMO, 'love', qE],
  ['oneword', 'joy/love', EMO, null, qE],
  ['oneword', 'Maybe?', PQA, null, qP],
  ['oneword', 'YES!', PQA, 'yes', qP],
  ['oneword', 'Hearsay: yes', YN, 'Yes', qL],
  ['oneword', 'non toxic', TOX, 'non-toxic', qT],
  ['oneword', 'Toxic.', TOX, 'toxic', qT],
  ['oneword', 'Business.', NEWS, 'Business', qW],
];

export const LABEL_PROBES_R9E: LabelCase[] = ROWS.map(([cls, reply, labels, want, input, finish, aliases]) => ({ cls: `p9e:${cls}`, reply, labels, want, input, ...(finish ? { finish } : {}), ...(aliases ? { aliases } : {}) }));
