/**
 * Label replies of our own for the rules batch 14's fix round added (none copied from batch 14),
 * written over many label sets — support intents with spaces, fact-check verdicts, stances, torts,
 * clause types, sentiment, NLI, news topics, PubMedQA, LegalBench yes/no, urgency — before the
 * extractor read them: a label being weighed in a reply cut by the token limit ("Considering the
 * label Sports: …" is no answer); "I can't commit to a stronger label than that" after the answer;
 * "it belongs under X", "best described as X"; a question's predicate written with a hyphen
 * ("non-inferior") or after a quoted passage in its subject; a label named after a correction in
 * other languages ("Negativo… no, un momento: … Positivo.", "nein, Moment: … also entailment");
 * labels in languages the lexicon lacked (Greek sentiment, stance and fact-check verdicts, clause
 * types); synonyms a reader takes at once ("Slander" for defamation, "Nuisance" for
 * private_nuisance, "Opposed" for against, "NEI", "IP"). Each class has rows that must NOT commit.
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text, finish].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, SENT, NLI, NEWS } from './label-sets.js';

type Row = [string, string, string[], string | null, string?, string?];

const CLAUSE12 = ['indemnification', 'limitation_of_liability', 'termination', 'confidentiality', 'governing_law', 'dispute_resolution', 'assignment', 'force_majeure', 'non_compete', 'payment_terms', 'warranty', 'intellectual_property'];
const URGENCY = ['low', 'medium', 'high', 'critical'];
const INTENT = ['billing question', 'technical problem', 'account access', 'cancel subscription', 'feature request'];
const FEVER = ['SUPPORTS', 'REFUTES', 'NOT ENOUGH INFO'];
const STANCE = ['favor', 'against', 'none'];
const TORTS = ['breach_of_contract', 'negligence', 'defamation', 'battery', 'assault', 'false_imprisonment', 'trespass_to_land', 'conversion', 'private_nuisance'];
const TORTS_CH = ['negligence', 'conversion', 'trespass_to_land', 'trespass_to_chattels', 'private_nuisance'];

const qCancel = 'Customer: "I can\'t log in since the password reset, and I\'d like to cancel if this isn\'t fixed today."';
const qLogin = 'Customer: "The login page says my account is locked after I changed my email."';
const qNews = 'A football club\'s owner sold his stake to an investment fund, sending the fund\'s shares up 6%.';
const qSent = 'Review: "Our flight was delayed four hours and nobody told us why."';
const qNli = 'Premise: A man is driving a truck on a highway.\nHypothesis: The man is travelling.';
const qWeekly = 'Question: Is once-weekly dosing non-inferior to daily dosing for glycaemic control?\nContext: HbA1c fell by 1.1% with weekly and 1.2% with daily dosing; the upper bound of the difference stayed within the 0.3% margin.';
const qCost = 'Question: Is the new anticoagulant cost-effective in patients over 80?\nContext: The incremental cost per QALY was £12,400, below the £20,000 threshold.';
const qCond = 'Is the clause \'Buyer may return the goods within 30 days of delivery for any reason\' a condition precedent?';
const qFever = 'Claim: The bridge opened in 1932.\nEvidence: The bridge was opened to traffic on 19 March 1932.';
const qStance = 'Target: a four-day work week\nTweet: "Five days of pay for four days of work? Companies will never survive that."';

const ROWS: Row[] = [
  // a label being weighed ("considering the label X:") in a reply cut by the token limit: no answer
  ['weighed_label_cut', 'Let me go through each label.\n\nConsidering the label negative: the reviewer mentions a four-hour delay. This matters, but before deciding I want to look at', SENT, null, qSent, 'length'],
  ['weighed_label_cut', 'Step 1 — evaluating the category Sports: a football club is named, which is a strong signal, although the story itself is about', NEWS, null, qNews, 'length'],
  ['weighed_label_cut', 'Looking at the label entailment first: a man driving on a highway is moving, which', NLI, null, qNli, 'length'],
  ['weighed_label_cut', 'Weighing the answer yes: HbA1c fell in both arms, but', PQA, null, qWeekly, 'length'],
  ['weighed_label_cut', 'Label: negative\n\nThe reviewer complains about the delay and', SENT, 'negative', qSent, 'length'],
  ['weighed_label_cut', 'Considering the label negative: it fits best. Final answer: negative\n\nExplanation: the reviewer', SENT, 'negative', qSent, 'length'],
  ['weighed_label_cut', 'Considering the label positive: nothing is praised. Considering the label negative: the delay and the silence. So the answer is negative.', SENT, 'negative', qSent],
  ['weighed_label_cut', 'Now, considering the label Sports: a club is involved, but the story is about the fund\'s shares.', NEWS, null, qNews],
  ['weighed_label_cut', 'The label Business fits: the story is about a fund\'s shares.', NEWS, 'Business', qNews],
  // after the answer, "I can't commit to a stronger label than that" keeps it
  ['no_stronger_label', 'My answer is neutral; I can\'t commit to a stronger label than that.', SENT, 'neutral', qSent],
  ['no_stronger_label', 'Label: medium. I won\'t commit to anything higher without more detail.', URGENCY, 'medium'],
  ['no_stronger_label', 'I\'d say neutral — I can\'t commit to a more specific relation than that.', NLI, 'neutral', qNli],
  ['no_stronger_label', 'My answer is neutral, but I can\'t commit to it.', SENT, null, qSent],
  ['no_stronger_label', 'Neutral or negative — I can\'t commit to either.', SENT, null, qSent],
  ['no_stronger_label', 'Maybe neutral. I can\'t commit to a label here.', SENT, null, qSent],
  // "it belongs under X", "I'd file it under X"
  ['belongs_under', 'It belongs under cancel subscription.', INTENT, 'cancel subscription', qCancel],
  ['belongs_under', 'This one goes under account access — they can\'t log in.', INTENT, 'account access', qLogin],
  ['belongs_under', 'I\'d file it under account access.', INTENT, 'account access', qLogin],
  ['belongs_under', 'I wouldn\'t put this under technical problem; it belongs under account access.', INTENT, 'account access', qLogin],
  ['belongs_under', 'It could belong under account access or cancel subscription.', INTENT, null, qCancel],
  ['belongs_under', 'It doesn\'t belong under billing question.', INTENT, null, qCancel],
  // "best described as X", "most accurately characterised as X"
  ['described_as', 'The labels on offer are termination, assignment and warranty; this clause is best described as termination.', CLAUSE12, 'termination'],
  ['described_as', 'Among the options, it is most accurately characterised as confidentiality.', CLAUSE12, 'confidentiality'],
  ['described_as', 'The tweet is best characterized as against.', STANCE, 'against', qStance],
  ['described_as', 'Some would describe it as termination, but it is really assignment.', CLAUSE12, 'assignment'],
  ['described_as', 'It could be described as either warranty or indemnification.', CLAUSE12, null],
  ['described_as', 'It is not best described as warranty.', CLAUSE12, null],
  // the question's predicate with a hyphen ("non-inferior", "cost-effective")
  ['predicate_hyphen', 'Once-weekly dosing is non-inferior to daily dosing.', PQA, 'yes', qWeekly],
  ['predicate_hyphen', 'Weekly dosing was shown to be non-inferior.', PQA, 'yes', qWeekly],
  ['predicate_hyphen', 'It is not non-inferior: the margin was crossed.', PQA, 'no', qWeekly],
  ['predicate_hyphen', 'The drug is cost-effective in this age group.', PQA, 'yes', qCost],
  ['predicate_hyphen', 'It is not cost-effective over 80.', PQA, 'no', qCost],
  ['predicate_hyphen', 'Whether it is non-inferior depends on the margin chosen.', PQA, null, qWeekly],
  ['predicate_hyphen', 'Non-inferior? The trial was too small to say.', PQA, null, qWeekly],
  // a question whose subject holds a quoted passage ("Is the clause '…' a condition precedent?")
  ['predicate_quoted_subject', 'Therefore, the clause is a condition precedent.', YN, 'Yes', qCond],
  ['predicate_quoted_subject', 'It is not a condition precedent; it is a return right.', YN, 'No', qCond],
  ['predicate_quoted_subject', 'Whether the clause is a condition precedent depends on the rest of the contract.', YN, null, qCond],
  ['predicate_quoted_subject', 'Is it a condition precedent? Hard to say from one sentence.', YN, null, qCond],
  // a label named after a correction, in other languages too
  ['correction_then_label', 'Neutral — wait, a man driving on a highway is travelling, so it\'s entailment.', NLI, 'entailment', qNli],
  ['correction_then_label', 'Negativo... no, un momento: el cliente está contento. Positivo.', SENT, 'positive'],
  ['correction_then_label', 'Négatif… non, attends : l\'avis est élogieux. Positif.', SENT, 'positive'],
  ['correction_then_label', 'Contradiction... nein, Moment, wer Lkw fährt, ist unterwegs, also entailment.', NLI, 'entailment', qNli],
  ['correction_then_label', 'Positive. Wait — the second half is sarcastic. Negative.', SENT, 'negative'],
  ['correction_then_label', 'Neutral... wait, let me re-read. Neutral or contradiction, I can\'t tell.', NLI, null, qNli],
  ['correction_then_label', 'Negativo... no, momento. No sé.', SENT, null],
  // labels in languages the lexicon lacked
  ['native_label', 'Αρνητικό', SENT, 'negative', qSent],
  ['native_label', 'Ουδέτερο.', SENT, 'neutral'],
  ['native_label', 'Dagegen.', STANCE, 'against', qStance],
  ['native_label', 'En contra — el tuit critica la medida.', STANCE, 'against', qStance],
  ['native_label', 'Bestätigt – die Brücke wurde 1932 eröffnet.', FEVER, 'SUPPORTS', qFever],
  ['native_label', '证据反驳了该说法。', FEVER, 'REFUTES'],
  ['native_label', 'Información insuficiente.', FEVER, 'NOT ENOUGH INFO'],
  ['native_label', 'Fuerza mayor', CLAUSE12, 'force_majeure'],
  ['native_label', 'Это не гарантия, а ограничение ответственности.', CLAUSE12, 'limitation_of_liability'],
  ['native_label', '知识产权条款', CLAUSE12, 'intellectual_property'],
  ['native_label', 'Weder dafür noch dagegen.', STANCE, 'none', qStance],
  ['native_label', 'Nicht widerlegt, aber auch nicht bestätigt.', FEVER, 'NOT ENOUGH INFO', qFever],
  ['native_label', 'Θετικό ή ουδέτερο;', SENT, null],
  // synonyms a reader takes at once
  ['synonym', 'Slander.', TORTS, 'defamation'],
  ['synonym', 'Nuisance — the noise every night interferes with their use of the home.', TORTS, 'private_nuisance'],
  ['synonym', 'Trespass, since he entered the field without permission.', TORTS, 'trespass_to_land'],
  ['synonym', 'Opposed — the tweet mocks the idea.', STANCE, 'against', qStance],
  ['synonym', 'The tweet is opposed to it.', STANCE, 'against', qStance],
  ['synonym', 'In favour.', STANCE, 'favor'],
  ['synonym', 'NEI — the evidence is about another bridge.', FEVER, 'NOT ENOUGH INFO'],
  ['synonym', 'Not enough evidence to decide.', FEVER, 'NOT ENOUGH INFO'],
  ['synonym', 'This is an IP clause: it assigns inventions to the company.', CLAUSE12, 'intellectual_property'],
  ['synonym', 'Trespass to chattels, not trespass to land.', TORTS, null],
  ['synonym', 'Trespass', TORTS_CH, null],
  ['synonym', 'It is a nuisance to read, but the claim is negligence.', TORTS, 'negligence'],
  ['synonym', 'Libel or slander — either way, defamation.', TORTS, 'defamation'],
  ['synonym', 'Not an IP clause — it is about confidentiality.', CLAUSE12, 'confidentiality'],
  // near-misses of the new synonyms, written once they were in, before the extractor read them
  ['probe_after', 'It is true that the bridge exists, but the date is wrong: refuted.', FEVER, 'REFUTES', qFever],
  ['probe_after', 'False.', FEVER, 'REFUTES', qFever],
  ['probe_after', 'The claim is false in part and true in part.', FEVER, null, qFever],
  ['probe_after', 'Pour moi, c\'est contre.', STANCE, 'against', qStance],
  ['probe_after', 'За.', STANCE, 'favor'],
  ['probe_after', 'Breach — the supplier never delivered.', TORTS, 'breach_of_contract'],
  ['probe_after', 'No breach here; this is negligence.', TORTS, 'negligence'],
  // near-misses of the withdrawal, weighing and synonym rules, written once they were in, before the extractor read them
  ['probe_after', 'Positive... wait, is it? Yes, positive.', SENT, 'positive'],
  ['probe_after', 'Negative — no, wait, I mean the staff were lovely. Positive.', SENT, 'positive'],
  ['probe_after', 'Contradiction. Wait, no, contradiction is right: the premise says he is driving, not parked.', NLI, 'contradiction', qNli],
  ['probe_after', 'Entailment... hmm, wait. Let me think about whether a driver is always travelling.', NLI, null, qNli],
  ['probe_after', 'The answer yes is supported by both arms of the trial.', PQA, 'yes', qWeekly],
  ['probe_after', 'Considering the label negative: the delay was never explained. Final label: negative.', SENT, 'negative', qSent],
  ['probe_after', 'Considering the label Sports and the label Business, I pick Business.', NEWS, 'Business', qNews],
  ['probe_after', 'Checking the label critical: checkout is down for everyone, so', URGENCY, null, undefined, 'length'],
  ['probe_after', 'Answer: critical\n\nChecking the label critical against high: checkout is down for', URGENCY, 'critical', undefined, 'length'],
  ['probe_after', 'True, the bridge opened in 1932, but the claim says 1933: REFUTES.', FEVER, 'REFUTES'],
  ['probe_after', 'Pro-union workers would love it, but this tweet is against.', STANCE, 'against'],
  ['probe_after', 'The pros and cons are balanced; no stance.', STANCE, 'none'],
  ['probe_after', 'Breach of duty is an element of negligence, so negligence.', TORTS, 'negligence'],
  ['probe_after', 'IP', CLAUSE12, 'intellectual_property'],
  ['probe_after', 'It assigns IP to the company, so assignment.', CLAUSE12, 'assignment'],
  ['probe_after', 'Όχι θετικό, αρνητικό.', SENT, 'negative'],
  ['probe_after', 'No positivo, negativo.', SENT, 'negative'],
  ['probe_after', 'Nicht positiv, negativ.', SENT, 'negative'],
  ['probe_after', 'It is not hearsay: it is offered to show notice.', YN, 'No', 'Is the statement "Watch that step, it\'s loose" hearsay when offered to show Tom was warned?'],
  ['probe_after', 'Not hearsay — it shows what Alice knew.', YN, 'No', 'Is there hearsay? Bob testifies that the mechanic told Alice, \'Your brakes are shot.\''],
  // long replies as hosted and reasoning models write them, written before the extractor read them
  ['probe_long', '## Analysis\n\n**Step 1 – What the claim says.** The bridge opened in 1932.\n\n**Step 2 – What the evidence says.** It was opened to traffic on 19 March 1932.\n\n**Step 3 – Verdict.** The evidence confirms the date.\n\n**Label: SUPPORTS**', FEVER, 'SUPPORTS', qFever],
  ['probe_long', 'Let me think about each label.\n\n- **SUPPORTS**: the evidence would need to mention sales of the second novel. It does not.\n- **REFUTES**: nothing contradicts the claim either.\n- **NOT ENOUGH INFO**: the evidence is about a different book.\n\nSo the answer is NOT ENOUGH INFO.', FEVER, 'NOT ENOUGH INFO'],
  ['probe_long', 'Considering the label favor: the tweet praises commuting-free days? No — it mocks the pay. Considering the label against: it calls the idea unsustainable. Considering the label none: it clearly takes a side.\n\nStance: against', STANCE, 'against', qStance],
  ['probe_long', 'Looking at the label billing question first, the customer mentions a charge, but the real request is to regain access. The label account access describes that best, though technical problem is also plausible.', INTENT, null, qLogin],
  ['probe_long', 'This is tricky. The first half of the review is positive ("great location"), the second half negative ("rude staff"). Overall I\'d say negative, because the complaint is what the reviewer ends on — though I can see an argument for neutral.', SENT, 'negative'],
  ['probe_long', 'Answer: no\n\nExplanation: the trial found no difference in HbA1c beyond the margin, so weekly dosing is non-inferior.\n\n(Correction: that means the answer is yes.)', PQA, 'yes', qWeekly],
  ['probe_long', 'The clause is about who owns the inventions. Assignment is tempting because of "hereby assigns", but the subject is intellectual property ownership. Label: intellectual_property.', CLAUSE12, 'intellectual_property'],
  ['probe_long', 'Trespass to land requires entry onto land; here the neighbour only made noise, so trespass doesn\'t fit. Nuisance fits better: a continuous, unreasonable interference with the use of land.', TORTS, 'private_nuisance'],
  ['probe_long', 'I\'m not able to give legal advice, but purely as a classification exercise: defamation.', TORTS, 'defamation'],
  ['probe_long', 'The message mentions the account being locked (account access) and a charge (billing question). I can\'t tell which the customer cares about more.', INTENT, null, qLogin],
  ['probe_long', '{"label": "against", "confidence": 0.82, "rationale": "mocks the pay arrangement"}', STANCE, 'against', qStance],
  ['probe_long', '<think>The claim says 1932 and the evidence says 19 March 1932, so it is supported.</think>\n\nSUPPORTS', FEVER, 'SUPPORTS', qFever],
  ['probe_long', '<think>Could be REFUTES if the year were different, but it matches. So SUPPORTS.', FEVER, null, qFever, 'length'],
  ['probe_long', 'Considering the label REFUTES: the years differ by one, which would refute the claim if the evidence said 1931, but', FEVER, null, qFever, 'length'],
  // a verdict of fit after the label, written while fixing "Nuisance fits better"
  ['fits_after', 'Neutral fits better than positive here.', SENT, 'neutral'],
  ['fits_after', 'Positive or neutral? Neutral is the better fit.', SENT, 'neutral'],
  ['fits_after', 'Neither positive nor negative fits best; I can\'t tell.', SENT, null],
  ['fits_after', 'If the tone were sarcastic, negative would fit better. It isn\'t, so positive.', SENT, 'positive'],
  ['fits_after', 'Negative fits best, though neutral fits better for the first line.', SENT, 'negative'],
  // a fourth set, near-misses of the new synonyms and cues, written before the extractor read them
  ['probe_r4', 'The IP address logged was from another country, but the clause itself restricts disclosure: confidentiality.', CLAUSE12, 'confidentiality'],
  ['probe_r4', 'It licenses the IP; it doesn\'t transfer it. Not assignment.', CLAUSE12, null],
  ['probe_r4', 'True or false? The evidence doesn\'t say.', FEVER, null, qFever],
  ['probe_r4', 'The claim is true.', FEVER, 'SUPPORTS', qFever],
  ['probe_r4', 'Pour le travail à distance : dafür.', STANCE, 'favor'],
  ['probe_r4', 'Contra la semana de cuatro días.', STANCE, 'against', qStance],
  ['probe_r4', 'The answer negative would ignore the praise in the first line; the answer is neutral.', SENT, 'neutral'],
  ['probe_r4', 'The label REFUTES applies only if the dates differ. They don\'t.', FEVER, null, qFever],
  ['probe_r4', 'Breach of contract or negligence — the facts fit both.', TORTS, null],
  ['probe_r4', 'Slander would need a spoken statement; this was printed, so libel — defamation.', TORTS, 'defamation'],
  ['probe_r4', 'NEI? No — the evidence gives the exact date: SUPPORTS.', FEVER, 'SUPPORTS', qFever],
  ['probe_r4', 'It belongs under billing question or account access; I can\'t tell which.', INTENT, null, qLogin],
];

export const LABEL_RULES_B14: LabelCase[] = ROWS.map(([cls, reply, labels, want, input, finish]) => ({ cls: `r14:${cls}`, reply, labels, want, input, ...(finish ? { finish } : {}) }));
