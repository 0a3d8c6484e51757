/**
 * Replies of our own for the rules batch 11's fix round added (none copied from batch 11), written before the
 * extractor read them: two answer statements that disagree with nothing between them that corrects the first
 * ("The correct answer is B) … Answer: C)"), and their near-relatives that stand (a correction, an agreeing
 * restatement, a conditional, reported thought); a doubt after an answer that leaves two options open ("So the
 * answer is A. Hmm, but C also fits … I can't decide between A and C"); a hedge between two letters ("could be C or
 * E"); an option and its letter set against another's ("the thylakoid membrane (B), not the stroma (A)"); "the only
 * option left is A"; per-option rows answered yes/no after a dash, one of them asking first ("A — True? No."); rows
 * of marks where several are checked (the last row is no closing verdict); a loop of one letter cut by the token
 * limit; an answer followed by what another option "would be correct if" …; a table cell ending on "only" before
 * the next row's letter. Each class has rows that must NOT commit. Then (`probe_*`) probes of our own over the
 * classes that caused most false commits on unseen replies (disagreeing answers, hedges, a cue followed by another
 * option, verdict rows and tables, loops, cut replies, other languages), written once batch 11's and batch 14's
 * rules were in. Each row: [class, reply, option set, what a careful reader takes (or null), finish reason].
 */
import type { ChoiceCase } from './choice-corpus.js';

type Row = [string, string, Record<string, string>, string | null, string?];

const CAPITAL = {"A": "Sydney", "B": "Melbourne", "C": "Canberra", "D": "Perth"};
const ANTIDOTE = {"A": "Naloxone", "B": "Flumazenil", "C": "Atropine", "D": "N-acetylcysteine"};
const ORGAN = {"A": "Mitochondrion", "B": "Nucleus", "C": "Ribosome", "D": "Golgi apparatus", "E": "Lysosome"};
const PORT = {"A": "53", "B": "110", "C": "25", "D": "143"};
const GAS = {"A": "Nitrogen", "B": "Oxygen", "C": "Argon", "D": "Carbon dioxide", "E": "Neon"};
const ORGAN_ZH = {"A": "细胞核", "B": "线粒体", "C": "核糖体", "D": "高尔基体"};
const SORT = {"A": "Bubble sort", "B": "Merge sort", "C": "Insertion sort", "D": "Selection sort", "E": "Counting sort"};

const ROWS: Row[] = [
  // two answer statements that disagree, nothing between them correcting the first
  ["finals_disagree_null", "The correct answer is B) Flumazenil.\n\nFlumazenil reverses benzodiazepine sedation.\n\nAnswer: A) Naloxone", ANTIDOTE, null],
  ["finals_disagree_null", "The answer is C.\n\nThe answer is D.", CAPITAL, null],
  ["finals_disagree_null", "Canberra was purpose-built, so the answer is C.\n\nFinal answer: A", CAPITAL, null],
  ["finals_disagree_null", "La respuesta correcta es B.\n\nRespuesta: D", ORGAN, null],
  ["finals_disagree_null", "The best answer is D) Golgi apparatus.\n\nCorrect answer: E) Lysosome", ORGAN, null],
  ["finals_disagree_null", "The correct answer is A) Nitrogen.\nThe correct answer is B) Oxygen.", GAS, null],
  ["finals_disagree", "The answer is A. Wait, no: the answer is C.", CAPITAL, "C"],
  ["finals_disagree", "The correct answer is B) Flumazenil.\n\nAnswer: B", ANTIDOTE, "B"],
  ["finals_disagree", "At first the answer seemed to be A, but once you check the dates the answer is C.", CAPITAL, "C"],
  ["finals_disagree", "If the patient were hypotensive the answer would be A. Here the answer is B.", ANTIDOTE, "B"],
  ["finals_disagree", "The answer is D.\n\nLet me double-check: proteins are packaged in the Golgi, so yes, the answer is D.", ORGAN, "D"],
  ["finals_disagree", "The correct answer is C) 25.\n\nCorrection: the answer is C, port 25 (SMTP); 110 is POP3.", PORT, "C"],
  ["finals_disagree", "The answer is A.\n\nOops, I mean the answer is C.", CAPITAL, "C"],
  ["finals_disagree", "The correct answer is D.\n\nLooking at it again, the correct answer is C.", ORGAN, "C"],
  ["finals_disagree_null", "The answer is B) 110.\n\nPort 25 carries SMTP mail between servers.\n\nThe answer is C) 25.", PORT, null],
  // a final answer followed by a doubt that leaves two options open
  ["doubt_after_null", "So the answer is A.\n\nHmm, but on reflection C fits the description too. I can't decide between A and C.", CAPITAL, null],
  ["doubt_after_null", "Answer: B — no wait, D. Or was it B? One of those two.", ORGAN, null],
  ["doubt_after_null", "The answer is C. Though honestly it could be D as well; I'm torn between C and D.", ORGAN, null],
  ["doubt_after_null", "Final answer: B. Actually, I'm not sure whether it's B or D.", ANTIDOTE, null],
  ["doubt_after_null", "Respuesta: A. Aunque, pensándolo mejor, no sé si es A o C.", CAPITAL, null],
  ["doubt_after", "The answer is C. I was torn between C and D at first, but the dose settles it: C.", ANTIDOTE, "C"],
  ["doubt_after", "Answer: A. Either way, the patient needs airway support first.", ANTIDOTE, "A"],
  ["doubt_after", "Answer: D. B is also used sometimes, but D is first-line.", ANTIDOTE, "D"],
  // a hedge between two letters
  ["letter_or_letter_null", "Insertion sort is stable, and so is counting sort for small keys. So the answer could be C or E depending on the input.", SORT, null],
  ["letter_or_letter_null", "The answer is probably B or D.", ORGAN, null],
  ["letter_or_letter_null", "I'd say C or E, depending on how you define stable.", SORT, null],
  ["letter_or_letter_null", "It might be A or B; the question doesn't give enough to tell.", GAS, null],
  ["letter_or_letter", "Could be A or B — I'd lean A, since nitrogen is 78%.", GAS, "A"],
  ["letter_or_letter", "Not A or B; the answer is C.", CAPITAL, "C"],
  ["letter_or_letter", "Could be B or D, but if I had to choose I'd say D.", ORGAN, "D"],
  ["letter_or_letter_null", "It could be either A or C.", CAPITAL, null],
  ["letter_or_letter_null", "Answer: B. Or was it D? I don't remember.", ANTIDOTE, null],
  ["letter_or_letter_null", "It's one of those two: B or E.", ORGAN, null],
  ["letter_or_letter", "If I had to choose, I'd go with C.", CAPITAL, "C"],
  // an option and its letter set against another's
  ["text_letter_not_null", "Not Canberra (C), not Sydney (A) — I honestly don't know.", CAPITAL, null],
  ["text_letter_not_null", "It's the Golgi apparatus (D), not the ribosome (C) — or maybe the lysosome (E).", ORGAN, null],
  ["text_letter_not", "The capital is Canberra (C), not Sydney (A), which is merely the largest city.", CAPITAL, "C"],
  ["text_letter_not", "Proteins are packaged in the Golgi apparatus (D), not the ribosome (C) — the ribosome only makes them.", ORGAN, "D"],
  ["text_letter_not", "Benzodiazepine overdose is reversed by flumazenil (B), not naloxone (A); naloxone is for opioids.", ANTIDOTE, "B"],
  ["text_letter_not", "La capital es Canberra (C), no Sídney (A).", CAPITAL, "C"],
  ["text_letter_not", "For small nearly-sorted inputs you want insertion sort (C) rather than merge sort (B).", SORT, "C"],
  // the one option left after elimination
  ["only_left", "By elimination: B and D are big cities but not the capital, and A is the largest city. The only option left is C.", CAPITAL, "C"],
  ["only_left", "After ruling out A, B and D, the only choice remaining is C.", ANTIDOTE, "C"],
  ["only_left", "B and C are out and D is a trace gas; the one option left standing is A.", GAS, "A"],
  ["only_left", "Eliminating the others, the remaining answer is E.", ORGAN, "E"],
  ["only_left_null", "The only option left to check is B, which I'll look at next.", ORGAN, null],
  ["only_left_null", "By elimination: A and B are out. The options left are C and D.", CAPITAL, null],
  // per-option rows answered yes/no after a dash
  ["dash_yes_no", "A — True? No. Naloxone reverses opioids.\nB — Yes: flumazenil reverses benzodiazepines.\nC — No.\nD — No.", ANTIDOTE, "B"],
  ["dash_yes_no", "A – no\nB – no\nC – yes\nD – no", CAPITAL, "C"],
  ["dash_yes_no", "Option A? No.\nOption B? No.\nOption C? Yes — Canberra is the capital.\nOption D? No.", CAPITAL, "C"],
  ["dash_yes_no", "A — No, that's the largest city.\nB — No.\nC — Yes, the purpose-built capital.\nD — No.", CAPITAL, "C"],
  ["dash_yes_no", "A — Correct? Not quite, that's the largest city.\nB — Correct? No.\nC — Correct? Yes.\nD — No.", CAPITAL, "C"],
  ["dash_yes_no_null", "A — right?\nB — right?\nC — wrong\nD — wrong", CAPITAL, null],
  ["dash_yes_no_null", "A — True? Maybe.\nB — True? Maybe.\nC — No.\nD — No.", ANTIDOTE, null],
  ["dash_yes_no_null", "A — Yes.\nB — No.\nC — Yes.\nD — No.", CAPITAL, null],
  ["dash_yes_no_null", "A — No.\nB — No.\nC — No.\nD — No.", CAPITAL, null],
  // rows of marks, several checked
  ["several_checked_null", "A ✓\nB ✗\nC ✗\nD ✓", CAPITAL, null],
  ["several_checked_null", "A ✗\nB ✓\nC ✓\nD ✗\nE ✗", ORGAN, null],
  ["several_checked_null", "A ✅\nB ❌\nC ✅\nD ❌", PORT, null],
  ["several_checked", "A ✗\nB ✗\nC ✓\nD ✗", CAPITAL, "C"],
  // a loop of one letter cut by the token limit
  ["letter_loop_cut", "B B B B B B B B B B B B B B B B", ORGAN, "B", "length"],
  ["letter_loop_cut", "C\nC\nC\nC\nC\nC\nC\nC\nC", CAPITAL, "C", "length"],
  ["letter_loop_cut", "(D) (D) (D) (D) (D) (D) (D) (D)", ANTIDOTE, "D", "length"],
  ["letter_loop_cut", "A. A. A. A. A. A. A. A. A. A.", GAS, "A", "length"],
  ["letter_loop_cut_null", "A B A B A B A B A B A B", CAPITAL, null, "length"],
  ["letter_loop_cut_null", "B B B B B C C C C C C", ORGAN, null, "length"],
  ["letter_loop_cut_null", "A, B, C, D, A, B, C, D, A, B, C, D", PORT, null, "length"],
  // an answer, then what another option would be right for
  ["would_be_if", "Answer: B\n\nWhy not the others? Option A would be correct if the patient had taken opioids. Option C is for organophosphates.", ANTIDOTE, "B"],
  ["would_be_if", "The answer is C.\n\nA would be the right choice if the question asked for the largest city.", CAPITAL, "C"],
  ["would_be_if", "Final answer: D\n\nC would be correct if the question asked where proteins are made.", ORGAN, "D"],
  ["would_be_if", "Answer: A. B would only be right if a benzodiazepine had been taken.", ANTIDOTE, "A"],
  ["would_be_if_null", "A would be correct if the patient had taken opioids, but the history doesn't say.", ANTIDOTE, null],
  ["would_be_if", "B would be correct here, since a benzodiazepine was taken.", ANTIDOTE, "B"],
  // a cell or line that ends on "only" before the next row's letter
  ["only_line_end", "| Option | Verdict |\n|---|---|\n| A. Naloxone | ✗ opioids only |\n| B. Flumazenil | ✓ benzodiazepines |\n| C. Atropine | ✗ organophosphates only |\n| D. N-acetylcysteine | ✗ paracetamol only |", ANTIDOTE, "B"],
  ["only_line_end", "A. Sydney: largest city only\nB. Melbourne: former seat only\nC. Canberra: the capital ✓\nD. Perth: state capital only", CAPITAL, "C"],
  ["only_line_end_null", "A. Sydney: largest city only\nB. Melbourne: former seat only\nC. Canberra: also only a city\nD. Perth: state capital only", CAPITAL, null],
  ["only_line_end", "Antidote notes, adults only\nB — flumazenil, for benzodiazepines.", ANTIDOTE, "B"],
  // probes of our own over the classes that caused most false commits on unseen replies, written once batch 11's and
  // batch 14's rules were in and labelled before the extractor read them
  ["probe_finals_null", "**Answer: B**\n\nExplanation: Flumazenil is a benzodiazepine antagonist.\n\n**Final Answer: D**", ANTIDOTE, null],
  ["probe_finals_null", "Answer: (C)\n\nThe Golgi modifies and ships proteins.\n\nTherefore, the correct option is (A).", ORGAN, null],
  ["probe_finals", "The answer is B. Final answer: B", ANTIDOTE, "B"],
  ["probe_finals_null", "I believe the answer is C.\nAnswer: A", CAPITAL, null],
  ["probe_finals", "Answer: C\n\nHmm, thinking again, B is better.\n\nAnswer: B", ORGAN, "B"],
  ["probe_finals_null", "Option C is correct.\n\nPort 25 is SMTP, the mail transfer protocol.\n\nThe answer is A.", PORT, null],
  ["probe_hedge_null", "C or E — can't be sure without the graph.", SORT, null],
  ["probe_hedge_null", "Either (B) or (D) would be acceptable.", ORGAN, null],
  ["probe_hedge", "I'm between A and C; leaning C.", CAPITAL, "C"],
  ["probe_hedge_null", "Somewhere between B and C, honestly.", GAS, null],
  ["probe_hedge_null", "Answer: B or C", ANTIDOTE, null],
  ["probe_cue_then_other", "Final answer: C\n\nNote: A is what many textbooks used to say, and it would be right under the older definition.", CAPITAL, "C"],
  ["probe_cue_then_other", "The answer is B.\n\nD is correct only in children, so it doesn't apply here.", ANTIDOTE, "B"],
  ["probe_cue_then_other", "Answer: A\n\nWhy not C? C would be the answer if the patient were pregnant.", ANTIDOTE, "A"],
  ["probe_cue_then_other", "Correct answer: D\n\nC is also correct in some guidelines, but D is the standard.", ORGAN, "D"],
  ["probe_rows", "| Option | Correct? |\n|---|---|\n| A | No |\n| B | No |\n| C | Yes |\n| D | No |", CAPITAL, "C"],
  ["probe_rows", "A ❌\nB ❌\nC ✅\nD ❌", PORT, "C"],
  ["probe_rows", "✅ C — Canberra\n❌ A — Sydney\n❌ B — Melbourne\n❌ D — Perth", CAPITAL, "C"],
  ["probe_rows_null", "A: ✗ B: ✗ C: ✓ D: ✓", CAPITAL, null],
  ["probe_rows_null", "| Option | Verdict |\n|---|---|\n| A. Sydney | ❌ |\n| B. Melbourne | ❌ |\n| C. Canberra | ✅ |\n| D. Perth | ✅ |", CAPITAL, null],
  ["probe_rows_null", "Option A — plausible\nOption B — plausible\nOption C — unlikely\nOption D — unlikely", CAPITAL, null],
  ["probe_loop", "Answer: C\nAnswer: C\nAnswer: C\nAnswer: C\nAnswer: C\nAnswer:", CAPITAL, "C", "length"],
  ["probe_loop", "**B**\n**B**\n**B**\n**B**", ORGAN, "B", "length"],
  ["probe_loop_null", "B. B. B. B. C. C.", ORGAN, null, "length"],
  ["probe_loop", "The answer is D. The answer is D. The answer is D. The answer is", ANTIDOTE, "D", "length"],
  ["probe_loop", "A A A A A A A A A A A A A A A A A A A A", GAS, "A"],
  ["probe_cut_null", "Let's analyze. Option A is wrong because Sydney is only the largest city. Option B is", CAPITAL, null, "length"],
  ["probe_cut", "Final answer: B. Reasoning: flumazenil is", ANTIDOTE, "B", "length"],
  ["probe_ml", "Die richtige Antwort ist B. Nein, warte: C.", CAPITAL, "C"],
  ["probe_ml", "La réponse est A... non, attendez, c'est la C.", CAPITAL, "C"],
  ["probe_ml", "答案是B。不对，应该是D。", ORGAN, "D"],
  ["probe_ml", "Ответ: B. Хотя нет, C.", ANTIDOTE, "C"],
  ["probe_ml_null", "正确答案是A或C。", ORGAN, null],
  ["probe_ml_null", "La respuesta es B o D.", ANTIDOTE, null],
  ["probe_ml_null", "A: richtig, B: falsch, C: richtig, D: falsch", CAPITAL, null],
  // near-relatives of the rules those probes added, written before the extractor read them
  ["probe_finals_null", "Option B is correct.\nOption D is correct.", ANTIDOTE, null],
  ["probe_finals", "Option B is correct. Option B is the only one that reverses benzodiazepines.", ANTIDOTE, "B"],
  ["probe_finals", "(A) is correct for opioids; the answer here is B.", ANTIDOTE, "B"],
  ["probe_cue_then_other_null", "C is correct only if the patient is over 65; otherwise A.", ANTIDOTE, null],
  ["probe_finals", "Answer: A. Thinking again, C.", CAPITAL, "C"],
  ["probe_hedge", "I'm leaning A.", GAS, "A"],
  ["probe_hedge_null", "I'm leaning towards A or B.", GAS, null],
  // a second probe set: long hosted-model replies and their near-relatives, written before the extractor read them
  ["probe2_finals_null", "### Best answer: B\n\nFlumazenil antagonises benzodiazepines at the GABA-A receptor. Naloxone would be used for opioids.\n\n**Answer: C**", ANTIDOTE, null],
  ["probe2_table", "| Option | Analysis | Verdict |\n|---|---|---|\n| A | Largest city | ❌ Incorrect |\n| B | Former seat | ❌ Incorrect |\n| C | Purpose-built capital | ✅ Correct |\n| D | State capital | ❌ Incorrect |\n\nTherefore, C.", CAPITAL, "C"],
  ["probe2_heading", "## Final Answer\n\n**B. Flumazenil**", ANTIDOTE, "B"],
  ["probe2_reservation", "The most likely answer is **C**, although **A** could be argued in some contexts.", CAPITAL, "C"],
  ["probe2_conditional", "Answer: C.\n\nHowever, if the question is asking about the largest city, the answer would be A.", CAPITAL, "C"],
  ["probe2_doubt", "Answer: C.\n\nHowever, I'm not 100% sure; it could also be A.", CAPITAL, "C"],
  ["probe2_table_null", "| Option | Analysis | Verdict |\n|---|---|---|\n| A | Opioid antagonist | ✅ Correct |\n| B | Benzodiazepine antagonist | ✅ Correct |\n| C | Anticholinergic | ❌ Incorrect |\n| D | Paracetamol antidote | ❌ Incorrect |", ANTIDOTE, null],
  ["probe2_bold_rows", "**Option A:** Incorrect. Sydney is the largest city.\n**Option B:** Incorrect. Melbourne was the temporary seat.\n**Option C:** Correct. Canberra was purpose-built.\n**Option D:** Incorrect. Perth is a state capital.", CAPITAL, "C"],
  ["probe2_note_after", "Step 1: identify the drug class. Step 2: match the antagonist. The answer is **(B)**.\n\n---\n\n*Note: if the overdose were an opioid, (A) would be correct.*", ANTIDOTE, "B"],
  ["probe2_doubt", "Answer: B\n\nConfidence: low. D is also plausible.", ORGAN, "B"],
  ["probe2_marked_then_turn", "A. Sydney\nB. Melbourne\nC. Canberra ✓\nD. Perth\n\nWait, Melbourne was the temporary capital, but Canberra is the answer.", CAPITAL, "C"],
  ["probe2_loop", "The answer is C.\nThe answer is C.\nThe answer is C.\nThe answer is C.", CAPITAL, "C"],
  ["probe2_boxed", "Final Answer: The final answer is $\\boxed{B}$", ANTIDOTE, "B"],
  ["probe2_corrected", "Answer: A) Naloxone\n\nWait, the question asks about benzodiazepines. Answer: B) Flumazenil", ANTIDOTE, "B"],
  ["probe2_corrected", "My initial thought was A, but the correct answer is C.", CAPITAL, "C"],
  ["probe2_hedge_null", "It's not A. It's not B. It's C or D.", CAPITAL, null],
  ["probe2_between", "I'd eliminate A and B. Between C and D, C fits better.", ORGAN, "C"],
  ["probe2_between_null", "I'd eliminate A and B. Between C and D, it's hard to say.", ORGAN, null],
  ["probe2_remarks", "Answer: C (Canberra). Sydney (A) and Melbourne (B) are larger, and Perth (D) is a state capital.", CAPITAL, "C"],
  ["probe2_remarks", "The answer is D. Note: B is a common distractor; the answer is not B.", ORGAN, "D"],
  ["probe2_ml", "正确答案：C。注意：A是常见的错误答案。", ORGAN, "C"],
  ["probe2_ml", "Antwort: B\n\nBegründung: Flumazenil hebt Benzodiazepine auf. Antwort A wäre richtig, wenn es um Opioide ginge.", ANTIDOTE, "B"],
  ["probe2_rows_after", "Answer: C\n\nD) is incorrect.\nA) is incorrect.\nB) is incorrect.", CAPITAL, "C"],
  ["probe2_cut", "**Answer: B**\n\n**Explanation:**\n\nOption A is", ANTIDOTE, "B", "length"],
  ["probe2_corrected", "B — no, D. Final: D.", ORGAN, "D"],
  ["probe2_corrected", "B? No — D.", ORGAN, "D"],
  ["probe2_either_way", "Either way the answer is C.", CAPITAL, "C"],
  ["probe2_not_list", "C, not B or D.", CAPITAL, "C"],
  ["probe2_not_list_null", "Not C, but B or D.", CAPITAL, null],
  // a third probe set: small local models (terse, looping, template debris, half-finished JSON) and other languages,
  // written before the extractor read them
  ["probe3_template", "<|im_start|>assistant\nB<|im_end|>", ANTIDOTE, "B"],
  ["probe3_template", "B<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nNext question: which gas is inert? Answer: C", ANTIDOTE, "B"],
  ["probe3_json", "{\"answer\": \"C\", \"confidence\": 0.6", CAPITAL, "C", "length"],
  ["probe3_json", "{\"answer\": \"C\", \"alternative\": \"A\"}", CAPITAL, "C"],
  ["probe3_json_null", "{\"answer\": [\"B\", \"D\"]}", ORGAN, null],
  ["probe3_json_null", "{\"answer\": \"B or D\"}", ORGAN, null],
  ["probe3_next_item", "Answer: C\n\nQuestion 2: Which organelle makes ATP?\nA. Mitochondrion\nB. Nucleus\nAnswer: A", CAPITAL, "C"],
  ["probe3_loop_null", "C\nC\nC\nD", CAPITAL, null],
  ["probe3_loop_null", "The answer is C. The answer is C. The answer is D.", CAPITAL, null],
  ["probe3_template", "Answer: B.</s>", ANTIDOTE, "B"],
  ["probe3_template", "[INST] Which drug reverses benzodiazepines? [/INST] B", ANTIDOTE, "B"],
  ["probe3_terse", "A\n\nExplanation: Nitrogen makes up 78% of the atmosphere.", GAS, "A"],
  ["probe3_terse", "A: Nitrogen", GAS, "A"],
  ["probe3_empty_null", "Answer:", CAPITAL, null, "length"],
  ["probe3_empty_null", "Answer: ", CAPITAL, null],
  ["probe3_terse", "answer c", CAPITAL, "C"],
  ["probe3_code", "ans = 'B'", ANTIDOTE, "B"],
  ["probe3_echo_null", "The correct answer is: \n\nA) Sydney\nB) Melbourne\nC) Canberra\nD) Perth", CAPITAL, null],
  ["probe3_doubt_null", "I think it's B but I'm not sure. Could be C.", ANTIDOTE, null],
  ["probe3_aside", "B (but C is close)", ANTIDOTE, "B"],
  ["probe3_list_null", "B, C", ANTIDOTE, null],
  ["probe3_also_null", "B. Also C.", ORGAN, null],
  ["probe3_loop", "Option B\nOption B\nOption B", ORGAN, "B", "length"],
  ["probe3_ml", "答案：B\n答案：B\n答案：B", ORGAN_ZH, "B"],
  ["probe3_ml", "정답: C입니다.", CAPITAL, "C"],
  ["probe3_ml", "Câu trả lời đúng là D.", ANTIDOTE, "D"],
  ["probe3_ml", "الإجابة الصحيحة هي B", ANTIDOTE, "B"],
  ["probe3_ml_null", "Ответ — B или C.", ANTIDOTE, null],
  // near-relatives of another option offered at the close, written before the extractor read them (an added one, 'Also
  // D.', is a second answer). Two more were written as null, "The answer is B. Maybe D." and "Answer: C. Could also be
  // D.", and then relabelled to the answer the extractor read; careful graders could take either, so they are left out
  // rather than labelled to match the reader
  ["probe3_rival_null", "Answer: C. Also D.", CAPITAL, null],
  ["probe3_rival", "Could be C.", CAPITAL, "C"],
  ["probe3_rival", "B. Also, C is wrong.", ANTIDOTE, "B"],
  // a fourth probe set: verdict marks and rows in more shapes, a cue followed by talk of another option, corrections and
  // added options in other languages, written before the extractor read them
  ["probe4_marks", "✓ A\n✗ B\n✗ C\n✗ D", GAS, "A"],
  ["probe4_marks_null", "A ✓ correct\nB ✗\nC ✗\nD ✓ also correct", CAPITAL, null],
  ["probe4_marks", "- Sydney: ✗\n- Melbourne: ✗\n- Canberra: ✓\n- Perth: ✗", CAPITAL, "C"],
  ["probe4_marks_null", "- Sydney: ✗\n- Melbourne: ✓\n- Canberra: ✓\n- Perth: ✗", CAPITAL, null],
  ["probe4_rows", "A) no B) no C) yes D) no", CAPITAL, "C"],
  ["probe4_rows_null", "A) yes B) no C) yes D) no", CAPITAL, null],
  ["probe4_cue_then_table", "Answer: B\n\n| Option | Why not |\n|---|---|\n| A | opioids only |\n| C | organophosphates |\n| D | paracetamol |", ANTIDOTE, "B"],
  ["probe4_cue_then_other", "The answer is C.\n\nLet's look at D: D would be right if the question asked about packaging. It doesn't.", ORGAN, "C"],
  ["probe4_cue_then_other", "Final answer: A\n\nB is the classic distractor. Many pick B because it sounds right.", GAS, "A"],
  ["probe4_cue_then_other", "Answer: D.\n\nAlternatively, some sources say C.", ORGAN, "D"],
  ["probe4_second_null", "Answer: D.\n\nAlternatively, C.", ORGAN, null],
  ["probe4_loop", "Answer: A\nAnswer: A\nFinal answer: A", GAS, "A"],
  ["probe4_corrected", "Answer: C\n\n(Originally I put B, but that was a mistake.)", CAPITAL, "C"],
  ["probe4_corrected", "I'd go with B. Actually no, D. Final: D.", ORGAN, "D"],
  ["probe4_corrected", "B\n\nWait, no. Let me reconsider. The mechanism points to D.\n\nD", ORGAN, "D"],
  ["probe4_ml", "答案是C。\n\n不过也可能是D。", ORGAN_ZH, "C"],
  ["probe4_ml_null", "答案是C，也是D。", ORGAN_ZH, null],
  ["probe4_ml", "Réponse : B. Ou peut-être C.", CAPITAL, "B"],
  ["probe4_ml_null", "La respuesta es B. También C.", CAPITAL, null],
  ["probe4_rows", "Option A is wrong. Option B is wrong. Option C is wrong. So D.", CAPITAL, "D"],
  ["probe4_rows_null", "Option A is wrong. Option B is wrong. Option C is wrong. Option D is wrong.", CAPITAL, null],
  ["probe4_neither", "Neither A nor B; C.", CAPITAL, "C"],
  ["probe4_second", "B, and that's final.", ANTIDOTE, "B"],
  ["probe4_second", "Answer: B, also known as flumazenil.", ANTIDOTE, "B"],
  ["probe4_ml", "答案是C，也就是核糖体。", ORGAN_ZH, "C"],
];

export const CHOICE_RULES_B11: ChoiceCase[] = ROWS.map(([cls, reply, choices, want, finish]) => ({ cls: `r11:${cls}`, reply, choices, want, ...(finish ? { finish } : {}) }));
