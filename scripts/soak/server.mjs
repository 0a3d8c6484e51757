/**
 * @module scripts/soak/server — a loopback OpenAI-compatible chat-completions server for the
 * soak test: answers the right letter for each item (read from "Question <id>: which letter
 * is <X>?" in the last user message), streamed as SSE in the real wire format, and injects
 * faults at a given rate: 429 with retry-after (seconds or -ms), 500, a reset before headers,
 * and a stream cut midway. One prompt never gets more than `maxRun` faults in a row, so a
 * job always succeeds within bench's attempt budget and the ground truth is exact.
 */
import http from 'node:http';

/** Seeded PRNG: bench's own mulberry32 (the soak test runs the built dist/ anyway). */
import { mulberry32 as rng } from '../../dist/stats/bootstrap.js';

export { rng };

const KINDS = ['429', '500', 'reset', 'cut'];

/**
 * @param {{ faultRate?: number, seed?: number, maxRun?: number, delayMs?: [number, number] }} opts
 */
export async function startSoakServer(opts = {}) {
  const rate = opts.faultRate ?? 0.2;
  const maxRun = opts.maxRun ?? 3;
  const [dLo, dHi] = opts.delayMs ?? [5, 40];
  const random = rng(opts.seed ?? 1);
  const stats = { requests: 0, ok: 0, faults: { 429: 0, 500: 0, reset: 0, cut: 0 } };
  const streak = new Map();
  const server = http.createServer({ keepAlive: true }, (req, res) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => {
      let body;
      try {
        body = JSON.parse(Buffer.concat(parts).toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        return res.end('{"error":{"message":"bad json","type":"invalid_request_error"}}');
      }
      stats.requests++;
      const messages = Array.isArray(body.messages) ? body.messages : [];
      const last = String(messages[messages.length - 1]?.content ?? '');
      const key = `${body.model}\u0000${last}`;
      const run = streak.get(key) ?? 0;
      const kind = run < maxRun && random() < rate ? KINDS[Math.floor(random() * KINDS.length)] : null;
      streak.set(key, kind ? run + 1 : 0);
      const delay = dLo + Math.floor(random() * (dHi - dLo + 1));
      setTimeout(() => answer(req, res, body, last, kind), delay);
    });
  });
  server.keepAliveTimeout = 30_000;

  function answer(req, res, body, last, kind) {
    if (res.destroyed) return;
    if (kind) stats.faults[kind]++;
    if (kind === 'reset') return req.socket.destroy();
    if (kind === '429') {
      const headers = random() < 0.5 ? { 'retry-after': '0' } : { 'retry-after-ms': '30' };
      res.writeHead(429, { 'content-type': 'application/json', ...headers });
      return res.end('{"error":{"message":"Rate limit reached, slow down","type":"requests","code":"rate_limit_exceeded"}}');
    }
    if (kind === '500') {
      res.writeHead(500, { 'content-type': 'application/json' });
      return res.end('{"error":{"message":"The server had an error","type":"server_error","code":null}}');
    }
    const letter = /which letter is ([A-D])\?/.exec(last)?.[1] ?? 'A';
    const text = `Reasoning briefly, then the answer. Answer: ${letter}`;
    const id = `chatcmpl-soak-${stats.requests}`;
    const created = Math.floor(Date.now() / 1000);
    const model = String(body.model ?? '');
    const usage = { prompt_tokens: Math.ceil(last.length / 4) + 4, completion_tokens: Math.ceil(text.length / 4) };
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
    if (body.stream !== true) {
      res.writeHead(200, { 'content-type': 'application/json' });
      stats.ok++;
      return res.end(JSON.stringify({ id, object: 'chat.completion', created, model, choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage }));
    }
    const chunk = (delta, finish) => `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    const pieces = text.match(/.{1,8}/gs) ?? [''];
    let out = chunk({ role: 'assistant', content: '' }, null);
    for (let i = 0; i < pieces.length; i++) {
      if (kind === 'cut' && i === Math.floor(pieces.length / 2)) {
        return res.write(out, () => setImmediate(() => req.socket.destroy()));
      }
      out += chunk({ content: pieces[i] }, null);
    }
    out += chunk({}, 'stop');
    if (body.stream_options?.include_usage) out += `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`;
    stats.ok++;
    res.end(out + 'data: [DONE]\n\n');
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
