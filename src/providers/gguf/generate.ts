/**
 * @module providers/gguf/generate — one chat completion on a loaded model: render the chat through the
 * model's (once-resolved) chat wrapper, size the context, stream tokens, and time them.
 */
import { TokenClock } from '../token-clock.js';
import type { ChatHistoryItem, LlamaChat, LLamaChatGenerateResponseOptions } from 'node-llama-cpp';
import type { GenParams } from '../../config/types.js';
import type { ChatMessage } from '../../suites/types.js';
import type { Completion } from '../types.js';
import { BadRequestError, ProviderAbortError, ServerError, TimeoutError } from '../errors.js';
import { RepetitionGuard, type RepetitionOptions } from '../repetition.js';
import type { LoadedModel } from './runtime.js';

/** max_tokens when the model's params give none (a local model would otherwise run to the context's end). */
export const DEFAULT_MAX_TOKENS = 1024;

export function toHistory(messages: ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((m): ChatHistoryItem =>
    m.role === 'assistant' ? { type: 'model', response: [m.content] } : { type: m.role, text: m.content },
  );
  history.push({ type: 'model', response: [] });
  return history;
}

/** Tokens of the rendered prompt, as the model's tokenizer counts them (special tokens included). */
export function countPromptTokens(loaded: LoadedModel, history: ChatHistoryItem[]): number {
  const { contextText } = loaded.chatWrapper.generateContextState({ chatHistory: history });
  return contextText.tokenize(loaded.model.tokenizer).length;
}

/** The max_tokens to ask for, or a BadRequestError when prompt + max_tokens cannot fit the model at all. */
export function planTokens(loaded: LoadedModel, id: string, promptTokens: number, params: GenParams): number {
  const limit = params.num_ctx ?? loaded.info.contextLength;
  const room = limit - promptTokens;
  if (params.max_tokens !== undefined) {
    if (params.max_tokens > room) {
      throw new BadRequestError(
        `gguf model ${id}: the prompt is ${promptTokens} tokens and max_tokens ${params.max_tokens}; together more than the context of ${limit} tokens`,
      );
    }
    return params.max_tokens;
  }
  if (room < 1) throw new BadRequestError(`gguf model ${id}: the prompt is ${promptTokens} tokens, more than the context of ${limit} tokens`);
  return Math.min(DEFAULT_MAX_TOKENS, room);
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** models.yaml params → node-llama-cpp's sampling options (temperature 0 = greedy when unset). */
function sampling(params: GenParams): Partial<LLamaChatGenerateResponseOptions> {
  const repeat = num(params.repeat_penalty);
  const opt = (key: string, value: unknown) => (num(value) !== undefined ? { [key]: num(value) } : {});
  return {
    temperature: num(params.temperature) ?? 0,
    ...opt('topP', params.top_p),
    ...opt('topK', params.top_k),
    ...opt('minP', params.min_p),
    ...opt('seed', params.seed),
    // bench compares models as configured: no hidden repetition penalty unless the params ask for one
    repeatPenalty: repeat !== undefined && repeat !== 1 ? { penalty: repeat } : false,
    ...(params.stop?.length ? { customStopTriggers: params.stop } : {}),
  };
}

const FINISH: Record<string, string> = {
  eogToken: 'stop',
  stopGenerationTrigger: 'stop',
  customStopTrigger: 'stop',
  functionCalls: 'stop',
  maxTokens: 'length',
};

export interface GenerateArgs {
  id: string;
  chat: LlamaChat;
  history: ChatHistoryItem[];
  promptTokens: number;
  maxTokens: number;
  params: GenParams;
  signal: AbortSignal;
  /** performance.now() when the model started on this request. */
  started: number;
  /** Loop detection (finish reason `repetition`), as the HTTP providers do; `false` turns it off. */
  repetition?: RepetitionOptions | false;
  /** The model's `timeout_s`, in ms from `started`: past it the request fails with a TimeoutError. */
  timeoutMs: number;
}

/** Streams one response; timings are from `started`, output tokens are the tokens the model generated. */
export async function generate(a: GenerateArgs): Promise<Completion> {
  let ttftMs: number | null = null;
  let outputTokens = 0;
  const clock = new TokenClock();
  const guard = a.repetition === false ? undefined : new RepetitionGuard(a.repetition);
  const stopper = new AbortController(); // stops a looping generation; the result is kept
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), Math.max(0, a.timeoutMs - (performance.now() - a.started)));
  try {
    const res = await a.chat.generateResponse(a.history, {
      maxTokens: a.maxTokens,
      ...sampling(a.params),
      signal: AbortSignal.any([a.signal, stopper.signal, deadline.signal]),
      stopOnAbortSignal: true,
      onToken: (tokens) => {
        outputTokens += tokens.length;
        if (tokens.length > 0) clock.mark(performance.now());
      },
      onTextChunk: (text) => {
        if (ttftMs === null && text.length > 0) ttftMs = performance.now() - a.started;
        if (guard?.push(text)) stopper.abort();
      },
    });
    if (a.signal.aborted) throw a.signal.reason ?? new Error('aborted');
    if (deadline.signal.aborted) {
      throw new TimeoutError(`gguf model ${a.id}: no complete answer within timeout_s (${a.timeoutMs / 1000} s; ${outputTokens} tokens generated)`);
    }
    const looped = guard?.looping === true && res.metadata.stopReason === 'abort';
    return {
      text: res.response,
      inputTokens: a.promptTokens,
      outputTokens,
      ttftMs,
      decodeMs: clock.decodeMs,
      latencyMs: performance.now() - a.started,
      finishReason: looped ? 'repetition' : (FINISH[res.metadata.stopReason] ?? res.metadata.stopReason),
    };
  } catch (err) {
    if (a.signal.aborted) throw new ProviderAbortError(`gguf model ${a.id}: request aborted`, { cause: err });
    if (err instanceof TimeoutError) throw err;
    throw new ServerError(`gguf model ${a.id}: generation failed: ${(err as Error).message}`, { cause: err });
  } finally {
    clearTimeout(timer);
  }
}
