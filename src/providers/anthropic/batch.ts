/**
 * @module providers/anthropic/batch — Anthropic's Message Batches API: `POST /v1/messages/batches`
 * with `requests: [{ custom_id, params }]` (params: the Messages API body, not streamed), its
 * `processing_status` read with `GET /v1/messages/batches/{id}` (in_progress, canceling,
 * ended), then the JSONL at its `results_url`, one `{ custom_id, result }` a line:
 * `succeeded` (a whole Message, read as the stream is: thinking never the answer, stop
 * reasons mapped, usage as billed), `errored` (an error of the API's own table, classified as
 * its HTTP status), `canceled` or `expired` (a BatchItemError).
 *
 * The key goes only to the configured endpoint: a `results_url` on another origin is not
 * followed; the documented `…/batches/{id}/results` of the configured endpoint is read instead.
 */
import { BatchItemError, ProtocolError, type ProviderError } from '../errors.js';
import { httpError, where, type CallContext } from '../http/classify.js';
import { endpointUrl } from '../http/endpoint-url.js';
import type { Transport } from '../http/transport.js';
import type { Completion, CompletionRequest } from '../types.js';
import type { BatchApi, BatchPoll, BatchRequest } from '../batch/types.js';
import { jsonLines, requestJson, requestText } from '../batch/http.js';
import { messageResult, statusOfErrorType, type MessageJson } from './wire.js';

/** A Message Batch as the API documents it (the fields bench reads). */
interface MessageBatch {
  id: string;
  processing_status: 'in_progress' | 'canceling' | 'ended';
  request_counts: { processing: number; succeeded: number; errored: number; canceled: number; expired: number };
  results_url: string | null;
}

/** One line of a batch's results. */
interface MessageBatchIndividualResponse {
  custom_id: string;
  result:
    | { type: 'succeeded'; message: MessageJson }
    | { type: 'errored'; error: { type: 'error'; error: { type?: string; message?: string } } }
    | { type: 'canceled' }
    | { type: 'expired' };
}

export class AnthropicBatch implements BatchApi {
  /** Anthropic's limits per Message Batch: 100,000 requests, 256 MB (counted in decimal megabytes, the stricter reading). */
  maxRequests = 100_000;
  maxBytes = 256_000_000;
  /** The body is `{"requests":[` + the requests, comma-separated + `]}`. */
  readonly overhead = { perRequest: 1, fixed: 15 };
  private readonly batchesUrl: string;

  constructor(
    private readonly ctx: CallContext,
    private readonly transport: Transport,
    /** The provider's request headers (x-api-key, anthropic-version, configured headers). */
    private readonly headers: Record<string, string>,
    /** The Messages URL (`…/v1/messages`). */
    messagesUrl: string,
    /** A request's Messages API body without `stream`, as the provider builds it. */
    private readonly params: (request: CompletionRequest) => Record<string, unknown>,
  ) {
    this.batchesUrl = endpointUrl(messagesUrl, 'batches');
  }

  encode(r: BatchRequest): string {
    return JSON.stringify({ custom_id: r.customId, params: this.params(r.request) });
  }

  async submit(encoded: string[], signal: AbortSignal): Promise<{ id: string; handles: Record<string, string> }> {
    const body = `{"requests":[${encoded.join(',')}]}`;
    const created = await requestJson<Partial<MessageBatch>>(this.transport, this.ctx, signal, 'POST', this.batchesUrl, this.jsonHeaders(true), body);
    if (typeof created.id !== 'string') throw new ProtocolError(`${where(this.ctx)}: the message batch was created without an id`);
    return { id: created.id, handles: {} };
  }

  async poll(id: string, signal: AbortSignal): Promise<BatchPoll> {
    const b = await requestJson<Partial<MessageBatch>>(this.transport, this.ctx, signal, 'GET', endpointUrl(this.batchesUrl, encodeURIComponent(id)), this.jsonHeaders(false));
    const status = String(b.processing_status ?? 'unknown');
    const c = b.request_counts;
    const failed = (c?.errored ?? 0) + (c?.canceled ?? 0) + (c?.expired ?? 0);
    const done = (c?.succeeded ?? 0) + failed;
    const counts = { done, failed, total: done + (c?.processing ?? 0) };
    const results = typeof b.results_url === 'string' ? this.resultsUrl(id, b.results_url) : endpointUrl(this.batchesUrl, `${encodeURIComponent(id)}/results`);
    if (status !== 'ended') return { status, phase: 'running', counts, handles: {} };
    return { status, phase: 'ended', counts, handles: { results_url: results } };
  }

  async results(poll: BatchPoll, signal: AbortSignal): Promise<Map<string, Completion | ProviderError>> {
    const out = new Map<string, Completion | ProviderError>();
    const url = poll.handles.results_url;
    if (url === undefined) return out;
    const text = await requestText(this.transport, this.ctx, signal, 'GET', url, this.jsonHeaders(false));
    for (const line of jsonLines(text, this.ctx, 'batch results') as Array<Partial<MessageBatchIndividualResponse>>) {
      if (typeof line?.custom_id === 'string') out.set(line.custom_id, this.result(line.result));
    }
    return out;
  }

  private result(result: Partial<MessageBatchIndividualResponse>['result']): Completion | ProviderError {
    switch (result?.type) {
      case 'succeeded':
        return { ...messageResult(result.message), ttftMs: null, decodeMs: null, latencyMs: 0, batch: true };
      case 'errored': {
        return httpError(statusOfErrorType(result.error?.error?.type), {}, JSON.stringify(result.error ?? {}), this.ctx);
      }
      default:
        return new BatchItemError(`${where(this.ctx)}: batch request not run: ${String(result?.type ?? 'no result')}`);
    }
  }

  /** The results URL when it is on the configured endpoint's origin, else the endpoint's own (the key never goes elsewhere). */
  private resultsUrl(id: string, given: string): string {
    try {
      if (new URL(given).origin === new URL(this.batchesUrl).origin) return given;
    } catch {
      /* below */
    }
    return endpointUrl(this.batchesUrl, `${encodeURIComponent(id)}/results`);
  }

  private jsonHeaders(body: boolean): Record<string, string> {
    const h: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.headers)) if (k.toLowerCase() !== 'content-type' && k.toLowerCase() !== 'accept') h[k] = v;
    h.accept = 'application/json';
    if (body) h['content-type'] = 'application/json';
    return h;
  }
}
