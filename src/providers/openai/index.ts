/**
 * @module providers/openai/index — any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM,
 * llama.cpp server, LM Studio, Ollama's /v1…), streamed with the usage chunk so
 * time-to-first-token and token counts are real.
 *
 * The request goes through bench's transport (`./transport.ts`: timeouts, stream-completeness
 * checks, error classes) on its lean path — undici's `request`, no WHATWG streams — and the
 * SSE is read by `./sse.ts` (`SseDecoder`) with the official openai-node client's semantics: events end
 * at a blank line, anything after `[DONE]` is ignored, a malformed JSON event is a stream
 * error and an `{"error": …}` event is classified like an HTTP error. Per request this costs a
 * fraction of building an openai-node client and its fetch/Response/ReadableStream layers,
 * which kept a fast local server from being the bottleneck.
 */
import type { ChatCompletionChunk, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { ModelSpec } from '../../config/types.js';
import type { Completion, CompletionRequest, LikelihoodRequest, LikelihoodResult, Provider } from '../types.js';
import { ProtocolError, ProviderError, ServerError, StreamError } from '../errors.js';
import { bodyKind, finishOf, headerText, notAnAnswer, parseWhole } from './body.js';
import { likelihoodBody, parseEchoResponse } from './likelihood.js';
import { httpError, publicEndpoint, where, type CallContext } from '../http/classify.js';
import { redact, registerSecret, registerUrlSecrets } from '../../secrets.js';
import { SseDecoder, type SseEvent } from './sse.js';
import { SseInspector } from '../http/inspectors.js';
import { RepetitionGuard } from '../repetition.js';
import { TokenClock } from '../token-clock.js';
import { Transport, timeoutsFor, type Call } from '../http/transport.js';
import { mergedParams, type ProviderOptions } from '../options.js';
import { endpointUrl } from '../http/endpoint-url.js';
import { requestHeaders } from '../http/headers.js';
import { paramsFor, tokensOf, type OpenAIUsage } from './reasoning.js';
import { BENCH_VERSION } from '../../version.js';
import { OpenAIBatch, type OpenAIBatchUrls } from './batch.js';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

interface StreamState {
  text: string;
  ttftMs: number | null;
  clock: TokenClock;
  finishReason: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  /** Some chunk carried a choice (a stream of `choices: []` only has no answer in it). */
  sawChoice: boolean;
  /** `delta.refusal` text (OpenAI's structured refusal). */
  refusal: string;
  /** `delta.tool_calls` seen. */
  toolCalls: boolean;
  /** The body was one JSON document, not a stream. */
  whole: boolean;
  reasoningTokens: number | null;
}

/** An `{"error": …}` event in the stream (what openai-node raises as an APIError). */
class ErrorFrame extends Error {
  constructor(
    readonly error: { message?: unknown; code?: unknown; status?: unknown },
    readonly headers: Record<string, string | string[] | undefined> = {},
  ) {
    const m = error.message;
    super(m ? (typeof m === 'string' ? m : JSON.stringify(m)) : JSON.stringify(error));
  }
}

/** Where and how an OpenAI-compatible provider talks: hosted OpenAI and Azure differ only here. */
export interface OpenAIWire {
  /** The provider's name in messages (`openai`, `azure-openai`). */
  provider: string;
  /** The configured base URL (for messages and secrets). */
  base: string;
  /** The chat-completions URL. */
  url: string;
  /** The key's header(s). */
  auth: Record<string, string>;
  /** [batch] Where its batch API lives (`bench run --batch`). */
  batch?: OpenAIBatchUrls;
}

/** OpenAI's own: `{base}/chat/completions` (a query string kept in place), a bearer token. */
export function openaiWire(spec: ModelSpec): OpenAIWire {
  const base = spec.base_url ?? OPENAI_DEFAULT_BASE_URL;
  // An explicit key value, so a foreign base_url never receives OPENAI_API_KEY by accident.
  return {
    provider: 'openai', base, url: endpointUrl(base, 'chat/completions'), auth: { authorization: `Bearer ${spec.api_key ?? 'none'}` },
    batch: { files: endpointUrl(base, 'files'), batches: endpointUrl(base, 'batches'), endpoint: '/v1/chat/completions' },
  };
}

export class OpenAIProvider implements Provider {
  readonly spec: ModelSpec;
  private readonly transport: Transport;
  private readonly ctx: CallContext;
  private readonly baseURL: string;
  private readonly url: string;
  private readonly headers: Record<string, string>;
  readonly batch: OpenAIBatch | undefined;

  constructor(spec: ModelSpec, private readonly options: ProviderOptions = {}, wire: OpenAIWire = openaiWire(spec)) {
    this.spec = spec;
    this.baseURL = wire.base;
    this.url = wire.url;
    this.headers = requestHeaders({
      accept: 'application/json',
      'content-type': 'application/json',
      'user-agent': `bench/${BENCH_VERSION}`,
      ...wire.auth,
    }, spec.headers);
    this.transport = new Transport(timeoutsFor(spec, options.timeouts), options.connections);
    this.ctx = {
      provider: wire.provider,
      endpoint: publicEndpoint(this.baseURL),
      model: spec.model,
      apiKeyEnv: spec.api_key_env,
    };
    registerSecret(spec.api_key);
    registerUrlSecrets(this.baseURL);
    for (const value of Object.values(spec.headers ?? {})) registerSecret(value);
    this.batch = wire.batch && new OpenAIBatch(this.ctx, this.transport, this.headers, wire.batch, (r) => {
      const { stream: _stream, stream_options: _usage, ...body } = this.body(r);
      return body;
    });
  }

  async complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    const sse = new SseInspector(this.ctx);
    const call = this.transport.open(this.ctx, signal, sse);
    const guard = this.options.repetition === false ? undefined : new RepetitionGuard(this.options.repetition);
    const st: StreamState = {
      text: '', ttftMs: null, clock: new TokenClock(), finishReason: null, inputTokens: null, outputTokens: null,
      reasoningTokens: null, sawChoice: false, refusal: '', toolCalls: false, whole: false,
    };
    try {
      await this.stream(call, JSON.stringify(this.body(request)), st, guard, sse);
    } catch (err) {
      throw call.failure ?? this.classify(err);
    } finally {
      call.dispose();
    }
    if (st.finishReason !== 'repetition') {
      if (call.failure !== undefined) throw call.failure;
      if (st.finishReason === null && !sse.sawDone && !st.whole) {
        throw new StreamError(`${where(this.ctx)}: stream ended without [DONE] or a finish_reason (cut short)`);
      }
      if (!st.sawChoice) {
        throw new ProtocolError(`${where(this.ctx)}: HTTP 200 without an answer: no choice in the ${st.whole ? 'response' : 'stream'} (choices: [])`);
      }
    }
    // Latency: request written to its connection → last byte off the socket (Call.elapsedMs), not when bench got round to parsing it.
    const { text, ttftMs, clock, inputTokens, outputTokens, reasoningTokens } = st;
    return {
      text: text === '' && st.refusal !== '' ? st.refusal : text, ttftMs, inputTokens, outputTokens, reasoningTokens, finishReason: finishOf(st),
      decodeMs: clock.decodeMs, latencyMs: call.elapsedMs(),
    };
  }

  async close(): Promise<void> {
    await this.transport.close();
  }

  /** Hosted OpenAI serves no prompt log-probabilities (its completions endpoint takes no echo with logprobs for current models). */
  likelihoodProblem(): string | null {
    if (new URL(this.baseURL).hostname === 'api.openai.com') {
      return `model ${this.spec.id} (openai, ${this.ctx.endpoint}): likelihood scoring needs the log-probabilities of the prompt from /v1/completions (echo: true with logprobs), which the hosted OpenAI API does not return; use an OpenAI-compatible server that does (vLLM) or an in-process gguf model`;
    }
    return null;
  }

  /** POST {base_url}/completions with every option's prompt, echo and logprobs (./likelihood.ts). */
  async loglikelihood(request: LikelihoodRequest, signal: AbortSignal): Promise<LikelihoodResult> {
    const call = this.transport.open(this.ctx, signal);
    const url = this.baseURL.endsWith('/') ? `${this.baseURL}completions` : `${this.baseURL}/completions`;
    let text = '';
    try {
      const { chunks } = await call.post(url, this.headers, JSON.stringify(likelihoodBody(this.spec.model, request)));
      const parts: Buffer[] = [];
      for await (const c of chunks) parts.push(c);
      text = Buffer.concat(parts).toString('utf8');
    } catch (err) {
      throw call.failure ?? this.classify(err);
    } finally {
      call.dispose();
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      throw new StreamError(`${where(this.ctx)}: the completions response is not JSON (${redact(text.slice(0, 120))})`, { cause: err });
    }
    if (body && typeof body === 'object' && 'error' in body && (body as { error: unknown }).error) {
      throw this.classify(new ErrorFrame((body as { error: ErrorFrame['error'] }).error));
    }
    return parseEchoResponse(body, request, this.ctx, call.elapsedMs());
  }

  /** Send the request and fold its SSE events into `st` until the end, [DONE]… or the guard stops it. */
  private async stream(call: Call, body: string, st: StreamState, guard: RepetitionGuard | undefined, sse: SseInspector): Promise<void> {
    const { headers, chunks } = await call.post(this.url, this.headers, body);
    const contentType = headerText(headers['content-type']);
    const first = await chunks.next();
    const head = first.done ? '' : first.value.subarray(0, 512).toString('utf8');
    const kind = bodyKind(contentType, head);
    if (kind === 'other') throw notAnAnswer(where(this.ctx), contentType, head);
    if (kind === 'json') {
      sse.expectWhole();
      return this.whole(first.done ? [] : [first.value], chunks, contentType, st, headers);
    }
    const decoder = new SseDecoder();
    const events: SseEvent[] = [];
    const seen = { done: false };
    const onEvent = (ev: SseEvent): boolean => this.onEvent(ev, st, guard, call, headers);
    if (!first.done) {
      decoder.push(first.value, events);
      if (eachEvent(events, seen, onEvent)) return;
    }
    for await (const bytes of chunks) {
      decoder.push(bytes, events);
      if (eachEvent(events, seen, onEvent)) return;
    }
    decoder.push(null, events);
    eachEvent(events, seen, onEvent);
  }

  /** A whole JSON body (a server that ignored `stream: true`): read it as the stream would have been. */
  private async whole(got: Buffer[], chunks: AsyncGenerator<Buffer>, contentType: string, st: StreamState, headers: ErrorFrame['headers']): Promise<void> {
    let size = got.reduce((s, b) => s + b.byteLength, 0);
    for await (const bytes of chunks) {
      got.push(bytes);
      size += bytes.byteLength;
      if (size > WHOLE_BODY_LIMIT) throw notAnAnswer(where(this.ctx), contentType, Buffer.concat(got).subarray(0, 512).toString('utf8'));
    }
    const answer = parseWhole(Buffer.concat(got).toString('utf8'), where(this.ctx), contentType);
    if (answer.error) throw new ErrorFrame(answer.error, headers);
    Object.assign(st, {
      whole: true, sawChoice: answer.hasChoice, text: answer.text, refusal: answer.refusal, toolCalls: answer.toolCalls,
      finishReason: answer.finishReason, inputTokens: answer.inputTokens, outputTokens: answer.outputTokens, reasoningTokens: answer.reasoningTokens,
    });
  }

  /** One SSE event (not [DONE]); true when the guard says stop. */
  private onEvent(ev: SseEvent, st: StreamState, guard: RepetitionGuard | undefined, call: Call, headers: ErrorFrame['headers']): boolean {
    const data = JSON.parse(ev.data) as (ChatCompletionChunk & { error?: unknown; message?: unknown }) | null;
    if (ev.event !== null && ev.event.startsWith('thread.')) {
      if (ev.event === 'error') throw new ErrorFrame((data?.error ?? { message: data?.message }) as ErrorFrame['error']);
      return false;
    }
    if (data && data.error) throw new ErrorFrame(data.error as ErrorFrame['error'], headers);
    if (data === null || typeof data !== 'object') return false;
    return this.onChunk(data, st, guard, call);
  }

  private body(request: CompletionRequest): ChatCompletionCreateParamsStreaming {
    const { num_ctx: _ctx, stream_options: streamOptions, ...params } = paramsFor(this.spec.model, mergedParams(this.spec, request.params));
    // `params.extra.stream_options: null` leaves it out, for endpoints that refuse it (they send usage anyway).
    const usage = streamOptions === undefined ? { stream_options: { include_usage: true } } : streamOptions === null ? {} : { stream_options: streamOptions };
    return {
      ...params,
      model: this.spec.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      stream: true,
      ...usage,
    } as ChatCompletionCreateParamsStreaming;
  }

  /** Fold one chunk into the state; true when the guard says stop. */
  private onChunk(
    chunk: ChatCompletionChunk,
    st: StreamState,
    guard: RepetitionGuard | undefined,
    call: Call,
  ): boolean {
    const firstToken = (): void => call.armIdle();
    // Groq has sent usage under x_groq; others in the finish chunk or a last chunk of its own.
    const usage = (chunk.usage ?? (chunk as { x_groq?: { usage?: OpenAIUsage } }).x_groq?.usage) as OpenAIUsage | null | undefined;
    if (usage) {
      const t = tokensOf(usage);
      st.inputTokens = t.input;
      st.outputTokens = t.output;
      st.reasoningTokens = t.reasoning;
    }
    const choice = chunk.choices?.[0];
    if (choice === undefined || choice === null) return false;
    st.sawChoice = true;
    const delta = (choice.delta ?? {}) as { content?: string | null; reasoning_content?: string | null; reasoning?: string | null; refusal?: string | null; tool_calls?: unknown[] };
    if (delta.refusal) st.refusal += delta.refusal;
    if (delta.tool_calls?.length) st.toolCalls = true;
    if (delta.reasoning_content || delta.reasoning) {
      st.clock.mark(call.lastChunkAt ?? performance.now());
      if (st.ttftMs === null) firstToken();
    }
    const content = delta.content;
    if (content) {
      st.clock.mark(call.lastChunkAt ?? performance.now());
      if (st.ttftMs === null) {
        st.ttftMs = call.elapsedMs();
        firstToken();
      }
      st.text += content;
      if (guard?.push(content)) {
        st.finishReason = 'repetition';
        return true;
      }
    }
    if (choice.finish_reason) st.finishReason = choice.finish_reason;
    return false;
  }

  /** An error the transport did not classify: an SSE error frame, a malformed chunk. */
  private classify(err: unknown): ProviderError {
    if (err instanceof ProviderError) return err;
    if (err instanceof ErrorFrame) {
      const e = err.error;
      const status = Number(e.code ?? e.status);
      const body = JSON.stringify({ error: err.error });
      if (Number.isInteger(status) && status >= 400) return httpError(status, err.headers, body, this.ctx);
      return new ServerError(`${where(this.ctx)}: error in stream: ${redact(err.message)}`, { cause: err });
    }
    const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return new StreamError(`${where(this.ctx)}: malformed stream (${redact(msg)})`, { cause: err });
  }
}

/** Bodies of a server that ignored `stream: true` are read whole, up to this size. */
const WHOLE_BODY_LIMIT = 16 * 1024 * 1024;

/** Events in order, nothing after [DONE] (as openai-node); true when `onEvent` says stop. Empties `events`. */
function eachEvent(events: SseEvent[], seen: { done: boolean }, onEvent: (ev: SseEvent) => boolean): boolean {
  try {
    for (const ev of events) {
      if (seen.done) return false;
      if (ev.data.startsWith('[DONE]')) seen.done = true;
      else if (onEvent(ev)) return true;
    }
    return false;
  } finally {
    events.length = 0;
  }
}

export function createOpenAIProvider(spec: ModelSpec, options: ProviderOptions = {}): Provider {
  return new OpenAIProvider(spec, options);
}
