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
  /^(?:correct|selected|chosen|final|best)[_ -]?(?:answer|option|choice|letter|label)$/i,
  /^(?:choice|option|letter|selection|selected|label|prediction|predicted[_ -]?label|classification|category|class|verdict|output|result|response)$/i,
  /answer|choice|option|label|pick|select/i,
];

export type StructuredAnswer =
  | { kind: 'text'; text: string }
  /** The structure names several answers (an array of more than one). */
  | { kind: 'several'; texts: string[] }
  /** The answer field is present but empty or null. */
  | { kind: 'empty' };

function parseLoose(src: string): unknown {
  try {
    return JSON.parse(src);
  } catch {
    // A Python dict: single quotes, None/True/False.
    try {
      return JSON.parse(src.replace(/'/g, '"').replace(/\bNone\b/g, 'null').replace(/\bTrue\b/g, 'true').replace(/\bFalse\b/g, 'false'));
    } catch {
      return undefined;
    }
  }
}

function fromValue(value: unknown, depth: number): StructuredAnswer | null {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (Array.isArray(value)) {
    const texts = value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
    if (texts.length === 0) return { kind: 'empty' };
    return texts.length === 1 ? { kind: 'text', text: texts[0]! } : { kind: 'several', texts };
  }
  if (typeof value === 'object' && depth < 4) return fromObject(value as Record<string, unknown>, depth + 1);
  return null;
}

function fromObject(obj: Record<string, unknown>, depth: number): StructuredAnswer | null {
  const keys = Object.keys(obj);
  for (const pattern of ANSWER_KEYS) {
    const key = keys.find((k) => pattern.test(k));
    if (key !== undefined) return fromValue(obj[key], depth);
  }
  return null;
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

/** The answer a structured reply gives, or null when `text` holds no structure with an answer field. */
export function structuredAnswer(text: string): StructuredAnswer | null {
  const tag = /<(answer|final_answer|label|choice)>\s*([\s\S]*?)\s*<\/\1>/i.exec(text);
  if (tag) return tag[2]!.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: tag[2]! };
  const body = text.replace(/```[a-z]*\n?|```/gi, '').trim();
  const start = body.search(/[{[]/);
  if (start < 0) return null;
  const close = body[start] === '{' ? '}' : ']';
  const end = body.lastIndexOf(close);
  if (end <= start) return null;
  // Only a reply that is mostly the structure: prose that merely contains a bracket is read as prose.
  const outside = body.slice(0, start).trim().length + body.slice(end + 1).trim().length;
  if (outside > 40) return null;
  const parsed = parseLoose(body.slice(start, end + 1));
  if (parsed === undefined) return null;
  if (Array.isArray(parsed)) return fromValue(parsed, 0);
  if (parsed !== null && typeof parsed === 'object') return fromObject(parsed as Record<string, unknown>, 0);
  return null;
}
