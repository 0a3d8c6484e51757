/** The OpenAI provider's SSE decoder: event framing as the official openai-node client reads it. */
import { describe, expect, it } from 'vitest';
import { SseDecoder, type SseEvent } from '../../../src/providers/openai/sse.js';

function decode(...chunks: Array<string | Buffer>): SseEvent[] {
  const d = new SseDecoder();
  const out: SseEvent[] = [];
  for (const c of chunks) d.push(Buffer.isBuffer(c) ? c : Buffer.from(c, 'utf8'), out);
  d.push(null, out);
  return out;
}

describe('SseDecoder', () => {
  it('ends an event at a blank line and joins multi-line data with newlines', () => {
    expect(decode('data: {"a":1}\n\ndata: x\ndata: y\n\n')).toEqual([
      { event: null, data: '{"a":1}' },
      { event: null, data: 'x\ny' },
    ]);
  });

  it('reassembles events split anywhere across chunks, a CRLF split between chunks included', () => {
    const whole = 'event: message\r\ndata: hello\r\n\r\ndata: [DONE]\r\n\r\n';
    for (let cut = 1; cut < whole.length; cut++) {
      expect(decode(whole.slice(0, cut), whole.slice(cut)), `cut at ${cut}`).toEqual([
        { event: 'message', data: 'hello' },
        { event: null, data: '[DONE]' },
      ]);
    }
  });

  it('keeps a multi-byte character split between two chunks', () => {
    const bytes = Buffer.from('data: héllo — ✓\n\n', 'utf8');
    expect(decode(bytes.subarray(0, 9), bytes.subarray(9))).toEqual([{ event: null, data: 'héllo — ✓' }]);
  });

  it('ignores comments and never dispatches a last event without its blank line (a cut stream)', () => {
    expect(decode(': keep-alive\n\ndata: partial')).toEqual([]);
  });
});
