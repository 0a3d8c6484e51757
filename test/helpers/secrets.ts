/** Checks that no secret reached anything bench wrote or printed (issue 14's grep, shared by the hosted and batch e2e tests). */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** Every file under `dir`, as text. */
export function everything(dir: string): string {
  let out = '';
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out += fs.readFileSync(path.join(entry.parentPath, entry.name), 'latin1');
  }
  return out;
}

export function expectNoSecret(secrets: string[], ...texts: string[]): void {
  for (const text of texts) for (const s of secrets) expect(text.includes(s), `secret ${s.slice(0, 6)}… found`).toBe(false);
}
