/**
 * @module providers/anthropic/wire — the Messages API's request body and stream events, as
 * Anthropic documents them (`POST /v1/messages`, `stream: true`).
 *
 * Only the fields bench reads are typed; everything else in an event is ignored, so new
 * event and block types (Anthropic's versioning policy allows them) pass through harmlessly.
 */
import type { GenParams } from '../../config/types.js';
import type { ChatMessage } from '../../suites/types.js';

export const ANTHROPIC_DEFAULT_BASE_URL = 'https://api.anthropic.com';
/** The API version bench speaks (sent as `anthropic-version`). */
export const ANTHROPIC_VERSION = '2023-06-01';

export interface MessagesBody {
  model: string;
  max_tokens: number;
  system?: string;
  messages: Array<{ role: 'user' | 'assistant'; content: string }>;
  stream: true;
  stop_sequences?: string[];
  [param: string]: unknown;
}

export interface Usage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
}

export type StreamEvent =
  | { type: 'message_start'; message: { usage?: Usage } }
  | { type: 'content_block_start'; index: number; content_block: { type: string } }
  | { type: 'content_block_delta'; index: number; delta: { type: string; text?: string; thinking?: string } }
  | { type: 'content_block_stop'; index: number }
  | { type: 'message_delta'; delta: { stop_reason?: string | null }; usage?: Usage }
  | { type: 'message_stop' }
  | { type: 'ping' }
  | { type: 'error'; error: { type?: string; message?: string } };

/** Parameters bench has that the Messages API refuses: `seed` and Ollama's `num_ctx`. */
const NOT_SENT = new Set(['seed', 'num_ctx', 'stop', 'max_tokens']);

/**
 * The request body: system messages become the top-level `system`, `stop` becomes
 * `stop_sequences`, everything else in the params (temperature, top_p, top_k, `thinking`…)
 * is passed as is, so the API itself names a parameter it refuses.
 */
export function messagesBody(model: string, messages: ChatMessage[], params: GenParams, maxTokens: number): MessagesBody {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content);
  const body: MessagesBody = {
    model,
    max_tokens: maxTokens,
    messages: messages.filter((m) => m.role !== 'system').map((m) => ({ role: m.role as 'user' | 'assistant', content: m.content })),
    stream: true,
  };
  if (system.length > 0) body.system = system.join('\n\n');
  if (params.stop !== undefined && params.stop.length > 0) body.stop_sequences = params.stop;
  for (const [k, v] of Object.entries(params)) if (!NOT_SENT.has(k) && v !== undefined) body[k] = v;
  return body;
}

/**
 * `stop_reason` in bench's finish-reason words (those of OpenAI, which the scorers and
 * reports read): `max_tokens` → `length` (truncated), `refusal` → `content_filter` (refused),
 * `end_turn` / `stop_sequence` → `stop`; anything else (`tool_use`, `pause_turn`) as sent.
 */
export function finishReason(stopReason: string | null | undefined): string | null {
  switch (stopReason) {
    case undefined:
    case null:
      return null;
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'refusal':
      return 'content_filter';
    default:
      return stopReason;
  }
}

/** The HTTP status an `error` event's type stands for (Anthropic's error table). */
export function statusOfErrorType(type: string | undefined): number {
  switch (type) {
    case 'invalid_request_error': return 400;
    case 'authentication_error': return 401;
    case 'billing_error': return 402;
    case 'permission_error': return 403;
    case 'not_found_error': return 404;
    case 'request_too_large': return 413;
    case 'rate_limit_error': return 429;
    case 'timeout_error': return 504;
    case 'overloaded_error': return 529;
    default: return 500;
  }
}

/** Input tokens as billed (cache writes and reads are input too) and output tokens (thinking included), from a usage object. */
export function tokensOfUsage(u: Usage | undefined | null): { input: number | null; output: number | null } {
  if (!u) return { input: null, output: null };
  const input = typeof u.input_tokens === 'number' ? u.input_tokens + (u.cache_creation_input_tokens ?? 0) + (u.cache_read_input_tokens ?? 0) : null;
  return { input, output: typeof u.output_tokens === 'number' ? u.output_tokens : null };
}

/** A whole (non-streamed) Message, as a batch returns it. */
export interface MessageJson {
  content?: Array<{ type?: string; text?: string }>;
  stop_reason?: string | null;
  usage?: Usage;
}

/** A whole Message read as the stream is: the text blocks are the answer (thinking never is), the stop reason mapped, usage as billed. */
export function messageResult(m: MessageJson): { text: string; inputTokens: number | null; outputTokens: number | null; finishReason: string | null } {
  const text = (Array.isArray(m.content) ? m.content : []).filter((b) => b?.type === 'text' && typeof b.text === 'string').map((b) => b.text).join('');
  const t = tokensOfUsage(m.usage);
  return { text, inputTokens: t.input, outputTokens: t.output, finishReason: finishReason(m.stop_reason) };
}
