import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorJobKeys, mergeRetryRecords, RETRY_RECORDS } from '../../src/store/retry-records.js';

const rec = (item: string, error: string | null, output = 'A') =>
  ({ suite: 's', item_id: item, model: 'm', sample: 0, output: error ? null : output, error, correct: error ? null : true }) as Record<string, unknown>;
const lines = (rs: Array<Record<string, unknown>>): string => rs.map((r) => JSON.stringify(r) + '\n').join('');

function runDir(records: Array<Record<string, unknown>>, retried?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-retry-'));
  fs.writeFileSync(path.join(dir, 'records.jsonl'), lines(records));
  if (retried !== undefined) fs.writeFileSync(path.join(dir, RETRY_RECORDS), retried);
  return dir;
}

describe('retried records replace error records', () => {
  it('lists only the jobs whose every record is an error', () => {
    const dir = runDir([rec('1', null), rec('2', 'boom'), rec('3', 'boom'), rec('3', null)]);
    expect([...errorJobKeys(path.join(dir, 'records.jsonl'))]).toEqual(['s\u00002\u0000m\u00000']);
  });

  it('puts each retried record in its error record\'s place, drops its repeats, and removes the side file', () => {
    const dir = runDir([rec('1', null), rec('2', 'boom'), rec('3', null), rec('2', 'boom again')], lines([rec('2', null, 'B')]));
    expect(mergeRetryRecords(dir)).toEqual({ replaced: 1, stillErrors: 0 });
    expect(fs.readFileSync(path.join(dir, 'records.jsonl'), 'utf8')).toBe(lines([rec('1', null), rec('2', null, 'B'), rec('3', null)]));
    expect(fs.existsSync(path.join(dir, RETRY_RECORDS))).toBe(false);
  });

  it('gives the same file when a merge is repeated (killed after the rename, before the side file was removed)', () => {
    const side = lines([rec('2', null, 'B'), rec('4', 'still down')]);
    const dir = runDir([rec('1', null), rec('2', 'boom'), rec('4', 'boom')], side);
    expect(mergeRetryRecords(dir)).toEqual({ replaced: 2, stillErrors: 1 });
    const once = fs.readFileSync(path.join(dir, 'records.jsonl'), 'utf8');
    fs.writeFileSync(path.join(dir, RETRY_RECORDS), side);
    mergeRetryRecords(dir);
    expect(fs.readFileSync(path.join(dir, 'records.jsonl'), 'utf8')).toBe(once);
  });

  it('sets a torn last line of the side file aside and leaves records.jsonl alone without a side file', () => {
    const dir = runDir([rec('1', 'boom')], lines([rec('1', null)]) + '{"suite":"s","ite');
    expect(mergeRetryRecords(dir).replaced).toBe(1);
    const before = fs.readFileSync(path.join(dir, 'records.jsonl'), 'utf8');
    expect(mergeRetryRecords(dir)).toEqual({ replaced: 0, stillErrors: 0 });
    expect(fs.readFileSync(path.join(dir, 'records.jsonl'), 'utf8')).toBe(before);
  });
});
