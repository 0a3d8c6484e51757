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
];

export const CHOICE_RULES_B9: ChoiceCase[] = ROWS.map(([cls, reply, choices, want, finish]) => ({ cls: `r9:${cls}`, reply, choices, want, ...(finish ? { finish } : {}) }));
