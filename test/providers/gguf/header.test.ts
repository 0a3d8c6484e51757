/**
 * @module test/providers/gguf/header.test — bad model files give one InputError naming the file and the
 * problem, found in JS before llama.cpp (which can abort the process on some of them) sees the file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { createGgufProvider, readGgufInfo } from '../../../src/providers/gguf/index.js';
import { buildTinyGguf } from '../../fixtures/gguf/tiny-gguf.js';

let dir: string;
let good: Buffer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bench-gguf-hdr-'));
  good = buildTinyGguf();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, bytes: Buffer | string): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, bytes);
  return p;
}
function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

describe('readGgufInfo', () => {
  it('reads the tiny model: architecture, context length, vocabulary and chat template', async () => {
    const info = readGgufInfo(await file('ok.gguf', good));
    expect(info).toMatchObject({ version: 3, architecture: 'llama', contextLength: 512, tokenCount: 260, tensorCount: 21 });
    expect(info.chatTemplate).toContain('<|im_start|>');
  });

  it('names the file and the tensor when the file was cut short (an interrupted download)', async () => {
    const p = await file('cut.gguf', good.subarray(0, Math.floor(good.length / 2)));
    const err = thrown(() => readGgufInfo(p));
    expect(err.message).toContain(p);
    expect(err.message).toMatch(/truncated: tensor \S+ needs bytes up to \d+ but the file has \d+/);
  });

  it('reports a file cut inside the metadata', async () => {
    const p = await file('cut-meta.gguf', good.subarray(0, 3000));
    expect(thrown(() => readGgufInfo(p)).message).toMatch(/truncated: .* runs past the end of the file \(3000 bytes\)/);
  });

  it('reports a file that is not GGUF at all', async () => {
    const p = await file('html.gguf', '<!doctype html><html>rate limited</html>');
    expect(thrown(() => readGgufInfo(p)).message).toMatch(/not a GGUF file .*expected "GGUF"/);
  });

  it('reports an unsupported GGUF version', async () => {
    const bytes = Buffer.from(good);
    bytes.writeUInt32LE(7, 4);
    const p = await file('v7.gguf', bytes);
    expect(thrown(() => readGgufInfo(p)).message).toContain('GGUF version 7 is not supported');
  });

  it('reports a missing required metadata key by name', async () => {
    const p = await file('no-ctx.gguf', buildTinyGguf({ omitKeys: ['llama.context_length'] }));
    expect(thrown(() => readGgufInfo(p)).message).toContain('llama.context_length');
    const q = await file('no-vocab.gguf', buildTinyGguf({ omitKeys: ['tokenizer.ggml.tokens'] }));
    expect(thrown(() => readGgufInfo(q)).message).toContain('tokenizer.ggml.tokens');
  });

  it('reports a string whose length runs past the file', async () => {
    const bytes = Buffer.from(good);
    bytes.writeBigUInt64LE(1n << 40n, 24); // length of the first key
    const p = await file('long-key.gguf', bytes);
    expect(thrown(() => readGgufInfo(p)).message).toMatch(/more than the whole file|past the end/);
  });
});

describe('createGgufProvider with a bad model', () => {
  const spec = (model: string) => ({ id: 'tiny', provider: 'gguf' as const, model, params: {}, concurrency: 1, timeout_s: 9, source: 'models.yaml:7' });

  it('a missing file is one InputError naming the file, where it was configured, and how to get a model', async () => {
    const missing = path.join(dir, 'nope.gguf');
    const err = await createGgufProvider(spec(missing)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toContain(missing);
    expect((err as InputError).message).toContain('models.yaml:7 (model tiny)');
    expect((err as InputError).message).toContain('hf:');
  });

  it('a truncated file is an InputError from the JS check, and the process lives on', async () => {
    const p = await file('cut2.gguf', good.subarray(0, good.length - 4096));
    const err = await createGgufProvider(spec(p)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/^models\.yaml:7 \(model tiny\): invalid GGUF model .*truncated/);
  });

  it('refuses threads below 1 with the field named', async () => {
    const p = await file('ok2.gguf', good);
    await expect(createGgufProvider({ ...spec(p), threads: 0 })).rejects.toThrow(/threads must be a whole number from 1 up, got 0/);
  });
});
