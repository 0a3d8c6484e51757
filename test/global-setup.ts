/**
 * Builds dist/ once before the tests, so end-to-end tests drive the real `bench` binary.
 * Set BENCH_SKIP_BUILD=1 to reuse an existing build.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export default function setup(): void {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    // The same build a user runs (it also makes the `bench` binary executable).
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'pipe' });
  } catch (e) {
    // tsc still emits on type errors; the e2e tests fail on their own if the binary is broken.
    const out = (e as { stdout?: Buffer }).stdout?.toString() ?? '';
    process.stderr.write(`global-setup: tsc reported errors:\n${out.slice(0, 4000)}\n`);
  }
}
