/**
 * @module providers/http/inspectors — raw-byte checks on streamed bodies, where the official
 * clients are silent: an SSE stream that ends without `[DONE]` or a finish_reason
 * (openai-node just stops), and NDJSON lines that are malformed or `{"error": …}`
 * (ollama-js drops bad lines with a console warning) or a stream without `done: true`.
 */
import { ServerError, StreamError, type ProviderError } from '../errors.js';
import { serverMessage, where, type CallContext } from './classify.js';
import { redact } from '../../secrets.js';
import type { BodyInspector } from './transport.js';

/** Splits bytes into complete lines; keeps the partial last line for the next chunk. */
class Lines {
  private readonly decoder = new TextDecoder('utf-8');
  private rest = '';

  push(bytes: Uint8Array): string[] {
    const text = this.rest + this.decoder.decode(bytes, { stream: true });
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    return lines;
  }

  flush(): string[] {
    const last = this.rest + this.decoder.decode();
    this.rest = '';
    return last.trim() === '' ? [] : [last];
  }
}

const FINISH = /"finish_reason"\s*:\s*"/;

/** OpenAI chat-completions SSE: complete only with `data: [DONE]` or a non-null finish_reason. */
export class SseInspector implements BodyInspector {
  private readonly lines = new Lines();
  sawDone = false;
  sawFinish = false;
  private whole = false;

  constructor(private readonly ctx: CallContext) {}

  chunk(bytes: Uint8Array): void {
    if (this.whole) return;
    for (const line of this.lines.push(bytes)) this.line(line);
  }

  private line(raw: string): void {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line.startsWith('data:')) return;
    const data = line.slice(5).trim();
    if (data === '[DONE]') this.sawDone = true;
    else if (FINISH.test(data)) this.sawFinish = true;
  }

  /** The body turned out to be one whole document (JSON), not a stream: no end marker to expect. */
  expectWhole(): void {
    this.whole = true;
  }

  end(): void {
    if (this.whole) return;
    for (const line of this.lines.flush()) this.line(line);
    if (!this.sawDone && !this.sawFinish) {
      throw new StreamError(`${where(this.ctx)}: stream ended without [DONE] or a finish_reason (cut short)`);
    }
  }
}

/** One parsed Ollama stream line. */
export interface OllamaLine {
  done?: boolean;
  error?: unknown;
  [key: string]: unknown;
}

/** Ollama NDJSON: every line valid JSON, no `error` line, and a final `done: true`. */
export class NdjsonInspector implements BodyInspector {
  private readonly lines = new Lines();
  /** The `done: true` line, once seen. */
  final: OllamaLine | undefined;
  private count = 0;
  private parsed: OllamaLine[] = [];

  constructor(private readonly ctx: CallContext) {}

  chunk(bytes: Uint8Array): void {
    for (const line of this.lines.push(bytes)) this.line(line);
  }

  private line(raw: string): void {
    const text = raw.trim();
    if (text === '') return;
    this.count++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw this.bad(`invalid NDJSON line ${this.count}: ${JSON.stringify(redact(text.slice(0, 120)))}`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw this.bad(`NDJSON line ${this.count} is not an object`);
    }
    const obj = value as OllamaLine;
    if (obj.error !== undefined) {
      const said = redact(serverMessage(JSON.stringify({ error: obj.error })));
      throw new ServerError(`${where(this.ctx)}: error in stream: ${said}`);
    }
    if (obj.done === true) this.final = obj;
    this.parsed.push(obj);
  }

  /** The lines checked since the last call, in order (the provider reads the stream from these). */
  take(): OllamaLine[] {
    const out = this.parsed;
    this.parsed = [];
    return out;
  }

  end(): void {
    for (const line of this.lines.flush()) this.line(line);
    if (this.final === undefined) throw this.bad('stream ended without a "done": true line (cut short)');
  }

  private bad(what: string): ProviderError {
    return new StreamError(`${where(this.ctx)}: ${what}`);
  }
}
