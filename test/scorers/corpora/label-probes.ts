/**
 * Label probes written in the fifth round (before the fifth held-out batch, and after it, before the sixth): label sets the
 * other corpora hold little of (news topics with "Sci/Tech", toxicity, emotions), a range
 * ("neutral-to-negative"), a label in an embedded question ("whether this is toxic"),
 * "…, but mostly joy", a whole word against a cut one ("joy." is not "joyful" cut),
 * cues such as "I would rate this as", "the emotion expressed is".
 * Each row: [class, reply, label set, what a careful reader takes (or null), the item's question, finish reason, aliases].
 */
import type { LabelCase } from './label-corpus.js';

type Row = [string, string, string[], string | null, string, string?, Record<string, string[]>?];

const PS1 = ["yes", "no", "maybe"];
const PS2 = ["Yes", "No"];
const PS3 = ["indemnification", "limitation of liability", "termination", "confidentiality", "governing law", "non-compete", "warranty", "assignment"];
const PS4 = ["entailment", "neutral", "contradiction"];
const PS5 = ["World", "Sports", "Business", "Sci/Tech"];
const PS6 = ["positive", "negative", "neutral"];
const PS7 = ["toxic", "non-toxic"];
const PS8 = ["joy", "sadness", "anger", "fear", "love", "surprise"];
const PS9 = ["sadness", "joy", "love", "anger", "fear", "surprise"];
const PQ1 = "Question: Does metformin reduce cancer incidence in diabetics?";
const PQ2 = "Is the statement hearsay?";
const PQ3 = "Classify the clause: \"Neither party shall disclose...\"";
const PQ4 = "Premise: A dog runs. Hypothesis: An animal moves. Relation?";
const PQ5 = "Topic of: \"Apple shares rose 3% after earnings.\"";
const PQ6 = "Sentiment of: \"Not bad at all.\"";
const PQ7 = "Classify the news article: \"Nvidia unveils a new GPU architecture at its developer conference.\"";
const PQ8 = "Is this comment toxic? \"You are an idiot and everyone hates you.\"";
const PQ9 = "What emotion does this tweet express? \"I can't believe I finally got the job!!!\"";
const PQ10 = "Premise: A woman is slicing tomatoes. Hypothesis: A woman is cooking dinner for her family.";
const PQ11 = "Review: \"The battery died after two days. Returning it.\"";
const PQ12 = "Question: Does vitamin C shorten the duration of the common cold?\nContext: A meta-analysis of 29 trials found an 8% reduction in duration in adults.\nAnswer yes, no, or maybe.";
const PQ13 = "Is the following statement hearsay? A witness testifies that the defendant said \"I did it.\"";
const PQ14 = "Is the non-compete clause enforceable? The clause bars the employee from working anywhere in the world for 20 years.";
const PQ15 = "Premise: A man is playing a guitar on stage.\nHypothesis: A man is performing.";
const PQ16 = "Review: \"Great value, but the screen scratches easily.\"";
const PQ17 = "Article: \"Real Madrid beat Bayern 2-1 in the Champions League semi-final.\"";
const PQ18 = "Comment: \"Thanks for fixing the typo!\"";
const PQ19 = "Text: \"i miss my grandmother so much today\"";
const PQ20 = "Clause: \"Each party shall keep the terms of this Agreement confidential.\"";
const PQ21 = "Question: Is early mobilization after hip surgery associated with lower mortality?\nContext: In a cohort of 2,000 patients, early mobilization was associated with lower 30-day mortality (OR 0.6).";
const PQ22 = "Is the following statement hearsay? At trial, a witness repeats what a bystander shouted: \"Watch out, the car is running the red light!\"";
const PQ23 = "Premise: A woman is reading a book in a park.\nHypothesis: A woman is outdoors.";
const PQ24 = "Review: \"The hotel was fine. Nothing special, nothing bad.\"";
const PQ25 = "Text: \"ok\"";

const ROWS: Row[] = [
  ["final", "It looks like yes at first, but the answer is no.", PS1, "no", PQ1],
  ["final", "Yes... no wait, maybe.", PS1, "maybe", PQ1],
  ["final", "Initially I thought no. On reflection, yes.", PS1, "yes", PQ1],
  ["quoted", "The question asks \"yes, no, or maybe\". My answer: maybe.", PS1, "maybe", PQ1],
  ["no_word", "No question about it, this is hearsay. Yes.", PS2, "Yes", PQ2],
  ["no_word", "No comment.", PS2, null, PQ2],
  ["no_word", "No doubt: yes.", PS2, "Yes", PQ2],
  ["no_word", "There is no evidence of benefit, so the answer is no.", PS1, "no", PQ1],
  ["no_word", "No evidence supports a reduction. Maybe further trials will help.", PS1, "maybe", PQ1],
  ["hedge", "Either yes or maybe.", PS1, null, PQ1],
  ["hedge", "I can't say yes or no.", PS2, null, PQ2],
  ["hedge", "Yes or no - it depends on the jurisdiction.", PS2, null, PQ2],
  ["refusal", "I am not able to give legal advice.", PS2, null, PQ2],
  ["negation", "I wouldn't call it hearsay.", PS2, "No", PQ2],
  ["negation", "This isn't a confidentiality clause, it's a non-compete clause.", PS3, "non-compete", PQ3],
  ["negation", "It is not hearsay.", PS2, "No", PQ2],
  ["negation", "Not a contradiction; entailment.", PS4, "entailment", PQ4],
  ["synonym", "True", PS2, "Yes", PQ2],
  ["synonym", "False.", PS2, "No", PQ2],
  ["synonym", "Possibly.", PS1, "maybe", PQ1],
  ["synonym", "Indemnity clause.", PS3, "indemnification", PQ3],
  ["synonym", "Choice of law.", PS3, "governing law", PQ3],
  ["synonym", "Sí.", PS2, "Yes", PQ2],
  ["synonym", "Nein", PS2, "No", PQ2],
  ["synonym", "NDA provision", PS3, "confidentiality", PQ3],
  ["verdicts", "yes: no\nno: yes\nmaybe: no", PS1, "no", PQ1],
  ["verdicts", "- indemnification ✗\n- confidentiality ✓\n- termination ✗", PS3, "confidentiality", PQ3],
  ["verdicts", "Entailment: yes. Neutral: no. Contradiction: no.", PS4, "entailment", PQ4],
  ["debris", "no<|eot_id|>", PS1, "no", PQ1],
  ["debris", "[/INST] Yes", PS2, "Yes", PQ2],
  ["debris", "maybe</s>", PS1, "maybe", PQ1],
  ["structured", "{\"label\": \"neutral\"}", PS4, "neutral", PQ4],
  ["structured", "{\"answer\": [\"yes\", \"maybe\"]}", PS1, null, PQ1],
  ["structured", "{\"prediction\": \"Business\"}", PS5, "Business", PQ5],
  ["cue", "Category: Business", PS5, "Business", PQ5],
  ["cue", "This is a business story.", PS5, "Business", PQ5],
  ["cue", "Sci/Tech", PS5, "Sci/Tech", PQ5],
  ["cue", "It is about technology companies, but it is really a business/finance item: Business.", PS5, "Business", PQ5],
  ["cue", "Sentiment: positive (the double negative \"not bad\" is praise).", PS6, "positive", PQ6],
  ["cue", "Despite the word \"bad\", the sentiment is positive.", PS6, "positive", PQ6],
  ["truncated", "The trial showed a reduction in some subgroups, which suggests yes, but", PS1, null, PQ1, 'length'],
  ["truncated", "Answer: no. The trial was", PS1, "no", PQ1, 'length'],
  ["multilingual", "La respuesta es sí.", PS2, "Yes", PQ2],
  ["question_words", "The statement is hearsay because it is an out-of-court assertion offered for its truth.", PS2, "Yes", PQ2],
  ["question_words", "This would not qualify as hearsay.", PS2, "No", PQ2],
  ["mixed", "The review is mixed: positive about taste, negative about price.", PS6, null, PQ6],
  ["other", "Neutral.", PS4, "neutral", PQ4],
  ["other", "The hypothesis follows from the premise, so entailment.", PS4, "entailment", PQ4],
  ["other", "The premise entails the hypothesis.", PS4, "entailment", PQ4],
  ["other", "These contradict each other? No — a dog running is an animal moving. Entailment.", PS4, "entailment", PQ4],
  ["other", "Y", PS2, "Yes", PQ2],
  ["other", "N", PS2, "No", PQ2],
  ["other", "Definitely yes.", PS1, "yes", PQ1],
  ["other", "yes, no, maybe", PS1, null, PQ1],
  ["topic", "Sci/Tech", PS5, "Sci/Tech", PQ7],
  ["topic", "Science & Technology", PS5, "Sci/Tech", PQ7],
  ["topic", "This is a technology story.", PS5, "Sci/Tech", PQ7],
  ["topic", "Category: Sci-Tech", PS5, "Sci/Tech", PQ7],
  ["topic", "Though Nvidia is a company, the article is about a product launch, so Sci/Tech rather than Business.", PS5, "Sci/Tech", PQ7],
  ["topic", "Business or Sci/Tech — hard to say.", PS5, null, PQ7],
  ["topic", "**Topic:** Sports", PS5, "Sports", PQ7],
  ["topic", "world", PS5, "World", PQ7],
  ["topic", "It is Business news, not Sci/Tech.", PS5, "Business", PQ7],
  ["tox", "toxic", PS7, "toxic", PQ8],
  ["tox", "Non-toxic.", PS7, "non-toxic", PQ8],
  ["tox", "This comment is toxic: it insults the reader directly.", PS7, "toxic", PQ8],
  ["tox", "Not toxic.", PS7, "non-toxic", PQ8],
  ["tox", "The comment is rude but I would not classify it as toxic.", PS7, "non-toxic", PQ8],
  ["tox", "Label: TOXIC", PS7, "toxic", PQ8],
  ["tox", "This is clearly a personal attack. Toxic.", PS7, "toxic", PQ8],
  ["tox", "I cannot determine whether this is toxic without context.", PS7, null, PQ8],
  ["emo", "joy", PS8, "joy", PQ9],
  ["emo", "The emotion expressed is joy.", PS8, "joy", PQ9],
  ["emo", "Surprise — \"can't believe\" — but mostly joy.", PS8, "joy", PQ9],
  ["emo", "Emotion: surprise", PS8, "surprise", PQ9],
  ["emo", "It expresses happiness and excitement, i.e. joy.", PS8, "joy", PQ9],
  ["emo", "joy or surprise", PS8, null, PQ9],
  ["emo", "Not anger, not fear. Joy.", PS8, "joy", PQ9],
  ["nli", "neutral", PS4, "neutral", PQ10],
  ["nli", "The hypothesis is neither entailed nor contradicted by the premise, so neutral.", PS4, "neutral", PQ10],
  ["nli", "Slicing tomatoes does not imply cooking dinner for family. Neutral.", PS4, "neutral", PQ10],
  ["nli", "Relation: NEUTRAL", PS4, "neutral", PQ10],
  ["nli", "It could be entailment if we assume she is cooking, but the family part is unsupported: neutral.", PS4, "neutral", PQ10],
  ["nli", "entailment?", PS4, null, PQ10],
  ["nli", "The premise does not entail the hypothesis.", PS4, null, PQ10],
  ["nli", "Contradiction: no. Entailment: no. Neutral: yes.", PS4, "neutral", PQ10],
  ["sent", "Negative.", PS6, "negative", PQ11],
  ["sent", "The customer is unhappy and returning the product — negative sentiment.", PS6, "negative", PQ11],
  ["sent", "Sentiment → negative", PS6, "negative", PQ11],
  ["sent", "NEG", PS6, "negative", PQ11],
  ["sent", "😠 negative", PS6, "negative", PQ11],
  ["sent", "Not positive, not neutral: negative.", PS6, "negative", PQ11],
  ["sent", "neutral-to-negative", PS6, null, PQ11],
  ["sent", "It is negative. The reviewer is not neutral about it.", PS6, "negative", PQ11],
  ["sent", "{\"sentiment\": \"negative\"}", PS6, "negative", PQ11],
  ["sent", "{\"sentiment\": \"negative\", \"confidence\": 0.93}", PS6, "negative", PQ11],
  ["sent", "<label>negative</label>", PS6, "negative", PQ11],
  ["sent", "I would rate this as negative, although the wording is calm enough to be neutral.", PS6, "negative", PQ11],
  ["pqa", "Yes, modestly: about 8% shorter in adults.", PS1, "yes", PQ12],
  ["pqa", "The effect is small but consistent, so yes.", PS1, "yes", PQ12],
  ["pqa", "Vitamin C does shorten colds slightly in adults.", PS1, "yes", PQ12],
  ["pqa", "Vitamin C does not shorten colds in a clinically meaningful way, so no.", PS1, "no", PQ12],
  ["pqa", "The data are mixed; the answer is maybe.", PS1, "maybe", PQ12],
  ["pqa", "It might.", PS1, "maybe", PQ12],
  ["pqa", "<think>8% reduction, consistent. yes</think>", PS1, "yes", PQ12],
  ["pqa", "Answer: yes\n\nQuestion: Does zinc shorten colds?\nAnswer: maybe", PS1, "yes", PQ12],
  ["pqa", "no<|eot_id|>", PS1, "no", PQ12],
  ["pqa", "{\"answer\": \"yes\", \"reasoning\": \"8% reduction in duration\"}", PS1, "yes", PQ12],
  ["pqa", "I don't know.", PS1, null, PQ12],
  ["pqa", "Yes? No? The trials disagree, I cannot decide.", PS1, null, PQ12],
  ["hear", "This is not hearsay: it is a statement of a party opponent, which is excluded from the definition.", PS2, "No", PQ13],
  ["hear", "Hearsay? No — it's an opposing party's statement.", PS2, "No", PQ13],
  ["hear", "Yes, it is hearsay, but it is admissible as an admission.", PS2, "Yes", PQ13],
  ["hear", "Under the FRE, no.", PS2, "No", PQ13],
  ["hear", "It would be hearsay at common law.", PS2, "Yes", PQ13],
  ["enf", "Unenforceable — the scope is unreasonable.", PS2, "No", PQ14],
  ["enf", "A court would not enforce a worldwide 20-year ban.", PS2, "No", PQ14],
  ["enf", "No. Courts would likely refuse to enforce it as written.", PS2, "No", PQ14],
  ["nli", "Entailment: a man playing guitar on stage is performing.", PS4, "entailment", PQ15],
  ["nli", "The hypothesis follows from the premise.", PS4, "entailment", PQ15],
  ["nli", "neutral? no — entailment.", PS4, "entailment", PQ15],
  ["nli", "It is not a contradiction and not neutral; it is entailment.", PS4, "entailment", PQ15],
  ["sent", "Mixed, leaning positive.", PS6, "positive", PQ16],
  ["sent", "Positive overall, with one complaint.", PS6, "positive", PQ16],
  ["sent", "The reviewer likes the value but dislikes the screen: mixed. I would call it neutral.", PS6, "neutral", PQ16],
  ["sent", "Both positive and negative.", PS6, null, PQ16],
  ["top", "Sports.", PS5, "Sports", PQ17],
  ["top", "This is a football (soccer) result, i.e. Sports.", PS5, "Sports", PQ17],
  ["top", "Category: sport", PS5, "Sports", PQ17],
  ["top", "Not Business — Sports.", PS5, "Sports", PQ17],
  ["tox", "non toxic", PS7, "non-toxic", PQ18],
  ["tox", "Toxic? No.", PS7, "non-toxic", PQ18],
  ["tox", "The comment is not toxic at all.", PS7, "non-toxic", PQ18],
  ["emo", "sadness", PS9, "sadness", PQ19],
  ["emo", "The writer is sad and misses someone: sadness.", PS9, "sadness", PQ19],
  ["emo", "Could be love (for the grandmother) but the dominant emotion is sadness.", PS9, "sadness", PQ19],
  ["emo", "Love or sadness, hard to say.", PS9, null, PQ19],
  ["emo", "Emotion = Sadness", PS9, "sadness", PQ19],
  ["clause", "Confidentiality clause.", PS3, "confidentiality", PQ20],
  ["clause", "This is a confidentiality provision, not a non-compete.", PS3, "confidentiality", PQ20],
  ["clause", "It keeps the agreement terms secret -> confidentiality.", PS3, "confidentiality", PQ20],
  ["clause", "I'm not sure whether this is confidentiality or something else.", PS3, null, PQ20],
  ["clause", "{\"label\": \"confidentiality\"}", PS3, "confidentiality", PQ20],
  ["adv", "Early mobilization was associated with lower mortality (OR 0.6), so yes.", PS1, "yes", PQ21],
  ["adv", "Yes. Although observational, the association is strong.", PS1, "yes", PQ21],
  ["adv", "The association exists, but causality is unclear: maybe.", PS1, "maybe", PQ21],
  ["adv", "Based on this cohort, early mobilization is associated with lower mortality.", PS1, "yes", PQ21],
  ["adv", "No randomized evidence exists, but the cohort suggests yes.", PS1, "yes", PQ21],
  ["adv", "Not necessarily: confounding could explain it. I would say maybe.", PS1, "maybe", PQ21],
  ["adv", "**Answer:** Yes\n**Confidence:** moderate", PS1, "yes", PQ21],
  ["adv", "It is hearsay, but it falls under the excited utterance exception.", PS2, "Yes", PQ22],
  ["adv", "Technically yes (out-of-court statement offered for its truth), though admissible as an excited utterance.", PS2, "Yes", PQ22],
  ["adv", "This is an excited utterance, an exception to the hearsay rule, so it is admissible. Is it hearsay? Yes.", PS2, "Yes", PQ22],
  ["adv", "The woman is in a park, so she is outdoors. Entailment.", PS4, "entailment", PQ23],
  ["adv", "Entailment (a park is outdoors).", PS4, "entailment", PQ23],
  ["adv", "I'd label this as entailment rather than neutral.", PS4, "entailment", PQ23],
  ["adv", "neutral", PS6, "neutral", PQ24],
  ["adv", "Neither positive nor negative — neutral.", PS6, "neutral", PQ24],
  ["adv", "\"Nothing bad\" sounds positive, but overall the tone is neutral.", PS6, "neutral", PQ24],
  ["adv", "Sentiment: Neutral (lukewarm).", PS6, "neutral", PQ24],
  ["adv", "It is a neutral review; not negative.", PS6, "neutral", PQ24],
  ["adv", "The reader feels neither joy nor sadness here.", PS9, null, PQ25],
];

export const LABEL_PROBES: LabelCase[] = ROWS.map(([cls, reply, labels, want, input, finish, aliases]) => ({
  cls: `p5:${cls}`, reply, labels, want, input, ...(finish && finish !== 'stop' ? { finish } : {}), ...(aliases ? { aliases } : {}),
}));
