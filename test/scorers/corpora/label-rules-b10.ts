/**
 * Label replies of our own for the rules batch 10's fix round added (none copied from batch 10),
 * written over many label sets — some none of the corpora held (urgency levels, intents, stances) —
 * before the extractor read them: stand-alone answers that disagree with no correction between them
 * ("yes\nmaybe", "high\ncritical") answer nothing; a reply that repeats one label until the token
 * limit cuts it still gives that label; a label only put in another's mouth after the answer ("One
 * could argue "maybe" because …") is no answer; hedges between labels anywhere ("either X or Y",
 * "both X and Y are defensible", "could be tagged as both", "I'll abstain"); structured payloads
 * (an array of one answer object, per-aspect fields with a null "final" or none); per-label verdict
 * lists with arrows ("- yes → supported"); synonyms a reader takes for the set at hand; answers in
 * the question's own words after its whole subject; replies that answer another question (the study's
 * design, advice on such clauses, the item's own text echoed). Each rule has rows that must NOT commit.
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text, finish].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, SENT, NLI, NEWS, TOX, EMO, CLAUSE } from './label-sets.js';

type Row = [string, string, string[], string | null, string?, string?];

const URGENCY = ['low', 'medium', 'high', 'critical'];
const INTENT = ['book_flight', 'cancel_booking', 'check_status', 'refund_request'];
const STANCE = ['favor', 'against', 'none'];
const UNC = ['yes', 'no', 'uncertain'];

const qAsp = 'Context: In 19,114 adults over 70, daily low-dose aspirin did not reduce first strokes over 4.7 years (HR 0.99).\nQuestion: Does daily aspirin in adults over 70 prevent first strokes?';
const qMob = 'Context: In a trial of 300 patients, walking on the day after hip surgery shortened length of stay by 1.2 days (p<0.01).\nQuestion: Does early mobilisation after hip surgery reduce length of stay?';
const qSmoke = 'Context: In a cohort of 40,000 adults, smokers had twice the rate of hip fracture after adjustment (HR 2.0, 95% CI 1.6–2.5).\nQuestion: Is smoking associated with hip fracture in adults?';
const qCoffee = 'Context: Across 12 cohorts, coffee intake was not associated with atrial fibrillation after adjustment (RR 1.01).\nQuestion: Is coffee intake associated with atrial fibrillation?';
const qYoga = 'Context: In a sham-controlled multicentre trial of 600 adults, yoga did not change back-pain scores at 12 weeks.\nQuestion: Does yoga reduce chronic back pain?';
const qPilot = 'Context: A pilot study (n=30) found a non-significant trend toward better sleep with melatonin (p=0.08).\nQuestion: Does melatonin improve sleep in shift workers?';
const qSent = 'Review: "The battery lasts all day, but the screen scratches easily."\nSentiment (positive, negative, neutral):';
const qSent2 = 'Review: "Cold food, rude waiter, never again."\nSentiment (positive, negative, neutral):';
const qNli = 'Premise: A woman is riding a bicycle down a hill.\nHypothesis: A woman is outdoors.\nEntailment, neutral, or contradiction?';
const qNli2 = 'Premise: The mayor said he would not run again.\nHypothesis: The mayor is leaving politics.\nEntailment, neutral, or contradiction?';
const qTox = 'Comment: "You clearly didn\'t read the article, genius."\nToxic or non-toxic?';
const qNews = 'Article: The club\'s new stadium will be financed by a $900 million bond sale.\nTopic (World, Sports, Business, Sci/Tech):';
const qEmo = 'Text: "they threw me a party and i had no idea!!"\nEmotion (sadness, joy, love, anger, fear, surprise):';
const qUrg = 'Ticket: "Checkout page returns error 500 for every customer since 09:00."\nUrgency (low, medium, high, critical):';
const qUrg2 = 'Ticket: "Could you add a dark mode to the settings page someday?"\nUrgency (low, medium, high, critical):';
const qIntent = 'Utterance: "I need my money back for the trip you cancelled."\nIntent (book_flight, cancel_booking, check_status, refund_request):';
const qStance = 'Tweet: "Bike lanes on Main Street? About time."\nStance toward the bike-lane plan (favor, against, none):';
const qClause = 'Classify the following contract clause into one of: indemnification, limitation of liability, termination, confidentiality, governing law, non-compete, warranty, assignment.\nClause: "Employee shall not, for twelve months after leaving, work for any competitor within fifty miles."';
const qLicense = 'Clause: "Each party shall keep the pricing terms of this Agreement in strict confidence."\nDoes the clause grant a license? Answer Yes or No.';
const qMarks = 'Clause: "Supplier hereby licenses the Marks to Distributor for use on product packaging."\nDoes the clause license the marks? Answer Yes or No.';
const clauseText = 'Each party shall keep the pricing terms of this Agreement in strict confidence.';

const ROWS: Row[] = [
  // stand-alone answers that disagree, no correction between them: no answer
  ['disagree', 'yes\nno', PQA, null, qPilot],
  ['disagree', 'Positive.\nNegative.', SENT, null, qSent],
  ['disagree', 'toxic\nnon-toxic', TOX, null, qTox],
  ['disagree', 'high\ncritical', URGENCY, null, qUrg],
  ['disagree', 'entailment\n\nneutral', NLI, null, qNli],
  ['disagree', 'Sports\nBusiness\n', NEWS, null, qNews],
  ['disagree', 'joy\nsurprise', EMO, null, qEmo],
  ['disagree', 'No\nYes', YN, null, qLicense],
  // … a correction or a re-confirmation settles them; the same label twice is one answer
  ['disagree', 'yes\nActually, no.', PQA, 'no', qYoga],
  ['disagree', 'Neutral.\nOn second thought: negative.', SENT, 'negative', qSent2],
  ['disagree', 'high\ncorrection: critical', URGENCY, 'critical', qUrg],
  ['disagree', 'neutral\npositive\nFinal answer: positive', SENT, 'positive', qSent],
  ['disagree', 'maybe\nmaybe.', PQA, 'maybe', qPilot],
  ['disagree', 'No.\nNo — the hazard ratio is 0.99.', PQA, 'no', qAsp],
  ['disagree', 'refund_request\nrefund_request', INTENT, 'refund_request', qIntent],
  // one label repeated until the token limit cut the reply: that label
  ['loop_cut', 'maybe maybe maybe maybe maybe maybe maybe mayb', PQA, 'maybe', qPilot, 'length'],
  ['loop_cut', 'toxic toxic toxic toxic toxic toxic toxic', TOX, 'toxic', qTox, 'length'],
  ['loop_cut', 'Business\nBusiness\nBusiness\nBusiness\nBusiness\nBusi', NEWS, 'Business', qNews, 'length'],
  ['loop_cut', 'critical, critical, critical, critical, critical, crit', URGENCY, 'critical', qUrg, 'length'],
  ['loop_cut', 'against against against against against against', STANCE, 'against', qStance, 'length'],
  ['loop_cut', 'yes no yes no yes no yes no yes no', PQA, null, qPilot, 'length'],
  ['loop_cut', 'positive negative positive negative positive negative', SENT, null, qSent, 'length'],
  ['loop_cut', 'joy joy joy — actually, reading it again, the feeling is sur', EMO, null, qEmo, 'length'],
  ['loop_cut', 'Business Business Business is what the headline suggests, but the body is about the team\'s', NEWS, null, qNews, 'length'],
  // a label only put in someone else's mouth after the answer: the answer stands
  ['counter_arg', 'no. One could argue "maybe" because only one dose was tested, but the trial answers the question as asked.', PQA, 'no', qAsp],
  ['counter_arg', 'Negative. Some might say "neutral", since nobody is insulted, but the tone is plainly unhappy.', SENT, 'negative', qSent2],
  ['counter_arg', 'Entailment. You could argue "neutral" if riding down a hill could happen indoors, but it can\'t.', NLI, 'entailment', qNli],
  ['counter_arg', 'medium — one might argue "high" because customers notice, but nothing is broken.', URGENCY, 'medium', qUrg2],
  ['counter_arg', 'Yes. A skeptic might say "maybe", given the single cohort, but the adjustment is thorough.', PQA, 'yes', qSmoke],
  ['counter_arg', 'One could argue "maybe", one could argue "no".', PQA, null, qPilot],
  ['counter_arg', 'One could argue "maybe" here.', PQA, null, qPilot],
  ['counter_arg', 'One could argue "maybe". I\'d go with no.', PQA, 'no', qAsp],
  // "I can't say yes or no, and I'm not sure "maybe" fits": a doubted label is not given, quoted or not
  ['doubted', 'I can\'t say yes or no, and I\'m not sure "maybe" fits either.', PQA, null, qPilot],
  ['doubted', 'I\'m not sure "neutral" is right.', SENT, null, qSent],
  ['doubted', 'Not sure "toxic" is the word; it is snide rather than abusive.', TOX, null, qTox],
  ['doubted', 'I doubt "critical" applies, but "high" also feels too strong.', URGENCY, null, qUrg],
  ['doubted', 'I was not sure at first, but the answer is "no".', PQA, 'no', qAsp],
  ['doubted', 'Not sure why anyone would hesitate: "low".', URGENCY, 'low', qUrg2],
  // … or rejected by what is said of it right after ('"high" feels too strong', "toxic is a stretch")
  ['doubted', '"Positive" doesn\'t fit; the customer is unhappy. Negative.', SENT, 'negative', qSent2],
  ['doubted', 'Toxic is a stretch — it is sarcastic, not abusive.', TOX, 'non-toxic', qTox],
  ['doubted', '"High" would be an overstatement; medium.', URGENCY, 'medium', qUrg2],
  ['doubted', 'Critical seems too strong to me.', URGENCY, null, qUrg],
  ['counter_arg', 'Some annotators might call it toxic, but it is non-toxic.', TOX, 'non-toxic', qTox],
  ['counter_arg', 'It could be argued that this is Business, but the article is about the club: Sports.', NEWS, 'Sports', qNews],
  ['counter_arg', 'One could argue it is neutral.', SENT, null, qSent],
  // hedges between labels, anywhere in the reply: no answer; a later cue or a denied list settles or hedges nothing
  ['hedge', 'The effect points to yes, but I\'d say it\'s either yes or maybe — hard to pick.', PQA, null, qPilot],
  ['hedge', 'Could be Sports or Business; the story is about a stadium. Hard to choose.', NEWS, null, qNews],
  ['hedge', 'Both entailment and neutral are defensible here.', NLI, null, qNli2],
  ['hedge', 'The core is a payment outage, so it is about revenue. I could see it labelled either high or critical.', URGENCY, null, qUrg],
  ['hedge', 'This could be tagged as both joy and surprise.', EMO, null, qEmo],
  ['hedge', 'Neither favor nor against fits, and calling it none ignores the "about time". I\'ll abstain.', STANCE, null, qStance],
  ['hedge', 'It leans toxic, but honestly it is a toss-up between toxic and non-toxic.', TOX, null, qTox],
  ['hedge', 'The customer wants money back, which is refund_request territory, though it could equally be read as cancel_booking or refund_request.', INTENT, null, qIntent],
  ['hedge', 'Not Sports or World — this is Business.', NEWS, 'Business', qNews],
  ['hedge', 'Either way, the answer is no.', PQA, 'no', qAsp],
  ['hedge', 'It\'s between yes and maybe; on balance, yes.', PQA, 'yes', qSmoke],
  ['hedge', 'Neither entailment nor contradiction: neutral.', NLI, 'neutral', qNli2],
  ['hedge', 'Sports or Business at first glance, but the article is about a bond sale, so Business.', NEWS, 'Business', qNews],
  ['hedge', 'refund_request. It is not a cancel_booking or check_status request: the trip is already cancelled.', INTENT, 'refund_request', qIntent],
  ['hedge', 'Answer: negative.\n\nOther labels considered: positive, neutral.', SENT, 'negative', qSent2],
  ['hedge', 'I would pass it as non-toxic.', TOX, 'non-toxic', qTox],
  ['hedge', 'Joy, or maybe surprise — I really can\'t pick.', EMO, null, qEmo],
  ['hedge', 'Positive or neutral. I\'ll pass.', SENT, null, qSent],
  ['hedge', 'Label: check_status, refund_request', INTENT, null, qIntent],
  // structured payloads: an array of one answer object; per-aspect fields that disagree, with a null final field or none, are no answer
  ['structured', '[{"id": "q-17", "prediction": "maybe", "why": "pilot study, p=0.08"}]', PQA, 'maybe', qPilot],
  ['structured', '[{"text_id": 7, "label": "toxic"}]', TOX, 'toxic', qTox],
  ['structured', '```json\n[{"utterance": 1, "intent": "refund_request"}]\n```', INTENT, 'refund_request', qIntent],
  ['structured', '[{"id": 1, "label": "positive"}, {"id": 2, "label": "negative"}]', SENT, null, qSent],
  ['structured', '{"battery": "positive", "screen": "negative", "final": null}', SENT, null, qSent],
  ['structured', '{"strict_reading": "neutral", "loose_reading": "entailment"}', NLI, null, qNli2],
  ['structured', '{"adults_70_79": "no", "adults_80_plus": "maybe", "overall": null}', PQA, null, qAsp],
  ['structured', '{"final": "negative", "aspects": {"battery": "positive", "screen": "negative"}}', SENT, 'negative', qSent],
  ['structured', '{"final": "high"}', URGENCY, 'high', qUrg],
  ['verdict_list', '- yes → supported\n- no → not supported\n- maybe → not needed; the trial is large', PQA, 'yes', qMob],
  ['verdict_list', 'positive -> no\nnegative -> yes\nneutral -> no', SENT, 'negative', qSent2],
  ['verdict_list', 'toxic → applies\nnon-toxic → does not apply', TOX, 'toxic', qTox],
  ['verdict_list', 'low → no\nmedium → no\nhigh → no\ncritical → yes (every checkout fails)', URGENCY, 'critical', qUrg],
  ['verdict_list', 'favor → supported by "about time"\nagainst → not supported\nnone → not supported', STANCE, 'favor', qStance],
  ['verdict_list', '- yes → supported\n- maybe → also supported\n- no → not supported', PQA, null, qPilot],
  ['verdict_list', '- yes → not supported\n- no → not supported\n- maybe → not supported', PQA, null, qPilot],
  ['verdict_list', 'book_flight → no\ncancel_booking → possible\nrefund_request → possible', INTENT, null, qIntent],
  ['structured', '{"food": "positive", "service": "positive"}', SENT, 'positive', qSent],
  ['structured', '{"overall": "mixed", "food": "positive", "service": "negative"}', SENT, null, qSent],
  ['structured', '{"conclusion": "", "subgroup": "yes"}', PQA, null, qPilot],
  ['verdict_list', 'yes → true\nno → false\nmaybe → false', PQA, 'yes', qSmoke],
  ['verdict_list', 'entailment -> holds\nneutral -> holds\ncontradiction -> no', NLI, null, qNli2],
  // synonyms a reader takes without hesitation for the set at hand (and only where the set has the label they name)
  ['synonym', 'Bad', SENT, 'negative', qSent2],
  ['synonym', 'Good.', SENT, 'positive', qSent],
  ['synonym', 'Good question — the sentiment is negative.', SENT, 'negative', qSent2],
  ['synonym', 'Bad.', TOX, null, qTox],
  ['synonym', 'So: possibly — the data are suggestive but not conclusive.', PQA, 'maybe', qPilot],
  ['synonym', 'Maybe: the trend is not conclusive and the study is small.', PQA, 'maybe', qPilot],
  ['synonym', 'Uncertain — hard to say from thirty patients.', UNC, 'uncertain', qPilot],
  ['synonym', 'Possibly.', SENT, null, qSent],
  ['synonym', 'Possibly yes, but I can\'t decide.', PQA, null, qPilot],
  ['synonym', 'Yes, the hypothesis follows: riding down a hill happens outdoors.', NLI, 'entailment', qNli],
  ['synonym', 'The hypothesis follows.', NLI, 'entailment', qNli],
  ['synonym', 'The hypothesis does not follow.', NLI, null, qNli2],
  ['synonym', 'Good question! The reviewer is unhappy: negative.', SENT, 'negative', qSent2],
  ['synonym', 'Bad service, good food — overall neutral.', SENT, 'neutral', qSent],
  ['synonym', 'Good and bad in equal measure.', SENT, null, qSent],
  ['synonym', 'Bad.', ['very negative', 'negative', 'neutral', 'positive', 'very positive'], 'negative', qSent2],
  ['synonym', 'The hypothesis follows only if the hill is outdoors, which the premise does not say.', NLI, null, qNli2],
  ['synonym', 'Does the hypothesis follow? Not quite: neutral.', NLI, 'neutral', qNli2],
  // answers in the question's own words after its whole subject, and a copula with an adverb ('is indeed associated')
  ['question_words', 'Daily aspirin in adults over 70 does not prevent first strokes, per this trial.', PQA, 'no', qAsp],
  ['question_words', 'Early mobilisation after hip surgery does reduce length of stay, by about a day.', PQA, 'yes', qMob],
  ['question_words', 'Yoga does not reduce chronic back pain in this trial.', PQA, 'no', qYoga],
  ['question_words', 'Smoking is indeed associated with hip fracture in adults, twofold after adjustment.', PQA, 'yes', qSmoke],
  ['question_words', 'Smoking is independently associated with hip fracture.', PQA, 'yes', qSmoke],
  ['question_words', 'Coffee intake is not significantly associated with atrial fibrillation.', PQA, 'no', qCoffee],
  ['question_words', 'Melatonin may improve sleep in shift workers, but this pilot cannot show it.', PQA, null, qPilot],
  ['question_words', 'Whether daily aspirin in adults over 70 prevents first strokes in women is not addressed.', PQA, null, qAsp],
  ['question_words', 'Early mobilisation after hip surgery reduces length of stay by a day.', PQA, 'yes', qMob],
  ['question_words', 'Daily aspirin in adults over 70 did not prevent first strokes here.', PQA, 'no', qAsp],
  ['question_words', 'Whether early mobilisation after hip surgery reduces length of stay in frail patients is unknown.', PQA, null, qMob],
  ['question_words', 'Early mobilisation after hip surgery might reduce length of stay.', PQA, null, qMob],
  ['question_words', 'Smoking is probably not associated with it once you adjust for alcohol, but here it was.', PQA, null, qSmoke],
  // replies that answer another question: the study's quality, advice on such clauses in general, the item's own text echoed
  ['other_question', 'Yes, this trial was well designed — sham-controlled, multicentre and adequately powered.', PQA, null, qYoga],
  ['other_question', 'Yes, the study was rigorous: randomised, blinded, large.', PQA, null, qAsp],
  ['other_question', 'No, the difference was not significant (HR 0.99).', PQA, 'no', qAsp],
  ['other_question', 'Yes, it does — walking on day one saved 1.2 days.', PQA, 'yes', qMob],
  ['other_question', 'Courts enforce non-compete clauses only when their scope and duration are reasonable; twelve months and fifty miles usually are.', CLAUSE, null, qClause],
  ['other_question', 'Assignment clauses and confidentiality clauses are both common in employment contracts; have a lawyer review this one.', CLAUSE, null, qClause],
  ['other_question', 'Non-compete. Such clauses are enforced only when reasonable in scope.', CLAUSE, 'non-compete', qClause],
  ['other_question', 'This is a non-compete clause.', CLAUSE, 'non-compete', qClause],
  ['other_question', clauseText, YN, null, qLicense],
  ['other_question', `"${clauseText}"`, YN, null, qLicense],
  ['other_question', `${clauseText}\nNo`, YN, 'No', qLicense],
  ['other_question', 'Supplier hereby licenses the Marks to Distributor for use on product packaging.', YN, null, qMarks],
  ['other_question', 'Clause: "Supplier hereby licenses the Marks to Distributor for use on product packaging."', YN, null, qMarks],
  ['other_question', 'Supplier hereby licenses the Marks to Distributor, so yes.', YN, 'Yes', qMarks],
  ['other_question', 'Yes, the study was well designed, and yoga did reduce pain scores modestly.', PQA, 'yes', qYoga],
  ['other_question', 'No, the trial was large enough to detect a modest effect and found none.', PQA, 'no', qYoga],
  ['other_question', 'Sports stories like this one are common in the business pages: Business.', NEWS, 'Business', qNews],
  // after the round's probes (label-probes-r10.ts): two labels joined by a hyphen are a range; a word bounded "at most" is
  // no answer; a sentence opening "Leaning" gives its label (not a lean beside another); of two labels, one denied alone leaves the other
  ['probe_rules', 'low-medium', URGENCY, null, qUrg2],
  ['probe_rules', 'Neutral-positive.', SENT, null, qSent],
  ['probe_rules', 'Urgency: medium - the fix can wait a day.', URGENCY, 'medium', qUrg2],
  ['probe_rules', 'Toxic? Insulting at worst.', TOX, null, qTox],
  ['probe_rules', 'Hard call. Leaning joy.', EMO, 'joy', qEmo],
  ['probe_rules', 'Neutral, leaning negative.', SENT, 'neutral', qSent],
  ['probe_rules', 'Not spam.', ['spam', 'ham'], 'ham', 'Message: "see you at 6?"\nspam or ham?'],
  ['probe_rules', 'Not ham — spam.', ['spam', 'ham'], 'spam', 'Message: "WIN a FREE cruise!!! reply YES"\nspam or ham?'],
  ['probe_rules', 'I can\'t say it\'s not spam.', ['spam', 'ham'], null, 'Message: "your parcel is waiting: pay 1.99 at dhl-track.biz"\nspam or ham?'],
  ['probe_rules', 'Not spam, I think, but hard to tell.', ['spam', 'ham'], null, 'Message: "your parcel is waiting: pay 1.99 at dhl-track.biz"\nspam or ham?'],
  ['probe_rules', 'Not sarcastic.', ['sarcastic', 'literal'], 'literal', 'Tweet: "Thanks for the help, really appreciate it."\nsarcastic or literal?'],
  ['probe_rules', 'Not favor.', STANCE, null, qStance],
  // the second probe set: the same answer key given twice with labels that disagree is no answer; "I'd go X" is a cue
  ['probe_rules', 'Answer: toxic\n\nAnswer: non-toxic', TOX, null, qTox],
  ['probe_rules', 'Label: refund_request\nLabel: cancel_booking', INTENT, null, qIntent],
  ['probe_rules', 'Answer: positive\nAnswer: positive', SENT, 'positive', qSent],
  ['probe_rules', 'Answer: neutral\nActually, wait.\nAnswer: negative', SENT, 'negative', qSent2],
  ['probe_rules', 'Label: high\nConfidence: low', URGENCY, 'high', qUrg],
  ['probe_rules', 'Answer: yes\nFinal answer: no', PQA, 'no', qAsp],
  ['probe_rules', 'I\'d go for joy.', EMO, 'joy', qEmo],
  ['probe_rules', 'I\'d go further: against, not none.', STANCE, 'against', qStance],
  // the third probe set: a hedge in brackets after a label ("toxic (possibly severe)"), two labels in one hyphenated word,
  // a condition in brackets after each of two labels
  ['probe_rules', 'joy (maybe surprise)', EMO, null, qEmo],
  ['probe_rules', 'non-toxic (perhaps toxic to some readers)', TOX, null, qTox],
  ['probe_rules', 'Anger (not sadness).', EMO, 'anger', qEmo],
  ['probe_rules', 'Honestly a yes-ish-maybe.', PQA, null, qPilot],
  ['probe_rules', 'A sports-business story.', NEWS, null, qNews],
  ['probe_rules', 'medium (if the mobile app also fails) / critical (if it doesn\'t)', URGENCY, null, qUrg],
  ['probe_rules', 'critical (every checkout fails)', URGENCY, 'critical', qUrg],
  ['probe_rules', 'Not entirely sarcastic.', ['sarcastic', 'literal'], null, 'Tweet: "Thanks for the help, really appreciate it."\nsarcastic or literal?'],
  ['probe_rules', 'It\'s not spam at all.', ['spam', 'ham'], 'ham', 'Message: "see you at 6?"\nspam or ham?'],
  ['probe_rules', 'Not spam?', ['spam', 'ham'], null, 'Message: "see you at 6?"\nspam or ham?'],
  ['other_question', 'Non-compete clauses like this one are rarely enforced for ten years.', CLAUSE, 'non-compete', qClause],
  // a reply that is labels and nothing else, two or more of them, is no answer (it looped or recited the set)
  ['probe_rules', 'yes no yes no yes no yes no', PQA, null, qPilot],
  ['probe_rules', 'positive, negative', SENT, null, qSent],
  ['probe_rules', 'high/critical', URGENCY, null, qUrg],
  ['probe_rules', 'no: no\nyes: yes\nmaybe: no', PQA, 'yes', qSmoke],
  ['probe_rules', 'On balance I lean favor, but I won\'t commit.', STANCE, null, qStance],
  ['probe_rules', 'Toxic or not? I decline to decide.', TOX, null, qTox],
  // the sixth probe set: in an object without an answer key, the field the item asks for ("Urgency (…):" → "urgency") answers
  ['structured', '{"emotion": "surprise", "secondary": "joy"}', EMO, 'surprise', qEmo],
  ['structured', '{"urgency": "critical", "alternative": "high"}', URGENCY, 'critical', qUrg],
  ['structured', '{"urgency": "unclear", "guess_a": "high", "guess_b": "critical"}', URGENCY, null, qUrg],
  ['structured', '{"tone": "angry", "stance": "against"}', STANCE, 'against', qStance],
  // the seventh probe set: another label allowed after the answer ("X would also be acceptable") leaves it open
  ['probe_rules', 'Business (Sci/Tech would also be acceptable).', NEWS, null, qNews],
  ['probe_rules', 'high — critical is equally defensible.', URGENCY, null, qUrg],
  ['probe_rules', 'favor; against would also be wrong.', STANCE, 'favor', qStance],
  ['probe_rules', 'Negative. Neutral is also possible but less likely.', SENT, null, qSent2],
];

export const LABEL_RULES_B10: LabelCase[] = ROWS.map(([cls, reply, labels, want, input, finish]) => ({ cls: `r10:${cls}`, reply, labels, want, input, ...(finish ? { finish } : {}) }));
