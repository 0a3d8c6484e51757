/**
 * Label replies written after the extractor, to check it generalises: more label sets
 * (NLI, topics), other phrasings of every class. Each row: [reply, labels, what a
 * careful reader takes (or null), the item's question]. Rows without a question use
 * the set's default question.
 */
import type { LabelCase } from './label-corpus.js';

const PQA = ['yes','no','maybe'];
const YN = ['Yes','No'];
const CL = ['indemnification','limitation of liability','termination','confidentiality','governing law','non-compete','warranty','assignment'];
const SENT = ['positive','negative','neutral'];
const q1 = 'Does smoking cessation improve lung function in COPD patients?';
const q2 = 'Here is a contract. Is the non-solicitation clause enforceable?';
const q3 = 'Is the following statement hearsay?';
const PQA2 = ['yes','no','maybe'];
const YN2 = ['Yes','No'];
const NLI = ['entailment','neutral','contradiction'];
const TOPIC = ['sports','politics','business','technology'];
const CL2 = ['indemnification','limitation of liability','termination','confidentiality','governing law','non-compete','warranty','assignment'];
const q4 = 'Does the intervention reduce mortality?';
const qh = 'Is the statement relevant?';

const PQA3 = ['yes','no','maybe'];
const CL3 = ['indemnification','limitation of liability','termination','confidentiality','governing law','non-compete'];
const q5 = 'Does aspirin reduce adenoma risk?';
const YN4 = ['Yes', 'No'];
const Q4 = 'Clause: "The Supplier shall not disclose Confidential Information to any third party." Does the clause restrict disclosure to third parties?';
const REL = ['relevant', 'irrelevant'];
const SENT4 = ['positive', 'negative', 'neutral'];
const CU = ['Anti-Assignment', 'Change Of Control', 'Most Favored Nation', 'Uncapped Liability', 'Exclusivity'];
const TORT5 = ['intentional infliction of emotional distress', 'negligent infliction of emotional distress', 'assault', 'battery'];
type Row = [string, string[], string | null, string?];
const FIRST: Row[] = [
['Yes.', PQA, 'yes'], ['yes, definitely', PQA, 'yes'], ['Based on the abstract, the answer is yes.', PQA, 'yes'],
 ['The findings support a yes.', PQA, 'yes'], ['Short answer: no.', PQA, 'no'], ['NO', PQA, 'no'],
 ['My answer is maybe, since the results were mixed.', PQA, 'maybe'], ['It is unclear from the data — maybe.', PQA, 'maybe'],
 ['Answer: Yes (with caveats)', PQA, 'yes'], ['Yes; the trial showed FEV1 improvement.', PQA, 'yes'],
 ['No evidence supports that, so no.', PQA, 'no'], ['No effect was observed.', PQA, null],
 ['Not necessarily yes; I would say maybe.', PQA, 'maybe'], ['I lean towards yes.', PQA, 'yes'],
 ['Yes or maybe — hard to tell.', PQA, null], ['Yes, no, maybe?', PQA, null],
 ['Final: no', PQA, 'no'], ['{"answer":"maybe"}', PQA, 'maybe'], ['Answer - yes', PQA, 'yes'],
 ['The answer would be "no".', PQA, 'no'], ["'yes'", PQA, 'yes'], ['Probably yes.', PQA, 'yes'],
 ['I said no before, but actually yes.', PQA, 'yes'], ['Not yes. Not no. Maybe.', PQA, 'maybe'],
 ['There is not enough evidence to say yes or no, so maybe.', PQA, 'maybe'],
 ['I’m not able to determine this from the abstract.', PQA, null],
 ['Yes.<|im_end|>', PQA, 'yes'], ['Certainly not.', PQA, 'no'],
 ['Yes', YN, 'Yes'], ['It is enforceable.', YN, 'Yes', q2], ['The clause is not enforceable.', YN, 'No', q2], ['Unenforceable.', YN, 'No', q2],
 ['This is not hearsay because it is offered to show the effect on the listener.', YN, 'No', q3],
 ['Hearsay: yes.', YN, 'Yes', q3], ['Yes — classic hearsay.', YN, 'Yes', q3], ['No hearsay issue here.', YN, 'No', q3],
 ['Not hearsay; the statement is a verbal act.', YN, 'No', q3], ['The statement is hearsay.', YN, 'Yes', q3],
 ['No. It falls under the present sense impression exception, but it is still hearsay... actually the question is only whether it is hearsay: Yes.', YN, 'Yes', q3],
 ['This is an indemnification clause.', CL, 'indemnification'], ['Indemnification', CL, 'indemnification'],
 ['Type: Confidentiality', CL, 'confidentiality'], ['The clause governs which law applies: governing law.', CL, 'governing law'],
 ['This clause limits liability. Label: limitation of liability', CL, 'limitation of liability'],
 ['Termination for convenience.', CL, 'termination'], ['It restricts assignment of the agreement; assignment.', CL, 'assignment'],
 ['It looks like a warranty, but it is actually an indemnity.', CL, 'indemnification'],
 ['Confidentiality or non-compete — I cannot tell.', CL, null], ['Not a termination clause.', CL, null],
 ['The category is non-compete.', CL, 'non-compete'], ['Non-compete clause', CL, 'non-compete'],
 ['Covenant not to compete.', CL, 'non-compete'], ['Governing Law / Jurisdiction', CL, 'governing law'],
 ['I am not sure which category applies.', CL, null], ['None', CL, null],
 ['Positive', SENT, 'positive'], ['The sentiment is negative.', SENT, 'negative'], ['Neutral, leaning positive.', SENT, 'neutral'],
 ['Not negative — positive.', SENT, 'positive'], ['Mixed: positive and negative.', SENT, null], ['Sentiment: neutral', SENT, 'neutral'],
 ['Overall, I would classify it as negative.', SENT, 'negative'], ['It is neither positive nor negative: neutral.', SENT, 'neutral'],
 ['positive/negative', SENT, null], ['The reviewer is not positive about the product.', SENT, null],
];
const SECOND: Row[] = [
['Based on the abstract, I would answer: yes.', PQA2, 'yes'],
 ['Yes - the intervention reduced mortality by 20%.', PQA2, 'yes'],
 ['The study found no significant reduction. Answer: no', PQA2, 'no'],
 ['no.', PQA2, 'no'], ['Maybe', PQA2, 'maybe'], ['**Maybe** — the evidence is mixed.', PQA2, 'maybe'],
 ['Decision: yes', PQA2, 'yes'], ['Conclusion: maybe.', PQA2, 'maybe'],
 ['The results were not statistically significant, so the answer is no.', PQA2, 'no'],
 ['While the trend favored treatment, it was not significant: maybe.', PQA2, 'maybe'],
 ['Yes, but only in the subgroup; overall no.', PQA2, 'no'],
 ['It is not possible to say yes with certainty; maybe.', PQA2, 'maybe'],
 ['No, I don\'t think so.', PQA2, 'no'], ['Yes, I believe so.', PQA2, 'yes'],
 ['The answer is yes.</s>', PQA2, 'yes'], ['<answer>no</answer>', PQA2, 'no'],
 ['{"decision": "maybe"}', PQA2, 'maybe'],
 ['My answer would be "yes".', PQA2, 'yes'],
 ['Answer: Yes\nConfidence: 0.7', PQA2, 'yes'],
 ['I\'m not sure. Maybe yes, maybe no.', PQA2, null],
 ['yes or no', PQA2, null],
 ['It depends on the population studied.', PQA2, null],
 ['Entailment.', NLI, 'entailment'], ['The hypothesis is entailed by the premise.', NLI, 'entailment'],
 ['This is a contradiction.', NLI, 'contradiction'], ['The premise contradicts the hypothesis, so: contradiction', NLI, 'contradiction'],
 ['Neutral — the premise does not say.', NLI, 'neutral'], ['Not entailment; neutral.', NLI, 'neutral'],
 ['label: NEUTRAL', NLI, 'neutral'], ['It could be neutral or contradiction.', NLI, null],
 ['The relationship is neither entailment nor contradiction.', NLI, 'neutral'],
 ['Sports', TOPIC, 'sports'], ['This article is about business.', TOPIC, 'business'],
 ['Topic: Technology', TOPIC, 'technology'], ['It discusses politics and business.', TOPIC, null],
 ['Primarily politics, though it touches on business.', TOPIC, 'politics'],
 ['The category is sports, not business.', TOPIC, 'sports'],
 ['Yes', YN2, 'Yes', qh], ['It is relevant.', YN2, 'Yes', qh], ['Irrelevant.', YN2, 'No', qh], ['Not relevant.', YN2, 'No', qh],
 ['The statement is not relevant to the issue.', YN2, 'No', qh],
 ['Clause type: termination', CL2, 'termination'], ['This provision allows either party to terminate the agreement; it is a termination clause.', CL2, 'termination'],
 ['Assignment clause.', CL2, 'assignment'], ['The clause prohibits assigning the contract without consent (assignment).', CL2, 'assignment'],
 ['Limitation of liability — it caps damages.', CL2, 'limitation of liability'],
 ['It is a warranty disclaimer, so warranty.', CL2, 'warranty'],
 ['confidentiality', CL2, 'confidentiality'],
 ['Either confidentiality or non-compete.', CL2, null],
];
const THIRD: Row[] = [
['Yes.\n\nExplanation: the hazard ratio was 0.7.', PQA3, 'yes'],
 ['The answer to the question is: no', PQA3, 'no'],
 ['Answer: "maybe"', PQA3, 'maybe'],
 ['Therefore, yes, aspirin reduces the risk.', PQA3, 'yes'],
 ['We cannot conclude yes or no from this abstract, hence maybe.', PQA3, 'maybe'],
 ['Not yes, not no — maybe.', PQA3, 'maybe'],
 ['Based on the evidence: No.', PQA3, 'no'],
 ['No. The trial was negative.', PQA3, 'no'],
 ['There is no evidence of benefit; the answer is no.', PQA3, 'no'],
 ['YES', PQA3, 'yes'],
 ['Perhaps', PQA3, 'maybe'],
 ['yes/no: yes', PQA3, 'yes'],
 ['No doubt.', PQA3, null],
 ['No way.', PQA3, 'no'],
 ['The clause is an indemnification clause (hold harmless).', CL3, 'indemnification'],
 ['Governing law: the agreement is governed by New York law.', CL3, 'governing law'],
 ['It sets out what happens upon termination, but its main purpose is confidentiality.', CL3, 'confidentiality'],
 ['Answer: Non-compete', CL3, 'non-compete'],
 ['Limitation of Liability.', CL3, 'limitation of liability'],
 ['This looks like a termination clause.', CL3, 'termination'],
 ['I would classify this as confidentiality.', CL3, 'confidentiality'],
 ['It could fall under termination or limitation of liability.', CL3, null],
];
const FOURTH: Row[] = [
['Yes. The clause expressly prohibits disclosure to third parties.', YN4, 'Yes', Q4],
 ['No, it only covers employees.', YN4, 'No', Q4],
 ['The clause does restrict disclosure to third parties. Answer: Yes', YN4, 'Yes', Q4],
 ['Answer: No\nReasoning: The clause concerns payment terms.', YN4, 'No', Q4],
 ['Yes, because "shall not disclose" is a restriction.', YN4, 'Yes', Q4],
 ['It restricts disclosure, so yes.', YN4, 'Yes', Q4],
 ['No restriction on disclosure is imposed.', YN4, null, Q4],
 ['The answer is Yes.', YN4, 'Yes', Q4],
 ['yes', YN4, 'Yes', Q4],
 ['Relevant.', REL, 'relevant'], ['Irrelevant', REL, 'irrelevant'], ['The statement is irrelevant to the claim.', REL, 'irrelevant'],
 ['Not relevant.', REL, 'irrelevant'], ['This is relevant, not irrelevant.', REL, 'relevant'],
 ['The sentiment is positive overall.', SENT4, 'positive'], ['Negative', SENT4, 'negative'],
 ['Mostly positive, with some negative remarks.', SENT4, 'positive'],
 ['It is not negative.', SENT4, null],
 ['Neutral to slightly positive.', SENT4, null],
 ['Sentiment: Negative 😞', SENT4, 'negative'],
];
const FIFTH: Row[] = [
['Anti-assignment.', CU, 'Anti-Assignment'], ['This is a change of control provision.', CU, 'Change Of Control'],
 ['MFN clause → Most Favored Nation', CU, 'Most Favored Nation'], ['most favoured nation', CU, 'Most Favored Nation'],
 ['The clause provides exclusivity, not anti-assignment.', CU, 'Exclusivity'], ['Category: Uncapped Liability', CU, 'Uncapped Liability'],
 ['Exclusivity or change of control — unclear.', CU, null],
 ['Negligent infliction of emotional distress.', TORT5, 'negligent infliction of emotional distress'],
 ['This is IIED (intentional infliction of emotional distress).', TORT5, 'intentional infliction of emotional distress'],
 ['Not assault, because there was contact: battery.', TORT5, 'battery'],
 ['Assault and battery.', TORT5, null],
 ['The best fit is battery.', TORT5, 'battery'],
];

export const LABEL_FRESH: LabelCase[] = [
  ...FIRST.map(([reply, labels, want, input]) => ({ cls: 'fresh', reply, labels, want, input: input ?? q1 })),
  ...SECOND.map(([reply, labels, want, input]) => ({ cls: 'fresh', reply, labels, want, input: input ?? q4 })),
  ...FOURTH.map(([reply, labels, want, input]) => ({ cls: 'fresh', reply, labels, want, input: input ?? 'Classify.' })),
  ...FIFTH.map(([reply, labels, want]) => ({ cls: 'fresh', reply, labels, want, input: 'Classify.' })),
  ...THIRD.map(([reply, labels, want, input]) => ({ cls: 'fresh', reply, labels, want, input: input ?? q5 })),
];
