/**
 * Batch 9's round, an eighth set of probes of our own (class `p9h:`), written after the seventh
 * set's rules were in and labelled before the extractor read them (label 2.32.0): more long
 * reasoning, where the seventh set found the most misreads — hosted models weighing labels over
 * several paragraphs for sentiment, emotion, topic, NLI, toxicity, PubMedQA and LegalBench items.
 * 6 of 24 were misread then (25%), 2 of them false commits ("Yes for patients who cannot take
 * warfarin; for others, the question is open" read as yes; "At common law, yes; under the Federal
 * Rules, no. The question does not say which applies." as No) and 4 left unread ("classify the
 * overall sentiment as neutral", "the reviewer seems satisfied", "If I must pick one, joy", "I lean
 * Business"); the rules they prompted have rows of their own in label-rules-b9.ts.
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, NLI, SENT, TOX, EMO, NEWS } from './label-sets.js';

type Row = [string, string, string[], string | null, string];

const qS = 'Review: "The plot drags in the middle, but the ending made up for it."\nSentiment (positive, negative, neutral):';
const qE = 'Text: "i didnt expect to win anything and then they called my name"\nEmotion (sadness, joy, love, anger, fear, surprise):';
const qW = 'Article: "The electric-car maker announced a new battery factory in Nevada, creating 3,000 jobs."\nTopic (World, Sports, Business, Sci/Tech):';
const qN = 'Premise: A man in a suit is giving a speech at a podium.\nHypothesis: A man is speaking in public.\nRelation (entailment, neutral, contradiction):';
const qT = 'Comment: "This is the dumbest take I have read all week."\nToxic or non-toxic?';
const qP = 'Context: In 420 patients with atrial fibrillation, left atrial appendage closure was non-inferior to warfarin for stroke prevention over 3 years.\nQuestion: Is left atrial appendage closure an alternative to warfarin for stroke prevention?';
const qL = 'Q: A defendant is charged with burglary. At trial, the prosecutor offers the defendant\'s own prior statement, "I broke in," to prove he broke in. Is there hearsay?\nA:';

const ROWS: Row[] = [
  ['sentiment', 'Let\'s weigh this. The reviewer criticizes the pacing ("drags in the middle"), which is negative. However, the word "but" signals a turn, and "made up for it" indicates the overall experience was satisfying. The final impression is what matters for overall sentiment.\n\nTherefore, the sentiment is **positive**.', SENT, 'positive', qS],
  ['sentiment', 'There is a negative element (pacing) and a positive one (ending). Since neither clearly dominates, I would classify the overall sentiment as neutral.', SENT, 'neutral', qS],
  ['sentiment', 'Negative aspects: pacing. Positive aspects: ending. Overall, the reviewer seems satisfied.', SENT, 'positive', qS],
  ['sentiment', 'It\'s mixed. Depending on whether you weigh the pacing or the ending more, it could be labeled negative or positive.', SENT, null, qS],
  ['emotion', 'The speaker "didn\'t expect to win", which signals surprise. Winning is also a joyful event. Between the two, the key word is "didnt expect", so the primary emotion is surprise.', EMO, 'surprise', qE],
  ['emotion', 'Both joy and surprise are present. If I must pick one, joy.', EMO, 'joy', qE],
  ['emotion', 'Surprise and joy are both plausible here; the dataset could label it either way.', EMO, null, qE],
  ['topic', 'A new factory and 3,000 jobs are economic news, although electric cars are a technology topic. The article\'s focus is the business announcement. Topic: Business.', NEWS, 'Business', qW],
  ['topic', 'This could be Sci/Tech (batteries, EVs) or Business (factory, jobs). I lean Business because the story is about investment and employment.', NEWS, 'Business', qW],
  ['topic', 'Sci/Tech or Business — it depends on the outlet\'s taxonomy.', NEWS, null, qW],
  ['nli', 'Giving a speech at a podium is speaking, and a podium setting is public. The hypothesis follows from the premise, so the relation is entailment.', NLI, 'entailment', qN],
  ['nli', 'Is a speech at a podium necessarily public? Usually, yes. A careful annotator would likely mark entailment, though a strict reading might say neutral. I\'ll go with entailment.', NLI, 'entailment', qN],
  ['nli', 'A strict annotator would say neutral (the podium could be in an empty room); a lenient one, entailment. I cannot decide between them.', NLI, null, qN],
  ['toxicity', 'The comment insults the idea ("dumbest take") rather than the person. Harsh criticism of an opinion is generally not considered toxic under most guidelines. Non-toxic.', TOX, 'non-toxic', qT],
  ['toxicity', 'Calling something "the dumbest take" is demeaning and would be flagged by many moderation systems, so I label it toxic.', TOX, 'toxic', qT],
  ['toxicity', 'It is rude. Whether rudeness alone counts as toxic depends on the annotation guidelines.', TOX, null, qT],
  ['pubmedqa', 'Non-inferiority to warfarin over three years means LAA closure performed about as well for stroke prevention. That makes it a reasonable alternative. Answer: yes', PQA, 'yes', qP],
  ['pubmedqa', 'The trial shows non-inferiority, but 420 patients is modest and follow-up is 3 years; guidelines still reserve it for patients who cannot take anticoagulants. So the honest answer is maybe.', PQA, 'maybe', qP],
  ['pubmedqa', 'Yes in the sense of non-inferiority; no if "alternative" means fully interchangeable. I\'d answer yes.', PQA, 'yes', qP],
  ['pubmedqa', 'Yes for patients who cannot take warfarin; for others, the question is open.', PQA, null, qP],
  ['legalbench', 'The statement is out of court and offered for its truth, but it is the party\'s own statement offered against him. Under FRE 801(d)(2)(A), an opposing party\'s statement is not hearsay. So: No.', YN, 'No', qL],
  ['legalbench', 'Technically it meets the common-law definition of hearsay, but the Federal Rules define it as non-hearsay. Under the FRE the answer is No.', YN, 'No', qL],
  ['legalbench', 'At common law, yes; under the Federal Rules, no. The question does not say which applies.', YN, null, qL],
  ['legalbench', 'This is an admission by a party-opponent, which is excluded from the definition of hearsay. Not hearsay.', YN, 'No', qL],
];

export const LABEL_PROBES_R9H: LabelCase[] = ROWS.map(([cls, reply, labels, want, input]) => ({ cls: `p9h:${cls}`, reply, labels, want, input }));
