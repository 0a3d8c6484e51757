/**
 * Helpers for the hostile-program tests: a token that marks a program's processes in
 * /proc (the program re-execs python with the token in its argv) and a /proc scan for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

export function token(): string {
  return `benchtok${randomBytes(6).toString('hex')}`;
}

/** A program that re-execs python so that `tok` shows in /proc/<pid>/cmdline of it and its children. */
export function marked(tok: string, body: string): string {
  return `import os\nos.execv('/usr/bin/python3', ['python3', '-c', ${JSON.stringify(body)}, '${tok}'])\n`;
}

/** Pids (host view) whose command line contains `tok`. */
export function alive(tok: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'latin1');
      const state = /State:\s+(\w)/.exec(readFileSync(`/proc/${name}/status`, 'latin1'))?.[1];
      if (cmd.includes(tok) && state !== 'Z') pids.push(Number(name));
    } catch {
      // exited while scanning
    }
  }
  return pids;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
