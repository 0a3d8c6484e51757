/**
 * @module providers/batch/types — one interface for the providers' batch APIs (OpenAI's
 * `/v1/files` + `/v1/batches`, Anthropic's Message Batches).
 *
 * A batch is submitted once, polled until it ends, and its results read back per request by
 * the `custom_id` bench gave it. Each result is the provider's ordinary Completion (the same
 * response → result mapping as its streaming path, so scoring, refusals and truncation read
 * it the same way) or a ProviderError (an errored, expired or cancelled request: an error
 * record, never a wrong answer). Nothing here retries or writes files: the runner's batch
 * path (src/runner/batch.ts) does, and saves the batch id before its first poll.
 */
import type { Completion, CompletionRequest } from '../types.js';
import type { ProviderError } from '../errors.js';

export interface BatchRequest {
  /** bench's id for the request: letters, digits, `_` and `-` (Anthropic's rule), unique in its batch. */
  customId: string;
  request: CompletionRequest;
}

/** What one poll says. */
export interface BatchPoll {
  /** The provider's own word: `validating`, `in_progress`, `finalizing`, `completed`, `ended`… */
  status: string;
  /** `running`: poll again; `ended`: results can be read; `failed`: the whole batch failed (no results). */
  phase: 'running' | 'ended' | 'failed';
  /** Requests finished (succeeded or not), failed, and in the batch, as the provider counts them. */
  counts: { done: number; failed: number; total: number };
  /** Why the batch failed or ended early (`expired`, validation errors), when it says. */
  reason?: string;
  /** Where the results are (file ids, a results URL): handed back to `results`. */
  handles: Record<string, string>;
}

export interface BatchApi {
  /** The most requests one batch may hold (OpenAI: 50,000; Anthropic: 100,000): more jobs go in several batches. */
  readonly maxRequests: number;
  /**
   * The most bytes one batch may hold, as the provider counts them (OpenAI: the JSONL input
   * file, 200 MB; Anthropic: the request body, 256 MB): the runner splits by size too, and a
   * request that alone passes it is an error record for its item.
   */
  readonly maxBytes: number;
  /** Bytes a batch takes beyond its encoded requests: per request (a newline, a comma) and once (a JSON envelope). */
  readonly overhead: { perRequest: number; fixed: number };
  /** One request as it goes in a batch (a JSONL line; an element of `requests`): sized by the runner, then handed to `submit`. */
  encode(request: BatchRequest): string;
  /** Sends the encoded requests as one batch; resolves with its id and any ids needed later (input file…), handing those to `saveHandles` as soon as they exist. */
  submit(encoded: string[], signal: AbortSignal, saveHandles?: (handles: Record<string, string>) => Promise<void>): Promise<{ id: string; handles: Record<string, string> }>;
  /**
   * The id of a batch created from what `saveHandles` was given (OpenAI: the batch whose
   * `input_file_id` it is), or null when there is none: how a submission cut short (a kill, a
   * timeout) is told apart from one the provider accepted. Absent when the API cannot say.
   */
  find?(handles: Record<string, string>, signal: AbortSignal): Promise<string | null>;
  poll(id: string, signal: AbortSignal): Promise<BatchPoll>;
  /**
   * The results of an ended (or expired, cancelled) batch, by custom_id. A request missing
   * from the map has no result (the batch expired before it ran): the runner records it as such.
   */
  results(poll: BatchPoll, signal: AbortSignal): Promise<Map<string, Completion | ProviderError>>;
}
