/**
 * @module suites/importers/source — read an importer's input (a file path or an http(s) URL)
 * into text, with the file's sha256 and the licence found beside it.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../../errors.js';
import type { SuiteSource } from '../types.js';
import { download, type DownloadOptions } from './download.js';
import { redactUrl } from '../../secrets.js';

export interface SourceFile {
  /** The file's name (no folder), e.g. `HumanEval.jsonl.gz`: used in messages. */
  name: string;
  /** The local path read (for a URL: the cached copy). */
  path: string;
  /** The URL it came from, without credentials. */
  url?: string;
  /** Content after gunzip (when the bytes start with the gzip magic number). */
  bytes: Buffer;
  /** sha256 (hex) of the file as distributed, before any gunzip. */
  sha256: string;
  gzip: boolean;
  /** Licence named by a LICENSE* file beside a local file, when there is one. */
  license?: string;
  /** That LICENSE* file. */
  licenseFile?: string;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Read a file path or an http(s) URL (downloaded once into the cache). */
export async function readSource(input: string, options: DownloadOptions = {}): Promise<SourceFile> {
  if (isUrl(input)) {
    const { file } = await download(input, options);
    const raw = await fs.readFile(file);
    const name = path.posix.basename(new URL(input).pathname) || path.basename(file);
    return { ...decode(raw, name), name, path: file, url: redactUrl(input) };
  }
  const file = path.resolve(input);
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) throw new InputError(`${input}: no such file`);
  if (!stat.isFile()) throw new InputError(`${input}: expected a file, found a folder`);
  const raw = await fs.readFile(file);
  const lic = await findLicense(path.dirname(file));
  return { ...decode(raw, path.basename(file)), name: path.basename(file), path: file, ...lic };
}

function decode(raw: Buffer, name: string): { bytes: Buffer; sha256: string; gzip: boolean } {
  const sha256 = createHash('sha256').update(raw).digest('hex');
  const gzip = raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b;
  if (!gzip) return { bytes: raw, sha256, gzip };
  try {
    return { bytes: gunzipSync(raw), sha256, gzip };
  } catch (e) {
    throw new InputError(`${name}: starts like gzip but does not decompress (${(e as Error).message}); the file may be truncated`);
  }
}

/** Decode UTF-8 text (a BOM is dropped); bytes that are not UTF-8 are an error naming the file. */
export function textOf(src: Pick<SourceFile, 'bytes' | 'name'>): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(src.bytes);
  } catch {
    throw new InputError(`${src.name}: not UTF-8 text${src.bytes.length > 0 ? ' (a binary or wrongly encoded file?)' : ''}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A LICENSE* / LICENCE* / COPYING file in `dir`, and the licence it names. */
export async function findLicense(dir: string): Promise<{ license?: string; licenseFile?: string }> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const hit = names.filter((n) => /^(licen[cs]e|copying)(\.[a-z]+)?$/i.test(n)).sort()[0];
  if (!hit) return {};
  const file = path.join(dir, hit);
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  const license = licenseName(text);
  return license ? { license, licenseFile: hit } : { licenseFile: hit };
}

const KNOWN: [RegExp, string][] = [
  [/\bMIT License\b/i, 'MIT'],
  [/Apache License[\s\S]{0,80}Version 2\.0/i, 'Apache-2.0'],
  [/\bBSD 3-Clause\b/i, 'BSD-3-Clause'],
  [/\bBSD 2-Clause\b/i, 'BSD-2-Clause'],
  [/Creative Commons Attribution 4\.0|\bCC[- ]BY[- ]4\.0\b/i, 'CC BY 4.0'],
  [/Creative Commons Attribution-ShareAlike 4\.0|\bCC[- ]BY[- ]SA[- ]4\.0\b/i, 'CC BY-SA 4.0'],
  [/GNU GENERAL PUBLIC LICENSE[\s\S]{0,80}Version 3/i, 'GPL-3.0'],
];

/** The licence a licence text names (SPDX-style where known), else its first line. */
export function licenseName(text: string): string | undefined {
  const head = text.slice(0, 2000);
  for (const [re, name] of KNOWN) if (re.test(head)) return name;
  const first = head.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0);
  return first ? first.slice(0, 80) : undefined;
}

/** The `source` block a suite records: dataset, file, hash, licence, URL, split. */
export function suiteSource(src: SourceFile, dataset: string, split?: string): SuiteSource {
  return {
    dataset,
    file: src.name,
    sha256: src.sha256,
    ...(src.license ? { license: src.license } : {}),
    ...(src.url ? { url: src.url } : {}),
    ...(split ? { split } : {}),
  };
}
