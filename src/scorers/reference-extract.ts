/**
 * @module scorers/reference-extract — the short answer a chatty free-text reply gives.
 *
 * Chat-template debris, stop strings and `<think>` blocks go first (scorers/normalize). Then, in
 * order, the first rule that finds something wins (recorded as `extracted_by`):
 * - `structured`: a JSON object reply (bare or in a code fence) with a string `final_answer`,
 *   `answer`, `final_diagnosis`, `most_likely_diagnosis` or `diagnosis`;
 * - `label_cue`: the last line (or sentence) that labels its answer ("Answer:", "Final answer:", "Diagnosis:",
 *   "Most likely diagnosis -", "Impression:", or a heading line "Final diagnosis"), the rest of
 *   that line or, when it is empty, the next non-empty line;
 * - `phrase_cue`: the last "the (most likely) diagnosis (for this patient) is …", "the answer is
 *   …"; else the last "… most likely has …", "this is most likely …", "most consistent with …",
 *   "a classic presentation of …"; else the last "the patient has …"; up to the end of its sentence;
 * - `bold`: the first bold span (`**…**`, `__…__`) that is not a heading ("**Reasoning:**");
 * - `first_line`: a reply of several lines whose first line is short (≤ 12 words) and not a
 *   heading ending in ':';
 * - `whole_reply`: the whole reply.
 * The span is cut at the end of its sentence and before a justification (", because …", " given
 * …", " based on …", " which …"), and a leading hedge ("most likely", "probably", "consistent
 * with") is dropped. A reply cut by the token limit counts only a cue or bold answer the cut did
 * not fall inside (else `truncated`). A reply that says it will not or cannot answer (scorers/normalize
 * `looksLikeRefusal`; a closing "consult your doctor" alone does not count) is `refused`.
 */
import { cleanOutput, looksLikeRefusal, stripThinking } from './normalize.js';
import { stripTemplate } from './template-tokens.js';

export type ExtractRule = 'structured' | 'label_cue' | 'phrase_cue' | 'bold' | 'first_line' | 'whole_reply';

export type ReferenceReading =
  | { kind: 'answer'; text: string; by: ExtractRule }
  | { kind: 'refused'; text: string }
  | { kind: 'empty' }
  | { kind: 'truncated' };

const LABEL_LINE =
  /(?:^|[.!?][ \t]+)[ \t]*(?:(?:my|the|our)\s+)?(?:(?:final|most\s+likely|likely|probable|working|leading|primary|principal|clinical|best)\s+)?(?:answer|diagnosis|dx|impression|assessment)\s*(?:is\s*)?(?:(?::|-|–|=)[ \t]*(.*)|$)/gim;

/** Who or what a diagnosis is "for": "the most likely diagnosis for this patient is …". */
const FOR_CASE = String.raw`(?:\s+(?:here|for|in|of)(?:\s+(?:this|the|our))?\s+(?:\d+-year-old\s+)?(?:patient|case|man|woman|boy|girl|child|infant|presentation|scenario|vignette))?`;

/** Phrases that introduce the answer, strongest first: a statement of the diagnosis beats "… most likely has …" wherever each stands. */
const PHRASES: RegExp[] = [
  new RegExp(String.raw`\b(?:the\s+)?(?:(?:final|most\s+likely|likely|probable|correct|best|unifying|leading)\s+)?(?:answer|diagnosis)${FOR_CASE}(?:\s+here)?\s+(?:is|would\s+be|must\s+be|=)\s*:?\s*`, 'gi'),
  /\b(?:(?:most\s+)?(?:likely|probably)\s+(?:has|have|had|is\s+suffering\s+from|suffering\s+from|suffers\s+from|is\s+experiencing|experiencing)|(?:this|it|that)\s+is\s+(?:most\s+)?(?:likely|probably)|most\s+consistent\s+with|(?:a\s+)?classic(?:al)?\s+(?:presentation|picture|case)\s+of)\s+/gi,
  /\b(?:the\s+patient|he|she)\s+(?:has|is\s+suffering\s+from|suffers\s+from)\s+/gi,
];

/** Keys of a JSON reply that hold the answer. */
const JSON_KEYS = ['final_answer', 'answer', 'final_diagnosis', 'most_likely_diagnosis', 'diagnosis'];

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
    // "Answer: The most likely diagnosis is X." — the phrase inside the labelled line says where X starts
    const span = lastPhraseCue(rest) ?? trimSpan(rest);
    if (span !== '') found = span;
  }
  return found;
}

/** The answer after the last phrase of the strongest kind the text has. */
function lastPhraseCue(text: string): string | null {
  for (const re of PHRASES) {
    let last: string | null = null;
    for (const m of text.matchAll(re)) {
      const span = trimSpan(text.slice(m.index + m[0].length));
      if (span !== '') last = span;
    }
    if (last !== null) return last;
  }
  return null;
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

/** A JSON object reply (bare or fenced) with its answer under one of JSON_KEYS, or null. */
function structured(raw: string): string | null {
  const body = raw.trim().replace(/^```(?:json)?\s*|\s*```$/gi, '');
  if (!body.startsWith('{')) return null;
  try {
    const v: unknown = JSON.parse(body);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
    const lower = new Map(Object.entries(v).map(([k, x]) => [k.toLowerCase().replace(/[\s-]+/g, '_'), x]));
    for (const k of JSON_KEYS) {
      const x = lower.get(k);
      if (typeof x === 'string' && x.trim() !== '') return x.trim();
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * Reads the answer a reply gives (see the module comment). `stop`: the model's stop strings.
 * `cut`: the reply was cut by the token limit; then only a cue or bold answer that is not where
 * the cut fell counts, anything else is `truncated`.
 */
export function readReference(output: string, stop: readonly string[] = [], cut = false): ReferenceReading {
  const raw = stripThinking(stripTemplate(output.replace(/\r\n?/g, '\n'), stop));
  const text = cleanOutput(raw).trim();
  if (text === '') return { kind: 'empty' };
  const json = structured(raw);
  if (json !== null) return looksLikeRefusal(json) ? { kind: 'refused', text: json } : { kind: 'answer', text: json, by: 'structured' };
  const cue = lastLabelCue(text);
  const found: { text: string; by: ExtractRule } | null = cue !== null
    ? { text: cue, by: 'label_cue' }
    : ((p) => (p !== null ? { text: p, by: 'phrase_cue' as const } : null))(lastPhraseCue(text))
      ?? ((b) => (b !== null ? { text: b, by: 'bold' as const } : null))(firstBold(raw));
  if (found !== null) {
    if (looksLikeRefusal(found.text)) return { kind: 'refused', text: found.text };
    return cut && text.replace(/[\s.*_]+$/, '').endsWith(found.text) ? { kind: 'truncated' } : { kind: 'answer', ...found };
  }
  if (cut) return { kind: 'truncated' };
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
