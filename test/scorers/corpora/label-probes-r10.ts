/**
 * Label probes of our own written after batch 10's fix round, each labelled before the extractor
 * read it, in the styles a new blind batch brings and over label sets the rules were not built on
 * (intents, urgency levels, toxicity, emotions, stances, spam / ham): markdown, JSON and tables,
 * template debris, echoed few-shot turns, loops cut by the token limit, long answers that weigh
 * labels. One probe is left out, unread, as no rule of the round reads it: "The user wants a refund." for
 * refund_request (a label named by one of its words in prose, as reasoning also names them).
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text, finish].
 */
import type { LabelCase } from './label-corpus.js';

type Row = [string, string, string[], string | null, string?, string?];

const INTENT = ['book_flight', 'cancel_booking', 'check_status', 'refund_request'];
const URGENCY = ['low', 'medium', 'high', 'critical'];
const TOX = ['toxic', 'non-toxic'];
const EMO = ['sadness', 'joy', 'love', 'anger', 'fear', 'surprise'];
const EKMAN = ['anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness', 'surprise'];
const STANCE = ['favor', 'against', 'none'];
const SPAM = ['spam', 'ham'];

const BANK = ['card_lost', 'transfer_money', 'balance_inquiry', 'dispute_charge', 'other'];
const PRIO = ['P1', 'P2', 'P3', 'P4'];
const LEVEL3 = ['low', 'moderate', 'high'];
const GO = ['admiration', 'amusement', 'anger', 'annoyance', 'gratitude', 'neutral'];
const TOX3 = ['non-toxic', 'toxic', 'severe_toxic'];
const PQA = ['yes', 'no', 'maybe'];
const YN = ['Yes', 'No'];
const NLI = ['entailment', 'neutral', 'contradiction'];
const qBank = 'Message: "my card got stolen at the airport, block it pls"\nIntent (card_lost, transfer_money, balance_inquiry, dispute_charge, other):';
const qBank2 = 'Message: "there is a 49.99 charge from a shop i never visited"\nIntent (card_lost, transfer_money, balance_inquiry, dispute_charge, other):';
const qBank3 = 'Message: "hi there!"\nIntent (card_lost, transfer_money, balance_inquiry, dispute_charge, other):';
const qBank4 = 'Message: "send 200 to my sister\'s account"\nIntent (card_lost, transfer_money, balance_inquiry, dispute_charge, other):';
const qBank5 = 'Message: "how much do i have left on checking?"\nIntent (card_lost, transfer_money, balance_inquiry, dispute_charge, other):';
const qPrio = 'Incident: "Search is slow (8 s) for all users; results still load."\nPriority (P1, P2, P3, P4):';
const qRisk = 'Patient: 52-year-old smoker, BMI 31, BP 150/95.\nCardiovascular risk (low, moderate, high):';
const qGo = 'Comment: "thank you so much, you are amazing at this"\nEmotion (admiration, amusement, anger, annoyance, gratitude, neutral):';
const qGo2 = 'Comment: "lmao that cat is unhinged"\nEmotion (admiration, amusement, anger, annoyance, gratitude, neutral):';
const qGo3 = 'Comment: "The store opens at 9."\nEmotion (admiration, amusement, anger, annoyance, gratitude, neutral):';
const qGo4 = 'Comment: "ugh, the bus is late AGAIN"\nEmotion (admiration, amusement, anger, annoyance, gratitude, neutral):';
const qTox3 = 'Comment: "people like you should be dealt with, you know where I live"\nToxicity (non-toxic, toxic, severe_toxic):';
const qPqa = 'Question: Does early tracheostomy reduce mortality in ventilated ICU patients?\nContext: In an RCT of 909 patients, 30-day mortality was 30.8% vs 31.5% (RR 1.01).\nAnswer yes, no, or maybe.';
const qHearsay = 'Is the following statement hearsay? A tenant testifies that the landlord told her "the stairs are broken" to show the landlord knew of the danger.';
const qNli = 'Premise: A man is sleeping on a bench.\nHypothesis: A man is playing guitar on stage.\nEntailment, neutral, or contradiction?';
const qLic = 'Clause: "Licensor grants Licensee a limited, revocable license to use the Software."\nDoes the clause grant a license? Answer Yes or No.';
const GO28 = ['admiration', 'amusement', 'anger', 'annoyance', 'approval', 'caring', 'confusion', 'curiosity', 'desire', 'disappointment', 'disapproval', 'disgust', 'embarrassment', 'excitement', 'fear', 'gratitude', 'grief', 'joy', 'love', 'nervousness', 'optimism', 'pride', 'realization', 'relief', 'remorse', 'sadness', 'surprise', 'neutral'];
const qGo5 = 'Comment: "my interview is in an hour and my hands will not stop shaking"\nEmotion (one of the 28 GoEmotions labels):';
const qGo6 = 'Comment: "studied for weeks and still got a C"\nEmotion (one of the 28 GoEmotions labels):';
const qGo7 = 'Comment: "next year is going to be our year, I can feel it"\nEmotion (one of the 28 GoEmotions labels):';
const qGo8 = 'Comment: "The meeting moved to 3pm on Thursday."\nEmotion (one of the 28 GoEmotions labels):';
const qGo9 = 'Comment: "wait, how does the tide actually work?"\nEmotion (one of the 28 GoEmotions labels):';
const qIntent = 'Utterance: "The airline cancelled my trip and I want my money back."\nIntent (book_flight, cancel_booking, check_status, refund_request):';
const qIntent2 = 'Utterance: "Please cancel my hotel booking for Friday."\nIntent (book_flight, cancel_booking, check_status, refund_request):';
const qUrg = 'Ticket: "Login fails for all users in the EU region since the 10:00 deploy; a workaround exists via the mobile app."\nUrgency (low, medium, high, critical):';
const qUrg2 = 'Ticket: "Typo on the About page: \'recieve\'."\nUrgency (low, medium, high, critical):';
const qTox = 'Comment: "Great job reading the article, genius. Maybe try it next time."\nToxic or non-toxic?';
const qEmo = 'Text: "they planned the whole party behind my back and i had NO idea"\nEmotion (sadness, joy, love, anger, fear, surprise):';
const qEkman = 'Text: "the smell in that fridge made me gag"\nEmotion (anger, disgust, fear, joy, neutral, sadness, surprise):';
const qStance = 'Tweet: "Finally, a city council that builds bike lanes instead of parking garages."\nStance toward the bike-lane plan (favor, against, none):';
const qSpam = 'Message: "Congratulations! You won a $500 gift card. Click here to claim: bit.ly/xyz"\nspam or ham?';
const qHam = 'Message: "Running 10 min late, order me a coffee?"\nspam or ham?';

const ROWS: Row[] = [
  ['intent', '**Intent:** `refund_request`\n\nThe user is asking for their money back after the airline cancelled.', INTENT, 'refund_request', qIntent],
  ['intent', 'The customer mentions a cancelled trip, but what they want is a refund → refund_request', INTENT, 'refund_request', qIntent],
  ['intent', 'cancel_booking', INTENT, 'cancel_booking', qIntent2],
  ['intent', 'Intent: refund request', INTENT, 'refund_request', qIntent],
  ['intent', 'This is a refund request.', INTENT, 'refund_request', qIntent],
  ['intent', '{"intent": "check_status", "confidence": 0.55}', INTENT, 'check_status', qIntent],
  ['intent', 'I think the user wants to check_status of their refund? Or maybe refund_request. Hard to say.', INTENT, null, qIntent],
  ['intent', '<|im_start|>assistant\nrefund_request<|im_end|>', INTENT, 'refund_request', qIntent],
  ['intent', 'The intent is book_fl', INTENT, null, qIntent, 'length'],
  ['intent', '## Analysis\nThe user mentions a cancellation (**cancel_booking**) but the request is for money.\n\n## Answer\n**refund_request**', INTENT, 'refund_request', qIntent],
  ['intent', 'The user wants to cancel their booking.', INTENT, 'cancel_booking', qIntent2],
  ['urgency', 'Priority: **Critical** 🔴 — every EU user is affected.', URGENCY, 'critical', qUrg],
  ['urgency', 'Severity: high (not critical, since a workaround exists).', URGENCY, 'high', qUrg],
  ['urgency', 'Critical? No — high. There\'s a workaround.', URGENCY, 'high', qUrg],
  ['urgency', 'I\'d rate this as high urgency.', URGENCY, 'high', qUrg],
  ['urgency', 'low', URGENCY, 'low', qUrg2],
  ['urgency', 'This is a low-priority cosmetic fix.', URGENCY, 'low', qUrg2],
  ['urgency', 'Urgency: medium-high', URGENCY, null, qUrg],
  ['urgency', 'Between medium and high; I\'d say high.', URGENCY, 'high', qUrg],
  ['urgency', 'It\'s not low.', URGENCY, null, qUrg],
  ['urgency', 'CRITICAL', URGENCY, 'critical', qUrg],
  ['urgency', 'The urgency level is High.', URGENCY, 'high', qUrg],
  ['urgency', 'high high high high high high', URGENCY, 'high', qUrg, 'length'],
  ['urgency', 'Answer: critical\n\nExplanation: all EU users are locked out of the web app.', URGENCY, 'critical', qUrg],
  ['urgency', 'This message is urgent.', URGENCY, null, qUrg],
  ['toxic', 'Non-toxic. Sarcastic, but no insult or slur.', TOX, 'non-toxic', qTox],
  ['toxic', 'Toxic — "genius" is used as an insult.', TOX, 'toxic', qTox],
  ['toxic', 'This comment is mildly toxic.', TOX, 'toxic', qTox],
  ['toxic', 'Label: toxic\nConfidence: low', TOX, 'toxic', qTox],
  ['toxic', 'I would not call this toxic; it is rude at most.', TOX, 'non-toxic', qTox],
  ['toxic', 'Is it toxic? Borderline. Leaning non-toxic.', TOX, 'non-toxic', qTox],
  ['toxic', 'toxic: no\nnon-toxic: yes', TOX, 'non-toxic', qTox],
  ['toxic', '{"toxic": 0.12, "non-toxic": 0.88}', TOX, 'non-toxic', qTox],
  ['toxic', '### Classification\n| Label | Score |\n|---|---|\n| toxic | 0.81 |\n| non-toxic | 0.19 |', TOX, 'toxic', qTox],
  ['toxic', 'Toxic: No', TOX, 'non-toxic', qTox],
  ['toxic', 'The comment is borderline; some would call it toxic, but I\'d label it non-toxic.', TOX, 'non-toxic', qTox],
  ['emotion', 'The dominant emotion is surprise, with some joy.', EMO, 'surprise', qEmo],
  ['emotion', 'Surprise (a happy surprise — the party was unexpected).', EMO, 'surprise', qEmo],
  ['emotion', 'joy/surprise', EMO, null, qEmo],
  ['emotion', 'Emotion: 😮 surprise', EMO, 'surprise', qEmo],
  ['emotion', 'Mostly joy.', EMO, 'joy', qEmo],
  ['emotion', 'It\'s a mix of surprise and joy, but surprise dominates.', EMO, 'surprise', qEmo],
  ['emotion', 'disgust', EKMAN, 'disgust', qEkman],
  ['emotion', 'Anger? No. Sadness? No. Surprise — yes.', EMO, 'surprise', qEmo],
  ['emotion', 'Not anger.', EMO, null, qEmo],
  ['emotion', 'The writer sounds happy and surprised.', EMO, null, qEmo],
  ['emotion', 'A: surprise\n\nQ: "i lost my keys again"\nA:', EMO, 'surprise', qEmo],
  ['emotion', 'Output: disgust', EKMAN, 'disgust', qEkman],
  ['emotion', 'LABEL_2', EMO, null, qEmo],
  ['emotion', 'I cannot classify the emotions of real people.', EMO, null, qEmo],
  ['emotion', 'Sentiment: Positive\nEmotion: joy', EMO, 'joy', qEmo],
  ['stance', 'FAVOR', STANCE, 'favor', qStance],
  ['stance', 'The tweet supports the plan → favor.', STANCE, 'favor', qStance],
  ['stance', 'The author is against parking garages, and for the plan: favor.', STANCE, 'favor', qStance],
  ['stance', 'Stance: none — the tweet does not mention the plan.', STANCE, 'none', qStance],
  ['stance', 'None of the labels fit perfectly; I\'d go with favor.', STANCE, 'favor', qStance],
  ['spam', 'ham', SPAM, 'ham', qHam],
  ['spam', 'This is spam: it asks you to click a link to claim a prize.', SPAM, 'spam', qSpam],
  ['spam', 'Not spam.', SPAM, 'ham', qHam],
  ['spam', 'Spam or ham? Definitely spam.', SPAM, 'spam', qSpam],
  ['spam', 'spam\nham', SPAM, null, qSpam],
  // a second set, written once the first set's rules were in: banking intents, priorities, risk levels, GoEmotions labels,
  // three-level toxicity, and PubMedQA / LegalBench / NLI as long hosted-model answers and run-ons
  ['intent', '### Reasoning\nThe customer says their card was stolen at the airport and wants it blocked.\n\n### Intent\ncard_lost', BANK, 'card_lost', qBank],
  ['intent', 'card_lost (the user reports a stolen card; blocking it is the standard flow)', BANK, 'card_lost', qBank],
  ['intent', 'The user wants to dispute a charge they don\'t recognise, so dispute_charge rather than balance_inquiry.', BANK, 'dispute_charge', qBank2],
  ['intent', 'other', BANK, 'other', qBank3],
  ['intent', 'Intent: Other — the message is a greeting.', BANK, 'other', qBank3],
  ['intent', 'transfer money', BANK, 'transfer_money', qBank4],
  ['intent', 'This could be card_lost or dispute_charge depending on whether the card is still in their possession.', BANK, null, qBank2],
  ['intent', '1. card_lost\n2. dispute_charge', BANK, null, qBank2],
  ['intent', 'I\'m not able to determine the intent from such a short message.', BANK, null, qBank3],
  ['intent', 'Sure! Here\'s the classification:\n\n- **Intent:** balance_inquiry\n- **Confidence:** 92%', BANK, 'balance_inquiry', qBank5],
  ['intent', 'balance_inquiry<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nWhat about: \'lost my card\'?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\ncard_lost', BANK, 'balance_inquiry', qBank5],
  ['intent', 'Answer: transfer_money\n\n\n\nAnswer: transfer_money\n\n\n\nAnswer: trans', BANK, 'transfer_money', qBank4, 'length'],
  ['intent', 'The intent is dispute_charge. Wait — they actually just want to know their balance. balance_inquiry.', BANK, 'balance_inquiry', qBank5],
  ['intent', 'The user is asking about balance inquiry procedures, not making one. Other.', BANK, 'other', qBank3],
  ['priority', 'P1', PRIO, 'P1', qPrio],
  ['priority', 'Priority: P2 — degraded but not down.', PRIO, 'P2', qPrio],
  ['priority', 'P1 or P2; I\'d go P2 given the workaround.', PRIO, 'P2', qPrio],
  ['priority', 'This is a P3.', PRIO, 'P3', qPrio],
  ['level', 'Severity: moderate', LEVEL3, 'moderate', qRisk],
  ['level', 'Risk level — HIGH.', LEVEL3, 'high', qRisk],
  ['level', 'Not high, not low: moderate.', LEVEL3, 'moderate', qRisk],
  ['level', 'moderate to high', LEVEL3, null, qRisk],
  ['level', 'The risk is low to moderate.', LEVEL3, null, qRisk],
  ['goemotions', 'admiration', GO, 'admiration', qGo],
  ['goemotions', 'The comment expresses gratitude ("thank you so much") with some admiration.', GO, 'gratitude', qGo],
  ['goemotions', 'Amusement 😂', GO, 'amusement', qGo2],
  ['goemotions', 'Neutral — it just states a fact.', GO, 'neutral', qGo3],
  ['goemotions', 'annoyance, bordering on anger', GO, 'annoyance', qGo4],
  ['goemotions', 'Primary: anger\nSecondary: annoyance', GO, 'anger', qGo4],
  ['goemotions', '{"labels": ["gratitude", "admiration"]}', GO, null, qGo],
  ['goemotions', '{"emotion": "amusement", "intensity": "high"}', GO, 'amusement', qGo2],
  ['toxicity3', 'severe_toxic', TOX3, 'severe_toxic', qTox3],
  ['toxicity3', 'Toxic, but not severe.', TOX3, 'toxic', qTox3],
  ['toxicity3', 'Severely toxic: it contains a threat.', TOX3, 'severe_toxic', qTox3],
  ['toxicity3', 'non-toxic', TOX3, 'non-toxic', qTox3],
  ['pubmedqa', '**Answer: No**\n\nThe RCT found no difference in mortality (RR 1.01). While a subgroup showed benefit, this was not prespecified.', PQA, 'no', qPqa],
  ['pubmedqa', 'Based on the abstract, the answer is **maybe**. The association was significant in unadjusted analysis but disappeared after adjustment.', PQA, 'maybe', qPqa],
  ['pubmedqa', 'Yes — although the effect size is modest. The trial was adequately powered.', PQA, 'yes', qPqa],
  ['pubmedqa', 'The final answer is yes.\n\nNote: some readers may argue for maybe given the single-centre design.', PQA, 'yes', qPqa],
  ['pubmedqa', 'No. (Some might say maybe.)', PQA, 'no', qPqa],
  ['pubmedqa', 'yes\n\nQuestion: Does coffee cause cancer?\nAnswer: no', PQA, 'yes', qPqa],
  ['pubmedqa', 'Answer: maybe\nAnswer: maybe', PQA, 'maybe', qPqa],
  ['pubmedqa', 'Answer: yes\nAnswer: no', PQA, null, qPqa],
  ['legal', 'No. Is it offered to prove the truth of the matter asserted? It is offered to show notice, so it is not hearsay. No.', YN, 'No', qHearsay],
  ['legal', 'Yes, the clause grants a license, although a limited one.', YN, 'Yes', qLic],
  ['legal', 'Under Delaware law yes, under New York law no.', YN, null, qLic],
  ['nli', 'Entailment.\n\nPremise: A man plays guitar on stage.\nHypothesis: A man performs music.', NLI, 'entailment', qNli],
  ['nli', 'The premise does not mention the weather, so we cannot tell: neutral.', NLI, 'neutral', qNli],
  ['nli', 'contradiction (the man cannot be both sleeping and playing)', NLI, 'contradiction', qNli],
  ['nli', 'It\'s either neutral or contradiction; the premise is unclear about timing.', NLI, null, qNli],
  // a third set, written once the second set's rules were in: long reasoning that weighs labels before its answer,
  // and small models' replies (template debris, loops, hedges in brackets)
  ['long', 'Let\'s analyse the text. The writer mentions a party they didn\'t know about — that\'s the unexpected element, which points to surprise. There\'s also happiness in the tone (joy). However, the core of the message is the shock of not knowing.\n\n**Emotion: surprise**', EMO, 'surprise', qEmo],
  ['long', 'Step 1: scope — all EU users. Step 2: workaround — yes, the mobile app. Step 3: business impact — significant but not total.\n\nGiven the workaround, this is not critical. I\'d classify it as **high**.', URGENCY, 'high', qUrg],
  ['long', 'The comment uses sarcasm ("genius") to belittle the reader. Sarcasm alone isn\'t necessarily toxic, but combined with the condescending "Maybe try it next time", it crosses into a personal attack. Classification: toxic.', TOX, 'toxic', qTox],
  ['long', 'Analysis:\n- Insults: none explicit\n- Threats: none\n- Profanity: none\n- Sarcasm: yes\n\nSarcasm without insults or threats is generally considered non-toxic under most moderation guidelines.', TOX, 'non-toxic', qTox],
  ['long', 'The message "send 200 to my sister\'s account" is a clear request to move money. There is no mention of a lost card or a disputed charge. Intent → transfer_money', BANK, 'transfer_money', qBank4],
  ['long', 'Hmm, "there is a 49.99 charge from a shop i never visited" — could the card have been stolen? Possibly, which would make it card_lost. But the user only asks about the charge, so the primary intent is dispute_charge.', BANK, 'dispute_charge', qBank2],
  ['long', 'The tweet says "Finally, a city council that builds bike lanes instead of parking garages." The word "finally" expresses relief and approval. The author is clearly in favor of the plan.\n\nStance: favor', STANCE, 'favor', qStance],
  ['long', 'Search latency of 8 s for all users is a significant degradation. However, the service still works. P1 is reserved for outages. So P2.', PRIO, 'P2', qPrio],
  ['long', 'With smoking, obesity and hypertension, this patient has several risk factors. On a standard calculator the 10-year risk would likely exceed 20%, which is high.', LEVEL3, 'high', qRisk],
  ['long', 'The comment "ugh, the bus is late AGAIN" expresses frustration. Among the options, annoyance fits better than anger because the intensity is mild.', GO, 'annoyance', qGo4],
  ['long', 'Is it anger? Not really — too mild. Annoyance? Yes.', GO, 'annoyance', qGo4],
  ['long', 'This message has the hallmarks of a phishing scam: urgency, a prize, and a shortened link. spam.', SPAM, 'spam', qSpam],
  ['long', 'Looks like a normal message between friends. ham', SPAM, 'ham', qHam],
  ['long', 'Gagging at a smell is a textbook disgust reaction. Not fear, not anger.', EKMAN, 'disgust', qEkman],
  ['long', 'The premise says the man is sleeping on a bench. The hypothesis says he is playing guitar on stage. A person cannot sleep on a bench and play on stage at once. Therefore, the hypothesis contradicts the premise.', NLI, 'contradiction', qNli],
  ['long', 'The trial was large and randomized. Mortality was 30.8% vs 31.5%, RR 1.01 — essentially identical. There is no evidence that early tracheostomy reduces mortality. Answer: no.', PQA, 'no', qPqa],
  ['long', 'While the trial shows no mortality benefit, it was powered for a 10% absolute difference; smaller effects can\'t be excluded. I\'d still answer no, since the question is about this evidence.', PQA, 'no', qPqa],
  ['long', 'Honestly this is a maybe-leaning-no.', PQA, null, qPqa],
  ['long', 'The landlord\'s statement is offered to prove notice, not the truth of the matter (that the stairs were broken). Statements offered for their effect on the listener are not hearsay. So the answer is No.', YN, 'No', qHearsay],
  ['small', 'toxic\n\n### Instruction:\nClassify the following comment as toxic or non-toxic.', TOX, 'toxic', qTox],
  ['small', 'high</s>', URGENCY, 'high', qUrg],
  ['small', 'Emotion: surprise\nEmotion: surprise\nEmotion: surpr', EMO, 'surprise', qEmo, 'length'],
  ['small', 'dispute_charge dispute_charge dispute_charge', BANK, 'dispute_charge', qBank2, 'length'],
  ['small', 'The intent of this message is: card_lost or dispute_charge', BANK, null, qBank2],
  ['small', 'It is more than toxic — it is a threat, so severe_toxic.', TOX3, 'severe_toxic', qTox3],
  ['small', 'toxic (possibly severe_toxic)', TOX3, null, qTox3],
  ['small', 'neutral?', GO, null, qGo3],
  ['small', 'I\'d say joy... no wait, surprise.', EMO, 'surprise', qEmo],
  ['small', 'Surprise, definitely not sadness.', EMO, 'surprise', qEmo],
  ['small', 'against? no. favor.', STANCE, 'favor', qStance],
  ['small', 'Risk: low (if we ignore smoking) / high (if we count it)', LEVEL3, null, qRisk],
  ['small', 'P2/P3', PRIO, null, qPrio],
  ['small', 'Priority P2', PRIO, 'P2', qPrio],
  ['small', 'other (greeting)', BANK, 'other', qBank3],
  ['small', 'None of the listed intents apply; the message is just a greeting.', BANK, null, qBank3],
  ['small', 'Check status', INTENT, 'check_status', 'Utterance: "where is my refund? it has been 2 weeks"\nIntent (book_flight, cancel_booking, check_status, refund_request):'],
  ['small', 'refund_request\n\nExplanation: The user explicitly says "I want my money back".', INTENT, 'refund_request', qIntent],
  // a fourth set: labels said in other words and languages, answers in the question's words
  ['words', 'Refund.', INTENT, 'refund_request', qIntent],
  ['words', 'Urgent — needs a fix today.', URGENCY, null, qUrg],
  ['words', 'It can wait until next sprint.', URGENCY, null, qUrg2],
  ['words', 'HIGH PRIORITY', URGENCY, 'high', qUrg],
  ['words', 'critical!!!', URGENCY, 'critical', qUrg],
  ['words', 'Urgency level: 3/4 (high)', URGENCY, 'high', qUrg],
  ['words', 'medium, leaning high', URGENCY, 'medium', qUrg],
  ['words', 'Offensive.', TOX, 'toxic', qTox],
  ['words', 'Not offensive, just blunt.', TOX, 'non-toxic', qTox],
  ['words', 'The comment is rude but not toxic.', TOX, 'non-toxic', qTox],
  ['words', 'The speaker is thrilled and stunned at once. Surprise.', EMO, 'surprise', qEmo],
  ['words', 'This reads as surprise mixed with a bit of joy; surprise is the label.', EMO, 'surprise', qEmo],
  ['words', 'Sadness? The tone is delighted, not sad. I\'d go with joy.', EMO, 'joy', qEmo],
  ['words', '😮', EMO, null, qEmo],
  ['words', 'Shocked.', EMO, 'surprise', qEmo],
  ['words', 'The predominant emotion here is surprise, although there is an undertone of joy.', EMO, 'surprise', qEmo],
  ['words', 'joy or surprise? The text is about not knowing, so surprise.', EMO, 'surprise', qEmo],
  ['languages', 'Emoción: sorpresa', EMO, 'surprise', qEmo],
  ['languages', 'Tóxico.', TOX, 'toxic', qTox],
  ['languages', 'Nicht toxisch.', TOX, 'non-toxic', qTox],
  ['languages', 'Intención: refund_request', INTENT, 'refund_request', qIntent],
  ['question_words', 'Early tracheostomy does not reduce mortality in ventilated ICU patients.', PQA, 'no', qPqa],
  ['question_words', 'Early tracheostomy in ventilated ICU patients does not reduce mortality.', PQA, 'no', qPqa],
  ['stance', 'In favour.', STANCE, 'favor', qStance],
  ['stance', 'The author opposes parking garages and favors the plan.', STANCE, 'favor', qStance],
  ['stance', 'Neither for nor against: none.', STANCE, 'none', qStance],
  ['spam', 'ham (a friend asking for coffee)', SPAM, 'ham', qHam],
  ['spam', 'SPAM!!!', SPAM, 'spam', qSpam],
  ['spam', 'spam? no. ham.', SPAM, 'ham', qHam],
  // a fifth set: reasoning that weighs labels, changes its mind, or leaves the choice open
  ['reasoning', 'The ticket mentions a workaround, which usually lowers severity to high. But re-reading it, the workaround only helps mobile users, and most EU traffic is on the web. That changes things: I\'d now call it critical.', URGENCY, 'critical', qUrg],
  ['reasoning', 'My first instinct was "cancel_booking" because the trip was cancelled, but the user isn\'t asking us to cancel anything — the airline already did. They want money back. refund_request.', INTENT, 'refund_request', qIntent],
  ['reasoning', 'The question offers toxic or non-toxic. The comment is sarcastic and belittling ("genius"), aimed at a person. Most guidelines treat targeted belittling as toxic. Final: toxic.', TOX, 'toxic', qTox],
  ['reasoning', 'Options: favor, against, none. The tweet praises the council for building bike lanes, so the author supports the plan. favor', STANCE, 'favor', qStance],
  ['reasoning', 'Could this be joy? Partly — a party is a happy event. Could it be surprise? Definitely — "i had NO idea". The question asks for the main emotion, and the capitals stress the surprise. Surprise.', EMO, 'surprise', qEmo],
  ['reasoning', 'I considered high (all EU users affected) and critical (login is a core flow). Since a workaround exists I\'m going with high, but it\'s close.', URGENCY, 'high', qUrg],
  ['reasoning', 'Arguments for toxic: sarcasm, "genius". Arguments for non-toxic: no slur, no threat, no profanity. On balance I lean toxic, but reasonable moderators would disagree, so I won\'t commit.', TOX, null, qTox],
  ['reasoning', 'The user could be asking to check_status (where is my money?) or making a refund_request. Without more context I can\'t tell which.', INTENT, null, qIntent],
  ['reasoning', 'Trial: RR 1.01 for mortality, so no effect. Answer: no. (If the question were about ventilator days, the answer would be yes.)', PQA, 'no', qPqa],
  ['reasoning', 'The premise (a man sleeping on a bench) and the hypothesis (a man playing guitar on stage) describe incompatible activities at the same time, assuming it is the same man. Under the usual SNLI convention that the two sentences describe the same scene, that\'s contradiction.', NLI, 'contradiction', qNli],
  ['reasoning', 'Spam markers: prize, urgency, shortened link, no sender context. Ham markers: none. → spam', SPAM, 'spam', qSpam],
  ['reasoning', 'Emotion analysis:\n- joy: present (party)\n- surprise: dominant ("NO idea")\n- sadness: absent\n\nLabel: surprise', EMO, 'surprise', qEmo],
  ['reasoning', 'Severity matrix: impact = high, urgency = high → priority high. Not critical because revenue is unaffected.', URGENCY, 'high', qUrg],
  ['reasoning', 'At first glance, low — it\'s just a typo. However, typos on the About page are cosmetic, and cosmetic issues are always low. So: low.', URGENCY, 'low', qUrg2],
  ['reasoning', 'The answer depends on whether the workaround is acceptable to customers: if yes, high; if not, critical.', URGENCY, null, qUrg],
  // a sixth set: the 28 GoEmotions labels and urgency said in words
  ['goemotions28', 'nervousness', GO28, 'nervousness', qGo5],
  ['goemotions28', 'The writer sounds nervous about the interview.', GO28, 'nervousness', qGo5],
  ['goemotions28', 'Emotion: disappointment (the result fell short of what they hoped).', GO28, 'disappointment', qGo6],
  ['goemotions28', 'Disappointed, maybe a little sad — I\'d say disappointment.', GO28, 'disappointment', qGo6],
  ['goemotions28', 'Either nervousness or fear; the text does not say how strong the worry is.', GO28, null, qGo5],
  ['goemotions28', 'optimism 🙂', GO28, 'optimism', qGo7],
  ['goemotions28', 'Labels: optimism, excitement', GO28, null, qGo7],
  ['goemotions28', 'Top-3: optimism (0.61), excitement (0.22), joy (0.09)', GO28, 'optimism', qGo7],
  ['goemotions28', 'neutral — no emotion is expressed, it is a schedule.', GO28, 'neutral', qGo8],
  ['goemotions28', 'curiosity? The writer asks a question, so yes: curiosity.', GO28, 'curiosity', qGo9],
  ['urgency_words', 'High priority — but not an emergency.', URGENCY, 'high', qUrg],
  ['urgency_words', 'Low urgency; it\'s cosmetic.', URGENCY, 'low', qUrg2],
  ['urgency_words', 'I\'d put it at medium, possibly high if more regions are hit.', URGENCY, null, qUrg],
  ['urgency_words', 'critical → no\nhigh → yes\nmedium → no\nlow → no', URGENCY, 'high', qUrg],
  ['urgency_words', '{"urgency": "HIGH", "reason": "EU-wide login failure with workaround"}', URGENCY, 'high', qUrg],
  ['urgency_words', '{"urgency": "high", "alternative": "critical"}', URGENCY, 'high', qUrg],
  ['urgency_words', 'Medium.\n\nActually no — every EU user is locked out. High.', URGENCY, 'high', qUrg],
  ['urgency_words', 'Medium.\nHigh.', URGENCY, null, qUrg],
  // a seventh set: denials, hedges and asides around an answer
  ['edges', 'I wouldn\'t label this critical; high is more accurate.', URGENCY, 'high', qUrg],
  ['edges', 'Not critical. Not low either. Somewhere between medium and high.', URGENCY, null, qUrg],
  ['edges', 'The label "toxic" is tempting but wrong here: non-toxic.', TOX, 'non-toxic', qTox],
  ['edges', 'If I had to choose: surprise.', EMO, 'surprise', qEmo],
  ['edges', 'surprise\n\n(joy would also be acceptable)', EMO, null, qEmo],
  ['edges', 'Intent: refund_request (confidence: high)', INTENT, 'refund_request', qIntent],
  ['edges', 'refund_request, not cancel_booking', INTENT, 'refund_request', qIntent],
  ['edges', 'It is neither book_flight nor check_status; the user wants their money, so refund_request.', INTENT, 'refund_request', qIntent],
  ['edges', 'Toxicity: none', TOX, 'non-toxic', qTox],
  ['edges', 'favor (weakly)', STANCE, 'favor', qStance],
  ['edges', 'Stance: against? No — favor.', STANCE, 'favor', qStance],
  ['edges', 'ham, obviously', SPAM, 'ham', qHam],
];

export const LABEL_PROBES_R10: LabelCase[] = ROWS.map(([cls, reply, labels, want, input, finish]) => ({ cls: `p10:${cls}`, reply, labels, want, input, ...(finish ? { finish } : {}) }));
