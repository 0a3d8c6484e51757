/**
 * @module cli/help-cache — `bench --help` without loading commander.
 *
 * The build renders the top-level help once (`scripts/build-help.mjs`) into dist/cli/help.txt,
 * headed by a key of what the text depends on: the contents of cli/main.js (the commands and
 * flags) and commander's version (the layout). `bench --help` prints that text when the key still
 * matches and the help would be laid out 80 columns wide (output not a terminal, or an 80-column
 * one); otherwise commander renders it as before. Either way the text is the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The width commander lays help out at when the output is not a terminal. */
export const HELP_WIDTH = 80;

const here = path.dirname(fileURLToPath(import.meta.url));
const HELP_FILE = path.join(here, 'help.txt');
const PROGRAM_FILE = path.join(here, 'main.js');

/** FNV-1a over 32-bit words: a change detector for one file (not a security hash), cheap at start-up. */
function fnv1a(bytes: Buffer): string {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2);
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i]!, 0x01000193);
  for (let i = words.length << 2; i < aligned.length; i++) h = Math.imul(h ^ aligned[i]!, 0x01000193);
  return (h >>> 0).toString(16);
}

/** commander's version: its package.json found as Node's lookup would (node_modules up the tree). */
function commanderVersion(): string {
  let file: string | undefined;
  for (let dir = here; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'commander', 'package.json');
    if (fs.existsSync(candidate)) {
      file = candidate;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  file ??= path.join(path.dirname(fileURLToPath(import.meta.resolve('commander'))), 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

/** What the rendered help depends on, as one line. */
export function helpKey(): string {
  const program = fs.readFileSync(PROGRAM_FILE);
  return `bench-help v2 program=${program.length}:${fnv1a(program)} commander=${commanderVersion()} width=${HELP_WIDTH}`;
}

/** Writes the top-level help as commander rendered it, with its key (the build does this). */
export function writeHelpCache(text: string): void {
  fs.writeFileSync(HELP_FILE, `${helpKey()}\n${text}`);
}

/** The top-level help as commander would print it now, or undefined when the cache cannot say. */
export function cachedHelp(): string | undefined {
  const out = process.stdout;
  if (out.isTTY && out.columns !== HELP_WIDTH) return undefined;
  try {
    const cached = fs.readFileSync(HELP_FILE, 'utf8');
    const nl = cached.indexOf('\n');
    return nl > 0 && cached.slice(0, nl) === helpKey() ? cached.slice(nl + 1) : undefined;
  } catch {
    return undefined;
  }
}
