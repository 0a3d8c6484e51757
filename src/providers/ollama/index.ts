/**
 * @module providers/ollama/index — a model served by Ollama, through the official `ollama` client
 * on `/api/chat`, streamed. Token counts from `prompt_eval_count` / `eval_count`; `num_ctx`
 * from the model's params; a prompt Ollama silently cut is a TruncatedPromptError.
 *
 * ollama-js has no timeout and skips malformed lines with a console warning, so the
 * transport's fetch supplies the timeouts and an NDJSON inspector fails the stream on a bad
 * line, an `{"error": …}` line, or a missing `done: true`.
 */
import { Ollama, type ChatResponse, type Options } from 'ollama';
import type { GenParams, ModelSpec } from '../../config/types.js';
import type { Completion, CompletionRequest, Provider } from '../types.js';
import { ProviderError, StreamError, TruncatedPromptError } from '../errors.js';
import { publicEndpoint, scrub, secretsOf, where, type CallContext } from '../http/classify.js';
import { NdjsonInspector } from '../http/inspectors.js';
import { RepetitionGuard } from '../repetition.js';
import { Transport, timeoutsFor } from '../http/transport.js';
import { mergedParams, type ProviderOptions } from '../options.js';
import { truncationReason } from './truncation.js';

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

  constructor(spec: ModelSpec, private readonly options: ProviderOptions = {}) {
    this.spec = spec;
    this.host = ollamaHost(spec.base_url);
    this.transport = new Transport(timeoutsFor(spec, options.timeouts));
    this.ctx = {
      provider: 'ollama',
      endpoint: publicEndpoint(this.host),
      model: spec.model,
      apiKeyEnv: spec.api_key_env,
      secrets: secretsOf(this.host, spec.api_key),
    };
  }

  async complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    const t0 = performance.now();
    const nd = new NdjsonInspector(this.ctx);
    const call = this.transport.open(this.ctx, signal, nd);
    const headers = this.spec.api_key === undefined ? undefined : { Authorization: `Bearer ${this.spec.api_key}` };
    const client = new Ollama({ host: this.host, fetch: call.fetch, ...(headers && { headers }) });
    const options = ollamaOptions(mergedParams(this.spec, request.params, request.sample));
    const guard = this.options.repetition === false ? undefined : new RepetitionGuard(this.options.repetition);
    let text = '';
    let ttftMs: number | null = null;
    let final: ChatResponse | undefined;
    let stopped = false;
    try {
      const stream = await client.chat({ model: this.spec.model, messages: request.messages, stream: true, options });
      for await (const part of stream) {
        const delta = part.message?.content ?? '';
        if ((delta !== '' || part.message?.thinking) && ttftMs === null) call.armIdle();
        if (delta !== '') {
          ttftMs ??= performance.now() - t0;
          text += delta;
          if (guard?.push(delta)) {
            stopped = true;
            stream.abort();
            break;
          }
        }
        if (part.done) final = part;
      }
    } catch (err) {
      throw call.failure ?? this.classify(err);
    } finally {
      call.dispose();
    }
    const latencyMs = performance.now() - t0;
    if (stopped) return { text, ttftMs, latencyMs, finishReason: 'repetition', inputTokens: null, outputTokens: null };
    if (call.failure !== undefined) throw call.failure;
    if (final === undefined) throw new StreamError(`${where(this.ctx)}: stream ended without a "done": true line`);
    this.checkTruncation(request, final, options.num_ctx);
    return {
      text,
      ttftMs,
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
    return new StreamError(`${where(this.ctx)}: ${scrub(msg, this.ctx.secrets)}`, { cause: err });
  }
}

function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function createOllamaProvider(spec: ModelSpec, options: ProviderOptions = {}): Provider {
  return new OllamaProvider(spec, options);
}
