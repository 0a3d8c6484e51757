/**
 * @module providers/openai/batch — OpenAI's Batch API (and the OpenAI-compatible endpoints that
 * implement it, Azure OpenAI's included): the requests as one JSONL file uploaded to `/files`
 * (purpose `batch`), a batch created on `/batches` (completion window 24h), its status read
 * with `GET /batches/{id}` (validating → in_progress → finalizing → completed; or failed,
 * expired, cancelling → cancelled), then its output and error files read from
 * `/files/{id}/content` and matched to the requests by `custom_id`.
 *
 * A result line's `response.body` is a whole `chat.completion`, read by `./body.ts` exactly as a
 * non-streamed answer is (refusals, tool calls, reasoning tokens); a `response.status_code`
 * ≥ 400 is classified as that HTTP status would be; an `error` (`batch_expired`,
 * `batch_cancelled`, `request_timeout`) is a BatchItemError.
 */
import type { Batch } from 'openai/resources/batches';
import type { FileObject } from 'openai/resources/files';
import { BatchItemError, ProtocolError, type ProviderError } from '../errors.js';
import { httpError, where, type CallContext } from '../http/classify.js';
import { endpointUrl } from '../http/endpoint-url.js';
import type { Transport } from '../http/transport.js';
import type { Completion, CompletionRequest } from '../types.js';
import type { BatchApi, BatchPoll, BatchRequest } from '../batch/types.js';
import { jsonLines, requestJson, requestText } from '../batch/http.js';
import { parseWhole, wholeResult } from './body.js';
import { redact } from '../../secrets.js';

/** Where an endpoint's batch API lives. */
export interface OpenAIBatchUrls {
  /** `…/files` */
  files: string;
  /** `…/batches` */
  batches: string;
  /** The `url` of each JSONL line and the batch's `endpoint`: `/v1/chat/completions` (Azure's classic API: `/chat/completions`). */
  endpoint: string;
}

/** One line of a batch's output or error file. */
interface OutputLine {
  custom_id?: unknown;
  response?: { status_code?: unknown; body?: unknown } | null;
  error?: { code?: unknown; message?: unknown } | null;
}

const RUNNING = new Set(['validating', 'in_progress', 'finalizing', 'cancelling']);

export class OpenAIBatch implements BatchApi {
  /** OpenAI's limits per input file: 50,000 requests, 200 MB (counted in decimal megabytes, the stricter reading). */
  maxRequests = 50_000;
  maxBytes = 200_000_000;
  /** The file is the lines, each ended by a newline. */
  readonly overhead = { perRequest: 1, fixed: 0 };

  constructor(
    private readonly ctx: CallContext,
    private readonly transport: Transport,
    /** The provider's request headers (key included). */
    private readonly headers: Record<string, string>,
    private readonly urls: OpenAIBatchUrls,
    /** The chat-completions body of a request, as the provider builds it (not streamed). */
    private readonly body: (request: CompletionRequest) => Record<string, unknown>,
  ) {}

  encode(r: BatchRequest): string {
    return JSON.stringify({ custom_id: r.customId, method: 'POST', url: this.urls.endpoint, body: this.body(r.request) });
  }

  async submit(encoded: string[], signal: AbortSignal, saveHandles?: (handles: Record<string, string>) => Promise<void>): Promise<{ id: string; handles: Record<string, string> }> {
    const jsonl = encoded.join('\n') + '\n';
    const boundary = `bench-batch-${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
    const form = [
      `--${boundary}`, 'Content-Disposition: form-data; name="purpose"', '', 'batch',
      `--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="bench-batch.jsonl"', 'Content-Type: application/jsonl', '', jsonl,
      `--${boundary}--`, '',
    ].join('\r\n');
    const upload = await requestJson<Partial<FileObject>>(this.transport, this.ctx, signal, 'POST', this.urls.files, this.jsonHeaders(`multipart/form-data; boundary=${boundary}`), form);
    if (typeof upload.id !== 'string') throw new ProtocolError(`${where(this.ctx)}: the file upload answered without an id`);
    await saveHandles?.({ input_file_id: upload.id });
    const created = await requestJson<Partial<Batch>>(this.transport, this.ctx, signal, 'POST', this.urls.batches, this.jsonHeaders('application/json'),
      JSON.stringify({ input_file_id: upload.id, endpoint: this.urls.endpoint, completion_window: '24h' }));
    if (typeof created.id !== 'string') throw new ProtocolError(`${where(this.ctx)}: the batch was created without an id`);
    return { id: created.id, handles: { input_file_id: upload.id } };
  }

  /** The batch made from this input file, among the latest 100 (`GET /batches?limit=100`), or null. */
  async find(handles: Record<string, string>, signal: AbortSignal): Promise<string | null> {
    const file = handles.input_file_id;
    if (file === undefined) return null;
    const url = new URL(this.urls.batches);
    url.searchParams.set('limit', '100');
    const list = await requestJson<{ data?: Array<Partial<Batch>> }>(this.transport, this.ctx, signal, 'GET', url.href, this.jsonHeaders());
    const found = (list.data ?? []).find((b) => b.input_file_id === file && typeof b.id === 'string');
    return found?.id ?? null;
  }

  async poll(id: string, signal: AbortSignal): Promise<BatchPoll> {
    const b = await requestJson<Partial<Batch>>(this.transport, this.ctx, signal, 'GET', endpointUrl(this.urls.batches, encodeURIComponent(id)), this.jsonHeaders());
    const status = String(b.status ?? 'unknown');
    const c = b.request_counts;
    const counts = { done: (c?.completed ?? 0) + (c?.failed ?? 0), failed: c?.failed ?? 0, total: c?.total ?? 0 };
    const handles: Record<string, string> = {};
    if (typeof b.output_file_id === 'string') handles.output_file_id = b.output_file_id;
    if (typeof b.error_file_id === 'string') handles.error_file_id = b.error_file_id;
    const errors = (b.errors?.data ?? []).map((e) => `${e.code ?? 'error'}${e.line != null ? ` (line ${e.line})` : ''}: ${e.message ?? ''}`).join('; ');
    if (RUNNING.has(status)) return { status, phase: 'running', counts, handles };
    if (status === 'failed') return { status, phase: 'failed', counts, handles, reason: redact(errors || 'the batch failed') };
    // completed, expired, cancelled: what ran has results; the rest is missing from both files.
    return { status, phase: 'ended', counts, handles, ...(status !== 'completed' && { reason: `the batch ${status}` }) };
  }

  async results(poll: BatchPoll, signal: AbortSignal): Promise<Map<string, Completion | ProviderError>> {
    const out = new Map<string, Completion | ProviderError>();
    for (const key of ['output_file_id', 'error_file_id']) {
      const fileId = poll.handles[key];
      if (fileId === undefined) continue;
      const text = await requestText(this.transport, this.ctx, signal, 'GET', endpointUrl(this.urls.files, `${encodeURIComponent(fileId)}/content`), this.jsonHeaders());
      for (const line of jsonLines(text, this.ctx, `batch ${key.replace('_id', '')}`) as OutputLine[]) {
        if (typeof line?.custom_id === 'string') out.set(line.custom_id, this.result(line));
      }
    }
    return out;
  }

  /** One output or error line → the Completion the streamed path would have given, or its error. */
  private result(line: OutputLine): Completion | ProviderError {
    const status = Number(line.response?.status_code);
    if (line.response && status >= 200 && status < 300) {
      const answer = parseWhole(JSON.stringify(line.response.body ?? null), where(this.ctx), 'application/json');
      if (answer.error) return httpError(Number(answer.error.code ?? answer.error.status) || 500, {}, JSON.stringify({ error: answer.error }), this.ctx);
      if (!answer.hasChoice) return new ProtocolError(`${where(this.ctx)}: batch result without an answer: no choice in the response (choices: [])`);
      return { ...wholeResult(answer), ttftMs: null, decodeMs: null, latencyMs: 0, batch: true };
    }
    if (line.response && status >= 400) return httpError(status, {}, JSON.stringify(line.response.body ?? {}), this.ctx);
    const e = line.error ?? {};
    return new BatchItemError(`${where(this.ctx)}: batch request not run: ${redact(String(e.code ?? 'error'))}: ${redact(String(e.message ?? 'no message'))}`);
  }

  private jsonHeaders(contentType?: string): Record<string, string> {
    const h: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.headers)) if (k.toLowerCase() !== 'content-type' && k.toLowerCase() !== 'accept') h[k] = v;
    h.accept = 'application/json';
    if (contentType !== undefined) h['content-type'] = contentType;
    return h;
  }
}
