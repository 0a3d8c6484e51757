/**
 * @module scorers/choice-prose — per-option verdicts written as prose, one sentence per option.
 *
 * "Option A, warfarin, requires monitoring the patient refuses. Option B is
 * parenteral. Option D is insufficient. Option C, apixaban, is what the patient
 * needs." A reader takes C: the only option judged well, with others judged badly.
 * Each sentence that opens with an option ("Option C …", "(C) …", "C) …", "C: …")
 * is weighed by the words that judge it; the reading commits only when exactly one
 * option is judged well (and not also badly) and at least two others are judged badly.
 */

import { lettersPattern } from './choice-letters.js';

const GOOD =
  /\b(?:correct|right|best|fits|matches|consistent\s+with|explains|indicated|appropriate|ideal|preferred|needs|satisfies|true|accurate|of\s+choice|most\s+likely|works|meets|applies|apply|applicable)\b/i;
const BAD =
  /\b(?:not|no|never|wrong|incorrect|insufficient|inadequate|inappropriate|contraindicated|unlikely|less\s+likely|excluded|ruled\s+out|refuses?|fails?|false|irrelevant|lacks?|cannot|doesn't|does\s+not|isn't|too\s+\w+)\b|n't\b/i;

/** The option the prose judges right, when exactly one is and at least two others are judged wrong; else null. */
export function proseVerdict(text: string, letters: string): string | null {
  const opener = lettersPattern('prose-opener', letters, (L) => `^(?:option|choice|answer)\\s+[(\\[]?([${L}])\\b|^[(\\[]([${L}])[)\\]]|^([${L}])\\s*[):]\\s`, 'i');
  const good = new Set<string>();
  const bad = new Set<string>();
  for (const raw of text.split(/[.!?;\n]+/)) {
    const sentence = raw.trim();
    const m = opener.exec(sentence);
    if (!m) continue;
    const letter = (m[1] ?? m[2] ?? m[3])!.toUpperCase();
    const judged = sentence.slice(m[0].length);
    if (BAD.test(judged)) bad.add(letter);
    else if (GOOD.test(judged)) good.add(letter);
  }
  const right = [...good].filter((l) => !bad.has(l));
  if (right.length !== 1 || good.size !== 1) return null;
  return bad.size >= 2 ? right[0]! : null;
}
