/**
 * @module providers/anthropic — Anthropic's Messages API, natively: top-level `system`, the
 * required `max_tokens`, `x-api-key` and `anthropic-version` headers, streamed events.
 *
 * Same transport as the OpenAI provider (undici's dispatcher on the lean path, bench's own
 * timeouts and error classes) and the same SSE decoder; the events are folded here:
 * `message_start` gives the input tokens, `text_delta`s the answer, `thinking_delta`s the
 * extended thinking (timed, never part of the answer), `message_delta` the stop reason and
 * the final output tokens (thinking included: Anthropic bills it as output), `message_stop`
 * the end. An `error` event mid-stream is classified like the HTTP status its type stands
 * for (`overloaded_error` → 529, retried). A stream without `message_stop` was cut short.
 */
import { TokenClock } from '../token-clock.js';
import type { ModelSpec } from '../../config/types.js';
import type { Completion, CompletionRequest, Provider } from '../types.js';
import { BadRequestError, ProviderError, StreamError } from '../errors.js';
import { httpError, publicEndpoint, where, type CallContext } from '../http/classify.js';
import { SseDecoder, type SseEvent } from '../openai/sse.js';
import { redact, registerSecret, registerUrlSecrets } from '../../secrets.js';
import { Transport, timeoutsFor, type Call } from '../http/transport.js';
import { mergedParams, type ProviderOptions } from '../options.js';
import { endpointUrl } from '../http/endpoint-url.js';
import { requestHeaders } from '../http/headers.js';
import { BENCH_VERSION } from '../../version.js';
import { ANTHROPIC_DEFAULT_BASE_URL, ANTHROPIC_VERSION, finishReason, messagesBody, statusOfErrorType, tokensOfUsage, type MessagesBody, type StreamEvent, type Usage } from './wire.js';
import { AnthropicBatch } from './batch.js';

interface StreamState {
  text: string;
  ttftMs: number | null;
  clock: TokenClock;
  finishReason: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  /** Characters of extended thinking seen (never scored). */
  thinkingChars: number;
  stopped: boolean;
}

/** An `error` event in the stream. */
class ErrorEvent extends Error {
  constructor(readonly data: { error?: { type?: string; message?: string } }) {
    super(data.error?.message ?? JSON.stringify(data));
  }
}

/** `https://api.anthropic.com` → `…/v1/messages`; a base_url already ending in /v1 gets `/messages`. */
export function messagesUrl(baseUrl: string): string {
  return endpointUrl(baseUrl, /\/v1\/?$/.test(new URL(baseUrl).pathname) ? 'messages' : 'v1/messages');
}

export class AnthropicProvider implements Provider {
  readonly spec: ModelSpec;
  private readonly transport: Transport;
  private readonly ctx: CallContext;
  private readonly url: string;
  private readonly headers: Record<string, string>;
  readonly batch: AnthropicBatch;

  constructor(spec: ModelSpec, private readonly options: ProviderOptions = {}) {
    this.spec = spec;
    const base = spec.base_url ?? ANTHROPIC_DEFAULT_BASE_URL;
    this.url = messagesUrl(base);
    this.headers = requestHeaders({
      accept: 'text/event-stream',
      'content-type': 'application/json',
      'user-agent': `bench/${BENCH_VERSION}`,
      'anthropic-version': ANTHROPIC_VERSION,
      ...(spec.api_key === undefined ? {} : { 'x-api-key': spec.api_key }),
    }, spec.headers);
    this.transport = new Transport(timeoutsFor(spec, options.timeouts), options.connections);
    this.ctx = {
      provider: 'anthropic',
      endpoint: publicEndpoint(base),
      model: spec.model,
      apiKeyEnv: spec.api_key_env,
    };
    registerSecret(spec.api_key);
    registerUrlSecrets(base);
    for (const value of Object.values(spec.headers ?? {})) registerSecret(value);
    this.batch = new AnthropicBatch(this.ctx, this.transport, this.headers, this.url, (r) => {
      const { stream: _stream, ...params } = this.body(r);
      return params;
    });
  }

  async complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    const body = JSON.stringify(this.body(request));
    const call = this.transport.open(this.ctx, signal);
    const st: StreamState = { text: '', ttftMs: null, clock: new TokenClock(), finishReason: null, inputTokens: null, outputTokens: null, thinkingChars: 0, stopped: false };
    try {
      await this.stream(call, body, st);
    } catch (err) {
      throw call.failure ?? this.classify(err);
    } finally {
      call.dispose();
    }
    if (call.failure !== undefined) throw call.failure;
    if (!st.stopped) throw new StreamError(`${where(this.ctx)}: stream ended without message_stop (cut short)`);
    const { text, ttftMs, finishReason: finish, inputTokens, outputTokens } = st;
    return { text, ttftMs, decodeMs: st.clock.decodeMs, finishReason: finish, inputTokens, outputTokens, latencyMs: call.elapsedMs() };
  }

  /** The Messages API body of a request (streamed; the batch path drops `stream`). */
  private body(request: CompletionRequest): MessagesBody {
    const params = mergedParams(this.spec, request.params, request.sample);
    const maxTokens = params.max_tokens;
    if (typeof maxTokens !== 'number') {
      throw new BadRequestError(`${where(this.ctx)}: the Messages API requires max_tokens: set params.max_tokens for model ${this.spec.id}`);
    }
    return messagesBody(this.spec.model, request.messages, params, maxTokens);
  }

  async close(): Promise<void> {
    await this.transport.close();
  }

  private async stream(call: Call, body: string, st: StreamState): Promise<void> {
    const { chunks } = await call.post(this.url, this.headers, body);
    const decoder = new SseDecoder();
    const events: SseEvent[] = [];
    const fold = (): void => {
      for (const ev of events) if (!st.stopped) this.onEvent(JSON.parse(ev.data) as StreamEvent, st, call);
      events.length = 0;
    };
    for await (const bytes of chunks) {
      decoder.push(bytes, events);
      fold();
    }
    decoder.push(null, events);
    fold();
  }

  private onEvent(ev: StreamEvent, st: StreamState, call: Call): void {
    switch (ev.type) {
      case 'message_start':
        this.usage(ev.message.usage, st);
        return;
      case 'content_block_delta': {
        const piece = ev.delta.type === 'text_delta' ? ev.delta.text : ev.delta.type === 'thinking_delta' ? ev.delta.thinking : undefined;
        if (!piece) return;
        st.clock.mark(call.lastChunkAt ?? performance.now());
        if (st.ttftMs === null) {
          st.ttftMs = call.elapsedMs();
          call.armIdle();
        }
        if (ev.delta.type === 'text_delta') st.text += piece;
        else st.thinkingChars += piece.length;
        return;
      }
      case 'message_delta':
        this.usage(ev.usage, st);
        if (ev.delta.stop_reason !== undefined) st.finishReason = finishReason(ev.delta.stop_reason);
        return;
      case 'message_stop':
        st.stopped = true;
        return;
      case 'error':
        throw new ErrorEvent(ev);
      default:
        return; // ping, content_block_start/stop, and event types added later
    }
  }

  /** Usage is cumulative: a later event's figures replace earlier ones. Cached prompt tokens are input too. */
  private usage(u: Usage | undefined, st: StreamState): void {
    const t = tokensOfUsage(u);
    if (t.input !== null) st.inputTokens = t.input;
    if (t.output !== null) st.outputTokens = t.output;
  }

  private classify(err: unknown): ProviderError {
    if (err instanceof ProviderError) return err;
    if (err instanceof ErrorEvent) return httpError(statusOfErrorType(err.data.error?.type), {}, JSON.stringify(err.data), this.ctx);
    const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return new StreamError(`${where(this.ctx)}: malformed stream (${redact(msg)})`, { cause: err });
  }
}

export function createAnthropicProvider(spec: ModelSpec, options: ProviderOptions = {}): Provider {
  return new AnthropicProvider(spec, options);
}
