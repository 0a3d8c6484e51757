/**
 * @module providers/openai/sse — server-sent events framing, read as the official openai-node
 * client reads it (events end at a blank line; an unterminated last event is dropped).
 */
import { StringDecoder } from 'node:string_decoder';

/** One server-sent event: `event:` (or null) and its `data:` lines joined by newlines. */
export interface SseEvent {
  event: string | null;
  data: string;
}

/**
 * SSE framing as openai-node reads it: lines end at \r\n, \n or \r; `field: value` (one
 * leading space dropped); `:` comments skipped; an event is dispatched at a blank line only
 * (an unterminated last event is dropped, as the official client does).
 */
export class SseDecoder {
  private readonly utf8 = new StringDecoder('utf8');
  private rest = '';
  private event: string | null = null;
  private data: string[] = [];

  /** Decode `bytes` (null: the end of the stream), appending finished events to `out`. */
  push(bytes: Buffer | null, out: SseEvent[]): void {
    let text = this.rest + (bytes === null ? this.utf8.end() : this.utf8.write(bytes));
    let hold = '';
    if (bytes !== null && text.endsWith('\r')) {
      hold = '\r';
      text = text.slice(0, -1);
    }
    if (bytes === null) {
      // The end: a last unterminated line is read but (no blank line follows) never dispatched.
      this.rest = '';
      if (text !== '') for (const line of text.split(/\r\n|\r|\n/)) if (line !== '') this.line(line, out);
      return;
    }
    const lines = text.split(/\r\n|\r|\n/);
    this.rest = (lines.pop() ?? '') + hold;
    for (const line of lines) this.line(line, out);
  }

  private line(line: string, out: SseEvent[]): void {
    if (line === '') {
      if (this.event === null && this.data.length === 0) return;
      out.push({ event: this.event, data: this.data.join('\n') });
      this.event = null;
      this.data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const at = line.indexOf(':');
    const field = at === -1 ? line : line.slice(0, at);
    let value = at === -1 ? '' : line.slice(at + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
  }
}
