/**
 * @module scorers/reference-extract — the short answer a chatty free-text reply gives.
 *
 * Chat-template debris, stop strings and `<think>` blocks go first (scorers/normalize). Then, in
 * order, the first rule that finds something wins (recorded as `extracted_by`):
 * - `label_cue`: the last line (or sentence) that labels its answer ("Answer:", "Final answer:", "Diagnosis:",
 *   "Most likely diagnosis -", "Impression:", or a heading line "Final diagnosis"), the rest of
 *   that line or, when it is empty, the next non-empty line;
 * - `phrase_cue`: the last "the (most likely) diagnosis is …", "the answer is …", "… most likely
 *   has …", "most consistent with …", up to the end of its sentence;
 * - `bold`: the first bold span (`**…**`, `__…__`) that is not a heading ("**Reasoning:**");
 * - `first_line`: a reply of several lines whose first line is short (≤ 12 words) and not a
 *   heading ending in ':';
 * - `whole_reply`: the whole reply.
 * The span is cut at the end of its sentence and before a justification (", because …", " given
 * …", " based on …", " which …"), and a leading hedge ("most likely", "probably", "consistent
 * with") is dropped. A reply that says it will not or cannot answer (scorers/normalize
 * `looksLikeRefusal`; a closing "consult your doctor" alone does not count) is `refused`.
 */
import { cleanOutput, looksLikeRefusal, stripThinking } from './normalize.js';
import { stripTemplate } from './template-tokens.js';

export type ExtractRule = 'label_cue' | 'phrase_cue' | 'bold' | 'first_line' | 'whole_reply';

export type ReferenceReading =
  | { kind: 'answer'; text: string; by: ExtractRule }
  | { kind: 'refused'; text: string }
  | { kind: 'empty' };

const LABEL_LINE =
  /(?:^|[.!?][ \t]+)[ \t]*(?:(?:my|the|our)\s+)?(?:(?:final|most\s+likely|likely|probable|working|leading|primary|principal|clinical|best)\s+)?(?:answer|diagnosis|dx|impression|assessment)\s*(?:is\s*)?(?:(?::|-|–|=)[ \t]*(.*)|$)/gim;

const PHRASES: RegExp[] = [
  /\b(?:the\s+)?(?:(?:final|most\s+likely|likely|probable|correct|best|unifying|leading)\s+)?(?:answer|diagnosis)\s+(?:here\s+|in\s+this\s+(?:case|patient)\s+)?(?:is|would\s+be|must\s+be|=)\s*:?\s*/gi,
  /\b(?:most\s+)?(?:likely|probably)\s+(?:has|have|had|is\s+suffering\s+from|suffers\s+from|is\s+experiencing)\s+/gi,
  /\bmost\s+consistent\s+with\s+/gi,
];

const BOLD = /\*\*([^*\n]{1,160}?)\*\*|__([^_\n]{1,160}?)__/g;

/** A justification that follows the answer in the same sentence. */
const TAIL = /(?:,\s*|\s+[-–—]\s+|\s+)(?:because|given|based\s+on|as\s+evidenced|as\s+suggested|as\s+shown|supported\s+by|in\s+view\s+of|considering|which|explained\s+by\s+the)\b[\s\S]*$/i;
const HEDGE = /^(?:most\s+likely|more\s+likely|likely|probably|possibly|presumably|suspected|suspect|consistent\s+with|compatible\s+with|suggestive\s+of|this\s+is|it\s+is|it's|that\s+of|a\s+case\s+of|a\s+diagnosis\s+of)\b[\s:,]*/i;
/** "…consult your doctor…" closes many medical replies; alone it is not a refusal to answer. */
const CONSULT = /[^.!?\n]*\bconsult (?:a|your) (?:doctor|physician|healthcare|medical|lawyer|attorney|professional)[^.!?\n]*[.!?]?/gi;

/** The sentence that starts `text`: up to a line break, `;`, `!`, `?`, or a full stop before a capital letter or the end. */
function sentenceAt(text: string): string {
  const line = text.split('\n')[0] ?? '';
  const end = line.search(/[;!?]|\.(?=\s+[A-Z(]|\s*$)/);
  return end >= 0 ? line.slice(0, end) : line;
}

/** The answer in a cue's span: its first sentence, without the justification that follows or the hedge that opens it. */
function trimSpan(span: string): string {
  let s = sentenceAt(span.trim()).replace(TAIL, '');
  for (let i = 0; i < 3; i++) {
    const next = s.replace(HEDGE, '');
    if (next === s) break;
    s = next;
  }
  return s.replace(/^[\s"'“”:,-]+|[\s"'“”:,.-]+$/g, '');
}

function lastLabelCue(text: string): string | null {
  let found: string | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = [...lines[i]!.matchAll(LABEL_LINE)].at(-1);
    if (!m) continue;
    let rest = (m[1] ?? '').trim();
    if (rest === '') rest = lines.slice(i + 1).find((l) => l.trim() !== '')?.trim() ?? '';
    const span = trimSpan(rest);
    if (span !== '') found = span;
  }
  return found;
}

function lastPhraseCue(text: string): string | null {
  let best: { at: number; span: string } | null = null;
  for (const re of PHRASES) {
    for (const m of text.matchAll(re)) {
      const span = trimSpan(text.slice(m.index + m[0].length));
      if (span !== '' && (best === null || m.index > best.at)) best = { at: m.index, span };
    }
  }
  return best?.span ?? null;
}

function firstBold(raw: string): string | null {
  for (const m of raw.matchAll(BOLD)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    const after = raw.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (inner === '' || /[:：]$/.test(inner) || /^\s*[:：]/.test(after)) continue;
    const span = trimSpan(cleanOutput(inner));
    if (span !== '') return span;
  }
  return null;
}

/** Reads the answer a reply gives (see the module comment). `stop`: the model's stop strings. */
export function readReference(output: string, stop: readonly string[] = []): ReferenceReading {
  const raw = stripThinking(stripTemplate(output.replace(/\r\n?/g, '\n'), stop));
  const text = cleanOutput(raw).trim();
  if (text === '') return { kind: 'empty' };
  const cue = lastLabelCue(text);
  const found: { text: string; by: ExtractRule } | null = cue !== null
    ? { text: cue, by: 'label_cue' }
    : ((p) => (p !== null ? { text: p, by: 'phrase_cue' as const } : null))(lastPhraseCue(text))
      ?? ((b) => (b !== null ? { text: b, by: 'bold' as const } : null))(firstBold(raw));
  if (found !== null) return looksLikeRefusal(found.text) ? { kind: 'refused', text: found.text } : { kind: 'answer', ...found };
  const withoutConsult = text.replace(CONSULT, ' ').trim();
  if (withoutConsult === '' || looksLikeRefusal(withoutConsult)) return { kind: 'refused', text };
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const first = lines[0]!;
  if (lines.length > 1 && !/[:：]$/.test(first) && first.split(/\s+/).length <= 12) {
    const span = trimSpan(first);
    if (span !== '') return { kind: 'answer', text: span, by: 'first_line' };
  }
  return { kind: 'answer', text: text.replace(/\s+/g, ' ').replace(/[\s.]+$/, ''), by: 'whole_reply' };
}
