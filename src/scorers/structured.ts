/**
 * @module scorers/structured — the answer field of a structured reply (JSON, a Python dict, `<answer>` tags).
 *
 * Models asked for JSON answer under many key names (`answer`, `final_answer`,
 * `choice`, `selected_option`, `prediction`, `label`…), sometimes nested
 * (`{"response": {"letter": "C"}}`) or as an array (`{"answer": ["C"]}`, `["C"]`).
 * The field found is returned as text for the caller to read; reasoning fields are
 * never read as the answer.
 */

/** Key names that hold the answer, most specific first. */
const ANSWER_KEYS = [
  /^final[_ -]?answer$/i,
  /^(?:answer|ans)$/i,
  /^(?:correct|selected|chosen|final|best)[_ -]?(?:answer|option|choice|letter|label|decision|prediction|verdict|class)$/i,
  /^(?:choice|option|letter|selection|selected|label|pred|prediction|predicted[_ -]?label|classification|category|class|verdict|decision|output|result|response)$/i,
  /^(?!(?:long|explanation|reason|rationale|justification|analysis)).*(?:answer|choice|option|label|pick|select|decision)/i,
];

export type StructuredAnswer =
  /** `others`: the object's other answer fields, in order, for a caller that cannot read the first ({"prediction": 2, "label_name": "contradiction"}). */
  | { kind: 'text'; text: string; others?: string[] }
  /** The structure names several answers (an array of more than one). */
  | { kind: 'several'; texts: string[] }
  /** The answer field is present but empty or null. */
  | { kind: 'empty' };

function tryParse(src: string): unknown {
  try {
    return JSON.parse(src);
  } catch {
    return undefined;
  }
}

/** JSON, a Python dict (single quotes, None/True/False), or JSON with a trailing comma or stray closing braces. */
export function parseLoose(src: string): unknown {
  const py = (t: string) => t.replace(/'/g, '"').replace(/\bNone\b/g, 'null').replace(/\bTrue\b/g, 'true').replace(/\bFalse\b/g, 'false');
  const mended = (t: string) => t.replace(/,\s*([}\]])/g, '$1').replace(/^(\{[^{}]*\})[\s}]*$/, '$1');
  for (const t of [src, py(src), mended(src), mended(py(src))]) {
    const v = tryParse(t);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A JSON object cut short or malformed ('{"answer": "maybe", "reasoning": "small sam'): its answer field's string, if whole. */
function brokenField(src: string): StructuredAnswer | null {
  if (!/^\{/.test(src)) return null;
  const m = /"((?:final[_ ]?)?(?:answer|label|choice|option|prediction|decision|verdict))"\s*:\s*"([^"\n]{1,80})"/i.exec(src);
  return m ? { kind: 'text', text: m[2]! } : null;
}

/** An array of per-option verdict objects ([{"option": "A", "correct": false}, …]): the one marked right, or null. */
function verdictObjects(items: unknown[]): StructuredAnswer | null {
  const objs = items.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v));
  if (objs.length < 2 || objs.length !== items.length) return null;
  const right: string[] = [];
  for (const o of objs) {
    const key = Object.keys(o).find((k) => /^(?:option|choice|letter|label|answer|id)$/i.test(k));
    const mark = Object.keys(o).find((k) => /^(?:is[_ ]?)?(?:correct|right|true|valid|selected|chosen)$/i.test(k));
    if (key === undefined || mark === undefined) return null;
    if (o[mark] === true || /^(?:true|yes|correct)$/i.test(String(o[mark]))) right.push(String(o[key]));
  }
  if (right.length === 0) return { kind: 'empty' };
  return right.length === 1 ? { kind: 'text', text: right[0]! } : { kind: 'several', texts: right };
}

/**
 * A classifier's output, an array of {label, score} objects ([{"label": "NEGATIVE", "score": 0.99}],
 * or every class with its score): the one scored highest by ten points, else several; one object
 * alone is its label. Null when the objects are not of that shape.
 */
function scoredObjects(items: unknown[]): StructuredAnswer | null {
  const objs = items.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v));
  if (objs.length === 0 || objs.length !== items.length) return null;
  const rows: Array<[string, number]> = [];
  for (const o of objs) {
    const key = Object.keys(o).find((k) => /^(?:label|class|category|option|choice|answer)$/i.test(k));
    const score = Object.keys(o).find((k) => /^(?:score|prob|probability|confidence|p)$/i.test(k));
    if (key === undefined || score === undefined || typeof o[score] !== 'number' || (typeof o[key] !== 'string' && typeof o[key] !== 'number')) return null;
    rows.push([String(o[key]), o[score] as number]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  if (rows.length === 1 || rows[0]![1] - rows[1]![1] >= 0.1 - 1e-9) return { kind: 'text', text: rows[0]![0] };
  return { kind: 'several', texts: rows.filter((r) => rows[0]![1] - r[1] < 0.1).map((r) => r[0]) };
}

function fromValue(value: unknown, depth: number): StructuredAnswer | null {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (Array.isArray(value)) {
    const judged = verdictObjects(value);
    if (judged) return judged;
    const top = scoredObjects(value);
    if (top) return top;
    const texts = value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
    // [{"type": "text", …}, {"type": "tool_use", "input": {"answer": "E"}}], {"answers": [{"question": 1, "choice": "D"}]}:
    // objects each read for an answer field; the ones that hold one must agree
    if (texts.length === 0 && value.length > 0 && value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) return agreeing(value.map((v) => fromObject(v as Record<string, unknown>, depth + 1)));
    if (texts.length === 0) return { kind: 'empty' };
    return texts.length === 1 ? { kind: 'text', text: texts[0]! } : { kind: 'several', texts };
  }
  if (typeof value === 'object' && depth < 4) {
    // {"A": false, "B": false, "C": true}: the keys marked true
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length >= 2 && entries.every(([, v]) => typeof v === 'boolean')) {
      const right = entries.filter(([, v]) => v).map(([k]) => k);
      return right.length === 0 ? { kind: 'empty' } : right.length === 1 ? { kind: 'text', text: right[0]! } : { kind: 'several', texts: right };
    }
    return fromObject(value as Record<string, unknown>, depth + 1);
  }
  return null;
}

/** Keys whose values are reasoning or the question, never an envelope that holds the answer. */
const NOT_AN_ENVELOPE = /^(?:explanation|reason|reasoning|rationale|justification|analysis|thoughts?|question|prompt|query|text|content|notes?)$/i;

/** What several places of one structure answer: the one that holds an answer, or all of them when they agree; several when they disagree; null when none does. */
function agreeing(found: Array<StructuredAnswer | null>): StructuredAnswer | null {
  const texts = found.filter((f): f is Extract<StructuredAnswer, { kind: 'text' }> => f?.kind === 'text');
  if (found.some((f) => f?.kind === 'several')) return { kind: 'several', texts: texts.map((t) => t.text) };
  if (texts.length === 0) return found.some((f) => f?.kind === 'empty') ? { kind: 'empty' } : null;
  const distinct = new Set(texts.map((t) => t.text.trim().toLowerCase()));
  return distinct.size === 1 ? texts[0]! : { kind: 'several', texts: texts.map((t) => t.text) };
}

/**
 * An object without an answer field of its own, read as an envelope: a tool call's `function.arguments` (a JSON
 * string), a `tool_use` block's `input`, `{"results": [{"selected": "B"}]}` — the nested objects (and JSON strings)
 * that hold an answer field, which must agree. Null when none does.
 */
function fromEnvelope(obj: Record<string, unknown>, depth: number): StructuredAnswer | null {
  if (depth >= 6) return null;
  const found: Array<StructuredAnswer | null> = [];
  for (const [k, v] of Object.entries(obj)) {
    if (NOT_AN_ENVELOPE.test(k)) continue;
    const inner = typeof v === 'string' && /^\s*[{[]/.test(v) ? parseLoose(v.trim()) : v;
    if (inner === null || typeof inner !== 'object') continue;
    found.push(Array.isArray(inner) ? (inner.some((x) => x !== null && typeof x === 'object') ? fromValue(inner, depth + 1) : null) : fromObject(inner as Record<string, unknown>, depth + 1));
  }
  return agreeing(found);
}

function fromObject(obj: Record<string, unknown>, depth: number): StructuredAnswer | null {
  const keys = Object.keys(obj);
  const ordered: string[] = [];
  for (const pattern of ANSWER_KEYS) for (const k of keys) if (pattern.test(k) && !ordered.includes(k)) ordered.push(k);
  if (ordered.length === 0) return fromEnvelope(obj, depth);
  const first = fromValue(obj[ordered[0]!], depth);
  if (first?.kind !== 'text') return first;
  const others = ordered.slice(1).map((k) => obj[k]).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
  return others.length > 0 ? { ...first, others } : first;
}

/** The first JSON object in prose that parses and has an answer field ("my answer is {"option": "B"}. Let me know…"), or null. */
export function embeddedAnswer(text: string): StructuredAnswer | null {
  let from = 0;
  for (let tries = 0; tries < 8; tries += 1) {
    const start = text.indexOf('{', from);
    if (start < 0) return null;
    let depth = 0;
    let end = -1;
    for (let i = start; i < text.length && i < start + 2000; i += 1) {
      if (text[i] === '{') depth += 1;
      else if (text[i] === '}') {
        depth -= 1;
        if (depth === 0) {
          end = i;
          break;
        }
      }
    }
    if (end < 0) return null;
    const parsed = parseLoose(text.slice(start, end + 1));
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const got = fromObject(parsed as Record<string, unknown>, 0);
      if (got) return got;
    }
    from = end + 1;
  }
  return null;
}

/** A reply that is mostly one JSON value (fences and at most 40 characters of prose around it): that value parsed, its text, and whether prose surrounds it. */
export interface ReplyJson {
  /** The JSON text, from its first bracket to the last matching close. */
  src: string;
  /** The reply from its first bracket on (where a broken field is looked for). */
  tail: string;
  /** The parsed value; undefined when it does not parse. */
  value: unknown;
  /** True when nothing but the structure is in the reply. */
  whole: boolean;
}

/** The reply's JSON value (see ReplyJson), parsed once for every reader of it; null when the reply is prose. */
export function replyJson(text: string): ReplyJson | null {
  const body = text.replace(/```[a-z]*\n?|```/gi, '').trim();
  const start = body.search(/[{[]/);
  if (start < 0) return null;
  const close = body[start] === '{' ? '}' : ']';
  const end = body.lastIndexOf(close);
  if (end <= start) return { src: body.slice(start), tail: body.slice(start), value: undefined, whole: false };
  // Only a reply that is mostly the structure: prose that merely contains a bracket is read as prose.
  const outside = body.slice(0, start).trim().length + body.slice(end + 1).trim().length;
  if (outside > 40) return null;
  return { src: body.slice(start, end + 1), tail: body.slice(start), value: parseLoose(body.slice(start, end + 1)), whole: outside === 0 };
}

/** The answer a structured reply gives, or null when `text` holds no structure with an answer field (`parsed`: replyJson(text), when the caller has it). */
export function structuredAnswer(text: string, parsed?: ReplyJson | null): StructuredAnswer | null {
  const tag = /<(answer|final_answer|label|choice)>\s*([\s\S]*?)\s*<\/\1>/i.exec(text) ?? /\[(answer|final_answer|label|choice)\]\s*([\s\S]*?)\s*\[\/\1\]/i.exec(text);
  if (tag) return tag[2]!.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: tag[2]! };
  const json = parsed === undefined ? replyJson(text) : parsed;
  if (json === null) return null;
  const value = json.value;
  if (value === undefined) return brokenField(json.tail);
  if (Array.isArray(value)) return fromValue(value, 0);
  if (value !== null && typeof value === 'object') return fromObject(value as Record<string, unknown>, 0);
  return null;
}
