/**
 * @module providers/http/classify — turns HTTP statuses, socket errors and server messages
 * into the typed errors of `./errors.ts`, with messages that name endpoint and model
 * and never the key (the key and URL credentials are registered with `src/secrets.ts`).
 */
import { redact } from '../../secrets.js';
import {
  AuthError,
  BadRequestError,
  ConnectionError,
  NotFoundError,
  ProviderError,
  QuotaError,
  RateLimitError,
  ServerError,
  StreamError,
  TimeoutError,
} from '../errors.js';
import { parseRetryAfter, type HeaderSource } from './retry-after.js';
import { refusedParam } from './refused-param.js';

/** Who we were talking to, for messages. Anything the server says passes through `redact`. */
export interface CallContext {
  provider: string;
  /** base URL without credentials, query or fragment. */
  endpoint: string;
  model: string;
  apiKeyEnv: string | undefined;
}

/** `http://user:pw@host:1/v1?x=1` → `http://host:1/v1`. Never throws. */
export function publicEndpoint(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '<invalid url>';
  }
}

export function where(ctx: CallContext): string {
  return `${ctx.provider} ${ctx.endpoint} model "${ctx.model}"`;
}

/** The server's own message from an error body: `{error:{message}}`, `{error:"…"}`, `{message}`, or the text. */
export function serverMessage(body: string): string {
  const text = body.trim();
  try {
    const j = JSON.parse(text) as unknown;
    if (j !== null && typeof j === 'object') {
      const o = j as Record<string, unknown>;
      const e = o.error;
      if (typeof e === 'string') return e;
      if (e !== null && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') {
        return (e as { message: string }).message;
      }
      if (typeof o.message === 'string') return o.message;
      if (typeof o.detail === 'string') return o.detail;
    }
  } catch {
    /* not JSON: use the text */
  }
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

function isQuota(body: string): boolean {
  return /insufficient_quota|exceeded your current quota/i.test(body);
}

/** An HTTP error response → the ProviderError the runner's policy reads. */
export function httpError(status: number, headers: HeaderSource, body: string, ctx: CallContext): ProviderError {
  const said = redact(serverMessage(body));
  const detail = said === '' ? '' : `: ${said}`;
  const head = `${where(ctx)}: HTTP ${status}`;
  const retryAfterMs = parseRetryAfter(headers);
  if (status === 402 || (status === 429 && isQuota(body))) {
    return new QuotaError(`${head} quota exhausted — check the account's plan and billing${detail}`, { status });
  }
  if (status === 429) {
    const opts = retryAfterMs === undefined ? { status } : { status, retryAfterMs };
    return new RateLimitError(`${head} rate limited${detail}`, opts);
  }
  if (status === 401 || status === 403) {
    const env = ctx.apiKeyEnv === undefined
      ? 'no api_key_env is configured for this model'
      : `check the key in the environment variable ${ctx.apiKeyEnv}`;
    return new AuthError(`${head} ${status === 401 ? 'unauthorized' : 'forbidden'} — ${env}${detail}`, { status });
  }
  if (status === 404) return new NotFoundError(`${head} not found (is the model name right?)${detail}`, { status });
  if (status === 408 || status === 409 || status >= 500) {
    const opts = retryAfterMs === undefined ? { status } : { status, retryAfterMs };
    return new ServerError(`${head}${detail}`, opts);
  }
  const param = refusedParam(body);
  const fix = param === undefined ? '' : ` — the endpoint refuses the parameter \`${param}\`: remove params.${param} (or params.extra.${param}) from this model in models.yaml`;
  return new BadRequestError(`${head} request rejected${detail}${fix}`, { status });
}

/** Walk an error's `cause` chain for a Node/undici `code`. */
function codeOf(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 5 && e !== null && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A failure before any response arrived (refused, reset, DNS, connect timeout). */
export function networkError(err: unknown, ctx: CallContext): ProviderError {
  const code = codeOf(err) ?? 'unknown';
  const msg = `${where(ctx)}: ${code}`;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return new TimeoutError(`${msg}: connect timed out`, { cause: err });
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return new TimeoutError(`${msg}: no response headers in time`, { cause: err });
  return new ConnectionError(`${msg}: connection failed (${redact(describe(err))})`, { cause: err });
}

/** A failure while reading the body after a 2xx (cut connection, body timeout). */
export function bodyError(err: unknown, bytes: number, ctx: CallContext): ProviderError {
  const code = codeOf(err);
  if (code === 'UND_ERR_BODY_TIMEOUT') return new TimeoutError(`${where(ctx)}: stream body timed out`, { cause: err });
  return new StreamError(`${where(ctx)}: stream cut after ${bytes} bytes (${redact(describe(err))})`, {
    cause: err,
  });
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return `${err.message}${cause}`;
}
