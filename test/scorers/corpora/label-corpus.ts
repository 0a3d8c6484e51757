/**
 * Label replies as models write them, over four label sets (yes/no/maybe, Yes/No on
 * a legal question, clause types, causes of action), each labelled with what a
 * careful reader takes from it (a label as the suite spells it, or null). Written
 * from the classes of issue 21 before the label extractor was written.
 *
 * Generic templates use {G} (the reader's label), {O} and {P} (two other labels);
 * {GU} is {G} in capitals. They are read on every instantiation of INSTS.
 */

export interface LabelCase {
  cls: string;
  reply: string;
  labels: string[];
  /** The item's own text (its question), for answers given in the question's words. */
  input?: string;
  /** A suite's `aliases:` (label → accepted synonyms). */
  aliases?: Record<string, string[]>;
  want: string | null;
  finish?: string;
}

export const LABEL_SETS = {
  pqa: ['yes', 'no', 'maybe'],
  yn: ['Yes', 'No'],
  clause: ['indemnification', 'limitation of liability', 'termination', 'confidentiality', 'governing law', 'non-compete', 'warranty'],
  tort: ['negligence', 'battery', 'breach of contract', 'defamation', 'no claim'],
} satisfies Record<string, string[]>;

const PQA_Q = 'Context: A cohort of 412 adults was followed for five years. Question: Does regular aspirin use reduce the risk of colorectal adenoma?';
const HEARSAY_Q = 'On the issue of whether Anna was at the bank, a teller testifies that Bob told her "Anna was at the bank at noon." Is there hearsay?';
const CLAUSE_Q = 'Classify the clause: "Each party shall indemnify and hold harmless the other from any third-party claims..."';
const TORT_Q = 'Facts: Dan punched Paul during an argument. Which cause of action?';

interface Inst { set: keyof typeof LABEL_SETS; G: string; O: string; P: string; input: string }

const INSTS: Inst[] = [
  { set: 'pqa', G: 'yes', O: 'no', P: 'maybe', input: PQA_Q },
  { set: 'pqa', G: 'maybe', O: 'yes', P: 'no', input: PQA_Q },
  { set: 'yn', G: 'No', O: 'Yes', P: 'Yes', input: HEARSAY_Q },
  { set: 'clause', G: 'termination', O: 'confidentiality', P: 'warranty', input: CLAUSE_Q },
  { set: 'clause', G: 'limitation of liability', O: 'indemnification', P: 'governing law', input: CLAUSE_Q },
  { set: 'tort', G: 'battery', O: 'negligence', P: 'defamation', input: TORT_Q },
];

/** [class, template, wants {G} (true) or nothing (false), finish] */
type Template = [string, string, boolean, string?];

const GENERIC: Template[] = [
  ['bare', '{G}', true],
  ['bare', '{GU}', true],
  ['bare', '**{G}**', true],
  ['bare', '{G}.', true],
  ['cue', 'Label: {G}', true],
  ['cue', 'Answer: {G}', true],
  ['cue', 'The answer is {G}.', true],
  ['cue', 'Final answer: {G}', true],
  ['cue', 'Classification: **{G}**', true],
  ['final_vs_first', 'It looks like {O} at first, but the answer is {G}.', true],
  ['final_vs_first', 'At first glance {O}; on closer reading, {G}.', true],
  ['final_vs_first', '{O}? No — {G}.', true],
  ['final_vs_first', 'I initially said {O}, but the correct label is {G}.', true],
  ['final_vs_first', 'Answer: {O}\nCorrection: {G}', true],
  ['final_vs_first', 'One might argue {O}. However, the better answer is {G}.', true],
  ['quoted', 'You asked whether it is {O} or {G}. It is {G}.', true],
  ['quoted', 'Options: {O}, {G}, {P}.\nAnswer: {G}', true],
  ['hedge', 'Either {G} or {O}.', false],
  ["hedge", "I can't say {G} or {O}.", false],
  ['hedge', '{G} or {O}; hard to tell.', false],
  ['hedge', 'It could be {G}, but it might also be {O}.', false],
  ['hedge', '{G}/{O}', false],
  ['hedge', 'Possible labels: {G}, {O}.', false],
  ['verdict_list', '{O}: no\n{G}: yes\n{P}: no', true],
  ['verdict_list', '- {O} ✗\n- {G} ✓\n- {P} ✗', true],
  ['verdict_list', '{G} — applies. {O} — does not apply.', true],
  ['verdict_list', '{O}: false\n{G}: true', true],
  ["negation", "I wouldn't call it {O}; it's {G}.", true],
  ['negation', 'Not {O}. {G}.', true],
  ['negation', 'It is {G}, not {O}.', true],
  ['negation', 'Rather than {O}, this is {G}.', true],
  ['debris', '{G}<|im_end|>', true],
  ['debris', '{G}</s>', true],
  ['debris', '[/INST] {G}', true],
  ['debris', '{G}<|eot_id|>', true],
  ['truncated', 'Let me analyse this carefully. At first it looks like {O} and', false, 'length'],
  ['truncated', 'Answer: {G}\nBecause the', true, 'length'],
  ['structured', '{"label": "{G}"}', true],
  ['structured', '{"answer": "{G}", "confidence": "high"}', true],
  ['structured', '<answer>{G}</answer>', true],
];

/** Cases written for one label set each. */
const SPECIFIC: LabelCase[] = [];
function add(cls: string, set: keyof typeof LABEL_SETS, input: string, rows: Array<[string, string | null]>, extra: Partial<LabelCase> = {}): void {
  for (const [reply, want] of rows) SPECIFIC.push({ cls, reply, labels: LABEL_SETS[set], input, want, ...extra });
}

add('english_no', 'pqa', PQA_Q, [
  ['No question about it, this is yes: the risk fell by a third.', 'yes'],
  ['No doubt: yes.', 'yes'],
  ['No comment.', null],
  ['No idea.', null],
  ['No matter how you read the data, the answer is maybe.', 'maybe'],
  ['No, wait — yes.', 'yes'],
  ['There is no clear evidence either way, so maybe.', 'maybe'],
  ['No significant difference was found, so the answer is no.', 'no'],
]);
add('synonym', 'pqa', PQA_Q, [
  ['True.', 'yes'], ['False', 'no'], ['Possibly.', 'maybe'], ['Perhaps.', 'maybe'], ['Absolutely.', 'yes'],
  ['Definitely not.', 'no'], ['Not really.', 'no'], ['Certainly.', 'yes'], ['Uncertain.', 'maybe'],
  ['Affirmative.', 'yes'], ['Of course not.', 'no'], ['Yep', 'yes'], ['Nope.', 'no'], ['Unclear.', 'maybe'],
]);
add('multilingual', 'pqa', PQA_Q, [
  ['Sí.', 'yes'], ['Oui', 'yes'], ['Ja.', 'yes'], ['Nein', 'no'], ['Non.', 'no'], ['Não', 'no'], ['Sim', 'yes'],
  ['Да', 'yes'], ['Нет.', 'no'], ['是', 'yes'], ['否', 'no'], ['はい', 'yes'], ['いいえ', 'no'], ['Quizás', 'maybe'],
  ['Peut-être.', 'maybe'], ['Vielleicht', 'maybe'], ['La respuesta es sí.', 'yes'], ['Die Antwort ist nein.', 'no'],
]);
add('final_vs_first', 'pqa', PQA_Q, [
  ['Yes — wait, no.', 'no'],
  ['The answer is no, not yes.', 'no'],
  ['Yes or no? I would say no.', 'no'],
  ['Initially the data suggest yes, but after adjustment the effect disappears. Final answer: maybe', 'maybe'],
  ['Some studies say yes, others no; this one found a reduction. Answer: yes', 'yes'],
  ['The question is whether aspirin reduces adenoma risk: yes, it does.', 'yes'],
]);
add('hedge', 'pqa', PQA_Q, [
  ['Yes and no.', null],
  ['The answer is yes for adults but no for children.', null],
  ['Either yes or maybe.', null],
  ["I can't say yes or no.", null],
  ['It depends.', null],
  ['yes/no/maybe', null],
]);
add('reasoning', 'pqa', PQA_Q, [
  ['The cohort shows a 30% lower adenoma rate among regular users, consistent across subgroups. So yes.', 'yes'],
  ['Confidence intervals cross 1 and the study is underpowered; the honest answer is maybe.', 'maybe'],
  ['Aspirin did not change the adenoma rate (RR 0.98). No.', 'no'],
  ['I think yes, but I am not sure.', 'yes'],
]);
add('refusal', 'pqa', PQA_Q, [
  ['I cannot give medical advice; please consult your doctor.', null],
  ["I'm sorry, I can't answer yes or no to that.", null],
  ['As an AI, I am unable to determine this.', null],
  ["I don't know.", null],
]);

add('question_words', 'yn', HEARSAY_Q, [
  ['It is not hearsay.', 'No'],
  ['This is hearsay.', 'Yes'],
  ['The statement qualifies as hearsay.', 'Yes'],
  ["It isn't hearsay because it is not offered for its truth.", 'No'],
  ['Hearsay.', 'Yes'],
  ['Not hearsay.', 'No'],
  ['The statement is offered to prove Anna was at the bank, so it is hearsay.', 'Yes'],
  ['This would not be considered hearsay.', 'No'],
  ['There is hearsay here: an out-of-court statement offered for its truth.', 'Yes'],
  ['There is no hearsay.', 'No'],
]);
add('english_no', 'yn', HEARSAY_Q, [
  ['No question about it, this is hearsay.', 'Yes'],
  ['No doubt: Yes.', 'Yes'],
  ['No.', 'No'],
  ['No comment.', null],
]);
add('synonym', 'yn', HEARSAY_Q, [
  ['True', 'Yes'], ['False.', 'No'], ['Correct, it is.', 'Yes'], ['Negative.', 'No'], ['Yes, it is hearsay.', 'Yes'],
  ['No, it is not hearsay.', 'No'], ['Sí, es prueba de referencia.', 'Yes'], ['Nein.', 'No'],
]);
add('hedge', 'yn', HEARSAY_Q, [
  ['It could be hearsay or not, depending on the purpose.', null],
  ['Yes/No', null],
  ['Maybe.', null],
  ["I'd need more facts to say yes or no.", null],
]);
add('refusal', 'yn', HEARSAY_Q, [
  ['I am not able to provide legal advice.', null],
  ["Sorry, I can't help with that.", null],
  ['Please consult a lawyer.', null],
]);
add('final_vs_first', 'yn', HEARSAY_Q, [
  ['Yes at first sight, but the statement is not offered for its truth, so No.', 'No'],
  ['Answer: Yes\n\nOn reflection: No.', 'No'],
  ['The question "Is there hearsay?" — No.', 'No'],
]);

add('synonym', 'clause', CLAUSE_Q, [
  ['Indemnity.', 'indemnification'],
  ['This is an indemnity clause.', 'indemnification'],
  ['Choice of law', 'governing law'],
  ['This is a choice-of-law provision.', 'governing law'],
  ['Non-competition covenant.', 'non-compete'],
  ['Noncompete', 'non-compete'],
  ['Cap on liability.', 'limitation of liability'],
  ['Limitation-of-liability', 'limitation of liability'],
  ['NDA / non-disclosure obligations.', 'confidentiality'],
  ['Warranties', 'warranty'],
  ['A termination clause.', 'termination'],
  ['It is a confidentiality provision.', 'confidentiality'],
  ['Hold-harmless clause', 'indemnification'],
  ['Applicable law', 'governing law'],
]);
add('negation', 'clause', CLAUSE_Q, [
  ["This isn't a termination clause, it's a confidentiality clause.", 'confidentiality'],
  ["I wouldn't call it a warranty; it's an indemnification clause.", 'indemnification'],
  ['This is not about confidentiality or indemnification; it is termination.', 'termination'],
  ['Neither termination nor confidentiality: non-compete.', 'non-compete'],
  ['Although it mentions termination, the clause is a confidentiality clause.', 'confidentiality'],
  ['Not a governing law clause.', null],
  ['It is not a warranty.', null],
]);
add('reasoning', 'clause', CLAUSE_Q, [
  ['The clause caps damages at the fees paid, so it reads like termination at first.\nLabel: limitation of liability', 'limitation of liability'],
  ['The clause requires one party to hold the other harmless against third-party claims. That is indemnification.', 'indemnification'],
  ['Reasoning: the party may end the agreement on notice.\n\nTermination', 'termination'],
  ['Key words: "shall not disclose", "proprietary information". Category: confidentiality.', 'confidentiality'],
  ['The provision says the laws of Delaware govern the agreement, which is a governing law clause.', 'governing law'],
]);
add('hedge', 'clause', CLAUSE_Q, [
  ['Could be indemnification or limitation of liability.', null],
  ['It has elements of both confidentiality and non-compete.', null],
  ['Unclear; maybe termination, maybe warranty.', null],
  ['Several labels apply: termination, confidentiality.', null],
]);
add('no_answer', 'clause', CLAUSE_Q, [
  ['I cannot classify this clause.', null], ['', null], ['Need more context.', null], ['None of these categories fit.', null],
  ['This clause is poorly drafted.', null], ['Other.', null],
]);
add('aliases', 'clause', CLAUSE_Q, [
  ['Exclusivity / restrictive covenant.', 'non-compete'],
  ['Law and jurisdiction clause.', 'governing law'],
  ['Guarantee of quality.', 'warranty'],
], { aliases: { 'non-compete': ['restrictive covenant'], 'governing law': ['law and jurisdiction'], warranty: ['guarantee of quality'] } });

add('bare', 'tort', TORT_Q, [
  ['Battery', 'battery'], ['BREACH OF CONTRACT', 'breach of contract'], ['No claim.', 'no claim'], ['Defamation!', 'defamation'],
]);
add('english_no', 'tort', TORT_Q, [
  ['No question, this is battery.', 'battery'],
  ['No — it is negligence.', 'negligence'],
  ['No claim lies here.', 'no claim'],
  ['No comment.', null],
]);
add('negation', 'tort', TORT_Q, [
  ['This is not negligence; the punch was intentional, so battery.', 'battery'],
  ["It isn't defamation, it's battery.", 'battery'],
  ['The facts do not show negligence.', null],
]);
add('refusal', 'tort', TORT_Q, [
  ['I am not a lawyer and cannot advise on this.', null],
  ["I'm unable to determine the cause of action.", null],
]);
add('no_answer', 'pqa', PQA_Q, [
  ['', null], ['Interesting study.', null], ['It depends on the dose.', null], ['The study had 412 adults.', null],
  ['Could you share the full abstract?', null],
]);
add('no_answer', 'yn', HEARSAY_Q, [
  ['', null], ['The teller heard Bob speak.', null], ['Rule 801 defines hearsay.', null], ['Depends on the purpose.', null],
]);
add('truncated', 'yn', HEARSAY_Q, [
  ['The statement is offered for its truth, which would make it', null],
]);
(SPECIFIC[SPECIFIC.length - 1] as LabelCase).finish = 'length';

function fill(template: string, inst: Inst): string {
  return template.replace(/\{GU\}/g, inst.G.toUpperCase()).replace(/\{G\}/g, inst.G).replace(/\{O\}/g, inst.O).replace(/\{P\}/g, inst.P);
}

export const LABEL_CORPUS: LabelCase[] = [
  ...GENERIC.flatMap(([cls, template, wants, finish]) =>
    INSTS.filter((inst) => !(inst.set === 'yn' && (cls === 'verdict_list' || cls === 'quoted'))).map((inst) => ({
      cls,
      reply: fill(template, inst),
      labels: LABEL_SETS[inst.set],
      input: inst.input,
      want: wants ? inst.G : null,
      ...(finish ? { finish } : {}),
    })),
  ),
  ...SPECIFIC,
];
