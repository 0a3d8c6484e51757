/**
 * Label replies of our own for the rules batch 11's fix round added (none copied from batch 11),
 * written over many label sets — PubMedQA, LegalBench yes/no, clause types with underscores,
 * sentiment, NLI, urgency, emotions, news topics, toxicity — before the extractor read them: two
 * explicit answers that disagree with reasoning between them and no word that withdraws the first
 * ("Label: positive … so the label is negative"), while a correction ("Wait", "Actually", "On
 * reflection") keeps the later one; per-label rows whose one verdict for is a superlative ("most
 * appropriate", "best supported") among verdicts against; a label given by contrast with a denied
 * one, where the denial's noun only shares the denied label's stem ("…, not competition" is no
 * non_compete); "the best fit is X" after a list of candidates; a yes/no question's adjective
 * before a preposition the reader had not split at ("is not necessary after …", "safe during …");
 * and near-relatives of the classes last round's evidence names (a hedge with or without a lean, a
 * final cue followed by a discussion of another label, a loop of one label cut by the token limit).
 * Each class has rows that must NOT commit.
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text, finish].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, SENT, NLI, TOX, EMO, NEWS, TRI } from './label-sets.js';

type Row = [string, string, string[], string | null, string?, string?];

const CLAUSE12 = ['indemnification', 'limitation_of_liability', 'termination', 'confidentiality', 'governing_law', 'dispute_resolution', 'assignment', 'force_majeure', 'non_compete', 'payment_terms', 'warranty', 'intellectual_property'];
const URGENCY = ['low', 'medium', 'high', 'critical'];

const qAbx = 'Question: Is prophylactic antibiotic therapy necessary after tooth extraction in healthy adults?\nContext: In a trial of 480 healthy adults, infection rates after extraction were 2.1% with amoxicillin and 2.3% with placebo.';
const qMob = 'Question: Is early mobilisation safe during the first week following spinal fusion?\nContext: In 312 patients mobilised within 48 hours, complication rates matched those of historical controls.';
const qLac = 'Question: Is serum lactate useful before discharge from the emergency department?\nContext: Lactate measured at discharge did not predict 72-hour return visits (AUC 0.52).';
const qStat = 'Question: Do statins reduce stroke recurrence?\nContext: A randomized trial of 4,731 patients found fewer recurrent strokes with atorvastatin (HR 0.84).';
const qHear = 'Is there hearsay? A witness testifies that the defendant told her, "I was at home all night."';
const qNli = 'Premise: A woman is reading a newspaper on a train.\nHypothesis: The woman is travelling.\nEntailment, neutral, or contradiction?';
const qSent = 'Review: "The battery died after a week and support never answered."';
const qTicket = 'Ticket: Checkout fails for every customer since the 9:00 deploy.\nUrgency (low, medium, high, critical):';
const qClause = 'Classify the clause.\nClause: Recipient shall hold all Confidential Information in strict confidence and shall not disclose it to any third party.';

const ROWS: Row[] = [
  // two explicit answers that disagree, reasoning between them, no word that withdraws the first: no answer
  ['disagree_reasoned', 'Label: positive\n\nThe reviewer says the battery died after a week and support never answered, so the label is negative.', SENT, null, qSent],
  ['disagree_reasoned', 'Answer: yes\n\nThe trial was small and the confidence interval crosses one; therefore the answer is maybe.', PQA, null, qStat],
  ['disagree_reasoned', 'Classification: termination. The clause forbids disclosure to third parties, so the classification is confidentiality.', CLAUSE12, null, qClause],
  ['disagree_reasoned', 'The answer is contradiction.\n\nA woman reading on a train is on a journey, so the answer is entailment.', NLI, null, qNli],
  ['disagree_reasoned', 'Urgency: low\n\nThe whole checkout is down for every customer, which makes the urgency critical.', URGENCY, null, qTicket],
  ['disagree_reasoned', 'Answer: No\n\nThe statement is offered to prove she was at home, so the answer is Yes.', YN, null, qHear],
  // … and where a word withdraws the first, or both agree: the later one
  ['disagree_reasoned', 'Answer: yes\n\nWait — the trial\'s interval crosses one, so the answer is maybe.', PQA, 'maybe', qStat],
  ['disagree_reasoned', 'Label: positive\n\nActually, a battery that died in a week is a complaint, so the label is negative.', SENT, 'negative', qSent],
  ['disagree_reasoned', 'Answer: maybe\n\nOn reflection, a randomized trial with HR 0.84 is decisive: the answer is yes.', PQA, 'yes', qStat],
  ['disagree_reasoned', 'Answer: yes\n\nThe trial found fewer recurrent strokes, so the answer is yes.', PQA, 'yes', qStat],
  ['disagree_reasoned', 'At first glance this looks neutral, but being on a train means travelling, so the answer is entailment.', NLI, 'entailment', qNli],
  ['disagree_reasoned', 'Urgency: high\n\nHmm, no — every customer is blocked. Urgency: critical.', URGENCY, 'critical', qTicket],
  ['disagree_reasoned', 'Respuesta: sí\n\nEl ensayo mostró menos recurrencias, así que la respuesta es no.', PQA, null, qStat],
  ['disagree_reasoned', 'Réponse : non\n\nL\'essai montre moins de récidives, donc la réponse est oui.', PQA, null, qStat],
  ['disagree_reasoned', 'Antwort: nein\n\nDie Studie zeigt weniger Rückfälle, daher lautet die Antwort ja.', PQA, null, qStat],
  ['disagree_reasoned', 'Respuesta: no\n\nEspera, el ensayo mostró menos recurrencias, así que la respuesta es sí.', PQA, 'yes', qStat],
  ['disagree_reasoned', 'First sentence: positive\nSecond sentence: negative\nSo overall: negative', SENT, 'negative', qSent],
  ['disagree_reasoned', 'Food: positive\nService: negative\nSo the review is negative overall.', SENT, 'negative'],
  ['disagree_reasoned', 'Answer: no\n\nThe trial found no difference, so the effect is not significant.', PQA, 'no', qStat],
  ['disagree_reasoned', 'Yes.\n\nShe repeats the defendant\'s own words to prove he was at home, so the answer is Yes.', YN, 'Yes', qHear],
  ['disagree_reasoned', 'Answer: maybe\n\nThe cohorts say yes and the trial says no, so the answer is maybe.', PQA, 'maybe', qStat],
  // per-label rows: one superlative verdict for, the rest against
  ['superlative_rows', '- positive — no, nothing is praised\n- negative — most appropriate, both complaints are serious\n- neutral — no', SENT, 'negative', qSent],
  ['superlative_rows', '- entailment — best supported: a train journey is travel\n- neutral — unlikely\n- contradiction — ruled out', NLI, 'entailment', qNli],
  ['superlative_rows', 'low — unlikely\nmedium — unlikely\nhigh — understated\ncritical — most accurate, nobody can pay', URGENCY, 'critical', qTicket],
  ['superlative_rows', 'toxic — implausible\nnon-toxic — most fitting', TOX, 'non-toxic'],
  ['superlative_rows', 'yes — weakly supported\nno — weakly supported\nmaybe — also plausible', PQA, null, qStat],
  ['superlative_rows', 'yes — most trials agree, but the largest does not\nno — possible\nmaybe — possible', PQA, null, qStat],
  ['superlative_rows', 'positive — most consistent\nnegative — most consistent\nneutral — no', SENT, null, qSent],
  // a label given by contrast with a denied one; a denied noun that only shares a label's stem names none
  ['contrast_denied', 'This isn\'t a limitation_of_liability clause, it\'s an indemnification clause: it shifts third-party losses, not caps on damages.', CLAUSE12, 'indemnification'],
  ['contrast_denied', 'Not non_compete — confidentiality. The clause limits disclosure, not competition.', CLAUSE12, 'confidentiality', qClause],
  ['contrast_denied', 'It is a confidentiality clause; it says nothing about non-competition.', CLAUSE12, 'confidentiality', qClause],
  ['contrast_denied', 'The restriction is on competing, not on disclosure: non_compete.', CLAUSE12, 'non_compete'],
  ['contrast_denied', 'Not a non-compete; it\'s payment_terms — the clause sets when invoices are due.', CLAUSE12, 'payment_terms'],
  ['contrast_denied', 'Governing law, not dispute resolution: it picks New York law but says nothing about arbitration or courts.', CLAUSE12, 'governing_law'],
  ['contrast_denied', 'It\'s not about competition at all: confidentiality.', CLAUSE12, 'confidentiality', qClause],
  ['contrast_denied', 'This isn\'t a non_compete clause, and it isn\'t a confidentiality clause either.', CLAUSE12, null, qClause],
  ['contrast_denied', 'Not confidentiality and not non_compete.', CLAUSE12, null, qClause],
  ['contrast_denied', 'The clause bars disclosure, not competition.', CLAUSE12, null, qClause],
  // "the best fit is X" after a list of candidates
  ['best_fit_after_list', 'Candidates: termination, assignment, force_majeure. The best fit is force_majeure — it excuses performance during events beyond a party\'s control.', CLAUSE12, 'force_majeure'],
  ['best_fit_after_list', 'Of joy, surprise and love, the closest match is surprise.', EMO, 'surprise'],
  ['best_fit_after_list', 'Between neutral and entailment, the better fit is entailment: reading on a train means travelling.', NLI, 'entailment', qNli],
  ['best_fit_after_list', 'Possible labels here are high and critical; the most fitting is critical because every customer is affected.', URGENCY, 'critical', qTicket],
  ['best_fit_after_list', 'World or Business? The best fit is Business.', NEWS, 'Business'],
  ['best_fit_after_list', 'Among termination, assignment and force_majeure, none is a clear best fit.', CLAUSE12, null],
  ['best_fit_after_list', 'The best fit is either warranty or indemnification.', CLAUSE12, null],
  ['best_fit_after_list', 'Termination and assignment are both good fits.', CLAUSE12, null],
  ['best_fit_after_list', 'Which is the best fit — warranty or indemnification? I can\'t tell without the full clause.', CLAUSE12, null],
  // the question's adjective before a preposition the predicate had not been split at ("necessary after …")
  ['predicate_preposition', 'Prophylactic antibiotic therapy is not necessary after a simple extraction in healthy adults.', PQA, 'no', qAbx],
  ['predicate_preposition', 'In healthy adults, antibiotic prophylaxis is unnecessary after tooth extraction.', PQA, 'no', qAbx],
  ['predicate_preposition', 'Early mobilisation is safe during the first week, with no excess of complications.', PQA, 'yes', qMob],
  ['predicate_preposition', 'Serum lactate is not useful before discharge; it did not predict return visits.', PQA, 'no', qLac],
  ['predicate_preposition', 'Whether antibiotic therapy is necessary after extraction depends on the patient\'s immune status.', PQA, null, qAbx],
  ['predicate_preposition', 'The question is whether early mobilisation is safe during the first week; the cohort is too small to say.', PQA, null, qMob],
  ['predicate_preposition', 'Necessary after extraction? Only if the patient is immunocompromised, which the context does not say.', PQA, null, qAbx],
  ['predicate_preposition', 'You asked if serum lactate is useful before discharge from the emergency department.', PQA, null, qLac],
  ['predicate_preposition', 'Many clinicians assume antibiotics are necessary after extraction, but this trial found no benefit, so no.', PQA, 'no', qAbx],
  // a hedge between two labels: a lean word decides, nothing else does
  ['hedge_lean', 'Could be neutral or negative; I\'d lean negative.', SENT, 'negative', qSent],
  ['hedge_lean', 'Could be neutral or negative.', SENT, null, qSent],
  ['hedge_lean', 'High or critical — I\'d go with critical, since nobody can pay.', URGENCY, 'critical', qTicket],
  ['hedge_lean', 'Either high or critical, depending on how many customers are affected.', URGENCY, null, qTicket],
  ['hedge_lean', 'Sadness or fear, hard to say which.', EMO, null],
  // a final cue, then a discussion of another label: the cue stands
  ['cue_then_other', 'Answer: negative. Someone might read "never answered" as neutral reporting, but it is a complaint.', SENT, 'negative', qSent],
  ['cue_then_other', 'Label: Business. Sports fans will care too, since a club is being sold, but the story is about the sale.', NEWS, 'Business'],
  ['cue_then_other', 'Final answer: entailment. Neutral would apply only if the train were parked.', NLI, 'entailment', qNli],
  // a loop of one label cut by the token limit
  ['loop_cut', 'maybe\nmaybe\nmaybe\nmaybe\nmay', PQA, 'maybe', qStat, 'length'],
  ['loop_cut', 'Answer: yes\nAnswer: yes\nAnswer: yes\nAnswer: ye', PQA, 'yes', qStat, 'length'],
  ['loop_cut', 'yes no yes no yes no ye', PQA, null, qStat, 'length'],
  // near-misses of the disagreeing-answers rule, written once it was in, before the extractor read them
  ['probe_after', 'Answer: yes\n\nHowever, the confidence interval crosses one, so the answer is maybe.', PQA, null, qStat],
  ['probe_after', 'Sentiment: positive\n\nOn closer reading the praise is sarcastic, so the sentiment is negative.', SENT, 'negative', qSent],
  ['probe_after', 'Label: neutral\n\nI misjudged the tone: the last line is a complaint, so the label is negative.', SENT, 'negative', qSent],
  ['probe_after', 'Answer: no.\nConfidence: low.\nReasoning: one trial is null and two are positive, so the answer is maybe.', PQA, null, qStat],
  ['probe_after', 'Yes, the trial was well designed. The effect was not significant, so the answer is no.', PQA, 'no', qStat],
  ['probe_after', 'Yes, I can help with that. The trial found no effect, so the answer is no.', PQA, 'no', qStat],
  ['probe_after', 'Answer: positive\nThe reviewer loves the screen; the battery complaint is minor, so overall the label is positive.', SENT, 'positive', qSent],
  ['probe_after', 'positive ✓ (partly)\nnegative ✓\nneutral ✗', SENT, null, qSent],
  ['probe_after', 'negative negative negative negative neg', SENT, 'negative', qSent, 'length'],
  // a second set of probes over the classes last round's evidence names, written before the extractor read them
  ['probe_classes', 'Sentiment: negative\nSentiment: positive', SENT, null, qSent],
  ['probe_classes', '**Answer:** entailment\n\n**Final answer:** neutral', NLI, 'neutral', qNli],
  ['probe_classes', 'The label is toxic. The label is non-toxic.', TOX, null],
  ['probe_classes', 'I think it\'s joy. Actually, I think it\'s surprise.', EMO, 'surprise'],
  ['probe_classes', 'Priority: high\n\nThe outage only affects one internal dashboard.\n\nPriority: low', URGENCY, null],
  ['probe_classes', 'Yes.\n\nAlthough the trial was small, the effect was large. Maybe.', PQA, null, qStat],
  ['probe_classes', 'Réponse : positif\n\nEn fait, le client se plaint. Réponse : négatif', SENT, 'negative', qSent],
  ['probe_classes', 'Antwort: ja\n\nMoment, die Studie war negativ. Antwort: nein', PQA, 'no', qStat],
  ['probe_classes', 'Label: Business\nHmm.\nLabel: Sports', NEWS, null],
  ['probe_classes', 'Either anger or fear; I\'d lean anger.', EMO, 'anger'],
  ['probe_classes', 'Anger or fear.', EMO, null],
  ['probe_classes', 'high or critical, leaning critical', URGENCY, 'critical', qTicket],
  ['probe_classes', 'Could be World, could be Business.', NEWS, null],
  ['probe_classes', 'Sí o quizás; me inclino por sí.', PQA, 'yes', qStat],
  ['probe_classes', 'Label: contradiction. One might argue neutral, since the premise doesn\'t say where she is going, but a train is travel either way.', NLI, 'contradiction', qNli],
  ['probe_classes', 'Final answer: maybe. A "yes" would need the larger trial to be positive too.', PQA, 'maybe', qStat],
  ['probe_classes', 'Urgency: medium. It isn\'t critical because a workaround exists, and it isn\'t low because customers notice.', URGENCY, 'medium'],
  ['probe_classes', 'Answer: World. Business readers will care about the oil price, though.', NEWS, 'World'],
  ['probe_classes', '| Label | Fits? |\n|---|---|\n| positive | no |\n| negative | yes |\n| neutral | no |', SENT, 'negative', qSent],
  ['probe_classes', '✗ entailment\n✓ neutral\n✗ contradiction', NLI, 'neutral', qNli],
  ['probe_classes', 'toxic: 0.62\nnon-toxic: 0.38', TOX, 'toxic'],
  ['probe_classes', 'yes ✓\nno ✓\nmaybe ✗', PQA, null, qStat],
  ['probe_classes', 'Neutral. Neutral. Neutral. Neutral. Neut', SENT, 'neutral', qSent, 'length'],
  ['probe_classes', 'Answer: critical Answer: critical Answer: crit', URGENCY, 'critical', qTicket, 'length'],
  ['probe_classes', 'positive negative positive negative posi', SENT, null, qSent, 'length'],
  ['probe_classes', 'It\'s not a termination clause; it\'s assignment.', CLAUSE12, 'assignment'],
  ['probe_classes', 'Rather than limitation_of_liability, this is indemnification.', CLAUSE12, 'indemnification'],
  ['probe_classes', 'not force_majeure but termination', CLAUSE12, 'termination'],
  ['probe_classes', 'Dispute resolution? No — governing law only; there is no arbitration.', CLAUSE12, 'governing_law'],
  ['probe_classes', 'No non_compete here; confidentiality.', CLAUSE12, 'confidentiality', qClause],
  ['probe_classes', 'The question asks whether antibiotics are necessary after extraction. Infection rates were equal, so no, they are not necessary.', PQA, 'no', qAbx],
  ['probe_classes', 'Antibiotics: necessary or not necessary? The data don\'t settle it.', PQA, null, qAbx],
  ['probe_classes', 'To restate: is there hearsay? Yes.', YN, 'Yes', qHear],
  // "actually" in other languages, written while fixing "En fait"
  ['probe_classes', 'Risposta: positivo\n\nIn realtà, il cliente si lamenta. Risposta: negativo', SENT, 'negative', qSent],
  ['probe_classes', 'Ответ: положительный\n\nНа самом деле клиент жалуется. Ответ: отрицательный', SENT, 'negative', qSent],
  ['probe_classes', '答案：积极\n\n其实顾客在抱怨。答案：消极', SENT, 'negative', qSent],
  ['probe_classes', 'Antwort: positiv\n\nEigentlich beschwert sich der Kunde. Antwort: negativ', SENT, 'negative', qSent],
  ['probe_classes', 'Neutral or positive, leaning positive.', SENT, 'positive', qSent],
  ['probe_classes', 'Neutral, leaning positive.', SENT, 'neutral', qSent],
  // a third set: withdrawals and concluded disagreements in more words and languages, written before the extractor read them
  ['probe_withdraw', 'Urgent: wait times in the ER are over four hours, and the patient is stable.', TRI, 'urgent'],
  ['probe_withdraw', 'Negative — wait staff were rude and the food was cold.', SENT, 'negative', qSent],
  ['probe_withdraw', 'Positive... wait, no, negative: the praise is sarcastic.', SENT, 'negative', qSent],
  ['probe_withdraw', 'Neutral. Momento de la verdad: el texto no expresa ninguna opinión.', SENT, 'neutral'],
  ['probe_withdraw', 'P2 — wait, P1: the whole site is down.', ['P1', 'P2', 'P3', 'P4'], 'P1'],
  ['probe_withdraw', 'toxic... hmm, wait. Probably just rude, so non-toxic? I\'m not sure.', TOX, null],
  ['probe_withdraw', 'Joy. Hold on — re-reading it, it\'s sarcasm. Anger.', EMO, 'anger'],
  ['probe_withdraw', 'Risposta: sì\n\nLo studio non mostra differenze, quindi la risposta è no.', PQA, null, qStat],
  ['probe_withdraw', 'Resposta: não\n\nO ensaio mostrou benefício, portanto a resposta é sim.', PQA, null, qStat],
  ['probe_withdraw', 'Ответ: да\n\nИсследование не показало эффекта, поэтому ответ — нет.', PQA, null, qStat],
  ['probe_withdraw', '答案：是\n\n研究没有发现差异，所以答案是否。', PQA, null, qStat],
  ['probe_withdraw', 'Risposta: no\n\nLo studio non mostra differenze, quindi la risposta è no.', PQA, 'no', qStat],
  ['probe_withdraw', 'Label: P3\n\nOnly one user is affected and there is a workaround, so P3 it is.', ['P1', 'P2', 'P3', 'P4'], 'P3'],
  ['probe_withdraw', 'Label: P3\n\nOnly one user is affected, so the priority is P4.', ['P1', 'P2', 'P3', 'P4'], null],
  // a Chinese answer cue with no colon, written while fixing "所以答案是否"
  ['probe_withdraw', '答案是否。', PQA, 'no', qStat],
  ['probe_withdraw', '研究没有发现差异，所以答案是否。', PQA, 'no', qStat],
  ['probe_withdraw', '所以答案是积极。', SENT, 'positive'],
  ['probe_withdraw', '我不确定是否有效。', PQA, null, qStat],
  ['probe_withdraw', '结论是不一致的，所以是可能。', PQA, 'maybe', qStat],
];

export const LABEL_RULES_B11: LabelCase[] = ROWS.map(([cls, reply, labels, want, input, finish]) => ({ cls: `r11:${cls}`, reply, labels, want, input, ...(finish ? { finish } : {}) }));
