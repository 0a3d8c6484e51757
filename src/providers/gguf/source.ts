/**
 * @module providers/gguf/source — turns a gguf `model:` (file path, `hf:<user>/<repo>[:<quant>]`,
 * `hf:<user>/<repo>/<file.gguf>` or https URL) into a local file, downloading it once into the model cache.
 *
 * Downloads go to `<file>.part` and resume with a Range request; the finished file is checked against a
 * SHA-256 when the source gives one (Hugging Face's LFS metadata, an `#sha256=<hex>` URL fragment, or a
 * 64-hex ETag) and only then renamed into place, so a file in the cache is always whole. `HF_TOKEN`, when
 * set, is sent to the Hugging Face endpoint (gated repositories) and appears in no message.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InputError } from '../../errors.js';

export interface ResolveOptions {
  /** Where downloads live; default `BENCH_MODEL_DIR` or `~/.cache/bench/models`. */
  cacheDir?: string;
  /** Hugging Face endpoint; default `HF_ENDPOINT` or https://huggingface.co. */
  hfEndpoint?: string;
  /** Progress lines go here; default process.stderr. */
  progress?: NodeJS.WritableStream;
  /** Who asked, for messages: `models.yaml:14 (id tiny)`. */
  where?: string;
}

export function modelCacheDir(): string {
  return process.env.BENCH_MODEL_DIR || path.join(homedir(), '.cache', 'bench', 'models');
}

const inFlight = new Map<string, Promise<string>>();

/** The local path of a gguf model, downloading it first when needed. */
export async function resolveModelFile(model: string, opts: ResolveOptions = {}): Promise<string> {
  const cacheDir = opts.cacheDir ?? modelCacheDir();
  if (model.startsWith('hf:')) return resolveHf(model, cacheDir, opts);
  if (/^https?:\/\//i.test(model)) {
    const url = new URL(model);
    const sha256 = /^#sha256=([0-9a-f]{64})$/i.exec(url.hash)?.[1]?.toLowerCase();
    url.hash = '';
    const urlKey = createHash('sha256').update(url.href).digest('hex').slice(0, 12);
    const dest = path.join(cacheDir, 'url', `${urlKey}-${path.basename(url.pathname) || 'model.gguf'}`);
    return once(dest, () => download(url.href, dest, { ...opts, sha256, label: model }));
  }
  const file = path.resolve(model.startsWith('~/') ? path.join(homedir(), model.slice(2)) : model);
  if (!existsSync(file)) {
    throw new InputError(
      `${prefix(opts)}GGUF model file not found: ${file}. Give a path to a .gguf file, or an hf:<user>/<repo>[:<quant>] ` +
        `or https URL that bench downloads once into ${cacheDir}.`,
      { code: 'MODEL_NOT_FOUND' },
    );
  }
  return file;
}

function prefix(opts: ResolveOptions): string {
  return opts.where ? `${opts.where}: ` : '';
}

function once(dest: string, work: () => Promise<string>): Promise<string> {
  if (existsSync(dest)) return Promise.resolve(dest);
  let p = inFlight.get(dest);
  if (!p) {
    p = work().finally(() => inFlight.delete(dest));
    inFlight.set(dest, p);
  }
  return p;
}

function parseHf(ref: string, opts: ResolveOptions): { repo: string; file?: string; quant?: string } {
  const m = /^hf:([\w.-]+\/[\w.-]+)(?:\/(.+\.gguf)|:([\w.-]+))?$/i.exec(ref);
  if (!m) {
    throw new InputError(`${prefix(opts)}model ${JSON.stringify(ref)}: expected hf:<user>/<repo>[:<quant>] or hf:<user>/<repo>/<file>.gguf`);
  }
  return { repo: m[1]!, ...(m[2] ? { file: m[2] } : {}), ...(m[3] ? { quant: m[3] } : {}) };
}

/** Picks the .gguf of a repo for a quant (default Q4_K_M, then Q8_0, then the first), skipping split parts. */
export function pickGgufFile(files: string[], quant: string | undefined): string | undefined {
  const ggufs = files.filter((f) => f.toLowerCase().endsWith('.gguf') && !/-\d{5}-of-\d{5}\.gguf$/i.test(f));
  const find = (q: string): string | undefined =>
    ggufs.filter((f) => path.basename(f).toUpperCase().includes(q.toUpperCase())).sort((a, b) => a.length - b.length)[0];
  if (quant) return find(quant);
  return find('Q4_K_M') ?? find('Q8_0') ?? ggufs[0];
}

async function resolveHf(ref: string, cacheDir: string, opts: ResolveOptions): Promise<string> {
  const { repo, file, quant } = parseHf(ref, opts);
  const dir = path.join(cacheDir, 'hf', ...repo.split('/'));
  if (file && existsSync(path.join(dir, file))) return path.join(dir, file);
  if (!file) {
    const local = pickGgufFile(await readdir(dir).catch(() => []), quant);
    if (local) return path.join(dir, local);
  }
  const endpoint = (opts.hfEndpoint ?? process.env.HF_ENDPOINT ?? 'https://huggingface.co').replace(/\/+$/, '');
  const token = process.env.HF_TOKEN || undefined;
  const how =
    `Offline, fetch it on a connected machine (\`npx node-llama-cpp pull --dir ${dir} ${ref}\`) and copy the .gguf ` +
    `file into ${dir} here, or set model: to a local .gguf path.`;
  let siblings: { rfilename: string; lfs?: { sha256?: string } }[];
  try {
    const res = await fetch(`${endpoint}/api/models/${repo}?blobs=true`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    if (res.status === 404 || res.status === 401) throw new InputError(`${prefix(opts)}${ref}: no such model repository ${repo} on ${endpoint} (HTTP ${res.status})`, { code: 'MODEL_NOT_FOUND' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    siblings = ((await res.json()) as { siblings?: typeof siblings }).siblings ?? [];
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${prefix(opts)}cannot fetch ${ref} from ${endpoint} (${netReason(err)}). ${how}`, { code: 'MODEL_NOT_FOUND', cause: err });
  }
  const chosen = file ?? pickGgufFile(siblings.map((s) => s.rfilename), quant);
  if (!chosen || !siblings.some((s) => s.rfilename === chosen)) {
    const listed = siblings.map((s) => s.rfilename).filter((f) => f.endsWith('.gguf'));
    throw new InputError(`${prefix(opts)}${ref}: ${repo} has no .gguf file${quant ? ` for quant ${quant}` : ''}${file ? ` named ${file}` : ''}; it has: ${listed.join(', ') || 'none'}`, { code: 'MODEL_NOT_FOUND' });
  }
  const sha256 = siblings.find((s) => s.rfilename === chosen)?.lfs?.sha256;
  const dest = path.join(dir, chosen);
  const url = `${endpoint}/${repo}/resolve/main/${chosen.split('/').map(encodeURIComponent).join('/')}`;
  return once(dest, () => download(url, dest, { ...opts, sha256, label: ref, how, token }));
}

/** The useful part of a fetch failure: `ECONNREFUSED`, `ENOTFOUND`… rather than undici's "fetch failed". */
function netReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

interface DownloadOptions extends ResolveOptions {
  sha256?: string | undefined;
  label: string;
  how?: string;
  /** Sent as a bearer token (Hugging Face's HF_TOKEN, for gated repositories); never printed. */
  token?: string | undefined;
}

async function download(url: string, dest: string, opts: DownloadOptions): Promise<string> {
  await mkdir(path.dirname(dest), { recursive: true });
  const part = `${dest}.part`;
  const have = (await stat(part).catch(() => undefined))?.size ?? 0;
  const headers: Record<string, string> = { 'accept-encoding': 'identity' };
  if (have > 0) headers.range = `bytes=${have}-`;
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let res: Response;
  try {
    res = await fetch(url, { headers });
  } catch (err) {
    const how = opts.how ?? `Offline, download ${url} elsewhere and give model: its local path.`;
    throw new InputError(`${prefix(opts)}cannot download ${opts.label} (${netReason(err)}). ${how}`, { code: 'MODEL_NOT_FOUND', cause: err });
  }
  if (res.status === 416 && have > 0) {
    await rm(part, { force: true }); // what we have is not a prefix the server recognises: start over
    return download(url, dest, opts);
  }
  if (!res.ok || !res.body) {
    throw new InputError(`${prefix(opts)}cannot download ${opts.label}: HTTP ${res.status} from ${new URL(url).host}`, { code: 'MODEL_NOT_FOUND' });
  }
  const resumed = res.status === 206;
  const start = resumed ? have : 0;
  const total = start + Number(res.headers.get('content-length') ?? NaN);
  const etag = res.headers.get('x-linked-etag') ?? res.headers.get('etag') ?? '';
  const sha256 = opts.sha256 ?? /^(?:W\/)?"?([0-9a-f]{64})"?$/i.exec(etag)?.[1]?.toLowerCase();
  const bar = progressBar(opts.progress ?? process.stderr, path.basename(dest), start, total);
  const body = Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => bar.add(chunk.length));
  try {
    await pipeline(body, createWriteStream(part, { flags: resumed ? 'a' : 'w' }));
  } catch (err) {
    bar.done();
    throw new InputError(`${prefix(opts)}download of ${opts.label} was interrupted (${netReason(err)}); run again to resume it`, { code: 'MODEL_DOWNLOAD_INTERRUPTED', cause: err });
  }
  bar.done();
  const size = (await stat(part)).size;
  if (Number.isFinite(total) && size !== total) {
    throw new InputError(`${prefix(opts)}download of ${opts.label} stopped at ${size} of ${total} bytes; run again to resume it`, { code: 'MODEL_DOWNLOAD_INTERRUPTED' });
  }
  if (sha256) {
    const got = await sha256File(part);
    if (got !== sha256) {
      await rm(part, { force: true });
      throw new InputError(`${prefix(opts)}downloaded ${opts.label} but its SHA-256 is ${got}, expected ${sha256}; the partial file was removed, run again to retry`, { code: 'MODEL_INVALID' });
    }
  }
  await rename(part, dest);
  return dest;
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

function progressBar(out: NodeJS.WritableStream, name: string, start: number, total: number) {
  const tty = (out as { isTTY?: boolean }).isTTY === true;
  let got = start;
  let last = 0;
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  const line = (): string => {
    if (!Number.isFinite(total) || total <= 0) return `${name} ${mb(got)} MB`;
    const pct = Math.min(100, Math.floor((got / total) * 100));
    const fill = Math.round(pct / 5);
    return `${name} [${'#'.repeat(fill)}${'.'.repeat(20 - fill)}] ${pct}% ${mb(got)}/${mb(total)} MB`;
  };
  out.write(`downloading ${name}${start > 0 ? ` (resuming at ${mb(start)} MB)` : ''}\n`);
  return {
    add(n: number): void {
      got += n;
      const now = Date.now();
      if (tty && now - last > 200) { last = now; out.write(`\r${line()}`); }
    },
    done(): void { out.write(`${tty ? '\r' : ''}${line()}\n`); },
  };
}
