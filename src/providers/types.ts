/**
 * @module providers/types — one interface for every model protocol.
 *
 * A provider turns a chat request into a completion. It measures its own
 * timings: the HTTP providers from the moment the request is written to its
 * connection (`Call.elapsedMs` in ./http/transport.ts: no wait in the runner's
 * queue or for a pooled connection is latency), gguf from when the model starts
 * on the request. It classifies
 * its failures into the typed errors of `./errors.ts`, and never retries:
 * retrying is the runner's job (src/runner/retry.ts).
 */
import type { ChatMessage } from '../suites/types.js';
import type { GenParams, ModelSpec } from '../config/types.js';
import type { BatchApi } from './batch/types.js';

export interface CompletionRequest {
  messages: ChatMessage[];
  params: GenParams;
  /** Sample index (0-based) when several completions are drawn per item. */
  sample: number;
}

export interface Completion {
  text: string;
  /** Prompt tokens as the endpoint counted them (null when it does not say). */
  inputTokens: number | null;
  /** Billed output tokens, reasoning included. */
  outputTokens: number | null;
  /** Of the output, tokens spent reasoning, when the endpoint says (never part of `text`). */
  reasoningTokens?: number | null;
  /** Time to first content token, ms from the request written to its connection (null when not streamed). */
  ttftMs: number | null;
  /**
   * Time from the first to the last generated token (any kind: text or reasoning), ms; 0 when
   * they all arrived at once; null when not streamed. The decode rate is
   * (outputTokens − 1) / decodeMs, and only where decodeMs > 0 and at least two tokens came.
   */
  decodeMs?: number | null;
  /** The request's time on the wire: written to its connection → last byte of the answer off the socket, ms. */
  latencyMs: number;
  /** `stop`, `length`, `repetition` (stopped for looping), … as the endpoint or bench says. */
  finishReason: string | null;
  /** [replicas] The replica that answered (URL without credentials), when the model has several. */
  replica?: string;
  /** [batch] Answered through the provider's batch API: no latency or TTFT was measured (`latencyMs` is 0 and means nothing). */
  batch?: boolean;
}

/** Likelihood scoring: the log-likelihood of each continuation after the context (lm-evaluation-harness's `loglikelihood`). */
export interface LikelihoodRequest {
  /** The text before every continuation. */
  context: string;
  /** One continuation per option, e.g. `" Paris"`. */
  continuations: string[];
}

export interface LikelihoodResult {
  /** Per continuation, in order: the sum of its tokens' log-probabilities (natural log) and its token count. */
  options: Array<{ logprob: number; tokens: number }>;
  /** Tokens evaluated (contexts included), when known. */
  inputTokens: number | null;
  /** ms from the call (the model's own work: queue time excluded, as for `complete`). */
  latencyMs: number;
}

export interface Provider {
  readonly spec: ModelSpec;
  /**
   * Log-likelihood of each continuation, tokenizing context + continuation together and scoring only
   * the continuation's tokens. Absent when the protocol cannot give the log-probabilities of a prompt.
   */
  loglikelihood?(request: LikelihoodRequest, signal: AbortSignal): Promise<LikelihoodResult>;
  /** Why `loglikelihood` cannot work for this endpoint (said before any request), or null. */
  likelihoodProblem?(): string | null;
  /** Throws a ProviderError subclass on failure; honours `signal` (AbortError-like ProviderAbortError). */
  complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion>;
  /** [batch] The provider's batch API (`bench run --batch`); absent when the protocol has none. */
  readonly batch?: BatchApi;
  /** Release sockets, loaded weights… */
  close?(): Promise<void>;
}

