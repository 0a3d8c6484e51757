/**
 * @module config/yaml — read a YAML file keeping positions, so every problem is reported as file:line:column.
 *
 * Shared by the models.yaml and suite.yaml loaders: strict UTF-8 decoding, YAML parse errors
 * (duplicate keys included) as located problems, and the lookup from a value's path to its node.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Document, type Pair, type YAMLMap } from 'yaml';
import { InputError, InputErrors } from '../errors.js';
import { redact } from '../secrets.js';

export type Path = ReadonlyArray<PropertyKey>;

/** A problem found in an input file; `pos` (a character offset) orders problems by place. */
export interface Problem {
  pos: number;
  text: string;
}

export interface YamlFile {
  /** How the file is named in messages: relative to the working folder when below it. */
  label: string;
  text: string;
  doc: Document;
  lines: LineCounter;
}

/** Most problems listed in one error; the rest are counted. */
export const MAX_PROBLEMS = 50;

/** The name a file goes by in messages: `models.yaml`, `tasks/medical/suite.yaml`, or an absolute path. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(file);
}

/** Decodes UTF-8 strictly (a bad byte is an error naming the line) and drops a leading BOM. */
export function decodeUtf8(bytes: Uint8Array, label: string, firstLine = 1): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    let line = firstLine;
    let start = 0;
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          strict.decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line++;
        start = i + 1;
      }
    }
    throw new InputError(`${label}:${line}: not valid UTF-8 (save the file as UTF-8)`, { code: 'BAD_ENCODING' });
  }
}

/** Reads and parses a YAML file; a missing file or a YAML syntax error throws at once. */
export async function readYaml(file: string, notFoundHint: string): Promise<YamlFile & { bytes: Buffer }> {
  const label = displayPath(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${label}: file not found; ${notFoundHint}`, { code: 'NOT_FOUND' });
    if (code === 'EISDIR') throw new InputError(`${label}: is a folder, expected a YAML file; ${notFoundHint}`);
    throw new InputError(`${label}: cannot read (${code ?? String(e)})`);
  }
  const text = decodeUtf8(bytes, label);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const file_: YamlFile = { label, text, doc, lines };
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((err) => ({ pos: err.pos[0], text: `${at(file_, err.pos[0])} ${yamlErrorText(err.code, err.message, text, err.pos)}` }));
    throw problemsError(`${label} is not valid YAML`, problems);
  }
  return { ...file_, bytes };
}

/**
 * Config given as data (a library caller's object) as if it were a YAML file called `label`,
 * so it goes through exactly the checks, interpolation and messages a file does.
 */
export function yamlFromData(data: unknown, label: string): YamlFile & { bytes: Buffer } {
  const text = stringify(data ?? {});
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  return { label, text, doc, lines, bytes: Buffer.from(text, 'utf8') };
}

function yamlErrorText(code: string, message: string, text: string, pos: [number, number]): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:\s,{}[\]]+)/.exec(text.slice(pos[0]))?.[1] ?? '';
    return `duplicate key${key ? ` "${key.replace(/^["']|["']$/g, '')}"` : ''}: each key may appear once in a mapping`;
  }
  return `${message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')} (YAML ${code})`;
}

/** `label:line:column` of a character offset. */
export function at(file: Pick<YamlFile, 'label' | 'lines'>, offset: number): string {
  const { line, col } = file.lines.linePos(offset);
  return `${file.label}:${line}:${col}`;
}

/** The 1-based line of a character offset. */
export function lineOf(file: Pick<YamlFile, 'lines'>, offset: number): number {
  return file.lines.linePos(offset).line;
}

/**
 * Offset of the node at `path`, or of its nearest existing ancestor when the value is missing.
 * With `key`, the offset of that key inside the mapping at `path` (for unknown keys).
 */
export function offsetOf(doc: Document, p: Path, key?: string): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const seg of p) {
    if (isMap(node)) node = findPair(node, seg)?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return offset;
    if (node === undefined) return offset;
    offset = rangeStart(node) ?? offset;
  }
  if (key !== undefined && isMap(node)) return rangeStart(findPair(node, key)?.key) ?? offset;
  return offset;
}

function findPair(map: YAMLMap, key: PropertyKey): Pair | undefined {
  return map.items.find((it) => isScalar(it.key) && String(it.key.value) === String(key));
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** `.price.input_per_mtok`, `[2].id`: a path as written in messages. */
export function formatPath(p: Path): string {
  return p.map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`)).join('');
}

/** The value at a path of plain data, or undefined. */
export function valueAt(data: unknown, p: Path): unknown {
  let v = data;
  for (const seg of p) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

/** A value shown in a message: short, quoted, credentials in URLs hidden. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') {
    const s = redact(v);
    return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
  }
  return String(v);
}

/** One error carrying every problem, in file order, at most MAX_PROBLEMS spelled out. */
export function problemsError(header: string, problems: Problem[], notListed = 0): InputErrors {
  const sorted = [...problems].sort((a, b) => a.pos - b.pos).map((p) => p.text);
  const shown = sorted.slice(0, MAX_PROBLEMS);
  const more = sorted.length - shown.length + notListed;
  if (more > 0) shown.push(`… and ${more} more`);
  const n = sorted.length + notListed;
  return new InputErrors(`${header}: ${n} problem${n === 1 ? '' : 's'}`, shown);
}

/**
 * The document as plain data. Too many alias expansions (a "billion laughs" file) and
 * similar conversion failures are bad input naming the file, never a crash.
 */
export function yamlData(y: YamlFile): unknown {
  try {
    return y.doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    throw new InputError(`${y.label}: ${(e as Error).message}`);
  }
}
