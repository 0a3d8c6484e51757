/**
 * @module scorers/label-verdicts — per-label verdict rows: "termination: no", "- X ✓", "joy: … : high".
 */
import type { Match, Word } from './label-forms.js';
import { CHECK, CHECKS, CROSSES, IS_MARK } from './marks.js';

const VERDICT_POS = new RegExp(`^(?:yes|true|correct|right|applies|applicable|[${CHECKS}])$`);
/** Grades in the last cell of a row: one high, the others low. */
const GRADE_POS = /^(?:high|highest|strong|strongest|best|likely|yes|true|correct|match|matches|certain|definite|probable|confirmed)$/;
const GRADE_NEG = /^(?:low|lowest|none|weak|unlikely|no|false|incorrect|poor|minimal|impossible|excluded)$/;
const VERDICT_HEDGE = /^(?:maybe|possibly|possible|plausible|perhaps|unclear|unsure|uncertain|partly|partially|arguably|medium|moderate|mid|middling)$/;
const VERDICT_ADVERB = /^(?:also|still|clearly|strongly|fully|well)$/;
const VERDICT_NEG = new RegExp(`^(?:no|false|incorrect|wrong|n/a|[${CROSSES}])$`);

/** Per-label verdict rows ("yes: no / maybe: yes", "- X ✓"), when there are at least two. */
export function verdictRows(tokens: Word[], matches: Match[]): { positive: Set<string>; consumed: Set<number>; rows: number; hedged: number } {
  const positive = new Set<string>();
  const consumed = new Set<number>();
  let rows = 0;
  let hedged = 0;
  let empty = 0;
  const filled: Match[] = [];
  for (const m of matches) {
    const before = markBefore(tokens, m.from);
    if (before !== null) {
      rows += 1;
      consumed.add(m.from);
      if (before) positive.add(m.form.label);
      continue;
    }
    let k = m.to;
    // "termination: no", "Confidentiality? No. Assignment? Yes."
    // "entailment (no), contradiction (yes)": a verdict in brackets too
    // "- yes → supported", "positive -> no", "entailment => holds": an arrow too
    // "maybe — best fit", a dash after a label that opens its line
    const opensLine = m.from === 0 || tokens[m.from - 1]!.w === '\n' || (ROW_START.has(tokens[m.from - 1]!.w) && (m.from === 1 || tokens[m.from - 2]!.w === '\n'));
    while (tokens[k] && (/^(?:[:=?(>→⇒]|-)$/.test(tokens[k]!.w) || (opensLine && k === m.to && /^[—–]$/.test(tokens[k]!.w)))) k += 1;
    const sep = k > m.to;
    // "No? No — yes." is a self-correction, not a verdict on the label "no": a question then a verdict only for other labels
    if (tokens.slice(m.to, k).some((t) => t.w === '?') && (m.form.weak || VERDICT_POS.test(m.form.words.join(' ')) || VERDICT_NEG.test(m.form.words.join(' ')) || /^maybe$/.test(m.form.words.join(' ')))) continue;
    // "maybe → also supported": an adverb before the verdict word
    while (sep && tokens[k] !== undefined && VERDICT_ADVERB.test(tokens[k]!.w)) k += 1;
    const w = tokens[k]?.w ?? '';
    // "no: —" on a line of its own: a row left empty, a verdict against its label; a row filled among empty ones is the answer
    const lineStart = m.from === 0 || tokens[m.from - 1]!.w === '\n' || (ROW_START.has(tokens[m.from - 1]!.w) && (m.from === 1 || tokens[m.from - 2]!.w === '\n'));
    if (sep && lineStart && tokens[m.to]?.w === ':') {
      let end = m.to + 1;
      while (end < tokens.length && tokens[end]!.w !== '\n') end += 1;
      const cell = tokens.slice(m.to + 1, end);
      if (cell.length > 0 && cell.every((t) => DASH.test(t.w))) {
        rows += 1;
        empty += 1;
        consumed.add(m.from);
        continue;
      }
      if (cell.length > 0 && !VERDICT_POS.test(w) && !VERDICT_NEG.test(w) && !VERDICT_HEDGE.test(w)) filled.push(m);
    }
    const two = `${w} ${tokens[k + 1]?.w ?? ''} ${tokens[k + 2]?.w ?? ''}`;
    const mark = IS_MARK.test(w);
    if (!sep && !mark) continue;
    let good: boolean | null = VERDICT_POS.test(w) ? true : VERDICT_NEG.test(w) ? false : null;
    // "no → not supported", "maybe → not needed", "X → does not apply": a denied verdict
    if (/^(?:does not (?:apply|fit|hold)|doesn't (?:apply|fit|hold)|not \S)/.test(two) || (sep && /^(?:unsupported|excluded|unlikely|refuted|implausible|improbable|inconsistent|inappropriate|inaccurate)$/.test(w))) good = false;
    else if (good === null && sep && /^(?:supported|fits|holds|applies|matches|confirmed)$/.test(w)) good = true;
    // "maybe — best fit", "high — most likely", "non-toxic — likely", "critical — most accurate": a superlative of fit (not "most trials agree")
    else if (good === null && sep && (SUPERLATIVE.test(two) || /^(?:likely|closest|strongest|likeliest)$/.test(w))) good = true;
    // "positive (maybe), negative (maybe)": a row left open
    // ("no — possible" on a line of its own too: a row of yes/no/maybe's, not "No, maybe")
    if (good === null && sep && VERDICT_HEDGE.test(w) && !m.form.weak && (opensLine || !/^(?:maybe|yes|no)$/.test(m.form.words.join(' ')))) {
      rows += 1;
      hedged += 1;
      consumed.add(k);
      continue;
    }
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
  // "yes: supported for wound infection\nno: —\nmaybe: —": every other row left empty
  if (positive.size === 0 && empty >= 1 && filled.length === 1 && !consumed.has(filled[0]!.from)) {
    rows += 1;
    consumed.add(filled[0]!.from);
    positive.add(filled[0]!.form.label);
  }
  return { positive, consumed, rows, hedged };
}

const DASH = /^(?:-|—|–|n\/a|none|nil)$/;
/** A verdict for a row's label as the best of the set: "best fit", "most likely", "most consistent with the data", "best supported". */
const SUPERLATIVE = /^(?:best|most) (?:fit|fits|fitting|match|matches|likely|probable|supported|plausible|consistent|appropriate|accurate|apt|suitable|reasonable|defensible|convincing|compelling|justified)\b/;


/** Where a row may open: the reply's start, a line, a bullet, or the next item of a one-line list. */
const ROW_START = new Set(['\n', '-', '*', '•', ',', ';', '|']);

/**
 * A mark or checkbox opening the label's row ("✓ contradiction", "✗ neutral", "[x] contradiction",
 * "[ ] neutral"): true for a check, false for a cross or an empty box, null when there is none.
 */
function markBefore(tokens: Word[], from: number): boolean | null {
  let k = from - 1;
  let good: boolean;
  let start: number;
  if (tokens[k]?.w === ']' && tokens[k - 1]?.w === 'x' && tokens[k - 2]?.w === '[') [good, start] = [true, k - 2];
  else if (tokens[k]?.w === ']' && tokens[k - 1]?.w === '[') [good, start] = [false, k - 1];
  else if (IS_MARK.test(tokens[k]?.w ?? '')) [good, start] = [CHECK.test(tokens[k]!.w), k];
  else return null;
  k = start - 1;
  return k < 0 || ROW_START.has(tokens[k]!.w) ? good : null;
}
