/**
 * Label replies of our own for the rules batch 8's fix round added (none copied from batch 8):
 * "then" as a final cue ("Then false."), code-style answers (`return False`, "X if … else Y"),
 * elliptic answers in the question's own verb ("It isn't.", "It does."), refusals that open "I'm
 * an AI", replies that leave the choice to the reader ("both readings are defensible", "I can't
 * pick one"), NLI's "follows from", yes/no/maybe and the common label words in other languages
 * (Korean, Japanese, Vietnamese, Indonesian, Polish, Turkish, Hindi, Arabic, Russian, …),
 * classifier-style labels ("POSITIVE", "neg", `[{'label': 'NEGATIVE', 'score': 0.99}]`,
 * "LABEL_2" read as no label), per-label score rows ("positive: 0.02 / negative: 0.95"),
 * triage and toxicity words ("routine", "low priority", "civil", "insulting"), negations
 * ("anything but toxic", "far from urgent", "I wouldn't go so far as to call it toxic", "by no
 * means hearsay", "toxic: false"), and a reply that runs on into the item's own next field
 * ("Review: …" again). Each rule has rows that must NOT commit (a third of them). Each row:
 * [class, reply, labels, what a careful reader takes (or null), the item's text, finish].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, TRI, SENT, NLI, NEWS, TOX, EMO, CLAUSE } from './label-sets.js';

type Row = [string, string, string[], string | null, string?, string?];

const qVit = 'Context: In 412 adults, daily vitamin D did not change the number of colds over one winter.\nQuestion: Does daily vitamin D prevent colds?';
const qHearsay = 'Is the following statement hearsay? To prove the light was red, a witness repeats what a pedestrian yelled: "He ran the red!"';
const qNotice = 'Clause: "Either party may terminate this Agreement upon thirty (30) days\' written notice."\nDoes the clause require notice before termination?';
const qTriage = 'Patient: 58-year-old with crushing chest pain for 20 minutes, sweating.\nTriage category (emergent / urgent / non-urgent)?';
const qRefill = 'Patient: 40-year-old asking for a repeat prescription of her inhaler; no symptoms.\nTriage category?';
const qSent = 'Review: "Stopped working after a week and the seller ignored me."\nSentiment:';
const qNli = 'Premise: Two children are building a sandcastle on the beach.\nHypothesis: Kids are playing outside.\nEntailment, neutral or contradiction?';
const qTox = 'Comment: "With respect, I think your numbers are off by a factor of ten."\nIs this comment toxic?';
const qNews = 'Article: The central bank raised interest rates by half a point on Tuesday.\nCategory (World, Sports, Business, Sci/Tech):';
const qEmo = 'Text: "I finally got the letter — I\'m in!"\nEmotion:';
const qLdl = 'Context: Statins lowered LDL by 40% over two years.\nQuestion: Do statins lower LDL cholesterol?';
const qLdl2 = 'Context: Fish oil did not change LDL in 300 adults.\nQuestion: Does fish oil lower LDL cholesterol?';
const qAudit = 'Does the clause contain an audit right? "Vendor shall keep complete records and permit Customer to inspect them once a year."';
const qLicense = 'Does the clause grant a license? "Customer may evaluate the Software for thirty days."';
const qFormed = 'Was a contract formed when the buyer replied "I accept, provided delivery is by Friday"?';
const qClause = 'Classify the clause: "Seller warrants the goods will be free from defects for one year; Seller\'s liability is capped at the price paid."';

const ROWS: Row[] = [
  // "then" gives the final word; a "then" in a condition does not
  ['then_cue', 'Yes at first sight… wait, colds were not fewer at all. Then no.', PQA, 'no', qVit],
  ['then_cue', 'Cheerful wording, but it stopped working — then negative.', SENT, 'negative', qSent],
  ['then_cue', 'If it were sarcasm, then positive would be wrong; if sincere, then positive. I can\'t tell which.', SENT, null, qSent],
  ['then_cue', 'If the children were indoors, then contradiction.', NLI, null, qNli],
  ['then_cue', 'Then again, no trial measured severity, so I cannot say.', PQA, null, qVit],
  // code-style answers
  ['code', 'def is_hearsay(statement):\n    # offered for its truth\n    return True', YN, 'Yes', qHearsay],
  ['code', 'def requires_notice(clause):\n    return False  # termination is at will', YN, 'No', qNotice],
  ['code', 'return "urgent"', TRI, 'urgent', qTriage],
  ['code', 'def classify(review):\n    return "positive" if "love" in review else "negative"', SENT, null, qSent],
  ['code', 'label = None  # cannot decide', SENT, null, qSent],
  // elliptic answers in the question's own verb
  ['elliptic', 'Is it hearsay? It is — the pedestrian\'s shout is offered to prove the light was red.', YN, 'Yes', qHearsay],
  ['elliptic', 'It isn\'t. The shout is offered for its truth? No — wait, it is. Yes.', YN, 'Yes', qHearsay],
  ['elliptic', 'Hearsay? It\'s not; it comes in as an excited utterance.', YN, 'No', qHearsay],
  ['elliptic', 'Does it require notice? It does: thirty days, in writing.', YN, 'Yes', qNotice],
  ['elliptic', 'It doesn\'t — wait, thirty days\' notice is right there. It does.', YN, 'Yes', qNotice],
  ['elliptic', 'Whether it is or it isn\'t depends on the purpose of the offer.', YN, null, qHearsay],
  ['elliptic', 'It is, in part.', YN, null, qHearsay],
  ['elliptic', 'It might — the wording is loose.', YN, null, qNotice],
  ['elliptic', 'It is what it is: an out-of-court statement, but not offered for its truth, so not hearsay.', YN, 'No', qHearsay],
  // refusals that open "I'm an AI"
  ['refusal', 'I\'m an AI and cannot assess patients. If this is an emergency, dial 911.', TRI, null, qTriage],
  ['refusal', 'As an AI I won\'t triage real people — emergency services can.', TRI, null, qTriage],
  ['refusal', 'I\'m an AI, but going by the description: emergent.', TRI, 'emergent', qTriage],
  ['refusal', 'I am an AI model and can\'t give medical advice, though this sounds like an emergency.', TRI, 'emergent', qTriage],
  // the choice left to the reader
  ['undecided', 'Case for yes: the notice period is written. Case for no: nothing stops an immediate end. Both readings are defensible; your call.', YN, null, qNotice],
  ['undecided', 'Arguments for positive: "sturdy box". Arguments for negative: it broke. I\'ll leave it to you.', SENT, null, qSent],
  ['undecided', 'Arguments for yes are thin; the answer is no.', PQA, 'no', qVit],
  ['undecided', 'It sits between warranty and limitation of liability — I can\'t choose one with confidence.', CLAUSE, null, qClause],
  ['undecided', 'I can\'t commit to one label: it reads as joy and as surprise.', EMO, null, qEmo],
  ['undecided', 'Hard to pick, but joy.', EMO, 'joy', qEmo],
  // NLI's "follows from"
  ['nli_follows', 'Kids playing outside — that follows directly from children building a sandcastle on a beach.', NLI, 'entailment', qNli],
  ['nli_follows', 'The hypothesis follows logically from the premise.', NLI, 'entailment', qNli],
  ['nli_follows', 'Whether it follows from the premise is unclear to me.', NLI, null, qNli],
  ['nli_follows', 'It does not follow from the premise.', NLI, null, qNli],
  // yes/no/maybe and label words in other languages
  ['lang', 'Không.', PQA, 'no', qVit],
  ['lang', 'Có.', PQA, 'yes', qVit],
  ['lang', 'Mungkin.', PQA, 'maybe', qVit],
  ['lang', 'Może.', PQA, 'maybe', qVit],
  ['lang', 'शायद', PQA, 'maybe', qVit],
  ['lang', 'ربما', PQA, 'maybe', qVit],
  ['lang', '아마도.', PQA, 'maybe', qVit],
  ['lang', 'Sí o no, no lo sé.', PQA, null, qVit],
  ['lang', 'Не знаю.', PQA, null, qVit],
  ['lang', '是还是不是？我无法判断。', PQA, null, qVit],
  ['lang', '부정적입니다.', SENT, 'negative', qSent],
  ['lang', 'ネガティブです。', SENT, 'negative', qSent],
  ['lang', 'Отрицательный.', SENT, 'negative', qSent],
  ['lang', 'Olumsuz.', SENT, 'negative', qSent],
  ['lang', 'Tiêu cực.', SENT, 'negative', qSent],
  ['lang', 'नकारात्मक', SENT, 'negative', qSent],
  ['lang', 'سلبي', SENT, 'negative', qSent],
  ['lang', '긍정인지 부정인지 판단하기 어렵습니다.', SENT, null, qSent],
  ['lang', 'Positivo o negativo? Difícil decir.', SENT, null, qSent],
  ['lang', '모순', NLI, 'contradiction', qNli],
  ['lang', 'Sprzeczność? Nie, raczej neutralne.', NLI, 'neutral', qNli],
  ['lang', '含意。', NLI, 'entailment', qNli],
  ['lang', '無害です。', TOX, 'non-toxic', qTox],
  ['lang', 'Toksik değil.', TOX, 'non-toxic', qTox],
  ['lang', 'Nietoksyczny.', TOX, 'non-toxic', qTox],
  // classifier-style labels
  ['classifier', 'POSITIVE', SENT, 'positive', qSent],
  ['classifier', 'LABEL_2', SENT, null, qSent],
  ['classifier', 'LABEL_1 (score 0.97)', SENT, null, qSent],
  ['classifier', '[{\'label\': \'NEGATIVE\', \'score\': 0.9987}]', SENT, 'negative', qSent],
  ['classifier', '{"label": "ENTAILMENT", "score": 0.91}', NLI, 'entailment', qNli],
  ['classifier', 'neg', SENT, 'negative', qSent],
  ['classifier', 'Sentiment: neu', SENT, 'neutral', qSent],
  ['classifier', 'Negative sentiment detected.', SENT, 'negative', qSent],
  ['classifier', 'Science/Technology', NEWS, 'Sci/Tech', qNews],
  ['classifier', 'SCIENCE & TECH', NEWS, 'Sci/Tech', qNews],
  ['classifier', 'Non Toxic', TOX, 'non-toxic', qTox],
  ['classifier', 'NOT_TOXIC', TOX, 'non-toxic', qTox],
  ['classifier', 'toxic: false', TOX, 'non-toxic', qTox],
  ['classifier', 'toxic: False (0.08)', TOX, 'non-toxic', qTox],
  ['classifier', 'Label: 1', SENT, null, qSent],
  // per-label scores
  ['scores', 'entailment 0.81 | neutral 0.15 | contradiction 0.04', NLI, 'entailment', qNli],
  ['scores', 'positive: 12%\nnegative: 80%\nneutral: 8%', SENT, 'negative', qSent],
  ['scores', 'P(yes)=0.2, P(no)=0.7, P(maybe)=0.1', PQA, 'no', qVit],
  ['scores', 'Scores — World: 0.05, Sports: 0.02, Business: 0.88, Sci/Tech: 0.05', NEWS, 'Business', qNews],
  ['scores', 'positive: 0.5, negative: 0.5, neutral: 0.0', SENT, null, qSent],
  ['scores', 'yes 0.34 / no 0.33 / maybe 0.33', PQA, null, qVit],
  ['scores', 'joy 0.40, surprise 0.38, fear 0.22', EMO, null, qEmo],
  ['scores', 'positive: 2 words, negative: 5 words', SENT, null, qSent],
  ['scores', 'positive: 0.10\nnegative: 0.85\nneutral: 0.05\nOn reflection the sarcasm flips it: positive.', SENT, 'positive', qSent],
  // triage words
  ['triage', 'Routine.', TRI, 'non-urgent', qRefill],
  ['triage', 'Low priority — she can book a clinic visit.', TRI, 'non-urgent', qRefill],
  ['triage', 'Low acuity; no red flags.', TRI, 'non-urgent', qRefill],
  ['triage', 'Life-threatening until proven otherwise: emergent.', TRI, 'emergent', qTriage],
  ['triage', 'He needs routine bloods at some point.', TRI, null, qTriage],
  ['triage', 'Routine or urgent — depends on the vitals.', TRI, null, qRefill],
  // toxicity words
  ['toxicity', 'Civil — on topic and polite.', TOX, 'non-toxic', qTox],
  ['toxicity', 'Insulting.', TOX, 'toxic', qTox],
  ['toxicity', 'Respectful.', TOX, 'non-toxic', qTox],
  ['toxicity', 'Rude? Maybe, but is rude toxic? I can\'t say.', TOX, null, qTox],
  ['toxicity', 'Is it civil or insulting? Depends on the tone, which text can\'t show.', TOX, null, qTox],
  // negations
  ['negation', 'Anything but toxic — a polite correction.', TOX, 'non-toxic', qTox],
  ['negation', 'Far from urgent.', TRI, 'non-urgent', qRefill],
  ['negation', 'I wouldn\'t go so far as to call it toxic.', TOX, 'non-toxic', qTox],
  ['negation', 'By no means hearsay: it is offered to show the listener was warned.', YN, 'No', qHearsay],
  ['negation', 'I\'m not sure it\'s toxic.', TOX, null, qTox],
  ['negation', 'Not certain it is urgent; the vitals are missing.', TRI, null, qTriage],
  // a reply that runs on into the item's own next field
  ['item_field', 'Sentiment: negative\n\nReview: "Great value, fast shipping."\nSentiment: positive', SENT, 'negative', qSent],
  ['item_field', 'Category: Business\n\nArticle: The striker scored twice in the final.\nCategory: Sports', NEWS, 'Business', qNews],
  ['item_field', 'Label: urgent\nPatient: 8-year-old with a fever of', TRI, 'urgent', qTriage, 'length'],
  ['item_field', 'Patient: 58-year-old with crushing chest pain.\nTriage category:', TRI, null, qTriage, 'length'],
  ['item_field', 'Review: "Stopped working after a week." — the reviewer is clearly unhappy. Negative.', SENT, 'negative', qSent],
  // more of our own across the rules above (elliptic plural, grades, scores in brackets, code, other scripts)
  ['elliptic', 'They do.', PQA, 'yes', qLdl],
  ['elliptic', 'Do they? They don\'t — LDL was unchanged.', PQA, 'no', qLdl2],
  ['elliptic', 'If offered for its truth, it is; otherwise it isn\'t.', YN, null, qHearsay],
  ['elliptic', 'It\'s hearsay? It is if offered for its truth.', YN, null, qHearsay],
  ['classifier', 'Toxicity: low.', TOX, 'non-toxic', qTox],
  ['classifier', 'Toxicity: high — a personal attack.', TOX, 'toxic', qTox],
  ['classifier', 'Urgency: low.', TRI, 'non-urgent', qRefill],
  ['classifier', 'Positive - no doubt about it.', SENT, 'positive', qSent],
  ['classifier', '{"label": "LABEL_0", "score": 0.88}', SENT, null, qSent],
  ['classifier', '[{"label": "POSITIVE", "score": 0.51}, {"label": "NEGATIVE", "score": 0.49}]', SENT, null, qSent],
  ['classifier', 'CONTRADICTION (building vs sleeping)', NLI, 'contradiction', qNli],
  ['scores', 'neutral (0.72), negative (0.20), positive (0.08)', SENT, 'neutral', qSent],
  ['scores', 'Positive: 0.3, Negative: 0.3, Neutral: 0.4', SENT, 'neutral', qSent],
  ['code', 'print("negative")', SENT, 'negative', qSent],
  ['code', '>>> classify(comment)\n\'non-toxic\'', TOX, 'non-toxic', qTox],
  ['code', 'def triage(patient):\n    return "non-urgent"', TRI, 'non-urgent', qRefill],
  ['then_cue', 'Then again, it might not.', PQA, null, qLdl],
  ['then_cue', 'Then it\'s urgent.', TRI, 'urgent', qRefill],
  ['triage', 'No immediate danger.', TRI, null, qTriage],
  ['triage', 'Immediate attention is not needed. Non-urgent.', TRI, 'non-urgent', qRefill],
  ['triage', 'Could be urgent or non-urgent; I need a temperature.', TRI, null, qRefill],
  ['toxicity', 'A bit rude.', TOX, null, qTox],
  ['toxicity', 'Rude but not toxic.', TOX, 'non-toxic', qTox],
  ['toxicity', 'Safe.', TOX, 'non-toxic', qTox],
  ['lang', '중립적입니다.', SENT, 'neutral', qSent],
  ['lang', 'Trung lập.', SENT, 'neutral', qSent],
  ['lang', 'Нейтрально.', SENT, 'neutral', qSent],
  ['lang', 'Evet, düşürür.', PQA, 'yes', qLdl],
  ['lang', 'नहीं', PQA, 'no', qLdl],
  ['lang', 'Não tóxico.', TOX, 'non-toxic', qTox],
  ['lang', '无毒。', TOX, 'non-toxic', qTox],
  // more that must not commit
  ['lang', '아마 긍정, 아마 부정.', SENT, null, qSent],
  ['lang', 'Quizás sí, quizás no.', PQA, null, qVit],
  ['scores', 'positive: 3 stars, negative: 2 stars', SENT, null, qSent],
  ['scores', 'toxic: 0.5, non-toxic: 0.5', TOX, null, qTox],
  ['elliptic', 'It does, and it doesn\'t.', YN, null, qNotice],
  ['elliptic', 'Is it? It\'s hard to say.', YN, null, qHearsay],
  ['triage', 'Routine? Urgent? I\'d need vitals.', TRI, null, qRefill],
  ['triage', 'Emergency services were already called by a bystander.', TRI, null, qTriage],
  ['negation', 'I doubt this is urgent, but I can\'t rule it out.', TRI, null, qRefill],
  ['toxicity', 'Clean? Polite? Hard to tell from text alone.', TOX, null, qTox],
  ['code', 'return None', TRI, null, qTriage],
  // a label under a condition after it, an adverb inside a denial, a service named, an intensifier before a yes/no synonym
  ['condition', 'Yes, if offered for its truth; otherwise no.', YN, null, qHearsay],
  ['condition', 'Yes, if you count a shouted accusation as an assertion — and you should. Yes.', YN, 'Yes', qHearsay],
  ['question_words', 'Daily vitamin D does not meaningfully prevent colds.', PQA, 'no', qVit],
  ['question_words', 'It does not reliably prevent them, if at all.', PQA, 'no', qVit],
  ['elliptic', 'Hearsay? Almost certainly not.', YN, 'No', qHearsay],
  ['triage', 'She can be seen at an urgent care clinic.', TRI, null, qRefill],
  ['triage', 'An urgent care centre can see her; category non-urgent.', TRI, 'non-urgent', qRefill],
  // per-label verdicts opening the row, in brackets, or as grades; compounds; denied evidence; a prefixed predicate
  ['verdicts', '✗ entailment\n✗ neutral\n✓ contradiction', NLI, 'contradiction', qNli],
  ['verdicts', '- [x] neutral\n- [ ] entailment\n- [ ] contradiction', NLI, 'neutral', qNli],
  ['verdicts', '[ ] positive\n[ ] negative\n[ ] neutral', SENT, null, qSent],
  ['verdicts', '✓ urgent\n✓ emergent\n✗ non-urgent', TRI, null, qTriage],
  ['verdicts', 'entailment: unlikely\nneutral: likely\ncontradiction: impossible', NLI, 'neutral', qNli],
  ['verdicts', 'toxic (no), non-toxic (yes)', TOX, 'non-toxic', qTox],
  ['verdicts', 'positive (maybe), negative (maybe)', SENT, null, qSent],
  ['compound', 'Semi-urgent.', TRI, null, qRefill],
  ['compound', 'A post-termination restriction on competing: non-compete.', CLAUSE, 'non-compete', qClause],
  ['compound', 'Anti-assignment? No — the obligation is a warranty.', CLAUSE, 'warranty', qClause],
  ['question_words', 'No evidence it prevents colds.', PQA, 'no', qVit],
  ['question_words', 'There is little evidence that vitamin D prevents colds.', PQA, 'no', qVit],
  ['question_words', 'Some evidence suggests it prevents colds in deficient people, but not here.', PQA, null, qVit],
  ['question_words', 'The shout is non-hearsay here: offered to show the listener was warned.', YN, 'No', qHearsay],
  // answer cues and denials in other languages, as folded ("La risposta è", "Die Antwort lautet", "ni … ni")
  ['lang', 'Die Antwort lautet nein.', PQA, 'no', qVit],
  ['lang', 'La risposta è sì.', PQA, 'yes', qVit],
  ['lang', 'Réponse : non.', PQA, 'no', qVit],
  ['lang', 'Ni positivo ni negativo.', SENT, 'neutral', qSent],
  ['lang', 'Ni sí ni no: los datos no alcanzan.', PQA, 'maybe', qVit],
  ['lang', 'Weder ja noch nein.', YN, null, qHearsay],
  // the question's "contain/include/provide X" answered with having or lacking it; scores as a JSON object
  ['have', 'It lacks an audit right; it only requires record-keeping.', YN, 'No', qAudit],
  ['have', 'There is an audit right: Customer may inspect the records annually.', YN, 'Yes', qAudit],
  ['have', 'It contains no audit right.', YN, 'No', qAudit],
  ['have', 'Whether it contains an audit right depends on how "inspect" is read.', YN, null, qAudit],
  ['structured', '{"audit_right": true}', YN, 'Yes', qAudit],
  ['scores', '{"positive": 0.97, "negative": 0.01, "neutral": 0.02}', SENT, 'positive', qSent],
  ['scores', '{"positive": 0.45, "negative": 0.40, "neutral": 0.15}', SENT, null, qSent],
  // a synonym with a complement ("critical to", "true that", "clean of") or conceded before "but" is not the answer
  ['complement', 'Urgent. It\'s critical to get a CT within the hour.', TRI, 'urgent', qTriage],
  ['complement', 'Toxic. It is clean of profanity but hateful in intent.', TOX, 'toxic', qTox],
  ['complement', 'No. It\'s possible to argue otherwise, but the trial was clear.', PQA, 'no', qVit],
  ['complement', 'No. It\'s true that the sample was small, but the null was clear.', PQA, 'no', qVit],
  ['complement', 'It is safe to say the comment is blunt.', TOX, null, qTox],
  ['complement', 'True that colds were fewer in one arm, but only by chance; I can\'t say more.', PQA, null, qVit],
  ['concession', 'Maybe. True, fewer colds were seen, but the trial was tiny.', PQA, 'maybe', qVit],
  ['concession', 'Possible, but not shown here.', PQA, 'maybe', qVit],
  // labels given from a source each; scores by table column
  ['framed', 'According to the abstract, yes; according to the discussion, maybe.', PQA, null, qVit],
  ['framed', 'Based on the trial above: no.', PQA, 'no', qVit],
  ['scores', '| entailment | neutral | contradiction |\n|---|---|---|\n| 0.05 | 0.90 | 0.05 |', NLI, 'neutral', qNli],
  // emotion words said as the answer; a denied label corrected by the next; a clause type in other words
  ['emotion_words', 'Thrilled — joy.', EMO, 'joy', qEmo],
  ['emotion_words', 'Stunned.', EMO, 'surprise', qEmo],
  ['emotion_words', 'Not sad, angry.', EMO, 'anger', qEmo],
  ['emotion_words', 'Not sad, not angry either.', EMO, null, qEmo],
  ['emotion_words', 'Shocked and delighted in equal measure.', EMO, null, qEmo],
  ['emotion_words', 'Anxious or stunned? Can\'t tell.', EMO, null, qEmo],
  ['synonym', 'A cap on damages.', CLAUSE, 'limitation of liability', qClause],
  // intensifiers that deny nothing, "nothing"/"zero" that deny, reflection cues, a possibility in the question's words
  ['intensifier', 'Not only toxic but threatening.', TOX, 'toxic', qTox],
  ['intensifier', 'Not just urgent: emergent.', TRI, 'emergent', qTriage],
  ['intensifier', 'Nothing toxic here.', TOX, 'non-toxic', qTox],
  ['intensifier', 'Zero toxicity.', TOX, 'non-toxic', qTox],
  ['reflection', 'Initially I thought no, but on reflection yes.', PQA, 'yes', qVit],
  ['reflection', 'Yes at first glance; in fact, no.', PQA, 'no', qVit],
  ['question_words', 'It\'s double hearsay, actually.', YN, 'Yes', qHearsay],
  ['question_words', 'Could be hearsay; I need to know the purpose.', YN, null, qHearsay],
  ['question_words', 'It may not be hearsay at all if offered for the warning.', YN, null, qHearsay],
  // the question's verb with its object denied; a doubted predicate; an elliptic answer with its reason
  ['question_words', 'No license is granted; it only permits evaluation.', YN, 'No', qLicense],
  ['question_words', 'It grants none.', YN, 'No', qLicense],
  ['question_words', 'Some license is granted, though only for evaluation.', YN, 'Yes', qLicense],
  ['question_words', 'Whether any license is granted depends on what "evaluate" allows.', YN, null, qLicense],
  ['question_words', 'I\'m not sure it\'s hearsay.', YN, null, qHearsay],
  ['elliptic', 'It wasn\'t, because the acceptance changed the terms.', YN, 'No', qFormed],
  ['elliptic', 'It was, but only after the counter-offer was accepted.', YN, null, qFormed],
  // "or rather" corrects; a "then" branch of an earlier "if" with its "otherwise"
  ['reflection', 'Urgent, or rather emergent given the chest pain.', TRI, 'emergent', qTriage],
  ['then_cue', 'If the children are at a lake then entailment, otherwise neutral; the premise says a beach.', NLI, null, qNli],
  ['then_cue', 'If you count wet sand as outside then entailment — and you should. Entailment.', NLI, 'entailment', qNli],
  ['reflection', 'Leaning towards urgent, but I would want vitals before committing.', TRI, null, qTriage],
];

export const LABEL_RULES_B8: LabelCase[] = ROWS.map(([cls, reply, labels, want, input, finish]) => ({ cls: `r8:${cls}`, reply, labels, want, input, ...(finish ? { finish } : {}) }));
