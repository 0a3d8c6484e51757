/**
 * @module scorers/sandbox/launcher — the Python stub that applies the limits, then runs the program.
 *
 * The program arrives on stdin (so no host file has to be shared with the sandbox);
 * stdin is then pointed at /dev/null. Limits are set hard and soft alike, so the
 * program cannot raise them. RLIMIT_NPROC counts per user namespace here: the
 * sandbox is a fresh user namespace run by an unprivileged uid, so the cap is per program.
 */
import type { SandboxLimits } from './types.js';

const MB = 1024 * 1024;

/** Python source passed to `python3 -I -B -c`. `cpuS` is the CPU-seconds limit. */
export function launcherSource(limits: SandboxLimits, cpuS: number): string {
  const cpu = Math.max(1, Math.ceil(cpuS));
  return [
    'import os, resource as r, sys',
    "src = sys.stdin.buffer.read().decode('utf-8', 'replace')",
    'fd = os.open(os.devnull, os.O_RDONLY); os.dup2(fd, 0); os.close(fd)',
    'def lim(k, v): r.setrlimit(k, (v, v))',
    `lim(r.RLIMIT_NPROC, ${limits.maxProcs})`,
    `lim(r.RLIMIT_AS, ${limits.memoryMb * MB})`,
    `lim(r.RLIMIT_FSIZE, ${limits.tmpfsMb * MB})`,
    'lim(r.RLIMIT_CORE, 0)',
    `r.setrlimit(r.RLIMIT_CPU, (${cpu}, ${cpu + 1}))`,
    // The default hook reads source lines from disk; this one puts prog.py in linecache first.
    // linecache and traceback load only when a program fails (importing them costs ~5 ms a run).
    // Out of memory, importing them fails too: say MemoryError in one line and leave at once,
    // without tearing down the heap that filled the address space (freeing 1 GB costs ~0.3 s).
    'def hook(t, v, tb, _s=src):',
    '    if issubclass(t, MemoryError):',
    '        while tb is not None and tb.tb_next is not None: tb = tb.tb_next',
    "        at = f' at line {tb.tb_lineno}' if tb is not None else ''",
    '        tb = v = None',
    '        try: sys.stdout.flush()',
    '        except BaseException: pass',
    "        os.write(2, f'MemoryError: the program ran out of memory{at}\\n'.encode()); os._exit(1)",
    '    import linecache, traceback',
    "    linecache.cache['prog.py'] = (len(_s), None, _s.splitlines(True), 'prog.py')",
    '    traceback.print_exception(t, v, tb)',
    'sys.excepthook = hook',
    "m = type(sys)('__main__'); m.__file__ = 'prog.py'; m.__builtins__ = __builtins__",
    "sys.modules['__main__'] = m; sys.argv = ['prog.py']",
    "code = compile(src, 'prog.py', 'exec')",
    'del src, fd, lim, r, hook',
    'exec(code, m.__dict__)',
  ].join('\n');
}
