/**
 * Batch 9's round, a third set of probes of our own (class `p9c:`), written after the second
 * set's rules were in and labelled before the extractor read them (label 2.27.0): PubMedQA and
 * LegalBench yes/no as evaluation logs hold them (hearsay, diversity jurisdiction, contract
 * clauses; "A:" completions, echoed next questions), and label sets none of our corpora held —
 * TweetEval's offensive / not offensive and four emotions (with optimism), hate / non-hate,
 * RTE's entailment / not_entailment, BBC News's five topics — plus more sentiment. 7 of 80 were
 * misread then (8.8%), 2 of them false commits ("I would answer "maybe" rather than "yes"" read as
 * yes; "non-offensive" as offensive) and 5 left unread ("does not show that vitamin D prevents
 * falls", "Diversity jurisdiction is lacking", "hateful", "Technology" and "Science & technology"
 * for BBC's tech); the rules they prompted have rows of their own in label-rules-b9.ts.
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, SENT } from './label-sets.js';

type Row = [string, string, string[], string | null, string];

const OFF = ['offensive', 'not offensive'];
const HATE = ['hate', 'non-hate'];
const EMO4 = ['anger', 'joy', 'optimism', 'sadness'];
const RTE = ['entailment', 'not_entailment'];
const BBC = ['business', 'entertainment', 'politics', 'sport', 'tech'];

const qP3 = 'Context: In a randomized trial of 1,200 smokers, varenicline doubled 12-month abstinence versus placebo (22% vs 11%, p<0.001).\nQuestion: Does varenicline improve long-term smoking abstinence?';
const qP4 = 'Context: Among 300 patients, those with higher vitamin D levels had fewer falls, but the association disappeared after adjusting for physical activity.\nQuestion: Do higher vitamin D levels prevent falls in older adults?';
const qP5 = 'Context: A retrospective review of 85 cases suggested shorter recovery with the new technique, but there was no control group.\nQuestion: Does the new surgical technique shorten recovery?';
const qH = 'Hearsay is an out-of-court statement introduced to prove the truth of the matter asserted.\nQ: On the issue of whether the defendant was at the bar, the bartender testifies that the defendant ordered a drink there. Is there hearsay?\nA:';
const qH2 = 'Q: To show that the car was red, a witness testifies that her friend told her "the car was red." Is there hearsay?\nA:';
const qDiv = 'Q: A citizen of Texas sues a citizen of Oklahoma for $80,000 in federal court. Is there diversity jurisdiction?\nA:';
const qDiv2 = 'Q: A citizen of Ohio sues a citizen of Ohio and a citizen of Kentucky for $100,000. Is there diversity jurisdiction?\nA:';
const qC1 = 'Clause: "Either party may terminate this Agreement for convenience upon ninety (90) days written notice."\nDoes the clause allow termination for convenience? Answer Yes or No.';
const qC2 = 'Clause: "The Receiving Party shall hold all Confidential Information in strict confidence for five years."\nDoes the clause contain an audit right? Answer Yes or No.';
const qO1 = 'Tweet: "@user you are the dumbest person on this app lol"\nIs the tweet offensive or not offensive?';
const qO2 = 'Tweet: "@user congrats on the new job!! so proud of you"\nOffensive or not offensive?';
const qHt = 'Post: "People from that country are all criminals and should be deported."\nLabel: hate or non-hate?';
const qTe1 = 'Tweet: "Tomorrow is a new day, and I know things will get better."\nEmotion (anger, joy, optimism, sadness):';
const qTe2 = 'Tweet: "Can\'t believe they cancelled my flight AGAIN. Furious."\nEmotion:';
const qR1 = 'Sentence 1: The company hired 200 new engineers in 2020.\nSentence 2: The company expanded its workforce in 2020.\nDoes sentence 1 entail sentence 2? Answer entailment or not_entailment.';
const qR2 = 'Sentence 1: The mayor visited the hospital on Monday.\nSentence 2: The mayor is a doctor.\nDoes sentence 1 entail sentence 2?';
const qB1 = 'Article: "The chancellor unveiled a budget raising the minimum wage and cutting fuel duty."\nCategory (business, entertainment, politics, sport, tech):';
const qB2 = 'Article: "The band\'s comeback album topped the charts in its first week."\nCategory:';
const qB3 = 'Article: "The new smartphone chip is 40% faster than its predecessor."\nCategory:';
const qS1 = 'Review: "Battery lasts two days, screen is gorgeous. Only wish it came in blue."\nSentiment (positive, negative, neutral):';
const qS2 = 'Tweet: "Flight delayed again. Third time this month. Thanks a lot @airline"\nSentiment?';

const ROWS: Row[] = [
  ['pubmedqa', 'Final decision: yes', PQA, 'yes', qP3],
  ['pubmedqa', 'The randomized trial shows a doubling of abstinence with a highly significant p-value. Therefore, varenicline does improve long-term abstinence.\n\nAnswer: yes', PQA, 'yes', qP3],
  ['pubmedqa', 'Based on the provided context, the association was confounded by physical activity. So the answer is no.', PQA, 'no', qP4],
  ['pubmedqa', 'no (association explained by confounding)', PQA, 'no', qP4],
  ['pubmedqa', 'The data are suggestive but uncontrolled; the answer is maybe.', PQA, 'maybe', qP5],
  ['pubmedqa', 'Maybe. Without a control group we cannot attribute the shorter recovery to the technique.', PQA, 'maybe', qP5],
  ['pubmedqa', 'Given the retrospective design and absence of a control group, it is not possible to draw a firm conclusion. Therefore: maybe', PQA, 'maybe', qP5],
  ['pubmedqa', 'Yes — though the evidence is weak.', PQA, 'yes', qP5],
  ['pubmedqa', 'The study does not show that vitamin D prevents falls once activity is accounted for.', PQA, 'no', qP4],
  ['pubmedqa', 'Varenicline improves abstinence.', PQA, 'yes', qP3],
  ['pubmedqa', '**Decision:** yes\n**Confidence:** high\n**Key evidence:** 22% vs 11% abstinence at 12 months (p<0.001)', PQA, 'yes', qP3],
  ['pubmedqa', 'A) yes', PQA, 'yes', qP3],
  ['pubmedqa', '{"final_decision": "no", "long_answer": "The association disappeared after adjustment."}', PQA, 'no', qP4],
  ['pubmedqa', 'I would answer "maybe" rather than "yes", because the data are uncontrolled.', PQA, 'maybe', qP5],
  ['pubmedqa', 'It\'s a yes from me.', PQA, 'yes', qP3],
  ['pubmedqa', 'The answer could be yes or maybe depending on how much weight one gives to observational data.', PQA, null, qP4],
  ['pubmedqa', 'Possibly.', PQA, 'maybe', qP5],
  ['pubmedqa', 'Uncertain.', PQA, 'maybe', qP5],
  ['pubmedqa', 'yes<|im_end|>', PQA, 'yes', qP3],
  ['pubmedqa', 'Answer: Maybe\nExplanation: retrospective, no controls.\n\nQuestion: Does aspirin prevent colorectal cancer?\nAnswer: Yes', PQA, 'maybe', qP5],
  ['legalbench', ' No', YN, 'No', qH],
  ['legalbench', 'No. The bartender testifies from personal observation, not an out-of-court statement.', YN, 'No', qH],
  ['legalbench', 'Yes', YN, 'Yes', qH2],
  ['legalbench', 'Yes, this is hearsay: the friend\'s statement is offered to prove the car was red.', YN, 'Yes', qH2],
  ['legalbench', 'There is no hearsay here because the bartender is testifying about what he saw.', YN, 'No', qH],
  ['legalbench', 'This is hearsay.', YN, 'Yes', qH2],
  ['legalbench', 'Not hearsay.', YN, 'No', qH],
  ['legalbench', 'Yes. Complete diversity exists and the amount exceeds $75,000.', YN, 'Yes', qDiv],
  ['legalbench', 'No — there is no complete diversity because both the plaintiff and one defendant are from Ohio.', YN, 'No', qDiv2],
  ['legalbench', 'There is diversity jurisdiction.', YN, 'Yes', qDiv],
  ['legalbench', 'Diversity jurisdiction is lacking since the parties are not completely diverse.', YN, 'No', qDiv2],
  ['legalbench', 'A: No', YN, 'No', qDiv2],
  ['legalbench', 'Yes, the clause permits either party to terminate for convenience on 90 days\' notice.', YN, 'Yes', qC1],
  ['legalbench', 'Yes.\n\nQ: Does the clause require a cure period?\nA: No', YN, 'Yes', qC1],
  ['legalbench', 'No audit right is granted; the clause only concerns confidentiality.', YN, 'No', qC2],
  ['legalbench', 'The clause does not contain an audit right.', YN, 'No', qC2],
  ['legalbench', 'It is a confidentiality clause, so No.', YN, 'No', qC2],
  ['legalbench', 'Answer: No\nReasoning: The clause addresses confidentiality obligations only.', YN, 'No', qC2],
  ['legalbench', 'I cannot provide legal advice.', YN, null, qC1],
  ['legalbench', 'Yes or No: Yes', YN, 'Yes', qC1],
  ['offensive', 'offensive', OFF, 'offensive', qO1],
  ['offensive', 'Not offensive', OFF, 'not offensive', qO2],
  ['offensive', 'This tweet is offensive because it insults the user directly.', OFF, 'offensive', qO1],
  ['offensive', 'The tweet is not offensive; it\'s a congratulatory message.', OFF, 'not offensive', qO2],
  ['offensive', 'NOT OFFENSIVE', OFF, 'not offensive', qO2],
  ['offensive', 'non-offensive', OFF, 'not offensive', qO2],
  ['hate', 'hate', HATE, 'hate', qHt],
  ['hate', 'Hate speech.', HATE, 'hate', qHt],
  ['hate', 'This is hateful: it generalizes an entire nationality as criminals.', HATE, 'hate', qHt],
  ['hate', 'non-hate', HATE, 'non-hate', qHt],
  ['hate', 'Label: HATE', HATE, 'hate', qHt],
  ['emotion4', 'optimism', EMO4, 'optimism', qTe1],
  ['emotion4', 'Optimistic', EMO4, 'optimism', qTe1],
  ['emotion4', 'Hopeful / optimism', EMO4, 'optimism', qTe1],
  ['emotion4', 'anger 😡', EMO4, 'anger', qTe2],
  ['emotion4', 'Furious → anger', EMO4, 'anger', qTe2],
  ['emotion4', 'joy or optimism', EMO4, null, qTe1],
  ['rte', 'entailment', RTE, 'entailment', qR1],
  ['rte', 'not_entailment', RTE, 'not_entailment', qR2],
  ['rte', 'Not entailment.', RTE, 'not_entailment', qR2],
  ['rte', 'Yes', RTE, 'entailment', qR1],
  ['rte', 'No, sentence 2 does not follow.', RTE, 'not_entailment', qR2],
  ['rte', 'The second sentence is entailed by the first.', RTE, 'entailment', qR1],
  ['rte', 'not entailed', RTE, 'not_entailment', qR2],
  ['bbc', 'politics', BBC, 'politics', qB1],
  ['bbc', 'Politics (with business implications)', BBC, 'politics', qB1],
  ['bbc', 'Business or politics — it is a budget story.', BBC, null, qB1],
  ['bbc', 'Entertainment', BBC, 'entertainment', qB2],
  ['bbc', 'music → entertainment', BBC, 'entertainment', qB2],
  ['bbc', 'Tech', BBC, 'tech', qB3],
  ['bbc', 'Technology', BBC, 'tech', qB3],
  ['bbc', 'Sports', BBC, 'sport', qB2],
  ['bbc', 'Science & technology', BBC, 'tech', qB3],
  ['sentiment', 'The sentiment of this tweet is negative 😠', SENT, 'negative', qS2],
  ['sentiment', 'Sentiment: Mixed', SENT, null, qS1],
  ['sentiment', 'Neutral to slightly positive.', SENT, null, qS1],
  ['sentiment', 'Overall sentiment: POSITIVE ✅', SENT, 'positive', qS1],
  ['sentiment', 'Sentiment score: +0.8 (positive)', SENT, 'positive', qS1],
  ['sentiment', 'Neg', SENT, 'negative', qS2],
  ['sentiment', 'The user is clearly frustrated, so the label is "negative".', SENT, 'negative', qS2],
];

export const LABEL_PROBES_R9C: LabelCase[] = ROWS.map(([cls, reply, labels, want, input]) => ({ cls: `p9c:${cls}`, reply, labels, want, input }));
