/**
 * Batch 9's round, a fourth set of probes of our own (class `p9d:`), written after the third set's
 * rules were in and labelled before the extractor read them (label 2.28.0): replies in another
 * language than the prompt's, labels run on with template tokens, LaTeX boxes, marks beside
 * labels, "Yes, it's toxic" to a toxic/non-toxic item, leanings, topic labels written as
 * identifiers ("sci_tech", "SCI_TECH", "Category 4: Sci/Tech"), and long hosted-model answers
 * that weigh another label before the answer. 1 of 60 was misread then (1.7%, no false commit):
 * "Leaning toward negative, but it's close to neutral" left unread; the rule it prompted ("close
 * to X" only approaches X) has rows of its own in label-rules-b9.ts.
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, SENT, NLI, NEWS, TOX, EMO } from './label-sets.js';

type Row = [string, string, string[], string | null, string];

const qS = 'Review: "Decent coffee, rude barista, long wait."\nSentiment (positive, negative, neutral):';
const qS2 = 'Review: "Absolutely loved the hotel — spotless rooms and friendly staff."\nSentiment:';
const qN = 'Premise: A chef is plating a dessert in a restaurant kitchen.\nHypothesis: Someone is preparing food.\nRelation (entailment, neutral, contradiction):';
const qN2 = 'Premise: A boy is asleep in his bed.\nHypothesis: The boy is playing soccer.\nRelation:';
const qT = 'Comment: "Go back to school, you clearly can\'t read."\nToxic or non-toxic?';
const qT2 = 'Comment: "Thanks for the detailed explanation, it helped a lot."\nToxic or non-toxic?';
const qE = 'Text: "i was walking home alone and heard footsteps behind me"\nEmotion (sadness, joy, love, anger, fear, surprise):';
const qE2 = 'Text: "my grandma passed away last night"\nEmotion:';
const qW = 'Article: "Scientists sequenced the genome of a 40,000-year-old woolly mammoth."\nTopic (World, Sports, Business, Sci/Tech):';
const qW2 = 'Article: "The striker signed a three-year contract with the club."\nTopic:';
const qP = 'Context: Among 2,000 nurses, night-shift work was associated with a 1.3-fold higher risk of type 2 diabetes after adjustment (95% CI 1.1-1.6).\nQuestion: Is night-shift work associated with type 2 diabetes?';
const qP2 = 'Context: A small crossover study (n=24) found inconsistent effects of caffeine on reaction time.\nQuestion: Does caffeine improve reaction time?';
const qL = 'Q: A witness testifies: "I saw the defendant run from the store." Is there hearsay?\nA:';
const qL2 = 'Clause: "Licensor may audit Licensee\'s books once per year on 30 days\' notice."\nDoes the clause contain an audit right? Answer Yes or No.';

const ROWS: Row[] = [
  ['language', 'El sentimiento de esta reseña es negativo, porque el barista fue grosero y la espera fue larga.', SENT, 'negative', qS],
  ['language', 'Die Stimmung ist gemischt, eher negativ.', SENT, 'negative', qS],
  ['language', 'Sentiment : positif', SENT, 'positive', qS2],
  ['language', 'ポジティブです。', SENT, 'positive', qS2],
  ['language', '关系：蕴含', NLI, 'entailment', qN],
  ['language', 'Relação: contradição', NLI, 'contradiction', qN2],
  ['language', 'Это токсичный комментарий.', TOX, 'toxic', qT],
  ['language', 'Emoción: miedo', EMO, 'fear', qE],
  ['language', 'Sí, hay relación: sí.', PQA, 'yes', qP],
  ['runon', 'Negative.Negative.Negative.', SENT, 'negative', qS],
  ['runon', 'Label: positive<|endoftext|>Label: negative', SENT, 'positive', qS2],
  ['runon', '### Response:\nneutral', NLI, 'neutral', qN],
  ['runon', 'entailment</s>\n\nPremise: A man is swimming.\nHypothesis: A man is dry.\nRelation: contradiction', NLI, 'entailment', qN],
  ['runon', 'fear\n\nText: "i got the promotion!!"\nEmotion: joy', EMO, 'fear', qE],
  ['runon', 'Sci/Tech\nSci/Tech\nSci/Tech', NEWS, 'Sci/Tech', qW],
  ['box', 'The final answer is $\\boxed{\\text{entailment}}$', NLI, 'entailment', qN],
  ['box', '\\boxed{negative}', SENT, 'negative', qS],
  ['box', '$\\boxed{\\text{No}}$', YN, 'No', qL],
  ['marks', 'Toxic ✅', TOX, 'toxic', qT],
  ['marks', '❌ Toxic\n✅ Non-toxic', TOX, 'non-toxic', qT2],
  ['marks', 'positive ✗ negative ✓ neutral ✗', SENT, 'negative', qS],
  ['marks', '- [ ] entailment\n- [ ] neutral\n- [x] contradiction', NLI, 'contradiction', qN2],
  ['yes_for_pair', 'Yes, it\'s toxic.', TOX, 'toxic', qT],
  ['yes_for_pair', 'No, it\'s not toxic.', TOX, 'non-toxic', qT2],
  ['yes_for_pair', 'Yes.', TOX, 'toxic', 'Comment: "Go back to school, you clearly can\'t read."\nIs this comment toxic?'],
  ['yes_for_pair', 'No.', TOX, null, 'Comment: "Go back to school, you clearly can\'t read."\nClassify the comment.'],
  ['leaning', 'I\'d classify this as **neutral**, though one could argue for slightly negative.', SENT, 'neutral', qS],
  ['leaning', 'The evidence is mixed; I\'d lean toward maybe.', PQA, 'maybe', qP2],
  ['leaning', 'Leaning toward negative, but it\'s close to neutral.', SENT, 'negative', qS],
  ['leaning', 'While some might see it as positive, I believe it is negative.', SENT, 'negative', qS],
  ['leaning', 'It\'s definitely not positive.', SENT, null, qS],
  ['leaning', 'Definitely negative.', SENT, 'negative', qS],
  ['leaning', 'Somewhat negative.', SENT, 'negative', qS],
  ['weighed', 'The correct label is contradiction. Entailment would require the boy to be awake, and neutral would require the premise to say nothing about his activity.', NLI, 'contradiction', qN2],
  ['weighed', 'One might think neutral, since the premise doesn\'t say "someone", but a chef plating dessert is preparing food. Entailment.', NLI, 'entailment', qN],
  ['weighed', 'At first glance this looks positive ("decent coffee"), but the rude service and long wait dominate. Negative.', SENT, 'negative', qS],
  ['weighed', 'Joy? No. Surprise? No. This is fear: being alone at night and hearing footsteps.', EMO, 'fear', qE],
  ['weighed', 'Not joy, obviously. Sadness.', EMO, 'sadness', qE2],
  ['emotion', 'Sadness 😢😢', EMO, 'sadness', qE2],
  ['emotion', 'feeling: sad', EMO, 'sadness', qE2],
  ['emotion', 'The person feels scared → fear', EMO, 'fear', qE],
  ['emotion', 'Emotion detected: FEAR (confidence 0.92)', EMO, 'fear', qE],
  ['emotion', 'grief', EMO, 'sadness', qE2],
  ['topic', 'This belongs to the Sci/Tech category.', NEWS, 'Sci/Tech', qW],
  ['topic', 'The category is: Sports', NEWS, 'Sports', qW2],
  ['topic', 'sci_tech', NEWS, 'Sci/Tech', qW],
  ['topic', 'SCI_TECH', NEWS, 'Sci/Tech', qW],
  ['topic', 'science/technology', NEWS, 'Sci/Tech', qW],
  ['topic', 'Category 4: Sci/Tech', NEWS, 'Sci/Tech', qW],
  ['topic', 'Sports (transfer news)', NEWS, 'Sports', qW2],
  ['topic', 'It\'s a sports story, though contracts are business matters.', NEWS, 'Sports', qW2],
  ['pubmedqa', 'In summary, night-shift work was associated with a higher risk after adjustment. The answer is **yes**, with the caveat that this is observational.', PQA, 'yes', qP],
  ['pubmedqa', 'Answer: Yes (with moderate certainty)', PQA, 'yes', qP],
  ['pubmedqa', 'The results were inconsistent, so no firm conclusion: maybe.', PQA, 'maybe', qP2],
  ['pubmedqa', 'Caffeine does not consistently improve reaction time in this study, so the answer is no.', PQA, 'no', qP2],
  ['pubmedqa', 'There is an association (HR 1.3), so yes.', PQA, 'yes', qP],
  ['legalbench', 'No hearsay. The witness describes what she saw herself.', YN, 'No', qL],
  ['legalbench', 'The answer is No because the witness testifies to her own observation.', YN, 'No', qL],
  ['legalbench', 'Yes — the licensor may audit the licensee\'s books annually.', YN, 'Yes', qL2],
  ['legalbench', 'The clause grants an audit right.', YN, 'Yes', qL2],
];

export const LABEL_PROBES_R9D: LabelCase[] = ROWS.map(([cls, reply, labels, want, input]) => ({ cls: `p9d:${cls}`, reply, labels, want, input }));
