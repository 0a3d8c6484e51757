/**
 * @module store/records-follow — reads records.jsonl while a run appends to it (`RecordsFollower`),
 * so the report phase holds the run's records, parsed, when the last one is written, instead of
 * parsing the whole file after it. What it gives at the end is what `readRecords(file,
 * { dropOutput: true })` (store/records) gives for the finished file — the same lines parsed the
 * same way, a torn last line left out — or nothing when that cannot be vouched for: a line that
 * does not parse (the caller reads the file, which names it), a file replaced or cut meanwhile
 * (rewritten by the judging phase or a retry), a read that failed.
 */
import fs from 'node:fs';
import { LineSplitter, parseLine, READ_CHUNK } from './records.js';
import type { RunRecord } from './types.js';

export class RecordsFollower {
  private fd = -1;
  private identity: { dev: number; ino: number } | undefined;
  private offset = 0;
  private readonly lines = new LineSplitter();
  /** One read buffer for every poll (a few a second through a run). */
  private readonly buf = Buffer.allocUnsafe(READ_CHUNK);
  private readonly records: RunRecord[] = [];
  /** Set when the records read can no longer be vouched for; then nothing more is read. */
  private lost = false;

  constructor(readonly file: string) {}

  /** Reads the lines appended since the last call (a line still being written waits for its newline). */
  poll(): void {
    if (this.lost) return;
    try {
      if (this.fd < 0) {
        if (!fs.existsSync(this.file)) return;
        this.fd = fs.openSync(this.file, 'r');
        const st = fs.fstatSync(this.fd);
        this.identity = { dev: st.dev, ino: st.ino };
      }
      for (;;) {
        const n = fs.readSync(this.fd, this.buf, 0, this.buf.length, this.offset);
        if (n === 0) return;
        this.offset += n;
        for (const raw of this.lines.push(this.buf.subarray(0, n))) {
          if (raw.trim() !== '' && !this.add(raw)) {
            this.lose();
            return;
          }
        }
      }
    } catch {
      this.lose();
    }
  }

  /**
   * Every record of the file, read to its end, as `readRecords(file, { dropOutput: true })`
   * gives them; null when that cannot be vouched for (then read the file). Ends the following.
   */
  finish(): RunRecord[] | null {
    this.poll();
    if (this.lost) return null;
    if (this.fd < 0) return fs.existsSync(this.file) ? null : [];
    try {
      const now = fs.statSync(this.file);
      const same = now.dev === this.identity?.dev && now.ino === this.identity.ino && now.size === this.offset && fs.fstatSync(this.fd).size === this.offset;
      if (!same) return this.lose();
    } catch {
      return this.lose();
    }
    this.close();
    // The last line without its newline: kept when it parses, else torn (left out), as readRecords does.
    const last = this.lines.end();
    if (last.trim() !== '') this.add(last);
    return this.records;
  }

  /** Stops following (closes the file). Safe to call twice. */
  close(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }

  /** Parses one line into the records as readRecords does (its `parseLine`); false when it is no record. */
  private add(raw: string): boolean {
    try {
      this.records.push(parseLine(raw, this.file, 0, { dropOutput: true }));
      return true;
    } catch {
      return false;
    }
  }

  private lose(): null {
    this.lost = true;
    this.records.length = 0;
    this.close();
    return null;
  }
}
