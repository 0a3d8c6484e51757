/**
 * Label probes of our own written after batch 10's fix round, each labelled before the extractor
 * read it, in the styles a new blind batch brings and over label sets the rules were not built on
 * (intents, urgency levels, toxicity, emotions, stances, spam / ham): markdown, JSON and tables,
 * template debris, echoed few-shot turns, loops cut by the token limit, long answers that weigh
 * labels. Each row: [class, reply, labels, what a careful reader takes (or null), the item's text, finish].
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
];

export const LABEL_PROBES_R10: LabelCase[] = ROWS.map(([cls, reply, labels, want, input, finish]) => ({ cls: `p10:${cls}`, reply, labels, want, input, ...(finish ? { finish } : {}) }));
