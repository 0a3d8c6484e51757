/**
 * Label replies of our own for the rules batch 9's fix round added (none copied from batch 9): a
 * "… not" synonym that goes on to deny a label ("certainly not a yes") answers nothing itself;
 * labels given as the consequence of a condition or a reading after a cue ("If you trust the
 * adjustment, the answer is yes; if not, it's maybe", "taken at face value, it is toxic") or
 * under a frame of their own ("Under federal law: No. Under state law (…): Yes.") leave the answer
 * open when they disagree; a do-question's subject is never an article alone ("Does the agreement
 * permit …?": "agreements" is no verb); NLI's labels as instruction-tuned prompts word them ("True",
 * "False", "Neither", "it is not possible to tell"); per-label rows where every other row is left
 * empty ("no: —"); a reply that asks for more before it answers names no label by a mention;
 * clause types and news topics in more languages ("Cesión", "Бизнес", "Abtretung", "ビジネス").
 * Each rule has rows that must NOT commit. Each row: [class, reply, labels, what a careful reader
 * takes (or null), the item's text, finish].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, TRI, SENT, NLI, NEWS, TOX, EMO, CLAUSE } from './label-sets.js';

type Row = [string, string, string[], string | null, string?, string?];

const qStatin = 'Context: In 2,100 adults over 75, statins did not reduce cardiovascular events over four years (HR 0.97).\nQuestion: Do statins prevent cardiovascular events in adults over 75?';
const qCovenant = 'Clause: "Employee shall not work for any competitor anywhere in the world for ten years after leaving."\nIs the covenant enforceable?';
const qSubcontract = 'Clause: "Supplier may engage subcontractors with Buyer\'s prior written consent."\nDoes the agreement permit subcontracting?';
const qRoyalty = 'Clause: "Licensee shall pay Licensor a royalty of 5% of net sales."\nDoes the licensee owe royalties?';
const qRepair = 'Clause: "Tenant shall bear the cost of all repairs to the premises other than structural repairs."\nDoes the tenant bear repair costs?';
const qSent = 'Review: "The pasta was great, but we waited an hour for it."\nSentiment (positive, negative, neutral):';
const qNli = 'Premise: A man is sleeping on a bench in the park.\nHypothesis: A man is running a marathon.\nEntailment, neutral, or contradiction?';
const qNli2 = 'Premise: A woman is reading a book on a train.\nHypothesis: A woman is travelling.\nTrue, False, or Neither?';
const qTox = 'Comment: "Oh sure, because your last idea worked SO well."\nIs this comment toxic?';
const qNews = 'Article: The league suspended the striker for three matches after the brawl.\nTopic (World, Sports, Business, Sci/Tech):';
const qNews2 = 'Article: Chipmaker shares rose 6% after the company raised its annual forecast.\nTopic:';
const SST5 = ['very negative', 'negative', 'neutral', 'positive', 'very positive'];
const EKMAN = ['anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness', 'surprise'];
const qSst5 = 'Review: "The room was fine but the staff ignored two of our requests."\nRate: very negative, negative, neutral, positive, very positive.';
const qEmo = 'Text: "i keep checking the door, i swear someone is outside"\nEmotion:';
const qEmo2 = 'Text: "we won the final and i still cant stop grinning"\nEmotion:';
const qFact = 'Utterance: "The train leaves from platform 4 at 9:10."\nEmotion (anger, disgust, fear, joy, neutral, sadness, surprise):';
const qAbx = 'Context: In 2,300 septic patients, mortality was similar whether antibiotics were given within 1 or 3 hours.\nQuestion: Does early antibiotic therapy lower mortality in sepsis?';
const qStatinDem = 'Context: A cohort of 5,000 older adults found fewer dementia diagnoses among statin users, with wide confidence intervals.\nQuestion: Do statins prevent dementia in older adults?';
const qDevice = 'Context: Patients given the new wound device rated it highly; length of stay was 5.1 vs 5.3 days (p=0.6).\nQuestion: Does the device shorten hospital stay?';
const qPj = 'Q: A Delaware company is sued in Oregon by an Oregon resident; it has no offices, sales or agents in Oregon. Is there personal jurisdiction over the defendant?\nA:';
const qFq = 'Q: A plaintiff sues under a federal civil rights statute. Is there federal question jurisdiction?\nA:';
const qDiv = 'Q: A citizen of Ohio sues a citizen of Ohio and a citizen of Kentucky for $100,000. Is there diversity jurisdiction?\nA:';
const OFF = ['offensive', 'not offensive'];
const HATE = ['hate', 'non-hate'];
const BBC = ['business', 'entertainment', 'politics', 'sport', 'tech'];
const qOff = 'Tweet: "@user congrats on the new job!! so proud of you"\nOffensive or not offensive?';
const qHate = 'Post: "People from that country are all criminals."\nLabel: hate or non-hate?';
const qBbc = 'Article: "The new smartphone chip is 40% faster than its predecessor."\nCategory (business, entertainment, politics, sport, tech):';
const qNli3 = 'Premise: A dog runs across a snowy field.\nHypothesis: The dog is outside.\nEntailment, neutral, or contradiction?';

const ROWS: Row[] = [
  // a "… not" synonym going on to deny a label answers nothing itself
  // both other labels denied: what is left
  ['negated_weak', 'Definitely not a no — but not a clear yes either.', PQA, 'maybe', qStatin],
  ['negated_weak', 'Absolutely not a maybe: the effect was large and consistent, so yes.', PQA, 'yes', qStatin],
  ['negated_weak', 'Probably not a yes; I\'d call it maybe.', PQA, 'maybe', qStatin],
  ['negated_weak', 'Probably not enforceable: ten years, worldwide, is far beyond what courts accept.', YN, 'No', qCovenant],
  ['negated_weak', 'Certainly not — the hazard ratio is 0.97.', PQA, 'no', qStatin],
  ['negated_weak', 'Definitely not.', PQA, 'no', qStatin],
  ['negated_weak', 'Of course not a clean yes, given the confidence interval.', PQA, null, qStatin],
  // conditions and readings after a cue: their labels disagree, so nothing is given
  ['conditional_cue', 'If the primary endpoint counts, the answer is yes; if only the secondary one does, the answer is no.', PQA, null, qStatin],
  ['conditional_cue', 'If the sarcasm is intended, the sentiment is negative; if not, it is positive.', SENT, null, qSent],
  ['conditional_cue', 'Taken at face value, the label is non-toxic; read sarcastically, it is toxic.', TOX, null, qTox],
  ['conditional_cue', 'When the bench is read as a place to rest, the relation is contradiction; otherwise it would be neutral.', NLI, null, qNli],
  ['conditional_cue', 'If we go by the primary outcome, the answer is no.', PQA, 'no', qStatin],
  ['conditional_cue', 'If I had to pick, the answer is maybe.', PQA, 'maybe', qStatin],
  ['conditional_cue', 'Read literally, the relation is contradiction: a sleeping man is not running.', NLI, 'contradiction', qNli],
  // labels under a frame of their own ("Under X:", "In X:", "For X:")
  ['framed', 'In the US: Yes. In the EU (under the GDPR): No.', YN, null, qCovenant],
  ['framed', 'For adults: yes. For the oldest group (over 85): no.', PQA, null, qStatin],
  ['framed', 'Under the 2019 guideline: urgent. Under the older protocol: emergent.', TRI, null, 'Patient: 70-year-old with a fall and hip pain, vitals stable.\nTriage category?'],
  ['framed', 'Under New York law: Yes. Under California law (Bus. & Prof. Code 16600): No.', YN, null, qCovenant],
  ['framed', 'Under the facts given: No.', YN, 'No', qCovenant],
  ['framed', 'In short: negative.', SENT, 'negative', qSent],
  // a do-question's subject is never an article alone
  ['do_subject', 'Most agreements address subcontracting in a separate section; look there.', YN, null, qSubcontract],
  ['do_subject', 'Typically licensees owe royalties on net sales, but check the definitions.', YN, null, qRoyalty],
  ['do_subject', 'It does permit it, with the buyer\'s written consent.', YN, 'Yes', qSubcontract],
  ['do_subject', 'The tenant bears all repair costs except structural ones.', YN, 'Yes', qRepair],
  ['do_subject', 'Tenants usually negotiate repair allocations at signing.', YN, null, qRepair],
  // NLI's labels as instruction-tuned prompts word them
  ['nli_words', 'True — travelling on a train is what reading on a train implies.', NLI, 'entailment', qNli2],
  ['nli_words', 'Answer: False', NLI, 'contradiction', qNli],
  ['nli_words', 'Neither. The premise says nothing about the woman\'s destination.', NLI, 'neutral', qNli2],
  ['nli_words', 'it is not possible to tell', NLI, 'neutral', qNli2],
  ['nli_words', 'Definitely false: a man asleep on a bench is not running a marathon.', NLI, 'contradiction', qNli],
  ['nli_words', 'It is true that the man is outdoors, but is he running? Unclear.', NLI, null, qNli],
  ['nli_words', 'Both sentences could be true at once, in principle.', NLI, null, qNli],
  ['nli_words', 'True or false? The premise mentions a bench, the hypothesis a race.', NLI, null, qNli],
  ['nli_words', 'False.', SENT, null, qSent],
  // per-label rows, every other one left empty
  ['empty_rows', 'entailment: —\nneutral: the premise is silent on the destination\ncontradiction: —', NLI, 'neutral', qNli2],
  ['empty_rows', 'positive: -\nnegative: complains about the hour-long wait\nneutral: -', SENT, 'negative', qSent],
  ['empty_rows', 'Yes: —\nNo: ten years worldwide is unreasonable', YN, 'No', qCovenant],
  ['empty_rows', 'yes: —\nno: —\nmaybe: —', PQA, null, qStatin],
  ['empty_rows', 'positive: praises the pasta\nnegative: complains about the wait\nneutral: —', SENT, null, qSent],
  ['empty_rows', 'toxic: —\nnon-toxic: —', TOX, null, qTox],
  // a reply that asks for more before it answers
  ['needs_more', 'I would need to read the whole contract before labelling this — it mentions termination only in passing.', CLAUSE, null, 'Classify the clause: "Upon expiry, Sections 7 and 9 survive."'],
  ['needs_more', 'Without seeing the rest of the thread, I can\'t say whether this is hostile.', TOX, null, qTox],
  ['needs_more', 'Need more context before categorising: the piece only says the striker was suspended.', NEWS, null, qNews],
  ['needs_more', 'I\'d want to see the full agreement before classifying; the confidentiality carve-out may belong to another section.', CLAUSE, null, 'Classify the clause: "Except as set out in Section 12, neither party shall disclose the terms hereof."'],
  ['needs_more', 'Confidentiality. I\'d need the full agreement to be certain, but this is about non-disclosure.', CLAUSE, 'confidentiality', 'Classify the clause: "Except as set out in Section 12, neither party shall disclose the terms hereof."'],
  ['needs_more', 'Termination — though I would need the schedule to check the notice period.', CLAUSE, 'termination', 'Classify the clause: "Either party may end this Agreement on 60 days\' notice."'],
  // clause types and news topics in more languages
  ['lang', 'Limitación de responsabilidad: la cláusula fija un tope igual a las tarifas pagadas.', CLAUSE, 'limitation of liability', 'Classify the clause: "Liability shall not exceed the fees paid."'],
  ['lang', 'Abtretung — die Übertragung des Vertrags bedarf der Zustimmung.', CLAUSE, 'assignment', 'Classify the clause: "This Agreement may not be transferred without consent."'],
  ['lang', 'Clausola di cessione.', CLAUSE, 'assignment', 'Classify the clause: "This Agreement may not be transferred without consent."'],
  ['lang', '责任限制条款', CLAUSE, 'limitation of liability', 'Classify the clause: "Liability shall not exceed the fees paid."'],
  ['lang', 'No es una cesión: es una cláusula de terminación.', CLAUSE, 'termination', 'Classify the clause: "Either party may end this Agreement on 60 days\' notice."'],
  ['lang', 'Спорт', NEWS, 'Sports', qNews],
  ['lang', 'Категория: Наука и техника', NEWS, 'Sci/Tech', qNews2],
  ['lang', 'ビジネス', NEWS, 'Business', qNews2],
  ['lang', 'Это не спорт, а бизнес.', NEWS, 'Business', qNews2],
  ['lang', 'Экономика или спорт — трудно сказать.', NEWS, null, qNews2],
  // rules this round's probes (corpora/label-probes-r9.ts) prompted
  // a denial before a quote mark
  ['quoted_denial', 'Negative, not "very negative": the guest is annoyed, not furious.', SST5, 'negative', qSst5],
  ['quoted_denial', 'Not \'toxic\' in my view — just blunt. Non-toxic.', TOX, 'non-toxic', qTox],
  ['quoted_denial', 'It is not “joy” but “fear”.', EMO, 'fear', qEmo],
  ['quoted_denial', 'Not "neutral".', SENT, null, qSent],
  ['quoted_denial', 'The label "positive" fits best.', SENT, 'positive', qSent],
  // "rate it X", "tag it X": a cue without "as"
  ['rate_it', 'I would rate this neutral; it only lists facts.', SST5, 'neutral', qSst5],
  ['rate_it', 'I\'d tag it Business.', NEWS, 'Business', qNews2],
  ['rate_it', 'Rate it positive? Hard to say.', SENT, null, qSent],
  ['rate_it', 'I marked it toxic at first, but on a second read it is non-toxic.', TOX, 'non-toxic', qTox],
  // a label ranked below another is not the answer
  ['ranked', 'Main topic: Business. Secondary topic: Sci/Tech.', NEWS, 'Business', qNews2],
  ['ranked', 'Dominant emotion: fear, with undertones of sadness.', EMO, 'fear', qEmo],
  ['ranked', 'Primary: joy\nSecondary: surprise', EMO, 'joy', qEmo2],
  ['ranked', 'Joy, with a touch of surprise.', EMO, 'joy', qEmo2],
  ['ranked', 'Anger and sadness in equal measure.', EMO, null, qEmo],
  // an emoji closes or opens a clause
  ['emoji', 'Joyful 🎉', EMO, 'joy', qEmo2],
  ['emoji', 'Scared 😨', EMO, 'fear', qEmo],
  ['emoji', 'Toxic ☠️', TOX, 'toxic', qTox],
  ['emoji', '🙂 positive', SENT, 'positive', qSent],
  ['emoji', 'Happy 🎉 or furious 😡 — the text could be read either way.', EMO, null, qEmo2],
  // "no emotion" names neutral beside emotions
  ['no_feeling', 'No particular emotion — it just states a time and a platform.', EKMAN, 'neutral', qFact],
  ['no_feeling', 'The utterance expresses no emotion.', EKMAN, 'neutral', qFact],
  ['no_feeling', 'No clear sentiment.', SST5, 'neutral', qSst5],
  ['no_feeling', 'No emotion fits perfectly.', EKMAN, null, qFact],
  ['no_feeling', 'There is no sentiment analysis possible on a single word.', SENT, null, qSent],
  // NLI's neutral as "neither … nor …"
  ['nli_neither', 'The premise neither supports nor contradicts the hypothesis.', NLI, 'neutral', qNli],
  ['nli_neither', 'Neither entails nor contradicts — the premise is silent on the destination.', NLI, 'neutral', qNli2],
  ['nli_neither', 'It neither proves nor disproves that the dog is cold.', NLI, 'neutral', qNli3],
  ['nli_neither', 'The premise neither confirms nor denies it in so many words, but a snowy field is outside, so entailment.', NLI, 'entailment', qNli3],
  // a label said of a split among readers, "Borderline."
  ['split', 'Some readers might call this negative; most would not. Neutral.', SENT, 'neutral', qSent],
  ['split', 'Borderline — some annotators would label it toxic, others would not.', TOX, null, qTox],
  ['split', 'Some would call it sarcasm and rate it negative, others would see a plain statement.', SENT, null, qSent],
  ['split', 'Borderline toxic, but I\'d say toxic.', TOX, 'toxic', qTox],
  ['split', 'Some moderators would remove it; I would not. Non-toxic.', TOX, 'non-toxic', qTox],
  // rules the round's second probes prompted
  // a list denied as a whole hedges nothing
  ['denied_list', 'This tweet is neutral: it is neither positive nor negative.', SENT, 'neutral', qSent],
  ['denied_list', 'Not joy or surprise — the writer is afraid. Fear.', EMO, 'fear', qEmo],
  ['denied_list', 'The review is neutral; nothing in it is positive or negative.', SENT, 'neutral', qSent],
  ['denied_list', 'It is not positive or negative, and not neutral either.', SENT, null, qSent],
  ['denied_list', 'Neither joy nor sadness fits.', EMO, null, qEmo],
  // an aspect's row is said of a part
  ['aspect_rows', 'Overall: negative\n\nBy aspect:\n  - food: positive\n  - service: negative\n  - price: neutral', SENT, 'negative', qSent],
  ['aspect_rows', 'Label: positive\nDetails:\n  plot: negative\n  acting: positive\n  music: positive', ['positive', 'negative'], 'positive', qSent],
  ['aspect_rows', 'Aspects:\n  - food: positive\n  - service: negative', SENT, null, qSent],
  ['aspect_rows', '- taste: positive\n- price: positive', SENT, 'positive', qSent],
  ['aspect_rows', 'Sentiment:\n  - overall: neutral', SENT, 'neutral', qSent],
  // the consequence of a counterfactual
  ['counterfactual', 'Toxic. (Had it been said between friends, it would be non-toxic banter.)', TOX, 'toxic', qTox],
  ['counterfactual', 'Negative. If the reviewer had liked the product, the review would be positive, but they did not.', SENT, 'negative', qSent],
  ['counterfactual', 'Were the premise about a beach, it would be entailment; it is about a bench, so contradiction.', NLI, 'contradiction', qNli],
  ['counterfactual', 'If I had to choose, it would be fear.', EMO, 'fear', qEmo],
  ['counterfactual', 'If the customer were joking it would be positive; I can\'t tell.', SENT, null, qSent],
  // "mixed with", "tinged with": the second label is not the answer
  ['mixed_with', 'Mostly fear, mixed with some anger at the landlord.', EMO, 'fear', qEmo],
  ['mixed_with', 'Joy tinged with surprise.', EMO, 'joy', qEmo2],
  ['mixed_with', 'Negative, with a bit of neutral reporting.', SENT, 'negative', qSent],
  ['mixed_with', 'Equal parts anger and fear.', EMO, null, qEmo],
  // "Emotion: None" beside a neutral label
  ['none_field', 'Emotion: none', EKMAN, 'neutral', qFact],
  ['none_field', 'Sentiment: None', SENT, 'neutral', qSent],
  ['none_field', 'None.', EKMAN, null, qFact],
  ['none_field', 'Sarcasm: none', SENT, null, qSent],
  ['none_field', 'None of the emotions fit.', EKMAN, null, qFact],
  // rules the round's third probes (corpora/label-probes-r9c.ts) prompted
  // a denied showing of the question's claim
  ['denied_claim', 'The cohort does not show that early antibiotic therapy lowers mortality.', PQA, 'no', qAbx],
  ['denied_claim', 'These data fail to prove that statins prevent dementia.', PQA, 'no', qStatinDem],
  ['denied_claim', 'It does not show that the device shortens hospital stay, only that patients liked it.', PQA, 'no', qDevice],
  ['denied_claim', 'It does not show how the device was used.', PQA, null, qDevice],
  ['denied_claim', 'The paper does not show the raw data, but statins prevented dementia in the treated arm.', PQA, 'yes', qStatinDem],
  // the question's predicate, then its state
  ['predicate_state', 'Personal jurisdiction is lacking because the company has no contacts with Oregon.', YN, 'No', qPj],
  ['predicate_state', 'Federal question jurisdiction exists because the claim arises under a federal statute.', YN, 'Yes', qFq],
  ['predicate_state', 'Complete diversity is missing — two parties are from Ohio — so diversity jurisdiction is not present.', YN, 'No', qDiv],
  ['predicate_state', 'Whether diversity jurisdiction is lacking depends on the defendant\'s domicile.', YN, null, qDiv],
  ['predicate_state', 'Is diversity jurisdiction lacking? Let me check the citizenship of each party.', YN, null, qDiv],
  // "rather than", "instead of" before a quote mark
  ['quoted_denial', 'I\'d pick "neutral" rather than "positive".', SENT, 'neutral', qSent],
  ['quoted_denial', 'The label should be "no" instead of "yes".', PQA, 'no', qStatin],
  ['quoted_denial', 'More "fear" than "sadness".', EMO, 'fear', qEmo],
  ['quoted_denial', 'Rather than "positive" or "negative", I would not pick anything.', SENT, null, qSent],
  // "non-X" for a `not X` label, "not X" for a `non-X` one
  ['non_not', 'Not hate.', HATE, 'non-hate', qHate],
  ['non_not', 'nonoffensive', OFF, 'not offensive', qOff],
  ['non_not', 'Non offensive.', OFF, 'not offensive', qOff],
  ['non_not', 'Offensive, not non-offensive.', OFF, 'offensive', qOff],
  // hate speech and BBC News's tech in other words
  ['topic_words', 'Hateful.', HATE, 'hate', qHate],
  ['topic_words', 'This post is hate speech targeting a nationality.', HATE, 'hate', qHate],
  ['topic_words', 'Not hateful, just rude.', HATE, 'non-hate', qHate],
  ['topic_words', 'The article is about technology.', BBC, 'tech', qBbc],
  ['topic_words', 'It mentions technology stocks, so business.', BBC, 'business', qBbc],
  // rules the round's fourth probes (corpora/label-probes-r9d.ts) prompted: a label only approached
  ['approached', 'Mostly positive, bordering on neutral.', SENT, 'positive', qSent],
  ['approached', 'Fear, verging on surprise.', EMO, 'fear', qEmo],
  ['approached', 'Close to toxic but not quite: non-toxic.', TOX, 'non-toxic', qTox],
  ['approached', 'It is close to neutral.', SENT, null, qSent],
  ['approached', 'Somewhere close to urgent.', TRI, null, 'Patient: 70-year-old with a fall and hip pain, vitals stable.\nTriage category?'],
  // the fifth probes (corpora/label-probes-r9e.ts): a reply cut by the token limit inside its last word
  ['cut_word', 'Weighing the wording, the sentiment is neg', SENT, null, qSent, 'length'],
  ['cut_word', 'The final label: contra', NLI, null, qNli, 'length'],
  ['cut_word', 'Sentiment: neg.', SENT, 'negative', qSent],
  ['cut_word', 'Label: contradiction', NLI, 'contradiction', qNli, 'length'],
  // the sixth probes (corpora/label-probes-r9f.ts): a middle grade leaves its row open
  ['mid_grade', 'joy: medium\nsurprise: medium\nfear: low', EMO, null, qEmo2],
  ['mid_grade', 'entailment: high\nneutral: medium\ncontradiction: low', NLI, 'entailment', qNli],
  ['mid_grade', 'toxic: moderate\nnon-toxic: moderate', TOX, null, qTox],
  ['mid_grade', 'negative: high\npositive: moderate\nneutral: low', SENT, 'negative', qSent],
  // the seventh probes (corpora/label-probes-r9g.ts): "point to X" as a cue
  ['points_to', 'Some would say yes, others maybe; the hazard ratio points to yes.', PQA, 'yes', qStatin],
  ['points_to', 'The wording points towards negative.', SENT, 'negative', qSent],
  ['points_to', 'Everything here points to contradiction.', NLI, 'contradiction', qNli],
  ['points_to', 'Does the evidence point to yes or no? I cannot tell.', PQA, null, qStatin],
  // a statement in the question's words under a condition that follows it
  ['condition_after', 'The covenant is enforceable if a court narrows it to one year; otherwise it is not.', YN, null, qCovenant],
  ['condition_after', 'It is not hearsay if offered only to show the shout was made.', YN, null, 'Is the following statement hearsay? A witness repeats what a pedestrian yelled: "He ran the red!"'],
  ['condition_after', 'The covenant is not enforceable: ten years worldwide is unreasonable.', YN, 'No', qCovenant],
  ['condition_after', 'Not enforceable, even if narrowed.', YN, 'No', qCovenant],
  // NLI's neutral by elimination in other words: "cannot infer", "nothing rules it out"
  ['nli_elimination', 'You cannot infer the destination, and nothing rules it out either.', NLI, 'neutral', qNli2],
  ['nli_elimination', 'The premise neither implies it nor rules it out.', NLI, 'neutral', qNli2],
  ['nli_elimination', 'A sleeping man running a marathon is ruled out by the premise.', NLI, 'contradiction', qNli],
  ['nli_elimination', 'We cannot infer it from the premise.', NLI, null, qNli2],
  // the eighth probes (corpora/label-probes-r9h.ts): long reasoning
  // "classify the overall sentiment as X": a two-word object before "as"
  ['classify_as', 'I would label the overall tone as negative.', SENT, 'negative', qSent],
  ['classify_as', 'On reflection I\'d categorize the main relation as contradiction, not neutral.', NLI, 'contradiction', qNli],
  ['classify_as', 'Some would classify the overall sentiment as positive.', SENT, null, qSent],
  // a satisfied or disappointed reviewer, said as the answer
  ['satisfaction', 'Overall, the customer seems disappointed.', SENT, 'negative', qSent],
  ['satisfaction', 'Overall the reviewer seems pleased.', SENT, 'positive', qSent],
  ['satisfaction', 'Whether the reviewer is satisfied is hard to tell.', SENT, null, qSent],
  // "if I must pick one" commits; "I lean X" is a cue unless it is hedged after
  ['pick_lean', 'Anger and fear both fit. If I must pick one, fear.', EMO, 'fear', qEmo],
  ['pick_lean', 'I lean toward Business, since the story is about earnings.', NEWS, 'Business', qNews2],
  ['pick_lean', 'I\'d lean negative.', SENT, 'negative', qSent],
  ['pick_lean', 'I lean positive but could go neutral.', SENT, null, qSent],
  ['pick_lean', 'If the reviewer must choose, neutral.', SENT, null, qSent],
  // a branch given and the rest left open; frames opened by "At"
  ['open_rest', 'Yes for the over-80s; for younger adults the question remains open.', PQA, null, qStatin],
  ['open_rest', 'Emergent for the chest pain; the answer is unclear for the rash.', TRI, null, 'Patient: 58-year-old with chest pain and a new rash.\nTriage category?'],
  ['open_rest', 'At common law: Yes. Under the statute: No. The prompt does not say which applies.', YN, null, qCovenant],
  ['open_rest', 'At first sight, yes; on reflection, no.', YN, 'No', qCovenant],
  ['open_rest', 'Yes. The question is open only for clauses longer than five years.', YN, 'Yes', qCovenant],
  // the ninth probes (corpora/label-probes-r9i.ts): after the answer, "whether <another matter> depends on …" hedges that other matter
  ['other_hedge', 'The covenant is unenforceable, but whether a court would narrow it depends on the state.', YN, 'No', qCovenant],
  ['other_hedge', 'Hearsay. Whether an exception applies depends on why it is offered.', YN, 'Yes', 'Is the following statement hearsay? A witness repeats what a pedestrian yelled: "He ran the red!"'],
  ['other_hedge', 'Whether the covenant is enforceable depends on the state.', YN, null, qCovenant],
  ['other_hedge', 'Enforceable? It depends on the state.', YN, null, qCovenant],
];

export const LABEL_RULES_B9: LabelCase[] = ROWS.map(([cls, reply, labels, want, input, finish]) => ({ cls: `r9:${cls}`, reply, labels, want, input, ...(finish ? { finish } : {}) }));
