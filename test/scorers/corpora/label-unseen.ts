/**
 * Held-out label replies: written in batches AFTER the extractors, each labelled by a
 * careful reader before the extractor was run on it, to measure how the extractor does
 * on replies it was not built on (the README gives the error measured on each batch
 * before any fix). Label sets: yes/no/maybe, Yes/No with the item's question, clause
 * types, NLI relations, sentiment.
 *
 * Each row: [class, reply, label set, what a careful reader takes (or null), the item's question, finish reason].
 */
import type { LabelCase } from './label-corpus.js';

const PQA = ['yes', 'no', 'maybe'];
const YN = ['Yes', 'No'];
const CL = ['indemnification', 'limitation of liability', 'termination', 'confidentiality', 'governing law', 'non-compete', 'warranty', 'assignment'];
const NLI = ['entailment', 'neutral', 'contradiction'];
const SENT = ['positive', 'negative', 'neutral'];

const QP = 'Context: 25,000 adults over 70 were randomised to vitamin D or placebo. Question: Does vitamin D supplementation reduce fracture risk in older adults?';
const QH = 'A witness testifies that her neighbour told her "the getaway car was red". Offered to prove the car was red. Is the statement hearsay?';
const QE = 'The employment contract requires disputes to go to binding arbitration. Is the arbitration clause enforceable?';
const QC = 'Classify the clause: "This Agreement shall be governed by the laws of the State of Delaware."';
const QN = 'Premise: A man is playing a guitar on stage. Hypothesis: A person is performing music. Relation?';
const QS = 'What is the sentiment of this review? "The food was great but the service was slow."';

type Row = [string, string, string[], string | null, string, string?];

/** Batch 1: written before the generalisation round; the extractor misread some before it (see README). */
const BATCH1: Row[] = [
  ['cue', 'Final: maybe', PQA, 'maybe', QP],
  ['cue', 'answer = yes', PQA, 'yes', QP],
  ['cue', 'Prediction -> no', PQA, 'no', QP],
  ['cue', 'Answer: YES', PQA, 'yes', QP],
  ['cue', "I'd say it's a no.", PQA, 'no', QP],
  ["cue", "It's a definite yes from me.", PQA, 'yes', QP],
  ['cue', 'Respuesta: no', PQA, 'no', QP],
  ['final_vs_first', 'The evidence leans toward yes, but given the small sample I will say maybe.', PQA, 'maybe', QP],
  ['final_vs_first', 'At first glance yes, however the confidence interval crosses 1, so the answer is no.', PQA, 'no', QP],
  ['final_vs_first', '**Answer:** No\n\n**Reasoning:** The meta-analysis found no reduction (RR 1.02). Yes, some subgroups benefited, but overall no.', PQA, 'no', QP],
  ['final_vs_first', 'The authors conclude "yes", but I disagree: no.', PQA, 'no', QP],
  ['final_vs_first', 'The question asks whether it helps; yes, no or maybe? Based on the data, yes.', PQA, 'yes', QP],
  ['final_vs_first', 'Yes, no, maybe: maybe.', PQA, 'maybe', QP],
  ['final_vs_first', 'The data say no; the authors say maybe; I say no.', PQA, 'no', QP],
  ['final_vs_first', 'Does it reduce risk? Yes.', PQA, 'yes', QP],
  ['final_vs_first', 'Maybe? The answer is no.', PQA, 'no', QP],
  ['self_correction', 'Yes? No — the trial was null. No.', PQA, 'no', QP],
  ['self_correction', 'yes — wait, no, I misread; the result was not significant. no.', PQA, 'no', QP],
  ['no_word', 'No doubt about it: yes.', PQA, 'yes', QP],
  ['no_word', 'Not a chance.', PQA, 'no', QP],
  ['no_word', 'No idea.', PQA, null, QP],
  ['no_word', 'No way to know from the abstract.', PQA, null, QP],
  ['synonym', 'Yep, it does.', PQA, 'yes', QP],
  ['synonym', 'Nah.', PQA, 'no', QP],
  ['synonym', 'It is possible, but unproven.', PQA, 'maybe', QP],
  ['synonym', 'Inconclusive.', PQA, 'maybe', QP],
  ['synonym', 'Uncertain — the data are mixed.', PQA, 'maybe', QP],
  ['synonym', 'Short answer — nope.', PQA, 'no', QP],
  ['synonym', 'True.', PQA, 'yes', QP],
  ['synonym', 'False — the effect was not significant.', PQA, 'no', QP],
  ['multilingual', 'Si, reduce el riesgo.', PQA, 'yes', QP],
  ['multilingual', 'Ja.', PQA, 'yes', QP],
  ['multilingual', 'Nein, kein Effekt.', PQA, 'no', QP],
  ['multilingual', 'Non.', PQA, 'no', QP],
  ['multilingual', 'Réponse : peut-être', PQA, 'maybe', QP],
  ['multilingual', '答案：是', PQA, 'yes', QP],
  ['multilingual', 'Vielleicht.', PQA, 'maybe', QP],
  ['negation', 'The answer is not yes; it is maybe.', PQA, 'maybe', QP],
  ['negation', 'I would not say no, I would say maybe.', PQA, 'maybe', QP],
  ['bare', 'Yes (supplementation reduced hip fractures by 16%).', PQA, 'yes', QP],
  ['structured', '{"label": "maybe", "confidence": 0.6}', PQA, 'maybe', QP],
  ['template', 'yes<|eot_id|>', PQA, 'yes', QP],
  ['template', '[/INST] maybe', PQA, 'maybe', QP],
  ['template', 'No.</s>', PQA, 'no', QP],
  ['template', 'yes\n\nUser: why?', PQA, 'yes', QP],
  ['hedge', 'Either yes or no, depending on baseline vitamin D levels.', PQA, null, QP],
  ['hedge', 'Yes for deficient patients, no for replete ones.', PQA, null, QP],
  ["hedge", "I can't answer this with a yes, a no or a maybe.", PQA, null, QP],
  ['hedge', 'yes/no/maybe', PQA, null, QP],
  ['hedge', 'Label options: yes, no, maybe.', PQA, null, QP],
  ['refusal', 'Not sure.', PQA, null, QP],
  ['refusal', 'Please provide the abstract.', PQA, null, QP],
  ['truncated', 'The answer is', PQA, null, QP, 'length'],
  ['question_words', 'This statement constitutes hearsay.', YN, 'Yes', QH],
  ["question_words", "It's not hearsay, since it is not offered for the truth.", YN, 'No', QH],
  ['question_words', 'It would be hearsay if offered for its truth, and it is offered for its truth. Yes.', YN, 'Yes', QH],
  ['question_words', 'Hearsay? Absolutely.', YN, 'Yes', QH],
  ['question_words', 'Classic hearsay.', YN, 'Yes', QH],
  ["question_words", "The neighbour's statement is an out-of-court assertion offered for its truth — inadmissible hearsay.", YN, 'Yes', QH],
  ['question_words', 'Nope, not hearsay.', YN, 'No', QH],
  ["question_words", "That's not hearsay at all.", YN, 'No', QH],
  ["question_words", "I don't think this is hearsay.", YN, 'No', QH],
  ['question_words', 'Hearsay within hearsay.', YN, 'Yes', QH],
  ['question_words', 'The clause is enforceable under the FAA.', YN, 'Yes', QE],
  ['question_words', 'It is unenforceable as unconscionable.', YN, 'No', QE],
  ['question_words', 'Enforceable? No.', YN, 'No', QE],
  ['question_words', 'I would hold it enforceable.', YN, 'Yes', QE],
  ['question_words', 'Courts would likely enforce it.', YN, 'Yes', QE],
  ['question_words', 'Yes, it is enforceable; no, it is not unconscionable.', YN, 'Yes', QE],
  ['question_words', 'No, it is not enforceable.', YN, 'No', QE],
  ['template', 'The answer is No<|im_end|>', YN, 'No', QE],
  ['synonym', 'Answer: Y', YN, 'Yes', QE],
  ['synonym', 'N', YN, 'No', QE],
  ['hedge', 'Could be hearsay or not, depending on purpose.', YN, null, QH],
  ['hedge', 'Whether it is hearsay depends on why it is offered.', YN, null, QH],
  ['hedge', 'It may or may not be enforceable.', YN, null, QE],
  ['hedge', 'enforceability depends on state law', YN, null, QE],
  ['hedge', 'Yes or no?', YN, null, QE],
  ['hedge', 'The answer depends on the jurisdiction.', YN, null, QE],
  ['synonym', 'This is a choice-of-law provision.', CL, 'governing law', QC],
  ['bare', 'Confidentiality / NDA clause.', CL, 'confidentiality', QC],
  ['cue', 'It limits liability, so: limitation of liability.', CL, 'limitation of liability', QC],
  ['cue', 'Category — Termination for convenience', CL, 'termination', QC],
  ['synonym', 'Looks like a non-competition covenant.', CL, 'non-compete', QC],
  ['no_word', 'Non-solicit? No — it is a non-compete.', CL, 'non-compete', QC],
  ['cue', 'The clause assigns rights to an affiliate: assignment.', CL, 'assignment', QC],
  ["negation", "Not a warranty clause; it's an indemnity.", CL, 'indemnification', QC],
  ['synonym', 'Hold harmless clause.', CL, 'indemnification', QC],
  ['synonym', 'Warranties and representations', CL, 'warranty', QC],
  ['cue', 'Cap on damages → limitation of liability', CL, 'limitation of liability', QC],
  ["negation", "It's about governing law, not termination.", CL, 'governing law', QC],
  ['final_vs_first', 'At first it reads like a termination clause, but the operative language is about confidentiality.', CL, 'confidentiality', QC],
  ['structured', '{"category": "assignment"}', CL, 'assignment', QC],
  ['verdicts', '| Category | Applies |\n|---|---|\n| indemnification | no |\n| termination | yes |\n| warranty | no |', CL, 'termination', QC],
  ['verdicts', 'indemnification: ✗\ntermination: ✗\nconfidentiality: ✓', CL, 'confidentiality', QC],
  ['bare', 'Governing-law clause (Delaware).', CL, 'governing law', QC],
  ['synonym', 'The clause is a no-compete restriction.', CL, 'non-compete', QC],
  ['synonym', 'Limitation of liab.', CL, 'limitation of liability', QC],
  ['final_vs_first', 'The clause mentions indemnification but its main effect is to cap liability. Answer: limitation of liability', CL, 'limitation of liability', QC],
  ['hedge', 'indemnification or warranty', CL, null, QC],
  ['hedge', 'Could be either termination or assignment.', CL, null, QC],
  ['none', 'This clause does not fit any of the categories.', CL, null, QC],
  ['none', 'Miscellaneous / boilerplate.', CL, null, QC],
  ['none', 'Label: N/A', CL, null, QC],
  ['refusal', 'I am not able to classify legal documents.', CL, null, QC],
  ['truncated', 'This is clearly a', CL, null, QC, 'length'],
  ['cue', 'The hypothesis follows from the premise → entailment.', NLI, 'entailment', QN],
  ['synonym', 'Contradicts.', NLI, 'contradiction', QN],
  ['cue', 'The premise neither supports nor refutes the hypothesis, so neutral.', NLI, 'neutral', QN],
  ['synonym', 'Entailed.', NLI, 'entailment', QN],
  ['synonym', 'It is contradictory.', NLI, 'contradiction', QN],
  ['negation', 'Not entailment. Not contradiction. Neutral.', NLI, 'neutral', QN],
  ['cue', 'The relation is one of contradiction.', NLI, 'contradiction', QN],
  ['hedge', 'entailment? contradiction? I cannot tell.', NLI, null, QN],
  ['hedge', 'Neutral or entailment.', NLI, null, QN],
  ['cue', 'Positive sentiment overall, despite one complaint.', SENT, 'positive', QS],
  ['cue', 'The review is mostly negative.', SENT, 'negative', QS],
  ['hedge', 'Mixed — positive about food, negative about service.', SENT, null, QS],
  ['negation', 'Neither positive nor negative: neutral.', SENT, 'neutral', QS],
  ['negation', 'Not negative at all; very positive.', SENT, 'positive', QS],
  ['synonym', 'pos', SENT, 'positive', QS],
  ['template', 'NEGATIVE<|endoftext|>', SENT, 'negative', QS],
  ['bare', '😊 Positive', SENT, 'positive', QS],
  ['negation', 'I would not call it positive.', SENT, null, QS],
  ['synonym', 'Sentiment: neg.', SENT, 'negative', QS],
];

const toCases = (rows: Row[], batch: string): LabelCase[] =>
  rows.map(([cls, reply, labels, want, input, finish]) => ({ cls: `${batch}:${cls}`, reply, labels, want, input, ...(finish ? { finish } : {}) }));

export const LABEL_UNSEEN: LabelCase[] = [...toCases(BATCH1, 'u1')];
