/**
 * @module providers/openai — any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM,
 * llama.cpp server, LM Studio, Ollama's /v1…) through the official `openai` client, streamed
 * with the usage chunk so time-to-first-token and token counts are real.
 *
 * The client never retries (`maxRetries: 0`) and its own timeout sits above bench's; the
 * timeouts, stream-completeness checks and error classes come from `./transport.ts`.
 */
import OpenAI from 'openai';
import type { ChatCompletionChunk, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { ModelSpec } from '../config/types.js';
import type { Completion, CompletionRequest, Provider } from './types.js';
import { ProviderError, ServerError, StreamError } from './errors.js';
import { httpError, publicEndpoint, scrub, secretsOf, where, type CallContext } from './classify.js';
import { SseInspector } from './inspectors.js';
import { RepetitionGuard } from './repetition.js';
import { Transport, timeoutsFor } from './transport.js';
import { mergedParams, type ProviderOptions } from './options.js';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

interface StreamState {
  text: string;
  ttftMs: number | null;
  finishReason: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
}

export class OpenAIProvider implements Provider {
  readonly spec: ModelSpec;
  private readonly transport: Transport;
  private readonly ctx: CallContext;
  private readonly baseURL: string;

  constructor(spec: ModelSpec, private readonly options: ProviderOptions = {}) {
    this.spec = spec;
    this.baseURL = spec.base_url ?? OPENAI_DEFAULT_BASE_URL;
    this.transport = new Transport(timeoutsFor(spec, options.timeouts));
    this.ctx = {
      provider: 'openai',
      endpoint: publicEndpoint(this.baseURL),
      model: spec.model,
      apiKeyEnv: spec.api_key_env,
      secrets: secretsOf(this.baseURL, spec.api_key),
    };
  }

  async complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    const t0 = performance.now();
    const sse = new SseInspector(this.ctx);
    const call = this.transport.open(this.ctx, signal, sse);
    const client = new OpenAI({
      // An explicit value, so the client never falls back to OPENAI_API_KEY for a foreign base_url.
      apiKey: this.spec.api_key ?? 'none',
      baseURL: this.baseURL,
      organization: null,
      project: null,
      maxRetries: 0,
      timeout: this.transport.timeouts.timeoutMs + 10_000,
      fetch: call.fetch,
      logLevel: 'off',
    });
    const guard = this.options.repetition === false ? undefined : new RepetitionGuard(this.options.repetition);
    const st: StreamState = { text: '', ttftMs: null, finishReason: null, inputTokens: null, outputTokens: null };
    try {
      const stream = await client.chat.completions.create(this.body(request));
      for await (const chunk of stream) {
        if (this.onChunk(chunk, st, t0, guard, () => call.armIdle())) break;
      }
    } catch (err) {
      throw call.failure ?? this.classify(err);
    } finally {
      call.dispose();
    }
    if (st.finishReason !== 'repetition') {
      if (call.failure !== undefined) throw call.failure;
      if (st.finishReason === null && !sse.sawDone) {
        throw new StreamError(`${where(this.ctx)}: stream ended without [DONE] or a finish_reason (cut short)`);
      }
    }
    return { ...st, latencyMs: performance.now() - t0 };
  }

  async close(): Promise<void> {
    await this.transport.close();
  }

  private body(request: CompletionRequest): ChatCompletionCreateParamsStreaming {
    const { num_ctx: _ctx, ...params } = mergedParams(this.spec, request.params);
    return {
      ...params,
      model: this.spec.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      stream: true,
      stream_options: { include_usage: true },
    } as ChatCompletionCreateParamsStreaming;
  }

  /** Fold one chunk into the state; true when the guard says stop. */
  private onChunk(
    chunk: ChatCompletionChunk,
    st: StreamState,
    t0: number,
    guard: RepetitionGuard | undefined,
    firstToken: () => void,
  ): boolean {
    if (chunk.usage) {
      st.inputTokens = chunk.usage.prompt_tokens ?? null;
      st.outputTokens = chunk.usage.completion_tokens ?? null;
    }
    const choice = chunk.choices?.[0];
    if (choice === undefined) return false;
    const delta = choice.delta as { content?: string | null; reasoning_content?: string | null; reasoning?: string | null };
    if ((delta.reasoning_content || delta.reasoning) && st.ttftMs === null) firstToken();
    const content = delta.content;
    if (content) {
      if (st.ttftMs === null) {
        st.ttftMs = performance.now() - t0;
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
    if (err instanceof OpenAI.APIError) {
      const e = (err.error ?? {}) as { code?: unknown; status?: unknown };
      const status = err.status ?? Number(e.code ?? e.status);
      const body = JSON.stringify({ error: err.error ?? { message: err.message } });
      if (Number.isInteger(status) && status >= 400) return httpError(status, err.headers ?? {}, body, this.ctx);
      return new ServerError(`${where(this.ctx)}: error in stream: ${scrub(err.message, this.ctx.secrets)}`, { cause: err });
    }
    const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return new StreamError(`${where(this.ctx)}: malformed stream (${scrub(msg, this.ctx.secrets)})`, { cause: err });
  }
}

export function createOpenAIProvider(spec: ModelSpec, options: ProviderOptions = {}): Provider {
  return new OpenAIProvider(spec, options);
}
