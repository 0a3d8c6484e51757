/**
 * @module scorers/reply-text — the text of a reply that the choice and label readers weigh.
 *
 * On top of `cleanOutput` (the assistant's own turn, without reasoning blocks and markdown):
 * - a reply that is all reasoning (a `<think>` block and nothing after it, or a block never
 *   closed though the model stopped on its own) is read from its reasoning: that is where
 *   its answer is. A reply cut by the token limit while thinking has given none.
 * - a model that runs on into an invented next item ("Question 2: …", "Next question:",
 *   "Premise: …" again, "Classify the following clause: …") answered only the first: the
 *   reply ends where the invented item starts. A reply that opens with an item echoes the
 *   question asked ("Q: … A: …"), and ends at the next item; one that opens with a
 *   numbered or "next" item answers nothing that was asked.
 * - `boxedAnswer`: the content of `\boxed{…}`, an explicit final answer (when the boxes agree).
 */
import { cleanOutput, stripThinking } from './normalize.js';
import { stripTemplate } from './template-tokens.js';
import { allMatches } from './matches.js';

/** Lines that open an item of a prompt: a question, a premise, a passage to classify. */
const ITEM = /^[ \t]*(?:#+[ \t]*)?(?:(q(?:uestion)?)[ \t]*(\d*)[ \t]*[:.)]|(next[ \t]+(?:question|item|problem))\b|(?:(?:practice|sample|bonus|example|follow[ \t-]?up|another|extra)[ \t]+)?(question|problem|item|exercise)[ \t]+(\d+)\b|(premise|context|comment|review|clause|text|sentence|passage|article|tweet|statement)[ \t]*:|(classify(?:[ \t]+the[ \t]+following\b|[ \t]*:))|(\d+)[.)][ \t]+[^\n]*\?[ \t]*$)/gim;

/** A line that asks, then a line opening with option A: a question posed with its options. */
const POSED = /^[^\n?]*\?[ \t]*\n[ \t]*(?:\(A\)|A[.):])[ \t]/m;

/** The kind of an item line ("question", "premise", …) and whether it is numbered 2+ or "next". */
function itemKind(m: RegExpExecArray): { kind: string; invented: boolean } {
  // "2. Which command changes file permissions?": a numbered question after the first
  const numbered = Number(m[2] || m[5] || m[8] || 0);
  const kind = m[1] || m[4] || m[3] || m[8] ? 'question' : m[6]?.toLowerCase() ?? 'classify';
  return { kind, invented: m[3] !== undefined || numbered >= 2 };
}

/**
 * The readings of `text` to try in turn (see the module comment): up to an invented next
 * item; where the item line could also be the reply's own (an unnumbered "Question:",
 * "Premise:"), that cut is tried first and the whole text after it.
 */
export function ownItem(text: string): string[] {
  const items = allMatches(ITEM, text);
  // "Answer: C\n\nWhich element has atomic number 8?\nA. Oxygen …": a new question posed with its options after the
  // reply's own text is a continuation; the text before it is read first (then the whole, should it echo the question asked)
  const posed = POSED.exec(text);
  if (posed && (items.length === 0 || posed.index < items[0]!.index) && text.slice(0, posed.index).trim() !== '') return [text.slice(0, posed.index), text];
  if (items.length === 0) return [text];
  const first = items[0]!;
  const before = text.slice(0, first.index);
  const { kind, invented } = itemKind(first);
  if (before.trim() !== '') return invented || first[7] !== undefined ? [before] : [before, text];
  if (invented) return [''];
  // an echo of the item asked: up to the next item of the same kind
  const next = items.slice(1).find((m) => itemKind(m).kind === kind || itemKind(m).invented || m[7] !== undefined);
  return next === undefined ? [text] : [text.slice(0, next.index)];
}

/** The reply's texts to read, in turn: its own turn, from its reasoning when that is all it holds, without invented next items. */
export function replyTexts(output: string, stop: readonly string[] = [], cut = false): string[] {
  let text = cleanOutput(output, stop);
  // a reply cut while it was still thinking has given no answer
  if (!cut && text.trim() === '' && /<\/?(?:think|thinking|reasoning)>/i.test(output)) {
    text = cleanOutput(output.replace(/<\/?(?:think|thinking|reasoning)>/gi, '\n'), stop);
  }
  // "<think>\n… So D.\n\nFinal answer: D" cut by the token limit in a block never closed: a final-answer line that is the
  // last thing written is the answer (anything before it is reasoning, which a cut reply does not answer with)
  if (cut && text.trim() === '' && /<(?:think|thinking|reasoning)>/i.test(output) && !/<\/(?:think|thinking|reasoning)>/i.test(output)) {
    const last = output.trimEnd().split('\n').pop() ?? '';
    if (/^\s*(?:\*\*)?(?:final\s+answer|answer)(?:\*\*)?\s*[:：]/i.test(last)) return [cleanOutput(last, stop)];
  }
  return ownItem(text);
}

/** `text` without closing asides in brackets ("… i.e. D. (Memoized it would be O(n), which is A.)"). */
export function withoutClosingAside(text: string): string {
  return text.replace(/(?<=[.!?])\s*\((?:[^()]|\([^()]*\)){15,}\)\s*$/, '');
}

/** The content of the reply's last `\boxed{…}` (nested braces kept), or null. */
export function boxedAnswer(output: string, stop: readonly string[] = []): string | null {
  const plain = output.normalize('NFKC');
  // most replies have no box: skip cleaning them a second time (replyTexts cleans them for reading)
  if (!plain.includes('boxed')) return null;
  let text = stripThinking(stripTemplate(plain, stop));
  if (text.trim() === '') text = output.replace(/<\/?(?:think|thinking|reasoning)>/gi, '\n');
  const boxes = new Set<string>();
  for (const m of allMatches(/\\boxed\s*\{/g, text)) {
    const open = m.index + m[0].length - 1;
    let depth = 0;
    for (let i = open; i < text.length; i += 1) {
      if (text[i] === '{') depth += 1;
      else if (text[i] === '}' && (depth -= 1) === 0) {
        boxes.add(cleanOutput(`\\boxed${text.slice(open, i + 1)}`).trim());
        break;
      }
    }
  }
  // "either \boxed{1} or \boxed{2}": boxes that disagree box no answer
  return boxes.size === 1 ? [...boxes][0]! || null : null;
}
