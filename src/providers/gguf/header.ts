/**
 * @module providers/gguf/header — reads and checks a GGUF file's header, metadata and tensor table in JS,
 * before llama.cpp sees it (some malformed files abort the whole process inside the native library).
 *
 * Format (ggml docs/gguf.md): magic `GGUF`, u32 version (2 or 3), u64 tensor count, u64 KV count; each KV is a
 * string key (u64 length + UTF-8), a u32 value type and the value; each tensor info is a name, u32 n_dims,
 * u64 dims, u32 ggml type and a u64 offset into the data section, which starts at the next multiple of
 * `general.alignment` (default 32). Everything is little-endian.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../../errors.js';

export type GgufValue = number | bigint | boolean | string | GgufValue[];

export interface GgufInfo {
  file: string;
  version: number;
  fileSize: number;
  architecture: string;
  contextLength: number;
  tokenCount: number;
  tensorCount: number;
  chatTemplate: string | undefined;
  metadata: Map<string, GgufValue>;
}

/** ggml type → [elements per block, bytes per block]; types not listed are only offset-checked. */
const GGML_SIZES: Record<number, [number, number]> = {
  0: [1, 4], 1: [1, 2], 2: [32, 18], 3: [32, 20], 6: [32, 22], 7: [32, 24], 8: [32, 34], 9: [32, 36],
  10: [256, 84], 11: [256, 110], 12: [256, 144], 13: [256, 176], 14: [256, 210], 15: [256, 292],
  24: [1, 1], 25: [1, 2], 26: [1, 4], 27: [1, 8], 28: [1, 8], 30: [1, 2],
};
const SCALAR_BYTES: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
const MAX_COUNT = 10_000_000;

class Bad extends Error {}

/** Sequential little-endian reader over a file descriptor, with a 1 MiB window. */
class Reader {
  pos = 0;
  private buf = Buffer.alloc(0);
  private bufStart = 0;
  constructor(private fd: number, readonly size: number) {}

  private need(n: number, what: string): Buffer {
    if (this.pos + n > this.size) throw new Bad(`truncated: ${what} at byte ${this.pos} runs past the end of the file (${this.size} bytes)`);
    const rel = this.pos - this.bufStart;
    if (rel < 0 || rel + n > this.buf.length) {
      this.buf = Buffer.alloc(Math.max(n, 1 << 20));
      const got = readSync(this.fd, this.buf, 0, this.buf.length, this.pos);
      this.buf = this.buf.subarray(0, got);
      this.bufStart = this.pos;
    }
    const start = this.pos - this.bufStart;
    this.pos += n;
    return this.buf.subarray(start, start + n);
  }
  u32(what: string): number { return this.need(4, what).readUInt32LE(0); }
  u64(what: string): number {
    const v = this.need(8, what).readBigUInt64LE(0);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Bad(`${what} is implausibly large (${v})`);
    return Number(v);
  }
  str(what: string): string {
    const len = this.u64(`length of ${what}`);
    if (len > this.size) throw new Bad(`${what} claims ${len} bytes, more than the whole file`);
    return this.need(len, what).toString('utf8');
  }
  scalar(type: number, what: string): GgufValue {
    if (type === 8) return this.str(what);
    const bytes = SCALAR_BYTES[type];
    if (bytes === undefined) throw new Bad(`${what} has unknown value type ${type}`);
    const b = this.need(bytes, what);
    switch (type) {
      case 0: return b.readUInt8(0);
      case 1: return b.readInt8(0);
      case 2: return b.readUInt16LE(0);
      case 3: return b.readInt16LE(0);
      case 4: return b.readUInt32LE(0);
      case 5: return b.readInt32LE(0);
      case 6: return b.readFloatLE(0);
      case 7: return b.readUInt8(0) !== 0;
      case 10: return b.readBigUInt64LE(0);
      case 11: return b.readBigInt64LE(0);
      default: return b.readDoubleLE(0);
    }
  }
  value(what: string): GgufValue {
    const type = this.u32(`type of ${what}`);
    if (type !== 9) return this.scalar(type, what);
    const itemType = this.u32(`item type of ${what}`);
    const n = this.u64(`length of ${what}`);
    if (itemType === 9) throw new Bad(`${what} is a nested array, which bench does not read`);
    const bytes = SCALAR_BYTES[itemType];
    if (bytes !== undefined && this.pos + n * bytes > this.size) {
      throw new Bad(`truncated: array ${what} of ${n} items runs past the end of the file (${this.size} bytes)`);
    }
    const out: GgufValue[] = [];
    for (let i = 0; i < n; i++) out.push(this.scalar(itemType, `${what}[${i}]`));
    return out;
  }
}

function num(meta: Map<string, GgufValue>, key: string): number | undefined {
  const v = meta.get(key);
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

function checkMetadata(meta: Map<string, GgufValue>): { architecture: string; contextLength: number; tokenCount: number } {
  const architecture = meta.get('general.architecture');
  if (typeof architecture !== 'string' || architecture === '') throw new Bad('missing metadata key general.architecture');
  const required = ['context_length', 'embedding_length', 'block_count'];
  if (['llama', 'qwen2', 'qwen3', 'mistral', 'granite'].includes(architecture)) {
    required.push('feed_forward_length', 'attention.head_count', 'attention.layer_norm_rms_epsilon');
  }
  for (const k of required) {
    const v = meta.get(`${architecture}.${k}`);
    const ok = typeof v === 'number' || typeof v === 'bigint' || (Array.isArray(v) && v.length > 0);
    if (!ok) throw new Bad(`missing or non-numeric metadata key ${architecture}.${k}`);
  }
  if (typeof meta.get('tokenizer.ggml.model') !== 'string') throw new Bad('missing metadata key tokenizer.ggml.model');
  const tokens = meta.get('tokenizer.ggml.tokens');
  if (!Array.isArray(tokens) || tokens.length === 0) throw new Bad('missing or empty tokenizer.ggml.tokens');
  for (const k of ['tokenizer.ggml.scores', 'tokenizer.ggml.token_type']) {
    const v = meta.get(k);
    if (v !== undefined && (!Array.isArray(v) || v.length !== tokens.length)) {
      throw new Bad(`${k} has ${Array.isArray(v) ? v.length : 'no'} entries for ${tokens.length} tokens`);
    }
  }
  for (const k of ['bos', 'eos', 'unknown', 'padding'].map((n) => `tokenizer.ggml.${n}_token_id`)) {
    const id = num(meta, k);
    if (id !== undefined && id >= tokens.length) throw new Bad(`${k} = ${id} is not a token (vocabulary has ${tokens.length})`);
  }
  return { architecture, contextLength: num(meta, `${architecture}.context_length`) ?? 0, tokenCount: tokens.length };
}

function checkTensors(r: Reader, count: number, alignment: number): void {
  const infos: { name: string; offset: number; bytes: number | undefined }[] = [];
  for (let i = 0; i < count; i++) {
    const name = r.str(`name of tensor ${i}`);
    const nDims = r.u32(`dimension count of tensor ${name}`);
    if (nDims < 1 || nDims > 4) throw new Bad(`tensor ${name} has ${nDims} dimensions (expected 1 to 4)`);
    let elements = 1;
    for (let d = 0; d < nDims; d++) {
      const dim = r.u64(`dimension ${d} of tensor ${name}`);
      if (dim === 0) throw new Bad(`tensor ${name} has a zero-sized dimension`);
      elements *= dim;
    }
    const type = r.u32(`type of tensor ${name}`);
    const offset = r.u64(`offset of tensor ${name}`);
    if (offset % alignment !== 0) throw new Bad(`tensor ${name} offset ${offset} is not a multiple of the alignment ${alignment}`);
    const size = GGML_SIZES[type];
    infos.push({ name, offset, bytes: size ? Math.ceil(elements / size[0]) * size[1] : undefined });
  }
  const dataStart = Math.ceil(r.pos / alignment) * alignment;
  for (const t of infos) {
    const end = dataStart + t.offset + (t.bytes ?? 1);
    if (end > r.size) {
      throw new Bad(`truncated: tensor ${t.name} needs bytes up to ${end} but the file has ${r.size} (an interrupted download?)`);
    }
  }
}

/** Reads and checks a GGUF file; throws one InputError naming the file and what is wrong. */
export function readGgufInfo(file: string): GgufInfo {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new InputError(`cannot open GGUF model ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { code: 'MODEL_NOT_FOUND', cause: err });
  }
  try {
    const size = fstatSync(fd).size;
    const r = new Reader(fd, size);
    if (size < 24) throw new Bad(`only ${size} bytes: too short for a GGUF header (24 bytes)`);
    const magic = Buffer.from([0, 0, 0, 0]);
    readSync(fd, magic, 0, 4, 0);
    if (magic.toString('latin1') !== 'GGUF') {
      throw new Bad(`not a GGUF file (the first bytes are ${JSON.stringify(magic.toString('latin1'))}, expected "GGUF")`);
    }
    r.pos = 4;
    const version = r.u32('version');
    if (version !== 2 && version !== 3) throw new Bad(`GGUF version ${version} is not supported (expected 2 or 3)`);
    const tensorCount = r.u64('tensor count');
    const kvCount = r.u64('metadata count');
    if (tensorCount > MAX_COUNT || kvCount > MAX_COUNT) throw new Bad(`implausible counts (${tensorCount} tensors, ${kvCount} metadata keys)`);
    const metadata = new Map<string, GgufValue>();
    for (let i = 0; i < kvCount; i++) {
      const key = r.str(`metadata key ${i}`);
      metadata.set(key, r.value(`metadata ${key}`));
    }
    const checked = checkMetadata(metadata);
    const alignment = num(metadata, 'general.alignment') ?? 32;
    if (alignment <= 0 || (alignment & (alignment - 1)) !== 0) throw new Bad(`general.alignment ${alignment} is not a power of two`);
    checkTensors(r, tensorCount, alignment);
    const tpl = metadata.get('tokenizer.chat_template');
    return { file, version, fileSize: size, tensorCount, metadata, chatTemplate: typeof tpl === 'string' ? tpl : undefined, ...checked };
  } catch (err) {
    if (err instanceof Bad) throw new InputError(`invalid GGUF model ${file}: ${err.message}`, { code: 'MODEL_INVALID' });
    throw err;
  } finally {
    closeSync(fd);
  }
}
