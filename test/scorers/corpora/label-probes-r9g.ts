/**
 * Batch 9's round, a seventh set of probes of our own (class `p9g:`), written after the sixth set's
 * rule was in and labelled before the extractor read them (label 2.31.0): hosted models reasoning
 * at length over PubMedQA, LegalBench and NLI items — weighing both answers, concluding in the
 * question's words, hedging the conclusion, or answering a different question than the one asked.
 * 3 of 28 were misread then (10.7%), 1 a false commit ("The hotel was not negligent if it had just
 * mopped …; otherwise it was" read as No) and 2 left unread ("the data here point to no"; "We cannot
 * infer …, and nothing rules it out either" for neutral); the rules they prompted have rows of
 * their own in label-rules-b9.ts.
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, NLI, SENT, TOX } from './label-sets.js';

type Row = [string, string, string[], string | null, string];

const qP = 'Context: In a trial of 900 adults, a Mediterranean diet reduced major cardiovascular events by 28% over five years (HR 0.72, 95% CI 0.58-0.89).\nQuestion: Does a Mediterranean diet reduce cardiovascular events?';
const qP2 = 'Context: Two small observational studies gave conflicting results on whether melatonin shortens ICU delirium.\nQuestion: Does melatonin shorten ICU delirium?';
const qP3 = 'Context: In 1,500 runners, knee osteoarthritis was no more common than in non-runners after 20 years.\nQuestion: Does recreational running cause knee osteoarthritis?';
const qL = 'Q: The plaintiff, a tourist, sues a hotel for negligence after slipping on an unmarked wet floor. Was the hotel negligent?\nA:';
const qL2 = 'Clause: "This Agreement renews automatically for successive one-year terms unless either party gives 60 days\' notice."\nDoes the clause provide for automatic renewal? Answer Yes or No.';
const qN = 'Premise: The museum closes at 5 pm on weekdays.\nHypothesis: The museum is open at 7 pm on Tuesday.\nRelation (entailment, neutral, contradiction):';
const qN2 = 'Premise: A musician is tuning a guitar on stage.\nHypothesis: The concert is sold out.\nRelation:';
const qS = 'Review: "Not the best pizza in town, but not bad either."\nSentiment (positive, negative, neutral):';
const qT = 'Comment: "People like you are the reason this country is falling apart."\nToxic or non-toxic?';

const ROWS: Row[] = [
  ['pubmedqa', 'The trial is large and randomized, and the confidence interval excludes 1. A Mediterranean diet reduces cardiovascular events. **Yes.**', PQA, 'yes', qP],
  ['pubmedqa', 'Arguments for yes: large RCT, significant HR. Arguments for maybe: single trial. On balance: yes.', PQA, 'yes', qP],
  ['pubmedqa', 'With conflicting small observational studies, the evidence is insufficient to say whether melatonin shortens delirium. Maybe.', PQA, 'maybe', qP2],
  ['pubmedqa', 'The evidence is insufficient to answer yes or no.', PQA, null, qP2],
  ['pubmedqa', 'Running does not cause knee osteoarthritis according to this cohort.', PQA, 'no', qP3],
  ['pubmedqa', 'The study found no increase in osteoarthritis among runners, so no.', PQA, 'no', qP3],
  ['pubmedqa', 'One could argue yes (biomechanical stress) or no (this cohort); the data here point to no.', PQA, 'no', qP3],
  ['pubmedqa', 'I\'d say probably yes, but a second trial would make me more confident.', PQA, 'yes', qP],
  ['pubmedqa', 'Not enough evidence.', PQA, null, qP2],
  ['legalbench', 'Likely yes: the hotel knew or should have known of the wet floor and gave no warning.', YN, 'Yes', qL],
  ['legalbench', 'The hotel breached its duty of care by leaving the floor unmarked, so it was negligent.', YN, 'Yes', qL],
  ['legalbench', 'Without knowing how long the floor had been wet, negligence cannot be determined.', YN, null, qL],
  ['legalbench', 'The hotel was not negligent if it had just mopped and had no time to place a sign; otherwise it was.', YN, null, qL],
  ['legalbench', 'Yes. The clause renews the agreement automatically for one-year terms absent 60 days\' notice.', YN, 'Yes', qL2],
  ['legalbench', 'It provides for automatic renewal unless notice is given.', YN, 'Yes', qL2],
  ['legalbench', 'The agreement does not end on its own; it renews automatically. Answer: Yes', YN, 'Yes', qL2],
  ['nli', 'If the museum closes at 5 pm on weekdays, it cannot be open at 7 pm on a Tuesday. Contradiction.', NLI, 'contradiction', qN],
  ['nli', 'Tuesday is a weekday, so the hypothesis is false given the premise: contradiction.', NLI, 'contradiction', qN],
  ['nli', 'Unless the museum has a special evening event, this is a contradiction.', NLI, 'contradiction', qN],
  ['nli', 'The premise says nothing about ticket sales. Neutral.', NLI, 'neutral', qN2],
  ['nli', 'We cannot infer the concert is sold out from someone tuning a guitar, and nothing rules it out either.', NLI, 'neutral', qN2],
  ['nli', 'It could be entailment if the show is popular, but strictly it is neutral.', NLI, 'neutral', qN2],
  ['sentiment', '"Not the best … but not bad either" is lukewarm: neutral.', SENT, 'neutral', qS],
  ['sentiment', 'Mildly positive — "not bad" is faint praise.', SENT, 'positive', qS],
  ['sentiment', 'Neither strongly positive nor negative; I\'d call it neutral.', SENT, 'neutral', qS],
  ['toxicity', 'Toxic: it blames a group of people ("people like you") for a country\'s decline.', TOX, 'toxic', qT],
  ['toxicity', 'It\'s hostile and generalizing, so yes, toxic.', TOX, 'toxic', qT],
  ['toxicity', 'Rude, but it contains no slur or threat; some would still call it toxic. I\'ll say non-toxic.', TOX, 'non-toxic', qT],
];

export const LABEL_PROBES_R9G: LabelCase[] = ROWS.map(([cls, reply, labels, want, input]) => ({ cls: `p9g:${cls}`, reply, labels, want, input }));
