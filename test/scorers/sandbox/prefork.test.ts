/**
 * The candidate server builds the next program's sandbox (new namespaces, its init confined, the
 * program forked and waiting for its job) while the current program runs. A hostile program
 * running beside that pre-built sandbox tries to reach it: signals and ptrace to every PID,
 * kill(-1), marks in /tmp, /dev/shm, the environment and SysV IPC. The next program, which is that
 * pre-built one, must see none of it and pass; the host view shows both existed at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkerProgram } from '../../../src/scorers/code/checker.js';
import { Sandbox } from '../../../src/scorers/sandbox/index.js';
import { alive } from './helpers.js';

/**
 * A tmpfs size no other test uses (they keep the default, 64): it shows in the candidate server's
 * command line (its source), which is how the scans below find this pool's processes. It differs
 * per test process, so two test runs at once (two checkouts on one machine) don't count each
 * other's programs: with one fixed size, a concurrent run's hostile and pre-built programs made
 * four where this pool had two.
 */
const TMPFS_MB = 65 + (process.pid % 1000);
const MARK = String(TMPFS_MB * 1024 * 1024);

let sb: Sandbox;
beforeAll(async () => {
  sb = await Sandbox.create({ workers: 1, timeoutS: 10, timeScale: 1, tmpfsMb: TMPFS_MB });
});
afterAll(async () => {
  await sb.close();
});

const checker = checkerProgram({ prompt: 'def f(x):\n    pass\n', test: "def check(candidate):\n    r = candidate(0)\n    assert r == 'clean', r\n", entry: 'f' });
const check = (body: string) => sb.check({ source: `${body}\ndef f(x):\n    return RESULT\n`, entry: 'f', checker });

/** Host PIDs of this server's programs (PID 2 under an init of their own, two PID namespaces down). */
function programs(): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (!readFileSync(`/proc/${name}/cmdline`, 'latin1').includes(MARK)) continue;
      const ns = /NSpid:\s+([\d\s]+)/.exec(readFileSync(`/proc/${name}/status`, 'latin1'))?.[1]?.trim().split(/\s+/) ?? [];
      if (ns.length === 3 && ns[2] === '2') found.push(Number(name));
    } catch {
      // exited while scanning
    }
  }
  return found;
}

const SNOOP = [
  'import ctypes, os',
  'l = ctypes.CDLL(None, use_errno=True)',
  'bad = []',
  "if os.getpid() != 2 or os.getppid() != 1: bad.append('pid %d ppid %d' % (os.getpid(), os.getppid()))",
  "for p in ['/tmp/mark', '/dev/shm/mark']:",
  "    if os.path.exists(p): bad.append('found ' + p)",
  "if 'BENCH_MARK' in os.environ: bad.append('environment')",
  "if l.shmget(0x62656e64, 0, 0) != -1: bad.append('SysV segment of the previous program')",
  "if sorted(int(p) for p in os.listdir('/proc') if p.isdigit()) != [1, 2]: bad.append('/proc shows others')",
].join('\n');

/** For ≈ 2 s, over and over: signal and trace every PID it can name, kill(-1); leaves its marks. */
const HOSTILE = [
  SNOOP,
  "open('/tmp/mark', 'w').write('x'); open('/dev/shm/mark', 'w').write('x')",
  "os.environ['BENCH_MARK'] = '1'",
  'l.shmget(0x62656e64, 4096, 0o1666)',
  'import time',
  'end = time.monotonic() + 2',
  'while time.monotonic() < end:',
  '    for pid in range(3, 4096):',
  '        try: os.kill(pid, 9); bad.append("signalled %d" % pid)',
  '        except OSError: pass',
  '        if l.ptrace(16, pid, 0, 0) == 0: bad.append("ptrace-attached %d" % pid)',
  '    try: os.kill(-1, 9)',
  '    except OSError: pass',
  '    time.sleep(0.02)',
  "RESULT = 'clean' if not bad else '; '.join(sorted(set(bad))[:5])",
].join('\n');

describe('the candidate server builds the next sandbox ahead of its job', () => {
  it('a hostile program cannot see or influence the pre-built next one: signals, ptrace, /tmp, /dev/shm, environment, SysV IPC', async () => {
    expect((await check("RESULT = 'clean'")).verdict).toBe('passed');
    let most = 0;
    let running = true;
    const hostile = check(HOSTILE).finally(() => { running = false; });
    while (running) {
      most = Math.max(most, programs().length);
      await new Promise((r) => setTimeout(r, 20));
    }
    const h = await hostile;
    expect(h.explanation).toBe('');
    expect(h.verdict).toBe('passed');
    // The hostile program and the next one, already forked and waiting for its job, at once.
    expect(most).toBe(2);
    const next = await check(`${SNOOP}\nRESULT = 'clean' if not bad else '; '.join(bad)`);
    expect(next.explanation).toBe('');
    expect(next.verdict).toBe('passed');
    expect(sb.candidateMode).toBe('fork');
  });

  it('leaves nothing of the pre-built sandbox once the pool is closed', async () => {
    expect((await check("RESULT = 'clean'")).verdict).toBe('passed');
    // Idle, the server holds the next program's sandbox, built and waiting for its job.
    let deadline = Date.now() + 10_000;
    while (programs().length !== 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(programs().length).toBe(1);
    await sb.close();
    deadline = Date.now() + 10_000;
    // Every process of this pool's servers (server, keepers, inits, programs) shows MARK.
    while (alive(MARK).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(alive(MARK)).toEqual([]);
  });
});
