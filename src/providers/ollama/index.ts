/**
 * @module providers/ollama/index — a model served by Ollama on its native `/api/chat`, streamed.
 * Token counts from `prompt_eval_count` / `eval_count`; `num_ctx` from the model's params; a
 * prompt Ollama silently cut is a TruncatedPromptError.
 *
 * The request takes the transport's one path (`../http/transport.ts`: timeouts, error
 * classes), and the NDJSON inspector both checks and parses the stream: a bad line, an
 * `{"error": …}` line or a missing `done: true` fails it (ollama-js would skip a bad line
 * with a console warning). The body is the one ollama-js sends: model, messages, stream, options.
 */
import { TokenClock } from '../token-clock.js';
import type { ChatResponse, Message, Options } from 'ollama';
import { requestHeaders } from '../http/headers.js';
import type { GenParams, ModelSpec } from '../../config/types.js';
import type { Completion, CompletionRequest, Provider } from '../types.js';
import { ProviderError, StreamError, TruncatedPromptError } from '../errors.js';
import { publicEndpoint, where, type CallContext } from '../http/classify.js';
import { NdjsonInspector } from '../http/inspectors.js';
import { RepetitionGuard } from '../repetition.js';
import { Transport, timeoutsFor } from '../http/transport.js';
import { mergedParams, type ProviderOptions } from '../options.js';
import { truncationReason } from './truncation.js';
import { redact, registerSecret, registerUrlSecrets } from '../../secrets.js';
import { BENCH_VERSION } from '../../version.js';

export const OLLAMA_DEFAULT_HOST = 'http://127.0.0.1:11434';

/** Ollama's native API lives at the host root: drop a trailing `/v1` or `/api` someone copied. */
export function ollamaHost(baseUrl: string | undefined): string {
  return (baseUrl ?? OLLAMA_DEFAULT_HOST).replace(/\/+$/, '').replace(/\/(v1|api)$/, '');
}

/** models.yaml params → Ollama `options` (max_tokens → num_predict; the rest passed through). */
export function ollamaOptions(params: GenParams): Partial<Options> {
  const { max_tokens, ...rest } = params;
  const out: Record<string, unknown> = { ...rest };
  if (max_tokens !== undefined) out.num_predict = max_tokens;
  return out as Partial<Options>;
}

export class OllamaProvider implements Provider {
  readonly spec: ModelSpec;
  private readonly transport: Transport;
  private readonly ctx: CallContext;
  private readonly host: string;
  private readonly url: string;
  private readonly headers: Record<string, string>;

  constructor(spec: ModelSpec, private readonly options: ProviderOptions = {}) {
    this.spec = spec;
    this.host = ollamaHost(spec.base_url);
    this.url = `${this.host}/api/chat`;
    this.headers = requestHeaders({
      accept: 'application/json',
      'content-type': 'application/json',
      'user-agent': `bench/${BENCH_VERSION}`,
      ...(spec.api_key !== undefined && { authorization: `Bearer ${spec.api_key}` }),
    }, spec.headers);
    this.transport = new Transport(timeoutsFor(spec, options.timeouts), options.connections);
    this.ctx = {
      provider: 'ollama',
      endpoint: publicEndpoint(this.host),
      model: spec.model,
      apiKeyEnv: spec.api_key_env,
    };
    registerSecret(spec.api_key);
    registerUrlSecrets(this.host);
    for (const value of Object.values(spec.headers ?? {})) registerSecret(value);
  }

  async complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    const nd = new NdjsonInspector(this.ctx);
    const call = this.transport.open(this.ctx, signal, nd);
    const options = ollamaOptions(mergedParams(this.spec, request.params, request.sample));
    const messages: Message[] = request.messages.map((m) => ({ role: m.role, content: m.content }));
    const body = JSON.stringify({ model: this.spec.model, messages, stream: true, options });
    const guard = this.options.repetition === false ? undefined : new RepetitionGuard(this.options.repetition);
    let text = '';
    let ttftMs: number | null = null;
    const clock = new TokenClock();
    let final: ChatResponse | undefined;
    let stopped = false;
    /** Fold the lines parsed so far; true when the guard says stop. */
    const fold = (): boolean => {
      for (const line of nd.take()) {
        const part = line as unknown as Partial<ChatResponse>;
        const delta = part.message?.content ?? '';
        if (delta !== '' || part.message?.thinking) clock.mark(call.lastChunkAt ?? performance.now());
        if ((delta !== '' || part.message?.thinking) && ttftMs === null) call.armIdle();
        if (delta !== '') {
          ttftMs ??= call.elapsedMs();
          text += delta;
          if (guard?.push(delta)) return true;
        }
        if (part.done === true) final = part as ChatResponse;
      }
      return false;
    };
    try {
      const { chunks } = await call.post(this.url, this.headers, body);
      for await (const _chunk of chunks) {
        if (fold()) {
          stopped = true;
          break;
        }
      }
      if (!stopped) stopped = fold();
    } catch (err) {
      throw call.failure ?? this.classify(err);
    } finally {
      call.dispose();
    }
    const latencyMs = call.elapsedMs();
    if (stopped) return { text, ttftMs, decodeMs: clock.decodeMs, latencyMs, finishReason: 'repetition', inputTokens: null, outputTokens: null };
    if (call.failure !== undefined) throw call.failure;
    if (final === undefined) throw new StreamError(`${where(this.ctx)}: stream ended without a "done": true line`);
    this.checkTruncation(request, final, options.num_ctx);
    return {
      text,
      ttftMs,
      decodeMs: clock.decodeMs,
      latencyMs,
      finishReason: final.done_reason || 'stop',
      inputTokens: numberOrNull(final.prompt_eval_count),
      outputTokens: numberOrNull(final.eval_count),
    };
  }

  async close(): Promise<void> {
    await this.transport.close();
  }

  private checkTruncation(request: CompletionRequest, final: ChatResponse, numCtx: number | undefined): void {
    const promptChars = request.messages.reduce((n, m) => n + m.content.length, 0);
    const promptEvalCount = typeof final.prompt_eval_count === 'number' ? final.prompt_eval_count : undefined;
    const reason = truncationReason({ promptChars, promptEvalCount, numCtx });
    if (reason === undefined) return;
    const fix = numCtx === undefined ? 'set params.num_ctx for this model' : 'raise params.num_ctx';
    throw new TruncatedPromptError(`${where(this.ctx)}: Ollama truncated the prompt: ${reason}; ${fix}`);
  }

  private classify(err: unknown): ProviderError {
    if (err instanceof ProviderError) return err;
    const msg = err instanceof Error ? err.message : String(err);
    return new StreamError(`${where(this.ctx)}: ${redact(msg)}`, { cause: err });
  }
}

function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function createOllamaProvider(spec: ModelSpec, options: ProviderOptions = {}): Provider {
  return new OllamaProvider(spec, options);
}
