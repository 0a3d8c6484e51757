/**
 * @module scripts/perf/server — a minimal loopback OpenAI-compatible chat-completions server
 * for the performance benchmark: the same SSE wire format as test/fixtures/openai-server.ts
 * (role chunk, content chunks, finish chunk, usage chunk, [DONE]), a fixed handling delay,
 * and per-request server-side handling time, so bench's recorded latency can be compared.
 * `POST …/v1/messages` answers the same text in Anthropic's Messages SSE (message_start,
 * content_block_start/delta/stop, message_delta with usage, message_stop), for the Anthropic provider.
 *
 * Kept separate from the test fixture (TypeScript) so the benchmark runs without a compiler.
 * It logs only counts and handling times (no bodies), so 100,000 requests stay cheap.
 */
import http from 'node:http';

/**
 * @param {{ delayMs?: number, answer?: (prompt: string) => string, chunkSize?: number }} opts
 * @returns {Promise<{ url: string, port: number, count: () => number, handled: number[], byQuestion: Map<number, number>, span: () => { first: number | null, last: number | null }, reset: () => void, setDelay: (ms: number) => void, close: () => Promise<void> }>}
 */
export async function startServer(opts = {}) {
  let delayMs = opts.delayMs ?? 0;
  const answer = opts.answer ?? (() => 'Answer: A');
  const chunkSize = opts.chunkSize ?? 8;
  let handled = [];
  /** "Question N" of the last message → handling ms, to pair with bench's record of item N. */
  let byQuestion = new Map();
  let count = 0;
  let seq = 0;
  /** performance.now() of the first request's arrival and of the last response's close since reset. */
  let firstAt = null;
  let lastAt = null;
  const server = http.createServer({ keepAlive: true }, (req, res) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => {
      const t0 = performance.now();
      firstAt ??= t0;
      count++;
      let body;
      res.on('close', () => {
        lastAt = performance.now();
        const ms = lastAt - t0;
        handled.push(ms);
        const last = Array.isArray(body?.messages) ? String(body.messages[body.messages.length - 1]?.content ?? '') : '';
        const m = /^Question (\d+):/.exec(last);
        if (m) byQuestion.set(Number(m[1]), ms);
      });
      try {
        body = JSON.parse(Buffer.concat(parts).toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        return res.end('{"error":{"message":"bad json","type":"invalid_request_error"}}');
      }
      const go = () => ((req.url ?? '').split('?')[0].endsWith('/messages') ? anthropicReply(res, body) : reply(res, body));
      if (delayMs > 0) setTimeout(go, delayMs);
      else go();
    });
  });
  server.keepAliveTimeout = 30_000;

  function reply(res, body) {
    const messages = Array.isArray(body.messages) ? body.messages : [];
    const last = messages[messages.length - 1]?.content ?? '';
    const text = answer(String(last));
    const id = `chatcmpl-perf-${seq++}`;
    const created = Math.floor(Date.now() / 1000);
    const model = String(body.model ?? '');
    const usage = {
      prompt_tokens: messages.reduce((n, m) => n + Math.ceil(String(m.content ?? '').length / 4) + 4, 0),
      completion_tokens: Math.max(1, Math.ceil(text.length / 4)),
    };
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
    if (body.stream !== true) {
      const value = { id, object: 'chat.completion', created, model, choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage };
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(value));
    }
    const chunk = (delta, finish) =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: null, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
    let out = chunk({ role: 'assistant', content: '' }, null);
    for (let i = 0; i < text.length; i += chunkSize) out += chunk({ content: text.slice(i, i + chunkSize) }, null);
    out += chunk({}, 'stop');
    if (body.stream_options?.include_usage === true) {
      out += `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: null, choices: [], usage })}\n\n`;
    }
    out += 'data: [DONE]\n\n';
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(out);
  }

  function anthropicReply(res, body) {
    const messages = Array.isArray(body.messages) ? body.messages : [];
    const last = messages[messages.length - 1]?.content ?? '';
    const text = answer(String(last));
    const input = messages.reduce((n, m) => n + Math.ceil(String(m.content ?? '').length / 4) + 4, 0);
    const output = Math.max(1, Math.ceil(text.length / 4));
    const ev = (type, data) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
    let out = ev('message_start', { message: { id: `msg_perf_${seq++}`, type: 'message', role: 'assistant', model: String(body.model ?? ''), content: [], stop_reason: null, usage: { input_tokens: input, output_tokens: 1 } } });
    out += ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    for (let i = 0; i < text.length; i += chunkSize) out += ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: text.slice(i, i + chunkSize) } });
    out += ev('content_block_stop', { index: 0 });
    out += ev('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: output } });
    out += ev('message_stop', {});
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(out);
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    count: () => count,
    get handled() {
      return handled;
    },
    get byQuestion() {
      return byQuestion;
    },
    span: () => ({ first: firstAt, last: lastAt }),
    reset() {
      handled = [];
      byQuestion = new Map();
      count = 0;
      firstAt = null;
      lastAt = null;
    },
    setDelay(ms) {
      delayMs = ms;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
