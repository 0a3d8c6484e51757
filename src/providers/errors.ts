/**
 * @module providers/errors — one class per failure kind, chosen by the provider,
 * read by the runner's retry policy (never by matching message text).
 *
 * Messages name the endpoint and model, never the key.
 */
export type ErrorKind =
  | 'rate_limit'
  | 'quota'
  | 'server'
  | 'timeout'
  | 'connection'
  | 'bad_request'
  | 'not_found'
  | 'auth'
  | 'stream'
  | 'truncated_prompt'
  | 'protocol'
  | 'aborted'
  | 'batch';

export abstract class ProviderError extends Error {
  abstract readonly kind: ErrorKind;
  /** HTTP status when there was one. */
  readonly status: number | undefined;
  /** Server-requested wait before retrying, ms (from retry-after / retry-after-ms). */
  readonly retryAfterMs: number | undefined;
  /** [replicas] The replica (URL without credentials) the request went to, when the model has several. */
  replica: string | undefined;

  constructor(message: string, opts: { status?: number; retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
    this.name = new.target.name;
  }
}

/** 429 (not quota): retry after the server's Retry-After, else backoff. */
export class RateLimitError extends ProviderError { readonly kind = 'rate_limit' as const; }
/** 429 with `insufficient_quota` (or 402): stop this model, no retry storm. */
export class QuotaError extends ProviderError { readonly kind = 'quota' as const; }
/** 408/409/5xx: retry with backoff. */
export class ServerError extends ProviderError { readonly kind = 'server' as const; }
/** bench's own connect/idle/overall timeout fired: retry. */
export class TimeoutError extends ProviderError { readonly kind = 'timeout' as const; }
/** Refused, reset, DNS…: retry. */
export class ConnectionError extends ProviderError { readonly kind = 'connection' as const; }
/** Stream cut before its final marker, malformed chunk: retry from scratch. */
export class StreamError extends ProviderError { readonly kind = 'stream' as const; }
/**
 * HTTP 200 but no answer in it: no choice (`choices: []`), an HTML page from a proxy or a login
 * wall, a body that is neither an event stream nor JSON. Retried; never scored, never cached.
 */
export class ProtocolError extends ProviderError { readonly kind = 'protocol' as const; }
/** 400/422: the request itself is wrong (e.g. context length). Not retried; an item error. */
export class BadRequestError extends ProviderError { readonly kind = 'bad_request' as const; }
/** 404: model not found. Not retried; an item error. */
export class NotFoundError extends ProviderError { readonly kind = 'not_found' as const; }
/** 401/403: stop this model at once, naming the key's variable. */
export class AuthError extends ProviderError { readonly kind = 'auth' as const; }
/** The endpoint silently cut the prompt (Ollama's num_ctx): an item error, not retried. */
export class TruncatedPromptError extends ProviderError { readonly kind = 'truncated_prompt' as const; }
/** The caller's signal aborted the request (Ctrl-C): not an item error, the job is simply not done. */
export class ProviderAbortError extends ProviderError { readonly kind = 'aborted' as const; }
/**
 * [batch] The batch ended (expired, cancelled, failed) before this request ran, or the batch API
 * returned no result for it: an item error, re-submitted by `--resume` in a new batch.
 */
export class BatchItemError extends ProviderError { readonly kind = 'batch' as const; }
