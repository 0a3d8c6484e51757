/**
 * Replies of our own for the rules batch 7's fix round added (none copied from batch 7): a
 * letter that slipped beside the right option's text, "changing my answer to B", distractor
 * warnings ("Don't confuse it with … (A)"), an inline echo of the options, a line of letters,
 * requests for information and "the question is ambiguous", "I can't pick a single option",
 * conditional answers ("if X, C; if Y, A"), a range "A–D", a column of marks closing each row
 * (tables, "X ✓ | Y ✗" on one line, crossed-out lists whose remaining option is the answer),
 * a reply opening with one option's text, "C. Sydney (A) is …", "4th" for Fourth, "+" for
 * "and", an option's reason, "returns 3" where "3" and "3.000000" are both options, "this is
 * A", "[ANSWER] D [/ANSWER]", "2{,}000" in a box, "Alternativa A". Each rule has rows that must
 * NOT commit, so it cannot over-read. Each row: [class, reply, option set, what a careful
 * reader takes (or null), finish reason].
 */
import type { ChoiceCase } from './choice-corpus.js';

type Row = [string, string, Record<string, string>, string | null, string?];

const TOX = { A: 'Atropine and pralidoxime', B: 'Naloxone', C: 'N-acetylcysteine', D: 'Flumazenil' };
const THY = { A: 'Graves disease', B: 'Hashimoto thyroiditis', C: 'Toxic multinodular goiter', D: 'Subacute thyroiditis', E: 'Thyroid storm' };
const CAP = { A: 'Sydney', B: 'Melbourne', C: 'Canberra', D: 'Perth' };
const NUM = { A: '3.5', B: '3', C: '4', D: '3.000000', E: 'Compilation error' };
const ATOM = { A: '12', B: '6', C: '14', D: '8' };
const PRIME = { A: '21', B: '27', C: '33', D: '39' };
const AMEND = { A: 'First Amendment', B: 'Second Amendment', C: 'Fourth Amendment', D: 'Fifth Amendment', E: 'Sixth Amendment' };
const HTTP = { A: '200', B: '301', C: '403', D: '404', E: '500' };
const MONEY = { A: '$2,000', B: '$2,400', C: '$1,200', D: '$10,000' };
const RATE = { A: '12.00%', B: '12.36%', C: '12.68%', D: '12.55%', E: '13.00%' };
const ANEM = { A: 'Folate deficiency', B: 'Vitamin B12 (cobalamin) deficiency', C: 'Iron deficiency anemia', D: 'Anemia of chronic disease' };
const CRIME = { A: 'Murder', B: 'Voluntary manslaughter', C: 'Involuntary manslaughter', D: 'Attempted murder', E: 'No crime' };
const POSS = {
  A: 'The neighbor, because she possessed the strip openly for the statutory period.',
  B: 'The owner, because the neighbor\'s possession was permissive.',
  C: 'The owner, because the neighbor never paid property taxes on the strip.',
  D: 'The neighbor, because the owner abandoned the strip.',
};
const JS = { A: '"null"', B: '"object"', C: '"undefined"', D: '"number"' };
const GAS = { A: 'Metabolic alkalosis', B: 'Low anion gap', C: 'High anion gap metabolic acidosis', D: 'Respiratory acidosis' };
const DIAB = { A: 'Insulin glargine', B: 'Metformin', C: 'Glipizide', D: 'Pioglitazone', E: 'Sitagliptin' };

const ROWS: Row[] = [
  // a letter that slipped: the option's whole text after it names the answer
  ['slipped_letter', 'Muscarinic blockade plus enzyme reactivation.\n\nAnswer: (B) Atropine and pralidoxime', TOX, 'A'],
  ['slipped_letter', 'Final answer: D. Graves disease', THY, 'A'],
  ['slipped_letter', 'The answer is C) Sydney', CAP, 'A'],
  ['slipped_letter', 'Answer: (A) Canberra — purpose-built as a compromise.', CAP, 'C'],
  ['slipped_letter', 'Answer: C. Canberra', CAP, 'C'],
  ['slipped_letter', 'Answer: C, because Sydney is only the largest city.', CAP, 'C'],
  ['slipped_letter', 'The answer is B) Naloxone would not help here.', TOX, 'B'],
  // "changing my answer to X", "I'll revise that to X", "Switching to X"
  ['change_to', 'A. Hmm — the possession was permissive, so it was never hostile. Changing my answer to B.', POSS, 'B'],
  ['change_to', 'My first thought was D. On reflection I\'ll revise that to B.', CAP, 'B'],
  ['change_to', 'C is tempting. Switching to A after checking the dates.', CAP, 'A'],
  ['change_to', 'I said B earlier; I\'m changing my answer to C.', CAP, 'C'],
  ['change_to', 'Changing the dose to 500 mg would not matter here; metformin is first line.', DIAB, 'B'],
  ['change_to', 'Should I switch to insulin? Not yet: B.', DIAB, 'B'],
  // a distractor warning names the trap, not the answer
  ['distractor', 'The net change is −1%, i.e. option B. A common trap is assuming it returns to 0% (A).', { A: '0%', B: '-1%', C: '+1%', D: '-10%' }, 'B'],
  ['distractor', 'Carbon\'s atomic number is 6 (B). Don\'t confuse it with the mass number, 12 (A).', ATOM, 'B'],
  ['distractor', 'Many students pick "null" (A), but typeof null returns "object" (B).', JS, 'B'],
  ['distractor', 'Not to be confused with Sydney (A), the largest city: the capital is Canberra (C).', CAP, 'C'],
  ['distractor', 'Do not confuse the mass number (A) with the atomic number (B).', ATOM, null],
  ['distractor', 'A common mistake is to pick (A) or (B) here.', ATOM, null],
  // an inline echo of the options is the question
  ['inline_echo', 'The answer is (A) 1 (B) 2 (C) 12 (D) 7', { A: '1', B: '2', C: '12', D: '7' }, null],
  ['inline_echo', 'Choose from (A) Sydney (B) Melbourne (C) Canberra (D) Perth', CAP, null],
  ['inline_echo', 'Options: A) Sydney, B) Melbourne, C) Canberra, D) Perth.\nAnswer: C', CAP, 'C'],
  ['inline_echo', 'The answer is (C) Canberra (not (A) Sydney).', CAP, 'C'],
  // a line of letters lists every option
  ['letter_list', 'A B C D', CAP, null],
  ['letter_list', 'A, B, C, D, E', THY, null],
  ['letter_list', 'A B C D\nC', CAP, 'C'],
  // requests for information, an undecidable question, "I can't pick a single option"
  ['defers', 'Is this patient on diuretics? Vomiting would point to metabolic alkalosis. Let me know and I\'ll choose.', GAS, null],
  ['defers', 'Before I answer: is the $2,000 a salvage value? I\'d need that to pick an option.', MONEY, null],
  ['defers', 'Could you confirm whether the 12% is nominal? Then I can pick between 12.36% and 12.00%.', RATE, null],
  ['defers', 'If nominal and compounded monthly, B; if already effective, A. The question is ambiguous as worded.', RATE, null],
  ['defers', 'Guidelines differ: an ACE inhibitor with diabetes, a thiazide otherwise. Without his history I can\'t pick a single option.', DIAB, null],
  ['defers', 'The facts cut both ways, and I don\'t think they are clear enough to choose.', POSS, null],
  ['defers', 'The question is ambiguous, but the best answer is B.', RATE, 'B'],
  ['defers', 'Let me know if you want the derivation. Answer: B', RATE, 'B'],
  ['defers', 'The answer is C. Let me know if you\'d like me to pick apart the other options.', CAP, 'C'],
  // conditional answers
  ['conditional', 'If the rate is nominal, C; if it is effective, A.', RATE, null],
  ['conditional', 'If he is diabetic, B. If not, E.', DIAB, null],
  ['conditional', 'If you count the lower bound, 21 is prime-adjacent; regardless, the answer is B.', PRIME, 'B'],
  // none of the options / a range of letters
  ['none_range', 'Each of 21, 27, 33, 39 is divisible by 3, so I can\'t pick any of A–D.', PRIME, null],
  ['none_range', 'All four are composite; none of A-D is prime.', PRIME, null],
  ['none_range', 'Answer: A', PRIME, 'A'],
  // a column of marks closing each row
  ['mark_column', '| Option | Neuro signs | MMA up | Fits? |\n|---|---|---|---|\n| A Folate | no | no | ✗ |\n| B B12 | yes | yes | ✓ |\n| C Iron | no | no | ✗ |\n| D Chronic disease | no | no | ✗ |', ANEM, 'B'],
  ['mark_column', 'Murder ✗ | Voluntary manslaughter ✓ | Involuntary manslaughter ✗ | Attempted murder ✗ | No crime ✗', CRIME, 'B'],
  ['mark_column', 'Murder ✗ | Voluntary manslaughter ✓ | Involuntary manslaughter ✓ | Attempted murder ✗', CRIME, null],
  ['mark_column', 'Sydney ✗\nMelbourne ✗\nCanberra ✓\nPerth ✗', CAP, 'C'],
  ['mark_column', 'Sydney ✗ Melbourne ✗ Canberra ✓ Perth ✗', CAP, 'C'],
  ['mark_column', 'Sydney ✗ Melbourne ✓ Canberra ✓', CAP, null],
  ['mark_column', 'Ruling out:\n- Naloxone -> opioids ✗\n- N-acetylcysteine -> acetaminophen ✗\n- Flumazenil -> benzodiazepines ✗\nThat leaves the cholinergic pair.', TOX, 'A'],
  ['mark_column', '- Sydney ✗\n- Melbourne ✗\n- Perth ✗\nWhat remains is the purpose-built city.', CAP, 'C'],
  ['mark_column', '- Sydney ✗\n- Melbourne ✗\n- Perth ✗', CAP, null],
  ['mark_column', '- Sydney ✗\n- Melbourne ✗\nStill weighing the other two.', CAP, null],
  ['mark_column', 'Research notes:\n- Naloxone -> opioids ✗\n- Flumazenil -> benzodiazepines ✗', TOX, null],
  // a reply that opens with one option's text
  ['opening_text', 'Canberra - chosen as a compromise between Sydney and Melbourne.', CAP, 'C'],
  ['opening_text', 'Voluntary manslaughter: adequate provocation, no cooling-off, unlike murder.', CRIME, 'B'],
  ['opening_text', 'Sydney - not the capital, though many assume so; Melbourne neither.', CAP, null],
  ['opening_text', 'Sydney? Melbourne? Both are bigger than the capital.', CAP, null],
  ['opening_text', 'Sydney, Melbourne and Perth are all larger than the capital.', CAP, null],
  ['opening_text', 'Metformin: first-line in general, but contraindicated here given the eGFR of 25. Glipizide is the safer choice.', DIAB, 'C'],
  ['opening_text', 'Metformin: first-line in general, but contraindicated here given the eGFR of 25.', DIAB, null],
  ['opening_text', 'Sitagliptin - weight-neutral, though weaker than metformin.', DIAB, null],
  // a letter that is a sentence of its own, then an explanation naming other options
  ['letter_sentence', 'C. Sydney (A) is the largest city and Melbourne (B) was the interim seat, but neither is the capital.', CAP, 'C'],
  ['letter_sentence', 'B. Murder (A) needs malice; here the provocation was adequate.', CRIME, 'B'],
  ['letter_sentence', 'A) Sydney is the largest city, but the capital is C) Canberra.', CAP, 'C'],
  // short forms: "4th" for Fourth, "+"/"plus" for "and", an option's reason
  ['short_forms', '4th amendment<|im_end|>', AMEND, 'C'],
  ['short_forms', 'The 5th.', AMEND, 'D'],
  ['short_forms', 'Atropine + pralidoxime, before aging sets in.', TOX, 'A'],
  ['short_forms', 'atropine plus pralidoxime', TOX, 'A'],
  ['short_forms', 'The owner should win: the neighbor\'s possession was permissive, so never hostile.', POSS, 'B'],
  ['short_forms', 'Either the neighbor\'s possession was permissive or the owner abandoned the strip; I can\'t tell which.', POSS, null],
  // numbers: the exact option before the same number written otherwise
  ['numbers', 'Integer division truncates: 7 / 2 is 3, and %d prints 3.', NUM, 'B'],
  ['numbers', 'With %f it prints 3.000000.', NUM, 'D'],
  ['numbers', 'The function returns 4.', NUM, 'C'],
  ['numbers', 'It returns 3 for some inputs and 4 for others.', NUM, null],
  ['numbers', 'O(n log n) for the sort, then O(n) for the scan, so overall O(n log n).', { A: 'O(1)', B: 'O(log n)', C: 'O(n)', D: 'O(n log n)' }, 'D'],
  ['numbers', 'Could be O(n) or O(log n) depending on the implementation.', { A: 'O(1)', B: 'O(log n)', C: 'O(n)', D: 'O(n log n)' }, null],
  // soft "this is", tags, boxes, other languages
  ['soft_this', 'I\'m fairly, though not completely, sure this is A; without fever or delirium it doesn\'t amount to thyroid storm.', THY, 'A'],
  ['soft_this', 'This is a tricky one and I can\'t decide.', THY, null],
  ['soft_this', 'Don\'t pick glipizide: hypoglycaemia risk. Metformin it is.', DIAB, 'B'],
  ['soft_this', 'Whatever it is, it is not glipizide.', DIAB, null],
  ['tags', '[ANSWER] D [/ANSWER]', HTTP, 'D'],
  ['tags', '[answer]404[/answer]', HTTP, 'D'],
  ['tags', '[ANSWER][/ANSWER]', HTTP, null],
  ['boxed', '$$\\text{Dep} = \\frac{12{,}000-2{,}000}{5} = \\boxed{\\$2{,}000}$$', MONEY, 'A'],
  ['boxed', '$\\boxed{\\$10{,}000}$', MONEY, 'D'],
  ['multilingual', 'O índice é 300 / 120 = 2,5. Alternativa A.', { A: '2.5', B: '0.4', C: '1.8', D: '3.0' }, 'A'],
  ['multilingual', 'La opción C es incorrecta; elijo la opción B.', CAP, 'B'],
  ['multilingual', 'Alternativa A ou B, não tenho certeza.', CAP, null],
  // a question names no answer; a checked last line after reasoning
  ['question', 'What does `typeof null` evaluate to in JavaScript?', JS, null],
  ['question', 'Why would anyone pick Sydney?', CAP, null],
  ['question', 'Hmm, Sydney? No. Melbourne? No. Perth? No.', CAP, null],
  ['question', 'Q: What is the capital of Australia?\nA: ', CAP, null],
  ['conditional', 'Option B looks plausible, but so does option C.', CAP, null],
  ['question', 'Why metformin? Because it lowers hepatic glucose output and is weight-neutral.', DIAB, 'B'],
  ['question', 'Is it Canberra? Yes - it was built as a compromise.', CAP, 'C'],
  ['defers', 'Metformin is first-line for most patients. Let me know if you want me to explain my answer.', DIAB, 'B'],
  ['check_last', 'O negative lacks A, B and RhD antigens; AB positive is the universal recipient.\n\n✅ B', { A: 'AB positive', B: 'O negative', C: 'A negative', D: 'B positive' }, 'B'],
  ['check_last', 'Reasoning done.\n\n✅ B ❌ C', { A: 'AB positive', B: 'O negative', C: 'A negative', D: 'B positive' }, 'B'],
  ['check_last', 'Reasoning done.\n\n✅ B ✅ C', { A: 'AB positive', B: 'O negative', C: 'A negative', D: 'B positive' }, null],
  // a ruled-out option named after a verb ("doesn't amount to X")
  ['ruled_out_verb', 'The tachycardia doesn\'t amount to thyroid storm.', THY, null],
  ['ruled_out_verb', 'Answer: B\n\nActually, on reflection the eGFR is 20, so metformin is out; insulin glargine.', DIAB, 'A'],
  ['ruled_out_verb', 'The picture does not suggest Hashimoto thyroiditis; it is Graves disease.', THY, 'A'],
];

export const CHOICE_RULES_B7: ChoiceCase[] = ROWS.map(([cls, reply, choices, want, finish]) => ({ cls: `r7:${cls}`, reply, choices, want, ...(finish ? { finish } : {}) }));
