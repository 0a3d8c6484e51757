/**
 * The candidate server of a worker (issue 18): each candidate is a fresh fork into new user, PID,
 * network, IPC, UTS and mount namespaces. Hostile candidates try what the fork brings: reaching,
 * killing or tracing the server, reading it through /proc, seeing the previous program's files,
 * environment or IPC objects, creating user namespaces, keeping capabilities, fork-bombing past
 * the cap and outliving their time limit. One worker, so consecutive programs share a server.
 * Each candidate computes RESULT at start-up; the checker passes only when it is 'clean'.
 * Whole programs (Sandbox.run) take the same path: hostile.test.ts runs through it.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkerProgram } from '../../../src/scorers/code/checker.js';
import { ForkPool } from '../../../src/scorers/sandbox/fork-pool.js';
import { DEFAULT_LIMITS } from '../../../src/scorers/sandbox/index.js';
import { runProgram } from '../../../src/scorers/sandbox/run.js';
import { Sandbox } from '../../../src/scorers/sandbox/index.js';
import { alive, token } from './helpers.js';

const FAKE_KEY = 'sk-bench-FAKE-fork-9d2b7c4e1a';
let sb: Sandbox;
beforeAll(async () => {
  process.env.BENCH_FORK_TEST_SECRET = FAKE_KEY;
  sb = await Sandbox.create({ workers: 1, timeoutS: 5, timeScale: 1, maxProcs: 8 });
});
afterAll(async () => {
  await sb.close();
  delete process.env.BENCH_FORK_TEST_SECRET;
});

const checker = checkerProgram({ prompt: 'def f(x):\n    pass\n', test: "def check(candidate):\n    r = candidate(0)\n    assert r == 'clean', r\n", entry: 'f' });
const check = (body: string, box = sb) => box.check({ source: `${body}\ndef f(x):\n    return RESULT\n`, entry: 'f', checker });

/** Python: `bad` collects what leaked; ctypes `l` is libc. */
const PRELUDE = ['import ctypes, os, socket', 'l = ctypes.CDLL(None, use_errno=True)', 'bad = []'].join('\n');
const RESULT = "RESULT = 'clean' if not bad else '; '.join(bad)";

const CONFINED = [
  PRELUDE,
  "if os.getpid() != 2 or os.getppid() != 1: bad.append('pid %d ppid %d' % (os.getpid(), os.getppid()))",
  'hdr = (ctypes.c_uint32 * 2)(0x20080522, 0); caps = (ctypes.c_uint32 * 6)()',
  "if l.capget(hdr, caps) != 0 or any(caps): bad.append('capabilities %r' % list(caps))",
  "if any(l.prctl(23, c, 0, 0, 0) == 1 for c in range(41)): bad.append('bounding set not empty')",
  "if l.prctl(39, 0, 0, 0, 0) != 1: bad.append('no_new_privs not set')",
  "if l.prctl(21, 0, 0, 0, 0) != 2: bad.append('no seccomp filter')",
  'for name, flags in [("user", 0x10000000), ("user+mount", 0x10020000), ("net", 0x40000000), ("mount", 0x20000), ("pid", 0x20000000)]:',
  "    if l.unshare(flags) == 0: bad.append('unshare ' + name)",
  'pid = l.syscall(56, 0x10000000 | 17, 0, 0, 0, 0)',
  'if pid == 0: os._exit(0)',
  "if pid > 0: bad.append('clone(CLONE_NEWUSER)')",
  "if l.syscall(435, 0, 0) != -1 or ctypes.get_errno() != 38: bad.append('clone3 not refused')",
  "if os.system('/usr/bin/unshare -U -r true 2>/dev/null') == 0: bad.append('unshare -U ran')",
  "if l.mount(b'none', b'/usr', b'tmpfs', 0, None) == 0: bad.append('mounted over /usr')",
  'try:',
  "    os.setuid(0); bad.append('setuid 0')",
  'except OSError: pass',
  'try:',
  "    socket.sethostname('evil'); bad.append('sethostname')",
  'except OSError: pass',
  RESULT,
].join('\n');

/** Looks for the server and for what the previous run of this same program left; then leaves its own marks. */
const SNOOP = [
  PRELUDE,
  "pids = set(p for p in os.listdir('/proc') if p.isdigit()) - {'1', str(os.getpid())}",
  "if pids: bad.append('/proc shows processes %r' % sorted(pids)[:5])",
  "if os.path.exists('/proc/1/environ') and b'FAKE' in open('/proc/1/environ', 'rb').read(): bad.append('environ of init')",
  "for p in ['/tmp/mark', '/dev/shm/mark']:",
  "    if os.path.exists(p): bad.append('found ' + p)",
  "if 'BENCH_MARK' in os.environ or 'FAKE' in repr(dict(os.environ)): bad.append('environment %r' % dict(os.environ))",
  "if l.shmget(0x62656e63, 0, 0) != -1: bad.append('SysV segment of the previous program')",
  'fds = []',
  'for fd in range(256):',
  '    try: os.fstat(fd); fds.append(fd)',
  '    except OSError: pass',
  "if fds != [0, 1, 2, 3, 4]: bad.append('fds %r' % fds)",
  'seen = []',
  'for pid in range(3, 4096):',
  '    try: os.kill(pid, 0); seen.append(pid)',
  '    except OSError: pass',
  "    if l.ptrace(16, pid, 0, 0) == 0: bad.append('ptrace-attached %d' % pid)",
  "if seen: bad.append('other processes visible: %r' % seen[:5])",
  'try: os.kill(-1, 9)',
  'except OSError: pass',
  "open('/tmp/mark', 'w').write('x'); open('/dev/shm/mark', 'w').write('x')",
  "os.environ['BENCH_MARK'] = '1'",
  'l.shmget(0x62656e63, 4096, 0o1666)',
  "s = socket.socket(socket.AF_UNIX); s.bind('\\0bench-fork-mark'); s.listen()",
  RESULT,
].join('\n');

describe('the candidate server: each program forked into namespaces of its own', () => {
  it('runs the candidate under its own init in new namespaces with no capabilities, no_new_privs, and no way to make a user namespace', async () => {
    const r = await check(CONFINED);
    expect(sb.candidateMode).toBe('fork');
    expect(r.explanation).toBe('');
    expect(r.verdict).toBe('passed');
  });

  it("shows a program nothing of the server or of the previous program: /proc, processes, files, environment, IPC, fds", async () => {
    for (let i = 0; i < 3; i++) {
      const r = await check(SNOOP);
      expect(r.explanation).toBe('');
      expect(r.verdict).toBe('passed');
    }
    expect(sb.candidateMode).toBe('fork');
  });

  it('keeps the network out: a loopback server outside is unreachable, only its own lo is up', async () => {
    let connections = 0;
    const server: Server = createServer((s) => { connections++; s.destroy(); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const body = [
      PRELUDE,
      "if [n for _, n in socket.if_nameindex()] != ['lo']: bad.append('interfaces')",
      'try:',
      `    socket.create_connection(("127.0.0.1", ${port}), timeout=2); bad.append('reached bench')`,
      'except OSError as e:',
      "    if e.errno != 111: bad.append('errno %d' % e.errno)",
      'srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()',
      'socket.create_connection(srv.getsockname(), timeout=2).close()',
      RESULT,
    ].join('\n');
    const r = await check(body);
    server.close();
    expect(r.explanation).toBe('');
    expect(connections).toBe(0);
  });

  it('caps a fork bomb at max_procs, leaves nothing of it after the verdict, and the next program passes', async () => {
    const tok = token();
    const body = [
      'import os',
      'n = 0',
      'while n < 200:',
      '    try: pid = os.fork()',
      '    except OSError: break',
      '    if pid == 0:',
      `        os.execv('/usr/bin/python3', ['python3', '-c', 'import time; time.sleep(60)', '${tok}'])`,
      '    n += 1',
      "RESULT = 'clean' if 0 < n < 8 else 'forked %d' % n",
    ].join('\n');
    const r = await check(body);
    expect(r.explanation).toBe('');
    expect(alive(tok)).toEqual([]);
    expect((await check("RESULT = 'clean'")).verdict).toBe('passed');
  });

  it('kills a program that ignores signals and detaches children at its time limit, with all of them, and serves the next one', async () => {
    const box = await Sandbox.create({ workers: 1, timeoutS: 1, timeScale: 1 });
    try {
      const tok = token();
      const body = [
        'import os, signal',
        'for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGALRM): signal.signal(s, signal.SIG_IGN)',
        'if os.fork() == 0:',
        '    os.setsid()',
        `    os.execv('/usr/bin/python3', ['python3', '-c', 'import time; time.sleep(60)', '${tok}'])`,
        'while True: pass',
      ].join('\n');
      const r = await check(body, box);
      expect(r.verdict).toBe('timeout');
      expect(alive(tok)).toEqual([]);
      expect((await check("RESULT = 'clean'", box)).verdict).toBe('passed');
      expect(box.candidateMode).toBe('fork');
    } finally {
      await box.close();
    }
  });
});

describe('whole programs (isolation: in_process) on the same server', () => {
  it('runs them forked too: PID 2 under their own init, fds 0-2 only, and the next program sees none of their files', async () => {
    const src = [
      'import os',
      'fds = [fd for fd in range(64) if os.path.exists("/proc/self/fd/%d" % fd)]',
      "print(os.getpid(), os.getppid(), fds, os.path.exists('/tmp/mark'))",
      "open('/tmp/mark', 'w').write('x')",
      'print("SENTINEL-OK")',
    ].join('\n');
    for (let i = 0; i < 2; i++) {
      const r = await sb.run({ source: src, sentinel: 'SENTINEL-OK' });
      expect(r.verdict).toBe('passed');
      expect(r.stdout).toContain('2 1 [0, 1, 2] False');
    }
    expect(sb.candidateMode).toBe('fork');
  });
});

describe('the candidate server where it cannot fork into namespaces', () => {
  it('says so once, and the pool falls back to a sandbox per program', async () => {
    const pool = new ForkPool(() => ({ command: '/usr/bin/python3', interpreterDepth: 0, args: ['-c', "import os; os.write(2, b'no namespaces here'); os.write(1, b'U' + bytes(4))"] }));
    expect(await pool.take(1)).toBeNull();
    expect(pool.usable).toBe(false);
    expect(pool.reason).toBe('no namespaces here');
    expect(await pool.take(1)).toBeNull();
    pool.close();
  });

  it('fails a program as a broken launcher, never with a verdict of its own, when the server dies under it', async () => {
    const pool = new ForkPool(() => ({ command: '/usr/bin/python3', interpreterDepth: 0, args: ['-c', "import os; os.write(1, b'R' + bytes(4)); os.read(0, 4); os.write(2, b'keeper: unshare failed'); os._exit(1)"] }));
    const server = await pool.take(1);
    expect(server).not.toBeNull();
    const run = runProgram({ start: (cap, onBytes) => server!.begin(cap, onBytes), source: 'print(1)', limits: DEFAULT_LIMITS, timeoutMs: 5000, closeGraceMs: 1000 });
    await expect(run).rejects.toThrow(/candidate server ended unexpectedly/);
    pool.give(server!);
    pool.close();
  });
});
