/**
 * @module providers/openai/body — what a 200 response of a chat-completions endpoint carries.
 *
 * bench asks for an event stream, but a 200 may hold something else: a whole JSON completion
 * (a server that ignores `stream: true`), or an HTML page from a proxy or a login wall. The
 * content type decides, and the first bytes when it is missing or vague. A body that is not
 * an answer is a ProtocolError naming the content type and showing the first bytes, so the
 * error record says what came back instead of "stream cut short".
 */
import { ProtocolError } from '../errors.js';
import { redact } from '../../secrets.js';
import { tokensOf, type OpenAIUsage } from './reasoning.js';

export type BodyKind = 'sse' | 'json' | 'other';

/** The header's value as one string ('' when absent). */
export function headerText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

const SSE_START = /^(?::|(?:data|event|id|retry)\s*:)/;

export function bodyKind(contentType: string, firstBytes: string): BodyKind {
  const type = contentType.toLowerCase();
  const head = firstBytes.trimStart();
  if (type.includes('event-stream')) return 'sse';
  if (type.includes('json')) return 'json';
  if (head === '' || SSE_START.test(head)) return type === '' || type.startsWith('text/plain') || type.includes('octet-stream') ? 'sse' : 'other';
  if (head.startsWith('{') && !type.includes('html')) return 'json';
  return 'other';
}

/** The error for a 200 whose body is not a chat completion at all. */
export function notAnAnswer(where: string, contentType: string, firstBytes: string): ProtocolError {
  const shown = redact(firstBytes.replace(/\s+/g, ' ').trim()).slice(0, 120);
  const html = /html/i.test(contentType) || /^<(!doctype|html|head|body|\?xml)/i.test(shown);
  return new ProtocolError(
    `${where}: HTTP 200 with content-type ${contentType === '' ? '(none)' : redact(contentType)} is not a chat completion ` +
      `(neither an event stream nor JSON${html ? '; an HTML page: a proxy, captive portal or login wall?' : ''}); the body starts: ${JSON.stringify(shown)}`,
  );
}

/** A whole (non-streamed) `chat.completion`, read like the stream would have been. */
export interface WholeAnswer {
  /** false: `choices` missing or empty — no answer in the response. */
  hasChoice: boolean;
  text: string;
  refusal: string;
  toolCalls: boolean;
  finishReason: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  reasoningTokens: number | null;
  /** An `{"error": …}` body sent with status 200. */
  error?: { message?: unknown; code?: unknown; status?: unknown };
}

interface CompletionJson {
  error?: WholeAnswer['error'];
  choices?: Array<{ message?: { content?: unknown; refusal?: unknown; tool_calls?: unknown[] }; finish_reason?: unknown }>;
  usage?: OpenAIUsage;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Parses a JSON body; one that is not JSON (or not an object) is a ProtocolError. */
export function parseWhole(body: string, where: string, contentType: string): WholeAnswer {
  let data: CompletionJson;
  try {
    data = JSON.parse(body) as CompletionJson;
  } catch {
    throw notAnAnswer(where, contentType, body.slice(0, 512));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw notAnAnswer(where, contentType, body.slice(0, 512));
  const choice = Array.isArray(data.choices) ? data.choices[0] : undefined;
  const message = choice?.message ?? {};
  return {
    hasChoice: choice !== undefined && choice !== null,
    text: str(message.content),
    refusal: str(message.refusal),
    toolCalls: Array.isArray(message.tool_calls) && message.tool_calls.length > 0,
    finishReason: typeof choice?.finish_reason === 'string' ? choice.finish_reason : null,
    ...wholeTokens(data.usage),
    ...(data.error ? { error: data.error } : {}),
  };
}

/** Tokens of a whole response, read as the stream's usage chunk is (reasoning included in the billed output). */
function wholeTokens(usage: OpenAIUsage | undefined): { inputTokens: number | null; outputTokens: number | null; reasoningTokens: number | null } {
  if (usage === undefined || usage === null || typeof usage !== 'object') return { inputTokens: null, outputTokens: null, reasoningTokens: null };
  const t = tokensOf(usage);
  return { inputTokens: t.input, outputTokens: t.output, reasoningTokens: t.reasoning };
}

/**
 * The finish reason bench records: OpenAI's structured refusal with no content is `refusal`,
 * and tool calls with no content are `tool_calls` even where a server said `stop` — the runner
 * turns both into visible outcomes (`refused`, `no_text`), never a plain wrong answer.
 */
export function finishOf(st: { text: string; finishReason: string | null; refusal: string; toolCalls: boolean }): string | null {
  if (st.text.trim() !== '' || st.finishReason === 'content_filter' || st.finishReason === 'repetition') return st.finishReason;
  if (st.refusal !== '') return 'refusal';
  if (st.toolCalls) return 'tool_calls';
  return st.finishReason;
}

/**
 * A whole answer's text, tokens and finish reason as the streamed path reports them (a refusal
 * with no content is the text), for a non-streamed body or a batch result.
 */
export function wholeResult(a: WholeAnswer): { text: string; inputTokens: number | null; outputTokens: number | null; reasoningTokens: number | null; finishReason: string | null } {
  return {
    text: a.text === '' && a.refusal !== '' ? a.refusal : a.text,
    inputTokens: a.inputTokens, outputTokens: a.outputTokens, reasoningTokens: a.reasoningTokens, finishReason: finishOf(a),
  };
}
