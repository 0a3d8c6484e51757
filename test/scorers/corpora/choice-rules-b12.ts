/**
 * Replies of our own for the rules batch 12's fix round added (none copied from batch 12), written before the
 * extractor read them: a contrast by "instead of" / "rather than" and an imperative that opens with its letter
 * ("Choose E instead of A"); answers in other languages without a colon whose reason opens with a word that
 * looks like a letter list ("B, ya que …"); struck-through text ("~~A~~ → **C**"); "both C and D can be
 * defended"; a classifier's bare letters ("A C"); a cue inside a purpose clause ("… to determine the best
 * answer:"); another item's question with a blank line before its options; an echoed [INST] prompt before the
 * first turn and invented turns after it; an unclosed <think> cut right after its final-answer line; answers by
 * case followed by a request for which case is meant; a letter and its option's text opening the reply, others
 * only in brackets after it; per-option verdicts in words ("ruled out", "this is it"); an option joined to another
 * right after a cue ("By elimination: Mercury and Venus have no moons"), and "Final answer" as no ordinal. Each class has rows that
 * must NOT commit. Each row: [class, reply, option set, what a careful reader takes (or null), finish reason].
 */
import type { ChoiceCase } from './choice-corpus.js';

type Row = [string, string, Record<string, string>, string | null, string?];

const METRIC = {"A": "MAE", "B": "RMSE", "C": "MAPE", "D": "Brier score", "E": "Log loss"};
const CAPITAL = {"A": "Sydney", "B": "Melbourne", "C": "Canberra", "D": "Perth"};
const ANTIDOTE = {"A": "Naloxone", "B": "Flumazenil", "C": "Atropine", "D": "N-acetylcysteine"};
const ORGAN = {"A": "Mitochondrion", "B": "Nucleus", "C": "Ribosome", "D": "Golgi apparatus", "E": "Lysosome"};
const PORT = {"A": "53", "B": "110", "C": "25", "D": "143"};
const TITLE = {"A": "Negligence", "B": "Adverse possession", "C": "Eminent domain", "D": "Easement by necessity", "E": "Escheat"};
const ECG = {"A": "Peaked T waves", "B": "Prominent U waves", "C": "Prolonged QT interval", "D": "Delta wave"};

const ROWS: Row[] = [
  ["instead_of", "Choose E instead of A: log loss punishes confident wrong probabilities, MAE does not.", METRIC, "E"],
  ["instead_of", "Go with C rather than A — Sydney is bigger, but Canberra is the capital.", CAPITAL, "C"],
  ["instead_of", "I'd pick B instead of A here, because benzodiazepines are the problem.", ANTIDOTE, "B"],
  ["instead_of", "La respuesta es B en lugar de A: se trata de benzodiacepinas.", ANTIDOTE, "B"],
  ["instead_of", "Je choisirais C plutôt que A : Canberra est la capitale.", CAPITAL, "C"],
  ["instead_of", "D rather than C: the Golgi packages proteins, ribosomes only make them.", ORGAN, "D"],
  ["instead_of_null", "Rather than guess between B and D, I'll leave this one.", ORGAN, null],
  ["instead_of_null", "Should it be C instead of A? I honestly can't tell.", CAPITAL, null],
  ["instead_of_null", "Instead of picking A or C, I'd need the patient's history.", ANTIDOTE, null],
  ["lang_no_colon", "La respuesta correcta es B, ya que el flumazenil revierte las benzodiacepinas.", ANTIDOTE, "B"],
  ["lang_no_colon", "La bonne réponse est C, car Canberra a été construite pour être la capitale.", CAPITAL, "C"],
  ["lang_no_colon", "Die richtige Antwort ist D, weil der Golgi-Apparat Proteine verpackt.", ORGAN, "D"],
  ["lang_no_colon", "A resposta correta é A, pois a naloxona reverte opioides.", ANTIDOTE, "A"],
  ["lang_no_colon", "La risposta corretta è E, perché i lisosomi digeriscono.", ORGAN, "E"],
  ["lang_no_colon_null", "No sé si la respuesta correcta es B o C.", ANTIDOTE, null],
  ["lang_no_colon_null", "La respuesta correcta no es A, pero no sé cuál es.", ANTIDOTE, null],
  ["strikethrough", "~~A~~ → **C**\n\nSorry: 53 is DNS; SMTP is 25.", PORT, "C"],
  ["strikethrough", "~~B~~ D — the Golgi packages proteins.", ORGAN, "D"],
  ["strikethrough", "Answer: ~~C~~ A", ANTIDOTE, "A"],
  ["strikethrough", "~~Sydney~~ Canberra", CAPITAL, "C"],
  ["strikethrough_null", "~~C~~", CAPITAL, null],
  ["strikethrough_null", "~~A~~ → ? I'm not sure any more.", PORT, null],
  ["both_defensible_null", "Because the question does not specify the population, both C and D can be defended.", TITLE, null],
  ["both_defensible_null", "Both B and E are defensible readings here.", TITLE, null],
  ["both_defensible_null", "Honestly both A and C are acceptable answers to this question.", ORGAN, null],
  ["both_defensible_null", "I think either A or D could be argued.", ANTIDOTE, null],
  ["both_defensible", "Both A and C are wrong here, so the answer is B.", CAPITAL, "B"],
  ["both_defensible", "Both C and D are incorrect; the answer is A.", ANTIDOTE, "A"],
  ["bare_letters_null", "A C", ORGAN, null],
  ["bare_letters_null", "B D", CAPITAL, null],
  ["bare_letters_null", "A, C", ANTIDOTE, null],
  ["bare_letters_null", "B/D", ORGAN, null],
  ["bare_letters", "C", ORGAN, "C"],
  ["bare_letters", "D\n", CAPITAL, "D"],
  ["purpose_cue_null", "Let's analyze each option to determine the best answer:\n\n* **(A) Negligence:** This needs a duty and a breach; it has nothing to do with title.\n\n* **(B) Adverse possession:** This doctrine lets a person who openly occupies", TITLE, null, "length"],
  ["purpose_cue_null", "To find the correct answer, let's go through them.\n\n(A) Naloxone reverses opioids. (B) Flumazenil", ANTIDOTE, null, "length"],
  ["purpose_cue_null", "In order to identify the right option:\nA) Sydney is the largest city.\nB) Melbourne was the", CAPITAL, null, "length"],
  ["purpose_cue", "To pick the correct answer, recall that Canberra was purpose-built. The answer is C.", CAPITAL, "C"],
  ["other_question_null", "\n\nQuestion: Which of these is the capital of France?\n\nA. Lyon\nB. Paris\nC. Nice\nD. Lille\n\nAnswer: B\n\nQuestion: Which of", CAPITAL, null, "length"],
  ["other_question_null", "Question: Which drug reverses heparin?\n\nA) Vitamin K\nB) Protamine sulfate\nC) Idarucizumab\nD) Andexanet\n\nAnswer: B", ANTIDOTE, null],
  ["other_question", "Question: What is the capital of Australia?\n\nA. Sydney\nB. Melbourne\nC. Canberra\nD. Perth\n\nAnswer: C", CAPITAL, "C"],
  ["inst_echo", "[INST] Question: What is the capital of Australia? [/INST] Answer: C [INST] Thanks! [/INST] You're welcome!", CAPITAL, "C"],
  ["inst_echo", "<s>[INST] Which organelle packages proteins? [/INST] D</s>[INST] ok [/INST] Glad to help.", ORGAN, "D"],
  ["inst_echo", "[INST] Which antidote for benzodiazepines? [/INST] The answer is B. [INST] And for opioids? [/INST] That would be A.", ANTIDOTE, "B"],
  ["inst_echo_null", "[INST] Which antidote for benzodiazepines? [/INST] [INST] Thanks [/INST] Sure, A.", ANTIDOTE, null],
  ["open_think_final", "<think>\nSydney is largest; Canberra was purpose-built as the capital. So C.\n\nFinal answer: C", CAPITAL, "C", "length"],
  ["open_think_final", "<think>\nGolgi packages, ribosome makes. D.\nFinal answer: D", ORGAN, "D", "length"],
  ["open_think_final_null", "<think>\nFinal answer: B? Hmm, wait, flumazenil is for benzos, but the stem says opioids, so", ANTIDOTE, null, "length"],
  ["open_think_final_null", "<think>\nThe answer is probably A but let me check the others. B is", ANTIDOTE, null, "length"],
  ["by_case_null", "It depends on the tax year:\n- Under the old rules: **B**\n- Under the new rules: **D**\n\nLet me know which year you're asking about.", TITLE, null],
  ["by_case_null", "If the overdose is of opioids: A\nIf it is of benzodiazepines: B\n\nTell me which drug was taken.", ANTIDOTE, null],
  ["by_case_null", "- Before 1913: **A**\n- After 1913: **C**\nLet me know which period you mean.", CAPITAL, null],
  ["by_case", "- If opioids: A\n- If benzodiazepines: B\n\nThe stem says diazepam, so B.", ANTIDOTE, "B"],
  ["letter_text_first", "A. Peaked T waves appear first; prominent U waves (B) point to hypokalaemia.", ECG, "A"],
  ["letter_text_first", "C. Canberra was purpose-built; Sydney (A) is just the largest city.", CAPITAL, "C"],
  ["letter_text_first", "B. Flumazenil reverses benzodiazepines, while naloxone (A) is for opioids and atropine (C) for organophosphates.", ANTIDOTE, "B"],
  ["letter_text_first", "D) Golgi apparatus — it packages proteins; the ribosome (C) only makes them.", ORGAN, "D"],
  ["letter_text_first_null", "A. Sydney is the largest city, but the capital is actually Canberra (C).", CAPITAL, "C"],
  ["option_verdicts", "Option A: possible but unlikely.\nOption B: ruled out — fluvial.\nOption C: ruled out — not a doctrine of title.\nOption D: this is it.", TITLE, "D"],
  ["option_verdicts", "A: ruled out.\nB: ruled out.\nC: that's the one.\nD: ruled out.", CAPITAL, "C"],
  ["option_verdicts_null", "Option A: possible.\nOption B: possible.\nOption C: ruled out.\nOption D: ruled out.", CAPITAL, null],
  ["instead_of", "Pick C. Sydney is only the largest city.", CAPITAL, "C"],
  ["instead_of", "Select D over C: packaging is the Golgi's job.", ORGAN, "D"],
  ["instead_of_null", "Choose B or D — I can't narrow it further.", ORGAN, null],
  ["cue_joined_options", "By elimination: Sydney and Melbourne are just big cities; the capital is Canberra (C).", CAPITAL, "C"],
  ["cue_joined_options_null", "The answer: naloxone or flumazenil, depending on the drug taken.", ANTIDOTE, null],
  ["cue_joined_options_null", "Final answer: mitochondrion and nucleus both hold DNA.", ORGAN, null],
  // written after the rules above: rows that are all verdicts against (no letter opens a reason then), and verdicts after a dash
  ["option_verdicts", "Option A – unlikely.\nOption B – this is it: flumazenil.\nOption C – no.\nOption D – no.", ANTIDOTE, "B"],
  ["option_verdicts_null", "A: ruled out.\nB: ruled out.\nC: ruled out.\nD: ruled out.", CAPITAL, null],
  ["all_wrong_null", "A: wrong\nB: wrong\nC: wrong\nD: wrong", CAPITAL, null],
  ["all_wrong_null", "A ✗\nB ✗\nC ✗\nD ✗", CAPITAL, null],
  ["all_wrong_null", "(A) false (B) false (C) false (D) false", ANTIDOTE, null],
  ["all_wrong_null", "Option A: ruled out.\nOption B: ruled out.\nOption C: ruled out.\nOption D: ruled out.\nOption E: ruled out.", ORGAN, null],
  ["all_wrong_null", "A: ruled out.\nB: ruled out.\nC: ruled out.\nD: ruled out.", CAPITAL, null],
  ["all_wrong", "A: wrong\nB: wrong\nC: correct\nD: wrong", CAPITAL, "C"],
  ["all_wrong", "A: wrong\nB: wrong\nD: wrong\nSo C.", CAPITAL, "C"],
  ["dash_verdict", "Option A – unlikely.\nOption B – this is it: flumazenil.\nOption C – no.\nOption D – no.", ANTIDOTE, "B"],
  ["dash_verdict", "Option A — incorrect\nOption B — incorrect\nOption C — correct\nOption D — incorrect", CAPITAL, "C"],
  ["dash_verdict", "A – wrong\nB – right\nC – wrong\nD – wrong", ANTIDOTE, "B"],
  ["dash_verdict_null", "A – correct\nB – correct\nC – wrong\nD – wrong", CAPITAL, null],
];

export const CHOICE_RULES_B12: ChoiceCase[] = ROWS.map(([cls, reply, choices, want, finish]) => ({ cls: `r12:${cls}`, reply, choices, want, ...(finish ? { finish } : {}) }));
