/**
 * @module test/providers/gguf/gguf.test — the in-process gguf provider on tiny generated GGUF models:
 * exact scripted text, streaming timings, stop/max_tokens, token counts, context sizing, load-once, abort.
 */
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../src/config/types.js';
import { BadRequestError, ProviderAbortError, TimeoutError } from '../../../src/providers/errors.js';
import { createGgufProvider, loadCounts, type GgufProvider } from '../../../src/providers/gguf/index.js';
import type { CompletionRequest } from '../../../src/providers/types.js';
import { hasLlama, writeTinyGguf } from '../../fixtures/gguf/tiny-gguf.js';


const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
let dir: string;
let modelFile: string;
let provider: GgufProvider;
const never = new AbortController().signal;

function spec(model: string, params: ModelSpec['params'] = {}, id = 'tiny'): ModelSpec {
  return { id, provider: 'gguf', model, params, concurrency: 1, timeout_s: 60, threads: 1, source: 'models.yaml:3' };
}
function ask(content: string, params: CompletionRequest['params'] = {}): CompletionRequest {
  return { messages: [{ role: 'user', content }], params, sample: 0 };
}

beforeAll(async () => {
  if (!hasLlama) return;
  dir = await mkdtemp(path.join(tmpdir(), 'bench-gguf-'));
  modelFile = await writeTinyGguf(path.join(dir, 'tiny.gguf'));
  provider = await createGgufProvider(spec(modelFile));
});
afterAll(async () => {
  await provider?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!hasLlama)('gguf provider on the scripted tiny model (skipped: node-llama-cpp, an optional dependency, is not installed)', () => {
  it('answers with exactly the scripted text and stops at end-of-generation', async () => {
    const c = await provider.complete(ask('Say the alphabet.'), never);
    expect(c.text).toBe(ALPHABET);
    expect(c.finishReason).toBe('stop');
    expect(c.outputTokens).toBe(26); // the end-of-generation token is not output
  });

  it('streams: time to first token is positive and no later than the whole request', async () => {
    const c = await provider.complete(ask('hi'), never);
    expect(c.ttftMs).not.toBeNull();
    expect(c.ttftMs!).toBeGreaterThan(0);
    expect(c.ttftMs!).toBeLessThanOrEqual(c.latencyMs);
  });

  it('stops after max_tokens and reports finish reason length', async () => {
    const c = await provider.complete(ask('hi', { max_tokens: 5 }), never);
    expect(c).toMatchObject({ text: 'ABCDE', outputTokens: 5, finishReason: 'length' });
  });

  it('stops at a stop sequence and leaves the sequence out of the text', async () => {
    const c = await provider.complete(ask('hi', { stop: ['FG', 'XYZ'] }), never);
    expect(c.text).toBe('ABCDE');
    expect(c.finishReason).toBe('stop');
  });

  it('counts prompt tokens with the model tokenizer (ChatML rendering: one token per byte, plus BOS)', async () => {
    const rendered = '<|im_start|>user\nhello<|im_end|>\n<|im_start|>assistant\n';
    const c = await provider.complete(ask('hello', { max_tokens: 1 }), never);
    expect(c.inputTokens).toBe(Buffer.byteLength(rendered) + 1);
    expect(provider.countTokens('a b')).toBe(3); // a, ▁, b
  });

  it('sizes the context to prompt + max_tokens and grows it only when a request needs more', async () => {
    const p = await createGgufProvider(spec(modelFile, { max_tokens: 8 }, 'tiny-ctx'));
    try {
      expect(p.contextSize).toBe(0);
      await p.complete(ask('hi'), never);
      expect(p.contextSize).toBe(256);
      await p.complete(ask('hi', { max_tokens: 300 }), never);
      expect(p.contextSize).toBe(512);
      await expect(p.complete(ask('hi', { max_tokens: 600 }), never)).rejects.toBeInstanceOf(BadRequestError);
    } finally {
      await p.close();
    }
  });

  it('prepare() creates the context up front from a prompt-size hint', async () => {
    const p = await createGgufProvider(spec(modelFile, { max_tokens: 16 }, 'tiny-prep'));
    try {
      await p.prepare({ maxPromptChars: 900 });
      expect(p.contextSize).toBe(512);
      await p.prepare({ maxPromptTokens: 10 }); // never shrinks
      expect(p.contextSize).toBe(512);
    } finally {
      await p.close();
    }
  });

  it('loads a file once: a second provider for the same path shares the loaded model', async () => {
    const second = await createGgufProvider(spec(modelFile, {}, 'tiny-again'));
    try {
      expect(loadCounts.get(await realpath(modelFile))).toBe(1);
      const c = await second.complete(ask('again', { max_tokens: 3 }), never);
      expect(c.text).toBe('ABC');
    } finally {
      await second.close();
    }
    // the first provider still holds the model and still works
    expect((await provider.complete(ask('still there', { max_tokens: 2 }), never)).text).toBe('AB');
  });

  it('serializes concurrent requests on one model and answers each one fully', async () => {
    const outs = await Promise.all([1, 2, 3].map((n) => provider.complete(ask(`q${n}`, { max_tokens: 4 }), never)));
    expect(outs.map((c) => c.text)).toEqual(['ABCD', 'ABCD', 'ABCD']);
  });

  it('rejects with ProviderAbortError when the signal is aborted while the request waits for the model', async () => {
    const ac = new AbortController();
    const first = provider.complete(ask('first'), never);
    const second = provider.complete(ask('second'), ac.signal);
    ac.abort();
    await expect(second).rejects.toBeInstanceOf(ProviderAbortError);
    expect((await first).text).toBe(ALPHABET);
  });

  it('rejects an already aborted request without generating', async () => {
    await expect(provider.complete(ask('x'), AbortSignal.abort())).rejects.toBeInstanceOf(ProviderAbortError);
  });
});

describe.skipIf(!hasLlama)('gguf provider on other tiny models (skipped: node-llama-cpp is not installed)', () => {
  it('a fixed-letter model answers exactly "B"', async () => {
    const file = await writeTinyGguf(path.join(dir, 'letter-b.gguf'), { script: 'B' });
    const p = await createGgufProvider(spec(file, {}, 'tiny-b'));
    try {
      const c = await p.complete(ask('Which option? A, B, C or D'), never);
      expect(c).toMatchObject({ text: 'B', finishReason: 'stop' });
    } finally {
      await p.close();
    }
  });

  it('a model without a chat template still answers, through node-llama-cpp\'s fallback wrapper', async () => {
    const file = await writeTinyGguf(path.join(dir, 'no-template.gguf'), { script: 'XYZ', omitKeys: ['tokenizer.chat_template'] });
    const p = await createGgufProvider(spec(file, {}, 'tiny-plain'));
    try {
      expect((await p.complete(ask('hi'), never)).text).toBe('XYZ');
    } finally {
      await p.close();
    }
  });

  it('a random-weight model runs every layer, reproduces a seeded sample, and varies it across sample indexes', async () => {
    const file = await writeTinyGguf(path.join(dir, 'random.gguf'), { mode: 'random', seed: 7 });
    const p = await createGgufProvider(spec(file, { temperature: 1, seed: 42, max_tokens: 24 }, 'tiny-random'));
    try {
      const a = await p.complete(ask('hello'), never);
      const b = await p.complete(ask('hello'), never);
      const other = await p.complete({ ...ask('hello'), sample: 1 }, never);
      expect(a.outputTokens).toBeGreaterThan(0);
      expect(a.outputTokens).toBeLessThanOrEqual(24);
      expect(b.text).toBe(a.text);
      expect(other.text).not.toBe(a.text);
      // top_p near 0 keeps only the likeliest token: temperature 1 then samples exactly the greedy answer
      const greedy = await p.complete(ask('hello', { temperature: 0 }), never);
      const nucleus = await p.complete(ask('hello', { top_p: 1e-6 }), never);
      expect(greedy.text).not.toBe(a.text);
      expect(nucleus.text).toBe(greedy.text);
    } finally {
      await p.close();
    }
  });

  it('runs requests to different models one at a time, so each latency is that model\'s own work', async () => {
    const longFile = await writeTinyGguf(path.join(dir, 'random-gate.gguf'), { mode: 'random', seed: 3, contextLength: 4096 });
    const slow = await createGgufProvider(spec(longFile, { temperature: 1, seed: 1, max_tokens: 3000 }, 'tiny-gate'));
    try {
      const t0 = performance.now();
      const [a, b] = await Promise.all([
        slow.complete(ask('go'), never),
        provider.complete(ask('short', { max_tokens: 3 }), never).then((c) => ({ ...c, wall: performance.now() - t0 })),
      ]);
      expect(b.text).toBe('ABC');
      expect(b.wall).toBeGreaterThanOrEqual(a.latencyMs); // it waited for the other model…
      expect(b.latencyMs).toBeLessThan(a.latencyMs / 4); // …and that wait is not in its latency

      // a request aborted while it waits for the gate is rejected at once, not when its turn comes
      const t1 = performance.now();
      const running = slow.complete(ask('go'), never);
      const ac = new AbortController();
      const waiting = provider.complete(ask('short'), ac.signal).catch((e: unknown) => ({ e, at: performance.now() - t1 }));
      setTimeout(() => ac.abort(), 5);
      const aborted = (await waiting) as { e: unknown; at: number };
      const done = await running;
      expect(aborted.e).toBeInstanceOf(ProviderAbortError);
      expect(aborted.at).toBeLessThan(done.latencyMs / 2);
    } finally {
      await slow.close();
    }
  });

  it('stops a looping generation early with finish reason repetition, keeping the text so far', async () => {
    const file = await writeTinyGguf(path.join(dir, 'loop.gguf'), { script: 'abc', loop: true, contextLength: 2048 });
    const p = await createGgufProvider(spec(file, { max_tokens: 1500 }, 'tiny-loop'));
    try {
      const c = await p.complete(ask('go'), never);
      expect(c.finishReason).toBe('repetition');
      expect(c.text).toMatch(/^(abc)+a?b?$/);
      expect(c.outputTokens!).toBeGreaterThanOrEqual(500);
      expect(c.outputTokens!).toBeLessThan(700);
    } finally {
      await p.close();
    }
  });

  it('stops generating soon after the signal aborts mid-stream or timeout_s passes, and the model serves the next request', async () => {
    const file = await writeTinyGguf(path.join(dir, 'random-long.gguf'), { mode: 'random', seed: 3, contextLength: 4096 });
    const p = await createGgufProvider(spec(file, { temperature: 1, seed: 1, max_tokens: 3000 }, 'tiny-long'));
    try {
      const full = await p.complete(ask('go'), never);
      const ac = new AbortController();
      const started = performance.now();
      setTimeout(() => ac.abort(), Math.max(5, full.latencyMs / 10));
      await expect(p.complete(ask('go'), ac.signal)).rejects.toBeInstanceOf(ProviderAbortError);
      expect(performance.now() - started).toBeLessThan(full.latencyMs / 2 + 50);
      expect((await p.complete(ask('go', { max_tokens: 5 }), never)).outputTokens).toBe(5);
      const slow = await createGgufProvider({ ...spec(file, { temperature: 1, seed: 1, max_tokens: 3000 }, 'tiny-slow'), timeout_s: full.latencyMs / 10_000 });
      try {
        await expect(slow.complete(ask('go'), never)).rejects.toBeInstanceOf(TimeoutError);
      } finally {
        await slow.close();
      }
    } finally {
      await p.close();
    }
  });
});
