/**
 * Hostile programs (RELIABILITY.md A.1–A.10): each is contained, gets its own verdict,
 * and the pool keeps giving correct verdicts afterwards.
 */
import { createServer, type Server } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../../../src/scorers/sandbox/index.js';
import { alive, marked, sleep, token } from './helpers.js';

const FAKE_KEY = 'sk-bench-FAKE-secret-7f3a9c1e5b';
let sb: Sandbox;

beforeAll(async () => {
  process.env.OPENAI_API_KEY = FAKE_KEY;
  process.env.BENCH_TEST_SECRET = FAKE_KEY;
  sb = await Sandbox.create({ workers: 2, timeoutS: 2, timeScale: 1, maxProcs: 32 });
});
afterAll(async () => {
  await sb.close();
  delete process.env.BENCH_TEST_SECRET;
});

const OK = 'print("fine")\nprint("SENTINEL-OK")\n';

describe('sandbox: runaway programs are killed at the deadline', () => {
  // A loop is stopped by its CPU time (2 s of it take at least 2 s, longer on a busy machine);
  // a sleep by the wall-clock backstop, 2 s after it stopped running. See cpu-limit.test.ts.
  it.each([
    ['an infinite loop', 'while True: pass', 'cpu'],
    ['a sleep of 10**6 s', 'import time\ntime.sleep(10**6)', 'wall'],
    ['a loop ignoring SIGTERM, SIGALRM and SIGINT', 'import signal\nfor s in (signal.SIGTERM, signal.SIGALRM, signal.SIGINT, signal.SIGHUP):\n    signal.signal(s, signal.SIG_IGN)\nwhile True: pass', 'cpu'],
  ])('%s → timeout, nothing of it alive afterwards', async (_name, body, limit) => {
    const tok = token();
    const r = await sb.run({ source: marked(tok, body), sentinel: 'SENTINEL-OK' });
    expect(r.verdict).toBe('timeout');
    expect(r.timeLimit).toBe(limit);
    expect(r.execMs).toBeGreaterThanOrEqual(1900);
    if (limit === 'wall') expect(r.execMs).toBeLessThan(4000);
    expect(alive(tok)).toEqual([]);
  });
});

describe('sandbox: processes', () => {
  it('contains a fork bomb under the process cap, and the next program gets its verdict', async () => {
    const tok = token();
    const bomb = 'import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass';
    const running = sb.run({ source: marked(tok, bomb) });
    // Its processes share 2 s of CPU time (the limit counts them together): on many cores that
    // is over in well under a second, so look as soon as it has started.
    let during = 0;
    for (let i = 0; i < 100 && during === 0; i++) {
      await sleep(20);
      during = alive(tok).length;
    }
    await sleep(100);
    during = Math.max(during, alive(tok).length);
    const t0 = performance.now();
    const beside = await sb.run({ source: OK, sentinel: 'SENTINEL-OK' });
    const besideMs = performance.now() - t0;
    const r = await running;
    expect(during).toBeGreaterThan(0);
    expect(during).toBeLessThanOrEqual(32);
    expect(beside.verdict).toBe('passed');
    expect(besideMs).toBeLessThan(3000);
    expect(r.verdict).toBe('timeout');
    expect(r.timeLimit).toBe('cpu');
    expect(alive(tok)).toEqual([]);
    expect((await sb.run({ source: OK, sentinel: 'SENTINEL-OK' })).verdict).toBe('passed');
  });

  it('kills children that setsid() and outlive the parent: none alive 1 s after the verdict', async () => {
    const tok = token();
    const child = 'import time\ntime.sleep(600)';
    const body = [
      'import os, sys',
      'for _ in range(3):',
      '    if os.fork() == 0:',
      '        os.setsid()',
      '        if os.fork() == 0:',
      `            os.execv('/usr/bin/python3', ['python3', '-c', ${JSON.stringify(child)}, '${tok}'])`,
      '        os._exit(0)',
      "print('SENTINEL-OK', flush=True)",
    ].join('\n');
    const r = await sb.run({ source: marked(tok, body), sentinel: 'SENTINEL-OK' });
    expect(r.verdict).toBe('passed');
    await sleep(1000);
    expect(alive(tok)).toEqual([]);
  });

  it('survives the program killing its parent and every process it can see', async () => {
    const r = await sb.run({ source: 'import os\nos.kill(os.getppid(), 9)\ntry:\n    os.kill(-1, 9)\nexcept OSError:\n    pass\nprint("SENTINEL-OK")' });
    expect(['passed', 'harness_not_reached', 'memory', 'crashed']).toContain(r.verdict);
    expect(process.kill(process.pid, 0)).toBe(true);
    expect((await sb.run({ source: OK, sentinel: 'SENTINEL-OK' })).verdict).toBe('passed');
  });
});

describe('sandbox: memory and output', () => {
  // The memory verdicts get a pool of their own: a program that grows step by step spends its
  // time in the kernel zeroing every page up to the limit (~1 s of CPU for 1 GB), so with the
  // shared pool's 1 GB and 2 s it could meet the time limit first (verdict `timeout`). 256 MB is
  // reached in a quarter of that work, and the time limit (CPU time since the time limit was
  // made CPU time: a loaded machine no longer eats into it) is not what these tests are about.
  let mem: Sandbox;
  beforeAll(async () => { mem = await Sandbox.create({ workers: 2, memoryMb: 256, timeoutS: 30, timeScale: 1 }); });
  afterAll(async () => { await mem.close(); });

  it('reports a 10 GB allocation as memory, and a program beside it is unaffected', async () => {
    const [big, beside] = await Promise.all([
      mem.run({ source: 'x = bytearray(10 * 1024**3)\nprint("SENTINEL-OK")', sentinel: 'SENTINEL-OK' }),
      mem.run({ source: 'x = [0] * 10**6\nprint("SENTINEL-OK")', sentinel: 'SENTINEL-OK' }),
    ]);
    expect(big.verdict).toBe('memory');
    expect(big.explanation).toContain('MemoryError');
    expect(beside.verdict).toBe('passed');
  });

  it('reports a gradual allocation past the limit as memory, not a failed test', async () => {
    const r = await mem.run({ source: 'xs = []\nwhile True:\n    xs.append(bytearray(2**20))' });
    expect(r.verdict).toBe('memory');
    expect(r.explanation).toContain('MemoryError');
  });

  it('caps 1 GB of stdout: stored output capped and marked truncated, bench memory flat', async () => {
    const before = process.memoryUsage().rss;
    const r = await sb.run({ source: 'import sys\ns = "x" * 2**20\nfor _ in range(1024):\n    sys.stdout.write(s)\n' });
    const grown = process.memoryUsage().rss - before;
    expect(r.verdict).toBe('output_limit');
    expect(r.truncated).toBe(true);
    expect(r.stdout.length).toBeLessThanOrEqual(64 * 1024);
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });

  it('stops huge file writes at the tmpfs / file-size limit', async () => {
    const r = await sb.run({ source: 'try:\n    open("/tmp/big", "wb").write(b"a" * (200 * 2**20))\nexcept OSError as e:\n    print("blocked", e.errno)\n' });
    expect(r.stdout).toMatch(/blocked (27|28)/);
  });
});

describe('sandbox: secrets, network and files', () => {
  it("never shows bench's environment: os.environ, /proc/<ppid>/environ, every /proc/*/environ", async () => {
    const src = [
      'import os',
      'print(dict(os.environ))',
      'for p in os.listdir("/proc"):',
      '    if p.isdigit():',
      '        try: print(p, open(f"/proc/{p}/environ", "rb").read())',
      '        except OSError as e: print(p, e)',
      'print(open(f"/proc/{os.getppid()}/environ", "rb").read())',
      'print(len([p for p in os.listdir("/proc") if p.isdigit()]))',
    ].join('\n');
    const r = await sb.run({ source: src });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain(FAKE_KEY);
    expect(r.stdout).not.toContain('OPENAI_API_KEY');
    expect(r.stdout).toContain("'PATH'");
    expect(Number(r.stdout.trim().split('\n').pop())).toBeLessThan(5);
  });

  it('inherits no file descriptor beyond stdin, stdout and stderr', async () => {
    const src = 'import os\nopen_fds = []\nfor fd in range(3, 4096):\n    try:\n        os.fstat(fd); open_fds.append(fd)\n    except OSError:\n        pass\nprint("fds", open_fds)';
    const r = await sb.run({ source: src });
    expect(r.stdout).toContain('fds []');
  });

  it('cannot reach a loopback server opened outside, an outside address, or DNS', async () => {
    let connections = 0;
    const server: Server = createServer((s) => { connections++; s.destroy(); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const src = [
      'import socket',
      'print("ifaces", [n for _, n in socket.if_nameindex()])',
      `for addr in [("127.0.0.1", ${port}), ("192.0.2.1", 80)]:`,
      '    try:',
      '        socket.create_connection(addr, timeout=2); print("CONNECTED", addr)',
      '    except OSError as e: print("refused", addr[0], e.errno)',
      'try:',
      '    socket.getaddrinfo("example.com", 80); print("RESOLVED")',
      'except OSError as e: print("nodns", e.errno)',
    ].join('\n');
    const r = await sb.run({ source: src });
    server.close();
    expect(r.stdout).toContain("ifaces ['lo']");
    expect(r.stdout).toContain('refused 127.0.0.1 111');
    expect(r.stdout).toContain('refused 192.0.2.1 101');
    expect(r.stdout).toContain('nodns');
    expect(r.stdout).not.toMatch(/CONNECTED|RESOLVED/);
    expect(connections).toBe(0);
  });

  it('leaves host files alone: writes outside /tmp, deleting $HOME and the repo, reading ~/.ssh', async () => {
    const hostDir = mkdtempSync(path.join(os.tmpdir(), 'bench-host-'));
    const marker = path.join(hostDir, 'records.jsonl');
    writeFileSync(marker, 'keep me\n');
    const pkg = path.resolve('package.json');
    const pkgBefore = readFileSync(pkg, 'utf8');
    const src = [
      'import os, shutil',
      `for p in [${JSON.stringify(marker)}, ${JSON.stringify(pkg)}, "/usr/lib/evil", "/evil", "/root/.ssh/id_rsa"]:`,
      '    try: open(p, "w").write("pwned"); print("WROTE", p)',
      '    except OSError as e: print("nowrite", e.errno)',
      `for p in [os.path.expanduser("~"), "/root", ${JSON.stringify(hostDir)}, ${JSON.stringify(path.resolve('.'))}]:`,
      '    shutil.rmtree(p, ignore_errors=True)',
      'print("home is", os.environ["HOME"], "ssh", os.path.exists("/root/.ssh"), "work", os.path.exists("/work"))',
    ].join('\n');
    const r = await sb.run({ source: src });
    expect(r.stdout).not.toContain('WROTE');
    expect(r.stdout).toContain('home is /tmp ssh False work False');
    expect(readFileSync(marker, 'utf8')).toBe('keep me\n');
    expect(readFileSync(pkg, 'utf8')).toBe(pkgBefore);
    expect(existsSync(os.homedir())).toBe(true);
    rmSync(hostDir, { recursive: true, force: true });
  });
});
