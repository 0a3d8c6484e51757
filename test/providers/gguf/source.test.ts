/**
 * @module test/providers/gguf/source.test — getting a gguf model from hf:/URL refs: download once into the
 * cache (loopback server standing in for Hugging Face), resume, checksum, and the offline message.
 */
import { createHash } from 'node:crypto';
import fs, { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { pickGgufFile, resolveModelFile } from '../../../src/providers/gguf/index.js';
import { buildTinyGguf } from '../../fixtures/gguf/tiny-gguf.js';

const model = buildTinyGguf();
const sha = createHash('sha256').update(model).digest('hex');
const FILE = 'tiny-model.Q4_K_M.gguf';
let server: Server;
let base: string;
let closedPort: number; // a loopback port nothing listens on
let dir: string;
let seen: { url: string; range: string | undefined; auth: string | undefined }[] = [];
const quiet = new Writable({ write: (_c, _e, cb) => cb() });

function serveModel(req: IncomingMessage, res: import('node:http').ServerResponse): void {
  const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  if (m) {
    const from = Number(m[1]);
    res.writeHead(206, { 'content-length': model.length - from, 'content-range': `bytes ${from}-${model.length - 1}/${model.length}` });
    res.end(model.subarray(from));
  } else {
    res.writeHead(200, { 'content-length': model.length, etag: `"${sha}"` });
    res.end(model);
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', range: req.headers.range, auth: req.headers.authorization });
    if (req.url === '/api/models/bench/tiny-GGUF?blobs=true') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ siblings: [{ rfilename: 'README.md' }, { rfilename: 'tiny-model.Q8_0.gguf', lfs: { sha256: 'f'.repeat(64) } }, { rfilename: FILE, lfs: { sha256: sha } }] }));
    } else if (req.url === `/bench/tiny-GGUF/resolve/main/${FILE}` || req.url === '/files/tiny.gguf') {
      serveModel(req, res);
    } else if (req.url === '/files/cut.gguf') {
      res.writeHead(200, { 'content-length': model.length });
      res.write(model.subarray(0, 50_000), () => setTimeout(() => res.destroy(), 100)); // the connection drops midway
    } else if (req.url === '/bench/tiny-GGUF/resolve/main/tiny-model.Q8_0.gguf') {
      res.writeHead(200);
      res.end(model); // does not match the listed sha256
    } else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((ok) => probe.close(() => ok()));
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
beforeEach(async () => {
  seen = [];
  dir = await mkdtemp(path.join(tmpdir(), 'bench-gguf-cache-'));
  return () => rm(dir, { recursive: true, force: true });
});

describe('resolveModelFile', () => {
  it('downloads an hf: ref once, picking the requested quant and checking its sha256', async () => {
    const opts = { cacheDir: dir, hfEndpoint: base, progress: quiet };
    const file = await resolveModelFile('hf:bench/tiny-GGUF:Q4_K_M', opts);
    expect(file).toBe(path.join(dir, 'hf', 'bench', 'tiny-GGUF', FILE));
    expect((await readFile(file)).equals(model)).toBe(true);
    const again = await resolveModelFile('hf:bench/tiny-GGUF:q4_k_m', opts);
    expect(again).toBe(file);
    expect(seen.filter((s) => s.url.includes('/resolve/'))).toHaveLength(1); // the second call never downloads
  });

  it('uses a cached hf: model with no network at all', async () => {
    const cached = path.join(dir, 'hf', 'bench', 'tiny-GGUF', FILE);
    await mkdir(path.dirname(cached), { recursive: true });
    await writeFile(cached, model);
    const file = await resolveModelFile('hf:bench/tiny-GGUF', { cacheDir: dir, hfEndpoint: `http://127.0.0.1:${closedPort}` });
    expect(file).toBe(cached);
  });

  it('resumes a partial download with a Range request', async () => {
    const dest = path.join(dir, 'hf', 'bench', 'tiny-GGUF', FILE);
    await mkdir(path.dirname(dest), { recursive: true });
    await writeFile(`${dest}.part`, model.subarray(0, 100_000));
    const file = await resolveModelFile(`hf:bench/tiny-GGUF/${FILE}`, { cacheDir: dir, hfEndpoint: base, progress: quiet });
    expect(seen.find((s) => s.url.includes('/resolve/'))?.range).toBe('bytes=100000-');
    expect(createHash('sha256').update(await readFile(file)).digest('hex')).toBe(sha);
    expect(existsSync(`${dest}.part`)).toBe(false);
  });

  it('rejects a download whose sha256 does not match and keeps nothing of it', async () => {
    const err = await resolveModelFile('hf:bench/tiny-GGUF:Q8_0', { cacheDir: dir, hfEndpoint: base, progress: quiet }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/SHA-256 is [0-9a-f]{64}, expected f{64}/);
    expect(existsSync(path.join(dir, 'hf', 'bench', 'tiny-GGUF', 'tiny-model.Q8_0.gguf'))).toBe(false);
  });

  it('sends HF_TOKEN to the Hugging Face endpoint (gated repositories) and never prints it', async () => {
    process.env.HF_TOKEN = 'hf_test_SECRET_123';
    try {
      const err = await resolveModelFile('hf:bench/tiny-GGUF:Q8_0', { cacheDir: dir, hfEndpoint: base, progress: quiet }).catch((e: unknown) => e);
      expect((err as Error).message).not.toContain('hf_test_SECRET_123');
      expect(seen.map((s) => s.auth)).toEqual(['Bearer hf_test_SECRET_123', 'Bearer hf_test_SECRET_123']);
    } finally {
      delete process.env.HF_TOKEN;
    }
  });

  it('downloads an http(s) URL into the cache, verified by its sha256 ETag, with a progress line', async () => {
    let progress = '';
    const sink = new Writable({ write: (c: Buffer, _e, cb) => { progress += c.toString(); cb(); } });
    const file = await resolveModelFile(`${base}/files/tiny.gguf`, { cacheDir: dir, progress: sink });
    expect(path.basename(file)).toMatch(/^[0-9a-f]{12}-tiny\.gguf$/);
    expect((await readFile(file)).equals(model)).toBe(true);
    expect(progress).toMatch(/downloading .*tiny\.gguf[\s\S]*100% 0\.4\/0\.4 MB/);
  });

  it('a connection dropped midway is one InputError saying to run again, and the partial file is kept to resume', async () => {
    const err = await resolveModelFile(`${base}/files/cut.gguf`, { cacheDir: dir, progress: quiet }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/download of .*cut\.gguf (was interrupted|stopped at \d+ of \d+ bytes).*run again to resume/);
    const parts = fs.readdirSync(path.join(dir, 'url')).filter((f) => f.endsWith('.part'));
    expect(parts).toHaveLength(1);
    expect(fs.statSync(path.join(dir, 'url', parts[0]!)).size).toBe(50_000);
  });

  it('offline: one InputError naming the ref, the cache folder and how to get the file', async () => {
    const err = await resolveModelFile('hf:Qwen/Qwen2.5-0.5B-Instruct-GGUF:Q4_K_M', {
      cacheDir: dir,
      hfEndpoint: `http://127.0.0.1:${closedPort}`,
      where: 'models.yaml:4 (model qwen)',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/^models\.yaml:4 \(model qwen\): cannot fetch hf:Qwen\/Qwen2\.5-0\.5B-Instruct-GGUF:Q4_K_M .*ECONNREFUSED/);
    expect(msg).toContain(path.join(dir, 'hf', 'Qwen', 'Qwen2.5-0.5B-Instruct-GGUF'));
    expect(msg).toContain('npx node-llama-cpp pull');
    expect(msg).not.toContain('\n    at ');
  });

  it('names the repository when it does not exist and lists the quants when the one asked for is absent', async () => {
    await expect(resolveModelFile('hf:bench/nothing', { cacheDir: dir, hfEndpoint: base })).rejects.toThrow(/no such model repository bench\/nothing/);
    await expect(resolveModelFile('hf:bench/tiny-GGUF:Q2_K', { cacheDir: dir, hfEndpoint: base })).rejects.toThrow(
      /has no \.gguf file for quant Q2_K; it has: tiny-model\.Q8_0\.gguf, tiny-model\.Q4_K_M\.gguf/,
    );
  });
});

describe('local paths', () => {
  it('expands ~/ to the home folder and resolves relative paths from the working directory', async () => {
    const err = await resolveModelFile('~/no-such-bench-model.gguf', { cacheDir: dir }).catch((e: unknown) => e);
    expect((err as Error).message).toContain(path.join(homedir(), 'no-such-bench-model.gguf'));
    const rel = await resolveModelFile('x/y.gguf', { cacheDir: dir }).catch((e: unknown) => e);
    expect((rel as Error).message).toContain(path.resolve('x/y.gguf'));
  });
});

describe('pickGgufFile', () => {
  it('prefers Q4_K_M, then Q8_0, and skips split parts', () => {
    expect(pickGgufFile(['a-q8_0.gguf', 'a-q4_k_m.gguf', 'a-fp16.gguf'], undefined)).toBe('a-q4_k_m.gguf');
    expect(pickGgufFile(['a-q8_0.gguf', 'a-fp16.gguf'], undefined)).toBe('a-q8_0.gguf');
    expect(pickGgufFile(['a-q4_k_m-00001-of-00002.gguf', 'a-q8_0.gguf'], 'q4_k_m')).toBeUndefined();
    expect(pickGgufFile(['README.md'], undefined)).toBeUndefined();
  });
});
