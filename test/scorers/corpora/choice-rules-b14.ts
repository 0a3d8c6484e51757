/**
 * Replies of our own for the rules batch 14's fix round added (none copied from batch 14), written before the
 * extractor read them: answers by case ("If they mean X, I'd go with C; if Y, D could be it"); per-option verdict
 * rows in other languages ("A 错", "C – richtig", "B — верно", "C: đúng"); "not X but Y" in other languages ("不是B，
 * 是C", "pas la A mais la C", "no es la B sino la D"); a hedge between two letters in other languages ("A 또는 D",
 * "B或C", "A hoặc B"); self-corrections in other languages ("Ops, corrigindo", "hayır, doğrusu", "哦不对，是C", "anzi
 * no, è la C"); final-answer cues without a colon in more languages (Polish, Swahili, Thai); a checklist with one
 * box ticked and a reason after it; "none of the others fits as well" after the answer; rows of verdicts written
 * as sentences on one line, all against; an answer tag cut by the token limit after its letter. Each class has rows
 * that must NOT commit. Each row: [class, reply, option set, what a careful reader takes (or null), finish reason].
 */
import type { ChoiceCase } from './choice-corpus.js';

type Row = [string, string, Record<string, string>, string | null, string?];

const CAPITAL = {"A": "Sydney", "B": "Melbourne", "C": "Canberra", "D": "Perth"};
const ANTIDOTE = {"A": "Naloxone", "B": "Flumazenil", "C": "Atropine", "D": "N-acetylcysteine"};
const ORGAN = {"A": "Mitochondrion", "B": "Nucleus", "C": "Ribosome", "D": "Golgi apparatus", "E": "Lysosome"};
const YEAR = {"A": "1987", "B": "1989", "C": "1991", "D": "1993"};
const ORGAN_ZH = {"A": "细胞核", "B": "线粒体", "C": "核糖体", "D": "高尔基体"};
const GAS = {"A": "Nitrogen", "B": "Oxygen", "C": "Argon", "D": "Carbon dioxide", "E": "Neon"};
const DOSE = {"A": "225 mg", "B": "450 mg", "C": "900 mg", "D": "1,800 mg"};
const PRICE = {"A": "$900", "B": "$990", "C": "$1,000", "D": "$1,100", "E": "$1,210"};

const ROWS: Row[] = [
  // answers by case, one per case, no pick between them
  ["by_case_null", "- If the question means the legal definition, I'd go with **B**.\n- If it means everyday usage, **D** would fit better.\n\nI can't tell which is intended.", YEAR, null],
  ["by_case_null", "If you're asking about adults, I'd pick A; for children, C would be my answer.", ANTIDOTE, null],
  ["by_case_null", "If the exam follows the old guideline, I'd say C. If it follows the new one, D.", ORGAN, null],
  ["by_case_null", "If they want the textbook answer, I'd choose **A** (Nitrogen). If they want the trick answer, **B** (Oxygen) might be it. Both are on the table.", GAS, null],
  ["by_case", "If forced to pick one, I'd go with B.", ANTIDOTE, "B"],
  ["by_case", "If the patient is stable, I'd go with B — and the vignette says she is stable, so the answer is B.", ANTIDOTE, "B"],
  // per-option verdict rows in other languages
  ["ml_verdict_rows", "A 错\nB 对\nC 错\nD 错", ORGAN_ZH, "B"],
  ["ml_verdict_rows", "A – falsch\nB – falsch\nC – falsch\nD – richtig", CAPITAL, "D"],
  ["ml_verdict_rows", "A — верно; B — неверно; C — неверно; D — неверно.", YEAR, "A"],
  ["ml_verdict_rows", "A: sai\nB: sai\nC: đúng\nD: sai", CAPITAL, "C"],
  ["ml_verdict_rows", "A: incorrecto\nB: correcto\nC: incorrecto\nD: incorrecto", ANTIDOTE, "B"],
  ["ml_verdict_rows", "A : faux\nB : faux\nC : vrai\nD : faux", CAPITAL, "C"],
  ["ml_verdict_rows_null", "A 对\nB 对\nC 错\nD 错", ORGAN_ZH, null],
  ["ml_verdict_rows_null", "A – richtig\nB – richtig\nC – falsch\nD – falsch", CAPITAL, null],
  ["ml_verdict_rows_null", "A — неверно; B — неверно; C — неверно; D — неверно.", YEAR, null],
  // "not X but Y" in other languages
  ["ml_not_but", "不是B，是C。", ORGAN_ZH, "C"],
  ["ml_not_but", "Ce n'est pas la A mais la C.", CAPITAL, "C"],
  ["ml_not_but", "No es la B sino la D.", ANTIDOTE, "D"],
  ["ml_not_but", "Nicht A, sondern C.", CAPITAL, "C"],
  ["ml_not_but", "Não é a B, mas a D.", YEAR, "D"],
  ["ml_not_but", "Non è la A, ma la C.", ORGAN, "C"],
  ["ml_not_but", "It's not A but C.", CAPITAL, "C"],
  ["ml_not_but_null", "不是A，也不是B。", ORGAN_ZH, null],
  ["ml_not_but_null", "Ce n'est ni la A ni la B.", CAPITAL, null],
  // a hedge between two letters in other languages
  ["ml_hedge_null", "A 또는 D인 것 같아요.", CAPITAL, null],
  ["ml_hedge_null", "可能是B或C。", ORGAN_ZH, null],
  ["ml_hedge_null", "BまたはCだと思います。", ANTIDOTE, null],
  ["ml_hedge_null", "Có thể là A hoặc B.", YEAR, null],
  ["ml_hedge_null", "B veya C olabilir.", CAPITAL, null],
  ["ml_hedge", "정답은 B입니다.", CAPITAL, "B"],
  // self-corrections in other languages
  ["ml_correction", "Letra B. Ops, corrigindo: letra C.", CAPITAL, "C"],
  ["ml_correction", "Respuesta B... perdón, corrijo: la D.", ANTIDOTE, "D"],
  ["ml_correction", "C şıkkı... hayır, doğrusu A şıkkı.", GAS, "A"],
  ["ml_correction", "选A。哦不对，是C。", ORGAN_ZH, "C"],
  ["ml_correction", "Direi A... anzi no, è la C.", ORGAN, "C"],
  ["ml_correction_null", "Letra B. Ops, não sei.", CAPITAL, null],
  // final-answer cues without a colon in more languages
  ["ml_cue", "Prawidłowa odpowiedź to B.", CAPITAL, "B"],
  ["ml_cue", "Jibu sahihi ni D.", ANTIDOTE, "D"],
  ["ml_cue", "คำตอบคือ C", ORGAN, "C"],
  ["ml_cue", "Poprawna odpowiedź to A, ponieważ azot stanowi 78% powietrza.", GAS, "A"],
  ["ml_cue_null", "Nie wiem, jaka jest prawidłowa odpowiedź.", CAPITAL, null],
  // a checklist with one box ticked, a reason after it
  ["checklist", "- [ ] A) Sydney\n- [ ] B) Melbourne\n- [x] C) Canberra\n- [ ] D) Perth\n\nCanberra was chosen as a compromise.", CAPITAL, "C"],
  ["checklist", "- [ ] **A** Naloxone\n- [x] **B** Flumazenil\n- [ ] **C** Atropine\n- [ ] **D** N-acetylcysteine\n\nFlumazenil reverses benzodiazepines; the unchecked ones are distractors.", ANTIDOTE, "B"],
  ["checklist", "Options:\n- [ ] **A** Mitochondrion\n- [ ] **B** Nucleus\n- [ ] **C** Ribosome\n- [x] **D** Golgi apparatus\n- [ ] **E** Lysosome\n\nWhy: the Golgi apparatus packages proteins.", ORGAN, "D"],
  ["checklist_null", "- [x] **A** Sydney\n- [ ] **B** Melbourne\n- [x] **C** Canberra\n- [ ] **D** Perth\n\nBoth checked ones are big cities.", CAPITAL, null],
  ["checklist_null", "- [ ] **A** Sydney\n- [ ] **B** Melbourne\n- [ ] **C** Canberra\n- [ ] **D** Perth\n\nI'm not sure which one to tick.", CAPITAL, null],
  // "none of the others fits as well" after the answer
  ["none_as_well", "The capital is Canberra.\n\nNone of the others fits as well: Sydney (largest city), Melbourne (former seat).", CAPITAL, "C"],
  ["none_as_well", "Flumazenil reverses benzodiazepines.\n\nNone of the alternatives comes close: naloxone is for opioids, atropine for organophosphates.", ANTIDOTE, "B"],
  ["none_as_well", "The answer is D.\n\nNone of the other options works as well.", ORGAN, "D"],
  ["none_as_well_null", "None of the options fits: Sydney is the largest city and Melbourne the former seat.", CAPITAL, null],
  ["none_as_well_null", "None of the alternatives is right here.", ANTIDOTE, null],
  // verdict rows as sentences on one line
  ["one_line_rows_null", "A — incorrect. B — incorrect. C — incorrect. D — incorrect.", YEAR, null],
  ["one_line_rows_null", "Option A - no. Option B - no. Option C - no. Option D - no.", CAPITAL, null],
  ["one_line_rows", "Option A — wrong. Option B — right. Option C — wrong. Option D — wrong.", YEAR, "B"],
  // an answer tag cut by the token limit after its letter
  ["cut_answer_tag", "<answer>C", CAPITAL, "C", "length"],
  ["cut_answer_tag", "<reasoning>Canberra was purpose-built as the capital.</reasoning>\n<answer>C", CAPITAL, "C", "length"],
  ["cut_answer_tag_null", "<answer>", CAPITAL, null, "length"],
  ["cut_answer_tag_null", "<answer>B or", ORGAN, null, "length"],
  // written after the rules above: near-relatives of the cues and asides they added
  ["ml_cue_null", "Es la A o la C, no estoy seguro.", CAPITAL, null],
  ["ml_correction_null", "Answer: B. Actually, I don't know.", ANTIDOTE, null],
  ["ml_correction", "Answer: B. Actually, I'm not sure, but D seems best.", ANTIDOTE, "D"],
  ["none_as_well", "None of the others fits as well as Canberra (C).", CAPITAL, "C"],
  ["by_case", "If you ask me, I'd go with C.", CAPITAL, "C"],
  ["by_case", "Both are tempting.\nIf forced to pick: D.", ORGAN, "D"],
  // a second set, written before the extractor read them: a conditional choosing verb in other languages, a ticked box whose
  // reason names other options too, "so the result is …"
  ["ml_would_choose", "Je choisirais la C plutôt que la A.", CAPITAL, "C"],
  ["ml_would_choose", "Elegiría la B, porque el flumazenil revierte las benzodiacepinas.", ANTIDOTE, "B"],
  ["ml_would_choose", "Sceglierei la D.", ORGAN, "D"],
  ["ml_would_choose", "Escolheria a A.", GAS, "A"],
  ["ml_would_choose", "Ich würde mich für C entscheiden.", CAPITAL, "C"],
  ["ml_would_choose_null", "Si la pregunta se refiere a adultos, elegiría la B; si es pediátrica, la D.", ANTIDOTE, null],
  ["ml_would_choose_null", "Je choisirais la A ou la C, je ne sais pas.", CAPITAL, null],
  ["checklist_reason", "- [ ] A) Sydney\n- [ ] B) Melbourne\n- [x] C) Canberra\n- [ ] D) Perth\n\nCanberra was built because Sydney and Melbourne both wanted to be the capital.", CAPITAL, "C"],
  ["checklist_reason", "- [x] A) Sydney\n- [ ] B) Melbourne\n- [ ] C) Canberra\n- [ ] D) Perth\n\nActually, Canberra is the capital, not Sydney.", CAPITAL, "C"],
  ["checklist_reason", "- [x] A) Naloxone\n- [ ] B) Flumazenil\n- [ ] C) Atropine\n- [ ] D) N-acetylcysteine\n\nNaloxone is for opioids, but this overdose is a benzodiazepine, so flumazenil.", ANTIDOTE, "B"],
  ["so_result", "45 mg/kg/day × 20 kg = 900 mg/day, given twice daily.\n\nSo the result is 450 mg per dose.", DOSE, "B"],
  ["so_result", "PV = 1,210 / 1.1 = 1,100.\n\nThus the total is $1,100.", PRICE, "D"],
  ["so_result_null", "So the result is not 450 mg; let me redo the arithmetic.", DOSE, null],
  ["so_result_null", "So the result is somewhere between 225 mg and 450 mg.", DOSE, null],
];

export const CHOICE_RULES_B14: ChoiceCase[] = ROWS.map(([cls, reply, choices, want, finish]) => ({ cls: `r14:${cls}`, reply, choices, want, ...(finish ? { finish } : {}) }));
