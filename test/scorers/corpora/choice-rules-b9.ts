/**
 * Replies of our own for the rules batch 9's fix round added (none copied from batch 9): verdict
 * lists whose rows carry a bracketed note ("Wrong: A (speech), D (right to counsel)"); answers in
 * other languages ("La opción correcta es la A", "Also ist A richtig", "Правильный вариант —
 * второй", "Chọn A", "विकल्प B", a letter in full-width brackets after Japanese text). Each rule has
 * rows that must NOT commit, so it cannot over-read. Each row: [class, reply, option set, what a
 * careful reader takes (or null), finish reason].
 */
import type { ChoiceCase } from './choice-corpus.js';

type Row = [string, string, Record<string, string>, string | null, string?];

const RIGHTS = { A: 'Free speech', B: 'Jury trial', C: 'Counsel', D: 'Silence', E: 'Bail' };
const ORGAN = { A: 'Mitochondrion', B: 'Nucleus', C: 'Ribosome', D: 'Golgi apparatus' };
const CAPITAL = { A: 'Sydney', B: 'Melbourne', C: 'Canberra', D: 'Perth' };
const GAS = { A: 'Nitrogen', B: 'Oxygen', C: 'Carbon dioxide', D: 'Argon' };
const ARTERY = { A: 'Left anterior descending', B: 'Right coronary', C: 'Left circumflex', D: 'Left main' };
const MEAN = { A: '12', B: '14', C: '16', D: '18' };
const MEMORY = { A: 'Hippocampus', B: 'Amygdala', C: 'Cerebellum', D: 'Basal ganglia', E: "Wernicke's area" };
const ROOT = { A: '2', B: '3', C: '4', D: '5', E: '6' };
const PROB = { A: '1/8', B: '1/4', C: '3/8', D: '1/2', E: '5/8' };
const RATE = { A: '12.00%', B: '12.36%', C: '12.55%', D: '12.68%', E: '13.00%' };
const MONEY = { A: '$1,000', B: '$1,050', C: '$1,102.50', D: '$1,157.63' };
const REVERSAL = { A: 'Protamine', B: 'Vitamin K', C: 'Idarucizumab', D: 'Andexanet alfa' };
const ANTIDOTE = { A: 'Naloxone', B: 'Flumazenil', C: 'Atropine', D: 'N-acetylcysteine' };
const ONC = { A: 'Tamoxifen', B: 'Anastrozole', C: 'Trastuzumab', D: 'Imatinib', E: 'Rituximab' };
const JOINT = { A: 'Rheumatoid arthritis', B: 'Systemic lupus erythematosus', C: 'Gout', D: 'Psoriatic arthritis', E: 'Reactive arthritis' };
const LAND = { A: 'Ecuador', B: 'Colombia', C: 'Peru', D: 'Bolivia', E: 'Chile' };
const STROKE = { A: 'Start IV heparin', B: 'Give tPA', C: 'Obtain non-contrast CT head', D: 'Give aspirin 325 mg', E: 'Perform lumbar puncture' };
const GAS_JA = { A: '水', B: '二酸化炭素', C: '窒素', D: '酸素' };
const CAPITAL_ZH = { A: '北京', B: '上海', C: '广州', D: '深圳' };
const CAPITAL_KO = { A: '서울', B: '부산', C: '인천', D: '대구' };
const RASH = { A: 'Stevens-Johnson syndrome', B: 'Scarlet fever', C: 'Measles', D: 'Toxic shock syndrome', E: 'Kawasaki disease' };
const DIAB = { A: 'Metformin', B: 'Insulin glargine', C: 'Glipizide', D: 'Pioglitazone' };
const THYROID = { A: 'Graves disease', B: 'Hashimoto thyroiditis', C: 'Subacute thyroiditis', D: 'Toxic adenoma' };
const MOTION = { A: 'Motion to dismiss', B: 'Summary judgment', C: 'Directed verdict', D: 'New trial', E: 'Remittitur' };

const ROWS: Row[] = [
  // verdict lists whose rows carry notes in brackets: a word opening a bracket is no verdict ("(right to counsel)")
  ['verdict_note', 'Correct: C. Incorrect: A (speech is protected elsewhere), B (jury right applies at trial), D (right to remain silent), E (bail).', RIGHTS, 'C'],
  ['verdict_note', 'Wrong: A (true only for speech), B (false premise), D (right to silence is separate), E.\nRight: C.', RIGHTS, 'C'],
  ['verdict_note', 'A (false) B (false) C (true) D (false) E (false)', RIGHTS, 'C'],
  ['verdict_note', 'A (incorrect, it covers speech) - B (correct, since the trial is by jury) - C (incorrect) - D (incorrect)', RIGHTS, 'B'],
  ['verdict_note_null', 'A (right of speech), B (right to a jury), D (right to stay silent): all three protect a defendant in some way.', RIGHTS, null],
  ['verdict_note_null', 'Rights: A (right to speak), D (right to silence) and E (right to bail) all apply before trial.', RIGHTS, null],
  // final-answer cues in other languages
  ['cue_ml', 'La opción correcta es la C, porque Canberra fue construida como capital.', CAPITAL, 'C'],
  ['cue_ml', 'A alternativa correta é a C.', CAPITAL, 'C'],
  ['cue_ml', 'Sydney ist die größte Stadt, aber die Hauptstadt ist Canberra. Also ist C richtig; A und B sind falsch.', CAPITAL, 'C'],
  ['cue_ml', 'Damit ist B korrekt.', ORGAN, 'B'],
  ['cue_ml', 'Правильный вариант — третий: Канберра.', CAPITAL, 'C'],
  ['cue_ml', 'Верный вариант ответа: первый.', ORGAN, 'A'],
  ['cue_ml', 'Oxy được giải phóng trong quang hợp. Chọn B.', GAS, 'B'],
  ['cue_ml', 'Я выбираю D, потому что это инертный газ.', GAS, 'D'],
  ['cue_ml', 'प्रकाश संश्लेषण में ऑक्सीजन निकलती है, यानी विकल्प B।', GAS, 'B'],
  ['cue_ml', '重要な事実に争いがないので、略式判決の申立て（B）が適切です。', MOTION, 'B'],
  ['cue_ml_null', 'Hepatitis B ist richtig gefährlich; welche Option gemeint ist, kann ich nicht sagen.', ORGAN, null],
  ['cue_ml_null', 'Правильный вариант зависит от того, о каком годе идёт речь.', CAPITAL, null],
  ['cue_ml_null', 'Không thể chọn một đáp án vì câu hỏi thiếu dữ kiện.', GAS, null],
  ['cue_ml_null', '規則12(b)(6)と56条の違いを説明します。どちらが適切かは事実次第です。', MOTION, null],
  // what another case or reading "would point to" is no answer
  ['conditional_pointer', 'ST elevation in V1–V4 means the LAD territory, so A. An inferior infarct would point to B, and a lateral one would suggest C.', ARTERY, 'A'],
  ['conditional_pointer', 'Read as a rate, that would point to option B; as written it is a count, so the answer is D.', MEAN, 'D'],
  ['conditional_pointer', 'Leads II, III and aVF: inferior, so B. (A posterior pattern might instead indicate C.)', ARTERY, 'B'],
  ['conditional_pointer_null', 'Under the common law the pre-existing duty rule applies, which would suggest answer B, but', MEAN, null, 'length'],
  ['conditional_pointer_null', 'Anterior changes would point to A and inferior ones to B; the tracing you describe has neither.', ARTERY, null],
  ['conditional_pointer_null', 'A dominant left system could mean C, but I would need the angiogram to say.', ARTERY, null],
  // an answer taken back: "let me not commit", "I won't commit", "I'll hold off"
  ['withdrawn', 'Mean = 96/6 = 16, so C. Hmm, the list may be missing a value though; let me not commit until I can see it.', MEAN, null],
  ['withdrawn', 'It looks like D at first glance. I will not commit to an answer without the full data set.', MEAN, null],
  ['withdrawn', "Probably B, but I'll hold off on answering until you confirm the numbers.", MEAN, null],
  ['withdrawn', "I'd rather not commit: the values could be read two ways.", MEAN, null],
  ['withdrawn_answer', 'Let me not overthink it: the mean is 16, so C.', MEAN, 'C'],
  ['withdrawn_answer', "I won't hedge here. 14 is the mean: B.", MEAN, 'B'],
  // options joined by "and", or offered as alternatives with "or", name several
  ['joined_options_null', 'Procedural memory relies on the cerebellum and basal ganglia — C and D.', MEMORY, null],
  ['joined_options_null', 'Declarative memories are consolidated in the hippocampus and the amygdala.', MEMORY, null],
  ['joined_options_null', 'The roots are x = 2 or x = 3.', ROOT, null],
  ['joined_options_null', 'Factoring gives (x − 4)(x − 5), so x = 4 or x = 5', ROOT, null],
  ['joined_options', 'Procedural memory depends above all on the basal ganglia.', MEMORY, 'D'],
  ['joined_options', 'Fear conditioning is the amygdala and declarative memory the hippocampus; the question asks about fear, so B.', MEMORY, 'B'],
  ['joined_options', 'x² − 9 = 0 with x > 0 gives x = 3', ROOT, 'B'],
  ['joined_options', 'Only the positive root counts: x = 6.', ROOT, 'E'],
  // a computed value that ends the reply, compared by value with options that are values
  ['value', 'P(two tails in three tosses) = 3 × (1/2)^3 = 0.375', PROB, 'C'],
  ['value', '0.625', PROB, 'E'],
  ['value', 'P ≈ 0.38 (3 of the 8 outcomes)', PROB, 'C'],
  ['value', 'EAR = (1 + 0.12/12)^12 − 1 ≈ 12.7%', RATE, 'D'],
  ['value', 'Compounded yearly: 1000 × 1.05^2 = $1,102.50', MONEY, 'C'],
  ['value', 'Quarterly compounding over a year gives 12.55%.', RATE, 'C'],
  ['value_null', 'Simple interest: 1000 × (1 + 0.05 × 2) = $1,100.', MONEY, null],
  ['value_null', 'P = 2/3 once the unaffected child is known to be unaffected.', PROB, null],
  ['value_null', 'Monthly compounding: (1 + 0.01)^12 − 1 = 12.8%', RATE, null],
  ['value_null', 'It is either 1/4 or 1/2 depending on whether order matters.', PROB, null],
  // a reply that poses another question with its own options and answers it answers nothing asked
  ['other_question_null', '\n\nQuestion: Which city hosted the 2000 Olympics?\nA. Atlanta\nB. Sydney\nC. Athens\nD. Beijing\nAnswer: B\n\nQuestion:', CAPITAL, null],
  ['other_question_null', 'Q: What is the capital of Canada?\n(A) Toronto\n(B) Ottawa\n(C) Vancouver\n(D) Montreal\nA: B', CAPITAL, null],
  ['other_question_null', 'Which gas makes up most of the air on Mars?\nA) Methane\nB) Helium\nC) Hydrogen\nD) Neon\nThe answer is A.', GAS, null],
  ['other_question', 'Question: What is the capital of Australia?\nA. Sydney\nB. Melbourne\nC. Canberra\nD. Perth\nAnswer: C', CAPITAL, 'C'],
  ['other_question', 'Which city is the capital? Let me go through them:\nA. Sydney is the largest city\nB. Melbourne was the temporary seat\nC. Canberra is the purpose-built capital\nD. Perth is in the west\nSo C.', CAPITAL, 'C'],
  ['other_question', 'C. Canberra\n\nQuestion: What is the capital of Japan?\nA. Osaka\nB. Tokyo\nC. Kyoto\nD. Nagoya\nAnswer: B', CAPITAL, 'C'],
  // a question back about what is meant, then facts about several options, answers nothing
  ['asks_which_null', 'Which one are you asking about — heparin or warfarin? Protamine reverses heparin, vitamin K reverses warfarin.', REVERSAL, null],
  ['asks_which_null', 'Do you mean dabigatran or apixaban? Idarucizumab is for dabigatran and andexanet alfa for the factor Xa inhibitors.', REVERSAL, null],
  ['asks_which', 'Do you mean dabigatran? Then the answer is C, idarucizumab.', REVERSAL, 'C'],
  ['asks_which', 'Did you mean the heparin drip? Protamine (A) reverses it within minutes.', REVERSAL, 'A'],
  // a refusal to advise on a real case, and condolences, are no answer and no self-correction
  ['refuses_advice_null', "I'm sorry to hear about your mother. I can't give medical advice for a real patient — whether she should get vitamin K depends on her INR and on the bleeding. Please ask her doctors.", REVERSAL, null],
  ['refuses_advice_null', 'I cannot make treatment decisions for a specific person; protamine is used to reverse heparin in general, but her team has to decide.', REVERSAL, null],
  ['refuses_advice', "Sorry to hear that. As a textbook question, though, the answer is A: protamine.", REVERSAL, 'A'],
  ['refuses_advice', 'B. Sorry, I meant A: protamine reverses heparin.', REVERSAL, 'A'],
  // the answer first (its text and letter, or its letter and text), then remarks that name other options by letter
  ['answer_then_remarks', 'Atropine (C). Note that naloxone (A) and flumazenil (B) reverse other poisonings, so they would do nothing here.', ANTIDOTE, 'C'],
  ['answer_then_remarks', 'N-acetylcysteine (D) — give it within 8 hours. Naloxone (A) would do nothing for this overdose.', ANTIDOTE, 'D'],
  ['answer_then_remarks', 'D. N-acetylcysteine is the antidote. Naloxone (A) is for opioids and atropine (C) for organophosphates.', ANTIDOTE, 'D'],
  ['answer_then_remarks', 'C) Atropine blocks the muscarinic effects. Flumazenil (B) is for benzodiazepines, naloxone (A) for opioids.', ANTIDOTE, 'C'],
  ['answer_then_remarks', 'Naloxone (A). Wait, the pupils are pinpoint but the patient is drooling and wheezing, so atropine (C) fits better.', ANTIDOTE, 'C'],
  ['answer_then_remarks', 'A) Naloxone is for opioids. Atropine (C) is the right antidote here.', ANTIDOTE, 'C'],
  ['answer_then_remarks_null', 'Naloxone (A)? Not with this cholinergic picture, and not flumazenil (B) either; I would need the drug history to choose.', ANTIDOTE, null],
  ['answer_then_remarks_null', 'Naloxone (A), flumazenil (B), atropine (C) and N-acetylcysteine (D) each reverse a different poison.', ANTIDOTE, null],
  // a structured verdict per option, one of them right
  ['json_verdicts', '```json\n{"A": false, "B": true, "C": false, "D": false}\n```', ANTIDOTE, 'B'],
  ['json_verdicts', "{'option_a': 'incorrect', 'option_b': 'incorrect', 'option_c': 'correct', 'option_d': 'incorrect'}", ANTIDOTE, 'C'],
  ['json_verdicts', '{"A": "no", "B": "no", "C": "no", "D": "yes"}', ANTIDOTE, 'D'],
  ['json_verdicts_null', '{"A": true, "B": true, "C": false, "D": false}', ANTIDOTE, null],
  ['json_verdicts_null', '{"A": false, "B": false, "C": false, "D": false}', ANTIDOTE, null],
  // a one-line reply that names one option with an aside in brackets after it
  ['option_aside', 'Wernickes area (receptive aphasia)', MEMORY, 'E'],
  ['option_aside', 'Basal ganglia (procedural and habit memory)', MEMORY, 'D'],
  ['option_aside', 'Cerebelum (motor learning).', MEMORY, 'C'],
  ['option_aside_null', 'Amygdala (fear) or hippocampus (context)', MEMORY, null],
  ['option_aside_null', 'Memory systems (it depends on which kind is meant)', MEMORY, null],
  // a letter after a dash that closes the sentence stating its option
  ['dash_letter', 'The pupils are pinpoint and the patient is drooling and wheezing, so a muscarinic antidote — C. Pralidoxime goes with it.', ANTIDOTE, 'C'],
  ['dash_letter', 'Opioid toxidrome — A. Give it IV or intranasally.', ANTIDOTE, 'A'],
  ['dash_letter', 'Paracetamol overdose needs glutathione repletion - D. Start it within 8 hours.', ANTIDOTE, 'D'],
  ['dash_letter_null', 'Pinpoint pupils point to opioids or organophosphates — A or C.', ANTIDOTE, null],
  ['dash_letter_null', 'Benzodiazepine overdose is supportive care first; flumazenil risks seizures — not B.', ANTIDOTE, null],
  // rows that each describe an option list them, choosing none
  ['option_rows_null', '- Tamoxifen: SERM, for premenopausal ER+ disease\n- Anastrozole: aromatase inhibitor, postmenopausal\n- Trastuzumab: HER2+\n- Imatinib: CML and GIST', ONC, null],
  ['option_rows_null', 'Tamoxifen – blocks the estrogen receptor\nAnastrozole – blocks estrogen synthesis\nImatinib – BCR-ABL inhibitor\nRituximab – anti-CD20', ONC, null],
  ['option_rows', 'Tamoxifen: SERM\nAnastrozole: aromatase inhibitor\nImatinib: BCR-ABL inhibitor\nSo for CML: D.', ONC, 'D'],
  ['option_rows', 'Trastuzumab: HER2 ✓\nTamoxifen: ER ✗\nImatinib: BCR-ABL ✗\nRituximab: CD20 ✗', ONC, 'C'],
  // options ruled out by a row's "— no", and the one left named by a short form after "what's left is"
  ['ruled_out_rows', 'Gout — no (no crystals). Psoriatic arthritis — no (no skin or nail change). Reactive arthritis — no. RA — no (anti-CCP negative). What\'s left is lupus.', JOINT, 'B'],
  ['ruled_out_rows', 'RA: no. Gout: no. Reactive arthritis: no. Psoriatic arthritis: no. What remains is SLE.', JOINT, 'B'],
  ['ruled_out_rows', 'Gout, no doubt about it: needle-shaped crystals.', JOINT, 'C'],
  ['ruled_out_rows', 'Reactive arthritis: no other diagnosis explains the preceding urethritis.', JOINT, 'E'],
  ['ruled_out_rows', 'Gout: no crystals were needed to suspect it, and the aspirate confirmed them.', JOINT, 'C'],
  ['ruled_out_rows_null', 'Gout - no, the joint fluid is clear.', JOINT, null],
  ['ruled_out_rows_null', 'Psoriatic arthritis — no. Reactive arthritis — no. Between the other three I cannot decide without serology.', JOINT, null],
  // one option listed with another name that is no option is a list, not a choice
  ['listed_with_others_null', 'South America has two landlocked countries: Paraguay and Bolivia.', LAND, null],
  ['listed_with_others_null', 'Bolivia, or Paraguay if the question means the whole continent.', LAND, null],
  ['listed_with_others_null', 'The landlocked ones are Bolivia and Paraguay; the rest border an ocean.', LAND, null],
  ['listed_with_others', 'Bolivia, which lost its coastline in the War of the Pacific.', LAND, 'D'],
  ['listed_with_others', 'Bolivia and no other option here.', LAND, 'D'],
  ['listed_with_others', 'The answer is Bolivia; Paraguay and Bolivia are the landlocked pair, and only Bolivia is listed.', LAND, 'D'],
  // an option asked about and denied at once ("Give tPA? Not yet.") is not chosen by a later mention of its letter
  ['asked_denied_null', 'Give tPA? Not yet. tPA (B) comes once the scan is clean.', STROKE, null],
  ['asked_denied_null', 'Start IV heparin? No — it can extend a bleed; heparin (A) has no place in the first hour.', STROKE, null],
  ['asked_denied', 'Give tPA? Yes, within the window and after a clean scan: B.', STROKE, 'B'],
  ['asked_denied', 'Perform lumbar puncture? No. The scan comes first: C.', STROKE, 'C'],
  // a bracketed remark on another option after the answer
  ['bracket_remark', 'The toxidrome is cholinergic, so option C (option A, naloxone, is for opioids).', ANTIDOTE, 'C'],
  ['bracket_remark', 'Give it within eight hours: option D (option B — flumazenil — has no role in paracetamol overdose).', ANTIDOTE, 'D'],
  ['bracket_remark_null', 'I would not pick option C (option A, naloxone, is no better either); the stem does not say what was taken.', ANTIDOTE, null],
  ['bracket_remark_null', 'Either option A or option D (option D, the acetylcysteine, only if paracetamol was taken too).', ANTIDOTE, null],
  // an option written in a script without spaces, found inside the sentence (and not negated)
  ['unspaced_option', '植物が光合成で出すのは酸素だよ。', GAS_JA, 'D'],
  ['unspaced_option', '葉から出ていく気体は酸素。', GAS_JA, 'D'],
  ['unspaced_option', '中国的首都是北京。', CAPITAL_ZH, 'A'],
  ['unspaced_option', '不是上海，首都是北京。', CAPITAL_ZH, 'A'],
  ['unspaced_option', '한국의 수도는 서울입니다.', CAPITAL_KO, 'A'],
  ['unspaced_option_null', '水と二酸化炭素から糖が作られます。', GAS_JA, null],
  ['unspaced_option_null', '窒素ではありません。', GAS_JA, null],
  ['unspaced_option_null', '上海和深圳都是大城市。', CAPITAL_ZH, null],
  ['unspaced_option_null', '吸収されるのは二酸化炭素で、水も使われます。', GAS_JA, null],
  // a short sentence that ends on an option's first word ("Classic Kawasaki.")
  ['short_sentence', 'Fever for five days, red eyes, strawberry tongue, swollen hands. Classic Kawasaki. Give IVIG.', RASH, 'E'],
  ['short_sentence', 'Sandpaper rash two days after a sore throat. Typical scarlet.', RASH, 'B'],
  ['short_sentence', 'Target lesions after starting lamotrigine: Stevens-Johnson.', RASH, 'A'],
  ['short_sentence_null', 'Not Kawasaki. The fever lasted two days.', RASH, null],
  ['short_sentence_null', 'Kawasaki? Scarlet? I would need the throat swab first.', RASH, null],
  ['short_sentence_null', 'Classic Kawasaki picture at first glance. Classic scarlet rash too, though.', RASH, null],
  // probes of our own after the round: the answer's letter as "(option C)" or followed by an adverb; a ruled-out list with letters
  ['answer_then_remarks', 'Canberra (option C). Sydney (A) is larger but not the capital.', CAPITAL, 'C'],
  ['answer_then_remarks', 'Metformin (A) first; add glipizide (C) or pioglitazone (D) later if needed.', DIAB, 'A'],
  ['answer_then_remarks_null', 'Sydney (A). Or Melbourne (B). I honestly cannot remember which.', CAPITAL, null],
  ['answer_then_remarks_null', 'Metformin (A) first? Only if the kidneys are fine — I need the eGFR before choosing.', DIAB, null],
  ['ruled_out_list', 'Canberra. Not Sydney (A) or Melbourne (B).', CAPITAL, 'C'],
  ['ruled_out_list_null', 'Not Sydney (A) or Melbourne (B); beyond that I cannot say.', CAPITAL, null],
  // probes of our own after the round: a sentence that opens "Or …" offers an alternative; short names; rows as sentences of one line
  ['or_alternative_null', 'Classic Graves. Or subacute thyroiditis if the uptake is low.', THYROID, null],
  ['or_alternative_null', 'Hashimoto thyroiditis. Or a toxic adenoma; hard to say without a scan.', THYROID, null],
  ['or_alternative', 'Probably Hashimoto.', THYROID, 'B'],
  ['or_alternative', 'Painful gland after a cold. Subacute.', THYROID, 'C'],
  ['option_rows_null', 'Graves disease: diffuse uptake. Toxic adenoma: one hot nodule. Subacute thyroiditis: low uptake.', THYROID, null],
  ['option_rows', 'Graves disease: diffuse uptake. Toxic adenoma: one hot nodule. Subacute thyroiditis: low uptake. The scan shows one hot nodule, so D.', THYROID, 'D'],
];

export const CHOICE_RULES_B9: ChoiceCase[] = ROWS.map(([cls, reply, choices, want, finish]) => ({ cls: `r9:${cls}`, reply, choices, want, ...(finish ? { finish } : {}) }));
