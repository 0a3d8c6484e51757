/**
 * @module store/disk-full — a full disk is a stop that loses nothing, not a crash.
 *
 * When `--out` fills up, the record writer cuts the file back to its last complete line and
 * the run stops (exit 3) with one message naming the path; the manifest is marked incomplete
 * where it can still be written (rewritten in place when a new file no longer fits), and
 * `--resume` finishes the run once there is space. The response cache and the history store
 * warn once and go on without writing: a run never fails for its cache.
 */
import fs from 'node:fs';
import { BenchError } from '../errors.js';

/** ENOSPC (no space) or EDQUOT (over quota). */
export function isDiskFull(err: unknown): err is NodeJS.ErrnoException {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** The run stopped because the disk under `path` is full (exit 3, resumable). */
export class DiskFullError extends BenchError {
  constructor(readonly path: string, runDir: string | undefined, cause?: unknown) {
    super(
      'DISK_FULL',
      `no space left on device writing ${path}: the run stopped; records up to the last complete line are kept. ` +
        (runDir ? `Free some space, then resume with --resume ${runDir}` : 'Free some space and run again'),
      { exitCode: 3, cause },
    );
    this.name = 'DiskFullError';
  }
}

/**
 * Rewrites a small file in place (no new file, so it needs no new block when the content is
 * no longer than before). For marking a manifest when the atomic temp-file write no longer fits.
 */
export function rewriteInPlace(file: string, data: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const bytes = Buffer.from(data, 'utf8');
    for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at, at);
    fs.ftruncateSync(fd, bytes.length);
  } finally {
    fs.closeSync(fd);
  }
}
