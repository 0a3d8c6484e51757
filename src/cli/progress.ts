/**
 * @module cli/progress — live progress as runner hooks: a one-line bar on a
 * TTY (done/total, rate, errors, ETA), plain periodic lines otherwise (CI).
 */
import type { RunRecord } from '../store/types.js';

export interface Progress {
  onRecord(record: RunRecord): void;
  log(message: string): void;
  /** [adaptive] A model's current in-flight limit, shown on the line. */
  setLimit(model: string, limit: number): void;
  stop(): void;
}

export function createProgress(opts: { total: number; done: number; enabled: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = opts.stream ?? process.stderr;
  const tty = Boolean(stream.isTTY) && opts.enabled;
  const started = Date.now();
  let done = opts.done;
  let fresh = 0;
  let errors = 0;
  let cached = 0;
  let lastDraw = 0;
  const plainEveryMs = 10_000;
  const limits = new Map<string, number>();

  const line = (): string => {
    const secs = (Date.now() - started) / 1000;
    const rate = fresh / Math.max(secs, 0.001);
    const left = opts.total - done;
    const eta = rate > 0 ? fmtDuration(left / rate) : '?';
    const pct = opts.total ? Math.floor((done / opts.total) * 100) : 100;
    const limit = limits.size ? ` · limit ${[...limits].map(([m, l]) => `${m}=${l}`).join(' ')}` : '';
    return `${done}/${opts.total} (${pct}%) · ${rate.toFixed(1)} items/s · ${errors} errors · ${cached} cached${limit} · ETA ${eta}`;
  };
  const draw = (force = false) => {
    const now = Date.now();
    if (tty) {
      if (!force && now - lastDraw < 100) return;
      lastDraw = now;
      const width = 28;
      const filled = opts.total ? Math.round((done / opts.total) * width) : width;
      stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line()}`);
    } else if (opts.enabled && (force || now - lastDraw >= plainEveryMs)) {
      lastDraw = now;
      stream.write(`progress: ${line()}\n`);
    }
  };
  if (!tty && opts.enabled) lastDraw = Date.now();
  const timer = setInterval(() => draw(), tty ? 500 : plainEveryMs);
  timer.unref();

  return {
    onRecord(record) {
      done++;
      if (record.cached) cached++;
      else fresh++;
      if (record.error) errors++;
      draw();
    },
    setLimit(model, limit) {
      limits.set(model, limit);
      draw();
    },
    log(message) {
      if (tty) stream.write('\r\x1b[2K');
      stream.write(message + '\n');
      if (tty) draw(true);
    },
    stop() {
      clearInterval(timer);
      if (tty) {
        draw(true);
        stream.write('\n');
      } else if (opts.enabled) {
        draw(true);
      }
    },
  };
}

function fmtDuration(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.ceil(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.ceil(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
