import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RecordsFollower } from '../../src/store/records-follow.js';
import { readRecords, serializeRecord } from '../../src/store/records.js';
import type { RunRecord } from '../../src/store/types.js';

const record = (i: number, output: string): RunRecord => ({
  suite: 's', item_id: `q${i}`, model: 'm', sample: 0, prompt_hash: 'h', output, extracted: 'A', score: 1, correct: true, reason: null, error: null,
  ttft_ms: 1, latency_ms: 2, exec_ms: null, input_tokens: 3, output_tokens: 4, cost_usd: null, cached: false, attempts: 1,
} as RunRecord);

const fileOf = (): string => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-follow-')), 'records.jsonl');
const fromFile = (file: string): RunRecord[] => [...readRecords(file, { dropOutput: true, onTorn: () => undefined })];

/** Appends `text` to `file` in pieces of `size` bytes, polling after each (lines and characters cut anywhere). */
function appendInPieces(file: string, text: string, size: number, follower: RecordsFollower): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) {
    fs.appendFileSync(file, bytes.subarray(at, at + size));
    follower.poll();
  }
}

describe('RecordsFollower', () => {
  it('gives what readRecords gives for the finished file, however the appends cut lines and characters (records there before it started included)', () => {
    const lines = Array.from({ length: 40 }, (_, i) => serializeRecord(record(i, `Answer ${'é😀'.repeat(i)}: A`)));
    for (const size of [5, 61, 65_536]) {
      const file = fileOf();
      fs.writeFileSync(file, lines.slice(0, 10).join('')); // a resumed run's records
      const follower = new RecordsFollower(file);
      follower.poll();
      appendInPieces(file, lines.slice(10).join('') + '\n', size, follower);
      const held = follower.finish();
      expect(held, `pieces of ${size}`).toEqual(fromFile(file));
      expect(held).toHaveLength(40);
      expect(held!.every((r) => r.output === null)).toBe(true);
    }
  });

  it('keeps a last line without its newline when it parses, and leaves out a torn one, as readRecords does', () => {
    const [a, b] = [serializeRecord(record(1, 'A')), serializeRecord(record(2, 'B'))];
    for (const tail of [b.trimEnd(), b.slice(0, 40)]) {
      const file = fileOf();
      const follower = new RecordsFollower(file);
      follower.poll(); // before the file exists
      appendInPieces(file, a + tail, 13, follower);
      expect(follower.finish()).toEqual(fromFile(file));
    }
    expect(new RecordsFollower(fileOf()).finish()).toEqual([]);
  });

  it('gives nothing (null: read the file) when a line does not parse or the file was replaced or cut while it followed', () => {
    const lines = [1, 2, 3].map((i) => serializeRecord(record(i, 'A')));
    const corrupt = fileOf();
    const f1 = new RecordsFollower(corrupt);
    appendInPieces(corrupt, lines[0] + '{"suite": broken\n' + lines[1], 50, f1);
    expect(f1.finish()).toBeNull();
    expect(() => fromFile(corrupt)).toThrow(/records\.jsonl:2: corrupt record/);

    const replaced = fileOf();
    const f2 = new RecordsFollower(replaced);
    appendInPieces(replaced, lines.join(''), 1000, f2);
    fs.writeFileSync(`${replaced}.tmp`, lines.slice(0, 2).join('') + lines[2]!.replace('"A"', '"B"'));
    fs.renameSync(`${replaced}.tmp`, replaced); // rewritten atomically (the judging phase, a retry)
    expect(f2.finish()).toBeNull();

    const cut = fileOf();
    const f3 = new RecordsFollower(cut);
    appendInPieces(cut, lines.join(''), 1000, f3);
    fs.truncateSync(cut, Buffer.byteLength(lines[0]!));
    expect(f3.finish()).toBeNull();
  });
});
