/**
 * @module store/retry-records — `bench run --retry-errors`: the records of the retried jobs go
 * to a side file (`records.retry.jsonl`, appended as each finishes, like records.jsonl), then
 * replace the error records they answer in records.jsonl in one atomic step (temp file, fsync,
 * rename). records.jsonl is therefore always a valid file with one record per job: a retry
 * killed midway leaves it as it was plus a side file, which the next `--retry-errors` or
 * `--resume` merges first (merging twice gives the same file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { jobKey, readRecords, serializeRecord, setAsideTornTail } from './records.js';
import type { RunRecord } from './types.js';

export const RETRY_RECORDS = 'records.retry.jsonl';

/**
 * Job keys (`jobKey`) whose records are all errors: the jobs `--retry-errors` requests again.
 * A job with any scored record is not among them.
 */
export function errorJobKeys(file: string): Set<string> {
  const errors = new Set<string>();
  const ok = new Set<string>();
  for (const r of readRecords(file, { dropOutput: true })) {
    const key = jobKey(r);
    if (r.error !== null) errors.add(key);
    else ok.add(key);
  }
  for (const k of ok) errors.delete(k);
  return errors;
}

export interface Replaced {
  /** Records of the side file merged into records.jsonl. */
  replaced: number;
  /** Of those, records that are errors again. */
  stillErrors: number;
}

/**
 * Merges `<runDir>/records.retry.jsonl` into `<runDir>/records.jsonl`: each retried record takes
 * the place of its job's record(s), in the file's order; the side file is removed afterwards.
 * No side file: nothing to do.
 */
export function mergeRetryRecords(runDir: string, recordsName = 'records.jsonl'): Replaced {
  const side = path.join(runDir, RETRY_RECORDS);
  if (!fs.existsSync(side)) return { replaced: 0, stillErrors: 0 };
  setAsideTornTail(side);
  const retried = new Map<string, RunRecord>();
  for (const r of readRecords(side)) retried.set(jobKey(r), r);
  const file = path.join(runDir, recordsName);
  const tmp = `${file}.retry-merge`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  const written = new Set<string>();
  try {
    for (const r of readRecords(file)) {
      const key = jobKey(r);
      const fresh = retried.get(key);
      if (fresh === undefined) {
        fs.writeSync(fd, serializeRecord(r));
        continue;
      }
      if (written.has(key)) continue; // a repeat of a replaced job: the retried record stands for it
      written.add(key);
      fs.writeSync(fd, serializeRecord(fresh));
    }
    // A retried job with no record left in the file (not expected): kept, not lost.
    for (const [key, r] of retried) if (!written.has(key)) fs.writeSync(fd, serializeRecord(r));
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  syncDir(runDir);
  fs.rmSync(side, { force: true });
  let stillErrors = 0;
  for (const r of retried.values()) if (r.error !== null) stillErrors++;
  return { replaced: retried.size, stillErrors };
}

/** Makes a rename durable (the directory entry); best effort where directories cannot be opened. */
function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* not supported here */
  }
}
