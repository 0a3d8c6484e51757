/**
 * Replies of our own for the rules batch 8's fix round added (none copied from batch 8): a reply
 * that runs on into a question it poses with options, or a "Practice question 14"; answers given
 * as code (print("B"), return options["C"], answer = 'D', a dictionary's value); an option named
 * by its place in other languages ("la tercera opción", "die zweite Antwort", "第三个选项", "2번",
 * "phương án thứ hai", "الخيار الثالث") and final-answer cues in Vietnamese, Arabic, Korean and
 * Turkish; self-corrections in other languages ("хотя нет", "Moment,", "不对"); "I can't choose"
 * in other languages; a last cue naming several options after a single one; a counterfactual
 * ("If it had said buy, A would be correct"); "A is the classic wrong answer"; "Many students also
 * pick D"; "A Singleton …" (the article); an empty template "A:\nB:"; "principles: C, E";
 * struck-out text ("~~A~~ C"); "the middle one"; "my best guess is", "im leaning towards"; a
 * bracketed letter citing a rule ("801(d)(2)"); a reply that opens by echoing an Alpaca prompt; a
 * closing offer of help after the answer ("Let me know if … and I can re-check!"). Each
 * rule has rows that must NOT commit, so it cannot over-read. Each row: [class, reply, option set,
 * what a careful reader takes (or null), finish reason].
 */
import type { ChoiceCase } from './choice-corpus.js';

type Row = [string, string, Record<string, string>, string | null, string?];

const ELEM = { A: 'Helium', B: 'Neon', C: 'Argon', D: 'Krypton' };
const SQL = { A: 'SELECT', B: 'JOIN', C: 'UNION', D: 'INSERT', E: 'DELETE' };
const BIG = { A: 'O(1)', B: 'O(log n)', C: 'O(n)', D: 'O(n log n)' };
const CITY = { A: 'Lyon', B: 'Marseille', C: 'Paris', D: 'Nice', E: 'Lille' };
const RIVER = { A: 'Danube', B: 'Rhine', C: 'Elbe', D: 'Oder' };
const ANTI = { A: 'Vancomycin', B: 'Ceftriaxone', C: 'Azithromycin', D: 'Doxycycline', E: 'Metronidazole' };
const BOND = { A: 'Rises', B: 'Falls', C: 'Stays the same', D: 'Doubles' };
const PATTERN = { A: 'Adapter', B: 'Observer', C: 'Strategy', D: 'Facade', E: 'Builder' };
const TORT = { A: 'Negligence', B: 'Battery', C: 'Assault', D: 'Trespass' };

const ROWS: Row[] = [
  // a question posed with its options after the reply's own answer
  ['posed_continuation', 'Answer: B. Neon\n\nWhich noble gas is the most abundant in air?\nA. Helium\nB. Neon\nC. Argon\nD. Krypton\nAnswer: C. Argon', ELEM, 'B'],
  ['posed_continuation', 'B\n\nWhat is the lightest noble gas?\n(A) Helium (B) Neon (C) Argon (D) Krypton\nAnswer: A', ELEM, 'B'],
  ['posed_continuation', 'Sure. Which noble gas glows orange-red in signs?\nA. Helium\nB. Neon\nC. Argon\nD. Krypton\nAnswer: B', ELEM, 'B'],
  ['practice_question', 'The correct option is C.\n\nPractice question 7\nWhich statement removes rows? (A) SELECT (B) JOIN (C) UNION (D) INSERT (E) DELETE\nCorrect option: E', SQL, 'C'],
  ['practice_question', 'I would need the schema to answer.\n\nSample question 3\nWhich statement adds rows?\nAnswer: D', SQL, null],
  // code-style answers
  ['code', '```js\nconsole.log("C");\n```', BIG, 'C'],
  ['code', 'def answer():\n    return "b"', BIG, 'B'],
  ['code', 'final_choice: str = "D"', BIG, 'D'],
  ['code', '```python\nchoices = {"A": "O(1)", "B": "O(log n)", "C": "O(n)", "D": "O(n log n)"}\nprint(choices["B"])\n```', BIG, 'B'],
  ['code', '{"question_7": "A"}', BIG, 'A'],
  ['code_null', '```python\nprint("A" if n < 10 else "C")\n```', BIG, null],
  ['code_null', '```python\nanswers = {"q1": "B", "q2": "D"}\n```', BIG, null],
  // places in other languages
  ['ordinal_ml', 'Je prends le premier choix.', CITY, 'A'],
  ['ordinal_ml', '正确答案是第二个。', CITY, 'B'],
  ['ordinal_ml', '정답은 두 번째입니다', CITY, 'B'],
  ['ordinal_ml', 'Die Antwort ist Nummer 4.', CITY, 'D'],
  ['ordinal_ml', 'Het juiste antwoord is de tweede optie.', CITY, 'B'],
  ['ordinal_ml', 'सही उत्तर दूसरा विकल्प है।', CITY, 'B'],
  ['ordinal_ml_null', 'The premier option for travellers is a question of taste; I cannot pick one.', CITY, null],
  ['ordinal_ml_null', 'Das ist eine zweite Möglichkeit, aber ich bin unsicher: A oder C.', CITY, null],
  ['ordinal_ml', 'Respuesta: la segunda opción, Marsella.', CITY, 'B'],
  ['ordinal_ml', 'Die richtige Antwort ist die dritte Option.', CITY, 'C'],
  ['ordinal_ml', 'È la quarta alternativa.', CITY, 'D'],
  ['ordinal_ml', '正确的是第三个选项。', CITY, 'C'],
  ['ordinal_ml', '정답: 5번', CITY, 'E'],
  ['ordinal_ml', 'Đáp án đúng là phương án thứ hai.', CITY, 'B'],
  ['ordinal_ml', 'الإجابة الصحيحة هي الخيار الثالث', CITY, 'C'],
  ['ordinal_ml', 'Верный ответ — вариант 1.', CITY, 'A'],
  ['ordinal_ml', 'Doğru cevap: üçüncü seçenek.', CITY, 'C'],
  ['ordinal_ml_null', 'La primera opción es incorrecta y la segunda también.', CITY, null],
  ['ordinal_ml_null', 'Die erste Option ist falsch.', CITY, null],
  ['ordinal_ml_null', 'La première proposition est fausse.', CITY, null],
  // cues in other languages
  ['cue_ml', 'Câu trả lời: D', RIVER, 'D'],
  ['cue_ml', '답은 B', RIVER, 'B'],
  ['cue_ml', 'Doğru şık: C', RIVER, 'C'],
  // self-corrections in other languages
  ['correction_ml', 'Ответ C, хотя нет — это Дунай, значит A.', RIVER, 'A'],
  ['correction_ml', 'Ich sage B. Moment, der längste ist die Donau. Also A.', RIVER, 'A'],
  ['correction_ml', 'B, espera: es el Danubio, entonces A.', RIVER, 'A'],
  ['correction_ml', '答案：B。不对，应该是A。', RIVER, 'A'],
  // "I can't choose" in other languages
  ['cannot_choose_ml', 'Tanto a alternativa B quanto a C servem aqui. Não é possível escolher só uma.', RIVER, null],
  ['cannot_choose_ml', 'A y C podrían ser correctas; no se puede elegir una sola.', RIVER, null],
  ['cannot_choose_ml', 'B和D都说得通，无法选择。', RIVER, null],
  ['cannot_choose_ml', 'Les options A et B se valent, impossible de choisir.', RIVER, null],
  // a last cue naming several
  ['several_last', 'Ceftriaxone is the best option for most patients, but in penicillin allergy both C and D work. Final answer: C and D.', ANTI, null],
  ['several_last', 'B is correct for adults. For children, too, though. Answer: B or E', ANTI, null],
  ['several_last', 'Answer: C and D — no, only D covers atypicals here. Final answer: D', ANTI, 'D'],
  // counterfactuals
  ['counterfactual', "I'm going with B. If the yield had fallen instead, A would be correct.", BOND, 'B'],
  ['counterfactual', 'Answer: B. Had the coupon exceeded the yield, A would be the answer.', BOND, 'B'],
  ['counterfactual', 'If I had to choose, I would choose B.', BOND, 'B'],
  ['counterfactual_null', 'If the question were about rising rates, B would be correct.', BOND, null],
  ['counterfactual_null', 'Were the bond callable, D would be the right answer.', BOND, null],
  // distractors
  ['wrong_answer_null', 'A is the classic wrong answer here. The key idea is duration.', BOND, null],
  ['wrong_answer_null', 'C is a common incorrect answer. Many students also pick D.', BOND, null],
  ['wrong_answer', 'A is the classic wrong answer here; the price falls, so B.', BOND, 'B'],
  // "A" before a capitalised word is the article
  ['article_capital', 'A Strategy object lets you swap algorithms at runtime, which is what the question describes.', PATTERN, 'C'],
  ['article_capital', 'A Facade would hide the subsystem, but the question asks for notifications: Observer.', PATTERN, 'B'],
  ['article_capital', 'A) Adapter', PATTERN, 'A'],
  // lone letters and lists
  ['template_null', 'A:\nB:\nC:\nD:\nE:', PATTERN, null],
  ['template_null', '(A)\n(B)\n(C)', PATTERN, null],
  ['list_null', 'Patterns that apply: B, E', PATTERN, null],
  ['list_null', 'Candidates considered: A, C', PATTERN, null],
  // struck-out text
  ['struck', 'Final answer: ~~B~~ A', TORT, 'A'],
  ['struck', '~~Battery~~ Assault: no contact was made.', TORT, 'C'],
  ['struck_null', 'Answer: ~~D~~', TORT, null],
  // the middle one
  ['middle', 'The middle one.', ANTI, 'C'],
  ['middle_null', 'The first option, Vancomycin, needs IV access; the middle one, azithromycin, is oral.', ANTI, null],
  // a computed answer after "final figure" / "correct value"
  ['value_cue', 'Both $1,000 and $1,200 appear in the working, but the final figure is $1,500.', { A: '$1,000', B: '$1,200', C: '$1,500', D: '$2,000' }, 'C'],
  ['value_cue', 'Correct value: 36', { A: '12', B: '24', C: '36', D: '48' }, 'C'],
  ['value_cue_null', 'The final amount of the loan depends on the rate, which the question does not give.', { A: '$1,000', B: '$1,200', C: '$1,500', D: '$2,000' }, null],
  // a closing offer of help after the answer
  ['closing_offer', 'The loop runs n times, so C.\n\nLet me know if you want the proof!', BIG, 'C'],
  ['closing_offer', 'It halves the range each step → **B**.\n\nIf you have a different input size in mind, I can re-check.', BIG, 'B'],
  ['closing_offer', 'Answer: D\n\nHope this helps!', BIG, 'D'],
  ['closing_offer_null', "Hard to say without the code.\n\nLet me know if you can share it and I'll pick one.", BIG, null],
  ['closing_offer_null', 'Could be B or C.\n\nHope this helps!', BIG, null],
  // softer cues
  ['guess', 'My best guess is option D (Doxycycline), though I may be wrong.', ANTI, 'D'],
  ['guess', "im going with E... yeah E", ANTI, 'E'],
  ['guess_null', 'My best guess would need more detail about the allergy.', ANTI, null],
  // a bracketed letter in a rule citation is no reference to an option
  ['citation_null', 'The key provision is Rule 801(d)(2); see also UCC § 2-207(b).', TORT, null],
  ['citation_null', 'Look at 28 U.S.C. § 1332(a) before deciding.', TORT, null],
  ['citation', 'Under Rule 801(d)(2) the statement comes in, and the tort is (B).', TORT, 'B'],
  // a reply that opens by echoing an Alpaca-style prompt
  ['prompt_echo', '### Instruction:\nPick one.\n\n### Input:\nWhich tort needs contact?\n\n### Response:\nB. Battery', TORT, 'B'],
  ['prompt_echo', '### User:\nWhich tort?\n\n### Assistant:\nC\n\n### User:\nAre you sure?\n\n### Assistant:\nA', TORT, 'C'],
  ['prompt_echo_null', '### Instruction:\nAnswer the question.\n\n### Response:\nI cannot tell from the facts given.', TORT, null],
  // the option text with its own letter after a cue is a sentence about that option
  ['after_cue_other', 'So the answer is B. Negligence (A) would need a duty of care.', TORT, 'B'],
];

export const CHOICE_RULES_B8: ChoiceCase[] = ROWS.map(([cls, reply, choices, want, finish]) => ({ cls: `r8:${cls}`, reply, choices, want, ...(finish ? { finish } : {}) }));
