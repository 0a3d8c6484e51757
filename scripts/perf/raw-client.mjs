/**
 * @module scripts/perf/raw-client — the reference for bench's throughput: a bare Node `fetch`
 * loop with N requests in flight, each streaming and parsing the same SSE (content deltas and
 * the usage chunk) bench reads. Run as its own process, like bench, so both pay start-up.
 *
 * usage: node raw-client.mjs <base_url> <items> <concurrency>
 *   → prints {"items":n,"failed":0,"ms":t,"p50":ms,"p95":ms} (latency: request sent → stream read to its end)
 */
const [url, itemsArg, concArg] = process.argv.slice(2);
const items = Number(itemsArg);
const concurrency = Number(concArg);
const t0 = performance.now();
let next = 0;
let failed = 0;

const latencies = [];

async function one(i) {
  const started = performance.now();
  const a = 'ABCD'[i % 4];
  const body = JSON.stringify({
    model: 'fake',
    messages: [
      { role: 'system', content: 'Answer with the letter only.' },
      { role: 'user', content: `Question ${i}: which letter is ${a}?\n\nA. alpha\nB. bravo\nC. charlie\nD. delta` },
    ],
    stream: true,
    stream_options: { include_usage: true },
  });
  const res = await fetch(`${url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer none' }, body });
  if (!res.ok) throw new Error(`status ${res.status}`);
  const decoder = new TextDecoder();
  let buf = '';
  let text = '';
  let done = false;
  for await (const chunk of res.body) {
    buf += decoder.decode(chunk, { stream: true });
    let at;
    while ((at = buf.indexOf('\n\n')) !== -1) {
      const event = buf.slice(0, at);
      buf = buf.slice(at + 2);
      if (!event.startsWith('data: ')) continue;
      const data = event.slice(6);
      if (data === '[DONE]') {
        done = true;
        continue;
      }
      const json = JSON.parse(data);
      text += json.choices?.[0]?.delta?.content ?? '';
    }
  }
  if (!done || text === '') throw new Error('incomplete stream');
  latencies.push(performance.now() - started);
}

async function worker() {
  while (next < items) {
    const i = next++;
    try {
      await one(i);
    } catch {
      failed++;
    }
  }
}

await Promise.all(Array.from({ length: concurrency }, worker));
const ms = performance.now() - t0;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil((p / 100) * latencies.length) - 1))];
process.stdout.write(JSON.stringify({ items, failed, ms, p50: pct(50), p95: pct(95) }) + '\n');
