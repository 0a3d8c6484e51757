/**
 * Multiple-choice replies written the way chat models and local fine-tunes answer,
 * each labelled with what a careful human reader takes from it (a letter, or null
 * when the reply commits to nothing). Written from the classes of issue 21 before
 * the extractor was reworked.
 *
 * A template's placeholders: {L} the answer letter, {l} it in lower case, {T} its
 * option text, {t} that text in lower case, {X}/{Y} two other letters with
 * texts {XT}/{YT}, {ORD} the ordinal word of {L} ("third"), {N} its position,
 * {VERDICTS:form} a per-option verdict list (see `verdicts`). Each template is
 * read on three (option set, letters) instantiations, 4- and 5-option sets.
 */

export interface ChoiceCase {
  cls: string;
  reply: string;
  choices: Record<string, string>;
  /** The letter a careful reader takes, or null. */
  want: string | null;
  /** `length` when the reply was cut by the token limit. */
  finish?: string;
}

export const SETS = {
  diabetes: { A: 'Insulin glargine', B: 'Glipizide', C: 'Metformin', D: 'Pioglitazone' },
  organism: { A: 'Staphylococcus aureus', B: 'Escherichia coli', C: 'Proteus mirabilis', D: 'Enterococcus faecalis', E: 'Klebsiella pneumoniae' },
  murmur: { A: 'Mitral stenosis', B: 'Aortic regurgitation', C: 'Tricuspid atresia', D: 'Patent ductus arteriosus', E: 'Ventricular septal defect' },
  tort: { A: 'Negligence', B: 'Battery', C: 'Trespass to land', D: 'Defamation' },
  dose: { A: '12.5 mg once daily', B: '25 mg twice daily', C: '50 mg once daily', D: '100 mg at night' },
  hepatitis: { A: 'Hepatitis A', B: 'Hepatitis B', C: 'Hepatitis C', D: 'Hepatitis E', E: 'None of the above' },
} satisfies Record<string, Record<string, string>>;

interface Inst { set: keyof typeof SETS; L: string; X: string; Y: string }

const INSTS: Inst[] = [
  { set: 'diabetes', L: 'C', X: 'A', Y: 'D' },
  { set: 'organism', L: 'E', X: 'B', Y: 'C' },
  { set: 'murmur', L: 'A', X: 'D', Y: 'B' },
  { set: 'tort', L: 'B', X: 'C', Y: 'A' },
  { set: 'dose', L: 'D', X: 'B', Y: 'A' },
  { set: 'organism', L: 'B', X: 'E', Y: 'A' },
  { set: 'murmur', L: 'D', X: 'A', Y: 'C' },
];

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** [class, template, wants the letter (true) or nothing (false), finish reason] */
type Template = [string, string, boolean, string?];

const T: Template[] = [
  // explicit final-answer cues
  ['cue', 'Answer: {L}', true],
  ['cue', 'The correct answer is {L}.', true],
  ['cue', 'Final answer: ({l})', true],
  ['cue', '**Answer: {L}**', true],
  ['cue', 'Correct option: {L}', true],
  ['cue', 'My answer: {L}. {T}', true],
  ['cue', 'The best choice here is {L}.', true],
  ['cue', 'So the answer must be {L}.', true],
  ["cue", "I'll go with {L}.", true],
  ['cue', 'Answer — {L}', true],
  ['cue', 'The answer is **{L}) {T}**', true],
  ['cue', 'Therefore the correct response is option {L}.', true],
  ['cue', 'Selected answer: {L}', true],
  ['cue', 'The right answer would be {L}, {t}.', true],
  ['cue', '{L} is the correct answer.', true],
  ['cue', 'Option {L} is correct.', true],
  // bare answers
  ['bare', '{L}', true],
  ['bare', '({L})', true],
  ['bare', '{L}.', true],
  ['bare', '**{L}**', true],
  ['bare', '{L}) {T}', true],
  ['bare', '{L}: {T}', true],
  ['bare', '[{L}]', true],
  ['bare', 'Option {L}', true],
  ['bare', '{l}', true],
  ['bare', '{L} - {T}', true],
  ['bare', '  {L}\n', true],
  // option text alone or in a sentence
  ['option_text', '{T}', true],
  ['option_text', '{t}.', true],
  ['option_text', 'The most likely answer is {T}.', true],
  ['option_text', '**{T}**', true],
  ['option_text', 'It has to be {t}, given the findings.', true],
  // reasoning, then a conclusion
  ['reasoning', "Let's look at each option.\n{X}) {XT} does not fit the history.\n{Y}) {YT} is possible but less likely.\n{L}) {T} fits best.\n\nTherefore, the answer is {L}.", true],
  ['reasoning', 'Considering the presentation, {XT} is tempting, but the key finding points elsewhere. {T} explains everything.\n\nAnswer: {L}', true],
  ['reasoning', 'Step 1: exclude {X} because the timing is wrong.\nStep 2: {Y} does not explain the labs.\nStep 3: {L} matches.\nSo, {L}.', true],
  ['reasoning', 'The key here is the mechanism. {XT} acts differently. Hence the best answer is {T} ({L}).', true],
  ['reasoning', '{X} would be right if the patient were older. In this case, {L} is the best option.', true],
  // self-corrections and contrasts
  ['self_correction', '{X} — no, wait: {L} is right.', true],
  ['self_correction', '{X}. Actually, scratch that — {L}.', true],
  ['self_correction', 'Answer: {X}\nWait, I misread the question. The answer is {L}.', true],
  ['self_correction', '{L}, not {X}.', true],
  ["self_correction", "I'd pick {L} over {X}.", true],
  ['self_correction', 'Having eliminated {X} and {Y}, only {L} remains.', true],
  ["self_correction", "Initially {X} seemed right, but on reflection it's {L}.", true],
  ['self_correction', 'My first instinct was {X}; however, {L} is correct.', true],
  ['self_correction', '{X}? No. {L}.', true],
  ['self_correction', 'Answer: {X}... correction: {L}', true],
  ['self_correction', 'Not {X} but {L}.', true],
  ['self_correction', 'Rather than {X}, I would choose {L}.', true],
  ['self_correction', '{X} and {Y} can be ruled out, leaving {L}.', true],
  ['self_correction', 'The answer is {X}. Hmm, no — on second thought, the answer is {L}.', true],
  ['self_correction', 'I was going to say {X}, but {L} fits better.', true],
  ['self_correction', '{L} rather than {X}.', true],
  ['self_correction', 'It is {L} and not {X}.', true],
  ['self_correction', "Let me reconsider. I said {X} earlier, but that's wrong. Final: {L}", true],
  // negations
  ['negation', 'The answer is not {X}; it is {L}.', true],
  ['negation', '{X} is wrong. {L} is correct.', true],
  ["negation", "It can't be {X} or {Y}, so {L}.", true],
  ['negation', 'Definitely not {X}. {L}.', true],
  ['negation', '{X} is incorrect because the timing is off. {L} is the best answer.', true],
  // per-option verdicts
  ['verdicts', '{VERDICTS:tf}', true],
  ['verdicts', '{VERDICTS:marks}', true],
  ['verdicts', '{VERDICTS:rightwrong}', true],
  ['verdicts', '{VERDICTS:colon}', true],
  ['verdicts', '{VERDICTS:emoji}', true],
  ['verdicts', '{VERDICTS:yesno}', true],
  ['verdicts', '{VERDICTS:prose}', true],
  ['verdicts', '{VERDICTS:tf2}', false],
  ['verdicts', '{VERDICTS:allfalse}', false],
  // ordinal references
  ['ordinal', 'The {ORD} option.', true],
  ['ordinal', 'The {ORD} choice is correct.', true],
  ['ordinal', 'option no. {N}', true],
  ['ordinal', 'Option #{N}', true],
  ['ordinal', "I'd go with the {ORD} one.", true],
  ['ordinal', 'Choice number {N}.', true],
  ['ordinal', 'The answer is the {ORD} option, {t}.', true],
  // chat-template debris
  ['template_debris', '{L}<|im_end|>', true],
  ['template_debris', '{L}</s>', true],
  ['template_debris', '[/INST] {L}', true],
  ['template_debris', 'Answer: {L}<|end_of_text|>', true],
  ['template_debris', '{L}<|endoftext|>', true],
  ['template_debris', '<|start_header_id|>assistant<|end_header_id|>\n\n{L}<|eot_id|>', true],
  ['template_debris', '{L}<end_of_turn>', true],
  ['template_debris', ' [/INST] The answer is {L}</s>', true],
  ['template_debris', '{L}<|end|>', true],
  ['template_debris', '<|im_start|>assistant\n{L}<|im_end|>', true],
  ['template_debris', '{L}<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nNext question: which is right?\nAnswer: {X}', true],
  ['template_debris', '{L}\n\n### Instruction:\nAnswer the next question.\nAnswer: {X}', true],
  ['template_debris', 'Answer: {L}\n<|im_start|>user\nAnd the next one?<|im_end|>\n<|im_start|>assistant\nAnswer: {X}', true],
  ['template_debris', '<s>{L}</s>', true],
  // other languages
  ['multilingual', 'La respuesta correcta es {L}', true],
  ['multilingual', '正确答案 {L}', true],
  ['multilingual', '答案是{L}', true],
  ['multilingual', '答案：{L}', true],
  ['multilingual', 'Die richtige Antwort ist {L}.', true],
  ['multilingual', 'La bonne réponse est {L}', true],
  ['multilingual', 'Réponse : {L}', true],
  ['multilingual', 'A resposta correta é {L}', true],
  ['multilingual', 'La risposta corretta è {L}', true],
  ['multilingual', 'Правильный ответ: {L}', true],
  ['multilingual', '正解は{L}です。', true],
  ['multilingual', '정답은 {L}입니다.', true],
  ['multilingual', 'Antwoord: {L}', true],
  ['multilingual', 'Jawabannya adalah {L}', true],
  ['multilingual', 'Respuesta: {L}) {T}', true],
  // structured output
  ['structured', '{"answer": "{L}"}', true],
  ['structured', '{"final_answer":"{L}"}', true],
  ['structured', '{"choice": "{L}", "confidence": 0.8}', true],
  ['structured', '{"answer": ["{L}"]}', true],
  ['structured', '{"selected_option": "{L}"}', true],
  ['structured', '```json\n{"prediction": "{L}"}\n```', true],
  ['structured', '{"response": {"letter": "{L}", "text": "{T}"}}', true],
  ['structured', '<answer>{L}</answer>', true],
  ["structured", "{'answer': '{L}'}", true],
  ['structured', '{"reasoning": "{XT} is tempting, but {X} ignores the timing.", "answer": "{L}"}', true],
  ['structured', '["{L}"]', true],
  ['structured', '{"correct_option": "{L}", "explanation": "{T} fits."}', true],
  ['structured', '{"answer": ["{L}", "{X}"]}', false],
  ['structured', '{"answer": null, "reason": "insufficient information"}', false],
  // LaTeX
  ['latex', '\\boxed{{L}}', true],
  ['latex', '$\\boxed{\\text{{L}}}$', true],
  ['latex', '\\boxed{\\textbf{({L})}}', true],
  ['latex', '\\(\\boxed{\\mathrm{{L}}}\\)', true],
  ['latex', 'Final answer: $\\boxed{{L}}$', true],
  ['latex', '$$\\boxed{\\text{{L}. {T}}}$$', true],
  // abbreviated cues in lower case
  ['abbrev', 'ans: {l}', true],
  ['abbrev', 'ans - {l}', true],
  ['abbrev', 'final ans: {l}', true],
  ['abbrev', 'ans {l}.', true],
  ['abbrev', 'correct: {l}', true],
  ['abbrev', 'ans={l}', true],
  ['abbrev', 'opt {l}', true],
  // question/answer echo
  ['qa_echo', 'Q: Which option is correct?\nA: {L}', true],
  ['qa_echo', 'Q: Which is the best choice for this patient?\nA: {T}', true],
  ['qa_echo', 'Question: Which of the following is most likely?\nA: The answer is {L}.', true],
  ['qa_echo', 'Q: What is the answer?\nA: {L}) {T}', true],
  ['qa_echo', 'Question: Which option?\n{X}. {XT}\n{Y}. {YT}\nAnswer: {L}', true],
  // the article "A"
  ['article', 'A careful look at the findings suggests {L}.', true],
  ['article', 'A patient like this is best served by {t}.', true],
  ['article', 'A {t} picture; so {L}.', true],
  ['article', 'A classic presentation. Answer: {L}', true],
  ['article', 'A good question. The answer is {L}.', true],
  // lower-case letters in prose
  ["lower", "i'd go with {l}", true],
  ["lower", "it's {l}", true],
  ['lower', 'answer is ({l})', true],
  // truncated by the token limit
  ['truncated', "Let's go through the options.\n{X}) {XT} is unlikely here.\n{L}) {T} is", false, 'length'],
  ['truncated', 'Option {X}: {XT} could be right because', false, 'length'],
  ['truncated', 'The answer is {L}. To explain, {t} works by', true, 'length'],
  ['truncated', 'Answer: {L}\n\nReasoning: first, we', true, 'length'],
  ['truncated', 'Considering {T}, which seems the most likely, we', false, 'length'],
  ['truncated', '{L}) {T} is the most likely because the patient', false, 'length'],
  ['truncated', '<think>The answer should be {L} because', false, 'length'],
  // hedges
  ['hedge', 'Either {L} or {X}.', false],
  ['hedge', '{L} or {X}, hard to say.', false],
  ["hedge", "It's between {L} and {X}.", false],
  ['hedge', 'Could be {L}, could be {X}.', false],
  ["hedge", "I'm torn between {T} and {XT}.", false],
  ['hedge', 'Possibly {L}, possibly {X}; the stem does not say enough.', false],
  ['hedge', 'Both {L} and {X} seem correct.', false],
  ['hedge', 'Answer: {L}/{X}', false],
  // none of the options / false commits
  ['none', 'None of the options is right.', false],
  ['none', 'None of these answers is correct; the true answer would be something else.', false],
  ['none', 'All of the options are wrong.', false],
  ['none', 'The question seems flawed: no option fits.', false],
  ['none', 'None of the listed choices are correct.', false],
  ['none', 'I would not choose any of them.', false],
  // refusals
  ["refusal", "I can't provide medical or legal advice.", false],
  ["refusal", "I'm not able to answer this question.", false],
  ['refusal', 'As an AI, I cannot choose an answer for an exam.', false],
  ["refusal", "I don't know.", false],
  ["refusal", "Sorry, I can't help with that question.", false],
  ['refusal', 'I cannot recommend {t}; please consult your physician.', false],
  // nothing committed
  ['no_answer', '', false],
  ['no_answer', 'Hmm.', false],
  ['no_answer', 'Let me think about this.', false],
  ['no_answer', 'This question tests pharmacology and pathophysiology.', false],
  ['no_answer', '{XT} is used in one setting. {T} is used in another.', false],
  ['no_answer', 'Could you clarify the question?', false],
  ['no_answer', 'What do {X} and {L} have in common?', false],
];

function verdicts(form: string, choices: Record<string, string>, L: string, X: string): string {
  const keys = Object.keys(choices);
  const good = (k: string) => k === L;
  switch (form) {
    case 'tf': return keys.map((k) => `(${k}) ${good(k) ? 'true' : 'false'}`).join(' ');
    case 'tf2': return keys.map((k) => `(${k}) ${good(k) || k === X ? 'true' : 'false'}`).join(' ');
    case 'allfalse': return keys.map((k) => `${k}. False`).join('\n');
    case 'marks': return keys.map((k) => `${k} ${good(k) ? '✓' : '✗'}`).join('\n');
    case 'rightwrong': return `Right: ${L}; wrong: ${keys.filter((k) => !good(k)).join(', ')}`;
    case 'colon': return keys.map((k) => `${k}: ${good(k) ? 'correct' : 'incorrect'}.`).join(' ');
    case 'emoji': return keys.map((k) => `${k} ${good(k) ? '✅' : '❌'}`).join(' ');
    case 'yesno': return keys.map((k) => `${k} - ${good(k) ? 'yes' : 'no'}`).join('\n');
    case 'prose': return keys.map((k) => `Option ${k} (${choices[k]}): ${good(k) ? 'Correct — this fits the findings.' : 'Incorrect — does not fit.'}`).join('\n');
    default: throw new Error(form);
  }
}

function fill(template: string, inst: Inst): { reply: string; choices: Record<string, string> } {
  const choices = SETS[inst.set] as Record<string, string>;
  const keys = Object.keys(choices);
  const at = keys.indexOf(inst.L);
  const reply = template
    .replace(/\{VERDICTS:(\w+)\}/g, (_m, form: string) => verdicts(form, choices, inst.L, inst.X))
    .replace(/\{ORD\}/g, ORDINALS[at]!)
    .replace(/\{N\}/g, String(at + 1))
    .replace(/\{XT\}/g, choices[inst.X]!)
    .replace(/\{YT\}/g, choices[inst.Y]!)
    .replace(/\{T\}/g, choices[inst.L]!)
    .replace(/\{t\}/g, choices[inst.L]!.toLowerCase())
    .replace(/\{L\}/g, inst.L)
    .replace(/\{l\}/g, inst.L.toLowerCase())
    .replace(/\{X\}/g, inst.X)
    .replace(/\{Y\}/g, inst.Y);
  return { reply, choices };
}

/** Hand-written cases that do not fit a template. */
const EXTRA: ChoiceCase[] = [
  { cls: 'ordinal', reply: 'The last one.', choices: SETS.diabetes, want: 'D' },
  { cls: 'ordinal', reply: 'I pick the final option.', choices: SETS.organism, want: 'E' },
  { cls: 'ordinal', reply: 'The first choice, insulin.', choices: SETS.diabetes, want: 'A' },
  { cls: 'ordinal', reply: 'Second one', choices: SETS.tort, want: 'B' },
  { cls: 'none', reply: 'None of the above.', choices: SETS.hepatitis, want: 'E' },
  { cls: 'none', reply: 'The answer is E: none of the above, since all four are excluded by serology.', choices: SETS.hepatitis, want: 'E' },
  { cls: 'none', reply: 'None of the above.', choices: SETS.diabetes, want: null },
  { cls: 'option_text', reply: 'Hepatitis B is the most likely diagnosis.', choices: SETS.hepatitis, want: 'B' },
  { cls: 'option_text', reply: 'E. coli, most likely.', choices: SETS.organism, want: 'B' },
  { cls: 'option_text', reply: 'The drug of choice is metformin.', choices: SETS.diabetes, want: 'C' },
  { cls: 'option_text', reply: 'Give 25 mg twice daily.', choices: SETS.dose, want: 'B' },
  { cls: 'article', reply: 'A', choices: SETS.tort, want: 'A' },
  { cls: 'article', reply: 'A. Negligence', choices: SETS.tort, want: 'A' },
  { cls: 'article', reply: 'A is correct.', choices: SETS.murmur, want: 'A' },
  { cls: 'article', reply: 'A battery claim fails without contact. A defamation claim needs publication. The answer is D.', choices: SETS.tort, want: 'D' },
  { cls: 'qa_echo', reply: 'Q: Which tort?\nA: A', choices: SETS.tort, want: 'A' },
  { cls: 'qa_echo', reply: 'Q: Which tort best fits?\nA: Battery', choices: SETS.tort, want: 'B' },
  { cls: 'reasoning', reply: '<think>\nA is insulin, not first line. Maybe B? No, hypoglycaemia risk.\n</think>\n\nC', choices: SETS.diabetes, want: 'C' },
  { cls: 'reasoning', reply: 'Okay, so the patient has a holosystolic murmur. Mitral stenosis gives a diastolic rumble, so not A. The answer is E.', choices: SETS.murmur, want: 'E' },
  { cls: 'self_correction', reply: 'B. Wait — no. Escherichia coli is option B, and it is the most common cause, so yes: B.', choices: SETS.organism, want: 'B' },
  { cls: 'self_correction', reply: 'D — sorry, I meant C.', choices: SETS.diabetes, want: 'C' },
  { cls: 'self_correction', reply: 'Correction: the answer is B, not D as I first wrote.', choices: SETS.tort, want: 'B' },
  { cls: 'hedge', reply: 'Probably C, but D is also defensible.', choices: SETS.diabetes, want: null },
  { cls: 'hedge', reply: 'I think C. Or maybe D.', choices: SETS.diabetes, want: null },
  { cls: 'verdicts', reply: 'A - incorrect\nB - incorrect\nC - correct\nD - incorrect\n\nAnswer: C', choices: SETS.diabetes, want: 'C' },
  { cls: 'verdicts', reply: 'A: wrong (basal insulin)\nB: wrong (hypoglycaemia)\nC: right (first line)\nD: wrong (oedema)', choices: SETS.diabetes, want: 'C' },
  { cls: 'verdicts', reply: 'A ✗\nB ✗\nC ✗\nD ✓', choices: SETS.diabetes, want: 'D' },
  { cls: 'template_debris', reply: 'B<|im_end|>\n<|im_start|>user\nThanks!', choices: SETS.tort, want: 'B' },
  { cls: 'template_debris', reply: '[INST] Which one? [/INST] C', choices: SETS.diabetes, want: 'C' },
  { cls: 'structured', reply: '{"answer": "C) Metformin"}', choices: SETS.diabetes, want: 'C' },
  { cls: 'structured', reply: '{"answer": "Metformin"}', choices: SETS.diabetes, want: 'C' },
  // relabelled in the fifth round (was null): a number in an answer field, where no option is a number, is the option's place, as a reader takes "Answer: 3"
  { cls: 'structured', reply: '{"answer": 3}', choices: SETS.diabetes, want: 'C' },
  { cls: 'truncated', reply: 'Final answer: B', choices: SETS.tort, want: 'B', finish: 'length' },
  { cls: 'truncated', reply: 'B', choices: SETS.tort, want: 'B', finish: 'length' },
  { cls: 'no_answer', reply: 'A. Insulin glargine\nB. Glipizide\nC. Metformin\nD. Pioglitazone', choices: SETS.diabetes, want: null },
  { cls: 'no_answer', reply: 'Is it A? Or B?', choices: SETS.diabetes, want: null },
  { cls: 'no_answer', reply: 'Answer: E', choices: SETS.diabetes, want: null },
  { cls: 'negation', reply: 'Not A. Not B. Not D. So C.', choices: SETS.diabetes, want: 'C' },
  { cls: 'negation', reply: "I wouldn't choose B; D is better.", choices: SETS.tort, want: 'D' },
  { cls: 'abbrev', reply: 'Ans. B', choices: SETS.tort, want: 'B' },
];

export const CHOICE_CORPUS: ChoiceCase[] = [
  ...T.flatMap(([cls, template, wants, finish], i) =>
    [0, 1, 2].map((k) => {
      const inst = INSTS[(i + k * 3) % INSTS.length]!;
      const { reply, choices } = fill(template, inst);
      return { cls, reply, choices, want: wants ? inst.L : null, ...(finish ? { finish } : {}) };
    }),
  ),
  ...EXTRA,
];
