/**
 * @module store/records — records.jsonl: one JSON line per finished job,
 * appended the moment it finishes, so a crash loses nothing finished and
 * leaves at most a torn last line.
 *
 * Any output string round-trips as exactly one line: JSON.stringify escapes
 * control characters and lone surrogates; U+2028/U+2029 are escaped too so
 * that line-oriented tools never split a record.
 */
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../errors.js';
import { redactDeep } from '../secrets.js';
import type { RunRecord } from './types.js';

export function serializeRecord(record: RunRecord): string {
  return JSON.stringify(redactDeep(record)).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') + '\n';
}

/**
 * Appends records. Lines finished in the same turn of the event loop go out in one write(2)
 * at its end (or at 64 KiB): a record is on disk within a millisecond of finishing, and a
 * busy run makes a few hundred syscalls a second instead of one per record. `close()`, and
 * the process exiting (even through process.exit), write what is pending; a crash can lose
 * only the records of that one turn, which a resume then requests again.
 */
export class RecordWriter {
  private fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  private scheduled = false;
  private readonly onExit = (): void => this.flush();
  /** Why writing stopped (a full disk): later records are dropped, a resume requests them again. */
  failure: Error | undefined;
  /**
   * `onError`: called once when a write fails (disk full…) after the file was cut back to its
   * last complete line; without it the error is thrown.
   */
  constructor(readonly file: string, private readonly onError?: (err: Error) => void) {
    this.fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT, 0o600);
    process.on('exit', this.onExit);
  }
  append(record: RunRecord): void {
    const line = serializeRecord(record);
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }
  /** Write what is pending now. */
  flush(): void {
    this.scheduled = false;
    if (this.fd < 0 || this.pending.length === 0) return;
    // write(2) may write less than asked (a large batch, a signal): finish it, or a later
    // append would land mid-line and corrupt the file.
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingBytes = 0;
    if (this.failure) return;
    const before = this.onError ? fs.fstatSync(this.fd).size : 0;
    try {
      for (let at = 0; at < bytes.length; ) at += fs.writeSync(this.fd, bytes, at, bytes.length - at);
    } catch (e) {
      if (!this.onError) throw e;
      this.failure = e as Error;
      try {
        fs.ftruncateSync(this.fd, before); // no half line: the file ends at its last complete record
      } catch {
        /* a torn tail is set aside by the resume */
      }
      this.onError(this.failure);
    }
  }
  close(): void {
    this.flush();
    process.off('exit', this.onExit);
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }
}

/**
 * Bytes read at a time from records.jsonl (`readRecords`, store/records-follow): each chunk's text
 * (two-byte too) is small enough for V8's young generation; a megabyte's went to the large-object
 * space, where it stays until a full collection.
 */
export const READ_CHUNK = 32 * 1024;

/** Pending record bytes (UTF-16 units) that trigger a write before the turn ends. */
const FLUSH_BYTES = 64 * 1024;

export interface ReadOptions {
  /** Called when the last line is torn (a crash mid-write): it is set aside, not fatal. */
  onTorn?: (info: { line: number; bytes: number }) => void;
  /** Drop `output` while reading (summaries don't need it; keeps memory flat). */
  dropOutput?: boolean;
}

/**
 * Streams the records of a file in order, synchronously (so a summary can be
 * built in one pass without holding the records: `for … of` or `for await … of`
 * both work). A corrupt line in the middle is a hard error naming file:line; a
 * torn last line (no newline, not JSON) is reported through `onTorn` and skipped.
 */
export function* readRecords(file: string, options: ReadOptions = {}): Generator<RunRecord> {
  if (!fs.existsSync(file)) return;
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    const lines = new LineSplitter();
    let line = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      for (const raw of lines.push(buf.subarray(0, n))) {
        line++;
        if (raw.trim() === '') continue;
        yield parseLine(raw, file, line, options);
      }
    }
    const rest = lines.end();
    if (rest.trim() !== '') {
      line++;
      let rec: RunRecord | undefined;
      try {
        rec = parseLine(rest, file, line, options);
      } catch {
        options.onTorn?.({ line, bytes: Buffer.byteLength(rest) });
      }
      if (rec) yield rec;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * records.jsonl's text as it is read in chunks, split into lines (LF; UTF-8 decoded across chunk
 * ends): what `readRecords` and store/records-follow both read the file with.
 */
export class LineSplitter {
  private rest = '';
  private readonly decoder = new StringDecoder('utf8');

  /** The lines `chunk` completes (blank ones too), in order; a line without its newline yet is held. */
  push(chunk: Buffer): string[] {
    const text = this.rest + this.decoder.write(chunk);
    const out: string[] = [];
    let start = 0;
    let nl: number;
    while ((nl = text.indexOf('\n', start)) !== -1) {
      out.push(text.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text.slice(start);
    return out;
  }

  /** What follows the last newline (a last line without its own; '' when none). */
  end(): string {
    return this.rest + this.decoder.end();
  }
}

/** One line of records.jsonl parsed as `readRecords` parses it; throws for a line that is not a record (naming `file`:`line` when it is not JSON). */
export function parseLine(raw: string, file: string, line: number, options: ReadOptions): RunRecord {
  let rec: RunRecord;
  try {
    rec = JSON.parse(raw) as RunRecord;
  } catch {
    throw new InputError(`${file}:${line}: corrupt record (not valid JSON); the file was changed by something other than bench. Fix or remove that line.`, { code: 'RECORDS_CORRUPT' });
  }
  if (options.dropOutput) rec.output = null;
  return rec;
}

/**
 * Cuts a torn last line off the file (keeping it in `<file>.torn` for
 * inspection) so appending can go on. Returns the bytes set aside.
 */
export function setAsideTornTail(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const size = fs.statSync(file).size;
  if (size === 0) return 0;
  const fd = fs.openSync(file, 'r+');
  try {
    const probe = Math.min(size, 1 << 16);
    let end = size;
    // Find the last newline, scanning backwards in blocks.
    let pos = size;
    let found = -1;
    const buf = Buffer.alloc(probe);
    while (pos > 0 && found < 0) {
      const len = Math.min(probe, pos);
      pos -= len;
      fs.readSync(fd, buf, 0, len, pos);
      const idx = buf.subarray(0, len).lastIndexOf(0x0a);
      if (idx >= 0) found = pos + idx;
    }
    end = found + 1; // 0 when no newline at all
    if (end === size) return 0;
    const tail = Buffer.alloc(size - end);
    fs.readSync(fd, tail, 0, tail.length, end);
    try {
      JSON.parse(tail.toString('utf8'));
      // A complete record that merely lacks its newline: keep it, add the newline.
      fs.writeSync(fd, '\n', size);
      return 0;
    } catch {
      fs.appendFileSync(`${file}.torn`, tail, { mode: 0o600 });
      fs.ftruncateSync(fd, end);
      return tail.length;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Key of one job: (suite, item, model, sample[, variant]). */
export function jobKey(r: { suite: string; item_id: string; model: string; sample: number; variant?: string | null }): string {
  const base = `${r.suite}\u0000${r.item_id}\u0000${r.model}\u0000${r.sample}`;
  return r.variant ? `${base}\u0000${r.variant}` : base;
}

/**
 * Prepares a records file for a resume: error records are dropped (their jobs are requested
 * again) and so are repeats, so each (item, model, sample) ends with exactly one record.
 * Returns the job keys of the records kept (`jobKey`). Kept records stream to a temp file
 * (never all in memory), which replaces the file only if something was dropped.
 */
export function compactRecords(file: string): Set<string> {
  const done = new Set<string>();
  if (!fs.existsSync(file)) return done;
  const tmp = `${file}.compact`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  let dropped = 0;
  try {
    for (const r of readRecords(file)) {
      const key = jobKey(r);
      if (r.error !== null || done.has(key)) {
        dropped++;
        continue;
      }
      done.add(key);
      fs.writeSync(fd, serializeRecord(r));
    }
  } finally {
    fs.closeSync(fd);
  }
  if (dropped === 0) fs.rmSync(tmp);
  else fs.renameSync(tmp, file);
  return done;
}
