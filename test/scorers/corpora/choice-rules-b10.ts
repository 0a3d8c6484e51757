/**
 * Replies of our own for the rules batch 10's fix round added (none copied from batch 10): answers
 * inside tool-call envelopes and arrays of answer objects, a JSON answer that is an option's place;
 * answer lines that disagree; a letter corrected by an arrow; an answer confirmed after a re-check;
 * a role name before the answer, a letter in angle brackets, two letters that "both" look right; the
 * option list written out with one row marked; tables with one yes row or a closing sentence naming a cell;
 * a lone letter with its reason; "the only"; disclaimers before and after the answer; "yep D"; "If I have to
 * pick one"; "the former/latter"; "only X remains" by a short form; questions back; "I'd pick both"; an
 * option restated in other words (a lexical test); a reply that stops inside an option's text; and the probes
 * of our own written after those rules (class `probe`), which prompted the last rules of the round.
 * Each rule has rows that must NOT commit, so it cannot over-read. Each row: [class, reply, option
 * set, what a careful reader takes (or null), finish reason].
 */
import type { ChoiceCase } from './choice-corpus.js';

type Row = [string, string, Record<string, string>, string | null, string?];

const CAPITAL = { A: 'Sydney', B: 'Melbourne', C: 'Canberra', D: 'Perth' };
const ORGAN = { A: 'Mitochondrion', B: 'Nucleus', C: 'Ribosome', D: 'Golgi apparatus', E: 'Lysosome' };
const YEAR = { A: '1987', B: '1989', C: '1991', D: '1993' };
const SQUARE = { A: '1', B: '2', C: '4', D: '8' };
const PRIME = { A: '21', B: '23', C: '25', D: '27', E: '29' };
const TREATY = { A: 'Treaty of Versailles', B: 'Treaty of Paris', C: 'Treaty of Ghent', D: 'Peace of Westphalia' };
const BOND = { A: 'They rise', B: 'They fall', C: 'They stay the same', D: 'Only short-term bonds change' };
const DIAB = { A: 'Metformin', B: 'Glipizide', C: 'Insulin glargine', D: 'Pioglitazone' };
const CONTRACT = { A: 'An offer, acceptance and consideration', B: 'Notarization by a public notary', C: 'Signatures of two witnesses', D: 'Registration with a court' };
const ECON = { A: 'A rise in the general price level', B: 'A fall in unemployment', C: 'An increase in exports', D: 'A decrease in the money supply' };
const ORGAN4 = { A: 'Mitochondrion', B: 'Nucleus', C: 'Ribosome', D: 'Golgi apparatus' };
const ANTIDOTE = { A: 'Naloxone', B: 'Flumazenil', C: 'Atropine', D: 'N-acetylcysteine' };

const ROWS: Row[] = [
  // tool-call envelopes: OpenAI's function.arguments (a JSON string), Anthropic's tool_use input, arrays of answer objects
  ['tool_call', '{"tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "submit", "arguments": "{\\"option\\": \\"C\\"}"}}]}', CAPITAL, 'C'],
  ['tool_call', '[{"type": "function", "function": {"name": "pick", "arguments": "{\\"letter\\": \\"d\\", \\"why\\": \\"the Golgi packages proteins\\"}"}}]', ORGAN, 'D'],
  ['tool_call', '{"type": "tool_use", "id": "toolu_9", "name": "select_option", "input": {"selected_option": "A"}}', ANTIDOTE, 'A'],
  ['tool_call', '[{"type": "text", "text": "Recording my answer."}, {"type": "tool_use", "id": "t1", "name": "answer", "input": {"answer": "E", "confidence": 0.8}}]', ORGAN, 'E'],
  ['tool_call', '{"results": [{"id": "q1", "selected": "B"}]}', YEAR, 'B'],
  ['tool_call', '{"response": {"answers": [{"question": 1, "answer": "Canberra"}]}}', CAPITAL, 'C'],
  ['tool_call_null', '[{"type": "function", "function": {"name": "answer", "arguments": "{\\"answer\\": \\"A\\"}"}}, {"type": "function", "function": {"name": "answer", "arguments": "{\\"answer\\": \\"C\\"}"}}]', CAPITAL, null],
  ['tool_call_null', '{"answers": [{"question": 1, "choice": "B"}, {"question": 2, "choice": "D"}]}', ANTIDOTE, null],
  ['tool_call_null', '{"type": "function", "function": {"name": "lookup", "arguments": "{\\"query\\": \\"capital of Australia\\"}"}}', CAPITAL, null],
  ['tool_call_null', '{"type": "tool_use", "id": "toolu_2", "name": "ask_user", "input": {"question": "Which organelle do you mean, A or D?"}}', ORGAN, null],
  // a JSON answer that is an option's place where no option's value could be a place
  ['json_place', '{"answer": 3}', PRIME, 'C'],
  ['json_place', '{"option_number": 2}', YEAR, 'B'],
  ['json_place', '{"answer": 23}', PRIME, 'B'],
  ['json_place_null', '{"answer": 3}', SQUARE, null],
  ['json_place_null', '{"answer": 7}', PRIME, null],
  ['json_place_null', '{"answer": 1990}', YEAR, null],
  // two final answers that disagree, with nothing between them that corrects the first, commit to none
  ['answers_disagree_null', 'Answer: B\nAnswer: D', PRIME, null],
  ['answers_disagree_null', 'Final answer: C\n\nFinal answer: A', CAPITAL, null],
  ['answers_disagree_null', 'Answer: D\nRespuesta: C', ANTIDOTE, null],
  ['answers_disagree_null', 'Answer: (B)\nCorrect option: E', ORGAN, null],
  ['answers_disagree_null', 'Answer: A\n\nThe Treaty of Versailles ended the war with Germany in 1919.\n\nAnswer: B', TREATY, null],
  ['answers_disagree', 'Answer: B\nWait, Paris hosted the conference but the treaty is Versailles. Answer: A', TREATY, 'A'],
  ['answers_disagree', 'Answer: C\nAnswer: C', CAPITAL, 'C'],
  ['answers_disagree', 'Answer: D\nNo, on reflection the antidote for benzodiazepines is flumazenil.\nAnswer: B', ANTIDOTE, 'B'],
  ['answers_disagree', 'At first the answer seemed to be A, since Sydney is the largest city. But the capital was purpose-built, so the answer is C.', CAPITAL, 'C'],
  // a letter corrected by an arrow at the reply's opening ("B → A"); a chain of arrows is no correction
  ['arrow_correction', 'B → A. Paris hosted the conference, but the treaty with Germany was signed at Versailles.', TREATY, 'A'],
  ['arrow_correction', 'C -> D (I misread the question at first)', ORGAN, 'D'],
  ['arrow_correction', '**A** → **C**: Canberra, not Sydney.', CAPITAL, 'C'],
  ['arrow_correction_null', 'A → B → C: each treaty followed the one before, and none of them is asked about here.', TREATY, null],
  ['arrow_correction_null', 'Sydney → Melbourne → Canberra: the capital moved twice, I think, but I am not certain which is meant.', CAPITAL, null],
  // an answer re-checked and confirmed after "Actually, let me double-check"
  ['reconfirmed', 'C. Actually, let me double-check: Canberra was purpose-built as the capital in 1913. Yes, C stands.', CAPITAL, 'C'],
  ['reconfirmed', 'B — they fall. Wait, let me verify with a quick example: a 5% bond when rates go to 6% is worth less than par. B holds.', BOND, 'B'],
  ['reconfirmed', 'A. Hmm, actually let me re-check the mechanism. Naloxone is an opioid antagonist, so A is still correct.', ANTIDOTE, 'A'],
  ['reconfirmed', 'D. Actually, let me reconsider — the Golgi apparatus modifies and packages proteins. I\'ll stay with D.', ORGAN, 'D'],
  ['reconfirmed', 'B. Actually, let me double-check … no: A stands, the treaty was signed at Versailles.', TREATY, 'A'],
  ['reconfirmed_null', 'C. Actually, let me double-check. Canberra? Or was it Sydney? I am not sure anymore.', CAPITAL, null],
  // a role name left before the answer by a plain-text template; a letter in angle brackets
  ['role_prefix', 'Assistant: b</s>', YEAR, 'B'],
  ['role_prefix', 'ASSISTANT: The answer is C.\nUSER: Next question please.', CAPITAL, 'C'],
  ['role_prefix', 'AI: (D)', ORGAN, 'D'],
  ['role_prefix', 'assistant\n\na', ANTIDOTE, 'A'],
  ['role_prefix', 'Model: e<end_of_turn>', PRIME, 'E'],
  ['role_prefix_null', 'Assistant: I think a or b, hard to say.', ANTIDOTE, null],
  ['role_prefix_null', 'Assistant: I cannot answer that.</s>', CAPITAL, null],
  ['angle_letter', '<A>', TREATY, 'A'],
  ['angle_letter', 'Answer: <C>', CAPITAL, 'C'],
  ['angle_letter', '<D>\n', ORGAN, 'D'],
  ['angle_letter_null', '<A> and <C> both look right to me.', CAPITAL, null],
  ['both_hedge_null', 'I think A and D can both be defended, depending on the jurisdiction.', TREATY, null],
  ['both_hedge_null', 'B and E are both plausible here; the stem does not settle it.', ORGAN, null],
  ['both_hedge', 'A and B are both wrong: the capital is Canberra, so C.', CAPITAL, 'C'],
  ['angle_letter_null', '<B>Note:</B> Sydney and Melbourne were rivals; I am not sure which city became the capital.', CAPITAL, null],
  // the option list written out with one row marked (a trailing mark or "correct", bold, an arrow, a ticked box); two marked is none
  ['marked_list', 'A) Sydney\nB) Melbourne\nC) Canberra *\nD) Perth', CAPITAL, 'C'],
  ['marked_list', 'A. Naloxone\nB. **Flumazenil**\nC. Atropine\nD. N-acetylcysteine', ANTIDOTE, 'B'],
  ['marked_list', '1. Mitochondrion\n2. Nucleus ←\n3. Ribosome\n4. Golgi apparatus\n5. Lysosome', ORGAN, 'B'],
  ['marked_list', '- [ ] A) 1987\n- [x] B) 1989\n- [ ] C) 1991\n- [ ] D) 1993', YEAR, 'B'],
  ['marked_list', '(A) Treaty of Versailles ✅\n(B) Treaty of Paris\n(C) Treaty of Ghent\n(D) Peace of Westphalia', TREATY, 'A'],
  ['marked_list', 'Sydney\nMelbourne\nCanberra <- correct\nPerth', CAPITAL, 'C'],
  ['marked_list', 'A) 21\nB) 23 (correct)\nC) 25\nD) 27\nE) 29', PRIME, 'B'],
  ['marked_list_null', 'A) Sydney ✓\nB) Melbourne\nC) Canberra ✓\nD) Perth', CAPITAL, null],
  ['marked_list_null', 'A. **Naloxone**\nB. **Flumazenil**\nC. Atropine\nD. N-acetylcysteine', ANTIDOTE, null],
  ['marked_list_null', 'A) Sydney\nB) Melbourne\nC) Canberra\nD) Perth', CAPITAL, null],
  ['marked_list_null', '- [x] A) 1987\n- [x] C) 1991\n- [ ] B) 1989\n- [ ] D) 1993', YEAR, null],
  ['marked_list_null', '1. Mitochondrion *\n2. Nucleus *\n3. Ribosome\n4. Golgi apparatus\n5. Lysosome', ORGAN, null],
  // tables: a yes/✅ column positive on one option's row only; a closing sentence naming a cell of one row only
  ['table_verdict', '| City | Population | Capital? |\n|---|---|---|\n| Sydney | 5.3M | No |\n| Melbourne | 5.1M | No |\n| Canberra | 0.46M | Yes |\n| Perth | 2.1M | No |', CAPITAL, 'C'],
  ['table_verdict', '| | Organelle | Makes ATP? |\n|---|---|---|\n| A | Mitochondrion | Yes |\n| B | Nucleus | No |\n| C | Ribosome | No |\n| D | Golgi apparatus | No |\n| E | Lysosome | No |', ORGAN, 'A'],
  ['table_verdict', '| Year | Event | Wall falls? |\n|---|---|---|\n| 1987 | Reagan speech | ❌ |\n| 1989 | Border opens | ✅ |\n| 1991 | USSR dissolves | ❌ |\n| 1993 | Maastricht in force | ❌ |', YEAR, 'B'],
  ['table_verdict_null', '| Number | Prime? |\n|---|---|\n| 21 | ❌ (3×7) |\n| 23 | ✅ |\n| 25 | ❌ (5×5) |\n| 27 | ❌ (3×9) |\n| 29 | ✅ |', PRIME, null],
  ['table_verdict_null', '| City | Coastal? |\n|---|---|\n| Sydney | Yes |\n| Melbourne | Yes |\n| Canberra | No |\n| Perth | Yes |', CAPITAL, null],
  ['table_cell', '| Drug | Class | Reverses |\n|---|---|---|\n| Naloxone | opioid antagonist | opioids |\n| Flumazenil | benzodiazepine antagonist | benzodiazepines |\n| Atropine | antimuscarinic | organophosphates |\n| N-acetylcysteine | glutathione precursor | paracetamol |\n\nFor this overdose the answer is the benzodiazepine antagonist.', ANTIDOTE, 'B'],
  ['table_cell', '| Organelle | Job |\n|---|---|\n| Mitochondrion | ATP synthesis |\n| Nucleus | stores DNA |\n| Ribosome | protein synthesis |\n| Golgi apparatus | packaging and sorting |\n| Lysosome | digestion |\n\nThe organelle asked about is the one doing packaging and sorting.', ORGAN, 'D'],
  ['table_cell', '| Antidote | Mechanism | Safe in children? |\n|---|---|---|\n| Naloxone | opioid antagonist | ✅ |\n| Flumazenil | GABA-A antagonist | ❌ seizure risk |\n| Atropine | antimuscarinic | ✅ |\n| N-acetylcysteine | glutathione donor | ✅ |\n\nThe one to avoid is the GABA-A antagonist.', ANTIDOTE, 'B'],
  ['table_cell_null', '| Antidote | Mechanism | Safe in children? |\n|---|---|---|\n| Naloxone | opioid antagonist | ✅ |\n| Flumazenil | GABA-A antagonist | ❌ seizure risk |\n| Atropine | antimuscarinic | ✅ |\n| N-acetylcysteine | glutathione donor | ✅ |', ANTIDOTE, null],
  ['table_cell_null', '| Drug | Route |\n|---|---|\n| Naloxone | IV or IM |\n| Flumazenil | IV |\n| Atropine | IV |\n| N-acetylcysteine | oral or IV |\n\nAll are given IV in an emergency.', ANTIDOTE, null],
  ['table_cell_null', '| Organelle | Job |\n|---|---|\n| Mitochondrion | ATP synthesis |\n| Nucleus | stores DNA |\n| Ribosome | protein synthesis |\n| Golgi apparatus | packaging and sorting |\n| Lysosome | digestion |\n\nNot the one doing digestion, but I cannot tell which of the others is meant.', ORGAN, null],
  // an answer stated first as a lone letter with its reason; the other options named after it only as rejected
  ['answer_first_because', 'C, because Sydney (A) and Melbourne (B) were rivals and Perth (D) is too remote.', CAPITAL, 'C'],
  ['answer_first_because', 'D, since the Golgi packages proteins; the ribosome (C) only makes them.', ORGAN, 'D'],
  ['answer_first_because', 'A because the others (B, C, D) were signed to end other wars.', TREATY, 'A'],
  ['answer_first_because', 'B — benzodiazepines are the problem; naloxone (A) is for opioids and atropine (C) for organophosphates.', ANTIDOTE, 'B'],
  ['answer_first_because_null', 'B, because benzodiazepines are involved … or maybe A, since opioids are more common.', ANTIDOTE, null],
  ['answer_first_because', 'A, because … no wait, B: the patient took a benzodiazepine.', ANTIDOTE, 'B'],
  // "X (C) is the only …" states the answer; "the only one I can rule out" does not
  ['the_only', 'Of these, Canberra (C) is the only purpose-built capital.', CAPITAL, 'C'],
  ['the_only', 'Flumazenil (B) is the only benzodiazepine antagonist listed.', ANTIDOTE, 'B'],
  ['the_only', 'Looking at the options, D is the only organelle that packages proteins.\n\nLet me know if you want a diagram!', ORGAN, 'D'],
  ['the_only_null', 'Sydney (A) is the only one I can rule out.', CAPITAL, null],
  ['the_only_null', 'Pioglitazone (D) is the only one that is not first-line; between the rest I cannot choose.', DIAB, null],
  // a disclaimer or refusal to advise, then "That said, …" and an answer
  ['disclaimer_first', 'Disclaimer: I can\'t give medical advice; please see a doctor.\n\nThat said, for exam purposes the antidote is flumazenil (B).', ANTIDOTE, 'B'],
  ['disclaimer_first', 'I\'m not able to provide medical advice. Having said that, the textbook first-line drug is metformin (A).', DIAB, 'A'],
  ['disclaimer_first', '⚠️ Not medical advice. That being said: naloxone (A) reverses an opioid overdose.', ANTIDOTE, 'A'],
  ['disclaimer_first_null', 'I can\'t provide medical advice about a real overdose. Please call poison control right away.', ANTIDOTE, null],
  ['disclaimer_first_null', 'I can\'t give medical advice. That said, I\'d ask a toxicologist whether it is naloxone or flumazenil.', ANTIDOTE, null],
  // a closing disclaimer after the answer is no part of it
  ['closing_disclaimer', '**A. Metformin** — first-line. *Use.*\n**B. Glipizide** — hypoglycaemia risk. *Avoid.*\n**C. Insulin glargine** — not first. *Avoid.*\n**D. Pioglitazone** — fluid retention. *Avoid.*\n\n**The first-line drug is metformin (A).**\n\n> This information is for educational purposes. Please discuss any medication with your healthcare provider.', DIAB, 'A'],
  ['closing_disclaimer', 'The antidote is flumazenil (B).\n\n*This is not medical advice; consult a physician or poison control.*', ANTIDOTE, 'B'],
  // "yeah B" after a question to oneself confirms it
  ['self_confirm', 'Tough one. Maybe C? Yes, C.', CAPITAL, 'C'],
  ['self_confirm', 'Canberra or Sydney... Canberra? yeah, C', CAPITAL, 'C'],
  ['self_confirm', 'Probably D? yep D', ORGAN, 'D'],
  ['self_confirm_null', 'Probably B? Or A? yeah no idea', ANTIDOTE, null],
  // "If I have to pick one, C" after weighing several
  ['if_i_must', 'Both A and C have merit. If I have to pick one, C.', TREATY, 'C'],
  ['if_i_must', 'Hard to say. If forced to choose, D.', ORGAN, 'D'],
  ['if_i_must', 'Torn between B and D; if I must choose a single answer: B.', YEAR, 'B'],
  ['if_i_must_null', 'If I have to pick one, it would depend on the patient\'s kidney function.', DIAB, null],
  ['if_i_must_null', 'If you have to choose one, most students pick A, but that is the trap.', DIAB, null],
  // "the former" / "the latter" of two options just named
  ['former_latter', 'Between naloxone and flumazenil, the latter — benzodiazepines are the problem here.', ANTIDOTE, 'B'],
  ['former_latter', 'Sydney or Canberra? The latter, since it was purpose-built.', CAPITAL, 'C'],
  ['former_latter', 'Of the Treaty of Versailles and the Treaty of Paris, the former ended the war with Germany.', TREATY, 'A'],
  ['former_latter', 'Mitochondrion vs. nucleus: I\'d go with the former.', ORGAN, 'A'],
  ['former_latter_null', 'Between naloxone and flumazenil, the former is for opioids and the latter for benzodiazepines.', ANTIDOTE, null],
  ['former_latter_null', 'The former capital was Melbourne; the current one I forget.', CAPITAL, null],
  // elimination that names the one left by a short form of its text
  ['only_remains', 'Strike naloxone, atropine and N-acetylcysteine: only flumazenil remains.', ANTIDOTE, 'B'],
  ['only_remains', 'Mitochondrion: ATP. Nucleus: DNA. Ribosome: protein synthesis. Lysosome: digestion.\nOnly the Golgi remains, and it packages proteins.', ORGAN, 'D'],
  ['only_remains', 'Sydney is too big, Melbourne was temporary, Perth is too remote. By elimination, it\'s the Canberra one.', CAPITAL, 'C'],
  ['only_remains', 'By process of elimination: Canberra.', CAPITAL, 'C'],
  ['only_remains_null', 'Eliminating is hard here: only Sydney and Melbourne remain plausible.', CAPITAL, null],
  ['only_remains_null', 'By elimination it is either the Golgi or the lysosome.', ORGAN, null],
  // a question back about what is meant, at the end, with no final answer
  ['asks_back_null', 'Canberra is the capital now, but Melbourne (B) was the seat of government until 1927. Could you confirm which period the question means?', CAPITAL, null],
  ['asks_back_null', 'Naloxone (A) would be right for opioids. Can you tell me which drug was taken?', ANTIDOTE, null],
  ['asks_back_null', 'It depends on the patient. Metformin (A) is usual first-line. Could you clarify whether the eGFR is below 30?', DIAB, null],
  ['asks_back', 'The answer is C. Could you confirm whether you also want the reasoning?', CAPITAL, 'C'],
  // "I'd mark both", "my answer: both" commit to none
  ['both_null', 'Both A and C describe a capital at some point. I\'d pick both.', CAPITAL, null],
  ['both_null', 'I would choose both B and E.', ORGAN, null],
  ['both_null', 'Options A and D each have support. My answer: both.', TREATY, null],
  ['both', 'Both Sydney and Melbourne are wrong; I\'d pick C.', CAPITAL, 'C'],
  // an option restated in other words: most of its own words (and none of another option's), with no negation
  ['restated', 'You need one side to offer, the other to accept, and something of value exchanged as consideration.', CONTRACT, 'A'],
  ['restated', 'The agreement becomes binding through its registration at the court.', CONTRACT, 'D'],
  ['restated', 'Inflation means prices across the economy generally rising.', ECON, 'A'],
  ['restated_null', 'It has to be notarized, or at least signed before two witnesses.', CONTRACT, null],
  ['restated_null', 'Registration is not required; what matters is how the court views the conduct.', CONTRACT, null],
  ['restated_null', 'Prices rise when the money supply grows too fast.', ECON, null],
  ['restated_null', 'Fewer people out of work.', ECON, null],
  // a reply cut by the token limit while it writes out one option's text
  ['cut_option_text', 'A decrease in the mon', ECON, 'D', 'length'],
  ['cut_option_text', 'Signatures of two wit', CONTRACT, 'C', 'length'],
  ['cut_option_text', 'Registration with a co', CONTRACT, 'D'],
  ['cut_option_text_null', 'A rise in', ECON, null, 'length'],
  ['cut_option_text_null', 'A statement made', { A: 'A statement made under oath', B: 'A statement made out of court', C: 'A written contract', D: 'An expert opinion' }, null],
  ['cut_option_text_null', 'An increase in exports would be wrong because', ECON, null, 'length'],
  // probes of our own written after the rules above and labelled before the extractor read them, in the styles of hosted
  // chat APIs and small local models (72 of 77: the 5 still misread are counted in the README, not kept here)
  ["probe", "**Answer: C** — Canberra\n\nSydney is the largest city, but Canberra has been the capital since 1913.", CAPITAL, "C"],
  ["probe", "## Analysis\n\n- **A) Sydney** – largest city ❌\n- **B) Melbourne** – former seat ❌\n- **C) Canberra** – capital ✅\n- **D) Perth** – ❌\n\n**Final answer: C**", CAPITAL, "C"],
  ["probe", "```json\n{\"answer\": \"B\", \"confidence\": 0.92}\n```", YEAR, "B"],
  ["probe", "{\"choice\": \"D\", \"reasoning\": \"Golgi packages\"}", ORGAN, "D"],
  ["probe", "{\"tool_calls\":[{\"function\":{\"name\":\"answer\",\"arguments\":\"{\\\"answer\\\": \\\"Canberra\\\"}\"}}]}", CAPITAL, "C"],
  ["probe", "The answer is (B) Flumazenil.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nNext", ANTIDOTE, "B"],
  ["probe", "<|im_start|>assistant\nB<|im_end|>", YEAR, "B"],
  ["probe", "Answer: B\n\nExplanation: The Berlin Wall fell on 9 November 1989.", YEAR, "B"],
  ["probe", "Answer: A\nAnswer: A\nAnswer: A\nAnswer: A", ANTIDOTE, "A"],
  ["probe_null", "Answer: C\nAnswer: C\nAnswer: D\nAnswer: D", ORGAN, null],
  ["probe", "I think it's B. Actually, wait — the wall fell in 1989, which is B. Yes, B.", YEAR, "B"],
  ["probe", "Hmm, C? No — D. The Golgi packages proteins.", ORGAN, "D"],
  ["probe", "Not A, not B, not D. So C.", CAPITAL, "C"],
  ["probe", "Let me check each:\nA. Sydney — no\nB. Melbourne — no\nC. Canberra — yes\nD. Perth — no", CAPITAL, "C"],
  ["probe", "The correct answer is **Canberra**.", CAPITAL, "C"],
  ["probe", "Canberra is the capital of Australia.", CAPITAL, "C"],
  ["probe", "Sydney is often mistaken for the capital, but it's Canberra.", CAPITAL, "C"],
  ["probe_null", "B or D, I'm not sure.", ORGAN, null],
  ["probe_null", "I'm sorry, but I can't help with that.", ANTIDOTE, null],
  ["probe", "Both B and C are plausible, but B is more likely given the timeline.", YEAR, "B"],
  ["probe", "The second one.", YEAR, "B"],
  ["probe", "Option 3", ORGAN, "C"],
  ["probe", "3", ORGAN, "C"],
  ["probe", "c)", ORGAN, "C"],
  ["probe", "The answer is C, not A.", CAPITAL, "C"],
  ["probe_null", "Answer:", CAPITAL, null],
  ["probe_null", "The answer is", CAPITAL, null, "length"],
  ["probe_null", "A. Naloxone is used for opioid overdose. B. Flumazenil is used for benzodiazepine overdose. C. Atropine is used for organophosphates. D. N-acetylcysteine is used for acetaminophen.", ANTIDOTE, null],
  ["probe", "A. Naloxone is used for opioid overdose. B. Flumazenil is used for benzodiazepine overdose. C. Atropine is used for organophosphates. D. N-acetylcysteine is used for acetaminophen.\n\nFor this patient (benzodiazepine overdose): B.", ANTIDOTE, "B"],
  ["probe", "| Option | Verdict |\n|---|---|\n| A | ❌ |\n| B | ✅ |\n| C | ❌ |\n| D | ❌ |", ANTIDOTE, "B"],
  ["probe", "Sydney ❌ Melbourne ❌ Canberra ✅ Perth ❌", CAPITAL, "C"],
  ["probe", "A: wrong, B: wrong, C: right, D: wrong", CAPITAL, "C"],
  ["probe", "The capital isn't Sydney (A) or Melbourne (B); it's Canberra (C).", CAPITAL, "C"],
  ["probe", "Flumazenil, since this is a benzodiazepine overdose — though use caution in chronic users because of seizure risk.", ANTIDOTE, "B"],
  ["probe", "Metformin, unless contraindicated by renal function.", DIAB, "A"],
  ["probe", "D) 1993 — no. C) 1991 — no. A) 1987 — no. B) 1989 — yes.", YEAR, "B"],
  ["probe", "By elimination: not A (too early), not C or D (too late) → B.", YEAR, "B"],
  ["probe_null", "{\"answer\": \"E\"}", YEAR, null],
  ["probe", "Answer: Canberra (C)", CAPITAL, "C"],
  ["probe", "The answer is C.\n\nQuestion 2: Which city is largest?\nAnswer: A", CAPITAL, "C"],
  ["probe", "Response: D", ORGAN, "D"],
  ["probe", "ANSWER: b", YEAR, "B"],
  ["probe", "Final Answer: The final answer is $\\boxed{C}$", CAPITAL, "C"],
  ["probe", "Sydney? No. Melbourne? No. Canberra? Yes.", CAPITAL, "C"],
  ["probe", "The answer would be B if the question asked about 1989, but it asks about the USSR collapse, so C.", YEAR, "C"],
  ["probe_null", "I'd go with either A or C.", CAPITAL, null],
  ["probe", "It's between B and D. I'll go with D.", ORGAN, "D"],
  ["probe", "Definitely not A. Probably C.", CAPITAL, "C"],
  ["probe", "A - Sydney\nB - Melbourne\nC - Canberra ✓\nD - Perth", CAPITAL, "C"],
  ["probe", "Canberra ✔️", CAPITAL, "C"],
  ["probe", "✅ C", CAPITAL, "C"],
  ["probe", "The answer is C (Canberra). Note: Sydney (A) is a common distractor.", CAPITAL, "C"],
  ["probe", "Correct: C\nIncorrect: A, B, D", CAPITAL, "C"],
  ["probe", "All of the options except C are wrong.", CAPITAL, "C"],
  ["probe", "Only C is correct.", CAPITAL, "C"],
  ["probe_null", "Yes", CAPITAL, null],
  ["probe", "B\nB\nB\nB\nB", YEAR, "B"],
  ["probe", "Assistant: The capital is Canberra.\nUser: thanks", CAPITAL, "C"],
  ["probe", "[ANSWER]C[/ANSWER]", CAPITAL, "C"],
  ["probe", "<answer>\nB\n</answer>", YEAR, "B"],
  ["probe", "Option C: Canberra — correct.\nOption A: Sydney — incorrect.", CAPITAL, "C"],
  ["probe", "I believe the most appropriate answer is B, flumazenil, although naloxone could be considered if opioids are suspected.", ANTIDOTE, "B"],
  ["probe", "A, B and D are all ruled out, which leaves C.", ORGAN4, "C"],
  ["probe_null", "C, D — both are organelles involved in protein handling.", ORGAN4, null],
  ["probe", "C: the ribosome makes proteins.", ORGAN4, "C"],
  ["probe", "A; the mitochondrion makes ATP.", ORGAN4, "A"],
  ["probe_null", "B - but I am not confident; could also be D.", ORGAN4, null],
  ["probe", "D, since — wait, no. The Golgi packages, the ribosome synthesises. So C.", ORGAN4, "C"],
  ["probe", "The latter part of the question is about packaging, so the Golgi apparatus.", ORGAN4, "D"],
  ["probe", "Between 1989 and 1991 the Soviet bloc collapsed; the former saw the wall fall.", YEAR, "B"],
  ["probe", "Yes, B.", YEAR, "B"],
  ["probe", "Is it B? Yes — the wall fell in 1989.", YEAR, "B"],
];

export const CHOICE_RULES_B10: ChoiceCase[] = ROWS.map(([cls, reply, choices, want, finish]) => ({ cls: `r10:${cls}`, reply, choices, want, ...(finish ? { finish } : {}) }));
