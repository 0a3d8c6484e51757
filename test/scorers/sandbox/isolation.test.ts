/**
 * No isolation available (RELIABILITY.md A.13): refuse with what to install, or run only
 * after the explicit opt-in, warning once. Also the pool's parallelism and calibration.
 */
import { describe, expect, it } from 'vitest';
import { Sandbox, SandboxUnavailableError } from '../../../src/scorers/sandbox/index.js';
import { alive, marked, sleep, token } from './helpers.js';

describe('sandbox: isolation availability', () => {
  it('refuses to run code when bubblewrap is missing, naming what to install and the opt-in flag', async () => {
    const err = await Sandbox.create({ bwrapPath: '/nonexistent/bwrap' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SandboxUnavailableError);
    const msg = (err as Error).message;
    expect(msg).toContain('/nonexistent/bwrap');
    expect(msg).toMatch(/apt-get install bubblewrap/);
    expect(msg).toContain('--unsafe-no-sandbox');
    expect((err as SandboxUnavailableError).exitCode).toBe(2);
  });

  it('refuses when bubblewrap exists but cannot build the sandbox', async () => {
    const err = await Sandbox.create({ bwrapPath: '/bin/false' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SandboxUnavailableError);
  });

  it('runs unisolated only with the explicit opt-in, warning loudly once', async () => {
    const warnings: string[] = [];
    const sb = await Sandbox.create({ bwrapPath: '/nonexistent/bwrap', unsafeNoSandbox: true, warn: (m) => warnings.push(m), timeScale: 1, timeoutS: 2 });
    try {
      expect(sb.isolated).toBe(false);
      const a = await sb.run({ source: 'print("SENTINEL-OK")', sentinel: 'SENTINEL-OK' });
      const b = await sb.run({ source: 'assert 1 == 2' });
      expect(a.verdict).toBe('passed');
      expect(b.verdict).toBe('failed');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/WITHOUT a sandbox/);
    } finally {
      await sb.close();
    }
  });
});

describe('sandbox: the /proc scan the hostile tests rely on', () => {
  it('sees a setsid() child that escapes when there is no PID namespace (control for the bwrap test)', async () => {
    const sb = await Sandbox.create({ bwrapPath: '/nonexistent/bwrap', unsafeNoSandbox: true, warn: () => {}, timeScale: 1, timeoutS: 2 });
    const tok = token();
    // The parent waits until the child has left its session, so the end-of-run group kill cannot reach it first.
    const body = `import os, time\nr, w = os.pipe()\nif os.fork() == 0:\n    os.setsid()\n    os.write(w, b'x')\n    time.sleep(30)\n    os._exit(0)\nos.read(r, 1)\nprint('done')`;
    try {
      // Unsandboxed programs run as `nobody` in the host's user namespace, where the process cap
      // is shared with other test files' sandboxes (a fork bomb next door): retry a refused fork.
      for (let attempt = 0; attempt < 10; attempt++) {
        const r = await sb.run({ source: marked(tok, body) });
        if (!/BlockingIOError|Resource temporarily unavailable/.test(r.stderr)) break;
        await sleep(500);
      }
      await sleep(300);
      const survivors = alive(tok);
      expect(survivors.length).toBe(1);
      for (const pid of survivors) process.kill(pid, 'SIGKILL');
    } finally {
      await sb.close();
    }
  });
});

describe('sandbox: pool', () => {
  it('runs programs in parallel up to `workers` and calibrates its time limit once', async () => {
    const sb = await Sandbox.create({ workers: 2, timeoutS: 5 });
    try {
      expect(sb.isolated).toBe(true);
      expect(sb.timeScale).toBeGreaterThanOrEqual(0.5);
      expect(sb.timeScale).toBeLessThanOrEqual(20);
      const t0 = performance.now();
      const rs = await Promise.all([0, 1].map(() => sb.run({ source: 'import time\ntime.sleep(0.6)\nprint("SENTINEL-OK")', sentinel: 'SENTINEL-OK' })));
      const both = performance.now() - t0;
      expect(rs.map((r) => r.verdict)).toEqual(['passed', 'passed']);
      expect(both).toBeLessThan(1150);
      expect(rs[0]!.timeoutMs).toBe(Math.round(5000 * sb.timeScale));
    } finally {
      await sb.close();
    }
  });

  it('kills a running program when the caller aborts, and rejects with the reason', async () => {
    const sb = await Sandbox.create({ workers: 1, timeScale: 1 });
    try {
      const ctl = new AbortController();
      const p = sb.run({ source: 'while True: pass', signal: ctl.signal });
      setTimeout(() => ctl.abort(new Error('user pressed Ctrl-C')), 300);
      await expect(p).rejects.toThrow('user pressed Ctrl-C');
    } finally {
      await sb.close();
    }
  });

  it('rejects with the reason when the caller aborted before the program started (while it waited for its slot), not at its time limit', async () => {
    const sb = await Sandbox.create({ workers: 1, timeScale: 1 });
    try {
      const ctl = new AbortController();
      ctl.abort(new Error('user pressed Ctrl-C'));
      await expect(sb.run({ source: 'while True: pass', signal: ctl.signal })).rejects.toThrow('user pressed Ctrl-C');
    } finally {
      await sb.close();
    }
  });
});
