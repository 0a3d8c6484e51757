/**
 * @module suites/importers/tsv — a small RFC 4180-style reader for tab-separated files, as
 * pandas and Python's csv (excel-tab) write them: a field may be double-quoted, `""` inside
 * quotes is one quote, and a quoted field may hold tabs and newlines. CRLF and a BOM accepted.
 */
import { InputError } from '../../errors.js';

export interface TsvRow {
  /** 1-based line the record starts on. */
  line: number;
  values: Record<string, string>;
}

export interface Tsv {
  header: string[];
  rows: TsvRow[];
}

/** Split TSV text into records of raw fields, each with the line it starts on. */
export function tsvRecords(text: string, file: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (src[i] === '"') {
        const open = line;
        i++;
        for (;;) {
          if (i >= src.length) throw new InputError(`${file}:${open}: a quoted field is never closed (a stray " ?)`);
          const c = src[i]!;
          if (c === '"') {
            if (src[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          value += c;
          i++;
        }
        // Text after the closing quote (lenient, as pandas is): kept as is.
        while (i < src.length && src[i] !== '\t' && src[i] !== '\n' && src[i] !== '\r') value += src[i++];
      } else {
        while (i < src.length && src[i] !== '\t' && src[i] !== '\n' && src[i] !== '\r') value += src[i++];
      }
      fields.push(value);
      if (src[i] === '\t') {
        i++;
        continue;
      }
      if (src[i] === '\r') i++;
      if (src[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    if (!(fields.length === 1 && fields[0] === '')) out.push({ line: start, fields });
  }
  return out;
}

/** Parse TSV text with a header row; every row must have exactly the header's columns. */
export function parseTsv(text: string, file: string): Tsv {
  const records = tsvRecords(text, file);
  const head = records[0];
  if (!head) throw new InputError(`${file}: empty file; expected a header row of tab-separated column names`);
  const header = head.fields.map((h) => h.trim());
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup !== undefined) throw new InputError(`${file}:${head.line}: column "${dup}" appears twice in the header`);
  const rows = records.slice(1).map(({ line, fields }) => {
    if (fields.length !== header.length) {
      const missing = header.slice(fields.length);
      const why =
        fields.length < header.length
          ? `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`
          : `${fields.length - header.length} extra field(s) beyond the header`;
      throw new InputError(`${file}:${line}: expected ${header.length} tab-separated fields, got ${fields.length} (${why})`);
    }
    const values: Record<string, string> = {};
    header.forEach((h, k) => (values[h] = fields[k] ?? ''));
    return { line, values };
  });
  return { header, rows };
}
