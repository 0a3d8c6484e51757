/**
 * Label replies of our own for the rules batch 12's fix round added (none copied from batch 12),
 * written over many label sets — language codes, customer intents, stances, spam / ham, emotions,
 * NLI, PubMedQA, LegalBench yes/no, urgency — before the extractor read them: a language named in
 * English or in its own tongue where the labels are ISO codes ("German", "Türkçe" for de, tr); an
 * emotion's adjective said of the writer ("The writer feels afraid"); "No stance" / "takes no side"
 * where the set has none; "Not spam — …" where the set's other label is ham; NLI's neutral as "the
 * premise neither supports nor rules out the hypothesis"; per-label rows with a verdict after a dash
 * ("maybe — best fit"); an opening hedge between labels whose later labels are only what evidence
 * "would point towards"; a refusal to give legal or medical advice that names the question's verb;
 * a reply written as the agent answering the customer rather than classifying; a base model's Q/A
 * echo answered before the token limit cut its next, invented question; mixed evidence before a
 * label that says the answer is open ("… the evidence is mixed. Maybe."). Each class has rows that
 * must NOT commit.
 * Each row: [class, reply, labels, what a careful reader takes (or null), the item's text, finish].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, SENT, NLI, TOX, EMO } from './label-sets.js';

type Row = [string, string, string[], string | null, string?, string?];

const LANG9 = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr'];
const LANG5 = ['en', 'fr', 'ja', 'zh', 'ru'];
const SPAM = ['spam', 'ham'];
const REL = ['relevant', 'irrelevant'];
const STANCE = ['favor', 'against', 'none'];
const STANCE2 = ['support', 'oppose', 'none'];
const SUPPORT = ['cancel_subscription', 'billing_issue', 'technical_support', 'change_plan', 'refund_request', 'general_inquiry'];
const URGENCY = ['low', 'medium', 'high', 'critical'];

const qLang = 'Text: "Het pakket wordt morgen bezorgd."\nLanguage (en, de, fr, es, it, pt, nl, pl, tr):';
const qLang5 = 'Text: "明日は雨が降るでしょう。"\nLanguage code (en, fr, ja, zh, ru):';
const qSpam = 'Message: "Lunch moved to 1pm, same room."\nspam or ham?';
const qRel = 'Query: "cheap flights to Lisbon"\nDocument: "Ten pasta recipes for busy weeknights."\nRelevant or irrelevant?';
const qStance = 'Target: a four-day work week\nTweet: "Anyone watching the match tonight?"\nStance (favor, against, none):';
const qStance2 = 'Target: the new stadium\nPost: "Traffic on the ring road was awful today."\nStance (support, oppose, none):';
const qNli = 'Premise: A chef is slicing onions in a busy kitchen.\nHypothesis: The chef owns the restaurant.\nEntailment, neutral, or contradiction?';
const qEmo = 'Text: "the doctor hasn\'t called back and my hands won\'t stop shaking"\nEmotion (sadness, joy, love, anger, fear, surprise):';
const qEmo2 = 'Text: "they moved my flight AGAIN without telling me"\nEmotion (sadness, joy, love, anger, fear, surprise):';
const qPqa = 'Question: Does vitamin D supplementation reduce fractures in older adults?\nContext: Two cohorts suggested fewer fractures, but the largest randomized trial found no effect.';
const qAudit = 'Does the following clause grant audit rights?\nClause: "Each party shall keep accurate books and records."';
const qMed = 'Question: Do beta-blockers reduce mortality after myocardial infarction?\nContext: Several large trials found lower mortality with beta-blockers.';
const qBill = 'Customer: "My card was charged twice this month, please help."';
const qCancel = 'Customer: "Please stop my subscription, I don\'t use it anymore."';
const qHear = 'Is there hearsay? At trial, a witness testifies that she saw the defendant run from the store.';
const qSent = 'Is the review positive? Review: "The soup was cold and the bread was stale."';

const ROWS: Row[] = [
  // a language named in English or in its own tongue, where the labels are ISO 639-1 codes
  ['language_name', 'Dutch', LANG9, 'nl', qLang],
  ['language_name', 'Nederlands', LANG9, 'nl', qLang],
  ['language_name', 'The text is written in Dutch.', LANG9, 'nl', qLang],
  ['language_name', 'Language: Polish', LANG9, 'pl', qLang],
  ['language_name', 'Español.', LANG9, 'es', qLang],
  ['language_name', 'This sentence is Italian.', LANG9, 'it', qLang],
  ['language_name', 'Japanese', LANG5, 'ja', qLang5],
  ['language_name', '日本語です。', LANG5, 'ja', qLang5],
  ['language_name', 'Russian (ru)', LANG5, 'ru', qLang5],
  ['language_name', 'It looks German at first, but "het" and "wordt" are Dutch.', LANG9, 'nl', qLang],
  ['language_name', 'Either Dutch or German, hard to say.', LANG9, null, qLang],
  ['language_name', 'Not German.', LANG9, null, qLang],
  ['language_name', 'Dutch or Afrikaans? I can\'t tell.', LANG9, null, qLang],
  ['language_name', 'Chinese or Japanese — the kanji fit both.', LANG5, null, qLang5],
  // an emotion's adjective said of the writer
  ['feels_adjective', 'The writer feels afraid.', EMO, 'fear', qEmo],
  ['feels_adjective', 'The author sounds scared.', EMO, 'fear', qEmo],
  ['feels_adjective', 'The writer is clearly frightened.', EMO, 'fear', qEmo],
  ['feels_adjective', 'The writer feels angry.', EMO, 'anger', qEmo2],
  ['feels_adjective', 'The person is furious about the change.', EMO, 'anger', qEmo2],
  ['feels_adjective', 'The writer feels afraid or maybe just sad.', EMO, null, qEmo],
  ['feels_adjective', 'Would the writer feel afraid? Hard to say.', EMO, null, qEmo],
  ['feels_adjective', 'The writer doesn\'t feel afraid; they are angry.', EMO, 'anger', qEmo2],
  // "No stance", "takes no side" where the set has none
  ['no_stance', 'No stance — the tweet is about football, not the work week.', STANCE, 'none', qStance],
  ['no_stance', 'No stance.', STANCE, 'none', qStance],
  ['no_stance', 'The tweet takes no stance on the four-day week.', STANCE, 'none', qStance],
  ['no_stance', 'It takes no position either way.', STANCE2, 'none', qStance2],
  ['no_stance', 'Neither for nor against — it\'s about traffic.', STANCE2, 'none', qStance2],
  ['no_stance', 'No clear stance toward the stadium.', STANCE2, 'none', qStance2],
  ['no_stance', 'No — it\'s against.', STANCE, 'against', qStance],
  ['no_stance', 'No stance at first glance, but the sarcasm makes it against.', STANCE, 'against', qStance],
  ['no_stance', 'Hard to say whether it takes a stance at all.', STANCE, null, qStance],
  // "Not X — …" where the set's other label is its complement
  ['not_label_reason', 'Not spam — it\'s an ordinary note between colleagues.', SPAM, 'ham', qSpam],
  ['not_label_reason', 'Definitely not spam; a colleague moving a meeting.', SPAM, 'ham', qSpam],
  ['not_label_reason', 'This is not spam.', SPAM, 'ham', qSpam],
  ['not_label_reason', 'Not relevant — the document is about pasta, not flights.', REL, 'irrelevant', qRel],
  ['not_label_reason', 'Not spam? Hard to say, the link looks odd.', SPAM, null, qSpam],
  ['not_label_reason', 'Not sure it\'s spam.', SPAM, null, qSpam],
  ['not_label_reason', 'It reads like it is not spam, but the shortened link gives it away: spam.', SPAM, 'spam', qSpam],
  // NLI's neutral in words
  ['nli_neither_nor', 'The premise neither supports nor rules out the hypothesis.', NLI, 'neutral', qNli],
  ['nli_neither_nor', 'There\'s no logical link either way — the premise neither entails nor rules out ownership.', NLI, 'neutral', qNli],
  ['nli_neither_nor', 'The hypothesis is neither supported nor contradicted by the premise.', NLI, 'neutral', qNli],
  ['nli_neither_nor', 'It neither confirms nor refutes the hypothesis.', NLI, 'neutral', qNli],
  ['nli_neither_nor', 'One might think the premise neither supports nor rules it out, but a chef in a busy kitchen is not necessarily an owner — contradiction? No: neutral.', NLI, 'neutral', qNli],
  ['nli_neither_nor', 'Does the premise neither support nor rule out the hypothesis? I\'m not sure.', NLI, null, qNli],
  // an opening hedge between labels; later labels only what the evidence "would point towards"
  ['hedge_would_point', 'The answer could be either yes or maybe. The cohorts support a yes, but the null trial would point towards maybe. It depends on which evidence you weigh more.', PQA, null, qPqa],
  ['hedge_would_point', 'Either neutral or negative. Read literally it is neutral; the sarcasm would point to negative. It depends on the reader.', SENT, null],
  ['hedge_would_point', 'This could be high or critical. If every customer is affected, that would point to critical.', URGENCY, null],
  ['hedge_would_point', 'At first glance it could be either yes or maybe, but the largest trial is decisive: the answer is no.', PQA, 'no', qPqa],
  ['hedge_would_point', 'The evidence points towards maybe.', PQA, 'maybe', qPqa],
  // per-label rows with a verdict after a dash or colon
  ['dash_verdict_rows', 'yes — unlikely, the trial was null\nno — not fully supported, the cohorts were positive\nmaybe — best fit given the conflict', PQA, 'maybe', qPqa],
  ['dash_verdict_rows', 'positive — no\nnegative — best fit\nneutral — no', SENT, 'negative', qSent],
  ['dash_verdict_rows', 'low — unlikely\nmedium — unlikely\nhigh — most likely\ncritical — unlikely', URGENCY, 'high'],
  ['dash_verdict_rows', 'toxic — doesn\'t fit\nnon-toxic — fits', TOX, 'non-toxic'],
  ['dash_verdict_rows', 'yes — possible\nno — possible\nmaybe — possible', PQA, null, qPqa],
  ['dash_verdict_rows', 'favor — likely\nagainst — likely\nnone — unlikely', STANCE, null, qStance],
  // a refusal to advise that names the question's verb
  ['refusal_advice', 'I\'m not able to provide legal advice or interpret specific contract provisions. For questions about what rights a clause grants, please consult a licensed attorney.', YN, null, qAudit],
  ['refusal_advice', 'I can\'t interpret contracts or give legal advice; a lawyer can tell you whether the clause grants audit rights.', YN, null, qAudit],
  ['refusal_advice', 'I\'m unable to offer medical advice on whether beta-blockers reduce mortality; please talk to your cardiologist.', PQA, null, qMed],
  ['refusal_advice', 'I\'m not a lawyer, but no — the clause only covers record-keeping; it does not grant audit rights.', YN, 'No', qAudit],
  ['refusal_advice', 'This isn\'t legal advice, but yes, the clause grants audit rights.', YN, 'Yes', qAudit],
  // a reply written as the agent answering the customer
  ['agent_reply', 'I\'m sorry about the double charge! I\'ve issued a refund for the duplicate payment; it should arrive in 3–5 days. Anything else I can help with?', SUPPORT, null, qBill],
  ['agent_reply', 'Sorry to see you go! I\'ve cancelled your subscription and you won\'t be billed again. Is there anything else I can do for you?', SUPPORT, null, qCancel],
  ['agent_reply', 'Thanks for reaching out! I can help you change your plan — which tier would you like?', SUPPORT, null, qCancel],
  ['agent_reply', 'Intent: billing_issue. I\'m sorry about the double charge!', SUPPORT, 'billing_issue', qBill],
  ['agent_reply', 'refund_request — the customer wants the duplicate payment back.', SUPPORT, 'refund_request', qBill],
  // a base model's Q/A echo answered before the token limit cut its next question
  ['qa_echo_cut', `Q: ${qHear}\nA: No\n\nQ: Is there hearsay? A letter from the defendant is offered to show that`, YN, 'No', qHear, 'length'],
  ['qa_echo_cut', `Q: ${qSent}\nA: No\n\nQ: Is the review positive? Review: "Great staff and`, YN, 'No', qSent, 'length'],
  ['qa_echo_cut', `Question: ${qHear}\nAnswer: No\n\nQuestion: Is there hearsay? The plaintiff`, YN, 'No', qHear, 'length'],
  ['qa_echo_cut', `Q: ${qHear}\nA: The answer depends on whether the`, YN, null, qHear, 'length'],
  ['qa_echo_cut', `Q: Is there hearsay? A diary entry is offered to prove the affair.\nA: Yes\n\nQ: ${qHear}\nA:`, YN, null, qHear, 'length'],
  // mixed evidence before a label that says the answer is open
  ['mixed_open_label', 'Yes. Wait — the trials were null and the cohorts positive, so the evidence is mixed. Maybe.', PQA, 'maybe', qPqa],
  ['mixed_open_label', 'The evidence is mixed, so: uncertain.', ['yes', 'no', 'uncertain'], 'uncertain', qPqa],
  ['mixed_open_label', 'No at first sight; the data are mixed, though. Maybe.', PQA, 'maybe', qPqa],
  ['mixed_open_label', 'The evidence is mixed: yes for the cohorts, no for the trial.', PQA, null, qPqa],
  ['mixed_open_label', 'Mixed — maybe, or no.', PQA, null, qPqa],
  ['mixed_open_label', 'Positive. Well, mixed really. Negative.', SENT, null, qSent],
  // probes written once these rules were in, before the extractor read them (all read as labelled): near-misses of each rule
  ['probe_after', 'The text mentions Berlin, but the words are Dutch.', LANG9, 'nl', qLang],
  ['probe_after', 'Not Dutch — Afrikaans, which isn\'t in the list.', LANG9, null, qLang],
  ['probe_after', 'Language: it', LANG9, 'it', qLang],
  ['probe_after', 'It is Japanese.', LANG5, 'ja', qLang5],
  ['probe_after', 'Dutch, or possibly Flemish — same language.', LANG9, 'nl', qLang],
  ['probe_after', 'The writer feels nothing in particular.', EMO, null, qEmo],
  ['probe_after', 'She is sad? No — she is angry.', EMO, 'anger', qEmo2],
  ['probe_after', 'They are afraid the results will be bad, but mostly they are angry.', EMO, 'anger', qEmo2],
  ['probe_after', 'The customer wants a refund for the double charge.', SUPPORT, 'refund_request', qBill],
  ['probe_after', 'I\'m sorry to hear that! Classification: billing_issue.', SUPPORT, 'billing_issue', qBill],
  ['probe_after', 'I can\'t give legal advice, but the clause does not grant audit rights.', YN, 'No', qAudit],
  ['probe_after', 'positive — no\nnegative — no\nneutral — no', SENT, null, qSent],
  ['probe_after', `Q: ${qHear}\nA: Yes, because\n\nQ: Is there`, YN, 'Yes', qHear, 'length'],
  ['probe_after', 'Stance: none — no stance on uniforms.', STANCE, 'none', qStance],
];

export const LABEL_RULES_B12: LabelCase[] = ROWS.map(([cls, reply, labels, want, input, finish]) => ({ cls: `r12:${cls}`, reply, labels, want, input, ...(finish ? { finish } : {}) }));
