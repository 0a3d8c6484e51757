import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BenchError, InputError } from '../../../src/errors.js';
import { cachePathFor, defaultDownloadDir, download } from '../../../src/suites/importers/download.js';
import { licenseName, readSource, textOf } from '../../../src/suites/importers/source.js';

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

const BODY = Buffer.from(Array.from({ length: 4000 }, (_, i) => `{"n": ${i}}`).join('\n') + '\n');
const GZ = gzipSync(BODY);

interface Served {
  url: string;
  requests: { url: string; range?: string }[];
  /** Cut the next response to /cut after this many bytes. */
  cutNext: boolean;
  close(): Promise<void>;
}

async function serve(): Promise<Served> {
  const state = { requests: [] as { url: string; range?: string }[], cutNext: false };
  const server = http.createServer((req, res) => {
    state.requests.push({ url: req.url ?? '', ...(req.headers.range ? { range: req.headers.range } : {}) });
    const body = req.url?.startsWith('/data.bin') || req.url?.startsWith('/cut') ? GZ : req.url === '/plain.jsonl' ? BODY : null;
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('nope');
      return;
    }
    const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const start = m ? Number(m[1]) : 0;
    const part = body.subarray(start);
    res.writeHead(m ? 206 : 200, { 'content-length': String(part.length), 'accept-ranges': 'bytes' });
    if (req.url === '/cut' && state.cutNext) {
      state.cutNext = false;
      res.write(part.subarray(0, 1000));
      setTimeout(() => res.destroy(), 20);
      return;
    }
    // Two chunks so progress has something to draw.
    res.write(part.subarray(0, Math.floor(part.length / 2)));
    setTimeout(() => res.end(part.subarray(Math.floor(part.length / 2))), 20);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    get cutNext() {
      return state.cutNext;
    },
    set cutNext(v: boolean) {
      state.cutNext = v;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let srv: Served;
let tmp: string;
beforeAll(async () => {
  srv = await serve();
});
afterAll(async () => {
  await srv.close();
});
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-src-'));
  srv.requests.length = 0;
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('readSource on a local file', () => {
  it('detects gzip by its magic bytes whatever the extension, hashes the file as distributed, and names the licence beside it', async () => {
    const file = path.join(tmp, 'data.jsonl'); // gzip content behind a plain extension
    await fs.writeFile(file, GZ);
    await fs.writeFile(path.join(tmp, 'LICENSE'), 'MIT License\n\nCopyright (c) someone\n');
    const src = await readSource(file);
    expect(src.gzip).toBe(true);
    expect(src.bytes.equals(BODY)).toBe(true);
    expect(src.sha256).toBe(createHash('sha256').update(GZ).digest('hex'));
    expect(src.license).toBe('MIT');
    expect(src.licenseFile).toBe('LICENSE');
    expect(src.name).toBe('data.jsonl');
  });

  it('reads a plain file named .gz as plain text, and finds no licence where there is none', async () => {
    const file = path.join(tmp, 'data.jsonl.gz');
    await fs.writeFile(file, BODY);
    const src = await readSource(file);
    expect(src.gzip).toBe(false);
    expect(textOf(src)).toBe(BODY.toString());
    expect(src.license).toBeUndefined();
  });

  it('names the file when it is missing, a folder, a broken gzip or not UTF-8', async () => {
    await expect(readSource(path.join(tmp, 'nope.jsonl'))).rejects.toThrow(/nope\.jsonl: no such file/);
    await expect(readSource(tmp)).rejects.toThrow(/expected a file, found a folder/);
    const broken = path.join(tmp, 'broken.gz');
    await fs.writeFile(broken, GZ.subarray(0, 50));
    await expect(readSource(broken)).rejects.toThrow(/broken\.gz: starts like gzip but does not decompress/);
    expect(() => textOf({ name: 'latin1.tsv', bytes: Buffer.from([0x61, 0xe9, 0x62]) })).toThrow(/latin1\.tsv: not UTF-8 text/);
  });

  it('drops a byte-order mark', () => {
    expect(textOf({ name: 'x', bytes: Buffer.from('\ufeff{"a":1}') })).toBe('{"a":1}');
  });

  it('names common licences from their text', () => {
    expect(licenseName('                                 Apache License\n                           Version 2.0, January 2004')).toBe('Apache-2.0');
    expect(licenseName('The MIT License\n\nCopyright (c) OpenAI')).toBe('MIT');
    expect(licenseName('CC By 4.0')).toBe('CC BY 4.0');
    expect(licenseName('Some Custom Terms v2\nblah')).toBe('Some Custom Terms v2');
  });
});

describe('readSource on a loopback URL', () => {
  it('downloads once with plain progress lines off a TTY, then reads the cache without a request', async () => {
    const progress = new Capture(false);
    const url = `${srv.url}/data.bin`;
    const first = await readSource(url, { cacheDir: tmp, progress });
    expect(first.gzip).toBe(true);
    expect(first.bytes.equals(BODY)).toBe(true);
    expect(first.url).toBe(url);
    expect(first.name).toBe('data.bin');
    expect(first.sha256).toBe(createHash('sha256').update(GZ).digest('hex'));
    expect(progress.text).toMatch(new RegExp(`^downloading ${url} \\(\\d+\\.\\d KB\\)\\n`));
    expect(progress.text).toMatch(/\n  \d{2}% \(\d+\.\d KB of \d+\.\d KB\)\n/);
    expect(progress.text).toMatch(/downloaded \d+\.\d KB to /);
    expect(progress.text).not.toContain('\r');
    expect(srv.requests).toHaveLength(1);

    const again = new Capture(false);
    const second = await readSource(url, { cacheDir: tmp, progress: again });
    expect(second.bytes.equals(BODY)).toBe(true);
    expect(srv.requests).toHaveLength(1);
    expect(again.text).toBe('');
  });

  it('draws a bar on a TTY', async () => {
    const progress = new Capture(true);
    await download(`${srv.url}/plain.jsonl`, { cacheDir: tmp, progress });
    expect(progress.text).toMatch(/\r {2}\[#{30}\] 100% /);
  });

  it('resumes a cut download from where it stopped, asking for the rest with a Range header', async () => {
    srv.cutNext = true;
    const url = `${srv.url}/cut`;
    const err = await download(url, { cacheDir: tmp, progress: new Capture(false) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BenchError);
    expect((err as BenchError).exitCode).toBe(3);
    expect((err as Error).message).toMatch(/run again to resume/);
    const partSize = (await fs.stat(`${cachePathFor(url, tmp)}.part`)).size;
    expect(partSize).toBe(1000);

    const progress = new Capture(false);
    const got = await readSource(url, { cacheDir: tmp, progress });
    expect(got.bytes.equals(BODY)).toBe(true);
    expect(srv.requests.at(-1)?.range).toBe('bytes=1000-');
    expect(progress.text).toMatch(/resuming at 1000 B/);
  });

  it('reports a 404 as bad input naming the URL, and keeps nothing in the cache', async () => {
    const err = await readSource(`${srv.url}/missing.jsonl`, { cacheDir: tmp, progress: new Capture(false) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`could not download ${srv.url}/missing.jsonl: the server answered 404 Not Found; check the URL`);
    expect((await fs.readdir(tmp)).filter((f) => !f.endsWith('.part'))).toEqual([]);
  });

  it('reports a refused connection as a download failure', async () => {
    const closed = await serve();
    await closed.close();
    const err = await download(`${closed.url}/data.bin`, { cacheDir: tmp, progress: new Capture(false) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BenchError);
    expect((err as Error).message).toMatch(/^could not download http:\/\/127\.0\.0\.1:\d+\/data\.bin: /);
  });

  it('gives up on a server that stalls mid-body, keeping the part for a resume', async () => {
    const stall = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-length': '5000' });
      res.write(Buffer.alloc(700));
    });
    await new Promise<void>((r) => stall.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(stall.address() as AddressInfo).port}/slow.jsonl`;
    try {
      const err = await download(url, { cacheDir: tmp, progress: new Capture(false), idleTimeoutMs: 200 }).catch((e: unknown) => e);
      expect((err as Error).message).toBe(`download of ${url} stopped after 700 B: no data for 200 ms; run again to resume`);
      expect((await fs.stat(`${cachePathFor(url, tmp)}.part`)).size).toBe(700);
    } finally {
      stall.closeAllConnections();
      await new Promise<void>((r) => stall.close(() => r()));
    }
  });

  it('caches under $BENCH_CACHE_DIR/downloads, else ~/.cache/bench/downloads', () => {
    expect(defaultDownloadDir({ BENCH_CACHE_DIR: '/x/cache' })).toBe(path.resolve('/x/cache/downloads'));
    expect(defaultDownloadDir({})).toBe(path.join(os.homedir(), '.cache', 'bench', 'downloads'));
  });
});
