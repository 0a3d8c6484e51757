/**
 * Label replies of our own for the rules batch 7's fix round added (none copied from batch 7):
 * self-corrections ("I'll revise that to maybe", "Changing to non-urgent"), "non-"/"no-" as a
 * prefix ("a non-exclusive license" is no "No"), a label inside an "if" clause ("If this is an
 * emergency, call 911"), refusals to triage or diagnose, a hedge before the question's own
 * words, market jargon (bullish/bearish), NLI's "supported"/"refuted", news topics in other
 * languages, a one-word label misspelt. Each rule has rows that must NOT commit. Each row:
 * [class, reply, labels, what a careful reader takes (or null), the item's question].
 */
import type { LabelCase } from './label-corpus.js';
import { PQA, YN, TRI, SENT, NLI, NEWS } from './label-sets.js';

type Row = [string, string, string[], string | null, string?];

const qSafe = 'Is watchful waiting safe for adults with acute sinusitis?';
const qLicense = 'Does the clause grant a license? Clause: "Licensor grants Licensee a non-exclusive, non-transferable license to use the Software."';
const qTriage = 'Triage the patient: 45-year-old with a sprained ankle, walking with a limp, vitals normal.';
const qHearsay = 'Is the following statement hearsay? A witness repeats what a bystander shouted at the scene.';
const qSent = 'Financial news sentence: "Net sales fell 12% on weak demand." Sentiment?';
const qNli = 'Premise: The museum opened in 1990. Hypothesis: The museum is popular with tourists. Answer entailment, neutral, or contradiction.';
const qMob = 'Question: Does early mobilisation after hip fracture surgery increase mortality?\nContext: Mobilisation within 48 hours was associated with lower mortality.';
const qNews = 'Classify the news article into one of: World, Sports, Business, Sci/Tech.';

const ROWS: Row[] = [
  // self-corrections
  ['revise_to', 'Yes at first glance — but complications were never measured. I\'ll revise that to maybe.', PQA, 'maybe', qSafe],
  ['revise_to', 'No. Hmm, the trial did show equal outcomes with fewer antibiotics; changing my answer to yes.', PQA, 'yes', qSafe],
  ['revise_to', 'Urgent… actually the vitals are normal and he walks. Changing to non-urgent.', TRI, 'non-urgent', qTriage],
  ['revise_to', 'Emergent? No — switching to urgent, the pain is controlled.', TRI, 'urgent', qTriage],
  ['revise_to', 'Changing the dressing is urgent only if it bleeds; as described this is non-urgent.', TRI, 'non-urgent', qTriage],
  // "non-" and "no-" as prefixes
  ['prefix', 'The clause grants a non-exclusive, non-transferable license.', YN, 'Yes', qLicense],
  ['prefix', 'It is a no-fault provision; nothing here grants a license.', YN, 'No', qLicense],
  ['prefix', 'Non-exclusive and non-transferable.', YN, null, qLicense],
  ['prefix', 'Non — it only restricts use, so no license is granted.', YN, 'No', qLicense],
  // a label in a condition
  ['condition', 'I can\'t triage real patients. If this is an emergency, call your local emergency number.', TRI, null, qTriage],
  ['condition', 'If it were emergent he could not bear weight. He can, so: non-urgent.', TRI, 'non-urgent', qTriage],
  ['condition', 'Unless the ankle is deformed this is not emergent; I\'d call it urgent.', TRI, 'urgent', qTriage],
  ['condition', 'I cannot diagnose anyone over chat; please see a clinician.', TRI, null, qTriage],
  ['condition', 'Urgent - if he deteriorates, emergent.', TRI, 'urgent', qTriage],
  ['condition', 'If it gets worse, emergent.', TRI, null, qTriage],
  ['condition', 'If anything, negative.', SENT, 'negative', qSent],
  ['condition', 'If I had to pick, maybe.', PQA, 'maybe', qSafe],
  ['condition', 'I can\'t give medical advice, but from the vitals this looks urgent.', TRI, 'urgent', qTriage],
  ['condition', 'It looks positive at first, but falling sales make it negative.', SENT, 'negative', qSent],
  // a hedge before the question's own words
  ['hedge', 'It could go either way: offered for its truth it is hearsay, offered to show notice it is not.', YN, null, qHearsay],
  ['hedge', 'Hard to say — it depends on why it is offered, though usually it is hearsay.', YN, null, qHearsay],
  ['hedge', 'It is offered for its truth, so it is hearsay.', YN, 'Yes', qHearsay],
  // market jargon
  ['jargon', 'Bearish — sales down 12%.', SENT, 'negative', qSent],
  ['jargon', 'Clearly bullish.', SENT, 'positive', qSent],
  ['jargon', 'Bullish or bearish depends on expectations; from the sentence alone I can\'t say.', SENT, null, qSent],
  ['jargon', 'Analysts were bullish last quarter, but this sentence reports falling sales: negative.', SENT, 'negative', qSent],
  // NLI's supported / refuted
  ['nli_words', 'The hypothesis is neither supported nor refuted by the premise.', NLI, 'neutral', qNli],
  ['nli_words', 'Refuted: the premise says the opposite.', NLI, 'contradiction', qNli],
  ['nli_words', 'Supported or refuted? I can\'t decide from one sentence.', NLI, null, qNli],
  // news topics in other languages
  ['other_language', 'Deportes.', NEWS, 'Sports', qNews],
  ['other_language', 'Categoría: Negocios (fusiones).', NEWS, 'Business', qNews],
  ['other_language', 'Kategorie: Wissenschaft und Technik.', NEWS, 'Sci/Tech', qNews],
  ['other_language', 'Monde.', NEWS, 'World', qNews],
  ['other_language', 'Deportes o negocios, no estoy seguro.', NEWS, null, qNews],
  ['other_language', 'It\'s a sports business story - a club\'s sale.', NEWS, null, qNews],
  // a one-word label misspelt
  // the question's verb after a subject with a prepositional phrase
  ['later_verb', 'It does not increase mortality; if anything it lowers it.', PQA, 'no', qMob],
  ['later_verb', 'In frail patients it did increase mortality.', PQA, 'yes', qMob],
  ['later_verb', 'Mortality is a concern after any surgery.', PQA, null, qMob],
  ['recited', 'Yes. No. Maybe. I don\'t know.', PQA, null, qSafe],
  ['recited', 'Positive. Negative. Neutral. Pick one yourself.', SENT, null, qSent],
  ['recited', 'Yes? No? Final answer: maybe.', PQA, 'maybe', qSafe],
  ['typo', 'postive', SENT, 'positive', qSent],
  ['typo', 'Negatve.', SENT, 'negative', qSent],
  ['typo', 'contradictoin', NLI, 'contradiction', qNli],
  ['typo', 'Negotiable', SENT, null, qSent],
  ['typo', 'Pending', SENT, null, qSent],
];

export const LABEL_RULES_B7: LabelCase[] = ROWS.map(([cls, reply, labels, want, input]) => ({ cls: `r7:${cls}`, reply, labels, want, input }));
