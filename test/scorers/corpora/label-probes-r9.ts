/**
 * Batch 9's round, probes of our own in the styles a new blind batch would bring (class `p9:`):
 * 120 label replies over the label sets the corpora held few of — sentiment (three labels, SST-2's
 * two, SST-5's five), emotions (six, and Ekman's seven with neutral), news topics, NLI, toxicity
 * (non-toxic and "not toxic"), PubMedQA and LegalBench yes/no — written as hosted chat models and
 * small local models answer (markdown and emoji, JSON with other keys, probability tables and
 * lists, template debris and invented next turns, other languages, classifier outputs, "LABEL_1"
 * only where the suite's aliases name it). Each was labelled as a careful reader takes it before
 * the extractor was run on it (label 2.25.0): 6 of 120 were misread then (5.0%), 3 of them false
 * commits ("positive — not "very positive"" read as very positive; "Primary emotion: anger.
 * Secondary: sadness." as sadness; "Some moderators would flag it as toxic, others wouldn't" as
 * toxic) and 3 left unread ("Disgusted 🤢", "No emotion is expressed", "neither confirms nor
 * denies" for neutral); the rules they prompted have rows of their own in label-rules-b9.ts.
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text, aliases].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, SENT, NLI, NEWS, TOX, EMO } from './label-sets.js';

type Row = [string, string, string[], string | null, string, Record<string, string[]>?];

const SST2 = ['positive', 'negative'];
const SST5 = ['very negative', 'negative', 'neutral', 'positive', 'very positive'];
const EKMAN = ['anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness', 'surprise'];
const TOX_NOT = ['toxic', 'not toxic'];
const SST2_IDS = { negative: ['LABEL_0'], positive: ['LABEL_1'] };

const qS1 = 'Review: "Battery lasts two days, screen is gorgeous. Only wish it came in blue."\nClassify the sentiment as positive, negative, or neutral.';
const qS2 = 'Tweet: "Flight delayed again. Third time this month. Thanks a lot @airline"\nSentiment?';
const qS3 = 'Review: "It arrived on Tuesday. The box contained the charger and a manual."\nSentiment (positive/negative/neutral):';
const qSST2 = 'Sentence: "a gorgeous, witty, seductive movie."\nIs the sentiment positive or negative?';
const qSST2b = 'Sentence: "the plot is nothing but a string of clichés."\nIs the sentiment positive or negative?';
const qSST5 = 'Review: "Not bad at all — a few slow scenes, but I left smiling."\nRate: very negative, negative, neutral, positive, very positive.';
const qE1 = 'Text: "i feel so alone since she moved away"\nEmotion (sadness, joy, love, anger, fear, surprise):';
const qE2 = 'Text: "i cant believe they actually gave me the job!!!"\nEmotion:';
const qE3 = 'Text: "im so furious at how they treated my mom at the clinic"\nEmotion:';
const qE7 = 'Utterance: "Ugh, there\'s hair in my soup."\nEmotion (anger, disgust, fear, joy, neutral, sadness, surprise):';
const qE7b = 'Utterance: "The meeting is at 3 pm in room 204."\nEmotion:';
const qN1 = 'Article: "NASA\'s Perseverance rover collected its tenth rock sample from the Jezero crater."\nTopic: World, Sports, Business, or Sci/Tech?';
const qN2 = 'Article: "Oil prices slid 3% as OPEC signalled higher output."\nTopic:';
const qN3 = 'Article: "Rebels seized the northern town after two days of fighting, officials said."\nTopic:';
const qN4 = 'Article: "The Yankees beat the Red Sox 5-3 behind a two-run homer in the ninth."\nTopic:';
const qNli1 = 'Premise: A dog is catching a frisbee in a park.\nHypothesis: An animal is outdoors.\nLabel (entailment, neutral, contradiction):';
const qNli2 = 'Premise: A woman is slicing tomatoes in a kitchen.\nHypothesis: The woman is a professional chef.\nLabel:';
const qNli3 = 'Premise: Two men are sitting on a bench reading newspapers.\nHypothesis: The men are playing football.\nLabel:';
const qT1 = 'Comment: "You\'re an idiot and everyone here knows it."\nIs this comment toxic or non-toxic?';
const qT2 = 'Comment: "I disagree — the data from 2019 shows the opposite trend."\nToxic or non-toxic?';
const qT3 = 'Comment: "Nice try, genius. Maybe read the article next time."\nToxic or non-toxic?';
const qP1 = 'Context: In 820 patients, early physiotherapy reduced ICU length of stay by 1.8 days (p=0.01).\nQuestion: Does early physiotherapy reduce ICU length of stay?\nAnswer yes, no, or maybe.';
const qP2 = 'Context: A pilot study of 40 patients found a non-significant trend toward lower pain scores with music therapy (p=0.09).\nQuestion: Does music therapy reduce postoperative pain?\nAnswer yes, no, or maybe.';
const qL1 = 'Clause: "Licensee may not sublicense any rights granted herein without Licensor\'s prior written consent."\nDoes the clause restrict sublicensing? Answer Yes or No.';
const qL2 = 'Clause: "This Agreement shall be governed by the laws of the State of Delaware."\nDoes the clause contain a non-compete obligation? Answer Yes or No.';

const ROWS: Row[] = [
  // sentiment, three labels
  ['sentiment', 'Sentiment: **Positive** 😊', SENT, 'positive', qS1],
  ['sentiment', '**Sentiment:** Positive\n\n**Reasoning:** The reviewer praises the battery and the screen; the wish for a blue version is a minor note, not a complaint.', SENT, 'positive', qS1],
  ['sentiment', '```json\n{"sentiment": "negative", "confidence": 0.93, "sarcasm": true}\n```', SENT, 'negative', qS2],
  ['sentiment', '{"text": "Flight delayed again. Third time this month.", "label": "NEGATIVE", "score": 0.9987}', SENT, 'negative', qS2],
  ['sentiment', 'Negative (sarcastic "thanks a lot").', SENT, 'negative', qS2],
  ['sentiment', '| Label | Probability |\n|---|---|\n| positive | 0.04 |\n| negative | 0.91 |\n| neutral | 0.05 |', SENT, 'negative', qS2],
  ['sentiment', 'neutral<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nNext review: "Terrible."<|eot_id|>', SENT, 'neutral', qS3],
  ['sentiment', 'The review is purely factual: it states when the item arrived and what was in the box, with no evaluative language. Neutral.', SENT, 'neutral', qS3],
  ['sentiment', 'Sentimiento: neutral. La reseña solo describe hechos.', SENT, 'neutral', qS3],
  ['sentiment', 'The sentiment is mixed — positive about the screen and battery, slightly negative about the colour options. Overall: positive.', SENT, 'positive', qS1],
  ['sentiment', 'It\'s hard to say without more context; the tweet could be sincere or sarcastic.', SENT, null, qS2],
  ['sentiment', 'Positive or negative? Honestly it reads as negative, given "again" and "third time".', SENT, 'negative', qS2],
  ['sentiment', 'I am unable to determine sentiment for this text.', SENT, null, qS2],
  ['sentiment', 'Not negative — the customer sounds happy overall. Positive.', SENT, 'positive', qS1],
  ['sentiment', 'Sentiment Analysis:\n- Positive indicators: "gorgeous", "lasts two days"\n- Negative indicators: none\n- Final: Positive', SENT, 'positive', qS1],
  ['sentiment', 'positive\n\nReview: "The zipper broke on day one."\nSentiment: negative', SENT, 'positive', qS1],
  ['sentiment', 'NEUTRAL', SENT, 'neutral', qS3],
  ['sentiment', 'Sentiment → neutral (0.71), positive (0.22), negative (0.07)', SENT, 'neutral', qS3],
  ['sentiment', '情感：积极', SENT, 'positive', qS1],
  ['sentiment', 'Тональность: негативная', SENT, 'negative', qS2],
  // SST-2's two labels, with and without the suite naming a classifier's ids
  ['sst2', 'LABEL_1', SST2, 'positive', qSST2, SST2_IDS],
  ['sst2', 'LABEL_0', SST2, 'negative', qSST2b, SST2_IDS],
  ['sst2', 'LABEL_1', SST2, null, qSST2],
  ['sst2', '[{"label": "POSITIVE", "score": 0.9998}]', SST2, 'positive', qSST2],
  ['sst2', 'pos', SST2, 'positive', qSST2],
  ['sst2', 'Negative. "Nothing but a string of clichés" is dismissive.', SST2, 'negative', qSST2b],
  ['sst2', 'The sentence is negative in tone; there is nothing positive about calling a plot clichéd.', SST2, 'negative', qSST2b],
  ['sst2', 'Positive sentiment.\n\nExplanation: gorgeous, witty and seductive are all strongly favourable adjectives.', SST2, 'positive', qSST2],
  ['sst2', 'positive</s>', SST2, 'positive', qSST2],
  // SST-5's five labels, two of which hold another
  ['sst5', 'positive', SST5, 'positive', qSST5],
  ['sst5', 'Very positive!', SST5, 'very positive', qSST5],
  ['sst5', 'I\'d rate it **positive** — not "very positive", since the reviewer mentions slow scenes.', SST5, 'positive', qSST5],
  ['sst5', 'Somewhere between neutral and positive; I\'ll go with positive.', SST5, 'positive', qSST5],
  ['sst5', 'Rating: 4/5 (positive)', SST5, 'positive', qSST5],
  ['sst5', 'Between positive and very positive.', SST5, null, qSST5],
  // emotions, six labels
  ['emotion', 'sadness', EMO, 'sadness', qE1],
  ['emotion', 'Emotion: **Sadness** 😢\n\nThe speaker expresses loneliness after a friend moved away.', EMO, 'sadness', qE1],
  ['emotion', '{"emotion": "joy", "intensity": "high"}', EMO, 'joy', qE2],
  ['emotion', 'surprise, joy', EMO, null, qE2],
  ['emotion', 'The dominant emotion is joy, with an element of surprise ("cant believe").', EMO, 'joy', qE2],
  ['emotion', 'Surprise! The "cant believe" signals astonishment at getting the job.', EMO, 'surprise', qE2],
  ['emotion', 'anger', EMO, 'anger', qE3],
  ['emotion', 'Primary emotion: anger. Secondary: sadness.', EMO, 'anger', qE3],
  ['emotion', 'Label: fear', EMO, 'fear', qE3],
  ['emotion', 'Loneliness → sadness', EMO, 'sadness', qE1],
  ['emotion', 'The text expresses frustration and outrage, i.e. anger.', EMO, 'anger', qE3],
  ['emotion', 'I feel the emotion is love? No — it\'s sadness.', EMO, 'sadness', qE1],
  ['emotion', 'Emotion probabilities: sadness 0.81, fear 0.09, anger 0.05, joy 0.02, love 0.02, surprise 0.01', EMO, 'sadness', qE1],
  // Ekman's six and neutral
  ['ekman', 'disgust', EKMAN, 'disgust', qE7],
  ['ekman', 'Disgusted 🤢', EKMAN, 'disgust', qE7],
  ['ekman', 'neutral', EKMAN, 'neutral', qE7b],
  ['ekman', 'Neutral — it\'s a plain statement of logistics.', EKMAN, 'neutral', qE7b],
  ['ekman', 'No emotion is expressed; it\'s informational.', EKMAN, 'neutral', qE7b],
  ['ekman', 'Emotion: anger/disgust', EKMAN, null, qE7],
  ['ekman', '😖 Disgust.', EKMAN, 'disgust', qE7],
  ['ekman', 'anger<|im_end|>\n<|im_start|>user\nUtterance: "I love this song!"<|im_end|>', EKMAN, 'anger', qE7],
  // news topics
  ['topic', 'Sci/Tech', NEWS, 'Sci/Tech', qN1],
  ['topic', 'Science and Technology', NEWS, 'Sci/Tech', qN1],
  ['topic', 'Category: **Science & Technology** 🚀', NEWS, 'Sci/Tech', qN1],
  ['topic', 'This is a space-exploration story, so the topic is Sci/Tech.', NEWS, 'Sci/Tech', qN1],
  ['topic', 'Business', NEWS, 'Business', qN2],
  ['topic', 'Topic: Business (energy markets)', NEWS, 'Business', qN2],
  ['topic', 'World — it\'s about commodity prices, but OPEC is an international body... actually, Business.', NEWS, 'Business', qN2],
  ['topic', 'Economy / Business', NEWS, 'Business', qN2],
  ['topic', 'World', NEWS, 'World', qN3],
  ['topic', 'World News', NEWS, 'World', qN3],
  ['topic', 'Politics / international conflict → World', NEWS, 'World', qN3],
  ['topic', 'Sports', NEWS, 'Sports', qN4],
  ['topic', 'sport', NEWS, 'Sports', qN4],
  ['topic', '{"category": "Sports", "subcategory": "Baseball"}', NEWS, 'Sports', qN4],
  ['topic', 'Topic: Sports. (Not Business, even though the Yankees are a franchise.)', NEWS, 'Sports', qN4],
  ['topic', 'World or Business — the article is about oil markets and OPEC policy.', NEWS, null, qN2],
  ['topic', '3', NEWS, null, qN4],
  ['topic', 'Sci-Tech', NEWS, 'Sci/Tech', qN1],
  ['topic', 'Technology', NEWS, 'Sci/Tech', qN1],
  ['topic', 'Thème : Sport', NEWS, 'Sports', qN4],
  ['topic', 'カテゴリ：科学技術', NEWS, 'Sci/Tech', qN1],
  // NLI
  ['nli', 'entailment', NLI, 'entailment', qNli1],
  ['nli', '**Label:** Entailment\n\nA dog is an animal and a park is outdoors, so the hypothesis follows.', NLI, 'entailment', qNli1],
  ['nli', 'Neutral. The premise doesn\'t say whether she is a professional.', NLI, 'neutral', qNli2],
  ['nli', 'contradiction', NLI, 'contradiction', qNli3],
  ['nli', '{"relation": "contradiction", "explanation": "Sitting and reading is incompatible with playing football."}', NLI, 'contradiction', qNli3],
  ['nli', 'The hypothesis cannot be inferred from the premise: neutral.', NLI, 'neutral', qNli2],
  ['nli', 'ENTAILMENT (0.97)', NLI, 'entailment', qNli1],
  ['nli', 'Label: neutral\n\nPremise: A child is swimming.\nHypothesis: The child is wet.\nLabel: entailment', NLI, 'neutral', qNli2],
  ['nli', 'It\'s not a contradiction, and the premise does not guarantee it either, so neutral.', NLI, 'neutral', qNli2],
  ['nli', 'Contradicts.', NLI, 'contradiction', qNli3],
  ['nli', 'Entails.', NLI, 'entailment', qNli1],
  ['nli', 'The premise neither confirms nor denies that she is a chef.', NLI, 'neutral', qNli2],
  ['nli', 'Answer: not entailment', NLI, null, qNli2],
  ['nli', 'entailment / neutral', NLI, null, qNli2],
  ['nli', 'Relación: contradicción', NLI, 'contradiction', qNli3],
  // toxicity
  ['toxicity', 'toxic', TOX, 'toxic', qT1],
  ['toxicity', 'Toxic. It insults the person directly ("idiot").', TOX, 'toxic', qT1],
  ['toxicity', 'non-toxic', TOX, 'non-toxic', qT2],
  ['toxicity', 'Not toxic — it\'s a civil disagreement backed by data.', TOX, 'non-toxic', qT2],
  ['toxicity', 'Non toxic', TOX, 'non-toxic', qT2],
  ['toxicity', '{"toxic": false, "severe_toxic": false, "insult": false}', TOX, 'non-toxic', qT2],
  ['toxicity', '{"toxicity": 0.91, "insult": 0.88, "threat": 0.02}', TOX, 'toxic', qT1],
  ['toxicity', 'Mildly toxic: it\'s condescending ("Nice try, genius") but not abusive.', TOX, 'toxic', qT3],
  ['toxicity', 'This comment is sarcastic and condescending but I wouldn\'t classify it as toxic.', TOX, 'non-toxic', qT3],
  ['toxicity', 'Borderline. Some moderators would flag it as toxic, others wouldn\'t.', TOX, null, qT3],
  ['toxicity', 'Toxicity: NONE', TOX, 'non-toxic', qT2],
  ['toxicity', 'Classification: NOT TOXIC ✅', TOX, 'non-toxic', qT2],
  ['toxicity', 'toxic: 0.12, non-toxic: 0.88', TOX, 'non-toxic', qT2],
  ['toxicity', 'non-toxic', TOX_NOT, 'not toxic', qT2],
  ['toxicity', 'Non-toxic.', TOX_NOT, 'not toxic', qT2],
  ['toxicity', 'Toxic', TOX_NOT, 'toxic', qT1],
  // PubMedQA and LegalBench yes/no
  ['yes_no', 'Yes.', PQA, 'yes', qP1],
  ['yes_no', '**Answer: yes**\n\nEarly physiotherapy reduced ICU stay by 1.8 days with p=0.01.', PQA, 'yes', qP1],
  ['yes_no', 'maybe — the trend is not significant (p=0.09) and the sample is small.', PQA, 'maybe', qP2],
  ['yes_no', '{"answer": "maybe", "rationale": "pilot study, p=0.09"}', PQA, 'maybe', qP2],
  ['yes_no', 'Sí.', PQA, 'yes', qP1],
  ['yes_no', 'The evidence suggests a possible benefit, but it is not statistically significant, so I cannot give a definite yes or no.', PQA, null, qP2],
  ['yes_no', 'Yes', YN, 'Yes', qL1],
  ['yes_no', 'Yes. The clause prohibits sublicensing without prior written consent.', YN, 'Yes', qL1],
  ['yes_no', 'No. It is a governing-law clause; nothing restricts competition.', YN, 'No', qL2],
  ['yes_no', 'No non-compete obligation is present.', YN, 'No', qL2],
  ['yes_no', 'A: No', YN, 'No', qL2],
  ['yes_no', 'Answer: Yes</s>\n<s>[INST] Does the clause permit assignment? [/INST]', YN, 'Yes', qL1],
];

/**
 * A second set of probes (class `p9b:`), written after the first set's rules were in and labelled
 * before the extractor read them (label 2.26.0), leaning on long hosted-model answers and small
 * models' run-ons: 5 of 84 misread (6.0%), 2 of them false commits (an aspect's row after the
 * overall label, "Aspects:\n  color options: negative"; a counterfactual in a closing aside, "If it
 * were sincere thanks it would be positive") and 3 left unread (a denied list beside the answer,
 * "mixed with fear", "Emotion: None").
 */
const ROWS_B: Row[] = [
  ['sentiment', '## Sentiment Analysis\n\n**Overall sentiment:** Positive\n\n### Key phrases\n- "gorgeous" → positive\n- "lasts two days" → positive\n- "Only wish it came in blue" → mildly negative / neutral\n\n### Conclusion\nThe review is predominantly **positive**.', SENT, 'positive', qS1],
  ['sentiment', 'Let me analyze this tweet.\n\n1. "Flight delayed again" — negative event\n2. "Third time this month" — emphasizes frustration\n3. "Thanks a lot @airline" — sarcasm\n\nWhile "thanks" is normally positive, here it is clearly sarcastic.\n\n**Answer: Negative**', SENT, 'negative', qS2],
  ['sentiment', 'This review is neutral. It doesn\'t express positive or negative feelings; it just describes the delivery.', SENT, 'neutral', qS3],
  ['sentiment', 'Sentiment: negative (confidence: high)\nSarcasm detected: yes', SENT, 'negative', qS2],
  ['sentiment', 'Positive, though not overwhelmingly so.', SENT, 'positive', qS1],
  ['sentiment', 'Likely positive.', SENT, 'positive', qS1],
  ['sentiment', 'Leaning negative.', SENT, 'negative', qS2],
  ['sentiment', 'N/A', SENT, null, qS3],
  ['sentiment', 'mostly negative', SENT, 'negative', qS2],
  ['sentiment', 'positive-ish', SENT, 'positive', qS1],
  ['sentiment', '```yaml\nsentiment: neutral\nconfidence: 0.82\n```', SENT, 'neutral', qS3],
  ['sentiment', '<sentiment>negative</sentiment>', SENT, 'negative', qS2],
  ['sentiment', 'Sentiment: Positive\nConfidence: 0.94\nAspects:\n  screen: positive\n  battery: positive\n  color options: negative', SENT, 'positive', qS1],
  ['sentiment', 'The tweet is negative. (If it were sincere thanks it would be positive, but the context makes the sarcasm obvious.)', SENT, 'negative', qS2],
  ['sentiment', ' Positive', SENT, 'positive', qS1],
  ['sentiment', 'Positive\nPositive\nPositive\nPositive', SENT, 'positive', qS1],
  ['sentiment', 'Neutral.\n\n### Instruction:\nClassify the sentiment of: "I hate Mondays"\n\n### Response:\nNegative', SENT, 'neutral', qS3],
  ['sentiment', 'Answer:negative', SENT, 'negative', qS2],
  ['sentiment', 'The answer is: "negative"', SENT, 'negative', qS2],
  ['sentiment', 'positive positive', SENT, 'positive', qS1],
  ['sentiment', 'Negative sentiment detected. Negative.', SENT, 'negative', qS2],
  ['sst2', '1', SST2, null, qSST2, SST2_IDS],
  ['sst2', 'NEG', SST2, 'negative', qSST2b],
  ['sst2', 'POSITIVE (99.8%)', SST2, 'positive', qSST2],
  ['sst2', 'negative</s><s>positive', SST2, 'negative', qSST2b],
  ['sst2', '[INST] Is the sentiment positive or negative? [/INST] positive', SST2, 'positive', qSST2],
  ['emotion', 'The emotion expressed is **sadness** — specifically loneliness.', EMO, 'sadness', qE1],
  ['emotion', 'joy 😄', EMO, 'joy', qE2],
  ['emotion', 'Excitement/joy', EMO, 'joy', qE2],
  ['emotion', 'Anger (with some sadness)', EMO, 'anger', qE3],
  ['emotion', 'I\'m detecting sadness, possibly mixed with fear of being alone.', EMO, 'sadness', qE1],
  ['emotion', 'surprise', EMO, 'surprise', qE2],
  ['emotion', 'This is anger. Not fear, not sadness — anger.', EMO, 'anger', qE3],
  ['emotion', 'Could be sadness or love (missing someone).', EMO, null, qE1],
  ['emotion', '{"label": "joy", "scores": {"joy": 0.88, "surprise": 0.1}}', EMO, 'joy', qE2],
  ['ekman', 'Disgust (with a bit of anger).', EKMAN, 'disgust', qE7],
  ['ekman', 'Emotion: None', EKMAN, 'neutral', qE7b],
  ['ekman', 'Revulsion.', EKMAN, 'disgust', qE7],
  ['ekman', 'neutral (no emotional language)', EKMAN, 'neutral', qE7b],
  ['ekman', 'anger or disgust', EKMAN, null, qE7],
  ['topic', 'The article is about space exploration (NASA, Mars rover), which falls under **Sci/Tech**.', NEWS, 'Sci/Tech', qN1],
  ['topic', 'Business — specifically commodities/energy.', NEWS, 'Business', qN2],
  ['topic', 'World (international conflict).', NEWS, 'World', qN3],
  ['topic', 'SPORTS', NEWS, 'Sports', qN4],
  ['topic', 'Science', NEWS, 'Sci/Tech', qN1],
  ['topic', 'Economics', NEWS, 'Business', qN2],
  ['topic', 'International', NEWS, 'World', qN3],
  ['topic', 'Politics', NEWS, null, qN3],
  ['topic', 'Finance', NEWS, 'Business', qN2],
  ['topic', 'Category: Sports 🏀⚾', NEWS, 'Sports', qN4],
  ['topic', 'Sci/Tech<|end|>', NEWS, 'Sci/Tech', qN1],
  ['topic', 'Although the story mentions world politics (OPEC), it is primarily a markets story: Business.', NEWS, 'Business', qN2],
  ['topic', 'Not Sports. Not Sci/Tech. Between World and Business I can\'t decide.', NEWS, null, qN2],
  ['topic', 'Label: 1 (Sports)', NEWS, 'Sports', qN4],
  ['nli', 'The hypothesis is entailed by the premise: a dog is an animal, and a park is outdoors.', NLI, 'entailment', qNli1],
  ['nli', 'The premise does not mention her occupation, so we cannot conclude she is a chef. Answer: neutral', NLI, 'neutral', qNli2],
  ['nli', 'These are mutually exclusive activities → contradiction', NLI, 'contradiction', qNli3],
  ['nli', 'Neutral (the hypothesis may or may not be true).', NLI, 'neutral', qNli2],
  ['nli', 'contradiction\n\nExplanation: The men cannot be sitting on a bench reading and playing football at the same time. Therefore the hypothesis contradicts the premise.', NLI, 'contradiction', qNli3],
  ['nli', 'Yes, the premise entails the hypothesis.', NLI, 'entailment', qNli1],
  ['nli', 'No, the hypothesis is not entailed; in fact it is contradicted.', NLI, 'contradiction', qNli3],
  ['nli', 'Entailment? No. Contradiction? Also no. So neutral.', NLI, 'neutral', qNli2],
  ['nli', '0', NLI, null, qNli1],
  ['nli', 'label: entailment, confidence: 0.95', NLI, 'entailment', qNli1],
  ['toxicity', '**Toxic** ⚠️\n\nThe comment contains a direct personal insult.', TOX, 'toxic', qT1],
  ['toxicity', 'This comment is **not toxic**. It expresses disagreement respectfully.', TOX, 'non-toxic', qT2],
  ['toxicity', 'Slightly toxic (condescending sarcasm).', TOX, 'toxic', qT3],
  ['toxicity', 'Toxic: No', TOX, 'non-toxic', qT2],
  ['toxicity', 'Is it toxic? Yes.', TOX, 'toxic', qT1],
  ['toxicity', 'toxicity score: 0.03 → non-toxic', TOX, 'non-toxic', qT2],
  ['toxicity', 'I would say it\'s rude but not toxic.', TOX, 'non-toxic', qT3],
  ['toxicity', 'Not toxic.', TOX_NOT, 'not toxic', qT2],
  ['toxicity', 'TOXIC', TOX_NOT, 'toxic', qT1],
  ['toxicity', '{"is_toxic": false}', TOX_NOT, 'not toxic', qT2],
  ['yes_no', 'Based on the results (1.8-day reduction, p=0.01), the answer is yes.', PQA, 'yes', qP1],
  ['yes_no', 'The answer is maybe, since the trend did not reach significance.', PQA, 'maybe', qP2],
  ['yes_no', 'No — p=0.09 is not significant.', PQA, 'no', qP2],
  ['yes_no', 'Inconclusive.', PQA, 'maybe', qP2],
  ['yes_no', 'Yes, it does. Sublicensing requires prior written consent.', YN, 'Yes', qL1],
  ['yes_no', 'No, this is a governing law provision.', YN, 'No', qL2],
  ['yes_no', 'No.\n\nNote: This clause only specifies Delaware law as governing.', YN, 'No', qL2],
  ['yes_no', 'The clause restricts sublicensing.', YN, 'Yes', qL1],
  ['yes_no', 'There is no non-compete obligation in this clause.', YN, 'No', qL2],
  ['yes_no', 'Réponse : oui', PQA, 'yes', qP1],
];

const asCase = (prefix: string) => ([cls, reply, labels, want, input, aliases]: Row): LabelCase => ({ cls: `${prefix}:${cls}`, reply, labels, want, input, ...(aliases ? { aliases } : {}) });
export const LABEL_PROBES_R9: LabelCase[] = [...ROWS.map(asCase('p9')), ...ROWS_B.map(asCase('p9b'))];
