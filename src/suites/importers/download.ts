/**
 * @module suites/importers/download — fetch an http(s) URL once into a local cache,
 * resuming a partial download, with progress on stderr (a bar on a TTY, plain lines otherwise).
 */
import { createHash } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchError, InputError } from '../../errors.js';
import { redactUrl } from '../../secrets.js';

export interface DownloadOptions {
  /** Cache folder (default `$BENCH_CACHE_DIR/downloads`, else `~/.cache/bench/downloads`). */
  cacheDir?: string;
  /** Where progress goes (default process.stderr). A TTY gets a bar, anything else plain lines. */
  progress?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Abort when no bytes arrive for this long (default 60 s). */
  idleTimeoutMs?: number;
}

export interface Downloaded {
  /** The cached file. */
  file: string;
  /** True when the file was already in the cache (no request made). */
  cached: boolean;
}

export function defaultDownloadDir(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.BENCH_CACHE_DIR ? path.resolve(env.BENCH_CACHE_DIR) : path.join(os.homedir(), '.cache', 'bench');
  return path.join(root, 'downloads');
}

/** Cache file for a URL: a hash of the URL (so two URLs never collide) plus its file name. */
export function cachePathFor(url: string, cacheDir: string): string {
  const u = new URL(url);
  const base = path.posix.basename(u.pathname).replace(/[^A-Za-z0-9._-]/g, '_') || 'download';
  const key = createHash('sha256').update(url).digest('hex').slice(0, 16);
  return path.join(cacheDir, `${key}-${base}`);
}

/** Download `url` into the cache unless it is already there; return the cached file. */
export async function download(url: string, options: DownloadOptions = {}): Promise<Downloaded> {
  const cacheDir = options.cacheDir ?? defaultDownloadDir();
  const file = cachePathFor(url, cacheDir);
  if (await exists(file)) return { file, cached: true };
  await fs.mkdir(cacheDir, { recursive: true });
  const part = `${file}.part`;
  const have = (await fs.stat(part).catch(() => undefined))?.size ?? 0;
  const shown = redactUrl(url);
  const idle = new IdleTimer(options.idleTimeoutMs ?? 60_000);
  try {
    const headers: Record<string, string> = have > 0 ? { range: `bytes=${have}-` } : {};
    const res = await fetch(url, { headers, signal: idle.signal, redirect: 'follow' }).catch((e: unknown) => {
      throw new BenchError('DOWNLOAD_FAILED', `could not download ${shown}: ${idle.describe(e)}`, { exitCode: 3, cause: e });
    });
    if (res.status === 416 && have > 0) {
      // The partial file is not a prefix the server recognises: start over.
      await res.body?.cancel();
      await fs.rm(part, { force: true });
      return await download(url, options);
    }
    if (res.status >= 400) {
      await res.body?.cancel();
      const msg = `could not download ${shown}: the server answered ${res.status} ${res.statusText}`.trim();
      if (res.status < 500) throw new InputError(`${msg}; check the URL`);
      throw new BenchError('DOWNLOAD_FAILED', `${msg}; try again later`, { exitCode: 3 });
    }
    const start = res.status === 206 && have > 0 ? have : 0;
    const length = Number(res.headers.get('content-length') ?? NaN);
    const total = Number.isFinite(length) ? start + length : undefined;
    const bar = new Progress(options.progress ?? process.stderr, shown, total, start);
    const received = await save(res, part, start, idle, bar, shown);
    if (total !== undefined && received !== total) {
      const msg = `download of ${shown} ended at ${formatBytes(received)} of ${formatBytes(total)}; run again to resume`;
      throw new BenchError('DOWNLOAD_FAILED', msg, { exitCode: 3 });
    }
    await fs.rename(part, file);
    bar.done(received, file);
    return { file, cached: false };
  } finally {
    idle.stop();
  }
}

/** Write the response body to `part` (appending after `start` bytes); returns the bytes now in it. */
async function save(res: Response, part: string, start: number, idle: IdleTimer, bar: Progress, shown: string): Promise<number> {
  const sink = createWriteStream(part, { flags: start > 0 ? 'a' : 'w' });
  let received = start;
  try {
    for await (const chunk of (res.body ?? []) as AsyncIterable<Uint8Array>) {
      idle.touch();
      if (!sink.write(chunk)) await new Promise<void>((r) => sink.once('drain', () => r()));
      received += chunk.byteLength;
      bar.update(received);
    }
  } catch (e) {
    const msg = `download of ${shown} stopped after ${formatBytes(received)}: ${idle.describe(e)}; run again to resume`;
    throw new BenchError('DOWNLOAD_FAILED', msg, { exitCode: 3, cause: e });
  } finally {
    await new Promise<void>((resolve, reject) => sink.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
  return received;
}

/** Aborts the request when no bytes arrive for `ms`. */
class IdleTimer {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout;
  readonly signal = this.controller.signal;

  constructor(private readonly ms: number) {
    this.timer = setTimeout(() => this.controller.abort(), ms);
  }

  touch(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.controller.abort(), this.ms);
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  describe(e: unknown): string {
    if (this.signal.aborted) return `no data for ${this.ms < 1000 ? `${this.ms} ms` : `${Math.round(this.ms / 1000)} s`}`;
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
    return e instanceof Error ? `${e.message}${cause}` : String(e);
  }
}

class Progress {
  private lastDraw = 0;
  private nextPct = 25;
  private readonly tty: boolean;

  constructor(
    private readonly out: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly url: string,
    private readonly total: number | undefined,
    start: number,
  ) {
    this.tty = out.isTTY === true;
    const size = total === undefined ? 'size unknown' : formatBytes(total);
    const from = start > 0 ? `, resuming at ${formatBytes(start)}` : '';
    out.write(`downloading ${url} (${size}${from})\n`);
  }

  update(received: number): void {
    const now = Date.now();
    if (this.tty) {
      if (now - this.lastDraw < 100) return;
      this.lastDraw = now;
      this.out.write(`\r${this.bar(received)}`);
    } else if (this.total) {
      const pct = (received / this.total) * 100;
      if (pct >= this.nextPct && pct < 100) {
        this.out.write(`  ${Math.floor(pct)}% (${formatBytes(received)} of ${formatBytes(this.total)})\n`);
        while (this.nextPct <= pct) this.nextPct += 25;
      }
    }
  }

  done(received: number, file: string): void {
    if (this.tty) this.out.write(`\r${this.bar(received)}\n`);
    this.out.write(`downloaded ${formatBytes(received)} to ${file}\n`);
  }

  private bar(received: number): string {
    if (!this.total) return `  ${formatBytes(received)}`;
    const width = 30;
    const frac = Math.min(1, received / this.total);
    const filled = Math.round(frac * width);
    const pct = String(Math.floor(frac * 100)).padStart(3);
    return `  [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${pct}% ${formatBytes(received)}/${formatBytes(this.total)}`;
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}
