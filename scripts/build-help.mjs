#!/usr/bin/env node
/**
 * @module scripts/build-help — part of `npm run build`: renders `bench --help` once into
 * dist/cli/help.txt, so the binary can print it without loading commander (cli/help-cache).
 * `bench help` always goes through commander; its output is not a terminal here, so it is laid
 * out at the 80 columns the cache serves.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { writeHelpCache } from '../dist/cli/help-cache.js';

const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
writeHelpCache(execFileSync(process.execPath, [bin, 'help'], { encoding: 'utf8' }));
