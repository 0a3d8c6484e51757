/**
 * @module suites/importers/json-raw — JSON as Python writes it (NaN, Infinity, integers past
 * 2^53): validate it, and cut a top-level object into its members' raw source text, so values
 * that JavaScript numbers would change are passed on byte for byte.
 */

const NON_FINITE = /-?(?:NaN|Infinity)/y;

/**
 * The text with `NaN`, `Infinity` and `-Infinity` outside strings replaced by `null`
 * (so JSON.parse can check its structure); everything else unchanged.
 */
export function sanitizeNonFinite(text: string): string {
  let out = '';
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      continue;
    }
    if (c === 'N' || c === 'I' || c === '-') {
      NON_FINITE.lastIndex = i;
      const m = NON_FINITE.exec(text);
      if (m) {
        out += text.slice(last, i) + 'null';
        i += m[0].length - 1;
        last = i + 1;
      }
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

export interface RawMember {
  key: string;
  /** Offset of the member's value in the text, and its raw source. */
  start: number;
  raw: string;
}

/**
 * The members of the top-level JSON object in `text`, in order, each with its value's raw text.
 * `text` must already be known to parse (after sanitizeNonFinite); duplicate keys are all kept.
 */
export function rawMembers(text: string): RawMember[] {
  const out: RawMember[] = [];
  let i = text.indexOf('{') + 1;
  const skipWs = (): void => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  };
  for (;;) {
    skipWs();
    if (text[i] !== '"') return out;
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = keyEnd;
    skipWs();
    i++; // ':'
    skipWs();
    const start = i;
    i = valueEnd(text, i);
    out.push({ key, start, raw: text.slice(start, i).trimEnd() });
    skipWs();
    if (text[i] === ',') i++;
    else return out;
  }
}

/** Index just past the string literal that opens at `i`. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return text.length;
}

/** Index just past the JSON value that starts at `i` (a top-level member's value). */
function valueEnd(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '"') {
      j = stringEnd(text, j) - 1;
      if (depth === 0) return j + 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return j;
      depth--;
      if (depth === 0) return j + 1;
    } else if (c === ',' && depth === 0) return j;
  }
  return text.length;
}
