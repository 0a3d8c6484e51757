/**
 * @module providers/http/transport — bench's own HTTP timeouts, shared by the HTTP providers.
 *
 * The clients' defaults cannot be trusted for long benchmark runs (openai-node stops its
 * timer once headers arrive; ollama-js has none; undici cuts a slow first token at 300 s).
 * One undici `Agent` per provider (keep-alive pool, connect timeout, its own header/body
 * timeouts raised above ours) and, per request, a `Call` holding three timers:
 * - connect: the Agent's `connect.timeout`;
 * - overall: `timeout_s` from the moment `complete()` opened the call;
 * - idle: no body bytes for `idleTimeoutMs` once the first token arrived (`armIdle`).
 * Before the first token only the overall timeout runs, so a slow prompt evaluation under a
 * long `timeout_s` succeeds. Every request takes one path, `Call.post`: straight through the
 * agent's dispatcher (no fetch, no WHATWG streams), non-2xx responses classified here, and
 * every body chunk passed to a `BodyInspector` that can fail the stream (unterminated SSE,
 * malformed NDJSON…). Why a call failed is kept in `failure`, so a parser that swallows an
 * abort still reports the real cause.
 */
import { createRequire } from 'node:module';
import type { Agent } from 'undici';
import { Exchange } from './exchange.js';
import type { ModelSpec } from '../../config/types.js';
import { ProviderAbortError, ProviderError, StreamError, TimeoutError } from '../errors.js';
import { bodyError, httpError, networkError, where, type CallContext } from './classify.js';
import { redact } from '../../secrets.js';

export interface Timeouts {
  /** TCP/TLS connect. @default min(10 s, timeout_s) */
  connectTimeoutMs: number;
  /** Silence between body chunks once the first token arrived. @default min(60 s, timeout_s) */
  idleTimeoutMs: number;
  /** Whole request, from `complete()` to the last byte. @default timeout_s */
  timeoutMs: number;
}

/** The timeouts for a model: `timeout_s` from its spec, the others derived unless overridden. */
export function timeoutsFor(spec: ModelSpec, overrides: Partial<Timeouts> = {}): Timeouts {
  const timeoutMs = overrides.timeoutMs ?? spec.timeout_s * 1000;
  return {
    timeoutMs,
    connectTimeoutMs: overrides.connectTimeoutMs ?? Math.min(10_000, timeoutMs),
    idleTimeoutMs: overrides.idleTimeoutMs ?? Math.min(60_000, timeoutMs),
  };
}

/** Sees every body chunk of a 2xx response; throwing a ProviderError fails the stream. */
export interface BodyInspector {
  chunk(bytes: Uint8Array): void;
  /** The body ended cleanly: throw if it lacked its final marker. */
  end(): void;
}

const ERROR_BODY_LIMIT = 64 * 1024;

/**
 * undici's Agent class alone: the package entry also loads fetch, WebSocket, the cache and
 * the mocks (≈ 60 ms of CPU at start-up, a tenth of a 1-item run); bench only dispatches.
 * Falls back to the entry if a future undici moves the file.
 */
const AgentClass: typeof Agent = (() => {
  const require = createRequire(import.meta.url);
  try {
    return require('undici/lib/dispatcher/agent.js') as typeof Agent;
  } catch {
    return (require('undici') as typeof import('undici')).Agent;
  }
})();

export class Transport {
  readonly timeouts: Timeouts;
  readonly agent: Agent;

  /**
   * `connections`: most connections per origin (default: one per request in flight). A request
   * finding them all busy waits in the pool, and that wait is not its latency (`Call.elapsedMs`).
   */
  constructor(timeouts: Timeouts, connections?: number) {
    this.timeouts = timeouts;
    const slack = timeouts.timeoutMs + 5_000;
    this.agent = new AgentClass({
      connect: { timeout: timeouts.connectTimeoutMs },
      headersTimeout: slack,
      bodyTimeout: slack,
      ...(connections !== undefined && { connections }),
    });
  }

  /** A new request under this transport's timeouts; `dispose()` it when done. */
  open(ctx: CallContext, signal: AbortSignal, inspector?: BodyInspector): Call {
    return new Call(this, ctx, signal, inspector);
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}

export class Call {
  /** Why this call failed (set before its abort fires), or undefined. */
  failure: ProviderError | undefined;
  private readonly ac = new AbortController();
  private readonly overall: NodeJS.Timeout;
  private idle: NodeJS.Timeout | undefined;
  private bytes = 0;
  private finished = false;
  private chunkAt: number | undefined;
  /** The latest request's exchange (its `sentAt` starts the clock). */
  private exchange: Exchange | undefined;
  private readonly openedAt = performance.now();
  private readonly onCallerAbort = (): void => {
    this.fail(new ProviderAbortError(`${where(this.ctx)}: request aborted by the caller`));
  };

  constructor(
    private readonly transport: Transport,
    private readonly ctx: CallContext,
    private readonly signal: AbortSignal,
    private readonly inspector: BodyInspector | undefined,
  ) {
    const { timeoutMs } = transport.timeouts;
    this.overall = setTimeout(() => {
      this.fail(new TimeoutError(`${where(ctx)}: no complete answer within ${timeoutMs / 1000} s (timeout_s)`));
    }, timeoutMs);
    if (signal.aborted) this.onCallerAbort();
    else signal.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  /** Record why the call failed (first reason wins) and abort it. */
  fail(err: ProviderError): ProviderError {
    this.failure ??= err;
    this.ac.abort(this.failure);
    return this.failure;
  }

  /** Start the idle timer (call at the first token); every body chunk then restarts it. */
  armIdle(): void {
    if (this.idle !== undefined || this.failure !== undefined) return;
    const ms = this.transport.timeouts.idleTimeoutMs;
    this.idle = setTimeout(() => {
      this.fail(new TimeoutError(`${where(this.ctx)}: stream stalled, no bytes for ${ms / 1000} s (idle timeout)`));
    }, ms);
  }

  /** Stop timers and release the connection if the body was not read to its end. */
  dispose(): void {
    clearTimeout(this.overall);
    if (this.idle !== undefined) clearTimeout(this.idle);
    this.signal.removeEventListener('abort', this.onCallerAbort);
    if (!this.finished) this.ac.abort(new StreamError('call disposed'));
  }

  /**
   * The one request path (no WHATWG streams, no Response objects): POST `body` straight through the
   * agent's dispatcher and return the response body's chunks, under the same timers,
   * inspection and error classes. A non-2xx status throws the classified error;
   * the chunks must be read to the end or the call disposed. Each chunk's arrival time is
   * stamped as it comes off the socket (`lastChunkAt`), and the chunks are handed on in the
   * next turn of the loop (./turns.ts), so responses that arrive together are all stamped before any is parsed.
   */
  async post(rawUrl: string, headers: Record<string, string>, body: string): Promise<{ headers: Record<string, string | string[] | undefined>; chunks: AsyncGenerator<Buffer> }> {
    return this.send('POST', rawUrl, headers, body);
  }

  /** The same path for any method (the batch APIs GET their status and result files). */
  async send(method: 'GET' | 'POST', rawUrl: string, headers: Record<string, string>, body?: string): Promise<{ headers: Record<string, string | string[] | undefined>; chunks: AsyncGenerator<Buffer> }> {
    const moved = moveCredentials(rawUrl, headers);
    const sendHeaders = moved.headers;
    const url = new URL(moved.url);
    const ex = new Exchange(this.ac.signal);
    this.exchange = ex;
    try {
      this.transport.agent.dispatch({ origin: url.origin, path: url.pathname + url.search, method, headers: sendHeaders, ...(body !== undefined && { body }) }, ex);
      await ex.started;
    } catch (err) {
      throw this.failure ?? this.fail(networkError(err, this.ctx));
    }
    if (ex.status < 200 || ex.status >= 300) {
      const text = await ex.text(ERROR_BODY_LIMIT).catch(() => '');
      this.finished = true;
      throw this.failure ?? this.fail(httpError(ex.status, ex.headers, text, this.ctx));
    }
    return { headers: ex.headers, chunks: this.chunks(ex) };
  }

  /** performance.now() when the latest chunk handed out (or the end) came off the socket. */
  get lastChunkAt(): number | undefined {
    return this.chunkAt;
  }

  /**
   * performance.now() when the request was handed to its connection, i.e. written to the socket
   * (the `Exchange` stamps it in undici's callback that writes it): after any wait for a free
   * pooled connection and after connecting, so neither is latency. Before that (or if the request
   * never reached a connection): when the call was opened.
   */
  get sentAt(): number {
    return this.exchange?.sentAt ?? this.openedAt;
  }

  /**
   * The one clock of every HTTP provider: ms from the request written to its connection
   * (`sentAt`) to the latest chunk handed out coming off the socket (`lastChunkAt`) — the first
   * token's chunk for TTFT, the end of the body for latency (after the body is read to its end).
   * Both stamps are taken in undici's socket callbacks, before bench parses, scores or records.
   */
  elapsedMs(): number {
    return (this.chunkAt ?? performance.now()) - this.sentAt;
  }

  private async *chunks(ex: Exchange): AsyncGenerator<Buffer> {
    try {
      for (;;) {
        let r: { chunk: Buffer | null; at: number };
        try {
          r = await ex.next();
        } catch (err) {
          throw this.failure ?? this.fail(bodyError(err, this.bytes, this.ctx));
        }
        this.chunkAt = r.at;
        if (r.chunk === null) {
          this.inspect(null);
          this.finished = true;
          return;
        }
        this.bytes += r.chunk.byteLength;
        this.idle?.refresh();
        this.inspect(r.chunk);
        yield r.chunk;
      }
    } finally {
      if (!this.finished) ex.abort(new StreamError('call disposed'));
    }
  }

  /** Pass one chunk (null: the end) to the inspector; its complaint fails the call. */
  private inspect(chunk: Buffer | null): void {
    try {
      if (chunk === null) this.inspector?.end();
      else this.inspector?.chunk(chunk);
    } catch (err) {
      throw this.fail(asProviderError(err, this.ctx));
    }
  }
}

/**
 * undici refuses URLs with credentials (`http://user:pw@host`, common in front of Ollama):
 * move them to a Basic Authorization header unless the request already carries a real one.
 */
function moveCredentials(raw: string, headers: Record<string, string>): { url: string; headers: Record<string, string> } {
  if (!raw.includes('@')) return { url: raw, headers };
  const u = new URL(raw);
  if (u.username === '' && u.password === '') return { url: raw, headers };
  const basic = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64');
  u.username = '';
  u.password = '';
  const out: Record<string, string> = {};
  let current: string | undefined;
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === 'authorization') current = v;
    else out[k] = v;
  }
  out.authorization = current === undefined || current === 'Bearer none' ? `Basic ${basic}` : current;
  return { url: u.href, headers: out };
}

function asProviderError(err: unknown, ctx: CallContext): ProviderError {
  if (err instanceof ProviderError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  return new StreamError(`${where(ctx)}: ${redact(msg)}`, { cause: err });
}
