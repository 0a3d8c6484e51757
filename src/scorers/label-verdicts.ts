/**
 * @module scorers/label-verdicts — per-label verdict rows: "termination: no", "- X ✓", "joy: … : high".
 */
import type { Match, Word } from './label-forms.js';
import { CHECKS, CROSSES, IS_MARK } from './marks.js';

const VERDICT_POS = new RegExp(`^(?:yes|true|correct|right|applies|applicable|[${CHECKS}])$`);
/** Grades in the last cell of a row: one high, the others low. */
const GRADE_POS = /^(?:high|highest|strong|strongest|best|likely|yes|true|correct|match|matches)$/;
const GRADE_NEG = /^(?:low|lowest|none|weak|unlikely|no|false|incorrect|poor|minimal)$/;
const VERDICT_NEG = new RegExp(`^(?:no|false|incorrect|wrong|n/a|[${CROSSES}])$`);

/** Per-label verdict rows ("yes: no / maybe: yes", "- X ✓"), when there are at least two. */
export function verdictRows(tokens: Word[], matches: Match[]): { positive: Set<string>; consumed: Set<number>; rows: number } {
  const positive = new Set<string>();
  const consumed = new Set<number>();
  let rows = 0;
  for (const m of matches) {
    let k = m.to;
    // "termination: no", "Confidentiality? No. Assignment? Yes."
    while (tokens[k] && (tokens[k]!.w === ':' || tokens[k]!.w === '-' || tokens[k]!.w === '=' || tokens[k]!.w === '?')) k += 1;
    const sep = k > m.to;
    // "No? No — yes." is a self-correction, not a verdict on the label "no": a question then a verdict only for other labels
    if (tokens.slice(m.to, k).some((t) => t.w === '?') && (m.form.weak || VERDICT_POS.test(m.form.words.join(' ')) || VERDICT_NEG.test(m.form.words.join(' ')) || /^maybe$/.test(m.form.words.join(' ')))) continue;
    const w = tokens[k]?.w ?? '';
    const two = `${w} ${tokens[k + 1]?.w ?? ''} ${tokens[k + 2]?.w ?? ''}`;
    const mark = IS_MARK.test(w);
    if (!sep && !mark) continue;
    let good: boolean | null = VERDICT_POS.test(w) ? true : VERDICT_NEG.test(w) ? false : null;
    if (/^(?:does not apply|doesn't apply|not applicable)/.test(two)) good = false;
    // a table row opened by the label ("joy: "feel amazing": high"): the grade in its last cell
    if (good === null && sep && (m.from === 0 || tokens[m.from - 1]!.w === '\n')) {
      let end = k;
      while (end < tokens.length && tokens[end]!.w !== '\n') end += 1;
      const lastWord = tokens.slice(k, end).filter((t) => !t.punct).pop()?.w ?? '';
      good = GRADE_POS.test(lastWord) ? true : GRADE_NEG.test(lastWord) ? false : null;
    }
    if (good === null) continue;
    rows += 1;
    consumed.add(k);
    if (good) positive.add(m.form.label);
  }
  return { positive, consumed, rows };
}

